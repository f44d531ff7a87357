"""Search pagination resumes where it left off; a page costs its own posts, not the store's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medtweet.sandbox import SandboxServer
from medtweet.sandbox._clock import SandboxClock, rfc3339
from medtweet.sandbox._paging import Window
from medtweet.sandbox._query import Query, parse_query
from medtweet.sandbox._search import _walk
from medtweet.sandbox._state import PostRecord, PostTable, Store

from .conftest import Client

RECENT = "/2/tweets/search/recent"


@pytest.fixture
def bearer(sb: SandboxServer) -> Client:
    return Client(sb, sb.app_token, None)


@pytest.fixture
def me(sb: SandboxServer) -> Client:
    return Client(sb, sb.user_token, None)


def texts(body: dict[str, Any]) -> list[str]:
    return [post["text"] for post in body.get("data", [])]


def follow(client: Client, params: dict[str, str]) -> Iterator[dict[str, Any]]:
    """Every page of a search, following ``next_token``."""
    token = None
    while True:
        query = dict(params, **({"next_token": token} if token else {}))
        response = client.get(RECENT, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        yield body
        token = body["meta"].get("next_token")
        if not token:
            return


def test_posts_made_while_paging_do_not_shift_later_pages(
    sb: SandboxServer, bearer: Client, me: Client
) -> None:
    sb.seed([{"author": "doc", "text": f"#flow {n}", "minutes_ago": 100 - n} for n in range(30)])
    first = bearer.get(RECENT, params={"query": "#flow", "max_results": "10"}).json()
    assert texts(first) == [f"#flow {n}" for n in range(29, 19, -1)]
    for k in range(5):  # newer posts arrive between pages
        sb.clock.advance(1)
        assert me.post("/2/tweets", json={"text": f"#flow new {k}"}).status_code == 201
    # an older post seeded meanwhile lands where its id sorts: on a later page
    sb.seed([{"author": "doc", "text": "#flow late", "minutes_ago": 94.5}])
    token = first["meta"]["next_token"]
    rest: list[str] = []
    while token:
        body = bearer.get(
            RECENT, params={"query": "#flow", "max_results": "10", "next_token": token}
        ).json()
        rest += texts(body)
        token = body["meta"].get("next_token")
    older = [f"#flow {n}" for n in range(19, -1, -1)]
    older.insert(older.index("#flow 5"), "#flow late")
    assert rest == older
    fresh = bearer.get(RECENT, params={"query": "#flow", "max_results": "10"}).json()
    assert texts(fresh)[:5] == [f"#flow new {k}" for k in range(4, -1, -1)]


def test_deleted_posts_vanish_and_a_deleted_anchor_resumes_at_the_next_older(
    sb: SandboxServer, bearer: Client, me: Client
) -> None:
    ids = []
    for n in range(25):
        sb.clock.advance(1)
        ids.append(me.post("/2/tweets", json={"text": f"#gone {n}"}).json()["data"]["id"])
    sb.clock.advance(60)
    first = bearer.get(RECENT, params={"query": "#gone", "max_results": "10"}).json()
    assert texts(first) == [f"#gone {n}" for n in range(24, 14, -1)]
    assert me.delete(f"/2/tweets/{ids[14]}").status_code == 200  # the next page's first post
    assert me.delete(f"/2/tweets/{ids[10]}").status_code == 200
    assert me.delete(f"/2/tweets/{ids[20]}").status_code == 200  # already shown
    params = {"query": "#gone", "max_results": "10", "next_token": first["meta"]["next_token"]}
    second = bearer.get(RECENT, params=params).json()
    assert texts(second) == [f"#gone {n}" for n in (13, 12, 11, 9, 8, 7, 6, 5, 4, 3)]
    assert second["meta"]["newest_id"] == ids[13]
    assert second["meta"]["oldest_id"] == ids[3]
    params["next_token"] = second["meta"]["next_token"]
    third = bearer.get(RECENT, params=params).json()
    assert texts(third) == ["#gone 2", "#gone 1", "#gone 0"]
    assert "next_token" not in third["meta"]
    # deleting everything left makes the resumed page the empty page
    for n in (2, 1, 0):
        me.delete(f"/2/tweets/{ids[n]}")
    assert bearer.get(RECENT, params=params).json() == {"meta": {"result_count": 0}}


def test_paging_inside_time_and_id_windows(sb: SandboxServer, bearer: Client) -> None:
    seeded = sb.seed(
        [{"author": "doc", "text": f"#win {n}", "minutes_ago": 120 - 2 * n} for n in range(60)]
    )
    now = sb.clock.now()
    params = {
        "query": "#win",
        "max_results": "10",
        "start_time": rfc3339(now - timedelta(minutes=100), millis=False),
        "end_time": rfc3339(now - timedelta(minutes=20), millis=False),
    }
    pages = list(follow(bearer, params))
    assert [page["meta"]["result_count"] for page in pages] == [10, 10, 10, 10]
    assert [t for page in pages for t in texts(page)] == [f"#win {n}" for n in range(49, 9, -1)]
    by_ids = {"query": "#win", "max_results": "10", "since_id": seeded[3], "until_id": seeded[29]}
    pages = list(follow(bearer, by_ids))
    assert [page["meta"]["result_count"] for page in pages] == [10, 10, 5]
    assert [t for page in pages for t in texts(page)] == [f"#win {n}" for n in range(28, 3, -1)]


def test_a_page_evaluates_only_its_own_stretch(
    sb: SandboxServer, bearer: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb.seed(
        [
            {"author": f"doc{n % 7}", "text": f"#big {n}" if n % 2 else f"other {n}"}
            | {"minutes_ago": 5000 - n}
            for n in range(4000)
        ]
    )
    evaluated: list[str] = []
    original = Query.matches

    def counting(self: Query, post: PostRecord, store: Store) -> bool:
        evaluated.append(post.id)
        return original(self, post, store)

    monkeypatch.setattr(Query, "matches", counting)
    first = bearer.get(RECENT, params={"query": "#big", "max_results": "10"}).json()
    assert len(evaluated) == 21  # 11 matches (10 + the next page's first), 10 others between
    evaluated.clear()
    body = bearer.get(
        RECENT,
        params={"query": "#big", "max_results": "10", "next_token": first["meta"]["next_token"]},
    ).json()
    assert texts(body)[0] == "#big 3979"
    assert len(evaluated) == 21
    evaluated.clear()
    now = sb.clock.now()
    window = {
        "query": "#big",
        "start_time": rfc3339(now - timedelta(minutes=3000), millis=False),
        "end_time": rfc3339(now - timedelta(minutes=2950), millis=False),
    }
    counts = bearer.get("/2/tweets/counts/recent", params=window | {"granularity": "minute"})
    assert counts.json()["meta"]["total_tweet_count"] == 25
    assert len(evaluated) == 50  # the window's posts only


def test_counts_agree_with_a_plain_tally(sb: SandboxServer, bearer: Client) -> None:
    minutes = [(n * 389) % (7 * 24 * 60 - 2) + 1.5 for n in range(300)]
    sb.seed(
        [{"author": "doc", "text": f"#tally {n}", "minutes_ago": m} for n, m in enumerate(minutes)]
    )
    now = sb.clock.now()
    start = now - timedelta(days=3, minutes=17, seconds=5)
    end = now - timedelta(hours=5, seconds=30)
    body = bearer.get(
        "/2/tweets/counts/recent",
        params={
            "query": "#tally",
            "granularity": "hour",
            "start_time": rfc3339(start, millis=False),
            "end_time": rfc3339(end, millis=False),
        },
    ).json()
    for bucket in body["data"]:
        low = datetime.fromisoformat(bucket["start"].replace("Z", "+00:00"))
        high = datetime.fromisoformat(bucket["end"].replace("Z", "+00:00"))
        expected = sum(1 for m in minutes if low <= now - timedelta(minutes=m) < high)
        assert bucket["tweet_count"] == expected, bucket
    inside = sum(1 for m in minutes if start <= now - timedelta(minutes=m) < end)
    assert body["meta"]["total_tweet_count"] == inside > 0


def test_post_table_keeps_ids_ordered_through_any_change() -> None:
    table = PostTable()
    moment = datetime(2026, 1, 1, tzinfo=UTC)

    def record(ident: int) -> PostRecord:
        return PostRecord(
            id=str(ident), text="x", author_id="1", created_at=moment, conversation_id="1"
        )

    for ident in (5, 9, 2, 7):
        table[str(ident)] = record(ident)
    table["9"] = record(9)  # replacing keeps one entry
    assert table.ascending_ids() == [2, 5, 7, 9]
    del table["5"]
    table.update({"3": record(3)})
    table.setdefault("1", record(1))
    assert table.ascending_ids() == [1, 2, 3, 7, 9]
    assert table.pop("7").id == "7"
    assert table.ascending_ids() == [1, 2, 3, 9]
    assert table.by_number(3).id == "3"
    assert not table.time_ordered  # these ids were not minted for their created_at
    table["-4"] = record(-4)  # minted before X's epoch: still an id
    table["007"] = record(7)  # not canonical: kept, not indexed
    assert table.ascending_ids() == [-4, 1, 2, 3, 9]
    assert "007" in table
    table.clear()
    assert table.ascending_ids() == []


START = datetime(2026, 3, 1, 12, tzinfo=UTC)
ENTRY = st.tuples(
    st.integers(0, 36_000_000),  # milliseconds before START
    st.booleans(),  # matches
    st.booleans(),  # deleted
)


@settings(max_examples=120, deadline=None)
@given(
    entries=st.lists(ENTRY, max_size=40),
    misplaced=st.booleans(),
    data=st.data(),
    use_ids=st.booleans(),
    below=st.none() | st.integers(0, 45),
)
def test_walk_equals_filter_then_sort(
    entries: list[tuple[int, bool, bool]],
    misplaced: bool,
    data: st.DataObject,
    use_ids: bool,
    below: int | None,
) -> None:
    edge = st.integers(0, 37_000_000)
    if entries:  # often right on (or a millisecond beside) a post's time
        edge |= st.builds(
            lambda e, d: max(0, e[0] + d), st.sampled_from(entries), st.integers(-1, 1)
        )
    bounds = (data.draw(edge), data.draw(edge))
    store = Store(SandboxClock(START))
    author = store.add_user("doc")
    for millis, hit, deleted in entries:  # seeded in any order, as a seed file may be
        created = START - timedelta(milliseconds=millis)
        ident = store.new_id(created)
        store.posts[ident] = PostRecord(
            id=ident,
            text="#hit" if hit else "#miss",
            author_id=author.id,
            created_at=created,
            conversation_id=ident,
            deleted=deleted,
        )
    if misplaced:  # a post whose created_at is far from its id's time: no id bisect for times
        ident = store.new_id(START - timedelta(hours=12))
        store.posts[ident] = PostRecord(
            id=ident, text="#hit", author_id=author.id, created_at=START, conversation_id=ident
        )
        assert not store.posts.time_ordered
    ordered = sorted(store.posts.values(), key=lambda p: int(p.id), reverse=True)
    old, new = sorted(bounds)
    if use_ids:
        since = ordered[-1 - old % len(ordered)].id if ordered else None
        until = ordered[new % len(ordered)].id if ordered else None
        window = Window(since_id=since, until_id=until, start=None, end=None)
    else:
        window = Window(
            since_id=None,
            until_id=None,
            start=START - timedelta(milliseconds=new),
            end=START - timedelta(milliseconds=old) if old else None,
        )
    anchor = int(ordered[below % len(ordered)].id) if below is not None and ordered else None
    query = parse_query("#hit")
    expected = [
        p.id
        for p in ordered
        if not p.deleted
        and window.admits(p)
        and (anchor is None or int(p.id) <= anchor)
        and query.matches(p, store)
    ]
    assert [p.id for p in _walk(store, query, window, below=anchor)] == expected


def test_queries_are_compiled_once_per_text() -> None:
    assert parse_query("#AHA26 -is:retweet") is parse_query("#AHA26 -is:retweet")
    assert parse_query("#AHA26") is not parse_query("#aha26")
