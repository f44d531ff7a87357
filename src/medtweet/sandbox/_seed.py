"""Seeding: posts (and their authors) from JSONL lines, with times relative to the clock.

One JSON object per line::

    {"key": "p1", "author": "dr_heart", "text": "Late-breaking trial #AHA26",
     "minutes_ago": 90, "lang": "en", "likes": 12, "retweets": 3}
    {"key": "p2", "author": "cardio_fellow", "text": "@dr_heart great summary",
     "minutes_ago": 60, "reply_to": "p1"}

Keys: ``author`` (username, created on first use; ``author_name`` and ``verified`` optional),
``text``, ``created_at`` (RFC 3339) or ``minutes_ago`` (relative to the sandbox clock), ``lang``,
``reply_to``/``quote``/``retweet_of`` (an earlier line's ``key`` or a stored post id), ``likes``,
``retweets``, ``replies``, ``quotes``, ``impressions``, ``media`` (a list of
``{"type": "photo"|"video"|"animated_gif", "alt_text": ...}``), ``poll``
(``{"options": [...], "duration_minutes": N, "votes": [...]}``), ``key``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from medtweet._errors import ValidationError
from medtweet.sandbox._clock import parse_time
from medtweet.sandbox._state import MediaItem, PollRecord, PostRecord, Store

__all__ = ["DEMO_SEED", "load_seed", "read_seed_lines"]

DEMO_SEED = "demo"
"""Pass ``seed="demo"`` for the shipped synthetic conference posts."""

_KEYS = {
    "key",
    "author",
    "author_name",
    "verified",
    "text",
    "created_at",
    "minutes_ago",
    "lang",
    "reply_to",
    "quote",
    "retweet_of",
    "likes",
    "retweets",
    "replies",
    "quotes",
    "impressions",
    "bookmarks",
    "media",
    "poll",
    "reply_settings",
}


def read_seed_lines(source: str | Path | Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Seed entries from a JSONL path, ``"demo"``, or an iterable of dicts."""
    if isinstance(source, str) and source == DEMO_SEED:
        text = resources.files("medtweet.sandbox").joinpath("data/seed.jsonl").read_text("utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(source, str | Path):
        lines = Path(source).read_text(encoding="utf-8").splitlines()
        entries = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValidationError(f"{source}: line {number} is not JSON: {exc}") from exc
        return entries
    return list(source)


def load_seed(store: Store, source: str | Path | Iterable[Mapping[str, Any]]) -> list[str]:
    """Store the seed's posts; return their ids in seed order.

    Raises:
        ValueError: for unknown keys, missing text/author, or a reference to an unknown key.
    """
    now = store.clock.now()
    keys: dict[str, str] = {}
    ids: list[str] = []
    with store.lock:
        for number, entry in enumerate(read_seed_lines(source), 1):
            unknown = set(entry) - _KEYS
            if unknown or "author" not in entry or "text" not in entry:
                raise ValidationError(
                    f"seed entry {number}: needs 'author' and 'text'; "
                    f"unknown keys {sorted(unknown)}"
                )
            author = store.add_user(
                str(entry["author"]),
                name=entry.get("author_name"),
                verified=bool(entry.get("verified", False)),
            )
            if "created_at" in entry:
                created = parse_time(str(entry["created_at"]))
            else:
                created = now - timedelta(minutes=float(entry.get("minutes_ago", 0)))

            def resolve(
                name: str, number: int = number, entry: Mapping[str, Any] = entry
            ) -> PostRecord | None:
                ref = entry.get(name)
                if ref is None:
                    return None
                target = store.posts.get(keys.get(str(ref), str(ref)))
                if target is None:
                    raise ValidationError(
                        f"seed entry {number}: {name} {ref!r} is not an earlier key"
                    )
                return target

            parent, quoted, original = resolve("reply_to"), resolve("quote"), resolve("retweet_of")
            post_id = store.new_id(created)
            post = PostRecord(
                id=post_id,
                text=str(entry["text"]),
                author_id=author.id,
                created_at=created,
                conversation_id=parent.conversation_id if parent else post_id,
                in_reply_to_id=parent.id if parent else None,
                in_reply_to_user_id=parent.author_id if parent else None,
                quote_id=quoted.id if quoted else None,
                retweet_of_id=original.id if original else None,
                lang=str(entry.get("lang", "en")),
                like_count=int(entry.get("likes", 0)),
                retweet_count=int(entry.get("retweets", 0)),
                reply_count=int(entry.get("replies", 0)),
                quote_count=int(entry.get("quotes", 0)),
                bookmark_count=int(entry.get("bookmarks", 0)),
                impression_count=int(entry.get("impressions", 0)),
                reply_settings=str(entry.get("reply_settings", "everyone")),
                source="medtweet sandbox seed",
            )
            for media in entry.get("media", []):
                kind = media.get("type", "photo")
                category = {"video": "tweet_video", "animated_gif": "tweet_gif"}.get(
                    kind, "tweet_image"
                )
                item = MediaItem(
                    id=store.new_id(created),
                    owner_id=author.id,
                    category=category,
                    media_type="video/mp4" if kind == "video" else "image/jpeg",
                    created_at=created,
                    expires_at=created + timedelta(days=3650),
                    finalized=True,
                    width=1200,
                    height=675,
                    alt_text=media.get("alt_text"),
                )
                item.segments[0] = b""
                store.media[item.id] = item
                post.media_ids.append(item.id)
            if "poll" in entry:
                poll = entry["poll"]
                options = list(poll["options"])
                minutes = int(poll.get("duration_minutes", 1440))
                poll_id = store.new_id(created)
                store.polls[poll_id] = PollRecord(
                    id=poll_id,
                    labels=options,
                    votes=list(poll.get("votes", [0] * len(options))),
                    duration_minutes=minutes,
                    end_datetime=created + timedelta(minutes=minutes),
                )
                post.poll_id = poll_id
            store.posts[post_id] = post
            if "key" in entry:
                keys[str(entry["key"])] = post_id
            ids.append(post_id)
    return ids
