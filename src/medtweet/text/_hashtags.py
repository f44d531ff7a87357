"""Hashtags as twitter-text finds them (a scanner over ``#`` and fullwidth ``#`` signs)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from medtweet.text._model import Entity

_SIGN = re.compile("[#\uff03]")
_SPECIAL = frozenset(
    "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]*")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=8192)
def _kind(c: str) -> int:
    """2 for a letter or mark, 1 for another hashtag character, 0 otherwise."""
    category = unicodedata.category(c)
    if category[0] in "LM":
        return 2
    if category == "Nd" or c in _SPECIAL:
        return 1
    return 0


def _body_end(text: str, start: int) -> tuple[int, bool]:
    """End of the run of hashtag characters from ``start`` and whether it has a letter."""
    n = len(text)
    i = start
    letter = False
    while i < n:
        c = text[i]
        if c.isascii():
            run = _ASCII_WORD.match(text, i)
            end = run.end() if run else i
            if end == i:
                break
            if not letter and _ASCII_LETTER.search(text, i, end):
                letter = True
            i = end
            continue
        kind = _kind(c)
        if not kind:
            break
        letter = letter or kind == 2
        i += 1
    return i, letter


def hashtag_entities(text: str) -> list[Entity]:
    """Hashtags in ``text`` without URL-overlap filtering (``#tag#tag`` gives none)."""
    found: list[Entity] = []
    pos = 0
    n = len(text)
    for sign in _SIGN.finditer(text):
        h = sign.start()
        if h < pos:
            continue
        if h > 0:
            before = text[h - 1]
            if h - 1 < pos:
                continue
            if before not in "\ufe0e\ufe0f" and (before == "&" or _kind(before)):
                continue
        if h + 1 < n and text[h + 1] in "\ufe0f\u20e3":
            continue
        end, letter = _body_end(text, h + 1)
        if end == h + 1 or not letter:
            continue
        pos = end
        if text.startswith(("#", "\uff03", "://"), end):
            continue
        found.append(
            Entity(kind="hashtag", text=text[h:end], value=text[h + 1 : end], start=h, end=end)
        )
    return found
