"""Counting rules beyond the conformance suite: clinical symbols, emoji, URLs, platforms."""

from __future__ import annotations

import sys

import pytest

import medtweet as mt
from medtweet.platform import TWITTER_TEXT_V1, TWITTER_TEXT_V2


@pytest.mark.parametrize("symbol", ["\u2265", "\u2264", "\u2192", "\u2022", "\u2026", "\u2030"])
def test_clinical_symbols_costing_two(symbol: str) -> None:
    assert mt.weighted_length(symbol) == 2
    assert mt.weighted_length(f"n {symbol} 12") == 7


@pytest.mark.parametrize(
    "symbol", ["\u00b5", "\u00b0", "\u00b1", "\u00d7", "\u03b1", "\u03b2", "\u2013", "\u2014"]
)
def test_clinical_symbols_costing_one(symbol: str) -> None:
    assert mt.weighted_length(symbol) == 1


@pytest.mark.parametrize("text", ["et.al", "Rx.md", "dx.ly", "MD.ai", "pt.co"])
def test_abbreviations_that_are_domains_count_as_urls(text: str) -> None:
    assert mt.weighted_length(text) == 23
    assert mt.extract_urls(text) == (text,)


@pytest.mark.parametrize("text", ["b.i.d.", "t.i.d", "p.o.", "q.d.", "e.g.", "i.e.", "vs."])
def test_abbreviations_that_are_not_domains(text: str) -> None:
    assert mt.weighted_length(text) == len(text)
    assert mt.extract_urls(text) == ()


def test_every_url_counts_23_however_long() -> None:
    doi = "https://doi.org/10.1056/NEJMoa2034577?utm_source=twitter&utm_medium=social"
    assert mt.weighted_length(doi) == 23
    assert mt.weighted_length(f"See {doi} and t.co/abc") == 4 + 23 + 5 + 23


def test_registered_and_copyright_signs() -> None:
    assert mt.weighted_length("Ozempic\u00ae") == 8
    assert mt.weighted_length("\u00a9 2026") == 6
    assert mt.weighted_length("\u00ae\ufe0f") == 2
    assert mt.weighted_length("\u00a9\ufe0f") == 2


@pytest.mark.parametrize(
    "emoji",
    [
        "\U0001f426\u200d\U0001f525",  # phoenix, Emoji 15.1
        "\U0001f9d1\u200d\U0001f9d1\u200d\U0001f9d2",  # family: adult, adult, child (15.1)
        "\U0001faf1\U0001f3fc\u200d\U0001faf2\U0001f3ff",  # handshake with two skin tones
        "\U0001f9d1\U0001f3fd\u200d\u2695\ufe0f",  # health worker, medium skin tone
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland
        "\U0001f1ec\U0001f1e7",  # flag pair
        "1\ufe0f\u20e3",
        "1\u20e3",
        "\U0001fa7a",  # stethoscope
        "\u2764\ufe0f",
    ],
)
def test_emoji_sequences_count_two(emoji: str) -> None:
    assert mt.weighted_length(emoji) == 2
    assert mt.parse_tweet(emoji * 140).valid
    assert not mt.parse_tweet(emoji * 141).valid


def test_emoji_without_grouping_count_per_code_point() -> None:
    assert mt.weighted_length("\U0001f426\u200d\U0001f525", TWITTER_TEXT_V2) == 5
    assert mt.weighted_length("\U0001f426\u200d\U0001f525", TWITTER_TEXT_V1) == 3


def test_crlf_is_not_rewritten() -> None:
    assert mt.weighted_length("a\r\nb") == 4
    assert mt.weighted_length("a\nb") == 3


def test_nfc_ranges_refer_to_the_original_text() -> None:
    decomposed = "e\u0301" * 300  # 600 code points, 300 after NFC
    stats = mt.parse_tweet(decomposed)
    assert stats.weighted_length == 300
    assert stats.display_range == (0, 600)
    assert stats.valid_range == (0, 560)  # 280 composed characters = 560 original ones
    assert mt.parse_tweet(decomposed[:560]).valid


def test_normalisation_after_the_cut_does_not_move_it() -> None:
    text = "x" * 285 + "e\u0301"
    assert mt.parse_tweet(text).valid_range == (0, 280)


def test_valid_range_never_splits_a_url_or_emoji() -> None:
    text = "x" * 270 + " https://example.org/long/path"
    stats = mt.parse_tweet(text)
    assert stats.weighted_length == 271 + 23
    assert stats.valid_range == (0, 271)
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    stats = mt.parse_tweet("x" * 279 + family)
    assert stats.valid_range == (0, 279)


def test_premium_limit() -> None:
    long_post = "word " * 1000
    assert not mt.parse_tweet(long_post).valid
    assert mt.parse_tweet(long_post, mt.X_PREMIUM).valid
    assert mt.parse_tweet(long_post, mt.X_PREMIUM).permillage == 5000 * 1000 // 25_000


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n ", "white space only"),
        ("abc\ufffe", "U+FFFE"),
        ("abc\ufeffdef", "U+FEFF"),
        ("\uffff", "U+FFFF"),
        ("lone \ud83d surrogate", "lone high surrogate"),
        ("lone \ude37 surrogate", "lone low surrogate"),
    ],
)
@pytest.mark.parametrize("platform", [mt.X, mt.BLUESKY, mt.MASTODON], ids=lambda p: p.name)
def test_bad_text_is_invalid_not_an_error(text: str, reason: str, platform: mt.Platform) -> None:
    stats = mt.parse_tweet(text, platform)
    assert not stats.valid, reason
    assert stats.display_range == (0, len(text))
    assert 0 <= stats.valid_range[1] <= len(text)


def test_invalid_character_ends_the_valid_range() -> None:
    assert mt.parse_tweet("abc\ufeffdef").valid_range == (0, 3)
    assert mt.parse_tweet("ab\ud800cd").valid_range == (0, 2)


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a"]])
def test_non_str_raises_type_error_naming_the_argument(bad: object) -> None:
    with pytest.raises(TypeError, match="text"):
        mt.parse_tweet(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        mt.weighted_length(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        mt.extract_entities(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        mt.extract_hashtags(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="s must"):
        mt.is_valid_url(bad)  # type: ignore[arg-type]


def test_platform_must_be_a_platform() -> None:
    with pytest.raises(TypeError, match="platform"):
        mt.parse_tweet("hi", "x")  # type: ignore[arg-type]


def _work(text: str) -> int:
    """Function calls (Python and C) made to parse and extract ``text``: a clock-free cost."""
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        mt.parse_tweet(text)
        mt.extract_entities(text)
    finally:
        sys.setprofile(None)
    return calls


ADVERSARIAL = ["\u00e9.", "a.", "x" * 62 + ".co/", "#a", "@a", "\U0001f637", "http://a.com/(a)"]


def test_one_megabyte_post() -> None:
    unit = (
        "Na+ \u2265 125 \u2192 #MedEd @dr_x https://doi.org/10.1/x \U0001f637 et.al "
        "\u00e9.\u65e5\u3002 "
    )
    big = unit * (1_000_000 // len(unit))
    stats = mt.parse_tweet(big)
    assert not stats.valid
    assert stats.display_range == (0, len(big))
    assert 0 < stats.valid_range[1] < 300
    entities = mt.extract_entities(big)
    assert len(entities) == 4 * (1_000_000 // len(unit))


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_work_grows_linearly(unit: str) -> None:
    big = unit * (40_000 // len(unit))
    small = big[: len(big) // 8]
    # Quadratic behaviour would make the ratio about 64, linear about 8. (Regex calls are
    # counted as one call each: the scanner never gives them nested repetitions to
    # backtrack over; the 1 MB test above would not finish otherwise.)
    assert _work(big) < 12 * _work(small)


class TestBluesky:
    def test_counts_graphemes(self) -> None:
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
        text = f"{family} e\u0301 \U0001f1ec\U0001f1e7"
        assert mt.weighted_length(text, mt.BLUESKY) == 5
        assert mt.weighted_length("\ud55c\uae00 \u1112\u1161\u11ab", mt.BLUESKY) == 4

    def test_links_count_as_written(self) -> None:
        url = "https://doi.org/10.1056/NEJMoa2034577"
        assert mt.weighted_length(url, mt.BLUESKY) == len(url)

    def test_crlf_is_one_grapheme(self) -> None:
        assert mt.weighted_length("a\r\nb", mt.BLUESKY) == 3

    def test_limits(self) -> None:
        assert mt.parse_tweet("a" * 300, mt.BLUESKY).valid
        stats = mt.parse_tweet("a" * 301, mt.BLUESKY)
        assert not stats.valid
        assert stats.valid_range == (0, 300)

    def test_byte_limit(self) -> None:
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 25 bytes
        text = family * 150  # 150 graphemes, 3,750 bytes
        stats = mt.parse_tweet(text, mt.BLUESKY)
        assert stats.weighted_length == 150
        assert not stats.valid
        assert stats.valid_range == (0, 120 * len(family))


class TestMastodon:
    def test_counts_code_points(self) -> None:
        assert mt.weighted_length("\u2265 \u2192 \U0001f637", mt.MASTODON) == 5

    def test_urls_count_23(self) -> None:
        url = "https://doi.org/10.1056/NEJMoa2034577"
        assert mt.weighted_length(f"See {url}", mt.MASTODON) == 4 + 23
        assert mt.weighted_length("See example.com", mt.MASTODON) == 15

    def test_remote_mentions_count_the_user_only(self) -> None:
        assert mt.weighted_length("hi @alice@med.example.org", mt.MASTODON) == len("hi @alice")
        assert mt.weighted_length("hi @alice", mt.MASTODON) == 9

    def test_limit_and_valid_range(self) -> None:
        assert mt.parse_tweet("a" * 500, mt.MASTODON).valid
        stats = mt.parse_tweet("a" * 501, mt.MASTODON)
        assert not stats.valid
        assert stats.valid_range == (0, 500)
        stats = mt.parse_tweet("a" * 490 + " https://example.org", mt.MASTODON)
        assert stats.weighted_length == 491 + 23
        assert stats.valid_range == (0, 491)
