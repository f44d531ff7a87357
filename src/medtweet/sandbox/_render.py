"""Posts, users, polls and media as JSON.

Requested fields only, expansions in a de-duplicated ``includes``, names in the dialect the
request spoke.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from medtweet import _wire
from medtweet.sandbox import _problems as P
from medtweet.sandbox import _text
from medtweet.sandbox._clock import rfc3339
from medtweet.sandbox._http import Request
from medtweet.sandbox._state import MediaItem, PollRecord, PostRecord, Store, UserRecord

__all__ = ["Includes", "Selection", "render_post", "render_user", "selection"]

# Post fields the sandbox fills in; the rest of the spec's names are accepted and left out.
_POST_FIELDS_FILLED = (
    "attachments",
    "author_id",
    "conversation_id",
    "created_at",
    "edit_controls",
    "entities",
    "id",
    "in_reply_to_user_id",
    "lang",
    "paid_partnership",
    "possibly_sensitive",
    "public_metrics",
    "reply_settings",
    "source",
    "text",
)
_POST_FIELDS_ACCEPTED = (
    "article",
    "article_title",
    "card_uri",
    "community_id",
    "context_annotations",
    "display_text_range",
    "geo",
    "matched_media_notes",
    "media_metadata",
    "non_public_metrics",
    "note_post",
    "note_request_suggestions",
    "note_tweet",
    "organic_metrics",
    "promoted_metrics",
    "scopes",
    "suggested_source_links",
    "suggested_source_links_with_counts",
    "withheld",
)
_USER_FIELDS = (
    "affiliation",
    "confirmed_email",
    "connection_status",
    "created_at",
    "description",
    "entities",
    "id",
    "is_identity_verified",
    "location",
    "most_recent_tweet_id",
    "name",
    "parody",
    "pinned_tweet_id",
    "profile_banner_url",
    "profile_image_url",
    "protected",
    "public_metrics",
    "receives_your_dm",
    "subscribes_to_you",
    "subscription",
    "subscription_type",
    "url",
    "username",
    "verified",
    "verified_followers_count",
    "verified_type",
    "withheld",
)
_MEDIA_FIELDS = (
    "alt_text",
    "duration_ms",
    "height",
    "media_key",
    "non_public_metrics",
    "organic_metrics",
    "preview_image_url",
    "promoted_metrics",
    "public_metrics",
    "type",
    "url",
    "variants",
    "width",
)
_POLL_FIELDS = ("duration_minutes", "end_datetime", "id", "options", "voting_status")
_EXPANSIONS_BOTH = (
    "attachments.media_keys",
    "attachments.media_source_tweet",
    "attachments.poll_ids",
    "author_id",
    "entities.mentions.username",
    "geo.place_id",
    "in_reply_to_user_id",
)


def _post_field_names(dialect: _wire.Dialect) -> tuple[str, ...]:
    return tuple(
        sorted(
            {
                *_POST_FIELDS_FILLED,
                *_POST_FIELDS_ACCEPTED,
                dialect.referenced_posts,
                dialect.edit_history_ids,
            }
        )
    )


def _expansion_names(dialect: _wire.Dialect) -> tuple[str, ...]:
    names = {*_EXPANSIONS_BOTH, dialect.referenced_expansion, dialect.edit_history_ids}
    if dialect.referenced_author_expansion:
        names.add(dialect.referenced_author_expansion)
    return tuple(sorted(names))


class Selection:
    """What a read request asked for: fields per object type and expansions."""

    def __init__(
        self,
        dialect: _wire.Dialect,
        *,
        post: set[str],
        user: set[str],
        media: set[str],
        poll: set[str],
        expansions: set[str],
    ) -> None:
        self.dialect = dialect
        self.post = post
        self.user = user
        self.media = media
        self.poll = poll
        self.expansions = expansions


def _listed(
    request: Request, name: str, allowed: tuple[str, ...], dialect: _wire.Dialect
) -> set[str]:
    raw = request.param(name)
    if raw is None:
        return set()
    values = [v for v in raw.split(",") if v]
    bad = [v for v in values if v not in allowed]
    if bad or not values:
        raise P.invalid_request(
            [
                (
                    {name: [v]},
                    f"The `{name}` query parameter value [{v}] is not one of [{','.join(allowed)}]",
                )
                for v in (bad or [raw])
            ],
            host=dialect.problems_host,
        )
    return set(values)


def selection(request: Request, dialect: _wire.Dialect) -> Selection:
    """Parse and check the fields and expansions parameters of a read request."""
    post_param = _wire.CLASSIC.post_fields
    if request.param(_wire.POST_2026.post_fields) is not None:
        post_param = _wire.POST_2026.post_fields
    return Selection(
        dialect,
        post=_listed(request, post_param, _post_field_names(dialect), dialect),
        user=_listed(request, _wire.USER_FIELDS, _USER_FIELDS, dialect),
        media=_listed(request, _wire.MEDIA_FIELDS, _MEDIA_FIELDS, dialect),
        poll=_listed(request, _wire.POLL_FIELDS, _POLL_FIELDS, dialect),
        expansions=_listed(request, _wire.EXPANSIONS, _expansion_names(dialect), dialect),
    )


def _entities(text: str, store: Store) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for entity in _text.entities(text):
        item: dict[str, Any] = {"start": entity.start, "end": entity.end}
        if entity.kind == "hashtag":
            item["tag"] = entity.value
            found.setdefault("hashtags", []).append(item)
        elif entity.kind == "cashtag":
            item["tag"] = entity.value
            found.setdefault("cashtags", []).append(item)
        elif entity.kind == "mention":
            item["username"] = entity.value
            user = store.user_by_name(entity.value)
            if user is not None:
                item["id"] = user.id
            found.setdefault("mentions", []).append(item)
        elif entity.kind == "url":
            url = entity.value if "://" in entity.value else f"https://{entity.value}"
            item.update(url=url, expanded_url=url, display_url=url.split("://", 1)[1][:26])
            found.setdefault("urls", []).append(item)
    return found


def references(post: PostRecord) -> list[dict[str, str]]:
    """The ``referenced_tweets`` list of a post."""
    refs = []
    if post.retweet_of_id:
        refs.append({"type": "retweeted", "id": post.retweet_of_id})
    if post.quote_id:
        refs.append({"type": "quoted", "id": post.quote_id})
    if post.in_reply_to_id:
        refs.append({"type": "replied_to", "id": post.in_reply_to_id})
    return refs


def _implied_fields(sel: Selection) -> set[str]:
    """Fields an expansion brings along (X returns ``author_id`` when it expands it)."""
    d = sel.dialect
    implied = {
        "author_id": "author_id",
        "in_reply_to_user_id": "in_reply_to_user_id",
        "attachments.poll_ids": "attachments",
        "attachments.media_keys": "attachments",
        "entities.mentions.username": "entities",
        d.referenced_expansion: d.referenced_posts,
    }
    if d.referenced_author_expansion:
        implied[d.referenced_author_expansion] = d.referenced_posts
    return {implied[e] for e in sel.expansions if e in implied}


def render_post(post: PostRecord, sel: Selection, store: Store, now: datetime) -> dict[str, Any]:
    """A post with the default fields plus the requested ones."""
    d = sel.dialect
    out: dict[str, Any] = {"id": post.id, "text": post.text, d.edit_history_ids: [post.id]}
    fields = sel.post | _implied_fields(sel)
    if "attachments" in fields:
        attachments: dict[str, Any] = {}
        if post.poll_id:
            attachments["poll_ids"] = [post.poll_id]
        if post.media_ids:
            attachments["media_keys"] = [store.media[m].key for m in post.media_ids]
        if attachments:
            out["attachments"] = attachments
    if "author_id" in fields:
        out["author_id"] = post.author_id
    if "conversation_id" in fields:
        out["conversation_id"] = post.conversation_id
    if "created_at" in fields:
        out["created_at"] = rfc3339(post.created_at)
    if "edit_controls" in fields:
        until = post.created_at + timedelta(hours=1)
        out["edit_controls"] = {
            "edits_remaining": 5,
            "is_edit_eligible": now < until,
            "editable_until": rfc3339(until),
        }
    if "entities" in fields:
        entities = _entities(post.text, store)
        if entities:
            out["entities"] = entities
    if "in_reply_to_user_id" in fields and post.in_reply_to_user_id:
        out["in_reply_to_user_id"] = post.in_reply_to_user_id
    if "lang" in fields:
        out["lang"] = post.lang
    if "paid_partnership" in fields:
        out["paid_partnership"] = post.paid_partnership
    if "possibly_sensitive" in fields:
        out["possibly_sensitive"] = False
    if "public_metrics" in fields:
        out["public_metrics"] = {
            d.repost_count: post.retweet_count,
            "reply_count": post.reply_count,
            "like_count": post.like_count,
            "quote_count": post.quote_count,
            "bookmark_count": post.bookmark_count,
            "impression_count": post.impression_count,
        }
    if d.referenced_posts in fields and references(post):
        out[d.referenced_posts] = references(post)
    if "reply_settings" in fields:
        out["reply_settings"] = post.reply_settings
    if "source" in fields:
        out["source"] = post.source
    return out


def render_user(user: UserRecord, fields: set[str], store: Store) -> dict[str, Any]:
    """A user with ``id``, ``name``, ``username`` plus the requested fields."""
    out: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.username}
    if "created_at" in fields:
        out["created_at"] = rfc3339(user.created_at)
    if "description" in fields:
        out["description"] = user.description
    if "protected" in fields:
        out["protected"] = user.protected
    if "verified" in fields:
        out["verified"] = user.verified
    if "verified_type" in fields:
        out["verified_type"] = "blue" if user.verified else "none"
    if "public_metrics" in fields:
        posts = sum(1 for p in store.posts.values() if p.author_id == user.id and not p.deleted)
        out["public_metrics"] = {
            "followers_count": user.followers_count,
            "following_count": user.following_count,
            "tweet_count": posts,
            "listed_count": 0,
            "like_count": 0,
        }
    return out


def render_poll(poll: PollRecord, fields: set[str], now: datetime) -> dict[str, Any]:
    """A poll with ``id`` and ``options`` plus the requested fields."""
    out: dict[str, Any] = {
        "id": poll.id,
        "options": [
            {"position": i + 1, "label": label, "votes": poll.votes[i]}
            for i, label in enumerate(poll.labels)
        ],
    }
    if "duration_minutes" in fields:
        out["duration_minutes"] = poll.duration_minutes
    if "end_datetime" in fields:
        out["end_datetime"] = rfc3339(poll.end_datetime)
    if "voting_status" in fields:
        out["voting_status"] = "open" if now < poll.end_datetime else "closed"
    return out


def render_media(item: MediaItem, fields: set[str]) -> dict[str, Any]:
    """A media object with ``media_key`` and ``type`` plus the requested fields."""
    out: dict[str, Any] = {"media_key": item.key, "type": item.kind}
    if "width" in fields and item.width is not None:
        out["width"] = item.width
    if "height" in fields and item.height is not None:
        out["height"] = item.height
    if "alt_text" in fields and item.alt_text is not None:
        out["alt_text"] = item.alt_text
    return out


class Includes:
    """The ``includes`` object, de-duplicated by id/key, in first-seen order."""

    def __init__(self, sel: Selection, store: Store, now: datetime) -> None:
        self.sel = sel
        self.store = store
        self.now = now
        self.users: dict[str, dict[str, Any]] = {}
        self.posts: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, dict[str, Any]] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.errors: list[dict[str, Any]] = []
        self._missing: set[str] = set()

    def _user(self, user_id: str | None) -> None:
        user = self.store.users.get(user_id or "")
        if user is not None and user.id not in self.users:
            self.users[user.id] = render_user(user, self.sel.user, self.store)

    def expand(self, post: PostRecord) -> None:
        """Add what the expansions of ``post`` point to."""
        exp = self.sel.expansions
        d = self.sel.dialect
        if "author_id" in exp:
            self._user(post.author_id)
        if "in_reply_to_user_id" in exp:
            self._user(post.in_reply_to_user_id)
        if "entities.mentions.username" in exp:
            for entity in _text.entities(post.text):
                user = self.store.user_by_name(entity.value) if entity.kind == "mention" else None
                if user is not None:
                    self._user(user.id)
        if "attachments.poll_ids" in exp and post.poll_id:
            poll = self.store.polls[post.poll_id]
            self.polls.setdefault(poll.id, render_poll(poll, self.sel.poll, self.now))
        if "attachments.media_keys" in exp:
            for media_id in post.media_ids:
                item = self.store.media[media_id]
                self.media.setdefault(item.key, render_media(item, self.sel.media))
        if d.edit_history_ids in exp:
            self.posts.setdefault(post.id, render_post(post, self.sel, self.store, self.now))
        wants_refs = d.referenced_expansion in exp
        wants_ref_authors = bool(d.referenced_author_expansion) and (
            d.referenced_author_expansion in exp
        )
        if wants_refs or wants_ref_authors:
            for ref in references(post):
                target = self.store.live_post(ref["id"])
                if target is None:
                    if wants_refs and ref["id"] not in self._missing:
                        self._missing.add(ref["id"])
                        self.errors.append(
                            P.not_found_error(
                                ref["id"],
                                parameter=f"{d.referenced_posts}.id",
                                host=d.problems_host,
                            )
                        )
                    continue
                if wants_refs:
                    self.posts.setdefault(
                        target.id, render_post(target, self.sel, self.store, self.now)
                    )
                if wants_ref_authors:
                    self._user(target.author_id)

    def to_json(self) -> dict[str, Any]:
        """The ``includes`` object (empty buckets left out)."""
        out: dict[str, Any] = {}
        if self.users:
            out["users"] = list(self.users.values())
        if self.posts:
            out[self.sel.dialect.includes_posts] = list(self.posts.values())
        if self.polls:
            out["polls"] = list(self.polls.values())
        if self.media:
            out["media"] = list(self.media.values())
        return out
