"""The JSON form of a thread: schema ``medtweet.thread``, version 1 (``docs/compose.md``)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import attrs

from medtweet._errors import DraftError, PollError
from medtweet.compose._model import Media, OptOut, Post, Reference
from medtweet.compose._thread import Thread
from medtweet.platform import BLUESKY, MASTODON, X_PREMIUM, Platform, PollRules, WeightRange, X
from medtweet.poll import Poll

__all__ = ["FORMAT", "VERSION", "thread_from_json", "thread_to_json"]

FORMAT = "medtweet.thread"
VERSION = 1
_KNOWN = {p.name: p for p in (X, X_PREMIUM, BLUESKY, MASTODON)}


def _platform_out(platform: Platform) -> dict[str, Any]:
    if _KNOWN.get(platform.name) == platform:
        return {"name": platform.name}
    data = attrs.asdict(platform, recurse=False)
    data["ranges"] = [[r.start, r.end, r.weight] for r in platform.ranges]
    if platform.poll is not None:
        poll = attrs.asdict(platform.poll)
        for key in ("min_duration", "max_duration"):
            poll[key] = int(poll[key].total_seconds())
        data["poll"] = poll
    return data


def _platform_in(data: Mapping[str, Any]) -> Platform:
    name = data.get("name")
    if set(data) == {"name"}:
        if name not in _KNOWN:
            raise DraftError(f"unknown platform {name!r} in the JSON; give its full rules")
        return _KNOWN[name]
    fields = dict(data)
    fields["ranges"] = tuple(WeightRange(*r) for r in fields.get("ranges", ()))
    poll = fields.get("poll")
    if poll is not None:
        poll = dict(poll)
        for key in ("min_duration", "max_duration"):
            poll[key] = timedelta(seconds=poll[key])
        fields["poll"] = PollRules(**poll)
    return Platform(**fields)


def _media_out(media: Media) -> dict[str, Any]:
    out: dict[str, Any] = {"media_type": media.media_type, "alt_text": media.alt_text}
    if media.path is not None:
        out["path"] = media.path
    else:
        assert media.data is not None  # noqa: S101
        out["data"] = base64.b64encode(media.data).decode("ascii")
    return out


def _media_in(data: Mapping[str, Any]) -> Media:
    if "data" in data:
        try:
            raw = base64.b64decode(data["data"], validate=True)
        except (binascii.Error, ValueError):
            raise DraftError("a media 'data' field is not valid base64") from None
        return Media(data=raw, media_type=data["media_type"], alt_text=data.get("alt_text"))
    return Media(path=data["path"], media_type=data["media_type"], alt_text=data.get("alt_text"))


def _poll_out(poll: Poll) -> dict[str, Any]:
    return {
        "options": list(poll.options),
        "duration_minutes": poll.minutes,
        "multiple": poll.multiple,
        "hide_totals": poll.hide_totals,
    }


def thread_to_json(thread: Thread, *, indent: int | None = 2) -> str:
    """Serialise ``thread`` (see ``docs/compose.md`` for the schema)."""
    numbers = {ref: number for number, ref in enumerate(thread.references, 1)}
    document = {
        "format": FORMAT,
        "version": VERSION,
        "platform": _platform_out(thread.platform),
        "title": thread.title,
        "numbering": thread.numbering,
        "label_position": thread.label_position,
        "hashtags": list(thread.hashtags),
        "hashtags_on": thread.hashtags_on,
        "paid_partnership": thread.paid_partnership,
        "embargo": thread.embargo.isoformat() if thread.embargo else None,
        "opt_outs": [attrs.asdict(opt) for opt in thread.opt_outs],
        "references": [
            {"kind": ref.kind, "id": ref.id, "label": ref.label, "url": ref.url}
            for ref in thread.references
        ],
        "posts": [
            {
                "text": post.text,
                "body": post.body,
                "prefix": post.prefix,
                "suffix": post.suffix,
                "role": post.role,
                "reveal": post.reveal,
                "continued": post.continued,
                "references": [numbers.get(ref, 0) for ref in post.references],
                "media": [_media_out(media) for media in post.media],
                "poll": _poll_out(post.poll) if post.poll is not None else None,
            }
            for post in thread.posts
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def thread_from_json(source: str | bytes | Mapping[str, Any]) -> Thread:
    """Read a thread written by :func:`thread_to_json`.

    Raises:
        DraftError: not JSON, not a ``medtweet.thread`` document, an unknown version, or a
            field that cannot be read.
    """
    if isinstance(source, str | bytes):
        try:
            document = json.loads(source)
        except json.JSONDecodeError as error:
            raise DraftError(f"not JSON: {error}", line=error.lineno) from None
    else:
        document = source
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise DraftError(f"not a medtweet thread: the 'format' field must be {FORMAT!r}")
    if document.get("version") != VERSION:
        raise DraftError(
            f"thread JSON version {document.get('version')!r} is not supported; this medtweet "
            f"reads version {VERSION}: upgrade medtweet or re-export the thread"
        )
    try:
        references = tuple(
            Reference(item["kind"], item["id"], item.get("label"))
            for item in document.get("references", ())
        )
        posts = tuple(
            Post(
                body=item["body"],
                prefix=item.get("prefix", ""),
                suffix=item.get("suffix", ""),
                role=item.get("role", "body"),
                reveal=bool(item.get("reveal", False)),
                continued=bool(item.get("continued", False)),
                references=tuple(references[n - 1] for n in item.get("references", ())),
                media=tuple(_media_in(m) for m in item.get("media", ())),
                poll=_poll_in(item.get("poll")),
            )
            for item in document["posts"]
        )
        embargo = document.get("embargo")
        return Thread(
            posts=posts,
            platform=_platform_in(document.get("platform", {"name": "x"})),
            numbering=document.get("numbering", "n/N"),
            label_position=document.get("label_position", "suffix"),
            hashtags=tuple(document.get("hashtags", ())),
            hashtags_on=document.get("hashtags_on", "last"),
            references=references,
            title=document.get("title"),
            paid_partnership=bool(document.get("paid_partnership", False)),
            embargo=datetime.fromisoformat(embargo) if embargo else None,
            opt_outs=tuple(OptOut(**opt) for opt in document.get("opt_outs", ())),
        )
    except (KeyError, IndexError, TypeError, ValueError) as error:
        if isinstance(error, DraftError):
            raise
        raise DraftError(f"the thread JSON has a field that cannot be read: {error!r}") from None


def _poll_in(data: Mapping[str, Any] | None) -> Poll | None:
    if data is None:
        return None
    try:
        return Poll(
            data["options"],
            int(data["duration_minutes"]),
            multiple=bool(data.get("multiple", False)),
            hide_totals=bool(data.get("hide_totals", False)),
        )
    except PollError as error:
        raise DraftError(f"the poll in the thread JSON is invalid: {error}") from None
