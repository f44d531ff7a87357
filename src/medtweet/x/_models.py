"""Plain values the client returns: users, created posts, responses, costs, posted threads."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from medtweet.x._post import XPost, posts_of_page

__all__ = [
    "CostEstimate",
    "CreatedPost",
    "PostedThread",
    "Prices",
    "XResponse",
    "XUser",
    "post_url",
]


def post_url(post_id: str, username: str | None = None) -> str:
    """The web address of a post (``https://x.com/<username>/status/<id>``)."""
    return f"https://x.com/{username or 'i'}/status/{post_id}"


@attrs.frozen(kw_only=True)
class XUser:
    """The account behind a user-context token (from ``GET /2/users/me``).

    Attributes:
        id: the user id.
        username: the handle, without ``@``.
        name: the display name.
    """

    id: str
    username: str
    name: str = ""


@attrs.frozen(kw_only=True)
class CreatedPost:
    """A post the API just created.

    Attributes:
        id: the new post's id.
        text: the text X stored (links may be rewritten).
        url: its web address.
        errors: partial errors X sent beside the created post (kept, never dropped).
    """

    id: str
    text: str
    url: str
    errors: tuple[dict[str, Any], ...] = ()


@attrs.frozen(kw_only=True)
class XResponse:
    """A read response, lossless: ``data`` plus the partial ``errors`` X sent beside it.

    Attributes:
        data: the ``data`` list (a single object is wrapped in a list; absent → empty).
        includes: the ``includes`` object (``{}`` when absent).
        errors: partial errors (e.g. ids that were not found), never dropped.
        meta: the ``meta`` object (``{}`` when absent).
    """

    data: tuple[dict[str, Any], ...] = ()
    includes: Mapping[str, Any] = attrs.field(factory=dict)
    errors: tuple[dict[str, Any], ...] = ()
    meta: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def posts(self) -> tuple[XPost, ...]:
        """``data`` as :class:`~medtweet.XPost` values, expansions resolved from ``includes``."""
        return tuple(posts_of_page({"data": list(self.data), "includes": dict(self.includes)}))

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> XResponse:
        """Wrap a parsed response body."""
        data = body.get("data")
        items = [data] if isinstance(data, dict) else (data or [])
        return cls(
            data=tuple(d for d in items if isinstance(d, dict)),
            includes=dict(body.get("includes") or {}),
            errors=tuple(e for e in body.get("errors") or () if isinstance(e, dict)),
            meta=dict(body.get("meta") or {}),
        )


@attrs.frozen(kw_only=True)
class Prices:
    """What X charges per created post (pay-per-use, from April 2026), in US dollars.

    Attributes:
        post: a post without a link.
        post_with_url: a post containing a URL.
    """

    post: Decimal = attrs.field(default=Decimal("0.015"), converter=Decimal)
    post_with_url: Decimal = attrs.field(default=Decimal("0.20"), converter=Decimal)


@attrs.frozen(kw_only=True)
class CostEstimate:
    """What posting a thread will cost.

    Attributes:
        posts: posts to create.
        url_posts: how many of them contain a URL (priced separately).
        total: the estimated price in US dollars.
        prices: the prices used.
    """

    posts: int
    url_posts: int
    total: Decimal
    prices: Prices

    @classmethod
    def of(cls, posts: int, url_posts: int, prices: Prices) -> CostEstimate:
        """Compute the total for ``posts`` posts of which ``url_posts`` have a URL."""
        total = prices.post * (posts - url_posts) + prices.post_with_url * url_posts
        return cls(posts=posts, url_posts=url_posts, total=total, prices=prices)

    def __str__(self) -> str:
        return (
            f"{self.posts} posts ({self.url_posts} with a URL): about ${self.total:.3f} "
            f"at ${self.prices.post}/post and ${self.prices.post_with_url}/post with a URL"
        )


@attrs.frozen(kw_only=True)
class PostedThread:
    """A thread on X (or, with ``dry_run``, the plan for one).

    Attributes:
        ids: post ids in thread order (empty for a dry run).
        urls: their web addresses.
        cost: the estimate shown before posting.
        dry_run: whether nothing was sent.
        resume_at: when the thread stopped before a poll's reveal post, when the poll closes:
            call ``post_thread`` again with the same journal after that. ``None`` when done.
    """

    ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    cost: CostEstimate | None = None
    dry_run: bool = False
    resume_at: datetime | None = None

    @property
    def complete(self) -> bool:
        """Whether every post of the thread is on X."""
        return not self.dry_run and self.resume_at is None

    @property
    def root_id(self) -> str | None:
        """The first post's id (the conversation id), if posted."""
        return self.ids[0] if self.ids else None
