"""Lifecycle, clock, ids, seeding, the command line and the spec helper itself."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
import requests

import medtweet.sandbox
from medtweet.sandbox import SandboxClock, SandboxServer
from medtweet.sandbox._clock import id_time
from tests._openapi import OpenApi

from .conftest import Client


def test_public_surface() -> None:
    assert medtweet.sandbox.__all__ == sorted(medtweet.sandbox.__all__)
    for name in medtweet.sandbox.__all__:
        assert getattr(medtweet.sandbox, name).__doc__


def test_binds_loopback_only_and_stops(sb: SandboxServer) -> None:
    assert sb.base_url.startswith("http://127.0.0.1:")
    port = sb.port
    sb.stop()
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/2/users/me", timeout=1)
    with pytest.raises(RuntimeError, match="not running"):
        _ = sb.base_url


def test_start_stop_repeatedly() -> None:
    for _ in range(5):
        with SandboxServer() as sb:
            assert requests.get(sb.base_url + "/2/users/me", timeout=5).status_code == 401


def test_clock_is_frozen_tz_aware_and_monotonic() -> None:
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    clock = SandboxClock(start)
    assert clock.now() == start
    assert clock.now().tzinfo is not None
    assert clock.advance(90) == start + timedelta(seconds=90)
    clock.set(start + timedelta(days=1))
    assert clock.now() == start + timedelta(days=1)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    assert clock.advance(timedelta(0)) == start + timedelta(days=1)
    with pytest.raises(ValueError, match="backwards"):
        clock.set(start)
    with pytest.raises(ValueError, match="timezone-aware"):
        SandboxClock(datetime(2026, 1, 1))  # noqa: DTZ001


def test_ticking_clock_moves() -> None:
    clock = SandboxClock(ticking=True)
    first = clock.now()
    deadline = datetime.now(UTC) + timedelta(seconds=2)
    while clock.now() == first and datetime.now(UTC) < deadline:
        pass
    assert clock.now() > first


def test_ids_come_from_the_clock() -> None:
    start = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)
    clock = SandboxClock(start)
    ids = [clock.next_id() for _ in range(3)]
    assert int(ids[0]) < int(ids[1]) < int(ids[2])
    assert id_time(ids[0]) == start
    clock.advance(60)
    later = clock.next_id()
    assert id_time(later) == start + timedelta(seconds=60)


def test_created_at_follows_the_sandbox_clock(user: Client, sb: SandboxServer) -> None:
    start = sb.now()
    assert sb.advance(timedelta(days=2)) == sb.clock.now() == start + timedelta(days=2)
    post_id = user.post("/2/tweets", json={"text": "later"}).json()["data"]["id"]
    assert sb.post(post_id).created_at == start + timedelta(days=2)
    assert id_time(post_id) == start + timedelta(days=2)


def test_seed_from_dicts_and_file(tmp_path: Path) -> None:
    lines = [
        {
            "key": "root",
            "author": "dr_valve",
            "text": "Late-breaker #ESC26",
            "minutes_ago": 120,
            "likes": 40,
            "media": [{"type": "photo", "alt_text": "Forest plot"}],
        },
        {
            "key": "re",
            "author": "fellow_amy",
            "text": "@dr_valve thanks!",
            "minutes_ago": 60,
            "reply_to": "root",
        },
        {
            "author": "dr_valve",
            "text": "Poll time",
            "minutes_ago": 10,
            "poll": {"options": ["Yes", "No"], "duration_minutes": 60, "votes": [3, 1]},
        },
        {"author": "fellow_amy", "text": "RT", "retweet_of": "root", "minutes_ago": 5},
    ]
    seed = tmp_path / "seed.jsonl"
    seed.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    with SandboxServer(seed=seed) as sb:
        posts = sb.posts
        assert [p.text for p in posts] == [line["text"] for line in lines]
        root, reply, poll, _ = posts
        assert reply.in_reply_to_id == root.id
        assert reply.conversation_id == root.id
        assert root.created_at == sb.clock.now() - timedelta(minutes=120)
        assert len(root.media_ids) == 1
        client = Client(sb, sb.app_token, None)
        body = client.get(
            f"/2/tweets/{poll.id}",
            params={
                "expansions": "attachments.poll_ids,author_id",
                "tweet.fields": "public_metrics,referenced_tweets",
            },
        ).json()
        assert body["includes"]["polls"][0]["options"][0]["votes"] == 3
        assert body["includes"]["users"][0]["username"] == "dr_valve"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([{"text": "no author"}], "needs 'author'"),
        ([{"author": "a", "text": "x", "colour": "red"}], "unknown keys"),
        ([{"author": "a", "text": "x", "reply_to": "nothing"}], "not an earlier key"),
    ],
)
def test_bad_seed_entries(lines: list[dict[str, object]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SandboxServer(seed=lines)


def test_bad_seed_file_names_the_line(tmp_path: Path) -> None:
    seed = tmp_path / "bad.jsonl"
    seed.write_text('{"author": "a", "text": "x"}\n{oops\n')
    with pytest.raises(ValueError, match="line 2"):
        SandboxServer(seed=seed)


def test_command_line(tmp_path: Path) -> None:
    seed = tmp_path / "seed.jsonl"
    seed.write_text(json.dumps({"author": "dr_cli", "text": "from the seed"}) + "\n")
    faults = tmp_path / "faults.json"
    faults.write_text(json.dumps([{"match": "GET /2/users/me", "kind": "unavailable"}]))
    command = [
        sys.executable,
        "-m",
        "medtweet.sandbox",
        "--port",
        "0",
        "--seed",
        str(seed),
        "--faults",
        str(faults),
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().split()[-1]
            lines = [process.stdout.readline() for _ in range(4)]
            token = lines[1].split()[-1]
            headers = {"Authorization": f"Bearer {token}"}
            assert requests.get(url + "/2/users/me", headers=headers, timeout=5).status_code == 503
            me = requests.get(url + "/2/users/me", headers=headers, timeout=5).json()["data"]
            assert me["username"] == "sandbox_md"
            seeded_author = str(int(me["id"]) + 1)
            timeline = requests.get(
                url + f"/2/users/{seeded_author}/tweets", headers=headers, timeout=5
            ).json()
            assert [p["text"] for p in timeline["data"]] == ["from the seed"]
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_command_line_reports_a_bad_seed(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "medtweet.sandbox", "--seed", str(tmp_path / "missing.jsonl")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "missing.jsonl" in result.stderr


def test_spec_helper_catches_bad_bodies(api: OpenApi) -> None:
    api.validate_request("/2/tweets", "post", {"text": "ok"})
    with pytest.raises(jsonschema.ValidationError, match="Additional properties"):
        api.validate_request("/2/tweets", "post", {"text": "ok", "colour": "red"})
    with pytest.raises(jsonschema.ValidationError):
        api.validate_response("/2/tweets", "post", 201, {"data": {"id": "abc", "text": "x"}})
    with pytest.raises(jsonschema.ValidationError):
        api.validate_response("/2/tweets/1", "get", 200, {"data": {"id": 1}})
    with pytest.raises(jsonschema.ValidationError):
        api.validate_response("/2/tweets/1", "get", 404, {"detail": "no type or title"})
    with pytest.raises(jsonschema.ValidationError, match="does not answer"):
        api.validate_response("/2/tweets", "post", 200, {})
    with pytest.raises(LookupError):
        api.validate_response("/2/nope", "get", 200, {})
    # the classic dialect is checked after renaming: a wrong type inside still fails
    with pytest.raises(jsonschema.ValidationError):
        api.validate_response(
            "/2/tweets/1",
            "get",
            200,
            {"data": {"id": "1", "text": "x", "edit_history_tweet_ids": "1"}},
        )
