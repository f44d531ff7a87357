"""``XPost``: one post as search returns it, with expansions resolved, in Python names.

Parsing is tolerant of both API dialects (see :mod:`medtweet._wire`): ``referenced_tweets`` or
``referenced_posts``, ``includes.tweets`` or ``includes.posts``, ``retweet_count`` or
``repost_count``; and of twarc2's flattened tweets (``author`` and referenced posts inline).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from medtweet._wire import CLASSIC, POST_2026
from medtweet.x._tags import hashtags_in

__all__ = ["PostMetrics", "ReferencedPost", "XPost", "posts_of_page"]

_MENTION = re.compile(r"(?<![\w@\uff20])[@\uff20]([A-Za-z0-9_]{1,15})(?![\w@\uff20])")
_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MEDIA_LINK = re.compile(
    r"^https?://(?:www\.)?(?:x|twitter)\.com/[^/]+/status/\d+/(?:photo|video)/"
)


@attrs.frozen(kw_only=True)
class PostMetrics:
    """A post's public counts (``None`` where the API did not say)."""

    likes: int = 0
    reposts: int = 0
    replies: int = 0
    quotes: int = 0
    bookmarks: int | None = None
    impressions: int | None = None

    @property
    def engagement(self) -> int:
        """Likes + reposts + replies + quotes: the ranking used by :func:`medtweet.digest`."""
        return self.likes + self.reposts + self.replies + self.quotes

    @classmethod
    def from_api(cls, metrics: Mapping[str, Any] | None) -> PostMetrics:
        """Read ``public_metrics`` in either dialect."""
        if not metrics:
            return cls()
        reposts = metrics.get(CLASSIC.repost_count, metrics.get(POST_2026.repost_count, 0))
        return cls(
            likes=int(metrics.get("like_count", 0) or 0),
            reposts=int(reposts or 0),
            replies=int(metrics.get("reply_count", 0) or 0),
            quotes=int(metrics.get("quote_count", 0) or 0),
            bookmarks=_opt_int(metrics.get("bookmark_count")),
            impressions=_opt_int(metrics.get("impression_count")),
        )


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


@attrs.frozen(kw_only=True)
class ReferencedPost:
    """A post this one replies to, quotes or reposts.

    Attributes:
        kind: ``"replied_to"``, ``"quoted"`` or ``"retweeted"``.
        id: the referenced post's id.
        post: the referenced post when the response included it (``None`` otherwise).
    """

    kind: str
    id: str
    post: XPost | None = None


@attrs.frozen(kw_only=True)
class XPost:
    """One post from a search, a lookup or an archive.

    Attributes:
        id: the post id (a string of digits).
        text: the text as X returns it (retweets are truncated; see ``referenced``).
        created_at: when it was posted (aware, UTC), or ``None`` if the field was not requested.
        author_id: the author's user id.
        author_username: the author's handle without ``@`` (from the ``author_id`` expansion).
        author_name: the author's display name.
        conversation_id: the id of the conversation's first post.
        in_reply_to_user_id: whom this post replies to.
        lang: X's language guess (BCP 47), if requested.
        hashtags: hashtags without ``#``, in order (the API's entities, else extracted).
        mentions: mentioned handles without ``@``, in order.
        urls: links in the post, expanded (links to the post's own media left out).
        metrics: public counts.
        referenced: posts this one replies to, quotes or reposts.
    """

    id: str
    text: str
    created_at: datetime | None = None
    author_id: str | None = None
    author_username: str | None = None
    author_name: str | None = None
    conversation_id: str | None = None
    in_reply_to_user_id: str | None = None
    lang: str | None = None
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    metrics: PostMetrics = PostMetrics()
    referenced: tuple[ReferencedPost, ...] = ()

    @property
    def url(self) -> str:
        """The post's address on x.com."""
        return f"https://x.com/{self.author_username or 'i'}/status/{self.id}"

    def _is(self, kind: str) -> bool:
        return any(ref.kind == kind for ref in self.referenced)

    @property
    def is_retweet(self) -> bool:
        """Whether this is a repost (retweet) of another post."""
        return self._is("retweeted")

    @property
    def is_reply(self) -> bool:
        """Whether this replies to another post."""
        return self._is("replied_to")

    @property
    def is_quote(self) -> bool:
        """Whether this quotes another post."""
        return self._is("quoted")

    @classmethod
    def from_api(cls, data: Mapping[str, Any], includes: Mapping[str, Any] | None = None) -> XPost:
        """Build a post from one item of a response's ``data`` and the response's ``includes``.

        For a whole page prefer :func:`posts_of_page`, which indexes ``includes`` once.

        Raises:
            ValueError: ``data`` has no ``id``.
        """
        return _parse(data, _Includes(includes), depth=0)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict in medtweet's archive form (see :func:`medtweet.archive`)."""
        return {
            "id": self.id,
            "text": self.text,
            "created_at": None if self.created_at is None else self.created_at.isoformat(),
            "author_id": self.author_id,
            "author_username": self.author_username,
            "author_name": self.author_name,
            "conversation_id": self.conversation_id,
            "in_reply_to_user_id": self.in_reply_to_user_id,
            "lang": self.lang,
            "hashtags": list(self.hashtags),
            "mentions": list(self.mentions),
            "urls": list(self.urls),
            "metrics": attrs.asdict(self.metrics),
            "referenced": [
                {
                    "kind": ref.kind,
                    "id": ref.id,
                    "post": None if ref.post is None else ref.post.to_json(),
                }
                for ref in self.referenced
            ],
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> XPost:
        """The inverse of :meth:`to_json`."""
        created = obj.get("created_at")
        metrics = obj.get("metrics") or {}
        return cls(
            id=str(obj["id"]),
            text=str(obj.get("text", "")),
            created_at=None if created is None else _parse_time(created),
            author_id=obj.get("author_id"),
            author_username=obj.get("author_username"),
            author_name=obj.get("author_name"),
            conversation_id=obj.get("conversation_id"),
            in_reply_to_user_id=obj.get("in_reply_to_user_id"),
            lang=obj.get("lang"),
            hashtags=tuple(obj.get("hashtags") or ()),
            mentions=tuple(obj.get("mentions") or ()),
            urls=tuple(obj.get("urls") or ()),
            metrics=PostMetrics(**metrics),
            referenced=tuple(
                ReferencedPost(
                    kind=str(ref["kind"]),
                    id=str(ref["id"]),
                    post=None if ref.get("post") is None else cls.from_json(ref["post"]),
                )
                for ref in obj.get("referenced") or ()
            ),
        )


def posts_of_page(page: Mapping[str, Any]) -> Iterator[XPost]:
    """The posts of one API response (``data`` + ``includes``), expansions resolved.

    The empty page (no ``data`` key, ``result_count`` 0) yields nothing.
    """
    data = page.get("data")
    if not data:
        return
    if isinstance(data, Mapping):  # a single-post lookup
        data = [data]
    index = _Includes(page.get("includes"))
    for item in data:
        yield _parse(item, index, depth=0)


class _Includes:
    """``includes`` indexed by id, in either dialect."""

    __slots__ = ("posts", "users")

    def __init__(self, includes: Mapping[str, Any] | None) -> None:
        self.users: dict[str, Mapping[str, Any]] = {}
        self.posts: dict[str, Mapping[str, Any]] = {}
        if not includes:
            return
        for user in includes.get("users") or ():
            if "id" in user:
                self.users[str(user["id"])] = user
        for bucket in (CLASSIC.includes_posts, POST_2026.includes_posts):
            for post in includes.get(bucket) or ():
                if "id" in post:
                    self.posts[str(post["id"])] = post


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not value:
        return None
    parsed = datetime.fromisoformat(str(value))
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _urls(entities: Mapping[str, Any] | None, text: str) -> tuple[str, ...]:
    if entities is None:
        return tuple(_URL.findall(text))
    found: list[str] = []
    for item in entities.get("urls") or ():
        if item.get("media_key"):
            continue
        link = item.get("unwound_url") or item.get("expanded_url") or item.get("url")
        if link and not _MEDIA_LINK.match(link):
            found.append(str(link))
    return tuple(found)


def _parse(data: Mapping[str, Any], index: _Includes, depth: int) -> XPost:
    if "id" not in data:
        raise ValueError("a post needs an 'id'")
    text = str(data.get("text", ""))
    author_id = data.get("author_id")
    author = data.get("author") if isinstance(data.get("author"), Mapping) else None
    if author is None and author_id is not None:
        author = index.users.get(str(author_id))
    if author_id is None and author is not None:
        author_id = author.get("id")
    entities = data.get("entities")
    if isinstance(entities, Mapping):
        tags = tuple(str(h.get("tag", "")) for h in entities.get("hashtags") or ())
        mentions = tuple(str(m.get("username", "")) for m in entities.get("mentions") or ())
    else:
        entities = None
        tags = hashtags_in(text)
        mentions = tuple(_MENTION.findall(text))
    refs_raw = data.get(CLASSIC.referenced_posts)
    if refs_raw is None:
        refs_raw = data.get(POST_2026.referenced_posts)
    referenced: list[ReferencedPost] = []
    for ref in refs_raw or ():
        ref_id = str(ref.get("id", ""))
        resolved: XPost | None = None
        if depth == 0:
            inline = ref if "text" in ref else index.posts.get(ref_id)
            if inline is not None:
                resolved = _parse(inline, index, depth=1)
        referenced.append(ReferencedPost(kind=str(ref.get("type", "")), id=ref_id, post=resolved))
    return XPost(
        id=str(data["id"]),
        text=text,
        created_at=_parse_time(data.get("created_at")),
        author_id=None if author_id is None else str(author_id),
        author_username=None if author is None else author.get("username"),
        author_name=None if author is None else author.get("name"),
        conversation_id=data.get("conversation_id"),
        in_reply_to_user_id=data.get("in_reply_to_user_id"),
        lang=data.get("lang"),
        hashtags=tags,
        mentions=mentions,
        urls=_urls(entities, text),
        metrics=PostMetrics.from_api(data.get("public_metrics")),
        referenced=tuple(referenced),
    )
