"""Digits of other scripts read as 0-9, so every number rule reads them.

A phone number, date or age written in Arabic-Indic ("٠٥٥١٢٣٤٥٦٧"), Persian ("۱۴۰۲/۰۵/۱۲"),
Thai, Devanagari or full-width digits is the same number: the checker reads a copy in which
each such digit is its Western one. One character stays one character, so every finding's
offsets hold for the original text.
"""

from __future__ import annotations

import unicodedata

__all__ = ["western_digits"]

# every decimal digit of the Basic Multilingual Plane beyond ASCII, and the Arabic comma
# and decimal and thousands marks, which separate the parts of such numbers and dates (the
# rarer digits beyond it are read one by one: a table of all planes costs its import time)
_WESTERN = {
    code: str(unicodedata.digit(chr(code)))
    for code in range(0x80, 0x10000)
    if unicodedata.category(chr(code)) == "Nd"
} | {ord("\u060c"): ",", ord("\u066b"): ".", ord("\u066c"): ","}
_FIRST = min(_WESTERN)


def western_digits(text: str) -> str:
    """``text`` with every other script's decimal digit written as its Western digit 0-9."""
    if text.isascii():
        return text
    highest = max(text)
    if highest < chr(_FIRST):
        return text
    western = text.translate(_WESTERN)
    if highest > "\uffff":  # digits beyond the Basic Multilingual Plane ("\U0001d7d7", Adlam)
        western = "".join(map(_astral_digit, western))
    return western


def _astral_digit(char: str) -> str:
    """``char`` as its Western digit when it is a decimal digit beyond the BMP."""
    if char > "\uffff" and unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    return char
