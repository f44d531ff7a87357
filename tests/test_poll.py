"""Polls: durations, per-platform rules, payloads (checked against the X spec), results."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

import medtweet as mt
from medtweet.poll import describe_duration, largest_remainder
from medtweet.poll._render import shorten

SPEC_URI = "urn:medtweet:x-api-v2"
MINUTE = timedelta(minutes=1)

# --- durations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90m", timedelta(minutes=90)),
        ("24h", timedelta(hours=24)),
        ("1d", timedelta(days=1)),
        ("1 day 12 hours", timedelta(days=1, hours=12)),
        ("2 days", timedelta(days=2)),
        ("1w", timedelta(weeks=1)),
        ("1h 30m", timedelta(minutes=90)),
        ("1h30m", timedelta(minutes=90)),
        ("1.5 hours", timedelta(minutes=90)),
        ("120s", timedelta(minutes=2)),
        ("1 Day, 2 Hours and 5 Minutes", timedelta(days=1, hours=2, minutes=5)),
        ("  45  ", timedelta(minutes=45)),
        ("10 mins", timedelta(minutes=10)),
        ("3 wks", timedelta(weeks=3)),
    ],
)
def test_durations_people_type(text: str, expected: timedelta) -> None:
    assert mt.parse_duration(text) == expected


def test_durations_as_numbers_and_timedeltas() -> None:
    assert mt.parse_duration(90) == timedelta(minutes=90)
    assert mt.parse_duration(90.0) == timedelta(minutes=90)
    assert mt.parse_duration(timedelta(hours=2)) == timedelta(hours=2)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("0m", "not positive"),
        (0, "not positive"),
        (-5, "not positive"),
        (timedelta(0), "not positive"),
        ("90s", "whole number of minutes"),
        ("1.5m", "whole number of minutes"),
        (1.5, "whole number of minutes"),
        (timedelta(minutes=5, seconds=30), "whole number of minutes"),
        ("5 fortnights", "unknown unit 'fortnights'"),
        ("2 months", "unknown unit 'months'"),
        ("1 day 12", "has no unit"),
        ("", "empty"),
        ("soon", "cannot be read"),
        ("-5m", "cannot be read"),
        (float("nan"), "not a number"),
        ("9" * 30 + "w", "far too long"),
    ],
)
def test_bad_durations(value: Any, words: str) -> None:
    with pytest.raises(mt.PollError, match=words) as caught:
        mt.parse_duration(value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, mt.MedtweetError)


@pytest.mark.parametrize("value", [None, True, b"90m", [90]])
def test_duration_of_the_wrong_type(value: Any) -> None:
    with pytest.raises(TypeError, match="duration"):
        mt.parse_duration(value)


def test_describe_duration() -> None:
    assert describe_duration(timedelta(days=1, hours=12)) == "1 day 12 hours"
    assert describe_duration(timedelta(minutes=90)) == "1 hour 30 minutes"
    assert describe_duration(timedelta(days=7)) == "7 days"


@given(st.integers(min_value=1, max_value=10**7))
@settings(max_examples=100, deadline=None)
def test_described_durations_read_back(minutes: int) -> None:
    duration = timedelta(minutes=minutes)
    assert mt.parse_duration(describe_duration(duration)) == duration


# --- construction and rules -----------------------------------------------------------------


def test_options_are_normalised() -> None:
    poll = mt.Poll(["  Cafe\u0301 ", "Tea"], "1d")
    assert poll.options == ("Caf\u00e9", "Tea")
    assert poll.minutes == 24 * 60
    assert poll.validate(mt.X) is poll


def test_poll_is_a_frozen_value() -> None:
    assert mt.Poll(["A", "B"], "1d") == mt.Poll(("A", "B"), 1440)
    assert hash(mt.Poll(["A", "B"], "1d")) == hash(mt.Poll(("A", "B"), 1440))


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"options": "Yes/No", "duration": "1d"}, "options"),
        ({"options": 3, "duration": "1d"}, "options"),
        ({"options": ["Yes", 2], "duration": "1d"}, r"options\[1\]"),
        ({"options": ["Yes", None], "duration": "1d"}, r"options\[1\]"),
        ({"options": ["Yes", "No"], "duration": None}, "duration"),
        ({"options": ["Yes", "No"], "duration": "1d", "multiple": "yes"}, "multiple"),
        ({"options": ["Yes", "No"], "duration": "1d", "hide_totals": 1}, "hide_totals"),
    ],
)
def test_wrong_types_raise_type_error(kwargs: dict[str, Any], name: str) -> None:
    with pytest.raises(TypeError, match=name):
        mt.Poll(**kwargs)


def test_empty_options_at_construction() -> None:
    with pytest.raises(mt.PollError, match="no options"):
        mt.Poll([], "1d")
    with pytest.raises(mt.PollError) as caught:
        mt.Poll(["Yes", "   ", ""], "0m")
    assert caught.value.problems == (
        "option 2 is empty: every option needs some text",
        "option 3 is empty: every option needs some text",
        "duration '0m' is not positive: a poll must last at least a minute",
    )


def test_five_options_on_x() -> None:
    poll = mt.Poll(["A", "B", "C", "D", "E"], "1d")
    with pytest.raises(mt.PollError, match="at most 4 options") as caught:
        poll.validate(mt.X)
    assert "option 5 'E'" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_one_option_on_x() -> None:
    with pytest.raises(mt.PollError, match="at least 2 options"):
        mt.Poll(["Only"], "1d").validate(mt.X)


def test_a_26_character_option() -> None:
    long = "Metoprolol succinate 50mg"  # 25
    mt.Poll([long, "Other"], "1d").validate(mt.X)
    with pytest.raises(mt.PollError, match=r"option 2 '.*' is 26 characters; X allows at most 25"):
        mt.Poll(["Other", long + "!"], "1d").validate(mt.X)


def test_option_length_is_counted_after_stripping() -> None:
    rules = mt.X.poll
    assert rules is not None
    padded = "  " + "W" * rules.max_option_length + " \n"
    assert mt.Poll([padded, "Other"], "1d").validate(mt.X).options[0] == padded.strip()
    with pytest.raises(mt.PollError, match="option 1"):
        mt.Poll(["  " + "W" * (rules.max_option_length + 1), "Other"], "1d").validate(mt.X)


def test_duplicates_ignore_case_and_normal_form() -> None:
    poll = mt.Poll(["Beta blocker", "BETA  BLOCKER", "\uff22eta blocker", "ACE"], "1d")
    problems = poll.problems(mt.X)
    assert len(problems) == 2
    assert problems[0].startswith("option 2 'BETA  BLOCKER' repeats option 1 'Beta blocker'")
    assert problems[1].startswith("option 3")


@pytest.mark.parametrize(
    ("duration", "words"),
    [("4m", "shorter than X allows"), ("8 days", "longer than X allows"), ("7d 1m", "longer")],
)
def test_durations_outside_x(duration: str, words: str) -> None:
    with pytest.raises(mt.PollError, match=words) as caught:
        mt.Poll(["A", "B"], duration).validate(mt.X)
    assert "5 minutes to 7 days" in str(caught.value)


def test_x_duration_bounds_are_inclusive() -> None:
    mt.Poll(["A", "B"], "5m").validate(mt.X)
    mt.Poll(["A", "B"], "7d").validate(mt.X)


def test_every_problem_at_once() -> None:
    poll = mt.Poll(["a", "A", "b" * 26, "c", "d"], "8 days", multiple=True, hide_totals=True)
    with pytest.raises(mt.PollError) as caught:
        poll.validate(mt.X)
    problems = caught.value.problems
    assert len(problems) == 6
    assert [p.split()[0] for p in problems] == ["X", "option", "option", "duration", "X", "X"]
    for problem in problems:
        assert problem in str(caught.value)


def test_mastodon_defaults() -> None:
    poll = mt.Poll(["A" * 50, "B"], "30 days", multiple=True, hide_totals=True)
    poll.validate(mt.MASTODON)
    with pytest.raises(mt.PollError, match="50 per option"):
        mt.Poll(["A" * 51, "B"], "1d").validate(mt.MASTODON)
    with pytest.raises(mt.PollError, match="longer than Mastodon allows"):
        mt.Poll(["A", "B"], "31 days").validate(mt.MASTODON)
    with pytest.raises(mt.PollError, match="single choice"):
        poll.validate(mt.X)


def test_mastodon_instance_limits() -> None:
    instance = {
        "domain": "med.example",
        "configuration": {
            "polls": {
                "max_options": 6,
                "max_characters_per_option": 100,
                "min_expiration": 3600,
                "max_expiration": 86400,
            }
        },
    }
    platform = mt.Platform.from_mastodon_instance(instance)
    mt.Poll([f"Option {n} " + "x" * 90 for n in range(6)], "1d").validate(platform)
    with pytest.raises(mt.PollError) as caught:
        mt.Poll(list("ABCDEFG"), "30m").validate(platform)
    assert caught.value.problems == (
        "Mastodon (med.example) allows at most 6 options; this poll has 7 (remove option 7 'G')",
        "duration 30 minutes is shorter than Mastodon (med.example) allows: "
        "polls there last 1 hour to 1 day",
    )


def test_bluesky_offers_text() -> None:
    with pytest.raises(mt.PollError, match=r"Bluesky has no native polls.*as_text") as caught:
        mt.Poll(["A", "B"], "1d").validate(mt.BLUESKY)
    assert len(caught.value.problems) == 1
    with pytest.raises(mt.PollError, match="as_text"):
        mt.Poll(["A", "B"], "1d").to_payload(mt.BLUESKY)


def test_platform_must_be_a_platform() -> None:
    with pytest.raises(TypeError, match="platform"):
        mt.Poll(["A", "B"], "1d").validate("x")  # type: ignore[arg-type]


# --- payloads -------------------------------------------------------------------------------


def test_x_payload() -> None:
    poll = mt.Poll(["Yes", "No"], "1 day 12 hours")
    assert poll.to_payload(mt.X) == {"options": ["Yes", "No"], "duration_minutes": 2160}
    assert poll.to_payload(mt.X_PREMIUM) == poll.to_payload(mt.X)


def test_x_payload_refuses_invalid() -> None:
    with pytest.raises(mt.PollError, match="longer than X"):
        mt.Poll(["Yes", "No"], "8 days").to_payload(mt.X)


def test_mastodon_payload() -> None:
    poll = mt.Poll(["Yes", "No", "Unsure"], "2 days", multiple=True)
    assert poll.to_payload(mt.MASTODON) == {
        "poll[options][]": ["Yes", "No", "Unsure"],
        "poll[expires_in]": "172800",
        "poll[multiple]": "true",
        "poll[hide_totals]": "false",
    }


def test_dict_round_trip() -> None:
    poll = mt.Poll(["Yes", "No"], "90m", hide_totals=True)
    assert mt.Poll.from_dict(json.loads(json.dumps(poll.to_dict()))) == poll
    assert mt.Poll.from_dict({"options": ["Yes", "No"], "duration": "1d"}).minutes == 1440
    with pytest.raises(mt.PollError, match="needs 'options'"):
        mt.Poll.from_dict({"options": ["Yes", "No"]})
    with pytest.raises(TypeError, match="data"):
        mt.Poll.from_dict([])  # type: ignore[arg-type]


@pytest.fixture
def x_poll_validator(shared: Path) -> jsonschema.protocols.Validator:
    """A validator for the ``poll`` object of ``POST /2/tweets``, refs resolved in the spec."""
    spec = json.loads((shared / "specs" / "x-api-v2" / "openapi.json").read_text("utf-8"))
    body = spec["paths"]["/2/tweets"]["post"]["requestBody"]["content"]["application/json"]
    request_ref = body["schema"]["$ref"]  # "#/components/schemas/CreatePostsRequest"
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT4)
    )
    schema = {"$ref": f"{SPEC_URI}{request_ref}/properties/poll"}
    return jsonschema.Draft4Validator(schema, registry=registry)


def test_the_spec_poll_schema_is_strict(x_poll_validator: jsonschema.protocols.Validator) -> None:
    x_poll_validator.validate({"options": ["Yes", "No"], "duration_minutes": 5})
    bad_payloads: list[dict[str, Any]] = [
        {"options": ["Yes"], "duration_minutes": 60},
        {"options": ["Yes", "No"], "duration_minutes": 10081},
        {"options": ["Yes", "N" * 26], "duration_minutes": 60},
        {"options": ["Yes", "No"], "duration_minutes": 60, "extra": 1},
    ]
    for bad in bad_payloads:
        assert not x_poll_validator.is_valid(bad), bad


OPTION_TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)
X_RULES = mt.X.poll
assert X_RULES is not None


@st.composite
def valid_x_polls(draw: st.DrawFn) -> mt.Poll:
    """A poll within X's rules, built from the rules in ``mt.X.poll``."""
    assert X_RULES is not None
    label = st.text(min_size=1, max_size=X_RULES.max_option_length).map(str.strip).filter(bool)
    options = draw(
        st.lists(
            label,
            min_size=X_RULES.min_options,
            max_size=X_RULES.max_options,
            unique_by=lambda text: text.casefold(),
        )
    )
    low, high = X_RULES.min_duration // MINUTE, X_RULES.max_duration // MINUTE
    minutes = draw(st.integers(min_value=low, max_value=high))
    poll = mt.Poll(options, minutes)
    assume(not poll.problems(mt.X))  # NFC or NFKC case folding may still join two options
    return poll


@st.composite
def any_polls(draw: st.DrawFn) -> mt.Poll:
    """Any poll that can be built, valid on X or not."""
    options = draw(st.lists(OPTION_TEXT, min_size=1, max_size=5))
    minutes = draw(st.integers(min_value=1, max_value=11_000))
    try:
        return mt.Poll(options, minutes)
    except mt.PollError:
        return mt.Poll(["Yes", "No"], minutes)


@given(poll=valid_x_polls())
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_valid_x_payloads_pass_the_spec(
    x_poll_validator: jsonschema.protocols.Validator, poll: mt.Poll
) -> None:
    payload = poll.to_payload(mt.X)
    x_poll_validator.validate(payload)
    assert json.loads(json.dumps(payload)) == payload


@given(poll=any_polls())
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_no_payload_the_spec_rejects(
    x_poll_validator: jsonschema.protocols.Validator, poll: mt.Poll
) -> None:
    if poll.problems(mt.X):
        with pytest.raises(mt.PollError):
            poll.to_payload(mt.X)
    else:
        x_poll_validator.validate(poll.to_payload(mt.X))


# --- posted polls ---------------------------------------------------------------------------


def test_posted_poll_ends_at() -> None:
    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    posted = mt.Poll(["A", "B"], "1 day 12 hours").posted(at, post_id="123")
    assert posted.ends_at == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    assert posted.ends_at.tzinfo is not None
    assert posted.is_open(at + timedelta(days=1))
    assert not posted.is_open(posted.ends_at)
    assert posted.remaining(at) == timedelta(days=1, hours=12)
    assert posted.remaining(at + timedelta(days=9)) == timedelta(0)


def test_posted_poll_across_a_dst_change() -> None:
    new_york = ZoneInfo("America/New_York")
    at = datetime(2026, 3, 7, 12, 0, tzinfo=new_york)  # clocks go forward on 8 March
    posted = mt.PostedPoll(poll=mt.Poll(["A", "B"], "24h"), posted_at=at)
    assert posted.ends_at.astimezone(UTC) == at.astimezone(UTC) + timedelta(hours=24)
    assert posted.ends_at.hour == 13
    assert posted.ends_at.tzinfo is new_york


def test_posted_poll_keeps_a_fixed_offset() -> None:
    at = datetime(2026, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    assert mt.Poll(["A", "B"], "2h").posted(at).ends_at.isoformat() == "2026-03-01T14:00:00+02:00"


def test_naive_datetimes_are_refused() -> None:
    poll = mt.Poll(["A", "B"], "1d")
    naive = datetime(2026, 3, 1, 12, 0)  # noqa: DTZ001 - the point of this test
    with pytest.raises(mt.PollError, match=r"posted_at .* has no timezone") as caught:
        poll.posted(naive)
    assert isinstance(caught.value, ValueError)
    posted = poll.posted(naive.replace(tzinfo=UTC))
    with pytest.raises(mt.PollError, match="no timezone"):
        posted.is_open(naive)
    with pytest.raises(TypeError, match="posted_at"):
        mt.PostedPoll(poll=poll, posted_at="2026-03-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="poll"):
        mt.PostedPoll(poll=["A", "B"], posted_at=naive.replace(tzinfo=UTC))  # type: ignore[arg-type]
    with pytest.raises(mt.PollError, match=r"ends_at .* has no timezone"):
        mt.PollResults(labels=["A", "B"], votes=[1, 2], ends_at=naive)


# --- results --------------------------------------------------------------------------------

X_RESPONSE: dict[str, Any] = {
    "data": [
        {
            "id": "1199786642791452673",
            "text": "Next best step?",
            "attachments": {"poll_ids": ["1199786642468413448"]},
        }
    ],
    "includes": {
        "polls": [
            {
                "id": "1199786642468413448",
                "voting_status": "closed",
                "duration_minutes": 1440,
                "end_datetime": "2019-11-28T20:26:41.000Z",
                "options": [
                    {"position": 2, "label": "Beta-blocker", "votes": 795},
                    {"position": 1, "label": "Observe", "votes": 800},
                    {"position": 3, "label": "Amiodarone", "votes": 5},
                ],
            }
        ]
    },
}


def test_results_from_x() -> None:
    results = mt.PollResults.from_x(X_RESPONSE)
    assert results.labels == ("Observe", "Beta-blocker", "Amiodarone")
    assert results.votes == (800, 795, 5)
    assert results.total == 1600
    assert results.percentages == (50, 50, 0)
    assert results.winner == 0
    assert results.leaders == (0,)
    assert not results.is_tie
    assert results.is_closed
    assert results.ends_at == datetime(2019, 11, 28, 20, 26, 41, tzinfo=UTC)
    assert results.ends_at is not None
    assert results.ends_at.utcoffset() == timedelta(0)
    assert results.poll_id == "1199786642468413448"
    assert results.duration == timedelta(days=1)


def test_results_from_a_bare_x_poll() -> None:
    bare = X_RESPONSE["includes"]["polls"][0] | {"voting_status": "open"}
    results = mt.PollResults.from_x(bare)
    assert results.votes == (800, 795, 5)
    assert not results.is_closed


def test_results_pick_a_poll_by_id() -> None:
    other = {"id": "7", "options": [{"position": 1, "label": "X", "votes": 1}]}
    response = {"includes": {"polls": [other, *X_RESPONSE["includes"]["polls"]]}}
    assert mt.PollResults.from_x(response).labels == ("X",)
    assert mt.PollResults.from_x(response, poll_id="1199786642468413448").total == 1600
    with pytest.raises(mt.PollError, match="no poll with id '8'"):
        mt.PollResults.from_x(response, poll_id="8")


def test_results_end_datetime_offsets_become_utc() -> None:
    bare = X_RESPONSE["includes"]["polls"][0] | {"end_datetime": "2019-11-28T22:26:41+02:00"}
    ends_at = mt.PollResults.from_x(bare).ends_at
    assert ends_at == datetime(2019, 11, 28, 20, 26, 41, tzinfo=UTC)
    assert ends_at is not None
    assert ends_at.tzinfo is UTC


@pytest.mark.parametrize(
    ("response", "words"),
    [
        ({"data": []}, "no includes.polls"),
        ({"errors": [{"title": "Not Found Error"}]}, "Not Found Error"),
        ({"includes": {"polls": []}}, "empty"),
        ({"options": []}, "no 'options'"),
        ({"options": [{"position": "1", "label": "A", "votes": 1}]}, "position"),
        ({"options": [{"position": 1, "label": None, "votes": 1}]}, "label"),
        ({"options": [{"position": 1, "label": "A", "votes": -1}]}, "votes"),
        ({"options": [{"position": 1, "label": "A", "votes": True}]}, "votes"),
        ({"options": ["A"]}, "not an object"),
        (
            {"options": [{"position": 1, "label": "A", "votes": 1}], "end_datetime": "soon"},
            "ISO 8601",
        ),
    ],
)
def test_bad_x_results(response: dict[str, Any], words: str) -> None:
    with pytest.raises(mt.PollError, match=words):
        mt.PollResults.from_x(response)


def test_results_need_json_objects() -> None:
    with pytest.raises(TypeError, match="response"):
        mt.PollResults.from_x("{}")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="poll"):
        mt.PollResults.from_mastodon([])  # type: ignore[arg-type]


MASTODON_POLL: dict[str, Any] = {
    "id": "34830",
    "expires_at": "2019-12-05T04:05:08.302Z",
    "expired": True,
    "multiple": True,
    "votes_count": 10,
    "voters_count": 6,
    "options": [
        {"title": "accept", "votes_count": 6},
        {"title": "deny", "votes_count": 4},
    ],
    "emojis": [],
    "voted": True,
    "own_votes": [1],
}


def test_results_from_mastodon() -> None:
    results = mt.PollResults.from_mastodon(MASTODON_POLL)
    assert results.labels == ("accept", "deny")
    assert results.percentages == (60, 40)
    assert results.multiple
    assert results.voters == 6
    assert results.is_closed
    assert results.poll_id == "34830"
    assert results.ends_at == datetime(2019, 12, 5, 4, 5, 8, 302000, tzinfo=UTC)


def test_mastodon_hidden_totals() -> None:
    hidden = MASTODON_POLL | {
        "expired": False,
        "options": [{"title": "accept", "votes_count": None}, {"title": "deny"}],
    }
    with pytest.raises(mt.PollError, match="hides its totals"):
        mt.PollResults.from_mastodon(hidden)


def test_mastodon_poll_without_expiry() -> None:
    results = mt.PollResults.from_mastodon(MASTODON_POLL | {"expires_at": None, "expired": False})
    assert results.ends_at is None
    assert not results.is_closed


def test_ties_and_no_votes() -> None:
    tie = mt.PollResults(labels=["A", "B", "C"], votes=[3, 3, 1])
    assert tie.winner is None
    assert tie.is_tie
    assert tie.leaders == (0, 1)
    assert tie.percentages == (43, 43, 14)
    empty = mt.PollResults(labels=["A", "B"], votes=[0, 0])
    assert empty.total == 0
    assert empty.percentages == (0, 0)  # documented: nothing to share out
    assert empty.leaders == ()
    assert empty.winner is None
    assert not empty.is_tie


def test_largest_remainder_known_cases() -> None:
    assert largest_remainder([1, 1, 1]) == (34, 33, 33)
    assert largest_remainder([2, 1]) == (67, 33)
    assert largest_remainder([1, 0, 0, 0]) == (100, 0, 0, 0)
    assert largest_remainder([995, 5]) == (99, 1)  # 99.5 / 0.5: the tie goes to fewer votes
    assert largest_remainder([5, 995]) == (1, 99)
    assert largest_remainder([1, 1, 2]) == (25, 25, 50)


def test_results_bad_values() -> None:
    with pytest.raises(mt.PollError, match="2 labels but 3"):
        mt.PollResults(labels=["A", "B"], votes=[1, 2, 3])
    with pytest.raises(mt.PollError, match="at least one option"):
        mt.PollResults(labels=[], votes=[])
    with pytest.raises(mt.PollError, match="votes"):
        mt.PollResults(labels=["A", "B"], votes=[1, -2])
    with pytest.raises(TypeError, match=r"votes\[1\]"):
        mt.PollResults(labels=["A", "B"], votes=[1, "2"])
    with pytest.raises(TypeError, match=r"labels\[0\]"):
        mt.PollResults(labels=[1, "B"], votes=[1, 2])
    with pytest.raises(TypeError, match="labels"):
        mt.PollResults(labels="AB", votes=[1, 2])


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12))
@settings(max_examples=200, deadline=None)
def test_percentages_sum_to_100(votes: list[int]) -> None:
    results = mt.PollResults(labels=[str(n) for n in range(len(votes))], votes=votes)
    shares = results.percentages
    if results.total == 0:
        assert shares == tuple(0 for _ in votes)
        return
    assert sum(shares) == 100
    for vote, share in zip(votes, shares, strict=True):
        exact = vote * 100 / results.total
        assert exact - 1 < share < exact + 1  # never more than one point from the exact share
    # more votes never means a smaller share
    for a, b in zip(votes, shares, strict=True):
        for c, d in zip(votes, shares, strict=True):
            if a > c:
                assert b >= d


# --- reveal posts and text polls (measured by the text engine) ------------------------------


def length(text: str, platform: mt.Platform) -> int:
    return mt.weighted_length(text, platform)


def test_reveal_post() -> None:
    results = mt.PollResults(
        labels=["Observe", "Beta-blocker", "Amiodarone", "Cardioversion"],
        votes=[45, 30, 20, 5],
        closed=True,
    )
    assert results.to_post(mt.X, correct=1) == (
        "Final results (100 votes)\n"
        "\n"
        "A █████░░░░░ 45% Observe\n"
        "B ███░░░░░░░ 30% Beta-blocker ✅\n"
        "C ██░░░░░░░░ 20% Amiodarone\n"
        "D █░░░░░░░░░ 5% Cardioversion\n"
        "\n"
        "Answer: B"
    )
    assert results.to_post(mt.X).startswith("Final results (100 votes)\n")
    assert "✅" not in results.to_post(mt.X)


def test_reveal_post_headings() -> None:
    results = mt.PollResults(labels=["Yes", "No"], votes=[1, 0])
    assert results.to_post(mt.X).splitlines()[0] == "Results so far (1 vote)"
    assert results.to_post(mt.X, heading="Case 12: answers").startswith("Case 12: answers (1 vote)")
    empty = mt.PollResults(labels=["Yes", "No"], votes=[0, 0])
    assert "A ░░░░░░░░░░ 0% Yes" in empty.to_post(mt.X)


def test_reveal_post_bad_input() -> None:
    results = mt.PollResults(labels=["Yes", "No"], votes=[1, 0])
    with pytest.raises(mt.PollError, match="correct=2 is not an option"):
        results.to_post(mt.X, correct=2)
    with pytest.raises(mt.PollError, match="correct=-1"):
        results.to_post(mt.X, correct=-1)
    with pytest.raises(TypeError, match="correct"):
        results.to_post(mt.X, correct="1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="correct"):
        results.to_post(mt.X, correct=True)
    with pytest.raises(TypeError, match="platform"):
        results.to_post("x")  # type: ignore[arg-type]
    with pytest.raises(mt.PollError, match="do not fit"):
        results.to_post(mt.X, heading="x" * 300)


LONGEST = {
    "latin": "W" * 25,
    "cjk": "漢" * 25,
    "emoji": "👩🏽‍⚕️" * 5,
    "mixed": "Metoprolol succinate 50m" + "g",
}


@pytest.mark.parametrize("kind", sorted(LONGEST))
@pytest.mark.parametrize("platform", [mt.X, mt.MASTODON, mt.BLUESKY], ids=lambda p: p.name)
def test_reveal_post_fits_with_the_longest_labels(kind: str, platform: mt.Platform) -> None:
    rules = platform.poll or mt.X.poll
    assert rules is not None
    label = LONGEST[kind]
    labels = [
        (f"{n}" + label * rules.max_option_length)[: rules.max_option_length]
        for n in range(rules.max_options)
    ]
    results = mt.PollResults(labels=labels, votes=[1234567, 7654321, 5, 0][: len(labels)])
    text = results.to_post(platform, correct=rules.max_options - 1)
    assert length(text, platform) <= platform.max_length
    assert "✅" in text
    assert text.endswith(f"Answer: {'ABCD'[rules.max_options - 1]}")


def test_reveal_post_fits_a_big_instance() -> None:
    instance = {
        "configuration": {
            "statuses": {"max_characters": 500},
            "polls": {"max_options": 30, "max_characters_per_option": 200},
        }
    }
    platform = mt.Platform.from_mastodon_instance(instance)
    results = mt.PollResults(labels=[f"{n} " + "x" * 198 for n in range(30)], votes=range(30))
    text = results.to_post(platform, correct=29)
    assert length(text, platform) <= 500
    assert "30 " in text  # past 26 options the keys are numbers


@st.composite
def results_for(draw: st.DrawFn, platform: mt.Platform) -> mt.PollResults:
    rules = platform.poll or mt.X.poll
    assert rules is not None
    longest = rules.max_option_length
    # no label holds the answer mark itself, so the test can count the marks
    chars = st.characters(exclude_characters="\u2705")
    label = st.text(chars, min_size=longest, max_size=longest) | st.text(
        chars, min_size=1, max_size=longest
    )
    labels = draw(st.lists(label, min_size=rules.min_options, max_size=rules.max_options))
    votes = draw(
        st.lists(
            st.integers(min_value=0, max_value=10**9), min_size=len(labels), max_size=len(labels)
        )
    )
    return mt.PollResults(labels=labels, votes=votes, closed=draw(st.booleans()))


@pytest.mark.parametrize("platform", [mt.X, mt.MASTODON, mt.BLUESKY], ids=lambda p: p.name)
@given(data=st.data())
@settings(max_examples=100, deadline=None)
def test_to_post_always_fits(platform: mt.Platform, data: st.DataObject) -> None:
    results = data.draw(results_for(platform))
    correct = data.draw(st.none() | st.integers(0, len(results.labels) - 1))
    text = results.to_post(platform, correct=correct)
    assert length(text, platform) <= platform.max_length
    for key, percent in zip("ABCD", results.percentages, strict=False):
        assert f"\n{key} " in text
        assert f" {percent}%" in text
    assert text.count("✅") == (0 if correct is None else 1)


def test_text_poll_for_bluesky() -> None:
    poll = mt.Poll(["Observe", "Beta-blocker", "Amiodarone"], "1d")
    text = poll.as_text(question="AF with RVR, stable. Next step?")
    assert text == (
        "AF with RVR, stable. Next step?\n"
        "\n"
        "Reply with the number of your answer:\n"
        "1\ufe0f\u20e3 Observe\n"
        "2\ufe0f\u20e3 Beta-blocker\n"
        "3\ufe0f\u20e3 Amiodarone\n"
        "(open for 1 day)"
    )
    assert length(text, mt.BLUESKY) <= mt.BLUESKY.max_length
    assert poll.as_text(mt.X).startswith("Reply with the number")


def test_text_poll_limits() -> None:
    assert "\N{KEYCAP TEN}" in mt.Poll([str(n) for n in range(10)], "1d").as_text()
    with pytest.raises(mt.PollError, match="at most 10 options"):
        mt.Poll([str(n) for n in range(11)], "1d").as_text()
    with pytest.raises(mt.PollError, match="shorten"):
        mt.Poll(["A", "B"], "1d").as_text(question="Why? " * 100)
    with pytest.raises(TypeError, match="question"):
        mt.Poll(["A", "B"], "1d").as_text(question=3)  # type: ignore[arg-type]


@given(poll=valid_x_polls())
@settings(max_examples=100, deadline=None)
def test_text_poll_of_any_x_poll_fits_bluesky_and_x(poll: mt.Poll) -> None:
    for platform in (mt.BLUESKY, mt.X):
        assert length(poll.as_text(platform), platform) <= platform.max_length


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("hello world", 7, "hello…"),
        ("short", 5, "short"),
        ("abc", 1, "…"),
        (
            "\U0001f469\U0001f3fd\u200d\u2695\ufe0f" * 3,
            8,
            "\U0001f469\U0001f3fd\u200d\u2695\ufe0f…",
        ),
        ("ab" + "1\ufe0f\u20e3" * 3, 5, "ab…"),
        (
            "\U0001f1fa\U0001f1f8\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea",
            4,
            "\U0001f1fa\U0001f1f8…",
        ),
        ("Cafe\u0301s", 5, "Caf…"),
    ],
)
def test_labels_are_cut_between_characters(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit


def test_checks_at_construction_for_a_platform() -> None:
    assert mt.Poll(["A", "B"], "1d", platform=mt.X) == mt.Poll(["A", "B"], "1d")
    with pytest.raises(mt.PollError, match="longer than X allows"):
        mt.Poll(["A", "B"], "8 days", platform=mt.X)
    mt.Poll(["A", "B"], "8 days", platform=mt.MASTODON)


def test_x_is_the_default_platform() -> None:
    poll = mt.Poll(["A", "B"], "8 days")
    assert poll.problems() == poll.problems(mt.X)
    with pytest.raises(mt.PollError, match="X"):
        poll.validate()
    assert mt.Poll(["A", "B"], 5).to_payload() == {"options": ["A", "B"], "duration_minutes": 5}


def test_evolve_goes_through_the_checks() -> None:
    poll = mt.Poll(["A", "B"], "1d")
    assert attrs.evolve(poll, multiple=True).multiple
    assert attrs.evolve(poll, duration="2d").duration == timedelta(days=2)
    with pytest.raises(mt.PollError, match="empty"):
        attrs.evolve(poll, options=["A", " "])
