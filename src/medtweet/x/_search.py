"""Search methods of :class:`medtweet.XClient`: recent and full-archive search, counts, follow.

Every method checks its arguments (query syntax and length, time window, page bounds) before
the first request, and talks to the API only through ``self._call`` (the client's transport
policy: auth, retries, rate-limit waits). Pagination follows X's rules: ``next_token`` until
there is none, the empty page (``result_count: 0`` and no ``data``) is a page like any other.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from medtweet._errors import ValidationError
from medtweet._snowflake import id_time
from medtweet._wire import CLASSIC, EXPANSIONS, USER_FIELDS, Dialect
from medtweet.x._post import XPost, posts_of_page
from medtweet.x._query import Query, Tier, check_query
from medtweet.x._timewin import (
    RECENT_WINDOW,
    START_SLACK,
    TimeLike,
    parse_time,
    resolve_window,
    rfc3339,
)

__all__ = ["CountBucket", "CountSeries", "SearchMixin", "SearchPage"]

Endpoint = Literal["recent", "all"]
Granularity = Literal["minute", "hour", "day"]

_PATHS: dict[Endpoint, str] = {"recent": "/2/tweets/search/recent", "all": "/2/tweets/search/all"}
_MAX_RESULTS: dict[Endpoint, int] = {"recent": 100, "all": 500}
_MIN_RESULTS = 10
_DEFAULT_TIER: dict[Endpoint, Tier] = {"recent": "basic", "all": "pro"}
FULL_ARCHIVE_PACE = timedelta(seconds=1)
"""Full-archive search allows one request per second (not shown in the rate-limit headers)."""
_SEEN_KEPT = 1000


@attrs.frozen(kw_only=True)
class SearchPage:
    """One search response, untouched, with where and when it was fetched.

    Attributes:
        raw: the parsed response body exactly as received (``data``, ``includes``, ``meta``,
            ``errors``).
        query: the query string sent.
        endpoint: the API path requested.
        retrieved_at: when the response arrived (the client's clock).
    """

    raw: Mapping[str, Any] = attrs.field(eq=False, repr=False)
    query: str
    endpoint: str
    retrieved_at: datetime

    @property
    def data(self) -> list[dict[str, Any]]:
        """The posts as returned (empty for the empty page)."""
        return list(self.raw.get("data") or ())

    @property
    def includes(self) -> dict[str, Any]:
        """The expansions (``users``, ``tweets``/``posts``, ``media``...), untouched."""
        return dict(self.raw.get("includes") or {})

    @property
    def meta(self) -> dict[str, Any]:
        """``result_count``, ``newest_id``, ``oldest_id``, ``next_token``, untouched."""
        return dict(self.raw.get("meta") or {})

    @property
    def next_token(self) -> str | None:
        """The token of the next page, or ``None`` on the last page."""
        token = (self.raw.get("meta") or {}).get("next_token")
        return None if token is None else str(token)

    def posts(self) -> Iterator[XPost]:
        """The page's posts as :class:`XPost` values, expansions resolved."""
        return posts_of_page(self.raw)


@attrs.frozen
class CountBucket:
    """Posts matching a query between ``start`` (inclusive) and ``end`` (exclusive)."""

    start: datetime
    end: datetime
    count: int


@attrs.frozen(kw_only=True)
class CountSeries:
    """A time series of post counts (from ``count_recent`` or :func:`medtweet.activity`).

    Attributes:
        query: what was counted.
        granularity: ``"minute"``, ``"hour"`` or ``"day"``.
        buckets: the counts, oldest first.
    """

    query: str
    granularity: str
    buckets: tuple[CountBucket, ...]

    @property
    def total(self) -> int:
        """Sum of all buckets."""
        return sum(bucket.count for bucket in self.buckets)

    def chart(self, *, width: int = 40) -> str:
        """An ASCII bar chart, one line per bucket (see :func:`medtweet.ascii_chart`)."""
        from medtweet.x._digest import ascii_chart

        return ascii_chart(self, width=width)


def _fields_params(
    dialect: Dialect,
    post_fields: Iterable[str] | None,
    expansions: Iterable[str] | None,
    user_fields: Iterable[str] | None,
    extra: Mapping[str, Iterable[str] | None],
) -> dict[str, str]:
    default_fields = (
        "attachments",
        "author_id",
        "conversation_id",
        "created_at",
        "entities",
        "in_reply_to_user_id",
        "lang",
        "public_metrics",
        CLASSIC.referenced_posts,
    )
    renames = {CLASSIC.referenced_posts: dialect.referenced_posts}
    fields = [renames.get(f, f) for f in (default_fields if post_fields is None else post_fields)]
    default_expansions = ["author_id", dialect.referenced_expansion]
    if dialect is CLASSIC:
        default_expansions.append("referenced_tweets.id.author_id")
    params = {
        dialect.post_fields: ",".join(fields),
        EXPANSIONS: ",".join(default_expansions if expansions is None else expansions),
        USER_FIELDS: ",".join(("name", "username") if user_fields is None else user_fields),
    }
    for name, values in extra.items():
        if values is not None:
            params[name] = ",".join(values)
    return {name: value for name, value in params.items() if value}


def _positive(name: str, value: int | None, problems: list[str]) -> None:
    if value is not None and (not isinstance(value, int) or value < 1):
        problems.append(f"{name} must be a positive int or None, not {value!r}")


class SearchMixin:
    """Search, counts and follow, mixed into :class:`medtweet.XClient`.

    Methods here talk to the API only through ``self._call`` and pace themselves with the
    client's ``clock`` and ``sleep`` (inject fakes to test without waiting).
    """

    if TYPE_CHECKING:
        clock: Callable[[], datetime]
        sleep: Callable[[float], object]
        dialect: Dialect

        def _call(
            self,
            method: str,
            path: str,
            *,
            params: Mapping[str, str] | None = None,
            json: Mapping[str, Any] | None = None,
            need: Literal["app", "user", "any"] = "any",
        ) -> dict[str, Any]: ...

    _last_archive_request: datetime | None = None

    # ---- pages ---------------------------------------------------------------------------
    def search_pages(
        self,
        query: Query | str,
        *,
        endpoint: Endpoint = "recent",
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        since_id: str | None = None,
        until_id: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        page_size: int | None = None,
        sort_order: Literal["recency", "relevancy"] | None = None,
        post_fields: Iterable[str] | None = None,
        expansions: Iterable[str] | None = None,
        user_fields: Iterable[str] | None = None,
        media_fields: Iterable[str] | None = None,
        poll_fields: Iterable[str] | None = None,
        place_fields: Iterable[str] | None = None,
        tier: Tier | None = None,
    ) -> Iterator[SearchPage]:
        """Search and yield whole response pages, ``includes`` and ``meta`` untouched.

        Args:
            query: a :class:`Query` or a query string.
            endpoint: ``"recent"`` (last 7 days) or ``"all"`` (full archive, app auth,
                paced to one request per second).
            start_time: inclusive start (datetime, ISO string, ``"2h"``, ``"yesterday"``...).
            end_time: exclusive end.
            since_id: only posts newer than this id (not together with ``start_time``).
            until_id: only posts older than this id (not together with ``end_time``).
            max_items: stop once the pages yielded hold this many posts (pages are not cut).
            max_pages: make at most this many requests (an empty page counts).
            page_size: ``max_results`` per request (10-100 recent, 10-500 full archive;
                default the maximum).
            sort_order: ``"recency"`` (X's default) or ``"relevancy"``.
            post_fields: ``tweet.fields``/``post.fields`` (default: what :class:`XPost` reads).
            expansions: expansions (default: authors and referenced posts).
            user_fields: ``user.fields`` (default ``name,username``).
            media_fields: ``media.fields``.
            poll_fields: ``poll.fields``.
            place_fields: ``place.fields``.
            tier: access tier for the query-length check (default ``"basic"`` for recent,
                ``"pro"`` for the full archive).

        Yields:
            :class:`SearchPage` values, newest posts first.

        Raises:
            QueryError: the query is empty, unanchored or too long for the tier.
            ValidationError: bad window, ids, limits or page size (all problems at once).
        """
        if endpoint not in _PATHS:
            raise ValidationError(f"endpoint must be 'recent' or 'all', not {endpoint!r}")
        text = check_query(query, tier=tier or _DEFAULT_TIER[endpoint])
        params = self._search_params(
            endpoint,
            text,
            start_time=start_time,
            end_time=end_time,
            since_id=since_id,
            until_id=until_id,
            max_items=max_items,
            max_pages=max_pages,
            page_size=page_size,
        )
        if sort_order is not None:
            params["sort_order"] = sort_order
        params.update(
            _fields_params(
                self.dialect,
                post_fields,
                expansions,
                user_fields,
                {
                    "media.fields": media_fields,
                    "poll.fields": poll_fields,
                    "place.fields": place_fields,
                },
            )
        )
        size = int(params["max_results"])
        return self._pages(endpoint, text, params, size, max_items, max_pages)

    def _search_params(
        self,
        endpoint: Endpoint,
        text: str,
        *,
        start_time: TimeLike | None,
        end_time: TimeLike | None,
        since_id: str | None,
        until_id: str | None,
        max_items: int | None,
        max_pages: int | None,
        page_size: int | None,
    ) -> dict[str, str]:
        problems: list[str] = []
        _positive("max_items", max_items, problems)
        _positive("max_pages", max_pages, problems)
        largest = _MAX_RESULTS[endpoint]
        size = largest if page_size is None else page_size
        if not isinstance(size, int) or not _MIN_RESULTS <= size <= largest:
            problems.append(f"page_size must be {_MIN_RESULTS}-{largest} for {endpoint} search")
            size = largest
        if start_time is not None and since_id is not None:
            problems.append("give start_time or since_id, not both (X accepts one)")
        if end_time is not None and until_id is not None:
            problems.append("give end_time or until_id, not both (X accepts one)")
        for name, value in (("since_id", since_id), ("until_id", until_id)):
            if value is not None and not str(value).isdigit():
                problems.append(f"{name} must be a post id (digits), not {value!r}")
        if (
            endpoint == "recent"
            and since_id is not None
            and str(since_id).isdigit()
            and _too_old_for_recent(str(since_id), self.clock())
        ):
            problems.append(
                f"since_id {since_id} is a post from {rfc3339(id_time(since_id))}, older "
                f"than recent search's {RECENT_WINDOW.days} days, and X refuses it: give "
                "start_time instead, or use search_all for older posts"
            )
        params: dict[str, str] = {"query": text}
        try:
            window = resolve_window(
                start_time, end_time, now=self.clock(), recent=endpoint == "recent"
            )
            params.update(window.params())
        except ValidationError as error:
            problems.extend(error.problems)
        if problems:
            raise ValidationError("; ".join(problems), problems=problems)
        if since_id is not None:
            params["since_id"] = str(since_id)
        if until_id is not None:
            params["until_id"] = str(until_id)
        if max_items is not None:
            size = max(_MIN_RESULTS, min(size, max_items))
        params["max_results"] = str(size)
        return params

    def _pages(
        self,
        endpoint: Endpoint,
        text: str,
        params: dict[str, str],
        size: int,
        max_items: int | None,
        max_pages: int | None,
    ) -> Iterator[SearchPage]:
        path = _PATHS[endpoint]
        pages = items = 0
        token: str | None = None
        while max_pages is None or pages < max_pages:
            request = dict(params)
            if token is not None:
                request["next_token"] = token
            if max_items is not None:
                left = max_items - items
                request["max_results"] = str(max(_MIN_RESULTS, min(size, left)))
            if endpoint == "all":
                self._pace_full_archive()
            try:
                body = self._call(
                    "GET", path, params=request, need="app" if endpoint == "all" else "any"
                )
            finally:
                if endpoint == "all":
                    # After the call: retries inside it (e.g. a rate-limit wait) count too.
                    self._last_archive_request = self.clock()
            pages += 1
            page = SearchPage(raw=body, query=text, endpoint=path, retrieved_at=self.clock())
            items += len(body.get("data") or ())
            yield page
            token = page.next_token
            if token is None or (max_items is not None and items >= max_items):
                return

    def _pace_full_archive(self) -> None:
        last = self._last_archive_request
        if last is not None:
            wait = (FULL_ARCHIVE_PACE - (self.clock() - last)).total_seconds()
            if wait > 0:
                self.sleep(wait)

    # ---- posts ---------------------------------------------------------------------------
    def _posts(self, pages: Iterator[SearchPage], max_items: int | None) -> Iterator[XPost]:
        count = 0
        for page in pages:
            for post in page.posts():
                if max_items is not None and count >= max_items:
                    return
                count += 1
                yield post

    def search_recent(
        self,
        query: Query | str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        since_id: str | None = None,
        until_id: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        page_size: int | None = None,
        sort_order: Literal["recency", "relevancy"] | None = None,
        post_fields: Iterable[str] | None = None,
        expansions: Iterable[str] | None = None,
        user_fields: Iterable[str] | None = None,
        tier: Tier | None = None,
    ) -> Iterator[XPost]:
        """Search the last 7 days and yield posts, newest first, expansions resolved.

        Arguments are those of :meth:`search_pages`; ``max_items`` is exact here: at most
        that many posts are yielded. Arguments are checked when this is called, before
        any request; requests are made as you iterate.

        Raises:
            QueryError: see :meth:`search_pages`.
            ValidationError: see :meth:`search_pages` (e.g. ``start_time`` older than 7 days).
        """
        pages = self.search_pages(
            query,
            endpoint="recent",
            start_time=start_time,
            end_time=end_time,
            since_id=since_id,
            until_id=until_id,
            max_items=max_items,
            max_pages=max_pages,
            page_size=page_size,
            sort_order=sort_order,
            post_fields=post_fields,
            expansions=expansions,
            user_fields=user_fields,
            tier=tier,
        )
        return self._posts(pages, max_items)

    def search_all(
        self,
        query: Query | str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        since_id: str | None = None,
        until_id: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        page_size: int | None = None,
        sort_order: Literal["recency", "relevancy"] | None = None,
        post_fields: Iterable[str] | None = None,
        expansions: Iterable[str] | None = None,
        user_fields: Iterable[str] | None = None,
        tier: Tier | None = None,
    ) -> Iterator[XPost]:
        """Search the full archive (app auth) and yield posts, paced to 1 request/second.

        Arguments are those of :meth:`search_recent`; the window may reach back to 2006.
        """
        pages = self.search_pages(
            query,
            endpoint="all",
            start_time=start_time,
            end_time=end_time,
            since_id=since_id,
            until_id=until_id,
            max_items=max_items,
            max_pages=max_pages,
            page_size=page_size,
            sort_order=sort_order,
            post_fields=post_fields,
            expansions=expansions,
            user_fields=user_fields,
            tier=tier,
        )
        return self._posts(pages, max_items)

    # ---- counts --------------------------------------------------------------------------
    def count_recent(
        self,
        query: Query | str,
        granularity: Granularity = "hour",
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        since_id: str | None = None,
        until_id: str | None = None,
        tier: Tier | None = None,
    ) -> CountSeries:
        """Count matching posts of the last 7 days per minute, hour or day (no post is billed).

        Returns:
            A :class:`CountSeries`, oldest bucket first, all pages of the answer joined.

        Raises:
            QueryError: see :meth:`search_pages`.
            ValidationError: bad granularity or window.
        """
        if granularity not in ("minute", "hour", "day"):
            raise ValidationError(
                f"granularity must be 'minute', 'hour' or 'day', not {granularity!r}"
            )
        text = check_query(query, tier=tier or _DEFAULT_TIER["recent"])
        params = self._search_params(
            "recent",
            text,
            start_time=start_time,
            end_time=end_time,
            since_id=since_id,
            until_id=until_id,
            max_items=None,
            max_pages=None,
            page_size=None,
        )
        del params["max_results"]
        params["granularity"] = granularity
        buckets: list[CountBucket] = []
        token: str | None = None
        while True:
            request = dict(params) if token is None else {**params, "next_token": token}
            body = self._call("GET", "/2/tweets/counts/recent", params=request)
            for item in body.get("data") or ():
                count = item.get("tweet_count", item.get("post_count", 0))
                buckets.append(
                    CountBucket(
                        parse_time(str(item["start"])), parse_time(str(item["end"])), int(count)
                    )
                )
            token = (body.get("meta") or {}).get("next_token")
            if not token:
                break
        buckets.sort(key=lambda bucket: bucket.start)
        return CountSeries(query=text, granularity=granularity, buckets=tuple(buckets))

    # ---- follow --------------------------------------------------------------------------
    def follow(
        self,
        query: Query | str,
        *,
        interval: float = 60.0,
        state: str | os.PathLike[str],
        start_time: TimeLike | None = None,
        max_polls: int | None = None,
        tier: Tier | None = None,
    ) -> Generator[XPost, None, None]:
        """Yield new posts matching ``query`` as they appear, oldest first, forever.

        Polls recent search every ``interval`` seconds with ``since_id`` (X's polling
        pattern). Progress is kept in the JSON file ``state`` (written atomically before
        each post is yielded), so a restarted follow carries on where it stopped and never
        yields a post twice (a post whose handling was interrupted is not yielded again).

        Args:
            query: what to follow.
            interval: seconds between polls (through the client's ``sleep``).
            state: the state file; created on first use; one file per query.
            start_time: on a first run, also yield posts since then (``"2h"``...); by default
                a first run yields only posts that appear after it started.
            max_polls: stop after this many polls (default: never stop).
            tier: access tier for the query-length check.

        Raises:
            ValidationError: ``state`` belongs to another query, or bad arguments.
        """
        tier = tier or _DEFAULT_TIER["recent"]
        text = check_query(query, tier=tier)
        problems: list[str] = []
        _positive("max_polls", max_polls, problems)
        if not isinstance(interval, int | float) or interval < 0:
            problems.append(f"interval must be a number of seconds >= 0, not {interval!r}")
        if problems:
            raise ValidationError("; ".join(problems), problems=problems)
        saved = _FollowState.load(Path(state), text)
        if saved.since_id is None and saved.start_time is None:
            now = self.clock()
            first = now
            if start_time is not None:
                window = resolve_window(start_time, now=now, recent=True)
                first = window.start if window.start is not None else now
            saved = attrs.evolve(saved, start_time=rfc3339(first))
            saved.save()
        return self._follow(saved, interval, max_polls, tier)

    def _follow(
        self, saved: _FollowState, interval: float, max_polls: int | None, tier: Tier
    ) -> Generator[XPost, None, None]:
        polls = 0
        while max_polls is None or polls < max_polls:
            if polls or (
                saved.since_id is None
                and saved.start_time is not None
                and parse_time(saved.start_time) > self.clock() - timedelta(seconds=1)
            ):
                self.sleep(interval)
            polls += 1
            since_id, start_time = _follow_window(saved, self.clock())
            pages = self.search_pages(
                saved.query, since_id=since_id, start_time=start_time, tier=tier
            )
            fresh: dict[str, XPost] = {}
            floor = int(saved.since_id) if saved.since_id is not None else -1
            seen = set(saved.seen)
            for page in pages:
                for post in page.posts():
                    if int(post.id) > floor and post.id not in seen:
                        fresh[post.id] = post
            for post in sorted(fresh.values(), key=lambda p: int(p.id)):
                saved = saved.advance(post.id)
                saved.save()
                yield post


def _too_old_for_recent(post_id: str, now: datetime) -> bool:
    return id_time(post_id) < now - RECENT_WINDOW + START_SLACK


def _follow_window(saved: _FollowState, now: datetime) -> tuple[str | None, str | None]:
    """``(since_id, start_time)`` for the next poll.

    After the newest post seen, else from the first run's start time.

    A follow stopped for more than a week holds a ``since_id`` (or start time) that recent
    search no longer accepts; it then asks from the oldest time allowed instead (posts from
    the gap are no longer searchable), and the id floor in ``_follow`` still keeps out what
    was yielded before.
    """
    oldest = rfc3339(now - RECENT_WINDOW + START_SLACK)
    if saved.since_id is not None:
        if _too_old_for_recent(saved.since_id, now):
            return None, oldest
        return saved.since_id, None
    if saved.start_time is not None and parse_time(saved.start_time) < now - RECENT_WINDOW:
        return None, oldest
    return None, saved.start_time


@attrs.frozen(kw_only=True)
class _FollowState:
    path: Path
    query: str
    since_id: str | None = None
    start_time: str | None = None
    seen: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path, query: str) -> _FollowState:
        if not path.exists():
            return cls(path=path, query=query)
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValidationError(
                f"follow state {path} is unreadable ({error}): repair it, or delete it to "
                "start following afresh"
            ) from error
        if obj.get("query") != query:
            raise ValidationError(
                f"follow state {path} belongs to the query {obj.get('query')!r}, not {query!r}; "
                "use one state file per query"
            )
        return cls(
            path=path,
            query=query,
            since_id=obj.get("since_id"),
            start_time=obj.get("start_time"),
            seen=tuple(obj.get("seen") or ()),
        )

    def advance(self, post_id: str) -> _FollowState:
        newest = self.since_id
        if newest is None or int(post_id) > int(newest):
            newest = post_id
        return attrs.evolve(self, since_id=newest, seen=(*self.seen, post_id)[-_SEEN_KEPT:])

    def save(self) -> None:
        body = json.dumps(
            {
                "version": 1,
                "query": self.query,
                "since_id": self.since_id,
                "start_time": self.start_time,
                "seen": list(self.seen),
            },
            ensure_ascii=False,
        )
        _atomic_write(self.path, body)


def _atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
