"""SearchMixin over an in-memory fake of the API: pagination, limits, pacing, counts, follow."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import medtweet as mt
from medtweet._snowflake import id_floor
from medtweet._wire import CLASSIC, POST_2026, Dialect
from medtweet.x import SearchMixin

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
# ids minted a day before NOW, like X's snowflakes (recent search refuses older since_ids)
BASE_ID = id_floor(NOW - timedelta(days=1))


class FakeApi(SearchMixin):
    """Serves search/recent, search/all and counts/recent from a list of posts."""

    def __init__(self, count: int = 0, *, dialect: Dialect = CLASSIC) -> None:
        self.now = NOW
        self.clock = lambda: self.now
        self.sleep = self._sleep
        self.dialect = dialect
        self.feed: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, str], str]] = []
        self.slept: list[float] = []
        self.add(count)

    def _sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += timedelta(seconds=seconds)

    def add(self, count: int, *, tag: str = "AHA25") -> list[str]:
        ids = []
        for _ in range(count):
            n = len(self.feed)
            post_id = str(BASE_ID + n)
            self.feed.append(
                {
                    "id": post_id,
                    "text": f"post {n} #{tag}",
                    "author_id": str(100 + n % 3),
                    "created_at": (self.now - timedelta(minutes=1)).isoformat(),
                    "entities": {"hashtags": [{"start": 0, "end": 0, "tag": tag}]},
                }
            )
            ids.append(post_id)
        return ids

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Mapping[str, Any] | None = None,
        need: Literal["app", "user", "any"] = "any",
    ) -> dict[str, Any]:
        assert method == "GET"
        query = dict(params or {})
        self.calls.append((path, query, need))
        items = sorted(self.feed, key=lambda p: int(p["id"]), reverse=True)
        if "since_id" in query:
            items = [p for p in items if int(p["id"]) > int(query["since_id"])]
        if "start_time" in query:
            start = mt.x.parse_time(query["start_time"])
            items = [p for p in items if mt.x.parse_time(p["created_at"]) >= start]
        if path == "/2/tweets/counts/recent":
            return {
                "data": [
                    {
                        "start": "2026-11-25T10:00:00Z",
                        "end": "2026-11-25T11:00:00Z",
                        "tweet_count": len(items),
                    }
                ],
                "meta": {"total_tweet_count": len(items)},
            }
        offset = int(query.get("next_token", "0"))
        size = int(query["max_results"])
        chunk = items[offset : offset + size]
        body: dict[str, Any] = {"meta": {"result_count": len(chunk)}}
        if chunk:
            body["data"] = chunk
            body["includes"] = {
                "users": [{"id": str(100 + i), "username": f"doc{i}"} for i in range(3)]
            }
            body["meta"].update(newest_id=chunk[0]["id"], oldest_id=chunk[-1]["id"])
        if offset + size < len(items):
            body["meta"]["next_token"] = str(offset + size)
        return body


class ScriptedApi(FakeApi):
    """Answers with the given bodies, in order."""

    def __init__(self, bodies: list[dict[str, Any]]) -> None:
        super().__init__()
        self.bodies = list(bodies)

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Mapping[str, Any] | None = None,
        need: Literal["app", "user", "any"] = "any",
    ) -> dict[str, Any]:
        self.calls.append((path, dict(params or {}), need))
        return self.bodies.pop(0)


QUERY = mt.Query().hashtags("AHA25").exclude_retweets()


def test_pagination_follows_next_token_to_the_end() -> None:
    api = FakeApi(250)
    posts = list(api.search_recent(QUERY))
    assert len(posts) == 250
    assert len({p.id for p in posts}) == 250
    assert [call[1].get("next_token") for call in api.calls] == [None, "100", "200"]
    assert api.calls[0][1]["query"] == "#AHA25 -is:retweet"
    assert api.calls[0][1]["max_results"] == "100"
    assert posts[0].author_username is not None


@pytest.mark.parametrize(
    ("max_items", "requested"), [(15, ["15"]), (5, ["10"]), (130, ["100", "30"])]
)
def test_max_items_is_exact(max_items: int, requested: list[str]) -> None:
    api = FakeApi(250)
    posts = list(api.search_recent(QUERY, max_items=max_items))
    assert len(posts) == max_items
    assert [call[1]["max_results"] for call in api.calls] == requested


def test_max_pages_counts_requests() -> None:
    api = FakeApi(250)
    posts = list(api.search_recent(QUERY, max_pages=2, page_size=10))
    assert len(posts) == 20
    assert len(api.calls) == 2
    pages = list(api.search_pages(QUERY, max_pages=1))
    assert len(pages) == 1


def test_empty_page_and_empty_page_with_token() -> None:
    api = ScriptedApi([{"meta": {"result_count": 0}}])
    assert list(api.search_recent(QUERY)) == []
    assert len(api.calls) == 1
    api = ScriptedApi(
        [
            {"meta": {"result_count": 0, "next_token": "t1"}},
            {"data": [{"id": "1", "text": "#AHA25"}], "meta": {"result_count": 1}},
        ]
    )
    assert [p.id for p in api.search_recent(QUERY)] == ["1"]
    assert api.calls[1][1]["next_token"] == "t1"  # noqa: S105


def test_search_pages_keep_includes_and_meta_untouched() -> None:
    body = {
        "data": [{"id": "1", "text": "#AHA25", "author_id": "5"}],
        "includes": {"users": [{"id": "5", "username": "x"}], "media": [{"media_key": "3_1"}]},
        "meta": {"result_count": 1, "newest_id": "1", "oldest_id": "1"},
        "errors": [{"title": "partial"}],
    }
    api = ScriptedApi([body])
    (page,) = api.search_pages(QUERY)
    assert page.raw is body
    assert page.includes == body["includes"]
    assert page.meta == body["meta"]
    assert page.next_token is None
    assert page.query == "#AHA25 -is:retweet"
    assert page.endpoint == "/2/tweets/search/recent"
    assert page.retrieved_at == NOW
    assert [p.author_username for p in page.posts()] == ["x"]


def test_arguments_are_checked_before_any_request() -> None:
    api = FakeApi(5)
    with pytest.raises(mt.ValidationError, match="7 days"):
        api.search_recent(QUERY, start_time="8d")
    with pytest.raises(mt.ValidationError) as caught:
        api.search_recent(QUERY, start_time="1h", since_id=str(BASE_ID), max_items=0, page_size=5)
    assert len(caught.value.problems) == 3
    with pytest.raises(mt.QueryError, match="over the 512"):
        api.search_recent("x" * 600)
    with pytest.raises(mt.QueryError, match="standalone"):
        api.search_recent(mt.Query().lang("en"))
    with pytest.raises(mt.ValidationError, match="post id"):
        api.search_recent(QUERY, since_id="abc")
    assert api.calls == []


def test_window_and_fields_params() -> None:
    api = FakeApi(3)
    list(api.search_recent(QUERY, start_time="2h", end_time="1h", sort_order="relevancy"))
    params = api.calls[0][1]
    assert params["start_time"] == "2026-11-25T10:00:00Z"
    assert params["end_time"] == "2026-11-25T11:00:00Z"
    assert params["sort_order"] == "relevancy"
    assert "referenced_tweets" in params["tweet.fields"]
    assert params["expansions"].startswith("author_id")
    api2026 = FakeApi(3, dialect=POST_2026)
    list(api2026.search_recent(QUERY, since_id=str(BASE_ID)))
    params = api2026.calls[0][1]
    assert "tweet.fields" not in params
    assert "referenced_posts" in params["post.fields"]
    assert params["since_id"] == str(BASE_ID)


def test_search_all_is_paced_and_app_only() -> None:
    api = FakeApi(1200)
    posts = list(api.search_all(QUERY, start_time="30d", page_size=500))
    assert len(posts) == 1200
    assert [c[0] for c in api.calls] == ["/2/tweets/search/all"] * 3
    assert {c[2] for c in api.calls} == {"app"}
    assert api.slept == [1.0, 1.0]  # the fake's requests take no time
    with pytest.raises(mt.ValidationError, match="page_size must be 10-500"):
        api.search_all(QUERY, page_size=600)


def test_count_recent() -> None:
    api = ScriptedApi(
        [
            {
                "data": [
                    {
                        "start": "2026-11-25T10:00:00Z",
                        "end": "2026-11-25T11:00:00Z",
                        "tweet_count": 4,
                    }
                ],
                "meta": {"total_tweet_count": 4, "next_token": "n"},
            },
            {
                "data": [
                    {
                        "start": "2026-11-25T09:00:00Z",
                        "end": "2026-11-25T10:00:00Z",
                        "post_count": 6,
                    }
                ],
                "meta": {"total_post_count": 6},
            },
        ]
    )
    series = api.count_recent(QUERY, start_time="5h")
    assert series.total == 10
    assert [b.count for b in series.buckets] == [6, 4]
    assert series.buckets[0].start == datetime(2026, 11, 25, 9, tzinfo=UTC)
    assert api.calls[0][0] == "/2/tweets/counts/recent"
    assert api.calls[0][1]["granularity"] == "hour"
    assert "max_results" not in api.calls[0][1]
    assert api.calls[1][1]["next_token"] == "n"  # noqa: S105
    assert "█" in series.chart()
    with pytest.raises(mt.ValidationError, match="granularity"):
        api.count_recent(QUERY, "week")  # type: ignore[arg-type]


def test_follow_yields_new_posts_oldest_first_and_survives_restarts(tmp_path: Path) -> None:
    state = tmp_path / "aha25.json"
    api = FakeApi(3)
    first = list(api.follow(QUERY, interval=30, state=state, start_time="1h", max_polls=1))
    assert [p.id for p in first] == sorted((p.id for p in first), key=int)
    assert len(first) == 3
    saved = json.loads(state.read_text())
    assert saved["since_id"] == first[-1].id
    assert saved["query"] == str(QUERY)

    new_ids = api.add(4)
    restarted = FakeApi()
    restarted.feed = api.feed
    again = list(restarted.follow(QUERY, interval=30, state=state, max_polls=2))
    assert [p.id for p in again] == new_ids
    assert restarted.calls[0][1]["since_id"] == first[-1].id
    assert restarted.slept == [30]


def test_follow_never_yields_twice_after_a_crash(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    api = FakeApi(5)
    stream = api.follow(QUERY, interval=10, state=state, start_time="1h")
    taken = [next(stream), next(stream)]
    stream.close()  # the process dies while handling the second post
    rest = list(_with_feed(api).follow(QUERY, interval=10, state=state, max_polls=1))
    seen = [p.id for p in taken] + [p.id for p in rest]
    assert len(seen) == len(set(seen)) == 5


def _with_feed(api: FakeApi) -> FakeApi:
    fresh = FakeApi()
    fresh.feed = api.feed
    return fresh


def test_follow_first_run_without_start_time_yields_only_later_posts(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    api = FakeApi(5)  # posted before we started following
    stream = api.follow(QUERY, interval=60, state=state, max_polls=2)
    api.now += timedelta(seconds=1)
    later = api.add(2)
    for post in api.feed[-2:]:
        post["created_at"] = api.now.isoformat()
    assert [p.id for p in stream] == later


def test_follow_state_belongs_to_one_query(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    api = FakeApi(1)
    list(api.follow(QUERY, interval=0, state=state, start_time="1h", max_polls=1))
    with pytest.raises(mt.ValidationError, match="belongs to the query"):
        api.follow(mt.Query().hashtags("ESC25"), interval=0, state=state)
    state.write_text("{not json")
    with pytest.raises(mt.ValidationError, match="unreadable"):
        api.follow(QUERY, interval=0, state=state)
    with pytest.raises(mt.ValidationError, match="interval"):
        api.follow(QUERY, interval=-1, state=tmp_path / "t.json")
    assert not list(tmp_path.glob(".*"))  # no temp files left behind


def test_a_since_id_older_than_a_week_is_refused_before_any_request() -> None:
    api = FakeApi(1)
    week_old = str(id_floor(NOW - timedelta(days=7, minutes=1)))
    with pytest.raises(mt.ValidationError, match="older than recent search's 7 days"):
        api.search_recent(QUERY, since_id=week_old)
    assert api.calls == []
    list(api.search_all(QUERY, since_id=week_old))  # the full archive takes it
    assert api.calls[-1][1]["since_id"] == week_old


def test_follow_resumed_after_a_week_asks_from_the_oldest_allowed_time(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    api = FakeApi(2)
    first = list(api.follow(QUERY, interval=0, state=state, start_time="1h", max_polls=1))
    api.now += timedelta(days=8)  # the script was stopped for a week
    later = api.add(2)
    for post in api.feed[-2:]:
        post["created_at"] = (api.now - timedelta(minutes=1)).isoformat()
    resumed = _with_feed(api)
    resumed.now = api.now
    again = list(resumed.follow(QUERY, interval=0, state=state, max_polls=1))
    assert [p.id for p in again] == later
    params = resumed.calls[0][1]
    assert "since_id" not in params
    assert params["start_time"] == "2026-11-26T12:00:30Z"  # 7 days back, inside the edge
    assert json.loads(state.read_text())["since_id"] == later[-1]
    assert first


def test_follow_checks_its_start_time_before_any_request(tmp_path: Path) -> None:
    api = FakeApi(1)
    with pytest.raises(mt.ValidationError, match="7 days"):
        api.follow(QUERY, interval=0, state=tmp_path / "s.json", start_time="30d")
    assert api.calls == []
    assert not (tmp_path / "s.json").exists()


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(0, 260),
    max_items=st.one_of(st.none(), st.integers(1, 300)),
    max_pages=st.one_of(st.none(), st.integers(1, 5)),
    page_size=st.integers(10, 100),
)
def test_limits_mean_exactly_what_they_say(
    total: int, max_items: int | None, max_pages: int | None, page_size: int
) -> None:
    api = FakeApi(total)
    posts = list(
        api.search_recent(QUERY, max_items=max_items, max_pages=max_pages, page_size=page_size)
    )
    reachable = total if max_pages is None else min(total, max_pages * page_size)
    if max_items is not None and max_items < page_size:
        reachable = total if max_pages is None else min(total, max_pages * max(10, max_items))
    expected = reachable if max_items is None else min(max_items, reachable)
    assert len(posts) == expected
    assert len({p.id for p in posts}) == len(posts)
    if max_pages is not None:
        assert len(api.calls) <= max_pages
    for _, params, _ in api.calls:
        assert 10 <= int(params["max_results"]) <= 100
