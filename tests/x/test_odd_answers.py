# ruff: noqa: S105, S106
"""Answers the sandbox never gives: successes without the ids they promise, and error bodies
that echo a secret. A canned loopback server stands in for X."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest

import medtweet as mt
from medtweet.x._core import data_id

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SECRET = "AAAA-leaky-user-token-42"
Canned = dict[tuple[str, str], tuple[int, Any]]


class _Handler(BaseHTTPRequestHandler):
    canned: Canned

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        key = (self.command, urlsplit(self.path).path)
        status, body = self.canned.get(key, (404, {"title": "Not Found Error"}))
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = _answer


@pytest.fixture
def canned() -> Iterator[tuple[str, Canned]]:
    answers: Canned = {}
    handler = type("Handler", (_Handler,), {"canned": answers})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", answers
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _client(base_url: str, auth: Any) -> mt.XClient:
    return mt.XClient(auth, base_url=base_url, clock=lambda: NOW, sleep=lambda s: None, seed=1)


def test_refresh_answer_without_access_token_is_an_auth_error(
    canned: tuple[str, Canned],
) -> None:
    base_url, answers = canned
    answers["POST", "/2/oauth2/token"] = (200, {"token_type": "bearer"})
    auth = mt.OAuth2UserAuth(
        access_token="old",
        refresh_token="refresh-me",
        client_id="cid",
        expires_at=NOW - timedelta(seconds=1),
    )
    with pytest.raises(mt.AuthError, match=r"no access_token\. Authorize the app again"):
        _client(base_url, auth).me()


def test_media_upload_answer_without_id_is_an_api_error(canned: tuple[str, Canned]) -> None:
    base_url, answers = canned
    answers["POST", "/2/media/upload"] = (200, {"data": {"size": 3}})
    client = _client(base_url, mt.OAuth2UserAuth(access_token="t"))
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    with pytest.raises(mt.ApiError, match="the media upload without an id"):
        client.upload_media(png, mime_type="image/png")


def test_post_answer_without_id_is_an_api_error(canned: tuple[str, Canned]) -> None:
    base_url, answers = canned
    answers["POST", "/2/tweets"] = (201, {"data": {"text": "hi"}})
    client = _client(base_url, mt.OAuth2UserAuth(access_token="t"))
    with pytest.raises(mt.ApiError, match="look at the account before trying again"):
        client.post("hi")


def test_secret_echoed_in_an_error_body_is_scrubbed_everywhere(
    canned: tuple[str, Canned],
) -> None:
    base_url, answers = canned
    echo = f"The `ids` query parameter value [{SECRET}] does not match ^[0-9]{{1,19}}$"
    answers["GET", "/2/tweets"] = (
        400,
        {
            "errors": [{"parameters": {"ids": [SECRET]}, "message": echo}],
            "title": f"Invalid Request {SECRET}",
            "detail": "One or more parameters to your request was invalid.",
            "type": "https://api.x.com/2/problems/invalid-request",
        },
    )
    client = _client(base_url, mt.OAuth2UserAuth(access_token=SECRET))
    with pytest.raises(mt.ApiValidationError) as info:
        client.get_posts(["1"])
    error = info.value
    texts = [str(error), repr(error), repr(error.errors), str(error.title)]
    assert not [t for t in texts if SECRET in t]
    assert error.errors[0]["parameters"] == {"ids": ["***"]}


def test_data_id_accepts_only_ids() -> None:
    assert data_id({"data": {"id": "123"}}, what="x") == "123"
    bodies: list[dict[str, Any]] = [{}, {"data": None}, {"data": {"id": "abc"}}, {"data": []}]
    for body in bodies:
        with pytest.raises(mt.ApiError, match="X answered x without an id"):
            data_id(body, what="x")
