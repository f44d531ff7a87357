"""Extended grapheme clusters (a practical subset of Unicode UAX #29), for Bluesky.

Covered: CR LF; controls; combining marks, variation selectors, ZWJ, emoji modifiers and
tag characters as extenders; spacing marks; emoji ZWJ sequences; regional-indicator
pairs (flags); Hangul syllable sequences. Not covered: Prepend characters and the
Indic conjunct rule (GB9c), so a few Indic clusters count as more than one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from medtweet.text._emoji import EMOJI_FIRST_CHARS

_CR, _LF, _CONTROL, _EXTEND, _ZWJ, _RI, _SPACING, _L, _V, _T, _LV, _LVT, _PICT, _OTHER = range(14)


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
    if cur in (_EXTEND, _ZWJ, _SPACING):
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
    for i in range(1, len(text)):
        cur = _prop(text[i])
        if _joined(prev, cur, in_pict and prev == _ZWJ, ri_count % 2 == 1):
            if cur == _RI:
                ri_count += 1
        else:
            ends.append(i)
            in_pict = False
            ri_count = 1 if cur == _RI else 0
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
