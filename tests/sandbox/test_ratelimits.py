"""Rate-limit headers per endpoint and caller, moved by the sandbox clock; the 24-hour caps."""

from __future__ import annotations

from datetime import timedelta

from medtweet.sandbox import SandboxServer

from .conftest import Client


def _limits(response: object) -> tuple[int, int, int]:
    headers = response.headers  # type: ignore[attr-defined]
    return (
        int(headers["x-rate-limit-limit"]),
        int(headers["x-rate-limit-remaining"]),
        int(headers["x-rate-limit-reset"]),
    )


def test_headers_count_down_per_endpoint(sb: SandboxServer, user: Client) -> None:
    start = int(sb.clock.now().timestamp())
    first = user.post("/2/tweets", json={"text": "one"})
    assert _limits(first) == (100, 99, start + 900)
    second = user.post("/2/tweets", json={"text": "two"})
    assert _limits(second)[1] == 98
    lookup = user.get("/2/tweets", params={"ids": first.json()["data"]["id"]})
    assert _limits(lookup)[:2] == (5000, 4999)


def test_app_and_user_buckets_are_separate(sb: SandboxServer, user: Client, app: Client) -> None:
    post_id = user.post("/2/tweets", json={"text": "x"}).json()["data"]["id"]
    assert _limits(app.get(f"/2/tweets/{post_id}"))[:2] == (450, 449)
    assert _limits(user.get(f"/2/tweets/{post_id}"))[:2] == (900, 899)
    assert _limits(app.get(f"/2/tweets/{post_id}"))[:2] == (450, 448)


def test_exhausted_window_gives_429_until_reset(sb: SandboxServer, user: Client) -> None:
    sb.rate_limits.set_limit("users_me", user=2)
    assert user.get("/2/users/me").status_code == 200
    assert user.get("/2/users/me").status_code == 200
    blocked = user.get("/2/users/me")
    assert blocked.status_code == 429
    assert blocked.json() == {
        "title": "Too Many Requests",
        "detail": "Too Many Requests",
        "type": "about:blank",
        "status": 429,
    }
    limit, remaining, reset = _limits(blocked)
    assert (limit, remaining) == (2, 0)
    sb.clock.advance(reset - sb.clock.now().timestamp() - 1)
    assert user.get("/2/users/me").status_code == 429
    sb.clock.advance(1)
    ok = user.get("/2/users/me")
    assert ok.status_code == 200
    assert _limits(ok)[1] == 1
    assert _limits(ok)[2] == reset + 900


def test_post_carries_24_hour_caps(sb: SandboxServer, user: Client) -> None:
    response = user.post("/2/tweets", json={"text": "capped"})
    headers = response.headers
    day = int((sb.clock.now() + timedelta(hours=24)).timestamp())
    assert headers["x-user-limit-24hour-limit"] == "2400"
    assert headers["x-user-limit-24hour-remaining"] == "2399"
    assert int(headers["x-user-limit-24hour-reset"]) == day
    assert headers["x-app-limit-24hour-limit"] == "10000"
    assert headers["x-app-limit-24hour-remaining"] == "9999"


def test_24_hour_user_cap_blocks_posting(sb: SandboxServer, user: Client) -> None:
    sb.rate_limits.set_limit("post_cap", user=2)
    for n in range(2):
        assert user.post("/2/tweets", json={"text": f"post {n}"}).status_code == 201
    blocked = user.post("/2/tweets", json={"text": "post 3"})
    assert blocked.status_code == 429
    assert blocked.headers["x-user-limit-24hour-remaining"] == "0"
    assert int(blocked.headers["x-rate-limit-remaining"]) > 0
    assert len(sb.posts) == 2
    sb.clock.advance(timedelta(hours=24))
    assert user.post("/2/tweets", json={"text": "post 3"}).status_code == 201


def test_rejected_posts_do_not_spend_the_daily_cap(user: Client) -> None:
    user.post("/2/tweets", json={"text": "a" * 300})
    response = user.post("/2/tweets", json={"text": "fine"})
    assert response.headers["x-user-limit-24hour-remaining"] == "2399"
