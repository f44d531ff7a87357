"""JSONL archives: round trips, provenance, twarc2 files, offline hashtag/time/author search."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import medtweet as mt
from medtweet.x import SearchPage, posts_of_page

RETRIEVED = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def page(
    start: int, tags: list[str], *, hour: int = 14, dialect: str = "classic"
) -> dict[str, Any]:
    posts = []
    for offset, tag in enumerate(tags):
        n = start + offset
        posts.append(
            {
                "id": str(1000 + n),
                "text": f"Session {n} #{tag}",
                "author_id": str(n % 2),
                "created_at": f"2026-11-24T{hour:02d}:{n % 60:02d}:00.000Z",
                "public_metrics": {
                    "like_count": n,
                    "retweet_count" if dialect == "classic" else "repost_count": 1,
                },
                "entities": {"hashtags": [{"start": 11, "end": 12 + len(tag), "tag": tag}]},
            }
        )
    return {
        "data": posts,
        "includes": {
            "users": [{"id": "0", "username": "DrEven"}, {"id": "1", "username": "DrOdd"}]
        },
        "meta": {"result_count": len(posts), "newest_id": posts[0]["id"]},
    }


def test_posts_round_trip(tmp_path: Path) -> None:
    posts = list(posts_of_page(page(0, ["AHA25", "aha25", "ESC25"])))
    path = tmp_path / "posts.jsonl"
    written = mt.archive(
        iter(posts),
        path,
        query=mt.Query().hashtags("AHA25"),
        endpoint="/2/tweets/search/recent",
        retrieved_at=RETRIEVED,
    )
    assert written == 3
    assert list(mt.read_archive(path)) == posts
    (provenance,) = mt.read_provenance(path)
    assert provenance.query == "#AHA25"
    assert provenance.endpoint == "/2/tweets/search/recent"
    assert provenance.retrieved_at == RETRIEVED
    assert provenance.version == mt.__version__
    header = json.loads(path.read_text().splitlines()[0])
    assert header["__medtweet"]["medtweet"] == mt.__version__


def test_pages_are_stored_whole_and_read_back(tmp_path: Path) -> None:
    raw = page(0, ["AHA25", "AHA25"])
    search_page = SearchPage(
        raw=raw, query="#AHA25", endpoint="/2/tweets/search/all", retrieved_at=RETRIEVED
    )
    path = tmp_path / "pages.jsonl"
    assert mt.archive([search_page, page(2, ["X1"])], path, query="#X1") == 3
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert {k: v for k, v in lines[0].items() if k != "__medtweet"} == raw
    assert lines[0]["__medtweet"]["endpoint"] == "/2/tweets/search/all"
    assert lines[1]["__medtweet"]["query"] == "#X1"
    expected = list(posts_of_page(raw)) + list(posts_of_page(page(2, ["X1"])))
    assert list(mt.read_archive(path)) == expected
    assert [p.query for p in mt.read_provenance(path)] == ["#AHA25", "#X1"]
    mt.archive([page(3, ["X2"])], path, append=True)
    assert len(list(mt.read_archive(path))) == 4
    with pytest.raises(TypeError, match="archive"):
        mt.archive([42], tmp_path / "bad.jsonl")  # type: ignore[list-item]


def test_twarc2_pages_and_flattened_files(tmp_path: Path) -> None:
    twarc_pages = tmp_path / "twarc.jsonl"
    with twarc_pages.open("w") as stream:
        for number, body in enumerate([page(0, ["AHA25"]), page(1, ["AHA25"], dialect="2026")]):
            body["__twarc"] = {
                "url": "https://api.twitter.com/2/tweets/search/recent?x",
                "version": "2.14.1",
                "retrieved_at": "2026-11-25T08:00:00+00:00",
            }
            stream.write(json.dumps(body) + "\n")
            if number == 0:
                stream.write("\n")  # blank lines are tolerated
        stream.write(json.dumps({"meta": {"result_count": 0}, "__twarc": {}}) + "\n")
    posts = list(mt.read_archive(twarc_pages))
    assert [p.author_username for p in posts] == ["DrEven", "DrOdd"]
    assert [p.metrics.reposts for p in posts] == [1, 1]
    flat = tmp_path / "flat.jsonl"
    flat.write_text(
        json.dumps(
            {
                "id": "5",
                "text": "#aha25 flattened",
                "author": {"id": "9", "username": "fellow"},
                "created_at": "2026-11-24T15:00:00.000Z",
            }
        )
        + "\n"
    )
    both = list(mt.search_archive([twarc_pages, flat], hashtags="AHA25"))
    assert [p.id for p in both] == ["1000", "1001", "5"]


def test_offline_search_matches_like_x(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    wide = "\uff21\uff28\uff2125"  # fullwidth AHA25: NFKC makes it AHA25
    tags = ["AHA25", "aha25", wide, "AHA2025", "ESC25", "\uff21ha25"]
    mt.archive(posts_of_page(page(0, tags)), path)
    found = [p.hashtags[0] for p in mt.search_archive(path, hashtags=["#aha25"])]
    assert found == ["AHA25", "aha25", wide, "\uff21ha25"]
    either = list(mt.search_archive(path, hashtags=["AHA2025", "ESC25"]))
    assert len(either) == 2
    assert list(mt.search_archive(path, hashtags=["AHA25", "ESC25"], match="all")) == []
    with pytest.raises(mt.ValidationError, match="match"):
        list(mt.search_archive(path, match="most"))  # type: ignore[arg-type]


def test_offline_search_by_time_and_author(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    mt.archive(posts_of_page(page(0, ["A"] * 10, hour=14)), path)
    mt.archive(posts_of_page(page(10, ["A"] * 10, hour=16)), path, append=True)
    now = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    recent = list(mt.search_archive(path, start_time="2h", now=now))
    assert len(recent) == 10
    window = list(
        mt.search_archive(path, start_time="2026-11-24T14:05:00Z", end_time="2026-11-24T16:00:00Z")
    )
    assert [p.id for p in window] == ["1005", "1006", "1007", "1008", "1009"]
    odd = list(mt.search_archive(path, authors="@drodd"))
    assert len(odd) == 10
    assert {p.author_username for p in odd} == {"DrOdd"}
    assert len(list(mt.search_archive(path, authors=["0"]))) == 10
    combined = list(
        mt.search_archive(path, hashtags="a", authors="DrEven", start_time="2h", now=now)
    )
    assert len(combined) == 5


def test_unreadable_lines_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"data": []}\nnot json\n')
    with pytest.raises(mt.ValidationError, match=r"bad\.jsonl:2: not JSON"):
        list(mt.read_archive(path))
    path.write_text('{"something": "else"}\n')
    with pytest.raises(mt.ValidationError, match="neither a page"):
        list(mt.read_archive(path))
    path.write_text("[1, 2]\n")
    with pytest.raises(mt.ValidationError, match="JSON object"):
        list(mt.search_archive(path))
