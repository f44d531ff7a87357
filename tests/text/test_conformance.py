"""The twitter-text conformance suite, case by case (validate.yml, extract.yml, tlds.yml).

Cases are read from ``../shared/conformance/twitter-text`` at test time. The suite's
ranges are UTF-16 and inclusive; ours are code points and end exclusive: the conversion
happens here, in the test, not in the API.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import medtweet as mt
from medtweet.platform import TWITTER_TEXT_V1, TWITTER_TEXT_V2

SUITE = ("conformance", "twitter-text")
_LOCAL = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "twitter-text"


@cache
def _load(folder: Path, name: str) -> dict[str, list[dict[str, Any]]]:
    with (folder / name).open(encoding="utf-8") as fh:
        data: dict[str, list[dict[str, Any]]] = yaml.safe_load(fh)["tests"]
    return data


def _ids(name: str) -> list[tuple[str, int]]:
    """(section, index) of every case, read at collection time when the suite is present."""
    if not (_LOCAL / name).exists():
        return [("suite-missing", -1)]
    return [
        (section, i) for section, cases in _load(_LOCAL, name).items() for i in range(len(cases))
    ]


def _case(shared: Path, name: str, section: str, index: int) -> dict[str, Any]:
    folder = shared.joinpath(*SUITE)
    assert (folder / name).exists(), f"{name} missing from {folder}"
    return _load(folder, name)[section][index]


def _utf16(s: str) -> int:
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


COUNTER_PLATFORMS = {
    "WeightedTweetsCounterTest": TWITTER_TEXT_V2,
    "WeightedTweetsWithDiscountedEmojiCounterTest": mt.X,
    "UnicodeDirectionalMarkerCounterTest": mt.X,
}


@pytest.mark.parametrize(("section", "index"), _ids("validate.yml"))
def test_validate(shared: Path, section: str, index: int) -> None:
    case = _case(shared, "validate.yml", section, index)
    text, expected = case["text"], case["expected"]
    if section == "tweets":
        assert mt.parse_tweet(text, TWITTER_TEXT_V1).valid is expected
    elif section == "usernames":
        assert mt.is_valid_username(text) is expected
    elif section == "lists":
        assert mt.is_valid_list(text) is expected
    elif section == "hashtags":
        assert mt.is_valid_hashtag(text) is expected
    elif section == "urls":
        assert mt.is_valid_url(text) is expected
    elif section == "urls_without_protocol":
        assert mt.is_valid_url(text, require_protocol=False) is expected
    elif section in COUNTER_PLATFORMS:
        stats = mt.parse_tweet(text, COUNTER_PLATFORMS[section])
        got = {
            "weightedLength": stats.weighted_length,
            "valid": stats.valid,
            "permillage": stats.permillage,
            "displayRangeStart": _utf16(text[: stats.display_range[0]]),
            "displayRangeEnd": _utf16(text[: stats.display_range[1]]) - 1,
            "validRangeStart": _utf16(text[: stats.valid_range[0]]),
            "validRangeEnd": _utf16(text[: stats.valid_range[1]]) - 1,
        }
        assert got == expected
    else:  # pragma: no cover - a new section must get a mapping here
        pytest.fail(f"validate.yml has a section this test does not know: {section}")


def _entities_of(text: str, kinds: tuple[str, ...]) -> list[mt.Entity]:
    return [e for e in mt.extract_entities(text) if e.kind in kinds]


def _extract(section: str, text: str) -> Any:
    if section == "mentions":
        return list(mt.extract_mentions(text))
    if section == "mentions_with_indices":
        return [
            {"screen_name": e.value, "indices": [e.start, e.end]}
            for e in _entities_of(text, ("mention",))
        ]
    if section == "mentions_or_lists_with_indices":
        out = []
        for e in _entities_of(text, ("mention", "list")):
            name, _, slug = e.value.partition("/")
            out.append(
                {
                    "screen_name": name,
                    "list_slug": f"/{slug}" if slug else "",
                    "indices": [e.start, e.end],
                }
            )
        return out
    if section == "replies":
        return mt.extract_reply(text)
    if section in ("urls", "tco_urls_with_params"):
        return list(mt.extract_urls(text))
    if section in ("urls_with_indices", "urls_with_directional_markers"):
        return [{"url": e.value, "indices": [e.start, e.end]} for e in _entities_of(text, ("url",))]
    if section in ("hashtags", "hashtags_from_astral"):
        return list(mt.extract_hashtags(text))
    if section == "hashtags_with_indices":
        return [
            {"hashtag": e.value, "indices": [e.start, e.end]}
            for e in _entities_of(text, ("hashtag",))
        ]
    if section == "cashtags":
        return list(mt.extract_cashtags(text))
    if section == "cashtags_with_indices":
        return [
            {"cashtag": e.value, "indices": [e.start, e.end]}
            for e in _entities_of(text, ("cashtag",))
        ]
    pytest.fail(f"extract.yml has a section this test does not know: {section}")


@pytest.mark.parametrize(("section", "index"), _ids("extract.yml"))
def test_extract(shared: Path, section: str, index: int) -> None:
    case = _case(shared, "extract.yml", section, index)
    assert _extract(section, case["text"]) == case["expected"]


@pytest.mark.parametrize(("section", "index"), _ids("tlds.yml"))
def test_tlds(shared: Path, section: str, index: int) -> None:
    case = _case(shared, "tlds.yml", section, index)
    assert list(mt.extract_urls(case["text"])) == case["expected"]


def test_every_section_is_run(shared: Path) -> None:
    folder = shared.joinpath(*SUITE)
    assert set(_load(folder, "validate.yml")) == {
        "tweets",
        "usernames",
        "lists",
        "hashtags",
        "urls",
        "urls_without_protocol",
        *COUNTER_PLATFORMS,
    }
    counts = {
        name: sum(map(len, _load(folder, name).values()))
        for name in ("validate.yml", "extract.yml", "tlds.yml")
    }
    assert counts == {"validate.yml": 97, "extract.yml": 238, "tlds.yml": 1574}
