"""The sandbox's clock: frozen (moved by tests) or ticking with real time, never backwards."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from medtweet._errors import ValidationError
from medtweet._snowflake import id_floor, id_time

__all__ = ["SandboxClock", "id_floor", "id_time", "parse_time", "rfc3339"]


class SandboxClock:
    """A controllable clock for the sandbox (timezone-aware UTC).

    Args:
        start: the time the clock shows at first; defaults to the current time,
            truncated to whole seconds.
        ticking: when true the clock also moves with real time; when false (the
            default) it only moves through :meth:`advance` and :meth:`set`.
    """

    def __init__(self, start: datetime | None = None, *, ticking: bool = False) -> None:
        if start is None:
            start = datetime.now(UTC).replace(microsecond=0)
        if start.tzinfo is None:
            raise ValidationError("start must be timezone-aware (for example datetime.now(UTC))")
        self._base = start.astimezone(UTC)
        self._ticking = ticking
        self._started = time.monotonic()
        self._lock = threading.Lock()
        self._last_id = 0

    @property
    def ticking(self) -> bool:
        """Whether the clock moves with real time."""
        return self._ticking

    def now(self) -> datetime:
        """The sandbox's current time (UTC, timezone-aware)."""
        with self._lock:
            return self._now()

    def _now(self) -> datetime:
        if self._ticking:
            return self._base + timedelta(seconds=time.monotonic() - self._started)
        return self._base

    def timestamp(self) -> float:
        """The current time as Unix seconds."""
        return self.now().timestamp()

    def advance(self, seconds: float | timedelta) -> datetime:
        """Move the clock forward and return the new time.

        Raises:
            ValueError: when asked to move backwards.
        """
        step = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
        if step < timedelta(0):
            raise ValidationError("the sandbox clock cannot go backwards; pass a positive step")
        with self._lock:
            self._base += step
            return self._now()

    def set(self, when: datetime) -> None:
        """Jump to ``when`` (timezone-aware, not before the current time)."""
        if when.tzinfo is None:
            raise ValidationError("when must be timezone-aware")
        with self._lock:
            current = self._now()
            if when < current:
                raise ValidationError("the sandbox clock cannot go backwards")
            self._base += when - current

    def next_id(self, at: datetime | None = None) -> str:
        """A new snowflake-like id: numeric string, increasing, derived from the time.

        Ids minted for the current time are strictly increasing; ``at`` mints an
        id for another moment (seeded past posts), still unique.
        """
        with self._lock:
            moment = at if at is not None else self._now()
            candidate = id_floor(moment)
            if at is None:
                candidate = max(candidate, self._last_id + 1)
                self._last_id = candidate
            return str(candidate)


def rfc3339(moment: datetime, *, millis: bool = True) -> str:
    """``2026-11-26T03:14:07.000Z`` (X's format for ``created_at``)."""
    moment = moment.astimezone(UTC)
    if millis:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str) -> datetime:
    """Parse an RFC 3339 time (``Z`` or an offset); raise ValueError when it is not one."""
    text = value.strip()
    if "T" not in text:
        raise ValidationError(f"{value!r} is not an RFC 3339 date-time")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        raise ValidationError(f"{value!r} has no time zone")
    return moment.astimezone(UTC)
