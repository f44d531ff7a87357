"""What the sandbox remembers: users, posts, polls and media, behind one lock."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import attrs

from medtweet.sandbox._clock import SandboxClock

__all__ = ["MediaItem", "PollRecord", "PostRecord", "SandboxPost", "Store", "UserRecord"]


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


class Store:
    """All sandbox state; hold :attr:`lock` while reading or changing it."""

    def __init__(self, clock: SandboxClock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.users: dict[str, UserRecord] = {}
        self.posts: dict[str, PostRecord] = {}
        self.polls: dict[str, PollRecord] = {}
        self.media: dict[str, MediaItem] = {}

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
        return next((u for u in self.users.values() if u.username.lower() == wanted), None)

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
        return user
