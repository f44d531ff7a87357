"""The HTTP edge: a stdlib ThreadingHTTPServer on 127.0.0.1.

Each request becomes a :class:`Request`; the app's :class:`Response` is written back, or the
connection is dropped when the response says so.
"""

from __future__ import annotations

import contextlib
import json
import socket
import time
import uuid
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from medtweet.sandbox import _problems as P

__all__ = ["Request", "Response", "SandboxHTTPServer"]


@attrs.frozen(kw_only=True)
class Request:
    """One HTTP request as the app sees it (header names lower-cased)."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes

    def param(self, name: str) -> str | None:
        """The last value of a query parameter, or None."""
        found = [value for key, value in self.query if key == name]
        return found[-1] if found else None

    @property
    def content_type(self) -> str:
        """The media type of the body, without parameters."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        """The JSON body; raise the 400 problem when it is not JSON."""
        try:
            return json.loads(self.body.decode("utf-8") or "null")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise P.invalid_request(
                [
                    (
                        {"body": [self.body[:80].decode("utf-8", "replace")]},
                        f"The request body is not valid JSON: {exc}",
                    )
                ]
            ) from exc


@attrs.define(kw_only=True)
class Response:
    """What to send back: a JSON body (or HTML), headers, and transport behaviour."""

    status: int = 200
    body: Any = None
    html: str | None = None
    headers: dict[str, str] = attrs.field(factory=dict)
    drop: bool = False


Handler = Callable[[Request], Response]


def _encode(response: Response) -> tuple[bytes, str]:
    if response.html is not None:
        return response.html.encode("utf-8"), "text/html; charset=utf-8"
    return (
        json.dumps(response.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        "application/json; charset=utf-8",
    )


class _RequestHandler(BaseHTTPRequestHandler):
    server: SandboxHTTPServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    wbufsize = 1 << 16  # headers and body leave in one write (no delayed-ACK stalls)
    server_version = "medtweet-sandbox"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet (tests run many requests)."""

    def _handle(self) -> None:
        started = time.perf_counter()
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        request = Request(
            method=self.command,
            path=split.path.rstrip("/") or "/",
            query=tuple(parse_qsl(split.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        response = self.server.app(request)
        if response.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        payload, content_type = _encode(response)
        self.send_response(response.status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(payload)))
        self.send_header("x-transaction-id", uuid.uuid4().hex[:16])
        self.send_header("x-response-time", str(int((time.perf_counter() - started) * 1000)))
        self.send_header("cache-control", "no-cache, no-store, max-age=0")
        self.send_header("api-version", "2.167")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle


class SandboxHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server bound to the loopback interface only."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, app: Handler) -> None:
        self.app = app
        super().__init__(("127.0.0.1", port), _RequestHandler)
