"""Time windows: relative strings, ISO strings, datetimes, and the 7-day rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import medtweet as mt
from medtweet.x import parse_time, resolve_window, rfc3339

NOW = datetime(2026, 11, 25, 15, 30, 45, 123456, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2h", NOW - timedelta(hours=2)),
        ("3d", NOW - timedelta(days=3)),
        ("90s", NOW - timedelta(seconds=90)),
        ("30 minutes ago", NOW - timedelta(minutes=30)),
        ("1w", NOW - timedelta(weeks=1)),
        ("now", NOW),
        ("today", datetime(2026, 11, 25, tzinfo=UTC)),
        ("yesterday", datetime(2026, 11, 24, tzinfo=UTC)),
        ("2026-11-24T14:00:00Z", datetime(2026, 11, 24, 14, tzinfo=UTC)),
        ("2026-11-24T09:00:00-05:00", datetime(2026, 11, 24, 14, tzinfo=UTC)),
        ("2026-11-24", datetime(2026, 11, 24, tzinfo=UTC)),
    ],
)
def test_parse_time(text: str, expected: datetime) -> None:
    assert parse_time(text, now=NOW) == expected


def test_datetimes_become_utc_and_naive_means_utc() -> None:
    eastern = timezone(timedelta(hours=-5))
    assert parse_time(datetime(2026, 11, 24, 9, tzinfo=eastern)) == datetime(
        2026, 11, 24, 14, tzinfo=UTC
    )
    assert parse_time(datetime(2026, 11, 24, 9)) == datetime(2026, 11, 24, 9, tzinfo=UTC)  # noqa: DTZ001
    assert rfc3339(NOW) == "2026-11-25T15:30:45Z"


def test_bad_times() -> None:
    with pytest.raises(mt.ValidationError, match="not a time"):
        parse_time("the day after tomorrow-ish", now=NOW)
    with pytest.raises(TypeError, match="start_time must be"):
        parse_time(12, name="start_time")  # type: ignore[arg-type]


def test_window_params_are_rfc3339_seconds() -> None:
    window = resolve_window("2h", "1h", now=NOW, recent=True)
    assert window.params() == {
        "start_time": "2026-11-25T13:30:45Z",
        "end_time": "2026-11-25T14:30:45Z",
    }


def test_recent_window_is_checked_locally() -> None:
    with pytest.raises(mt.ValidationError, match="older than the recent endpoint's 7 days"):
        resolve_window("8d", now=NOW, recent=True)
    assert resolve_window("8d", now=NOW, recent=False).start == (NOW - timedelta(days=8)).replace(
        microsecond=0
    )
    start = resolve_window("7d", now=NOW, recent=True).start
    assert start is not None
    assert NOW - timedelta(days=7) < start < NOW - timedelta(days=7) + timedelta(minutes=1)


def test_every_window_problem_is_reported() -> None:
    with pytest.raises(mt.ValidationError) as caught:
        resolve_window("1h", "2h", now=NOW)
    assert "not after" in str(caught.value)
    with pytest.raises(mt.ValidationError) as caught:
        resolve_window("garbage", "also garbage", now=NOW)
    assert len(caught.value.problems) == 2
    with pytest.raises(mt.ValidationError, match="not in the past"):
        resolve_window(NOW + timedelta(hours=1), now=NOW)


def test_end_too_close_to_now_is_dropped() -> None:
    assert resolve_window("1h", "now", now=NOW).end is None
    assert resolve_window("1h", "5s", now=NOW).end is None
    assert resolve_window("1h", "30s", now=NOW).end is not None


def test_contains() -> None:
    window = resolve_window("2h", "1h", now=NOW)
    assert window.contains(NOW - timedelta(minutes=90))
    assert not window.contains(NOW - timedelta(minutes=30))
    assert not window.contains(None)
