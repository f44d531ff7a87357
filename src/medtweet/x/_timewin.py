"""Time windows for search: datetimes, ISO strings and relative strings, all to RFC 3339 UTC.

X wants ``YYYY-MM-DDTHH:MM:SSZ`` (UTC, second granularity). People think in "the last two
hours" or "since yesterday"; this module turns both into the wire form, with an injectable
``now`` so tests and the sandbox's clock agree.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import attrs
from dateutil import parser as dateparser

from medtweet._errors import ValidationError

__all__ = [
    "RECENT_WINDOW",
    "TimeLike",
    "TimeWindow",
    "parse_time",
    "resolve_window",
    "rfc3339",
]

TimeLike = datetime | str
"""What a time argument accepts: an aware or naive ``datetime`` (naive means UTC), an ISO 8601
string, ``"now"``, ``"today"``, ``"yesterday"``, or a span back from now such as ``"90s"``,
``"30m"``, ``"2h"``, ``"3d"``, ``"1w"`` (also ``"2 hours"``, ``"3d ago"``)."""

RECENT_WINDOW = timedelta(days=7)
"""How far back the recent-search and recent-counts endpoints reach."""

END_TIME_MARGIN = timedelta(seconds=10)
"""X rejects an ``end_time`` less than this before the request."""

START_SLACK = timedelta(seconds=30)
"""A start this close to the 7-day edge is moved inside it (``"7d"`` means "as far as allowed")."""

_UNITS = {
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "w": 604800,
    "week": 604800,
    "weeks": 604800,
}
_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*(?:ago)?\s*$", re.IGNORECASE)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _midnight(value: datetime) -> datetime:
    return value.replace(hour=0, minute=0, second=0, microsecond=0)


def parse_time(value: TimeLike, *, now: datetime | None = None, name: str = "time") -> datetime:
    """Turn a time argument into an aware UTC ``datetime``.

    Args:
        value: see :data:`TimeLike`.
        now: the current time (defaults to the system clock); relative strings count back from it.
        name: the argument's name, for error messages.

    Returns:
        An aware UTC datetime (microseconds kept; :func:`rfc3339` drops them).

    Raises:
        TypeError: ``value`` is neither a ``datetime`` nor a ``str``.
        ValidationError: the string is not a time medtweet understands.
    """
    if isinstance(value, datetime):
        return _utc(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a datetime or a str, not {type(value).__name__}")
    current = _utc(now) if now is not None else datetime.now(UTC)
    text = value.strip()
    word = text.lower()
    if word == "now":
        return current
    if word == "today":
        return _midnight(current)
    if word == "yesterday":
        return _midnight(current) - timedelta(days=1)
    match = _RELATIVE.match(text)
    if match and match.group(2).lower() in _UNITS:
        seconds = float(match.group(1)) * _UNITS[match.group(2).lower()]
        return current - timedelta(seconds=seconds)
    try:
        parsed = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            parsed = dateparser.parse(text)
        except (ValueError, OverflowError) as error:
            raise ValidationError(
                f"{name}={value!r} is not a time: use a datetime, an ISO 8601 string such as "
                "'2026-11-24T14:00:00Z', 'yesterday', or a span such as '2h' or '3d'"
            ) from error
    return _utc(parsed)


def rfc3339(value: datetime) -> str:
    """The wire form X wants: UTC, whole seconds, ``Z`` suffix (``2026-11-24T14:00:00Z``)."""
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


@attrs.frozen
class TimeWindow:
    """A resolved search window: ``start`` inclusive, ``end`` exclusive, either may be open."""

    start: datetime | None
    end: datetime | None

    def params(self) -> dict[str, str]:
        """The ``start_time``/``end_time`` query parameters for this window."""
        out: dict[str, str] = {}
        if self.start is not None:
            out["start_time"] = rfc3339(self.start)
        if self.end is not None:
            out["end_time"] = rfc3339(self.end)
        return out

    def contains(self, moment: datetime | None) -> bool:
        """Whether ``moment`` falls inside the window (an unknown time never does, if bounded)."""
        if moment is None:
            return self.start is None and self.end is None
        if self.start is not None and moment < self.start:
            return False
        return not (self.end is not None and moment >= self.end)


def resolve_window(
    start: TimeLike | None = None,
    end: TimeLike | None = None,
    *,
    now: datetime | None = None,
    recent: bool = False,
) -> TimeWindow:
    """Parse and check a search window before any request is made.

    Args:
        start: inclusive start (see :data:`TimeLike`), or ``None``.
        end: exclusive end, or ``None`` for "until now".
        now: the current time (defaults to the system clock).
        recent: apply the recent endpoints' rules: ``start`` no older than 7 days. A ``start``
            within 30 seconds of that edge is moved inside it, so ``"7d"`` works.

    Returns:
        The window, truncated to whole seconds. An ``end`` later than 10 seconds before
        ``now`` is dropped (X's default end is "now", and it rejects later ends).

    Raises:
        ValidationError: listing every problem (unparseable time, end before start,
            start in the future, start outside the recent endpoint's 7 days).
    """
    current = _utc(now) if now is not None else datetime.now(UTC)
    problems: list[str] = []
    start_at = end_at = None
    try:
        start_at = None if start is None else parse_time(start, now=current, name="start_time")
    except ValidationError as error:
        problems.extend(error.problems)
    try:
        end_at = None if end is None else parse_time(end, now=current, name="end_time")
    except ValidationError as error:
        problems.extend(error.problems)
    if start_at is not None:
        start_at = start_at.replace(microsecond=0)
        if start_at >= current:
            problems.append(f"start_time {rfc3339(start_at)} is not in the past")
        earliest = current - RECENT_WINDOW
        if recent and start_at < earliest:
            if earliest - start_at <= START_SLACK:
                start_at = (earliest + START_SLACK).replace(microsecond=0)
            else:
                problems.append(
                    f"start_time {rfc3339(start_at)} is older than the recent endpoint's 7 days "
                    f"(earliest {rfc3339(earliest + START_SLACK)}); use search_all for older posts"
                )
    if end_at is not None:
        end_at = end_at.replace(microsecond=0)
        if end_at > current - END_TIME_MARGIN:
            end_at = None
    if start_at is not None and end_at is not None and end_at <= start_at:
        problems.append(f"end_time {rfc3339(end_at)} is not after start_time {rfc3339(start_at)}")
    if problems:
        raise ValidationError("; ".join(problems), problems=problems)
    return TimeWindow(start_at, end_at)
