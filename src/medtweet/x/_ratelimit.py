"""Rate-limit headers as data: ``x-rate-limit-*`` and the two 24-hour families."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime

import attrs

__all__ = ["RateLimit", "RateLimits", "endpoint_key", "parse_rate_limits"]


@attrs.frozen(kw_only=True)
class RateLimit:
    """One rate-limit window as the API reported it.

    Attributes:
        limit: requests allowed in the window.
        remaining: requests left in the window.
        reset_at: when the window reopens (timezone-aware UTC), if the header was there.
    """

    limit: int | None
    remaining: int | None
    reset_at: datetime | None


@attrs.frozen(kw_only=True)
class RateLimits:
    """The rate-limit state of one endpoint, from the last response it sent.

    Attributes:
        window: the ``x-rate-limit-*`` window (usually 15 minutes).
        user_24h: ``x-user-limit-24hour-*`` (posting), if sent.
        app_24h: ``x-app-limit-24hour-*`` (posting), if sent.
    """

    window: RateLimit | None = None
    user_24h: RateLimit | None = None
    app_24h: RateLimit | None = None

    @property
    def exhausted(self) -> RateLimit | None:
        """The first family with nothing remaining, if any."""
        for family in (self.window, self.user_24h, self.app_24h):
            if family is not None and family.remaining == 0:
                return family
        return None

    @property
    def reset_at(self) -> datetime | None:
        """When the exhausted family reopens (the latest such reset), else the window's reset."""
        resets = [
            f.reset_at
            for f in (self.window, self.user_24h, self.app_24h)
            if f is not None and f.remaining == 0 and f.reset_at is not None
        ]
        if resets:
            return max(resets)
        return self.window.reset_at if self.window is not None else None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def _family(headers: Mapping[str, str], prefix: str) -> RateLimit | None:
    lowered = {k.lower(): v for k, v in headers.items()}
    limit = _int(lowered.get(f"{prefix}-limit"))
    remaining = _int(lowered.get(f"{prefix}-remaining"))
    reset = _int(lowered.get(f"{prefix}-reset"))
    if limit is None and remaining is None and reset is None:
        return None
    reset_at = datetime.fromtimestamp(reset, tz=UTC) if reset is not None else None
    return RateLimit(limit=limit, remaining=remaining, reset_at=reset_at)


def parse_rate_limits(headers: Mapping[str, str]) -> RateLimits | None:
    """The rate-limit families in ``headers``, or ``None`` when there are none.

    Unparseable numbers are treated as absent rather than raising.
    """
    limits = RateLimits(
        window=_family(headers, "x-rate-limit"),
        user_24h=_family(headers, "x-user-limit-24hour"),
        app_24h=_family(headers, "x-app-limit-24hour"),
    )
    if limits == RateLimits():
        return None
    return limits


_ID_SEGMENT = re.compile(r"[0-9]{1,19}")


def endpoint_key(method: str, path: str) -> str:
    """``"POST /2/tweets"``, with id segments (not the version) replaced by ``{id}``."""
    parts = path.split("?", 1)[0].split("/")
    templated = [
        "{id}" if i > 1 and _ID_SEGMENT.fullmatch(part) else part for i, part in enumerate(parts)
    ]
    return f"{method.upper()} {'/'.join(templated)}"
