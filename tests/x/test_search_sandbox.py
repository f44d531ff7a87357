"""Search, counts, follow and archives end to end: XClient against the SandboxServer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import medtweet as mt
from medtweet.sandbox import SandboxServer

CONFERENCE = mt.Query().hashtags("CardioCon26").exclude_retweets()


@pytest.fixture
def sb() -> Iterator[SandboxServer]:
    with SandboxServer(seed="demo") as server:
        yield server


def make_client(sb: SandboxServer, **kwargs: Any) -> mt.XClient:
    return mt.XClient(
        sb.app_token,
        base_url=sb.base_url,
        clock=sb.clock.now,
        sleep=lambda seconds: sb.clock.advance(seconds),
        **kwargs,
    )


@pytest.mark.parametrize("dialect", ["classic", "2026"])
def test_recent_search_pages_through_everything(sb: SandboxServer, dialect: str) -> None:
    client = make_client(sb, dialect=dialect)
    everything = list(client.search_recent(CONFERENCE, start_time="7d"))
    assert len(everything) > 30
    assert len({p.id for p in everything}) == len(everything)
    assert [int(p.id) for p in everything] == sorted((int(p.id) for p in everything), reverse=True)
    assert all(p.author_username for p in everything)
    assert all("cardiocon26" in {t.casefold() for t in p.hashtags} for p in everything)
    assert not any(p.is_retweet for p in everything)
    small = list(client.search_recent(CONFERENCE, start_time="7d", page_size=10))
    assert [p.id for p in small] == [p.id for p in everything]
    counts = client.count_recent(CONFERENCE, "day", start_time="7d")
    assert counts.total == len(everything)


def test_max_items_and_max_pages_are_exact(sb: SandboxServer) -> None:
    client = make_client(sb)
    assert len(list(client.search_recent(CONFERENCE, start_time="7d", max_items=23))) == 23
    assert len(list(client.search_recent(CONFERENCE, start_time="7d", max_items=3))) == 3
    pages = list(client.search_pages(CONFERENCE, start_time="7d", page_size=10, max_pages=2))
    assert len(pages) == 2
    assert all(len(page.data) == 10 for page in pages)
    assert pages[0].next_token is not None
    assert "users" in pages[0].includes


def test_local_checks_send_nothing(sb: SandboxServer) -> None:
    client = make_client(sb)
    seen = sb.requests_seen
    with pytest.raises(mt.ValidationError, match="7 days"):
        client.search_recent(CONFERENCE, start_time="9d")
    with pytest.raises(mt.QueryError):
        client.search_recent(mt.Query().lang("en"))
    assert sb.requests_seen == seen


def test_full_archive_reaches_older_posts_one_request_per_second(sb: SandboxServer) -> None:
    client = make_client(sb)
    recent = list(client.search_recent(CONFERENCE, start_time="7d"))
    before = sb.now()
    older = list(client.search_all(CONFERENCE, start_time="60d", page_size=10))
    assert len(older) > len(recent)
    pages = -(-len(older) // 10)
    assert (sb.now() - before).total_seconds() >= pages - 1


def test_follow_sees_new_posts_once_across_restarts(sb: SandboxServer, tmp_path: Path) -> None:
    state = tmp_path / "cardiocon.json"
    client = make_client(sb)
    stream = client.follow(CONFERENCE, interval=60, state=state, max_polls=1)
    assert list(stream) == []  # nothing new yet: the demo posts are older than the follow
    sb.seed(
        [
            {
                "author": "demo_new_fellow",
                "text": f"Live from #CardioCon26, session {n}",
                "minutes_ago": 0,
            }
            for n in range(3)
        ]
    )
    sb.clock.advance(5)
    first = client.follow(CONFERENCE, interval=60, state=state)
    got = [next(first), next(first)]
    first.close()  # stop after two, as if the process died
    sb.seed(
        [{"author": "demo_new_fellow", "text": "Closing remarks #CardioCon26", "minutes_ago": 0}]
    )
    restarted = make_client(sb)
    rest = list(restarted.follow(CONFERENCE, interval=60, state=state, max_polls=2))
    texts = [p.text for p in got + rest]
    assert texts == [
        "Live from #CardioCon26, session 0",
        "Live from #CardioCon26, session 1",
        "Live from #CardioCon26, session 2",
        "Closing remarks #CardioCon26",
    ]


def test_follow_resumes_after_a_week_away(sb: SandboxServer, tmp_path: Path) -> None:
    state = tmp_path / "cardiocon.json"
    sb.seed([{"author": "demo_new_fellow", "text": "Day 1 #CardioCon26", "minutes_ago": 0}])
    sb.clock.advance(5)
    client = make_client(sb)
    seen = list(client.follow(CONFERENCE, interval=60, state=state, start_time="1m", max_polls=1))
    assert [p.text for p in seen] == ["Day 1 #CardioCon26"]
    sb.clock.advance(8 * 24 * 3600)  # the saved since_id is now too old for recent search
    sb.seed([{"author": "demo_new_fellow", "text": "Back #CardioCon26", "minutes_ago": 0}])
    sb.clock.advance(5)
    resumed = list(make_client(sb).follow(CONFERENCE, interval=60, state=state, max_polls=1))
    assert [p.text for p in resumed] == ["Back #CardioCon26"]


def test_archive_of_sandbox_pages_reads_back_the_same_posts(
    sb: SandboxServer, tmp_path: Path
) -> None:
    client = make_client(sb)
    path = tmp_path / "cardiocon.jsonl"
    mt.archive(client.search_pages(CONFERENCE, start_time="7d", page_size=20), path)
    live = list(client.search_recent(CONFERENCE, start_time="7d"))
    assert list(mt.read_archive(path)) == live
    provenance = list(mt.read_provenance(path))
    assert {p.query for p in provenance} == {str(CONFERENCE)}
    assert {p.endpoint for p in provenance} == {"/2/tweets/search/recent"}
    offline = list(mt.search_archive(path, hashtags="#cardiocon26"))
    assert offline == live
    report = mt.digest(mt.read_archive(path), followed=CONFERENCE)
    assert "## Papers" in report
    assert "doi.org" in report.split("## Papers")[1].split("##")[0]
