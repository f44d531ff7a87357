"""Where a top-level domain from twitter-text's list starts and ends."""

from __future__ import annotations

import re

from medtweet.text._tld_data import COUNTRY, GENERIC

_ALL = GENERIC | COUNTRY
# A listed TLD must not be followed by one of these (twitter-text's look-ahead).
_RUN = re.compile(r"[0-9A-Za-z@+\-]*")
_PUNYCODE = re.compile(r"[xX][nN]--[\-0-9A-Za-z]+")
_STOP = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@+-")


def _non_ascii_lengths() -> dict[str, tuple[int, ...]]:
    table: dict[str, set[int]] = {}
    for tld in _ALL:
        if not tld.isascii():
            table.setdefault(tld[0], set()).add(len(tld))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in table.items()}


_NON_ASCII = _non_ascii_lengths()


def tld_end(text: str, start: int) -> int:
    """End of the TLD that starts at ``text[start]``, or -1 when none does.

    Listed TLDs are tried before a punycode label (``xn--...``), longest first.
    """
    if start >= len(text):
        return -1
    first = text[start]
    if first.isascii():
        run = _RUN.match(text, start)
        end = run.end() if run else start
        if end > start and text[start:end].lower() in _ALL:
            return end
    for length in _NON_ASCII.get(first.lower(), ()):
        end = start + length
        if text[start:end].lower() in _ALL and (end >= len(text) or text[end] not in _STOP):
            return end
    puny = _PUNYCODE.match(text, start)
    return puny.end() if puny else -1
