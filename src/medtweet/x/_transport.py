"""Transport policy: timeouts, bounded jittered retries, and the injectable clock and sleep."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime

import attrs

__all__ = ["Clock", "RetryPolicy", "Sleep", "system_clock"]

Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware."""

Sleep = Callable[[float], object]
"""Blocks for the given number of seconds (tests pass one that only advances a fake clock)."""


def system_clock() -> datetime:
    """The current UTC time."""
    return datetime.now(tz=UTC)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How hard the client tries before it gives up.

    Only idempotent requests (GET, DELETE) are retried on 5xx and connection errors; a
    ``POST`` is never sent twice blindly (see :meth:`medtweet.XClient.post_thread`).

    Attributes:
        attempts: tries per idempotent request, the first included.
        backoff: base of the exponential backoff, in seconds.
        max_backoff: the longest single backoff.
        max_rate_limit_wait: the longest wait for a rate-limit window ("wait" policy);
            a longer reset raises :class:`~medtweet.RateLimitError` instead.
        rate_limit_slack: seconds added after the reset time (clock skew).
        rate_limit_waits: how many rate-limit waits one call may do.
    """

    attempts: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_rate_limit_wait: float = 960.0
    rate_limit_slack: float = 2.0
    rate_limit_waits: int = 3

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter backoff before retry number ``attempt`` (1-based)."""
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return rng.uniform(ceiling / 2, ceiling)


def default_sleep(seconds: float) -> None:
    """``time.sleep`` that ignores negative values."""
    if seconds > 0:
        time.sleep(seconds)
