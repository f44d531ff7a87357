"""The search mixin inside the real XClient, over loopback HTTP (no sandbox needed)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

import medtweet as mt

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POSTS = [
    {
        "id": str(1_860_000_000_000_000_000 + n),
        "text": f"Abstract {n} #AHA25",
        "author_id": "7",
        "created_at": "2026-11-25T11:00:00.000Z",
        "public_metrics": {"like_count": n, "repost_count": 1},
        "referenced_posts": [{"type": "quoted", "id": "42"}],
    }
    for n in range(25)
][::-1]


class Handler(BaseHTTPRequestHandler):
    log: list[tuple[str, dict[str, str]]]
    throttle: list[bool]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query))
        self.log.append((url.path, params))
        if url.path == "/2/tweets/search/all" and self.throttle:
            self.throttle.pop()
            reset = int((NOW + timedelta(seconds=5)).timestamp())
            self._send(
                429,
                {"title": "Too Many Requests", "type": "about:blank", "status": 429},
                {
                    "x-rate-limit-limit": "300",
                    "x-rate-limit-remaining": "0",
                    "x-rate-limit-reset": str(reset),
                },
            )
            return
        if url.path == "/2/tweets/counts/recent":
            self._send(
                200,
                {
                    "data": [
                        {
                            "start": "2026-11-25T11:00:00Z",
                            "end": "2026-11-25T12:00:00Z",
                            "post_count": 25,
                        }
                    ],
                    "meta": {"total_post_count": 25},
                },
            )
            return
        offset = int(params.get("next_token", "0"))
        size = int(params["max_results"])
        chunk = POSTS[offset : offset + size]
        body: dict[str, Any] = {
            "data": chunk,
            "includes": {
                "users": [{"id": "7", "username": "drjane"}],
                "posts": [{"id": "42", "text": "the trial", "author_id": "7"}],
            },
            "meta": {"result_count": len(chunk)},
        }
        if offset + size < len(POSTS):
            body["meta"]["next_token"] = str(offset + size)
        self._send(
            200,
            body,
            {
                "x-rate-limit-limit": "450",
                "x-rate-limit-remaining": "449",
                "x-rate-limit-reset": str(int(NOW.timestamp()) + 900),
            },
        )


@pytest.fixture
def server() -> Iterator[tuple[str, type[Handler]]]:
    handler = type("H", (Handler,), {"log": [], "throttle": [True]})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def client(base_url: str) -> tuple[mt.XClient, list[float]]:
    now = [NOW]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += timedelta(seconds=seconds)

    c = mt.XClient(
        "app-token", base_url=base_url, clock=lambda: now[0], sleep=sleep, dialect="2026"
    )
    return c, slept


def test_search_recent_through_xclient(server: tuple[str, type[Handler]]) -> None:
    base_url, handler = server
    c, _ = client(base_url)
    posts = list(c.search_recent(mt.Query().hashtags("AHA25"), page_size=10, start_time="2h"))
    assert len(posts) == 25
    assert posts[0].author_username == "drjane"
    assert posts[0].metrics.reposts == 1
    assert posts[0].referenced[0].post is not None
    assert [p.get("next_token") for _, p in handler.log] == [None, "10", "20"]
    assert handler.log[0][1]["start_time"] == "2026-11-25T10:00:00Z"
    assert "post.fields" in handler.log[0][1]
    assert c.count_recent("#AHA25").total == 25


def test_search_all_paces_and_waits_out_a_429(server: tuple[str, type[Handler]]) -> None:
    base_url, handler = server
    c, slept = client(base_url)
    posts = list(c.search_all("#AHA25", page_size=10, max_items=25))
    assert len(posts) == 25
    assert [path for path, _ in handler.log] == ["/2/tweets/search/all"] * 4
    assert slept[0] >= 5  # the client's rate-limit wait
    assert slept[1:] == [1.0, 1.0]  # one request per second between pages


def test_follow_through_xclient(server: tuple[str, type[Handler]], tmp_path: Path) -> None:
    base_url, _ = server
    c, _ = client(base_url)
    state = tmp_path / "follow.json"
    got = list(c.follow("#AHA25", interval=60, state=state, start_time="3h", max_polls=1))
    assert [p.id for p in got] == sorted((str(p["id"]) for p in POSTS), key=int)
    assert json.loads(state.read_text())["since_id"] == POSTS[0]["id"]
