"""Entity extraction and platform variants beyond the conformance suite."""

from __future__ import annotations

import pytest

import medtweet as mt
from medtweet.platform import WeightRange


def test_entity_kinds_and_values() -> None:
    text = "RT @NEJM: #MedEd via @acc/cardiology-list https://acc.org/x?a=1 $ABC."
    got = [(e.kind, e.text, e.value) for e in mt.extract_entities(text)]
    assert got == [
        ("mention", "@NEJM", "NEJM"),
        ("hashtag", "#MedEd", "MedEd"),
        ("list", "@acc/cardiology-list", "acc/cardiology-list"),
        ("url", "https://acc.org/x?a=1", "https://acc.org/x?a=1"),
        ("cashtag", "$ABC", "ABC"),
    ]


def test_a_url_beats_the_hashtag_inside_it() -> None:
    entities = mt.extract_entities("see http://example.com/#anchor now")
    assert [e.kind for e in entities] == ["url"]
    assert mt.extract_hashtags("see http://example.com/#anchor #now") == ("now",)


def test_urls_with_and_without_protocol() -> None:
    text = "et.al showed it (https://doi.org/10.1/x)."
    assert mt.extract_urls(text) == ("et.al", "https://doi.org/10.1/x")
    assert mt.extract_urls(text, require_protocol=True) == ("https://doi.org/10.1/x",)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("see example.org/wiki/Primer_(film).", "example.org/wiki/Primer_(film)"),
        ("see example.org/a(b)c(.) now", "example.org/a(b)c(.)"),
        # twitter-text's path ends a unit on an ending character or a lone (group):
        ("see example.org/c@(x) now", "example.org/c"),
        ("see example.org/(x)(y)(z). now", "example.org/(x)(y)(z)"),
        ("see example.org/path..... now", "example.org/path"),
        ("see example.org/p?q=1&r=(2)! now", "example.org/p?q=1&r=(2"),
    ],
)
def test_url_paths(text: str, url: str) -> None:
    assert mt.extract_urls(text) == (url,)


def test_mentions_exclude_lists_and_emails() -> None:
    assert mt.extract_mentions("@a @b/list me@example.com @c") == ("a", "c")


def test_indices_are_code_points() -> None:
    text = "\U0001f9f5 1/5 #MedEd"
    (tag,) = mt.extract_entities(text)
    assert (tag.start, tag.end) == (6, 12)
    assert text[tag.start : tag.end] == "#MedEd"


def test_url_length_none_counts_links_as_written_on_x_rules() -> None:
    as_written = mt.X.with_limits(url_length=None)
    assert mt.weighted_length("see example.com", as_written) == 15


def test_uneven_custom_weights() -> None:
    platform = mt.X.with_limits(
        ranges=(WeightRange(0, 127, 100), WeightRange(128, 4351, 300)), max_length=10
    )
    assert mt.weighted_length("a\u00e9\u2265", platform) == 1 + 3 + 2
    stats = mt.parse_tweet("\u00e9" * 4, platform)
    assert (stats.weighted_length, stats.valid, stats.valid_range) == (12, False, (0, 3))
    halves = mt.X.with_limits(ranges=(WeightRange(0, 4351, 150),), max_length=3)
    assert mt.weighted_length("ab", halves) == 3
    assert mt.weighted_length("a", halves) == 2  # 1.5 rounds up: never under-count
    assert mt.parse_tweet("ab", halves).valid
    assert not mt.parse_tweet("abc", halves).valid


@pytest.mark.parametrize(
    ("text", "graphemes"),
    [
        ("1\ufe0f\u20e3", 1),
        ("\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", 1),
        ("\U0001f1ec\U0001f1e7\U0001f1eb", 2),  # a flag, then a lone regional indicator
        ("\U0001f9d1\U0001f3fd\u200d\u2695\ufe0f", 1),
        ("\u0915\u094d\u0937", 1),  # Indic conjunct (GB9c)
        ("a\u0308\u0301", 1),
        ("\r\n\n", 2),
    ],
)
def test_bluesky_graphemes(text: str, graphemes: int) -> None:
    assert mt.weighted_length(text, mt.BLUESKY) == graphemes


def test_bluesky_never_cuts_inside_a_link() -> None:
    text = "a" * 290 + " https://example.org/abc"
    stats = mt.parse_tweet(text, mt.BLUESKY)
    assert stats.weighted_length == 291 + 23
    assert stats.valid_range == (0, 291)


def test_emoji_next_to_a_url_are_counted_apart() -> None:
    assert mt.weighted_length("\U0001f637t.co/x\U0001f637") == 2 + 23 + 2
    assert mt.weighted_length("\U0001f637t.co/x\U0001f637", mt.X.with_limits(url_length=1)) == 5
