"""Keeping searches: JSONL archives with provenance, read back and searched offline.

An archive is JSON Lines. Pages (from ``search_pages``) are stored whole, as X sent them,
each with a ``__medtweet`` provenance object beside ``data``/``includes``/``meta`` (the
same shape as twarc2's output, which stamps ``__twarc``). Posts are stored as
:meth:`XPost.to_json` objects (``{"post": {...}}``) after a provenance header line
(``{"__medtweet": {...}}``). Readers accept our archives, twarc2's page files and
one-post-per-line files (twarc2's flattened output), all streamed line by line.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import attrs

from medtweet._errors import ValidationError
from medtweet.x._post import XPost, _Includes, _parse, posts_of_page
from medtweet.x._query import Query
from medtweet.x._search import SearchPage
from medtweet.x._tags import hashtags_in, normalize_tag
from medtweet.x._timewin import TimeLike, parse_time

__all__ = ["Provenance", "archive", "read_archive", "read_provenance", "search_archive"]

ENVELOPE = "__medtweet"
FORMAT = 1

PathLike = str | os.PathLike[str]


def _version() -> str:
    import medtweet

    return str(getattr(medtweet, "__version__", "0"))


@attrs.frozen(kw_only=True)
class Provenance:
    """Where archived posts came from.

    Attributes:
        query: the query sent, if known.
        endpoint: the API path (``/2/tweets/search/recent``), if known.
        retrieved_at: when the data was fetched (or archived, when not known).
        version: the medtweet version that wrote the archive.
    """

    query: str | None
    endpoint: str | None
    retrieved_at: datetime
    version: str

    def to_json(self) -> dict[str, Any]:
        """The ``__medtweet`` object of an archive line."""
        return {
            "format": FORMAT,
            "query": self.query,
            "endpoint": self.endpoint,
            "retrieved_at": self.retrieved_at.isoformat(),
            "medtweet": self.version,
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Provenance:
        """Read a ``__medtweet`` object."""
        return cls(
            query=obj.get("query"),
            endpoint=obj.get("endpoint"),
            retrieved_at=parse_time(str(obj.get("retrieved_at"))),
            version=str(obj.get("medtweet", "")),
        )


def _dump(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def archive(
    items: Iterable[XPost | SearchPage | Mapping[str, Any]],
    path: PathLike,
    *,
    query: Query | str | None = None,
    endpoint: str | None = None,
    retrieved_at: datetime | None = None,
    append: bool = False,
) -> int:
    """Write posts or pages to a JSONL archive, streaming (nothing is held in memory).

    Args:
        items: :class:`XPost` values, :class:`SearchPage` values (stored whole, with their
            own query, endpoint and time), or raw response dicts (with ``data``).
        path: the file to write.
        query: the query the posts came from (a ``Query`` or string), for the provenance.
        endpoint: the API path they came from.
        retrieved_at: when they were fetched (default: now).
        append: add to an existing archive instead of replacing it.

    Returns:
        The number of posts written (counting the posts inside pages).

    Raises:
        TypeError: an item is neither a post, a page nor a dict.
    """
    target = Path(path)
    when = retrieved_at if retrieved_at is not None else datetime.now(UTC)
    base = Provenance(
        query=None if query is None else str(query),
        endpoint=endpoint,
        retrieved_at=when,
        version=_version(),
    )
    written = 0
    header_done = False
    with target.open("a" if append else "w", encoding="utf-8") as stream:
        for item in items:
            if isinstance(item, XPost):
                if not header_done:
                    stream.write(_dump({ENVELOPE: base.to_json()}))
                    header_done = True
                stream.write(_dump({"post": item.to_json()}))
                written += 1
            elif isinstance(item, SearchPage):
                stamp = Provenance(
                    query=item.query,
                    endpoint=item.endpoint,
                    retrieved_at=item.retrieved_at,
                    version=base.version,
                )
                stream.write(_dump({**item.raw, ENVELOPE: stamp.to_json()}))
                written += len(item.raw.get("data") or ())
            elif isinstance(item, Mapping):
                stream.write(_dump({**item, ENVELOPE: base.to_json()}))
                written += len(item.get("data") or ())
            else:
                raise TypeError(
                    f"archive() takes XPost, SearchPage or page dicts, not {type(item).__name__}"
                )
    return written


Kind = Literal["header", "page", "post", "flat"]


def _lines(paths: PathLike | Iterable[PathLike]) -> Iterator[tuple[Path, int, str]]:
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for path in paths:
        source = Path(path)
        with source.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield source, number, line


def _records(
    paths: PathLike | Iterable[PathLike],
) -> Iterator[tuple[Kind, dict[str, Any]]]:
    for source, number, line in _lines(paths):
        try:
            obj = json.loads(line)
        except ValueError as error:
            raise ValidationError(f"{source}:{number}: not JSON ({error})") from error
        if not isinstance(obj, dict):
            raise ValidationError(f"{source}:{number}: expected a JSON object per line")
        if "post" in obj:
            yield "post", obj
        elif "data" in obj or "meta" in obj:
            yield "page", obj
        elif "id" in obj and "text" in obj:
            yield "flat", obj
        elif ENVELOPE in obj:
            yield "header", obj
        else:
            raise ValidationError(
                f"{source}:{number}: neither a page (data/includes/meta), a post nor an "
                "archive header"
            )


def read_archive(paths: PathLike | Iterable[PathLike]) -> Iterator[XPost]:
    """Stream the posts of one or more archives, in file order.

    Reads medtweet archives (posts or pages), twarc2 page files and one-post-per-line files
    (twarc2's flattened output), and parses API posts in either dialect.

    Raises:
        ValidationError: a line is not JSON or not a recognised record (with file and line).
    """
    for kind, obj in _records(paths):
        if kind == "post":
            yield XPost.from_json(obj["post"])
        elif kind == "page":
            yield from posts_of_page(obj)
        elif kind == "flat":
            yield XPost.from_api(obj)


def read_provenance(paths: PathLike | Iterable[PathLike]) -> Iterator[Provenance]:
    """Stream the provenance records of archives (one per header line and per page)."""
    for kind, obj in _records(paths):
        envelope = obj.get(ENVELOPE)
        if kind in ("header", "page") and isinstance(envelope, Mapping):
            yield Provenance.from_json(envelope)


def _tag_key(tag: str) -> str:
    return tag.casefold() if tag.isascii() else unicodedata.normalize("NFKC", tag).casefold()


def search_archive(
    paths: PathLike | Iterable[PathLike],
    *,
    hashtags: str | Iterable[str] = (),
    match: Literal["any", "all"] = "any",
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    authors: str | Iterable[str] = (),
    now: datetime | None = None,
) -> Iterator[XPost]:
    """Search archives offline, streaming in constant memory.

    Hashtags match as on X: without ``#``, case-insensitively, after Unicode NFKC
    normalisation, against the post's hashtags (X's entities, else the text engine's
    extraction).

    Args:
        paths: one archive or several (medtweet's, twarc2's pages or flattened posts).
        hashtags: keep posts with any (``match="any"``) or all of these hashtags.
        match: ``"any"`` or ``"all"``.
        start_time: keep posts created at or after this (datetime, ISO, ``"2h"``...).
        end_time: keep posts created before this.
        authors: keep posts by these accounts (usernames, ``@`` optional, any case, or ids).
        now: the time relative windows count back from (default: the system clock).

    Raises:
        ValidationError: bad arguments or an unreadable line.
    """
    wanted = {normalize_tag(tag) for tag in ([hashtags] if isinstance(hashtags, str) else hashtags)}
    if match not in ("any", "all"):
        raise ValidationError(f"match must be 'any' or 'all', not {match!r}")
    people = {
        a.lstrip("@").casefold() for a in ([authors] if isinstance(authors, str) else authors)
    }
    start = None if start_time is None else parse_time(start_time, now=now, name="start_time")
    end = None if end_time is None else parse_time(end_time, now=now, name="end_time")
    need_all = match == "all"

    def tags_match(tags: Iterable[str]) -> bool:
        keys = {_tag_key(tag) for tag in tags}
        return wanted <= keys if need_all else not wanted.isdisjoint(keys)

    def api_tags(item: Mapping[str, Any]) -> Iterable[str]:
        entities = item.get("entities")
        if isinstance(entities, Mapping):
            return [str(h.get("tag", "")) for h in entities.get("hashtags") or ()]
        return hashtags_in(str(item.get("text", "")))

    def keep(post: XPost) -> bool:
        if start is not None or end is not None:
            created = post.created_at
            if created is None:
                return False
            if (start is not None and created < start) or (end is not None and created >= end):
                return False
        if people:
            names = {(post.author_username or "").casefold(), post.author_id or ""}
            if people.isdisjoint(names):
                return False
        return True

    # Hashtags are checked on the raw JSON first: most posts fail there, unparsed.
    for kind, obj in _records(paths):
        if kind == "post":
            raw = obj["post"]
            if wanted and not tags_match(raw.get("hashtags") or ()):
                continue
            post = XPost.from_json(raw)
            if keep(post):
                yield post
        elif kind == "page":
            data = obj.get("data") or ()
            if isinstance(data, Mapping):
                data = [data]
            index: _Includes | None = None
            for item in data:
                if wanted and not tags_match(api_tags(item)):
                    continue
                if index is None:
                    index = _Includes(obj.get("includes"))
                post = _parse(item, index, depth=0)
                if keep(post):
                    yield post
        elif kind == "flat":
            if wanted and not tags_match(api_tags(obj)):
                continue
            post = XPost.from_api(obj)
            if keep(post):
                yield post
