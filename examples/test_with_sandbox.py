"""Use SandboxServer in your own pytest suite: a fixture, then real HTTP on 127.0.0.1.

Run it with ``pytest examples/test_with_sandbox.py`` or as a script (``python
examples/test_with_sandbox.py`` runs pytest on itself). Copy the fixture into your
``conftest.py``.
"""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

import medtweet as mt
from medtweet.sandbox import SandboxServer


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="demo") as sb:  # starts in well under a second
        yield sb


@pytest.fixture
def client(sandbox: SandboxServer) -> mt.XClient:
    # your code under test gets a client pointed at the sandbox instead of api.x.com
    return mt.XClient(mt.OAuth2UserAuth(access_token=sandbox.user_token), base_url=sandbox.base_url)


def test_a_thread_is_posted_in_order(sandbox: SandboxServer, client: mt.XClient) -> None:
    thread = mt.compose_thread("First point. " * 30 + "\n\nSecond point, with a #MedEd tag.")
    posted = client.post_thread(thread, delay=0)
    stored = [sandbox.post(i) for i in posted.ids]
    assert [p.text for p in stored] == [p.text for p in thread.posts]
    assert all(p.in_reply_to_id == prev for p, prev in zip(stored[1:], posted.ids, strict=False))


def test_a_dropped_connection_does_not_double_a_post(
    sandbox: SandboxServer, client: mt.XClient, tmp_path: Path
) -> None:
    # the connection drops after X stored the post: the journal finds it, nothing is doubled
    sandbox.faults.add("POST /2/tweets", "drop_after_store")
    thread = mt.compose_thread("One. " * 80)
    posted = client.post_thread(thread, journal=tmp_path / "journal.json", delay=0)
    assert len(posted.ids) == len(set(posted.ids)) == len(thread.posts)
    mine = [p.text for p in sandbox.posts if p.author_id == sandbox.user_id]
    assert mine == [p.text for p in thread.posts]  # each post stored exactly once


def test_search_sees_the_seeded_conference(client: mt.XClient) -> None:
    posts = list(client.search_recent("#CardioCon26 -is:retweet", max_items=20))
    assert len(posts) == 20
    assert all("cardiocon26" in (t.lower() for t in p.hashtags) for p in posts)


def test_polls_close_on_the_sandbox_clock(sandbox: SandboxServer, client: mt.XClient) -> None:
    created = client.post(
        "Which first?", poll=mt.Poll(options=["Calcium", "Insulin"], duration=timedelta(hours=1))
    )
    sandbox.vote(created.id, "Calcium", 3)
    sandbox.advance(timedelta(hours=2))
    results = client.poll_results(created.id)
    assert results.is_closed
    assert results.winner == 0


if __name__ == "__main__":
    raise SystemExit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
