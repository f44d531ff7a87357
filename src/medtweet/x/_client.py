"""``XClient``: the X API v2 client."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from medtweet.x._auth import ENV_PREFIX, auth_from_env
from medtweet.x._posting import PostingMixin
from medtweet.x._search import SearchMixin

__all__ = ["XClient"]


class XClient(SearchMixin, PostingMixin):
    """A client for the X API v2 that posts threads exactly once.

    Args:
        auth: a bearer token string (app-only) or an auth object: :class:`~medtweet.AppAuth`,
            :class:`~medtweet.OAuth2UserAuth` (refreshed automatically when it has a refresh
            token and client id) or :class:`~medtweet.OAuth1UserAuth`.
        base_url: the API root; point it at a :class:`~medtweet.sandbox.SandboxServer` to work
            offline.
        session: a ``requests.Session`` to reuse (connection pooling, proxies).
        timeout: ``(connect, read)`` seconds; every request has one.
        on_rate_limit: ``"wait"`` (sleep until the window reopens, then retry), ``"raise"``
            (raise :class:`~medtweet.RateLimitError`), or a callable that receives the
            ``RateLimitError`` and returns seconds to wait before retrying, or ``None`` to
            raise it. A usage cap (:class:`~medtweet.UsageCapError`) is never waited out.
        retry: the :class:`~medtweet.x.RetryPolicy` (attempts and backoff).
        clock: returns the current aware ``datetime`` (inject a fake one in tests).
        sleep: blocks for N seconds (inject one that advances a fake clock in tests).
        dialect: ``"classic"`` (``tweet.fields``) or ``"2026"`` (``post.fields``) wire names.
        prices: per-post prices for the cost estimate.
        seed: seeds the backoff jitter (reproducible tests).

    Attributes:
        rate_limits: the last rate-limit state per endpoint, e.g.
            ``client.rate_limits["POST /2/tweets"].window.remaining``.
    """

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> XClient:
        """A client from the ``MEDTWEET_X_*`` environment variables.

        Credentials as in :func:`medtweet.x.auth_from_env`; ``MEDTWEET_X_BASE_URL``
        (default ``https://api.x.com``) picks the server. ``options`` go to the constructor.

        Raises:
            UnsupportedAuthError: no credentials are set.
        """
        env = os.environ if environ is None else environ
        options.setdefault("base_url", env.get(f"{ENV_PREFIX}BASE_URL") or "https://api.x.com")
        return cls(auth_from_env(env), **options)
