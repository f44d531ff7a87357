"""Recent and full-archive search, counts, the query evaluator and the demo seed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from medtweet.sandbox import SandboxServer
from medtweet.sandbox._clock import SandboxClock, rfc3339
from medtweet.sandbox._query import QuerySyntaxError, parse_query
from tests._openapi import OpenApi

from .conftest import Client

SEED: list[dict[str, Any]] = [
    {
        "key": "a",
        "author": "doc_ana",
        "text": "Big trial at #AHA26 on heart failure",
        "minutes_ago": 300,
        "likes": 50,
    },
    {
        "key": "b",
        "author": "doc_ben",
        "text": "#aha26 day two: Heart-failure clinic tips",
        "minutes_ago": 240,
        "lang": "en",
        "likes": 2,
    },
    {
        "key": "c",
        "author": "doc_cy",
        "text": "@doc_ana great point on #CardioTwitter",
        "minutes_ago": 200,
        "reply_to": "a",
    },
    {
        "key": "d",
        "author": "doc_ben",
        "text": "RT @doc_ana: Big trial at #AHA26 on heart failure",
        "minutes_ago": 180,
        "retweet_of": "a",
    },
    {
        "key": "e",
        "author": "doc_cy",
        "text": "Worth reading https://doi.org/10.5555/x #AHA26",
        "minutes_ago": 120,
        "quote": "a",
        "media": [{"type": "photo"}],
    },
    {
        "key": "f",
        "author": "doc_dee",
        "text": "Résultats: insuffisance cardiaque #ÉCHO26",
        "lang": "fr",
        "minutes_ago": 60,
    },
    {
        "key": "g",
        "author": "doc_dee",
        "text": "Insuffisance cardiaque: resultats #echo26",
        "lang": "fr",
        "minutes_ago": 30,
    },
    {
        "key": "old",
        "author": "doc_ana",
        "text": "Preparing for #AHA26 slides",
        "minutes_ago": 60 * 24 * 10,
    },
]


@pytest.fixture
def seeded() -> Iterator[SandboxServer]:
    # half past the hour: the hourly and daily buckets of a 7-day window do not depend on when
    # the suite runs (in an hour's first seconds the window's last bucket would be empty)
    start = datetime.now(UTC).replace(minute=30, second=0, microsecond=0)
    with SandboxServer(seed=SEED, clock=SandboxClock(start)) as server:
        yield server


@pytest.fixture
def bearer(seeded: SandboxServer, api: OpenApi) -> Client:
    return Client(seeded, seeded.app_token, api)


def texts(body: dict[str, Any]) -> list[str]:
    return [post["text"] for post in body.get("data", [])]


def keys_of(seeded: SandboxServer, body: dict[str, Any]) -> list[str]:
    by_id = {p.id: p.text for p in seeded.posts}
    wanted = {entry["text"]: entry["key"] for entry in SEED}
    return [wanted[by_id[post["id"]]] for post in body.get("data", [])]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("#AHA26", ["e", "d", "b", "a"]),
        ("#aha26 -is:retweet", ["e", "b", "a"]),
        ("heart failure", ["d", "b", "a"]),
        ('"heart failure"', ["d", "b", "a"]),
        ('"failure heart"', []),
        ("from:doc_ben", ["d", "b"]),
        ("to:doc_ana", ["c"]),
        ("@doc_ana", ["d", "c"]),
        ("#AHA26 is:reply", []),
        ("#cardiotwitter is:reply", ["c"]),
        ("#AHA26 is:quote", ["e"]),
        ("#AHA26 has:links", ["e"]),
        ("#AHA26 has:media", ["e"]),
        ("#AHA26 has:images", ["e"]),
        ("#AHA26 -has:media -is:retweet", ["b", "a"]),
        ("cardiaque lang:fr", ["g", "f"]),
        ("resultats", ["g", "f"]),
        ("#écho26", ["f"]),
        ("#echo26", ["g"]),
        ("(from:doc_cy OR from:doc_dee) #AHA26", ["e"]),
        ("from:doc_cy OR from:doc_dee", ["g", "f", "e", "c"]),
        ("trial -(from:doc_ben)", ["a"]),
        ("heart #AHA26 OR cardiaque", ["g", "f", "d", "b", "a"]),
        ("url:doi.org #AHA26", ["e"]),
    ],
)
def test_query_operators(
    seeded: SandboxServer, bearer: Client, query: str, expected: list[str]
) -> None:
    body = bearer.get("/2/tweets/search/recent", params={"query": query}).json()
    assert keys_of(seeded, body) == expected


def test_conversation_and_reply_operators(seeded: SandboxServer, bearer: Client) -> None:
    root = seeded.posts[1].id  # "a" (the old post sorts first)
    body = bearer.get("/2/tweets/search/recent", params={"query": f"conversation_id:{root}"}).json()
    assert keys_of(seeded, body) == ["c", "a"]
    body = bearer.get(
        "/2/tweets/search/recent", params={"query": f"in_reply_to_tweet_id:{root}"}
    ).json()
    assert keys_of(seeded, body) == ["c"]
    body = bearer.get(
        "/2/tweets/search/recent", params={"query": f"quotes_of_tweet_id:{root}"}
    ).json()
    assert keys_of(seeded, body) == ["e"]
    body = bearer.get("/2/tweets/search/recent", params={"query": "retweets_of:doc_ana"}).json()
    assert keys_of(seeded, body) == ["d"]


@pytest.mark.parametrize(
    "query",
    [
        "is:retweet",
        "lang:en",
        "-#AHA26",
        "(a",
        "a)",
        "a OR",
        "nope:x a",
        "is:cat a",
        "has:dogs a",
        "conversation_id:abc",
        "",
    ],
)
def test_bad_queries_are_400(bearer: Client, query: str) -> None:
    response = bearer.get("/2/tweets/search/recent", params={"query": query})
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert list(error["parameters"]) == ["query"]


def test_hashtags_match_like_x(seeded: SandboxServer, bearer: Client) -> None:
    seeded.seed(
        [
            {"author": "wide", "text": "fullwidth \uff03\uff21\uff28\uff21\uff12\uff16 tag"},
            {"author": "wide", "text": "decomposed #Cafe\u0301Cardio"},
            {"author": "wide", "text": "not a tag: AHA26 or email a#AHA26"},
        ]
    )
    body = bearer.get("/2/tweets/search/recent", params={"query": "#aha26 from:wide"}).json()
    assert texts(body) == ["fullwidth \uff03\uff21\uff28\uff21\uff12\uff16 tag"]
    body = bearer.get("/2/tweets/search/recent", params={"query": "#caf\u00e9cardio"}).json()
    assert texts(body) == ["decomposed #Cafe\u0301Cardio"]


def test_query_error_positions() -> None:
    with pytest.raises(QuerySyntaxError, match=r"position 8\)"):
        parse_query("#AHA26 bogus:1")
    with pytest.raises(QuerySyntaxError, match="non-negation"):
        parse_query("-a -b")


def test_query_length_limits(seeded: SandboxServer, bearer: Client) -> None:
    long_query = " ".join(["cardio"] * 100)
    assert len(long_query) > 512
    response = bearer.get("/2/tweets/search/recent", params={"query": long_query})
    assert response.status_code == 400
    assert "exceeds the maximum length (512)" in response.json()["errors"][0]["message"]
    seeded.settings.max_query_length = 4096
    assert bearer.get("/2/tweets/search/recent", params={"query": long_query}).status_code == 200


def test_recent_window_is_seven_days(seeded: SandboxServer, bearer: Client) -> None:
    recent = bearer.get("/2/tweets/search/recent", params={"query": "#AHA26 slides"}).json()
    assert recent == {"meta": {"result_count": 0}}
    archive = bearer.get("/2/tweets/search/all", params={"query": "#AHA26 slides"}).json()
    assert keys_of(seeded, archive) == ["old"]
    too_old = rfc3339(seeded.clock.now() - timedelta(days=8), millis=False)
    response = bearer.get(
        "/2/tweets/search/recent", params={"query": "#AHA26", "start_time": too_old}
    )
    assert response.status_code == 400
    message = response.json()["errors"][0]["message"]
    assert message.startswith(f"Invalid 'start_time':'{too_old}'. 'start_time' must be on or after")


def test_recent_search_refuses_a_since_id_older_than_seven_days(
    seeded: SandboxServer, bearer: Client
) -> None:
    old = seeded.clock.next_id(at=seeded.clock.now() - timedelta(days=8))
    response = bearer.get("/2/tweets/search/recent", params={"query": "#AHA26", "since_id": old})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["parameters"] == {"since_id": [old]}
    assert error["message"].startswith("'since_id' must be a tweet id created after ")
    assert "Please use a 'since_id' that is larger than " in error["message"]
    archive = bearer.get("/2/tweets/search/all", params={"query": "#AHA26", "since_id": old})
    assert archive.status_code == 200


def test_time_and_id_windows(seeded: SandboxServer, bearer: Client) -> None:
    now = seeded.clock.now()
    params = {
        "query": "#AHA26",
        "start_time": rfc3339(now - timedelta(minutes=250), millis=False),
        "end_time": rfc3339(now - timedelta(minutes=150), millis=False),
    }
    assert keys_of(seeded, bearer.get("/2/tweets/search/recent", params=params).json()) == [
        "d",
        "b",
    ]
    ids = {entry["key"]: post.id for entry, post in zip(SEED[:-1], seeded.posts[1:], strict=True)}
    body = bearer.get(
        "/2/tweets/search/recent",
        params={"query": "#AHA26", "since_id": ids["b"], "until_id": ids["e"]},
    )
    assert keys_of(seeded, body.json()) == ["d"]
    both = bearer.get(
        "/2/tweets/search/recent",
        params={"query": "#AHA26", "since_id": ids["a"], "start_time": params["start_time"]},
    )
    assert both.status_code == 400
    assert "At most one of `start_time` and `since_id`" in both.json()["errors"][0]["message"]
    future = bearer.get(
        "/2/tweets/search/recent",
        params={"query": "#AHA26", "end_time": rfc3339(now, millis=False)},
    )
    assert future.status_code == 400
    assert "10 seconds prior" in future.json()["errors"][0]["message"]


def test_pagination_with_next_token(seeded: SandboxServer, bearer: Client) -> None:
    seeded.seed(
        [{"author": "bulk", "text": f"#bulk post {n}", "minutes_ago": 100 - n} for n in range(25)]
    )
    seen: list[str] = []
    token = None
    pages = []
    while True:
        params = {"query": "#bulk", "max_results": "10"}
        if token:
            params["next_token"] = token
        body = bearer.get("/2/tweets/search/recent", params=params).json()
        pages.append(body["meta"]["result_count"])
        seen += texts(body)
        token = body["meta"].get("next_token")
        if not token:
            break
    assert pages == [10, 10, 5]
    assert seen == [f"#bulk post {n}" for n in reversed(range(25))]
    replay = bearer.get(
        "/2/tweets/search/recent", params={"query": "#bulk", "pagination_token": token or "x"}
    )
    assert replay.status_code == 400


def test_max_results_bounds(bearer: Client) -> None:
    assert (
        bearer.get("/2/tweets/search/recent", params={"query": "a", "max_results": "9"}).status_code
        == 400
    )
    assert (
        bearer.get(
            "/2/tweets/search/recent", params={"query": "a", "max_results": "101"}
        ).status_code
        == 400
    )
    assert (
        bearer.get(
            "/2/tweets/search/recent", params={"query": "a", "max_results": "100"}
        ).status_code
        == 200
    )
    assert (
        bearer.get("/2/tweets/search/all", params={"query": "a", "max_results": "500"}).status_code
        == 200
    )


def test_next_token_and_pagination_token_together(bearer: Client) -> None:
    response = bearer.get(
        "/2/tweets/search/recent", params={"query": "a", "next_token": "x", "pagination_token": "y"}
    )
    assert response.status_code == 400


def test_relevancy_order_and_paging(seeded: SandboxServer, bearer: Client) -> None:
    seeded.seed([{"author": "r", "text": f"#rel {n}", "likes": n * 7 % 13} for n in range(15)])
    first = bearer.get(
        "/2/tweets/search/recent", params={"query": "#rel", "sort_order": "relevancy"}
    ).json()
    second = bearer.get(
        "/2/tweets/search/recent",
        params={
            "query": "#rel",
            "sort_order": "relevancy",
            "next_token": first["meta"]["next_token"],
        },
    ).json()
    assert len(texts(first)) == 10
    assert len(texts(second)) == 5
    assert set(texts(first)).isdisjoint(texts(second))
    assert (
        bearer.get(
            "/2/tweets/search/recent", params={"query": "a", "sort_order": "best"}
        ).status_code
        == 400
    )


def test_search_expansions_and_dialects(seeded: SandboxServer, bearer: Client) -> None:
    body = bearer.get(
        "/2/tweets/search/recent",
        params={
            "query": "#AHA26",
            "expansions": "author_id,referenced_tweets.id",
            "tweet.fields": "created_at,public_metrics,referenced_tweets,author_id",
            "user.fields": "verified",
        },
    ).json()
    assert {u["username"] for u in body["includes"]["users"]} == {"doc_ana", "doc_ben", "doc_cy"}
    assert body["meta"]["newest_id"] == body["data"][0]["id"]
    assert body["meta"]["oldest_id"] == body["data"][-1]["id"]
    assert body["meta"]["result_count"] == 4
    new = bearer.get(
        "/2/tweets/search/recent",
        params={
            "query": "#AHA26",
            "expansions": "referenced_posts",
            "post.fields": "referenced_posts,public_metrics",
        },
    ).json()
    assert "posts" in new["includes"]
    assert "repost_count" in new["data"][0]["public_metrics"]


def test_search_auth_rules(seeded: SandboxServer, api: OpenApi) -> None:
    user = Client(seeded, seeded.user_token, api)
    assert user.get("/2/tweets/search/recent", params={"query": "#AHA26"}).status_code == 200
    refused = user.get("/2/tweets/search/all", params={"query": "#AHA26"})
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/unsupported-authentication")
    assert "Application-Only" in refused.json()["detail"]
    assert user.get("/2/tweets/counts/recent", params={"query": "#AHA26"}).status_code == 200


def test_full_archive_one_request_per_second(seeded: SandboxServer, bearer: Client) -> None:
    assert bearer.get("/2/tweets/search/all", params={"query": "a"}).status_code == 200
    fast = bearer.get("/2/tweets/search/all", params={"query": "a"})
    assert fast.status_code == 429
    assert int(fast.headers["x-rate-limit-remaining"]) > 0
    seeded.clock.advance(1)
    assert bearer.get("/2/tweets/search/all", params={"query": "a"}).status_code == 200
    seeded.settings.archive_pacing = False
    assert bearer.get("/2/tweets/search/all", params={"query": "a"}).status_code == 200


def test_search_rate_limit_headers(bearer: Client) -> None:
    response = bearer.get("/2/tweets/search/recent", params={"query": "a"})
    assert response.headers["x-rate-limit-limit"] == "450"
    assert response.headers["x-rate-limit-remaining"] == "449"


@pytest.mark.parametrize(("granularity", "buckets"), [("day", 8), ("hour", 169)])
def test_counts(seeded: SandboxServer, bearer: Client, granularity: str, buckets: int) -> None:
    body = bearer.get(
        "/2/tweets/counts/recent", params={"query": "#AHA26", "granularity": granularity}
    ).json()
    assert len(body["data"]) == buckets
    assert body["meta"]["total_tweet_count"] == 4
    assert sum(b["tweet_count"] for b in body["data"]) == 4
    assert body["data"][0]["end"] == body["data"][1]["start"]


def test_counts_by_minute_in_a_window(seeded: SandboxServer, bearer: Client) -> None:
    now = seeded.clock.now().replace(second=0, microsecond=0)
    body = bearer.get(
        "/2/tweets/counts/recent",
        params={
            "query": "cardiaque",
            "granularity": "minute",
            "start_time": rfc3339(now - timedelta(minutes=61), millis=False),
            "end_time": rfc3339(now - timedelta(minutes=1), millis=False),
        },
    ).json()
    assert len(body["data"]) == 60
    assert body["meta"]["total_tweet_count"] == 2
    assert [b["tweet_count"] for b in body["data"] if b["tweet_count"]] == [1, 1]
    new = bearer.get(
        "/2/tweets/counts/recent",
        params={"query": "cardiaque", "search_count.fields": "post_count"},
    ).json()
    assert new["meta"]["total_post_count"] == 2
    assert (
        bearer.get(
            "/2/tweets/counts/recent", params={"query": "a", "granularity": "week"}
        ).status_code
        == 400
    )


def test_demo_seed_is_realistic_and_searchable(api: OpenApi) -> None:
    with SandboxServer(seed="demo") as sb:
        posts = sb.posts
        assert 300 <= len(posts) <= 400
        client = Client(sb, sb.app_token, api)
        conference = client.get(
            "/2/tweets/search/recent",
            params={
                "query": "#CardioCon26 -is:retweet",
                "max_results": "100",
                "expansions": "author_id",
                "tweet.fields": "created_at,lang",
            },
        ).json()
        assert conference["meta"]["result_count"] >= 40
        assert all(u["username"].startswith("demo_") for u in conference["includes"]["users"])
        langs = set()
        token = None
        while True:
            params = {
                "query": "#CardioCon26 OR #HFSummit26 OR #EchoWeek26",
                "max_results": "100",
                "tweet.fields": "lang",
            }
            if token:
                params["next_token"] = token
            page = client.get("/2/tweets/search/recent", params=params).json()
            langs |= {p["lang"] for p in page["data"]}
            token = page["meta"].get("next_token")
            if not token:
                break
        assert {"en", "es", "fr", "de", "pt"} <= langs
        replies = client.get(
            "/2/tweets/search/recent", params={"query": "@demo_dr_valve is:reply"}
        ).json()
        assert replies["meta"]["result_count"] > 0
        counts = client.get(
            "/2/tweets/counts/recent", params={"query": "#medtwitter", "granularity": "day"}
        ).json()
        assert counts["meta"]["total_tweet_count"] > 10
        archive = client.get("/2/tweets/search/all", params={"query": "Countdown #CardioCon26"})
        assert archive.json()["meta"]["result_count"] == 10
