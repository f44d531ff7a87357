"""Fixtures for client tests: a sandbox, clients wired to its clock, and a recorder that
validates every request body the client sends, and every JSON answer, against the spec."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
import pytest
import requests

import medtweet as mt
from medtweet.sandbox import SandboxServer
from tests._openapi import OpenApi, load_openapi

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
_NOT_IN_SPEC = ("/2/oauth2/token",)


def _api() -> OpenApi | None:
    return load_openapi(SHARED) if (SHARED / "specs").exists() else None


@attrs.define
class Recorder:
    """Keeps ``(method, path, json body)`` of every request the client sent and validates
    request and response bodies against the pinned OpenAPI spec (when ``../shared`` is
    there)."""

    api: OpenApi | None = attrs.field(factory=_api)
    sent: list[tuple[str, str, Any]] = attrs.field(factory=list)
    checked: int = 0

    def hook(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        request = response.request
        path = urlsplit(request.url or "").path
        method = request.method or ""
        body: Any = None
        content_type: str | bytes = request.headers.get("Content-Type") or ""
        if isinstance(content_type, bytes):
            content_type = content_type.decode()
        if isinstance(request.body, str | bytes) and "json" in content_type:
            body = json.loads(request.body)
        self.sent.append((method, path, body))
        if self.api is None or path in _NOT_IN_SPEC:
            return
        if body is not None:
            self.api.validate_request(path, method, body)
            self.checked += 1
        if response.headers.get("content-type", "").startswith("application/json"):
            self.api.validate_response(path, method, response.status_code, response.json())

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.sent]


@pytest.fixture
def sb() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def make_client(
    sb: SandboxServer, recorder: Recorder | None = None, auth: Any = None, **kwargs: Any
) -> mt.XClient:
    """A client on the sandbox whose sleep only advances the sandbox clock."""
    session = requests.Session()
    if recorder is not None:
        session.hooks["response"].append(recorder.hook)
    kwargs.setdefault("timeout", (2, 5))
    kwargs.setdefault("clock", sb.clock.now)
    kwargs.setdefault("sleep", sb.clock.advance)
    return mt.XClient(
        auth if auth is not None else mt.OAuth2UserAuth(access_token=sb.user_token),
        base_url=sb.base_url,
        session=session,
        seed=0,
        **kwargs,
    )


@pytest.fixture
def client(sb: SandboxServer, recorder: Recorder) -> mt.XClient:
    return make_client(sb, recorder)


@pytest.fixture
def make(sb: SandboxServer, recorder: Recorder) -> Callable[..., mt.XClient]:
    """``make(auth=..., **options)``: another client on the same sandbox and recorder."""

    def build(recorder_: Recorder | None = recorder, **kwargs: Any) -> mt.XClient:
        return make_client(sb, recorder_, **kwargs)

    return build
