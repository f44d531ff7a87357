"""The request pipeline: route → authenticate → faults → rate limit → endpoint."""

from __future__ import annotations

import json
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

import attrs

from medtweet import _wire
from medtweet.sandbox import _problems as P
from medtweet.sandbox._auth import Principal, TokenBook, TokenKind, require
from medtweet.sandbox._clock import SandboxClock
from medtweet.sandbox._faults import Fault, Faults
from medtweet.sandbox._http import Request, Response
from medtweet.sandbox._ratelimits import RateLimiter
from medtweet.sandbox._state import Store

__all__ = ["App", "Call", "Route", "Settings"]


@attrs.define(kw_only=True)
class Settings:
    """Behaviour switches of a sandbox (all changeable while it runs).

    Attributes:
        duplicate_window: how long the same text by the same user counts as a duplicate.
        visibility_delay: replies to a post younger than this get the "not visible" 403.
        reply_restriction: enforce the 2026 self-serve reply rule (replies only to posts
            whose author mentioned or quoted the replying account).
        self_replies_allowed: under ``reply_restriction``, whether replying to one's own
            post (a thread) is allowed.
        strict_params: unknown query parameters get X's 400.
        media_processing: seconds a finalized video/GIF stays in processing.
        default_dialect: the names used when a request does not show its dialect (no
            ``tweet.fields``/``post.fields``), e.g. the ``POST /2/tweets`` answer.
        max_query_length: the recent-search query limit (512 self-serve, 4,096 enterprise).
        max_query_length_all: the full-archive query limit (1,024 self-serve).
        archive_pacing: full-archive search allows one request per second (sandbox clock);
            a faster one gets 429 although ``x-rate-limit-remaining`` is above zero.
    """

    duplicate_window: timedelta = timedelta(hours=24)
    visibility_delay: timedelta = timedelta(0)
    reply_restriction: bool = False
    self_replies_allowed: bool = True
    strict_params: bool = True
    media_processing: timedelta = timedelta(seconds=3)
    default_dialect: _wire.DialectName = "classic"
    max_query_length: int = 512
    max_query_length_all: int = 1024
    archive_pacing: bool = True


@attrs.frozen(kw_only=True)
class Call:
    """A routed, authenticated request handed to an endpoint."""

    app: App
    request: Request
    principal: Principal
    path_params: dict[str, str]
    dialect: _wire.Dialect

    @property
    def store(self) -> Store:
        """The sandbox state."""
        return self.app.store

    @property
    def user_id(self) -> str:
        """The calling user's id (endpoints that allow only user contexts)."""
        if self.principal.user_id is None:
            raise P.unsupported_authentication(("OAuth 2.0 User Context",))
        return self.principal.user_id

    def param(self, name: str) -> str | None:
        """A query parameter's last value."""
        return self.request.param(name)


Endpoint = Callable[[Call], Response]


@attrs.frozen(kw_only=True)
class Route:
    """One endpoint: where it lives, who may call it, what limits it."""

    method: str
    pattern: str
    name: str
    endpoint: Endpoint
    allow: tuple[TokenKind, ...] = ("user", "oauth1")
    scopes: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    authenticated: bool = True

    @property
    def regex(self) -> re.Pattern[str]:
        """The path as a regular expression with named groups."""
        return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.pattern) + "$")


class App:
    """The sandbox application: state plus the pipeline that serves it."""

    def __init__(
        self,
        *,
        clock: SandboxClock,
        store: Store,
        tokens: TokenBook,
        limiter: RateLimiter,
        faults: Faults,
        settings: Settings,
        routes: Iterable[Route],
    ) -> None:
        self.clock = clock
        self.store = store
        self.tokens = tokens
        self.limiter = limiter
        self.faults = faults
        self.settings = settings
        self.routes = [(route, route.regex) for route in routes]
        self.requests_seen = 0
        self.archive_calls: dict[str, datetime] = {}
        self._count_lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        """Serve one request."""
        with self._count_lock:
            self.requests_seen += 1
        try:
            return self._serve(request)
        except P.Problem as problem:
            return _problem_response(problem)
        except Exception:
            traceback.print_exc()
            return _problem_response(P.server_error(500))

    def _route(self, request: Request) -> tuple[Route, dict[str, str]]:
        allowed_methods = []
        for route, regex in self.routes:
            match = regex.match(request.path)
            if match is None:
                continue
            if route.method == request.method:
                return route, match.groupdict()
            allowed_methods.append(route.method)
        if allowed_methods:
            raise P.problem(
                405,
                "Method Not Allowed",
                f"{request.method} is not supported on {request.path}; "
                f"use {', '.join(sorted(set(allowed_methods)))}.",
            )
        raise P.problem(
            404,
            "Not Found Error",
            f"The sandbox has no endpoint {request.method} {request.path}.",
            "resource-not-found",
            resource_type="endpoint",
        )

    def _serve(self, request: Request) -> Response:
        route, path_params = self._route(request)
        if not route.authenticated:
            return route.endpoint(
                Call(
                    app=self,
                    request=request,
                    principal=Principal(kind="app", user_id=None, scopes=frozenset()),
                    path_params=path_params,
                    dialect=_wire.CLASSIC,
                )
            )
        principal = self.tokens.authenticate(request)
        require(principal, allow=route.allow, scopes=route.scopes)
        dialect = _wire.dialect_of_query(list(request.query))
        if dialect is _wire.CLASSIC and _wire.CLASSIC.post_fields not in dict(request.query):
            dialect = _wire.DIALECTS[self.settings.default_dialect]
        if self.settings.strict_params:
            _check_params(request, route, dialect)
        call = Call(
            app=self, request=request, principal=principal, path_params=path_params, dialect=dialect
        )
        fault = self.faults.take(request.method, request.path, is_reply=_is_reply(request))
        if fault is not None:
            early = self._apply_fault(fault, route, principal)
            if early is not None:
                return early
        allowed, window = self.limiter.hit(route.name, principal.limit_key)
        headers = window.headers() if window is not None else {}
        headers["x-access-level"] = "read" if principal.kind == "app" else "read-write"
        if not allowed:
            response = _problem_response(P.too_many_requests())
            response.headers.update(headers)
            return response
        try:
            response = route.endpoint(call)
        except P.Problem as problem:
            response = _problem_response(problem)
        response.headers = {**headers, **response.headers}
        if fault is not None and fault.kind == "drop_after_store":
            response.drop = True
        return response

    def _apply_fault(self, fault: Fault, route: Route, principal: Principal) -> Response | None:
        kind = fault.kind
        window = self.limiter.peek(route.name, principal.limit_key)
        headers = window.headers() if window is not None else {}
        if kind == "rate_limit":
            response = _problem_response(P.too_many_requests())
            if window is not None:
                headers["x-rate-limit-remaining"] = "0"
            response.headers.update(headers)
            return response
        if kind in _FAULT_PROBLEMS:
            response = _problem_response(_FAULT_PROBLEMS[kind]())
            if kind not in _HEADERLESS_FAULTS:
                response.headers.update(headers)
            return response
        if kind == "slow":
            time.sleep(fault.delay)
            return None
        if kind == "drop":
            return Response(drop=True)
        return None  # drop_after_store: served normally, dropped afterwards


_FAULT_PROBLEMS: dict[str, Callable[[], P.Problem]] = {
    "usage_cap": P.usage_capped,
    "server_error": lambda: P.server_error(500),
    "bad_gateway": lambda: P.server_error(502),
    "unavailable": lambda: P.server_error(503),
    "html_503": P.html_503,
    "not_visible": lambda: P.forbidden(P.NOT_VISIBLE),
    "reply_restricted": lambda: P.forbidden(P.REPLY_RESTRICTED),
    "duplicate": lambda: P.forbidden(P.DUPLICATE),
}
"""The faults that answer with a fixed problem instead of serving the request."""

# Server errors come from in front of the API (no rate-limit headers); the rest from the API.
_HEADERLESS_FAULTS = frozenset({"server_error", "bad_gateway", "unavailable", "html_503"})


def _is_reply(request: Request) -> bool:
    if request.method != "POST" or request.path != "/2/tweets":
        return False
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        return False
    return isinstance(body, dict) and "reply" in body


def _problem_response(problem: P.Problem) -> Response:
    return Response(
        status=problem.status,
        body=dict(problem.body),
        html=problem.html,
        headers=dict(problem.headers),
    )


def _check_params(request: Request, route: Route, dialect: _wire.Dialect) -> None:
    allowed = list(route.params)
    unknown = [name for name, _ in request.query if name not in allowed]
    if unknown:
        listing = ",".join(allowed)
        raise P.invalid_request(
            [
                (
                    {name: [request.param(name) or ""]},
                    f"The query parameter [{name}] is not one of [{listing}]",
                )
                for name in unknown
            ],
            host=dialect.problems_host,
        )


def json_response(body: Any, status: int = 200) -> Response:
    """A JSON response."""
    return Response(status=status, body=body)
