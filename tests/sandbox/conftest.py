"""Fixtures for the sandbox tests: a running sandbox, authorised sessions, the spec."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from medtweet.sandbox import SandboxServer
from tests._openapi import OpenApi, load_openapi


@pytest.fixture
def sb() -> Iterator[SandboxServer]:
    """A fresh sandbox per test (it starts in a fraction of a second)."""
    with SandboxServer() as server:
        yield server


@pytest.fixture
def api(shared: Path) -> OpenApi:
    """The pinned OpenAPI spec."""
    return load_openapi(shared)


class Client:
    """A tiny requests wrapper that validates every body against the spec when it can."""

    def __init__(self, sb: SandboxServer, token: str, api: OpenApi | None) -> None:
        self.sb = sb
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.api = api

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Any = None,
        validate: bool = True,
        **kwargs: Any,
    ) -> requests.Response:
        if validate and self.api is not None and json is not None:
            with contextlib.suppress(LookupError):
                self.api.validate_request(path, method, json)
        response = self.session.request(
            method, self.sb.base_url + path, json=json, params=params, timeout=5, **kwargs
        )
        if (
            validate
            and self.api is not None
            and response.headers.get("content-type", "").startswith("application/json")
        ):
            with contextlib.suppress(LookupError):
                self.api.validate_response(path, method, response.status_code, response.json())
        return response

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)


@pytest.fixture
def user(sb: SandboxServer, api: OpenApi) -> Client:
    """A session with the sandbox user's OAuth 2.0 token; bodies checked against the spec."""
    return Client(sb, sb.user_token, api)


@pytest.fixture
def app(sb: SandboxServer, api: OpenApi) -> Client:
    """A session with the sandbox app's bearer token; bodies checked against the spec."""
    return Client(sb, sb.app_token, api)
