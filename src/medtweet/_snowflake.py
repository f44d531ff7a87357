"""X's post ids ("snowflakes") carry the millisecond they were minted in their high bits."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["id_floor", "id_time"]

# X's snowflake epoch (2010-11-04T01:42:54.657Z) in milliseconds.
_TWEPOCH_MS = 1288834974657


def id_time(post_id: str | int) -> datetime:
    """The time a post id was minted for (ids from before 2010 map to the epoch itself)."""
    return datetime.fromtimestamp(((int(post_id) >> 22) + _TWEPOCH_MS) / 1000, UTC)


def id_floor(moment: datetime) -> int:
    """The smallest id minted for ``moment``'s millisecond (ids sort like their times)."""
    return (int(moment.timestamp() * 1000) - _TWEPOCH_MS) << 22
