"""Extended grapheme clusters (a practical subset of Unicode UAX #29), for Bluesky.

Covered: CR LF; controls; combining marks, variation selectors, ZWJ, emoji modifiers and
tag characters as extenders; spacing marks; prepended concatenation marks; emoji ZWJ
sequences; regional-indicator pairs (flags); Hangul syllable sequences; Indic conjuncts
(GB9c: consonant + virama + consonant in the six scripts Unicode 15.1 names, with
consonants recognised by their character names). Extended_Pictographic is approximated
by the emoji table's first code points and the U+1F000-U+1FAFF blocks.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from medtweet.text._emoji import EMOJI_FIRST_CHARS

(_CR, _LF, _CONTROL, _EXTEND, _ZWJ, _RI, _SPACING, _L, _V, _T, _LV, _LVT, _PICT, _OTHER,
 _PREPEND, _CONSONANT, _LINKER) = range(17)  # fmt: skip
_LINKERS = frozenset((0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D))
_CONJUNCT_BLOCKS = ((0x0900, 0x0980), (0x0980, 0x0A00), (0x0A80, 0x0B00), (0x0B00, 0x0B80),
                    (0x0C00, 0x0C80), (0x0D00, 0x0D80))  # fmt: skip
_PREPEND_CHARS = frozenset(
    (*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD,
     0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, *range(0x11A84, 0x11A8A), 0x11D46, 0x11F02)
)  # fmt: skip


@lru_cache(maxsize=16384)
def _prop(c: str) -> int:
    cp = ord(c)
    if c == "\r":
        return _CR
    if c == "\n":
        return _LF
    if cp == 0x200D:
        return _ZWJ
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return _RI
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return _L
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return _V
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return _T
    if 0xAC00 <= cp <= 0xD7A3:
        return _LV if (cp - 0xAC00) % 28 == 0 else _LVT
    if 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F or cp == 0x200C:
        return _EXTEND
    if cp in _PREPEND_CHARS:
        return _PREPEND
    if cp in _LINKERS:
        return _LINKER
    if 0x0900 <= cp < 0x0D80 and _is_consonant(c, cp):
        return _CONSONANT
    if cp in (0x0E33, 0x0EB3):
        return _SPACING
    category = unicodedata.category(c)
    if category in ("Mn", "Me") or 0xFE00 <= cp <= 0xFE0F:
        return _EXTEND
    if category == "Mc":
        return _SPACING
    if category in ("Cc", "Zl", "Zp") or (category == "Cf" and cp not in (0x200C, 0x200D)):
        return _CONTROL
    if (c in EMOJI_FIRST_CHARS and not c.isascii()) or 0x1F000 <= cp <= 0x1FAFF:
        return _PICT
    return _OTHER


def _is_consonant(c: str, cp: int) -> bool:
    if not any(lo <= cp < hi for lo, hi in _CONJUNCT_BLOCKS) or unicodedata.category(c) != "Lo":
        return False
    words = unicodedata.name(c, "").split()
    if "LETTER" not in words or "VOCALIC" in words or "CANDRA" in words or "CHILLU" in words:
        return False
    last = words[-1]
    return len(last) >= 2 and last.endswith("A") and last != "AA"


def _joined(prev: int, cur: int, pict_zwj: bool, ri_odd: bool) -> bool:
    """Whether there is no break between two characters with these properties."""
    if prev == _CR and cur == _LF:
        return True
    if prev in (_CR, _LF, _CONTROL) or cur in (_CR, _LF, _CONTROL):
        return False
    if prev == _L and cur in (_L, _V, _LV, _LVT):
        return True
    if prev in (_LV, _V) and cur in (_V, _T):
        return True
    if prev in (_LVT, _T) and cur == _T:
        return True
    if cur in (_EXTEND, _ZWJ, _SPACING, _LINKER) or prev == _PREPEND:
        return True
    if prev == _ZWJ and cur == _PICT and pict_zwj:
        return True
    return prev == _RI and cur == _RI and ri_odd


def grapheme_bounds(text: str) -> list[int]:
    """End index of every grapheme cluster of ``text``, in order."""
    ends: list[int] = []
    if not text:
        return ends
    prev = _prop(text[0])
    in_pict = prev == _PICT  # an Extended_Pictographic, then Extend*, seen in this cluster
    ri_count = 1 if prev == _RI else 0
    conjunct = 1 if prev == _CONSONANT else 0  # 1: consonant seen, 2: and then a linker
    for i in range(1, len(text)):
        cur = _prop(text[i])
        if (cur == _CONSONANT and conjunct == 2) or _joined(
            prev, cur, in_pict and prev == _ZWJ, ri_count % 2 == 1
        ):
            if cur == _RI:
                ri_count += 1
        else:
            ends.append(i)
            in_pict = False
            ri_count = 1 if cur == _RI else 0
        if cur == _CONSONANT:
            conjunct = 1
        elif cur == _LINKER:
            conjunct = 2 if conjunct else 0
        elif cur not in (_EXTEND, _ZWJ):
            conjunct = 0
        if cur == _PICT:
            in_pict = True
        elif cur not in (_EXTEND, _ZWJ):
            in_pict = False
        prev = cur
    ends.append(len(text))
    return ends


def count_graphemes(text: str) -> int:
    """Number of grapheme clusters in ``text``."""
    if text.isascii():
        return len(text) - text.count("\r\n")
    return len(grapheme_bounds(text))
