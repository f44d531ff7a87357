"""XPost: parsing both API dialects, twarc2's flattened tweets, and the JSON round trip."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

import medtweet as mt
from medtweet.x import posts_of_page


def classic_page() -> dict[str, Any]:
    return {
        "data": [
            {
                "id": "1860000000000000002",
                "text": "RT @drjane: Late-breaking #AHA25 trial",
                "author_id": "22",
                "created_at": "2026-11-24T14:05:00.000Z",
                "conversation_id": "1860000000000000002",
                "lang": "en",
                "public_metrics": {
                    "like_count": 0,
                    "retweet_count": 7,
                    "reply_count": 0,
                    "quote_count": 0,
                },
                "referenced_tweets": [{"type": "retweeted", "id": "1860000000000000001"}],
                "entities": {
                    "hashtags": [{"start": 26, "end": 32, "tag": "AHA25"}],
                    "mentions": [{"start": 3, "end": 10, "username": "drjane", "id": "11"}],
                },
            }
        ],
        "includes": {
            "users": [
                {"id": "22", "username": "drjoe", "name": "Joe"},
                {"id": "11", "username": "drjane", "name": "Jane"},
            ],
            "tweets": [
                {
                    "id": "1860000000000000001",
                    "text": "Late-breaking #AHA25 trial https://t.co/a",
                    "author_id": "11",
                    "created_at": "2026-11-24T14:00:00.000Z",
                    "public_metrics": {"like_count": 40, "retweet_count": 7},
                    "entities": {
                        "urls": [
                            {
                                "url": "https://t.co/a",
                                "expanded_url": "https://www.nejm.org/doi/full/10.1056/NEJMoa2500001",
                            },
                            {
                                "url": "https://t.co/p",
                                "expanded_url": "https://x.com/drjane/status/1/photo/1",
                                "media_key": "3_1",
                            },
                        ]
                    },
                }
            ],
        },
        "meta": {"result_count": 1, "newest_id": "1860000000000000002"},
    }


def to_2026(page: dict[str, Any]) -> dict[str, Any]:
    item = dict(page["data"][0])
    item["referenced_posts"] = item.pop("referenced_tweets")
    metrics = dict(item["public_metrics"])
    metrics["repost_count"] = metrics.pop("retweet_count")
    item["public_metrics"] = metrics
    includes = dict(page["includes"])
    includes["posts"] = includes.pop("tweets")
    return {"data": [item], "includes": includes, "meta": page["meta"]}


@pytest.mark.parametrize("dialect", ["classic", "2026"])
def test_both_dialects_parse_the_same(dialect: str) -> None:
    page = classic_page() if dialect == "classic" else to_2026(classic_page())
    (post,) = posts_of_page(page)
    assert post.id == "1860000000000000002"
    assert post.created_at == datetime(2026, 11, 24, 14, 5, tzinfo=UTC)
    assert post.author_username == "drjoe"
    assert post.author_name == "Joe"
    assert post.hashtags == ("AHA25",)
    assert post.mentions == ("drjane",)
    assert post.metrics.reposts == 7
    assert post.is_retweet
    assert not post.is_reply
    assert not post.is_quote
    (ref,) = post.referenced
    assert ref.kind == "retweeted"
    assert ref.post is not None
    assert ref.post.author_username == "drjane"
    assert ref.post.urls == ("https://www.nejm.org/doi/full/10.1056/NEJMoa2500001",)
    assert ref.post.metrics.likes == 40
    assert post.url == "https://x.com/drjoe/status/1860000000000000002"


def test_from_api_single_item_and_missing_fields() -> None:
    post = mt.XPost.from_api(
        {"id": "5", "text": "Hello #MedTwitter and \uff03\uff21\uff28\uff2125 @drjane"}
    )
    assert post.created_at is None
    assert post.author_username is None
    assert post.hashtags == ("MedTwitter", "\uff21\uff28\uff2125")
    assert post.mentions == ("drjane",)
    assert post.metrics == mt.PostMetrics()
    assert post.url == "https://x.com/i/status/5"
    with pytest.raises(ValueError, match="needs an 'id'"):
        mt.XPost.from_api({"text": "no id"})


def test_unresolved_reference_keeps_its_id() -> None:
    post = mt.XPost.from_api(
        {"id": "9", "text": "reply", "referenced_tweets": [{"type": "replied_to", "id": "8"}]}
    )
    assert post.is_reply
    assert post.referenced == (mt.ReferencedPost(kind="replied_to", id="8", post=None),)


def test_twarc2_flattened_tweet() -> None:
    flat = {
        "id": "77",
        "text": "Quoting this #ESC25",
        "author": {"id": "3", "username": "cardiofellow", "name": "Fellow"},
        "author_id": "3",
        "created_at": "2026-08-30T10:00:00.000Z",
        "referenced_tweets": [
            {"type": "quoted", "id": "76", "text": "original", "author": {"username": "esc"}}
        ],
        "__twarc": {"url": "https://api.twitter.com/2/tweets/search/recent", "version": "2.14.1"},
    }
    post = mt.XPost.from_api(flat)
    assert post.author_username == "cardiofellow"
    assert post.referenced[0].post is not None
    assert post.referenced[0].post.author_username == "esc"


def test_json_round_trip_and_empty_page() -> None:
    for page in (classic_page(), to_2026(classic_page())):
        for post in posts_of_page(page):
            assert mt.XPost.from_json(post.to_json()) == post
    assert list(posts_of_page({"meta": {"result_count": 0}})) == []
    single = {"data": {"id": "1", "text": "lookup of one"}}
    assert [p.id for p in posts_of_page(single)] == ["1"]


def test_engagement() -> None:
    metrics = mt.PostMetrics(likes=3, reposts=2, replies=1, quotes=4)
    assert metrics.engagement == 10
