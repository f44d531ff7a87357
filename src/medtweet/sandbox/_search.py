"""Search: ``/2/tweets/search/recent``, ``/2/tweets/search/all``, ``/2/tweets/counts/recent``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from medtweet import _wire
from medtweet.sandbox import _problems as P
from medtweet.sandbox._app import Call, json_response
from medtweet.sandbox._clock import id_floor, id_time, rfc3339
from medtweet.sandbox._http import Response
from medtweet.sandbox._paging import (
    Window,
    decode_token,
    int_param,
    newest_first,
    page,
    page_from,
    window_from,
)
from medtweet.sandbox._query import Query, QuerySyntaxError, parse_query
from medtweet.sandbox._render import render_page, selection
from medtweet.sandbox._state import PostRecord, Store

__all__ = ["counts_recent", "search_all", "search_recent"]

RECENT_WINDOW = timedelta(days=7)
ARCHIVE_START = datetime(2006, 3, 21, tzinfo=UTC)
END_MARGIN = timedelta(seconds=10)
_GRANULARITY = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
}


def _query(call: Call, limit: int) -> Query:
    host = call.dialect.problems_host
    raw = call.param("query")
    if raw is None or not raw.strip():
        raise P.bad_param(
            "query", raw or "", "The `query` query parameter can not be empty", host=host
        )
    if len(raw) > limit:
        raise P.bad_param(
            "query",
            raw,
            f"There were errors processing your request: Query "
            f"length ({len(raw)}) exceeds the maximum length "
            f"({limit}) for your access level",
            host=host,
        )
    try:
        return parse_query(raw)
    except QuerySyntaxError as exc:
        raise P.bad_param("query", raw, str(exc), host=host) from exc


def _window(call: Call, *, earliest: datetime | None) -> Window:
    host = call.dialect.problems_host
    window = window_from(call.request, host=host, exclusive_pairs=True)
    now = call.app.clock.now()
    problems: list[tuple[dict[str, list[str]], str]] = []
    start_raw = call.param("start_time") or ""
    if earliest is not None and window.start is not None and window.start < earliest:
        problems.append(
            (
                {"start_time": [start_raw]},
                f"Invalid 'start_time':'{start_raw}'. 'start_time' must be on or after "
                f"{rfc3339(earliest, millis=False)}",
            )
        )
    if earliest is not None and window.since_id is not None and id_time(window.since_id) < earliest:
        floor = id_floor(earliest)
        problems.append(
            (
                {"since_id": [call.param("since_id") or ""]},
                f"'since_id' must be a tweet id created after "
                f"{earliest.strftime('%Y-%m-%dT%H:%MZ')}. Please use a 'since_id' that is "
                f"larger than {floor}",
            )
        )
    end_raw = call.param("end_time") or ""
    if window.end is not None and window.end > now - END_MARGIN:
        problems.append(
            (
                {"end_time": [end_raw]},
                f"Invalid 'end_time':'{end_raw}'. 'end_time' must be a minimum of 10 "
                "seconds prior to the request time.",
            )
        )
    if problems:
        raise P.invalid_request(problems, host=host)
    if window.start is None and earliest is not None and window.since_id is None:
        window.start = earliest
    return window


def _walk(
    store: Store, query: Query, window: Window, *, below: int | None = None
) -> Iterator[PostRecord]:
    """Live posts in ``window`` matching ``query``, newest first, lazily (hold the lock)."""
    return newest_first(store, window, lambda post: query.matches(post, store), below=below)


def _relevance(post: PostRecord) -> tuple[int, int]:
    return (post.like_count + 2 * post.retweet_count + post.reply_count, int(post.id))


def _search(call: Call, *, earliest: datetime | None, max_high: int, limit: int) -> Response:
    host = call.dialect.problems_host
    query = _query(call, limit)
    size = int_param(call.request, "max_results", default=10, low=10, high=max_high, host=host)
    order = call.param("sort_order") or "recency"
    if order not in ("recency", "relevancy"):
        raise P.bad_param(
            "sort_order",
            order,
            f"The `sort_order` query parameter value [{order}] is not one of [recency,relevancy]",
            host=host,
        )
    window = _window(call, earliest=earliest)
    sel = selection(call.request, call.dialect)
    token_name = "next_token" if call.param("next_token") is not None else "pagination_token"
    token = call.param(token_name)
    now = call.app.clock.now()
    with call.store.lock:
        if order == "relevancy":
            ranked = sorted(_walk(call.store, query, window), key=_relevance, reverse=True)
            chunk, meta = page(
                ranked, size=size, token=token, parameter=token_name, host=host, by_offset=True
            )
        else:
            below = None
            if token is not None:
                below = int(decode_token(token, parameter=token_name, host=host))
            chunk, meta = page_from(_walk(call.store, query, window, below=below), size=size)
        return json_response(render_page(chunk, sel, call.store, now, meta=meta))


def search_recent(call: Call) -> Response:
    """``GET /2/tweets/search/recent``: the last 7 days, 10-100 per page."""
    earliest = call.app.clock.now() - RECENT_WINDOW
    return _search(call, earliest=earliest, max_high=100, limit=call.app.settings.max_query_length)


def search_all(call: Call) -> Response:
    """``GET /2/tweets/search/all``: the whole archive, 10-500 per page, 1 request/second."""
    if call.app.settings.archive_pacing:
        now = call.app.clock.now()
        key = call.principal.limit_key
        with call.store.lock:
            last = call.app.archive_calls.get(key)
            call.app.archive_calls[key] = now
        if last is not None and now - last < timedelta(seconds=1):
            raise P.too_many_requests()
    return _search(call, earliest=None, max_high=500, limit=call.app.settings.max_query_length_all)


def _bucket_start(moment: datetime, step: timedelta) -> datetime:
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return epoch + ((moment - epoch) // step) * step


def counts_recent(call: Call) -> Response:
    """``GET /2/tweets/counts/recent``: post counts per minute, hour or day."""
    host = call.dialect.problems_host
    dialect = _wire.POST_2026 if call.param("search_count.fields") is not None else call.dialect
    query = _query(call, call.app.settings.max_query_length)
    granularity = call.param("granularity") or "hour"
    if granularity not in _GRANULARITY:
        raise P.bad_param(
            "granularity",
            granularity,
            "The `granularity` query parameter value "
            f"[{granularity}] is not one of "
            "[minute,hour,day]",
            host=host,
        )
    now = call.app.clock.now()
    window = _window(call, earliest=now - RECENT_WINDOW)
    start = window.start or now - RECENT_WINDOW
    end = window.end or now - END_MARGIN
    step = _GRANULARITY[granularity]
    tally: Counter[datetime] = Counter()
    with call.store.lock:
        for post in _walk(call.store, query, window):
            if start <= post.created_at < end:
                tally[max(start, _bucket_start(post.created_at, step))] += 1
    buckets: list[dict[str, Any]] = []
    edge = start
    while edge < end:
        upper = min(_bucket_start(edge, step) + step, end)
        buckets.append(
            {"end": rfc3339(upper), "start": rfc3339(edge), dialect.count_field: tally[edge]}
        )
        edge = upper
    return json_response(
        {
            "data": buckets,
            "meta": {dialect.total_count: sum(b[dialect.count_field] for b in buckets)},
        }
    )
