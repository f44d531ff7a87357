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


_SPECIAL = set("#*0123456789\u00a9\u00ae")
_OTHER_FIRST = sorted(ord(c) for c in set(_BY_FIRST) - _SPECIAL)
# A coarse, fast class (the span of every first code point); the table decides.
_CANDIDATE = re.compile(
    f"[{re.escape(chr(_OTHER_FIRST[0]))}-{re.escape(chr(_OTHER_FIRST[-1]))}]"
    r"|[#*0-9](?=\ufe0f?\u20e3)"
    r"|[\u00a9\u00ae](?=\ufe0f)"
)

EMOJI_FIRST_CHARS: frozenset[str] = frozenset(_BY_FIRST)
"""Every code point that starts an emoji sequence in the table."""


def find_emoji(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the emoji sequences in ``text``, longest match first."""
    spans: list[tuple[int, int]] = []
    if text.isascii():
        return spans
    search = _CANDIDATE.search
    match = search(text)
    while match is not None:
        i = match.start()
        for length in _BY_FIRST.get(text[i], ()):
            if text[i : i + length] in _SET:
                spans.append((i, i + length))
                match = search(text, i + length)
                break
        else:
            match = search(text, i + 1)
    return spans
