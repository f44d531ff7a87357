"""Rate-limit windows per endpoint and caller, on the sandbox clock."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import attrs

from medtweet.sandbox._clock import SandboxClock

__all__ = ["DEFAULT_LIMITS", "Limit", "RateLimiter"]


@attrs.frozen
class Limit:
    """Requests allowed per ``window`` for the app bearer and for each user.

    ``None`` means the other kind's number applies (or no limit when both are None).
    """

    app: int | None
    user: int | None
    window: timedelta = timedelta(minutes=15)


FIFTEEN = timedelta(minutes=15)
DAY = timedelta(hours=24)

DEFAULT_LIMITS: dict[str, Limit] = {
    "create_post": Limit(None, 100),
    "delete_post": Limit(None, 50),
    "lookup_posts": Limit(3500, 5000),
    "lookup_post": Limit(450, 900),
    "users_me": Limit(None, 75),
    "user_posts": Limit(1500, 900),
    "media_upload": Limit(None, 500),
    "media_chunked": Limit(None, 1875),
    "media_status": Limit(None, 1000),
    "media_metadata": Limit(None, 500),
    "search_recent": Limit(450, 300),
    "search_all": Limit(300, None),
    "counts_recent": Limit(300, 300),
    # The 24-hour post caps reported in x-app-/x-user-limit-24hour-* on POST /2/tweets.
    "post_cap": Limit(10_000, 2_400, DAY),
}
"""Per-15-minute limits from X's rate-limit table; the 24-hour caps of POST /2/tweets."""


@attrs.frozen
class Window:
    """One window's state after counting a request."""

    limit: int
    remaining: int
    reset: datetime

    def headers(self, prefix: str = "x-rate-limit") -> dict[str, str]:
        """``{prefix}-limit``, ``-remaining`` and ``-reset`` (Unix seconds)."""
        return {
            f"{prefix}-limit": str(self.limit),
            f"{prefix}-remaining": str(self.remaining),
            f"{prefix}-reset": str(int(self.reset.timestamp())),
        }


class RateLimiter:
    """Fixed windows per (endpoint, caller) on the sandbox clock.

    A window opens with its first request and resets after the window's length.
    """

    def __init__(self, clock: SandboxClock, limits: dict[str, Limit] | None = None) -> None:
        self._clock = clock
        self.limits: dict[str, Limit] = dict(DEFAULT_LIMITS if limits is None else limits)
        self._windows: dict[tuple[str, str], tuple[datetime, int]] = {}
        self._lock = threading.Lock()

    def set_limit(
        self,
        endpoint: str,
        *,
        app: int | None = None,
        user: int | None = None,
        window: timedelta | None = None,
    ) -> None:
        """Change an endpoint's limits (unchanged values keep their defaults)."""
        old = self.limits.get(endpoint, Limit(None, None))
        self.limits[endpoint] = Limit(
            app if app is not None else old.app,
            user if user is not None else old.user,
            window or old.window,
        )
        with self._lock:
            for key in [k for k in self._windows if k[0] == endpoint]:
                del self._windows[key]

    def _limit_for(self, endpoint: str, caller: str) -> tuple[int, timedelta] | None:
        limit = self.limits.get(endpoint)
        if limit is None:
            return None
        count = limit.app if caller == "app" else limit.user
        if count is None:
            count = limit.app if limit.app is not None else limit.user
        return None if count is None else (count, limit.window)

    def peek(self, endpoint: str, caller: str) -> Window | None:
        """The window as it stands, without counting a request."""
        return self._touch(endpoint, caller, count=False)

    def hit(self, endpoint: str, caller: str) -> tuple[bool, Window | None]:
        """Count one request; ``(allowed, window)``."""
        before = self._touch(endpoint, caller, count=False)
        if before is not None and before.remaining <= 0:
            return False, before
        return True, self._touch(endpoint, caller, count=True)

    def _touch(self, endpoint: str, caller: str, *, count: bool) -> Window | None:
        found = self._limit_for(endpoint, caller)
        if found is None:
            return None
        limit, length = found
        now = self._clock.now()
        with self._lock:
            start, used = self._windows.get((endpoint, caller), (now, 0))
            if now >= start + length:
                start, used = now, 0
            if count:
                used += 1
                self._windows[(endpoint, caller)] = (start, used)
            elif used == 0:
                start = now
        return Window(limit, max(limit - used, 0), start + length)
