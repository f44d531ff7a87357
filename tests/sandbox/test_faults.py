"""Every fault kind, scripted from tests and from a JSON file."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import requests

from medtweet.sandbox import FAULT_KINDS, SandboxServer

from .conftest import Client

HELLO = {"text": "hello"}


def test_rate_limit_fault(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("POST /2/tweets", "rate_limit")
    response = user.post("/2/tweets", json=HELLO)
    assert response.status_code == 429
    assert response.json()["title"] == "Too Many Requests"
    assert response.headers["x-rate-limit-remaining"] == "0"
    assert int(response.headers["x-rate-limit-reset"]) > sb.clock.now().timestamp()
    assert sb.posts == ()
    assert user.post("/2/tweets", json=HELLO).status_code == 201


def test_usage_cap_fault_keeps_rate_limit_room(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("/2/tweets", "usage_cap")
    response = user.get("/2/tweets", params={"ids": "1"})
    assert response.status_code == 429
    body = response.json()
    assert body["type"] == "https://api.twitter.com/2/problems/usage-capped"
    assert body["title"] == "UsageCapExceeded"
    assert body["period"] == "Monthly"
    assert int(response.headers["x-rate-limit-remaining"]) > 0


@pytest.mark.parametrize(
    ("kind", "status"), [("server_error", 500), ("bad_gateway", 502), ("unavailable", 503)]
)
def test_json_server_errors(sb: SandboxServer, user: Client, kind: str, status: int) -> None:
    sb.faults.add("POST /2/tweets", kind)
    response = user.post("/2/tweets", json=HELLO)
    assert response.status_code == status
    assert response.json()["status"] == status
    assert sb.posts == ()


def test_html_503(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("GET /2/users/me", "html_503")
    response = user.get("/2/users/me")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>503" in response.text
    with pytest.raises(ValueError, match="Expecting value"):
        response.json()


def test_slow_response_times_out_but_stores(sb: SandboxServer) -> None:
    sb.faults.add("POST /2/tweets", "slow", delay=0.4)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.post(
            sb.base_url + "/2/tweets",
            json=HELLO,
            timeout=0.1,
            headers={"Authorization": f"Bearer {sb.user_token}"},
        )
    deadline = time.monotonic() + 5
    while not sb.posts and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [p.text for p in sb.posts] == ["hello"]


def test_drop_before_store(sb: SandboxServer) -> None:
    sb.faults.add("POST /2/tweets", "drop")
    before = sb.requests_seen
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(
            sb.base_url + "/2/tweets",
            json=HELLO,
            timeout=5,
            headers={"Authorization": f"Bearer {sb.user_token}"},
        )
    assert sb.posts == ()
    assert sb.requests_seen >= before + 1


def test_drop_after_store_hides_a_success(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("POST /2/tweets", "drop_after_store")
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(
            sb.base_url + "/2/tweets",
            json=HELLO,
            timeout=5,
            headers={"Authorization": f"Bearer {sb.user_token}"},
        )
    assert [p.text for p in sb.posts] == ["hello"]
    retry = user.post("/2/tweets", json=HELLO)
    assert retry.status_code == 403
    assert "duplicate content" in retry.json()["detail"]


def test_not_visible_only_on_replies(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("POST /2/tweets", "not_visible", only_replies=True)
    root = user.post("/2/tweets", json={"text": "root"}).json()["data"]["id"]
    reply = {"text": "reply", "reply": {"in_reply_to_tweet_id": root}}
    first = user.post("/2/tweets", json=reply)
    assert first.status_code == 403
    assert first.json()["detail"] == (
        "You attempted to reply to a Tweet that is deleted or not visible to you."
    )
    assert user.post("/2/tweets", json=reply).status_code == 201


def test_reply_restricted_fault(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("POST /2/tweets", "reply_restricted")
    response = user.post("/2/tweets", json=HELLO)
    assert response.status_code == 403
    assert "not been mentioned or otherwise engaged" in response.json()["detail"]


def test_duplicate_fault(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("POST /2/tweets", "duplicate")
    assert user.post("/2/tweets", json=HELLO).json()["detail"].endswith("duplicate content.")


def test_times_skip_and_wildcards(sb: SandboxServer, user: Client) -> None:
    fault = sb.faults.add("/2/tweets*", "server_error", times=2, skip=1)
    statuses = [user.post("/2/tweets", json={"text": f"t{n}"}).status_code for n in range(4)]
    assert statuses == [201, 500, 500, 201]
    assert fault.hits == 2
    assert sb.faults.pending == ()


def test_unlimited_fault_and_clear(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("GET /2/users/me", "unavailable", times=None)
    assert [user.get("/2/users/me").status_code for _ in range(3)] == [503] * 3
    sb.faults.clear()
    assert user.get("/2/users/me").status_code == 200


def test_method_must_match(sb: SandboxServer, user: Client) -> None:
    sb.faults.add("DELETE /2/tweets/*", "server_error")
    assert user.post("/2/tweets", json=HELLO).status_code == 201
    assert len(sb.faults.pending) == 1


def test_bad_fault_scripts_are_refused(sb: SandboxServer) -> None:
    with pytest.raises(TypeError, match="match must be a str"):
        sb.faults.add(42, "drop")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown fault kind"):
        sb.faults.add("/2/tweets", "gremlins")
    with pytest.raises(ValueError, match="must look like"):
        sb.faults.add("POST tweets", "drop")
    with pytest.raises(ValueError, match="times"):
        sb.faults.add("/2/tweets", "drop", times=0)
    with pytest.raises(ValueError, match="needs 'match' and 'kind'"):
        sb.faults.load([{"kind": "drop"}])


def test_faults_from_a_json_file(tmp_path: Path) -> None:
    script = tmp_path / "faults.json"
    script.write_text(
        json.dumps(
            [
                {"match": "POST /2/tweets", "kind": "unavailable", "times": 1},
                {"match": "GET /2/users/me", "kind": "rate_limit"},
            ]
        )
    )
    with SandboxServer(faults=script) as sb:
        client = Client(sb, sb.user_token, None)
        assert client.post("/2/tweets", json=HELLO).status_code == 503
        assert client.get("/2/users/me").status_code == 429
        assert client.post("/2/tweets", json=HELLO).status_code == 201


def test_every_kind_is_exercised() -> None:
    tested = {
        "rate_limit",
        "usage_cap",
        "server_error",
        "bad_gateway",
        "unavailable",
        "html_503",
        "slow",
        "drop",
        "drop_after_store",
        "not_visible",
        "reply_restricted",
        "duplicate",
    }
    assert tested == set(FAULT_KINDS)
