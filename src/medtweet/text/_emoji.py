"""Find emoji sequences (current Unicode, from the generated table) in linear time."""

from __future__ import annotations

import re

from medtweet.text._emoji_data import SEQUENCES

_SET = frozenset(SEQUENCES)


def _lengths() -> dict[str, tuple[int, ...]]:
    table: dict[str, set[int]] = {}
    for seq in SEQUENCES:
        table.setdefault(seq[0], set()).add(len(seq))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in table.items()}


_BY_FIRST = _lengths()


def _class(chars: set[str]) -> str:
    points = sorted(ord(c) for c in chars)
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = points[i], points[j]
        parts.append(
            re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        )
        i = j + 1
    return "".join(parts)


_SPECIAL = set("#*0123456789\u00a9\u00ae")
_CANDIDATE = re.compile(
    "[" + _class(set(_BY_FIRST) - _SPECIAL) + "]"
    r"|[#*0-9](?=\ufe0f?\u20e3)"
    r"|[\u00a9\u00ae](?=\ufe0f)"
)

EMOJI_FIRST_CHARS: frozenset[str] = frozenset(_BY_FIRST)
"""Every code point that starts an emoji sequence in the table."""


def find_emoji(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the emoji sequences in ``text``, longest match first."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _CANDIDATE.finditer(text):
        i = match.start()
        if i < pos:
            continue
        for length in _BY_FIRST[text[i]]:
            if text[i : i + length] in _SET:
                spans.append((i, i + length))
                pos = i + length
                break
    return spans


def is_emoji_sequence(text: str) -> bool:
    """Whether ``text`` is exactly one emoji sequence of the table."""
    return text in _SET
