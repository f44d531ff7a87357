"""``SandboxServer``: the public face of the sandbox."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from medtweet._errors import ValidationError
from medtweet.sandbox._app import App, Settings
from medtweet.sandbox._auth import ALL_SCOPES, TokenBook
from medtweet.sandbox._clock import SandboxClock
from medtweet.sandbox._faults import Faults
from medtweet.sandbox._http import SandboxHTTPServer
from medtweet.sandbox._ratelimits import RateLimiter
from medtweet.sandbox._routes import ROUTES
from medtweet.sandbox._seed import load_seed
from medtweet.sandbox._state import SandboxPost, Store

__all__ = ["SandboxServer"]

SeedSource = str | Path | Iterable[Mapping[str, Any]]


class SandboxServer:
    """A local X API v2 on 127.0.0.1 for tests and demos: no credentials, no network.

    Use it as a context manager::

        with SandboxServer() as sb:
            requests.post(f"{sb.base_url}/2/tweets", json={"text": "hi"},
                          headers={"Authorization": f"Bearer {sb.user_token}"})

    Args:
        port: the port to listen on (0 picks a free one).
        clock: a :class:`SandboxClock`; by default a frozen clock at the current time.
        seed: posts to load at start: a JSONL path, ``"demo"`` for the shipped conference
            posts, or an iterable of seed dicts (format in ``docs/sandbox.md``).
        faults: a JSON fault script (path) or a list of fault dicts to load at start.
        username: the sandbox account that owns :attr:`user_token`.
        settings: behaviour switches (:class:`Settings`); also reachable as ``sb.settings``.

    Attributes:
        clock: the controllable clock (``sb.clock.advance(60)``).
        faults: the fault script (``sb.faults.add("POST /2/tweets", "drop_after_store")``).
        settings: behaviour switches (duplicate window, visibility delay, reply rule ...).
        rate_limits: the limiter; ``sb.rate_limits.set_limit("create_post", user=3)``.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        clock: SandboxClock | None = None,
        seed: SeedSource | None = None,
        faults: str | Path | Iterable[Mapping[str, Any]] | None = None,
        username: str = "sandbox_md",
        settings: Settings | None = None,
    ) -> None:
        self.clock = clock or SandboxClock()
        self.settings = settings or Settings()
        self._store = Store(self.clock)
        me = self._store.add_user(
            username,
            name="Sandbox MD",
            user_id="1000000001",
            description="The medtweet sandbox account.",
        )
        self.user_id = me.id
        self.username = me.username
        self._tokens = TokenBook(self.clock, me.id)
        self.rate_limits = RateLimiter(self.clock)
        self.faults = Faults()
        if faults is not None:
            self.faults.load(faults)
        if seed is not None:
            load_seed(self._store, seed)
        self._app = App(
            clock=self.clock,
            store=self._store,
            tokens=self._tokens,
            limiter=self.rate_limits,
            faults=self.faults,
            settings=self.settings,
            routes=ROUTES,
        )
        self._port = port
        self._httpd: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> SandboxServer:
        """Start serving in a background thread (idempotent); return self."""
        if self._httpd is None:
            self._httpd = SandboxHTTPServer(self._port, self._app)
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.02},
                name="medtweet-sandbox",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._httpd = None
            self._thread = None

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line uses this)."""
        self.start()
        thread = self._thread
        try:
            while thread is not None and thread.is_alive():
                thread.join(timeout=0.5)
        finally:
            self.stop()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- where and who ---------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port it listens on (after :meth:`start`)."""
        if self._httpd is None:
            raise RuntimeError("the sandbox is not running; use it as a context manager")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``: pass it as the client's base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def app_token(self) -> str:
        """An app-only bearer token (reads and search; cannot post)."""
        return self._tokens.app_token

    @property
    def user_token(self) -> str:
        """An OAuth 2.0 user access token with every scope.

        It does not expire, so tests can move the clock freely; tokens from
        :meth:`issue_user_token` and from the refresh grant live 2 hours of sandbox time.
        """
        return self._tokens.user_token

    @property
    def refresh_token(self) -> str:
        """The refresh token issued with :attr:`user_token` (single use, rotates)."""
        return self._tokens.refresh_token

    @property
    def client_id(self) -> str:
        """The OAuth 2.0 client id ``/2/oauth2/token`` expects."""
        return self._tokens.client_id

    @property
    def client_secret(self) -> str:
        """The OAuth 2.0 client secret (for HTTP Basic on the token endpoints)."""
        return self._tokens.client_secret

    @property
    def oauth1(self) -> dict[str, str]:
        """OAuth 1.0a user-context credentials (requests must be signed with them, HMAC-SHA1)."""
        return {
            "consumer_key": self._tokens.consumer_key,
            "consumer_secret": self._tokens.consumer_secret,
            "access_token": self._tokens.oauth1_token,
            "access_token_secret": self._tokens.oauth1_secret,
        }

    def issue_user_token(
        self, scopes: Iterable[str] = ALL_SCOPES, *, username: str | None = None
    ) -> tuple[str, str]:
        """A new OAuth 2.0 user token and refresh token.

        The refresh token is empty unless ``offline.access`` is among ``scopes``. ``username``
        picks another account (created on first use) instead of the sandbox account.
        """
        user_id = self.user_id
        if username is not None:
            with self._store.lock:
                user_id = self._store.add_user(username).id
        return self._tokens.issue_user(user_id, scopes)

    def revoke(self, token: str) -> None:
        """Invalidate a token (the next request with it gets 401)."""
        self._tokens.revoke(token)

    # -- state for assertions ----------------------------------------------------------------

    def _snapshot(self, *, deleted: bool) -> tuple[SandboxPost, ...]:
        """Stored posts that are (or are not) deleted, oldest first, from the id index."""
        with self._store.lock:
            table = self._store.posts
            found = (table.by_number(ident) for ident in table.ascending_ids())
            return tuple(p.public() for p in found if p.deleted == deleted)

    @property
    def posts(self) -> tuple[SandboxPost, ...]:
        """Live (not deleted) posts, oldest first."""
        return self._snapshot(deleted=False)

    @property
    def deleted_posts(self) -> tuple[SandboxPost, ...]:
        """Deleted posts, oldest first."""
        return self._snapshot(deleted=True)

    def post(self, post_id: str) -> SandboxPost:
        """One stored post by id (live or deleted); KeyError when unknown."""
        with self._store.lock:
            return self._store.posts[post_id].public()

    def alt_text(self, media_id: str) -> str | None:
        """The alt text stored for a media id."""
        with self._store.lock:
            return self._store.media[media_id].alt_text

    @property
    def requests_seen(self) -> int:
        """How many HTTP requests reached the app (dropped ones included)."""
        return self._app.requests_seen

    # -- helpers for tests ------------------------------------------------------------------

    def vote(self, poll_id: str, option: int | str, n: int = 1) -> None:
        """Add ``n`` votes to a poll option (1-based position or label).

        ``poll_id`` may also be the id of the post that carries the poll.

        Raises:
            KeyError: unknown poll or option.
            ValueError: the poll is closed on the sandbox clock, or ``n`` < 0.
        """
        if n < 0:
            raise ValidationError(f"n must not be negative, got {n}; votes are only ever added")
        with self._store.lock:
            poll = self._store.polls.get(poll_id)
            if poll is None and poll_id in self._store.posts:
                post_poll = self._store.posts[poll_id].poll_id
                poll = self._store.polls.get(post_poll or "")
            if poll is None:
                raise KeyError(
                    f"no poll {poll_id!r}: pass a poll id or the id of a post that carries a poll"
                )
            if self.clock.now() >= poll.end_datetime:
                raise ValidationError(
                    f"poll {poll.id} closed at {poll.end_datetime.isoformat()}; vote before "
                    "advancing the sandbox clock past its end"
                )
            if isinstance(option, int):
                if not 1 <= option <= len(poll.labels):
                    raise KeyError(f"poll {poll.id} has options 1..{len(poll.labels)}")
                index = option - 1
            else:
                if option not in poll.labels:
                    raise KeyError(f"poll {poll.id} has no option {option!r}")
                index = poll.labels.index(option)
            poll.votes[index] += n

    def seed(self, source: SeedSource) -> list[str]:
        """Load more posts (see the seed format); return their ids."""
        return load_seed(self._store, source)

    def fail_media_processing(self, media_id: str) -> None:
        """Make a media upload end in processing state ``failed``."""
        with self._store.lock:
            self._store.media[media_id].failed = True

    def now(self) -> datetime:
        """The sandbox clock's time (same as ``sb.clock.now()``)."""
        return self.clock.now()

    def advance(self, seconds: float | timedelta) -> datetime:
        """Move the clock forward (same as ``sb.clock.advance``)."""
        return self.clock.advance(seconds)
