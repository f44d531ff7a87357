"""Words for spans of time, shared by poll durations and search windows."""

from __future__ import annotations

__all__ = ["SECONDS_PER_UNIT"]

_MINUTE = 60
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR

SECONDS_PER_UNIT: dict[str, int] = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), _MINUTE),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), _HOUR),
    **dict.fromkeys(("d", "day", "days"), _DAY),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), 7 * _DAY),
}
"""Seconds in each unit people type (``"90m"``, ``"2 hrs"``, ``"3d"``), keys in lower case."""
