"""Bluesky's grapheme count agrees with a full UAX #29 segmenter (the ``regex`` package)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import medtweet as mt
from medtweet.text._emoji_data import SEQUENCES

PIECES = [
    *SEQUENCES[::11],
    "a", "Z", " ", "\r", "\n", "\r\n", "\t", "\u0000", "\u200b", "\u00ad", "\u2060",
    "\u200d", "\ufe0f", "\ufe0e", "\u0301", "\u0308", "\U0001f3fd", "\U0001f1ec", "\U0001f1e7",
    "\U000e0067", "\U000e007f", "\u20e3", "1", "#", "\u00a9", "\u00ae", "\u203c", "\u2122",
    "\u1100", "\u1161", "\u11a8", "\uac00", "\uac01", "\u0e33", "\u0e40", "\u06dd", "\u0600",
    "\u3000", "\u65e5", "\U0001f637", "\u2764", "\u263a", "\u2265", "\u00e9",
    # Indic syllables: conjuncts, vowel signs, nukta, candrabindu
    "\u0915\u094d\u0937", "\u0924\u094d\u0930\u093f", "\u0928\u094d\u0926\u0940", "\u0915\u093e",
    "\u0938\u094d\u0924\u094d\u0930\u0940", "\u0995\u09cd\u09b7", "\u0d2a\u0d4d\u0d30",
    "\u0c15\u0c4d\u0c37", "\u0b95\u0bcd\u0b95", "\u0915\u093c", "\u0905\u0901", "\u0915\u094d",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_bluesky_counts_extended_grapheme_clusters(text: str) -> None:
    assert mt.weighted_length(text, mt.BLUESKY) == len(regex.findall(r"\X", text))


def test_indic_conjuncts_are_one_grapheme() -> None:
    assert mt.weighted_length("\u0915\u094d\u0937\u0924\u094d\u0930\u093f\u092f", mt.BLUESKY) == 3
