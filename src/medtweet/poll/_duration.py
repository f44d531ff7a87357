"""Poll durations: what people type (``"90m"``, ``"1 day 12 hours"``) to whole minutes."""

from __future__ import annotations

import math
import re
from datetime import timedelta
from fractions import Fraction

from medtweet._errors import PollError
from medtweet._timeunits import SECONDS_PER_UNIT

__all__ = ["DurationLike", "describe_duration", "parse_duration"]

DurationLike = timedelta | int | float | str
"""A poll duration: a ``timedelta``, whole minutes, or text such as ``"24h"``."""

_MINUTE = SECONDS_PER_UNIT["minute"]
_UNIT_HELP = (
    "use minutes (m), hours (h), days (d) or weeks (w), e.g. '90m', '24h', '1 day 12 hours'"
)

# one "<number> <unit>" part; parts may be separated by spaces, commas or "and"
_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*([^\W\d_]*)", re.ASCII | re.IGNORECASE)
_SEPARATOR = re.compile(r"(?:\s|,|\band\b)*", re.IGNORECASE)


def parse_duration(value: DurationLike) -> timedelta:
    """Read a poll duration and return it as a whole number of minutes.

    Accepts a ``timedelta``, a number of minutes (``int``, or a ``float`` with no fraction),
    or text: ``"90m"``, ``"24h"``, ``"1d"``, ``"1 day 12 hours"``, ``"2 days"``, ``"1w"``,
    ``"1h 30m"``, ``"1.5 hours"``; a bare number in text means minutes. Units are case-blind.

    Args:
        value: the duration.

    Returns:
        A positive ``timedelta`` of whole minutes.

    Raises:
        TypeError: ``value`` is none of the accepted types (``bool`` included).
        PollError: the text cannot be read, a unit is unknown, the duration is not a whole
            number of minutes (it is never rounded), or it is zero or negative.
    """
    if isinstance(value, bool) or not isinstance(value, timedelta | int | float | str):
        kind = type(value).__name__
        msg = f"duration must be a timedelta, whole minutes or text like '24h', not {kind}"
        raise TypeError(msg)
    if isinstance(value, str):
        seconds = _parse_text(value)
        shown = repr(value)
    elif isinstance(value, timedelta):
        seconds = Fraction(value // timedelta(microseconds=1), 1_000_000)
        shown = describe_duration(value) if value > timedelta(0) else str(value)
    else:
        if isinstance(value, float) and not math.isfinite(value):
            raise PollError(f"duration {value!r} is not a number of minutes")
        seconds = Fraction(value) * _MINUTE
        shown = f"{value!r} minutes"
    if seconds <= 0:
        raise PollError(f"duration {shown} is not positive: a poll must last at least a minute")
    if seconds % _MINUTE:
        lower, upper = math.floor(seconds / _MINUTE), math.ceil(seconds / _MINUTE)
        raise PollError(
            f"duration {shown} is not a whole number of minutes: polls run in whole minutes, "
            f"so choose {lower or upper} or {upper} minutes (it is not rounded for you)"
        )
    try:
        return timedelta(minutes=int(seconds / _MINUTE))
    except OverflowError:
        raise PollError(f"duration {shown} is far too long for any poll") from None


def _parse_text(text: str) -> Fraction:
    stripped = text.strip()
    if not stripped:
        raise PollError(f"duration {text!r} is empty; {_UNIT_HELP}")
    if stripped.isascii() and stripped.isdigit():
        return Fraction(int(stripped)) * _MINUTE
    total = Fraction(0)
    position = 0
    while position < len(stripped):
        part = _PART.match(stripped, position)
        if part is None:
            raise PollError(
                f"duration {text!r} cannot be read at {stripped[position:]!r}; {_UNIT_HELP}"
            )
        number, unit = part.group(1), part.group(2).lower()
        if not unit:
            raise PollError(f"duration {text!r}: the number {number} has no unit; {_UNIT_HELP}")
        if unit not in SECONDS_PER_UNIT:
            hint = (
                " (a month is not a fixed length: say '30 days')" if unit.startswith("mo") else ""
            )
            raise PollError(f"duration {text!r}: unknown unit {unit!r}{hint}; {_UNIT_HELP}")
        total += Fraction(number) * SECONDS_PER_UNIT[unit]
        separator = _SEPARATOR.match(stripped, part.end())
        position = separator.end() if separator else part.end()
    return total


def describe_duration(duration: timedelta) -> str:
    """Say a duration the way people write it: ``"1 day 12 hours"``, ``"1 hour 30 minutes"``.

    Args:
        duration: a positive duration (seconds below a minute are dropped).

    Returns:
        Weeks are not used; days, hours and minutes, largest first, zero parts left out.
    """
    minutes = int(duration.total_seconds() // _MINUTE)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [
        f"{count} {unit}{'' if count == 1 else 's'}"
        for count, unit in ((days, "day"), (hours, "hour"), (minutes, "minute"))
        if count
    ]
    return " ".join(parts) or "0 minutes"
