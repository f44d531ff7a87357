"""Auth objects: which credentials a request carries, and what they are allowed to do.

Tokens never appear in ``repr``: every secret field prints as ``'***'``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Literal

import attrs
import requests
import requests.auth

from medtweet._errors import UnsupportedAuthError

__all__ = [
    "AppAuth",
    "Auth",
    "AuthKind",
    "OAuth1UserAuth",
    "OAuth2UserAuth",
    "ENV_PREFIX",
    "as_auth",
    "auth_from_env",
    "secrets_of",
]

AuthKind = Literal["app", "user"]
"""``"app"``: application-only bearer (public reads). ``"user"``: acts as one account."""


def _hidden(_: object) -> str:
    return "'***'"


def _scopes(value: Iterable[str] | str | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split()
    return frozenset(value)


class _Bearer(requests.auth.AuthBase):
    """Sets ``Authorization: Bearer <token>``; prints without the token."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "_Bearer('***')"


@attrs.frozen
class AppAuth:
    """Application-only bearer token: public reads and search, never posting.

    Get one in the developer portal (Keys and tokens → Bearer Token), or from
    ``POST /oauth2/token`` with ``grant_type=client_credentials``.

    Attributes:
        bearer_token: the app's bearer token.
    """

    bearer_token: str = attrs.field(repr=_hidden)

    @property
    def kind(self) -> AuthKind:
        """Always ``"app"``."""
        return "app"

    @property
    def scopes(self) -> frozenset[str] | None:
        """``None``: an app token has no OAuth 2.0 scopes to check."""
        return None

    def requests_auth(self) -> requests.auth.AuthBase:
        """The ``requests`` auth handler that signs a request with this token."""
        return _Bearer(self.bearer_token)

    def secrets(self) -> tuple[str, ...]:
        """Every secret string this object holds (to scrub them from messages)."""
        return (self.bearer_token,)


@attrs.frozen(kw_only=True)
class OAuth2UserAuth:
    """OAuth 2.0 user-context token (authorization code with PKCE), refreshed when it expires.

    Access tokens live two hours. With a ``refresh_token`` (scope ``offline.access``) and the
    app's ``client_id``, :class:`~medtweet.XClient` refreshes through ``POST /2/oauth2/token``
    shortly before ``expires_at`` and once after a 401; it then calls ``on_refresh`` with the
    new auth object, which carries the refresh token to use next time: save it.

    Attributes:
        access_token: the user's access token.
        refresh_token: the refresh token, if ``offline.access`` was granted.
        client_id: the app's OAuth 2.0 client id (needed to refresh).
        client_secret: for confidential clients only (refresh then uses HTTP Basic).
        expires_at: when ``access_token`` expires (timezone-aware), if known.
        scopes: the granted scopes, if known; calls that need a missing scope fail early.
        on_refresh: called with the refreshed auth object.
    """

    access_token: str = attrs.field(repr=_hidden)
    refresh_token: str | None = attrs.field(default=None, repr=_hidden)
    client_id: str | None = None
    client_secret: str | None = attrs.field(default=None, repr=_hidden)
    expires_at: datetime | None = None
    scopes: frozenset[str] | None = attrs.field(default=None, converter=_scopes)
    on_refresh: Callable[[OAuth2UserAuth], object] | None = attrs.field(
        default=None, repr=False, eq=False
    )

    @property
    def kind(self) -> AuthKind:
        """Always ``"user"``."""
        return "user"

    @property
    def can_refresh(self) -> bool:
        """Whether a refresh token and client id are there to refresh with."""
        return bool(self.refresh_token and self.client_id)

    def requests_auth(self) -> requests.auth.AuthBase:
        """The ``requests`` auth handler that signs a request with this token."""
        return _Bearer(self.access_token)

    def secrets(self) -> tuple[str, ...]:
        """Every secret string this object holds (to scrub them from messages)."""
        return tuple(s for s in (self.access_token, self.refresh_token, self.client_secret) if s)


@attrs.frozen(kw_only=True)
class OAuth1UserAuth:
    """OAuth 1.0a user context (consumer key/secret + access token/secret).

    Signing is done by ``requests-oauthlib``: install the extra with
    ``pip install 'medtweet[oauth1]'``.

    Attributes:
        consumer_key: the app's API key.
        consumer_secret: the app's API key secret.
        access_token: the user's access token.
        access_token_secret: the user's access token secret.
    """

    consumer_key: str = attrs.field(repr=_hidden)
    consumer_secret: str = attrs.field(repr=_hidden)
    access_token: str = attrs.field(repr=_hidden)
    access_token_secret: str = attrs.field(repr=_hidden)

    @property
    def kind(self) -> AuthKind:
        """Always ``"user"``."""
        return "user"

    @property
    def scopes(self) -> frozenset[str] | None:
        """``None``: OAuth 1.0a has app permissions, not scopes."""
        return None

    def requests_auth(self) -> requests.auth.AuthBase:
        """An ``OAuth1`` handler from ``requests-oauthlib`` (the ``oauth1`` extra).

        Raises:
            ImportError: when requests-oauthlib is not installed.
        """
        try:
            module = importlib.import_module("requests_oauthlib")
        except ImportError as exc:
            raise ImportError(
                "OAuth1UserAuth needs requests-oauthlib: pip install 'medtweet[oauth1]'"
            ) from exc
        handler: requests.auth.AuthBase = module.OAuth1(
            self.consumer_key,
            client_secret=self.consumer_secret,
            resource_owner_key=self.access_token,
            resource_owner_secret=self.access_token_secret,
        )
        return handler

    def secrets(self) -> tuple[str, ...]:
        """Every secret string this object holds (to scrub them from messages)."""
        return (
            self.consumer_key,
            self.consumer_secret,
            self.access_token,
            self.access_token_secret,
        )


Auth = AppAuth | OAuth2UserAuth | OAuth1UserAuth
"""Any of the three auth objects."""


def as_auth(auth: Auth | str) -> Auth:
    """An auth object from what :class:`~medtweet.XClient` was given.

    A plain string is taken as an app-only bearer token; to use an OAuth 2.0 user access
    token, wrap it: ``OAuth2UserAuth(access_token=...)``.

    Raises:
        TypeError: for anything that is neither a string nor an auth object.
    """
    if isinstance(auth, str):
        if not auth:
            raise ValueError("auth: the bearer token is empty")
        return AppAuth(auth)
    if isinstance(auth, AppAuth | OAuth2UserAuth | OAuth1UserAuth):
        return auth
    raise TypeError(
        "auth must be a bearer token str, AppAuth, OAuth2UserAuth or OAuth1UserAuth, "
        f"not {type(auth).__name__}"
    )


def secrets_of(auth: Auth) -> tuple[str, ...]:
    """The secrets of ``auth`` (non-empty ones only)."""
    return tuple(s for s in auth.secrets() if s)


ENV_PREFIX = "MEDTWEET_X_"
"""Prefix of the environment variables :func:`auth_from_env` reads."""


def auth_from_env(environ: Mapping[str, str] | None = None) -> Auth:
    """The auth object the ``MEDTWEET_X_*`` environment variables describe.

    Checked in this order (the first complete set wins):

    1. OAuth 1.0a: ``MEDTWEET_X_CONSUMER_KEY``, ``MEDTWEET_X_CONSUMER_SECRET``,
       ``MEDTWEET_X_ACCESS_TOKEN``, ``MEDTWEET_X_ACCESS_TOKEN_SECRET``.
    2. OAuth 2.0 user: ``MEDTWEET_X_ACCESS_TOKEN`` with optional
       ``MEDTWEET_X_REFRESH_TOKEN``, ``MEDTWEET_X_CLIENT_ID``, ``MEDTWEET_X_CLIENT_SECRET``,
       ``MEDTWEET_X_SCOPES`` (space-separated).
    3. App-only: ``MEDTWEET_X_BEARER_TOKEN``.

    Raises:
        UnsupportedAuthError: none of them is set.
    """
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        return env.get(ENV_PREFIX + name) or None

    oauth1 = [get(n) for n in ("CONSUMER_KEY", "CONSUMER_SECRET", "ACCESS_TOKEN")]
    secret = get("ACCESS_TOKEN_SECRET")
    if all(oauth1) and secret:
        key, consumer_secret, token = (str(v) for v in oauth1)
        return OAuth1UserAuth(
            consumer_key=key,
            consumer_secret=consumer_secret,
            access_token=token,
            access_token_secret=secret,
        )
    access = get("ACCESS_TOKEN")
    if access:
        return OAuth2UserAuth(
            access_token=access,
            refresh_token=get("REFRESH_TOKEN"),
            client_id=get("CLIENT_ID"),
            client_secret=get("CLIENT_SECRET"),
            scopes=get("SCOPES"),
        )
    bearer = get("BEARER_TOKEN")
    if bearer:
        return AppAuth(bearer)
    raise UnsupportedAuthError(
        "no X credentials in the environment: set MEDTWEET_X_BEARER_TOKEN (read-only), "
        "MEDTWEET_X_ACCESS_TOKEN (OAuth 2.0 user) or the four OAuth 1.0a variables"
    )
