"""Sandbox credentials: app bearer, OAuth 2.0 user tokens (scopes, refresh) and OAuth 1.0a.

OAuth 1.0a requests name the consumer key and token and must carry a valid HMAC-SHA1
signature made with both secrets, a timestamp within a few minutes of the wall clock, and a
nonce not seen before in that window (RFC 5849 section 3.3), or they get a 401.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Literal
from urllib.parse import unquote

import attrs

from medtweet.sandbox import _problems as P
from medtweet.sandbox._clock import SandboxClock
from medtweet.sandbox._http import Request
from medtweet.sandbox._oauth1 import signature

__all__ = ["ALL_SCOPES", "Principal", "TokenBook"]

TokenKind = Literal["app", "user", "oauth1"]

ALL_SCOPES = ("tweet.read", "tweet.write", "users.read", "media.write", "offline.access")
ACCESS_LIFETIME = timedelta(hours=2)
# how far an OAuth 1.0a timestamp may stray from the wall clock (the signer's clock)
OAUTH1_WINDOW_SECONDS = 300
_FORM = "application/x-www-form-urlencoded"
SUPPORTED_USER = ("OAuth 1.0a User Context", "OAuth 2.0 User Context")


@attrs.frozen(kw_only=True)
class Principal:
    """Who is calling: the token's kind, its user (None for the app) and its scopes."""

    kind: TokenKind
    user_id: str | None
    scopes: frozenset[str]

    @property
    def limit_key(self) -> str:
        """The rate-limit bucket: per user for user contexts, per app for the bearer."""
        return f"user:{self.user_id}" if self.user_id else "app"


@attrs.define(kw_only=True)
class _Token:
    kind: TokenKind
    user_id: str | None
    scopes: frozenset[str]
    expires_at: datetime | None
    revoked: bool = False


def _token(prefix: str) -> str:
    return f"{prefix}-{secrets.token_urlsafe(24)}"


class TokenBook:
    """Every credential the sandbox accepts."""

    def __init__(self, clock: SandboxClock, user_id: str) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: dict[str, _Token] = {}
        self._nonces: dict[str, float] = {}  # OAuth 1.0a nonces seen, with their timestamps
        self._refresh: dict[str, tuple[str, frozenset[str]]] = {}
        self.client_id = f"sandbox-client-{secrets.token_hex(6)}"
        self.client_secret = _token("sandbox-secret")
        self.consumer_key = f"sandbox-consumer-{secrets.token_hex(6)}"
        self.consumer_secret = _token("sandbox-consumer-secret")
        self.app_token = self.issue("app", None, ())
        self.user_token, self.refresh_token = self.issue_user(user_id, ALL_SCOPES, lifetime=None)
        self.oauth1_token = f"{user_id}-{secrets.token_urlsafe(18)}"
        self.oauth1_secret = _token("sandbox-oauth1-secret")
        self._tokens[self.oauth1_token] = _Token(
            kind="oauth1", user_id=user_id, scopes=frozenset(ALL_SCOPES), expires_at=None
        )

    def issue(
        self,
        kind: TokenKind,
        user_id: str | None,
        scopes: Iterable[str],
        *,
        lifetime: timedelta | None = None,
    ) -> str:
        """Mint an access token of ``kind``."""
        value = _token("sandbox-app" if kind == "app" else "sandbox-user")
        expires = self._clock.now() + lifetime if lifetime is not None else None
        with self._lock:
            self._tokens[value] = _Token(
                kind=kind, user_id=user_id, scopes=frozenset(scopes), expires_at=expires
            )
        return value

    def issue_user(
        self, user_id: str, scopes: Iterable[str], *, lifetime: timedelta | None = ACCESS_LIFETIME
    ) -> tuple[str, str]:
        """Mint an OAuth 2.0 user access token (2 hours) and maybe a refresh token.

        The refresh token is issued with ``offline.access`` only (empty string otherwise).
        """
        scopes = frozenset(scopes)
        access = self.issue("user", user_id, scopes, lifetime=lifetime)
        refresh = ""
        if "offline.access" in scopes:
            refresh = _token("sandbox-refresh")
            with self._lock:
                self._refresh[refresh] = (user_id, scopes)
        return access, refresh

    def refresh(self, refresh_token: str) -> tuple[str, str, frozenset[str]] | None:
        """Exchange a refresh token (single use) for a new access and refresh token."""
        with self._lock:
            entry = self._refresh.pop(refresh_token, None)
        if entry is None:
            return None
        user_id, scopes = entry
        access, new_refresh = self.issue_user(user_id, scopes)
        return access, new_refresh, scopes

    def revoke(self, token: str) -> None:
        """Make ``token`` invalid from now on."""
        with self._lock:
            if token in self._tokens:
                self._tokens[token].revoked = True

    def authenticate(self, request: Request) -> Principal:
        """The caller behind a request's ``Authorization`` header; raise the 401 otherwise."""
        header = request.headers.get("authorization") or ""
        scheme, _, credentials = header.strip().partition(" ")
        value: str | None = None
        if scheme.lower() == "bearer":
            value = credentials.strip()
        elif scheme.lower() == "oauth":
            params = _oauth1_params(credentials)
            if self._signed(request, params):
                value = params.get("oauth_token")
        with self._lock:
            token = self._tokens.get(value or "")
        if (
            token is None
            or token.revoked
            or (token.expires_at is not None and self._clock.now() >= token.expires_at)
        ):
            raise P.unauthorized()
        return Principal(kind=token.kind, user_id=token.user_id, scopes=token.scopes)

    def _signed(self, request: Request, params: Mapping[str, str]) -> bool:
        """Whether an OAuth 1.0a request names this app and user and is signed by them."""
        if (
            params.get("oauth_consumer_key") != self.consumer_key
            or params.get("oauth_token") != self.oauth1_token
            or params.get("oauth_signature_method") != "HMAC-SHA1"
        ):
            return False
        expected = signature(
            method=request.method,
            host=request.headers.get("host", ""),
            path=request.path,
            query=request.query,
            oauth=params,
            form=request.body if request.content_type == _FORM else None,
            consumer_secret=self.consumer_secret,
            token_secret=self.oauth1_secret,
        )
        if not hmac.compare_digest(expected, params.get("oauth_signature", "")):
            return False
        return self._fresh(params.get("oauth_timestamp", ""), params.get("oauth_nonce", ""))

    def _fresh(self, timestamp: str, nonce: str) -> bool:
        """A timestamp near the wall clock and a nonce not used in the window (no replays)."""
        now = time.time()
        try:
            stamp = float(int(timestamp))
        except ValueError:
            return False
        if not nonce or abs(now - stamp) > OAUTH1_WINDOW_SECONDS:
            return False
        with self._lock:
            if nonce in self._nonces:
                return False
            self._nonces = {
                n: t for n, t in self._nonces.items() if now - t <= OAUTH1_WINDOW_SECONDS
            }
            self._nonces[nonce] = stamp
        return True

    def check_client(self, headers: Mapping[str, str], form: Mapping[str, str]) -> bool:
        """Whether a token request names this sandbox's OAuth 2.0 client."""
        header = headers.get("authorization") or headers.get("Authorization") or ""
        if header.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(header[6:].strip()).decode()
            except ValueError:
                return False
            ident, _, secret = decoded.partition(":")
            return (ident, secret) in {
                (self.client_id, self.client_secret),
                (self.consumer_key, self.consumer_secret),
            }
        return form.get("client_id") == self.client_id


def _oauth1_params(credentials: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in credentials.split(","):
        name, _, raw = part.strip().partition("=")
        found[name.strip()] = unquote(raw.strip().strip('"'))
    return found


def require(principal: Principal, *, allow: Iterable[TokenKind], scopes: Iterable[str]) -> None:
    """Raise the real 403 bodies when ``principal`` may not call an endpoint."""
    allowed = set(allow)
    if principal.kind not in allowed:
        if principal.kind == "app":
            raise P.unsupported_authentication(SUPPORTED_USER)
        raise P.problem(
            403,
            "Unsupported Authentication",
            "Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  "
            "Supported authentication types are [OAuth 2.0 Application-Only].",
            "unsupported-authentication",
        )
    if principal.kind == "user":
        missing = sorted(set(scopes) - principal.scopes)
        if missing:
            raise P.missing_scopes(missing)
