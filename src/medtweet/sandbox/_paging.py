"""Pagination tokens and the id/time window filters shared by timelines and search."""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from medtweet.sandbox import _problems as P
from medtweet.sandbox._clock import parse_time
from medtweet.sandbox._http import Request
from medtweet.sandbox._state import PostRecord

__all__ = ["Window", "decode_token", "encode_token", "page", "window_from"]

_ID = re.compile(r"^[0-9]{1,19}$")


def encode_token(post_id: str) -> str:
    """An opaque token for "the page starting at ``post_id``" (base32hex, X's 2.167 style)."""
    return base64.b32hexencode(f"p{post_id}".encode()).decode().rstrip("=").lower()


def encode_offset(offset: int) -> str:
    """An opaque token for "the page starting at position ``offset``" (relevancy order)."""
    return base64.b32hexencode(f"o{offset}".encode()).decode().rstrip("=").lower()


def decode_token(token: str, *, parameter: str, host: str, prefix: str = "p") -> str:
    """The post id (or offset) a token points at; X's 400 for a token not issued here."""
    padded = token.upper() + "=" * (-len(token) % 8)
    try:
        raw = base64.b32hexdecode(padded).decode()
    except ValueError:
        raw = ""
    if not raw.startswith(prefix) or not _ID.match(raw[1:]):
        raise P.bad_param(
            parameter,
            token,
            f"The `{parameter}` query parameter value [{token}] is not valid",
            host=host,
        )
    return raw[1:]


class Window:
    """The id and time window of a read request.

    ``since_id``/``until_id`` are exclusive; ``start_time`` is inclusive, ``end_time`` exclusive.
    """

    def __init__(
        self,
        *,
        since_id: str | None,
        until_id: str | None,
        start: datetime | None,
        end: datetime | None,
    ) -> None:
        self.since_id = int(since_id) if since_id else None
        self.until_id = int(until_id) if until_id else None
        self.start = start
        self.end = end

    def admits(self, post: PostRecord) -> bool:
        """Whether ``post`` falls inside the window."""
        ident = int(post.id)
        if self.since_id is not None and ident <= self.since_id:
            return False
        if self.until_id is not None and ident >= self.until_id:
            return False
        if self.start is not None and post.created_at < self.start:
            return False
        return not (self.end is not None and post.created_at >= self.end)


def window_from(request: Request, *, host: str, exclusive_pairs: bool = False) -> Window:
    """Read and check the window parameters (every problem reported at once).

    With ``exclusive_pairs`` (search), ``start_time``+``since_id`` and ``end_time``+``until_id``
    may not be combined (spec 2.167).
    """
    problems: list[tuple[dict[str, Sequence[str]], str]] = []
    times: dict[str, datetime | None] = {}
    for name in ("start_time", "end_time"):
        raw = request.param(name)
        times[name] = None
        if raw is not None:
            try:
                times[name] = parse_time(raw)
            except ValueError:
                problems.append(
                    (
                        {name: [raw]},
                        f"Invalid '{name}':'{raw}'. '{name}' must be a "
                        "valid RFC 3339 date-time (YYYY-MM-DDTHH:mm:ssZ).",
                    )
                )
    for name in ("since_id", "until_id"):
        raw = request.param(name)
        if raw is not None and not _ID.match(raw):
            problems.append(
                (
                    {name: [raw]},
                    f"The `{name}` query parameter value [{raw}] does not match ^[0-9]{{1,19}}$",
                )
            )
    start, end = times["start_time"], times["end_time"]
    if start is not None and end is not None and start >= end:
        problems.append(
            (
                {
                    "start_time": [request.param("start_time") or ""],
                    "end_time": [request.param("end_time") or ""],
                },
                "Invalid 'start_time':'{}'. 'start_time' must be before 'end_time':'{}'".format(
                    request.param("start_time"), request.param("end_time")
                ),
            )
        )
    if exclusive_pairs:
        for a, b in (("start_time", "since_id"), ("end_time", "until_id")):
            if request.param(a) is not None and request.param(b) is not None:
                problems.append(
                    (
                        {a: [request.param(a) or ""], b: [request.param(b) or ""]},
                        f"At most one of `{a}` and `{b}` may be given.",
                    )
                )
        if request.param("next_token") is not None and request.param("pagination_token"):
            problems.append(
                (
                    {"next_token": [request.param("next_token") or ""]},
                    "At most one of `next_token` and `pagination_token` may be given.",
                )
            )
    if problems:
        raise P.invalid_request(problems, host=host)
    return Window(
        since_id=request.param("since_id"), until_id=request.param("until_id"), start=start, end=end
    )


def int_param(request: Request, name: str, *, default: int, low: int, high: int, host: str) -> int:
    """An integer query parameter within ``low..high``; X's 400 otherwise."""
    raw = request.param(name)
    if raw is None:
        return default
    if not re.fullmatch(r"-?[0-9]+", raw) or not low <= int(raw) <= high:
        raise P.bad_param(
            name,
            raw,
            f"The `{name}` query parameter value [{raw}] is not between {low} and {high}",
            host=host,
        )
    return int(raw)


def page(
    posts: Sequence[PostRecord],
    *,
    size: int,
    token: str | None,
    parameter: str,
    host: str,
    by_offset: bool = False,
) -> tuple[list[PostRecord], dict[str, Any]]:
    """One page of ``posts`` and its ``meta``.

    Tokens point at the first post of the next page (newest-first lists), or at a position
    with ``by_offset`` (relevancy order). An empty page's meta is ``{"result_count": 0}``.
    """
    start = 0
    if token is not None and by_offset:
        start = int(decode_token(token, parameter=parameter, host=host, prefix="o"))
    elif token is not None:
        anchor = int(decode_token(token, parameter=parameter, host=host))
        start = next((i for i, p in enumerate(posts) if int(p.id) <= anchor), len(posts))
    chunk = list(posts[start : start + size])
    meta: dict[str, Any] = {"result_count": len(chunk)}
    if chunk:
        ids = sorted(int(p.id) for p in chunk)
        meta = {"newest_id": str(ids[-1]), "oldest_id": str(ids[0]), **meta}
        if start + size < len(posts):
            meta["next_token"] = (
                encode_offset(start + size) if by_offset else encode_token(posts[start + size].id)
            )
    return chunk, meta
