"""The request engine of :class:`medtweet.XClient`: auth, timeouts, retries, rate limits, errors."""

from __future__ import annotations

import importlib.metadata
import logging
import random
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any, Literal, Self

import attrs
import requests

from medtweet._errors import (
    AuthError,
    MedtweetError,
    RateLimitError,
    ServerError,
    TransportError,
    UnsupportedAuthError,
)
from medtweet._wire import DIALECTS, Dialect, DialectName
from medtweet.x._auth import Auth, OAuth2UserAuth, as_auth, secrets_of
from medtweet.x._models import Prices
from medtweet.x._problems import error_from_response
from medtweet.x._ratelimit import RateLimits, endpoint_key, parse_rate_limits
from medtweet.x._transport import Clock, RetryPolicy, Sleep, default_sleep, system_clock

__all__ = ["ClientCore", "Need", "RateLimitPolicy"]

log = logging.getLogger("medtweet.x")
log.addHandler(logging.NullHandler())

Need = Literal["app", "user", "any"]
RateLimitPolicy = Literal["wait", "raise"] | Callable[[RateLimitError], float | None]

_IDEMPOTENT = frozenset({"GET", "HEAD", "DELETE"})
_REFRESH_MARGIN = timedelta(seconds=60)


def _version() -> str:
    try:
        return importlib.metadata.version("medtweet")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - not installed
        return "0"


class ClientCore:
    """Holds the session and the policies; every request goes through :meth:`_call`."""

    def __init__(
        self,
        auth: Auth | str,
        *,
        base_url: str = "https://api.x.com",
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] = (3.05, 31),
        on_rate_limit: RateLimitPolicy = "wait",
        retry: RetryPolicy | None = None,
        clock: Clock | None = None,
        sleep: Sleep | None = None,
        dialect: DialectName = "classic",
        prices: Prices | None = None,
        seed: int | None = None,
    ) -> None:
        if not (on_rate_limit in ("wait", "raise") or callable(on_rate_limit)):
            raise ValueError(
                f"on_rate_limit must be 'wait', 'raise' or a callable, not {on_rate_limit!r}"
            )
        if timeout is None:
            raise ValueError("timeout is required: X calls can hang forever without one")
        if dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {sorted(DIALECTS)}, not {dialect!r}")
        self._auth = as_auth(auth)
        self.base_url = base_url.rstrip("/")
        self._session = session if session is not None else requests.Session()
        self.timeout = timeout
        self.on_rate_limit: RateLimitPolicy = on_rate_limit
        self.retry = retry if retry is not None else RetryPolicy()
        self.clock: Clock = clock if clock is not None else system_clock
        self.sleep: Sleep = sleep if sleep is not None else default_sleep
        self.dialect: Dialect = DIALECTS[dialect]
        self.prices = prices if prices is not None else Prices()
        self._rng = random.Random(seed)  # noqa: S311 - jitter, not security
        self.rate_limits: dict[str, RateLimits] = {}
        """Rate-limit state per endpoint (``"POST /2/tweets"``), from the last response."""

    @property
    def auth(self) -> Auth:
        """The current auth object (after a refresh, the refreshed one: save its tokens)."""
        return self._auth

    def close(self) -> None:
        """Close the HTTP session (its pooled connections)."""
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth!r})"

    # -- secrets -------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        for secret in sorted(secrets_of(self._auth), key=len, reverse=True):
            text = text.replace(secret, "***")
        return text

    def _scrubbed(self, error: MedtweetError) -> MedtweetError:
        error.args = tuple(self._scrub(str(a)) if isinstance(a, str) else a for a in error.args)
        return error

    # -- auth ----------------------------------------------------------------------------

    def _require(self, need: Need, scopes: tuple[str, ...] = (), *, what: str = "") -> None:
        """Fail before the network when the auth cannot make this call."""
        auth = self._auth
        label = what or "this call"
        if need == "user" and auth.kind != "user":
            raise UnsupportedAuthError(
                f"{label} needs a user-context token (OAuth2UserAuth or OAuth1UserAuth); "
                "the client holds an app-only bearer token, which X refuses for it"
            )
        if need == "app" and auth.kind != "app":
            raise UnsupportedAuthError(
                f"{label} needs an app-only bearer token (AppAuth); the client holds a "
                "user-context token"
            )
        granted = auth.scopes
        if granted is not None and scopes:
            missing = sorted(set(scopes) - granted)
            if missing:
                raise UnsupportedAuthError(
                    f"{label} needs the OAuth 2.0 scope(s) {' '.join(missing)}; the token "
                    f"was granted {' '.join(sorted(granted)) or 'none'}. Authorize again "
                    "with those scopes."
                )

    def _maybe_refresh(self) -> None:
        auth = self._auth
        if (
            isinstance(auth, OAuth2UserAuth)
            and auth.can_refresh
            and auth.expires_at is not None
            and self.clock() >= auth.expires_at - _REFRESH_MARGIN
        ):
            self._refresh()

    def _refresh(self) -> None:
        """Trade the refresh token for a new access token (``POST /2/oauth2/token``)."""
        auth = self._auth
        if not isinstance(auth, OAuth2UserAuth) or not auth.can_refresh:
            raise UnsupportedAuthError("the token cannot be refreshed (no refresh token)")
        form = {"grant_type": "refresh_token", "refresh_token": auth.refresh_token or ""}
        basic = None
        if auth.client_secret:
            basic = (auth.client_id or "", auth.client_secret)
        else:
            form["client_id"] = auth.client_id or ""
        try:
            response = self._session.post(
                f"{self.base_url}/2/oauth2/token",
                data=form,
                auth=basic,
                timeout=self.timeout,
                headers={"User-Agent": f"medtweet/{_version()}"},
            )
        except requests.RequestException as exc:
            raise self._scrubbed(
                TransportError(f"refreshing the OAuth 2.0 token failed: {type(exc).__name__}")
            ) from None
        body = _json(response)
        if response.status_code >= 400 or not isinstance(body, dict):
            error = error_from_response(response.status_code, body)
            raise self._scrubbed(
                AuthError(
                    f"refreshing the OAuth 2.0 token failed: {error}. Authorize the app again.",
                    status=response.status_code,
                    title=error.title,
                    problem_type=error.problem_type,
                )
            )
        expires_in = body.get("expires_in")
        scope = body.get("scope")
        new = attrs.evolve(
            auth,
            access_token=str(body["access_token"]),
            refresh_token=str(body.get("refresh_token") or auth.refresh_token),
            expires_at=(
                self.clock() + timedelta(seconds=int(expires_in))
                if isinstance(expires_in, int | float)
                else None
            ),
            scopes=scope if isinstance(scope, str) else auth.scopes,
        )
        self._auth = new
        log.info("refreshed the OAuth 2.0 user token")
        if new.on_refresh is not None:
            new.on_refresh(new)

    # -- requests ------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Mapping[str, Any] | None = None,
        need: Literal["app", "user", "any"] = "any",
    ) -> dict[str, Any]:
        """Send one API request and return its parsed JSON body.

        Applies the auth (refreshing OAuth 2.0 tokens), the timeout, retries for idempotent
        methods (GET, DELETE) on 5xx and connection errors with jittered backoff, the
        rate-limit policy, and maps error responses to the ``ApiError`` tree. ``POST`` is
        never retried except after a 429 or 401-then-refresh, which X did not process.

        Args:
            method: HTTP method.
            path: path below the base URL, starting with ``/2/``.
            params: query parameters.
            json: JSON body.
            need: ``"user"`` or ``"app"`` when only that kind of auth works; checked
                before the network.

        Returns:
            The parsed body (``{}`` for an empty one).

        Raises:
            UnsupportedAuthError: the client's auth cannot make this call.
            ApiError: a subclass per error kind.
            TransportError: no HTTP answer (after retries, for idempotent methods).
        """
        return self._request(method, path, params=params, json=json, need=need)

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Mapping[str, Any] | None = None,
        need: Need = "any",
        scopes: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        method = method.upper()
        self._require(need, scopes, what=f"{method} {path}")
        key = endpoint_key(method, path)
        idempotent = method in _IDEMPOTENT
        failures = 0
        waits = 0
        refreshed = False
        while True:
            self._maybe_refresh()
            try:
                response = self._session.request(
                    method,
                    self.base_url + path,
                    params=dict(params) if params else None,
                    json=dict(json) if json is not None else None,
                    auth=self._auth.requests_auth(),
                    timeout=self.timeout,
                    headers={"User-Agent": f"medtweet/{_version()}"},
                )
            except requests.RequestException as exc:
                failures += 1
                error = self._scrubbed(
                    TransportError(
                        f"{method} {path}: no answer from {self.base_url} "
                        f"({type(exc).__name__}: {exc})"
                    )
                )
                if idempotent and failures < self.retry.attempts:
                    delay = self.retry.delay(failures, self._rng)
                    log.warning("%s; retrying in %.1f s", error, delay)
                    self.sleep(delay)
                    continue
                raise error from None
            limits = parse_rate_limits(response.headers)
            if limits is not None:
                self.rate_limits[key] = limits
            body = _json(response)
            log.debug("%s %s -> %s", method, path, response.status_code)
            if response.status_code < 400:
                return body if isinstance(body, dict) else {}
            api_error = error_from_response(
                response.status_code,
                body,
                reset_at=limits.reset_at if limits is not None else None,
            )
            self._scrubbed(api_error)
            if (
                isinstance(api_error, AuthError)
                and not refreshed
                and isinstance(self._auth, OAuth2UserAuth)
                and self._auth.can_refresh
            ):
                refreshed = True
                self._refresh()
                continue
            if type(api_error) is RateLimitError:
                wait = self._rate_limit_wait(api_error, waits, limits)
                if wait is None:
                    raise api_error
                waits += 1
                log.warning("rate limited on %s; waiting %.0f s", key, wait)
                self.sleep(wait)
                continue
            if isinstance(api_error, ServerError) and idempotent:
                failures += 1
                if failures < self.retry.attempts:
                    delay = self.retry.delay(failures, self._rng)
                    log.warning("%s; retrying in %.1f s", api_error, delay)
                    self.sleep(delay)
                    continue
            raise api_error

    def _rate_limit_wait(
        self, error: RateLimitError, waits: int, limits: RateLimits | None
    ) -> float | None:
        """Seconds to wait before retrying after a 429, or ``None`` to raise it."""
        policy = self.on_rate_limit
        if policy == "raise":
            return None
        if callable(policy):
            chosen = policy(error)
            return None if chosen is None else max(0.0, float(chosen))
        if waits >= self.retry.rate_limit_waits:
            return None
        window = limits.window if limits is not None else None
        if window is not None and window.remaining and window.remaining > 0:
            # A 429 while the window has room: a hidden per-second limit.
            return max(1.0, self.retry.delay(waits + 1, self._rng))
        if error.reset_at is None:
            return 60.0
        seconds = (error.reset_at - self.clock()).total_seconds() + self.retry.rate_limit_slack
        if seconds > self.retry.max_rate_limit_wait:
            error.args = (
                f"{error.args[0]}. The window reopens in {seconds:.0f} s, more than "
                f"max_rate_limit_wait ({self.retry.max_rate_limit_wait:.0f} s)",
            )
            return None
        if seconds < 0:
            log.warning(
                "the rate-limit reset is %.0f s in the past: is this machine's clock right?",
                -seconds,
            )
        return max(self.retry.rate_limit_slack, seconds)


def _json(response: requests.Response) -> object:
    if not response.content:
        return {}
    try:
        return response.json()
    except ValueError:
        return response.text
