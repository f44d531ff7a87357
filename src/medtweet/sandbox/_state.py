"""What the sandbox remembers: users, posts, polls and media, behind one lock."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import attrs

from medtweet.sandbox._clock import SandboxClock, id_time

__all__ = [
    "MediaItem",
    "PollRecord",
    "PostRecord",
    "PostTable",
    "SandboxPost",
    "Store",
    "UserRecord",
]


@attrs.define(kw_only=True)
class UserRecord:
    """An account known to the sandbox."""

    id: str
    username: str
    name: str
    created_at: datetime
    description: str = ""
    verified: bool = False
    protected: bool = False
    followers_count: int = 0
    following_count: int = 0


@attrs.define(kw_only=True)
class PollRecord:
    """A poll attached to a post; votes are set by tests through ``SandboxServer.vote``."""

    id: str
    labels: list[str]
    votes: list[int]
    duration_minutes: int
    end_datetime: datetime


@attrs.define(kw_only=True)
class MediaItem:
    """An uploaded (or uploading) media object."""

    id: str
    owner_id: str
    category: str
    media_type: str
    created_at: datetime
    expires_at: datetime
    total_bytes: int | None = None
    segments: dict[int, bytes] = attrs.field(factory=dict)
    finalized: bool = False
    ready_at: datetime | None = None
    failed: bool = False
    width: int | None = None
    height: int | None = None
    alt_text: str | None = None
    additional_owners: frozenset[str] = frozenset()

    def usable_by(self, user_id: str) -> bool:
        """Whether ``user_id`` may attach this media (its owner or an additional owner)."""
        return user_id == self.owner_id or user_id in self.additional_owners

    @property
    def key(self) -> str:
        """The media key (``3_`` photos, ``7_`` videos, ``16_`` GIFs, as X numbers them)."""
        prefix = {"video": "7", "animated_gif": "16"}.get(self.kind, "3")
        return f"{prefix}_{self.id}"

    @property
    def kind(self) -> str:
        """``photo``, ``video`` or ``animated_gif``."""
        if "gif" in self.category:
            return "animated_gif"
        if "video" in self.category or self.media_type.startswith("video/"):
            return "video"
        return "photo"

    @property
    def size(self) -> int:
        """Bytes received so far."""
        return sum(len(chunk) for chunk in self.segments.values())

    def state(self, now: datetime) -> str:
        """``pending``/``in_progress``/``succeeded``/``failed`` (``uploading`` before finalize)."""
        if not self.finalized:
            return "uploading"
        if self.failed:
            return "failed"
        if self.ready_at is None or now >= self.ready_at:
            return "succeeded"
        return "in_progress" if now >= self.ready_at - timedelta(seconds=1) else "pending"


@attrs.define(kw_only=True)
class PostRecord:
    """A stored post (live or deleted)."""

    id: str
    text: str
    author_id: str
    created_at: datetime
    conversation_id: str
    in_reply_to_id: str | None = None
    in_reply_to_user_id: str | None = None
    quote_id: str | None = None
    retweet_of_id: str | None = None
    poll_id: str | None = None
    media_ids: list[str] = attrs.field(factory=list)
    reply_settings: str = "everyone"
    lang: str = "en"
    paid_partnership: bool = False
    made_with_ai: bool = False
    like_count: int = 0
    retweet_count: int = 0
    reply_count: int = 0
    quote_count: int = 0
    bookmark_count: int = 0
    impression_count: int = 0
    source: str = "medtweet sandbox"
    deleted: bool = False

    def public(self) -> SandboxPost:
        """A frozen snapshot for assertions."""
        return SandboxPost(
            id=self.id,
            text=self.text,
            author_id=self.author_id,
            created_at=self.created_at,
            conversation_id=self.conversation_id,
            in_reply_to_id=self.in_reply_to_id,
            quote_id=self.quote_id,
            poll_id=self.poll_id,
            media_ids=tuple(self.media_ids),
            reply_settings=self.reply_settings,
            paid_partnership=self.paid_partnership,
            deleted=self.deleted,
        )


@attrs.frozen(kw_only=True)
class SandboxPost:
    """A post the sandbox stored, as tests see it (``sb.posts``).

    Attributes:
        id: the post id (numeric string).
        text: the text as posted.
        author_id: the author's user id.
        created_at: when it was stored (sandbox clock, UTC).
        conversation_id: the root post's id.
        in_reply_to_id: the post it replies to, if any.
        quote_id: the post it quotes, if any.
        poll_id: its poll's id, if any.
        media_ids: the media attached, in order.
        reply_settings: who may reply (``everyone`` when not restricted).
        paid_partnership: the paid-partnership disclosure.
        deleted: whether it was deleted since.
    """

    id: str
    text: str
    author_id: str
    created_at: datetime
    conversation_id: str
    in_reply_to_id: str | None
    quote_id: str | None
    poll_id: str | None
    media_ids: tuple[str, ...]
    reply_settings: str
    paid_partnership: bool
    deleted: bool


def _canonical(key: str) -> int | None:
    """``key`` as an int when it is one written canonically (``"42"``, ``"-7"``), else None."""
    try:
        ident = int(key)
    except ValueError:
        return None
    return ident if str(ident) == key else None


TIME_SLACK = timedelta(seconds=1)
"""How far a stored post's ``created_at`` may be from its id's time for id-bisected windows."""


class PostTable(dict[str, PostRecord]):
    """Posts by id that also keep their numeric ids in ascending order, and an author+text index.

    A plain ``dict`` to every reader. Inserting a post with a larger id than any stored one (a
    post made now: ids increase with the clock) appends; inserting an older id (seeding the past)
    only marks the order unsorted, and the next :meth:`ascending_ids` sorts once. Removing keys
    (never done by the sandbox itself, which marks posts deleted) rebuilds the order lazily.
    :attr:`time_ordered` stays true while every post's ``created_at`` lies within
    :data:`TIME_SLACK` of the moment its id was minted for, so that time windows can be found
    by bisecting ids (``created_at`` is treated as fixed once stored). Keys that are not
    canonical integers are kept but not indexed (the sandbox only mints canonical ids).
    :meth:`same_content` and :meth:`by_author` find an author's posts (with a given text)
    without a scan (the duplicate-content check, a user's post count). Hold the store's lock
    while using it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._ids: list[int] = []
        self._content: dict[tuple[str, str], list[str]] = {}
        self._authors: dict[str, list[str]] = {}
        self._sorted = True
        self._stale = False
        self.time_ordered = True

    def __setitem__(self, key: str, value: PostRecord) -> None:
        if self.time_ordered:
            try:
                minted = id_time(key)
            except (ValueError, OverflowError, OSError):
                self.time_ordered = False
            else:
                if not minted - TIME_SLACK <= value.created_at < minted + TIME_SLACK:
                    self.time_ordered = False
        if not self._stale and key not in self:
            ident = _canonical(key)
            if ident is None:  # not a canonical id: the numeric index cannot hold it
                self._stale = True
            else:
                if self._ids and ident < self._ids[-1]:
                    self._sorted = False
                self._ids.append(ident)
        old = self.get(key)
        if old is None or (old.author_id, old.text) != (value.author_id, value.text):
            self._content.setdefault((value.author_id, value.text), []).append(key)
        if old is None or old.author_id != value.author_id:
            self._authors.setdefault(value.author_id, []).append(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._stale = True

    def pop(self, key: str, *default: Any) -> Any:
        """``dict.pop``; the indexes are rebuilt on next use."""
        self._stale = True
        return super().pop(key, *default)

    def popitem(self) -> tuple[str, PostRecord]:
        """``dict.popitem``; the indexes are rebuilt on next use."""
        self._stale = True
        return super().popitem()

    def clear(self) -> None:
        """``dict.clear``; the indexes are rebuilt on next use."""
        self._stale = True
        super().clear()

    def setdefault(self, key: str, default: PostRecord) -> PostRecord:
        """``dict.setdefault`` through the indexing ``__setitem__``."""
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args: Any, **kwargs: PostRecord) -> None:
        """``dict.update`` through the indexing ``__setitem__``."""
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other: Any) -> PostTable:  # type: ignore[override,misc]
        self.update(other)
        return self

    def _reindex(self) -> None:
        """Rebuild both indexes from the stored posts (after keys were removed)."""
        self._ids = sorted(ident for key in self if (ident := _canonical(key)) is not None)
        self._content = {}
        self._authors = {}
        for key, post in self.items():
            self._content.setdefault((post.author_id, post.text), []).append(key)
            self._authors.setdefault(post.author_id, []).append(key)
        self._stale = False
        self._sorted = True

    def same_content(self, author_id: str, text: str) -> list[PostRecord]:
        """The stored posts (live or deleted) by ``author_id`` whose text is exactly ``text``."""
        if self._stale:
            self._reindex()
        found = (dict.get(self, key) for key in self._content.get((author_id, text), ()))
        return [
            post
            for post in found
            if post is not None and post.author_id == author_id and post.text == text
        ]

    def by_author(self, author_id: str) -> list[PostRecord]:
        """The stored posts (live or deleted) by ``author_id``, oldest stored first."""
        if self._stale:
            self._reindex()
        found = (dict.get(self, key) for key in self._authors.get(author_id, ()))
        return [post for post in found if post is not None and post.author_id == author_id]

    def ascending_ids(self) -> list[int]:
        """Every stored post id as an int, ascending (do not modify the list)."""
        if self._stale:
            self._reindex()
        elif not self._sorted:
            self._ids.sort()
            self._sorted = True
        return self._ids

    def by_number(self, ident: int) -> PostRecord:
        """The post whose id is ``ident`` (an element of :meth:`ascending_ids`)."""
        return dict.__getitem__(self, str(ident))


class Store:
    """All sandbox state; hold :attr:`lock` while reading or changing it."""

    def __init__(self, clock: SandboxClock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.users: dict[str, UserRecord] = {}
        self.posts: PostTable = PostTable()
        self.polls: dict[str, PollRecord] = {}
        self.media: dict[str, MediaItem] = {}
        self._names: dict[str, UserRecord] = {}

    def new_id(self, at: datetime | None = None) -> str:
        """A fresh id (increasing for now; unique for a past moment ``at``)."""
        ident = self.clock.next_id(at)
        while ident in self.posts or ident in self.polls or ident in self.media:
            ident = str(int(ident) + 1)
        return ident

    def live_post(self, post_id: str) -> PostRecord | None:
        """The post with this id unless it does not exist or was deleted."""
        post = self.posts.get(post_id)
        return None if post is None or post.deleted else post

    def user_by_name(self, username: str) -> UserRecord | None:
        """The user with this username (case-insensitive)."""
        wanted = username.lower()
        known = self._names.get(wanted)
        if (
            known is not None
            and self.users.get(known.id) is known
            and known.username.lower() == (wanted)
        ):
            return known
        if known is None and len(self._names) == len(self.users):
            return None  # every user is indexed under its current name
        found = next((u for u in self.users.values() if u.username.lower() == wanted), None)
        self._names = {u.username.lower(): u for u in self.users.values()}
        return found

    def add_user(
        self,
        username: str,
        *,
        name: str | None = None,
        user_id: str | None = None,
        description: str = "",
        verified: bool = False,
    ) -> UserRecord:
        """Create (or return the existing) user called ``username``."""
        existing = self.user_by_name(username)
        if existing is not None:
            return existing
        ident = user_id or str(1_000_000_000 + len(self.users) + 1)
        user = UserRecord(
            id=ident,
            username=username,
            name=name or username,
            created_at=self.clock.now() - timedelta(days=900),
            description=description,
            verified=verified,
        )
        self.users[ident] = user
        self._names[username.lower()] = user
        return user
