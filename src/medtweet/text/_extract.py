"""Public extraction and validation functions."""

from __future__ import annotations

from collections.abc import Iterable

from medtweet.text._count import _require_str
from medtweet.text._hashtags import hashtag_entities
from medtweet.text._mentions import (
    cashtag_entities,
    is_list_text,
    mention_entities,
    reply_screen_name,
)
from medtweet.text._model import Entity
from medtweet.text._urls import extract_url_matches


def _url_entities(text: str, *, without_protocol: bool = True) -> list[Entity]:
    return [
        Entity(kind="url", text=m.url, value=m.url, start=m.start, end=m.end)
        for m in extract_url_matches(text, without_protocol=without_protocol)
    ]


def _remove_overlaps(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Keep entities in order of start; drop any that starts before the previous kept ends."""
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):  # stable: URLs first on ties
        if not kept or entity.start >= kept[-1].end:
            kept.append(entity)
    return tuple(kept)


def extract_entities(text: str) -> tuple[Entity, ...]:
    """Every URL, mention, list, hashtag and cashtag in ``text``, in order.

    Overlaps are resolved as twitter-text does: sorted by start, an entity that starts
    inside the previous one is dropped (so a URL beats a ``#fragment`` inside it).
    Indices are Python ``str`` indices, end exclusive; ``text[e.start:e.end] == e.text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    return _remove_overlaps(
        [
            *_url_entities(text),
            *mention_entities(text),
            *hashtag_entities(text),
            *cashtag_entities(text),
        ]
    )


def extract_hashtags(text: str) -> tuple[str, ...]:
    """Hashtags in ``text`` without the ``#``, in order (none inside a URL).

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    return tuple(e.value for e in _hashtags_outside_urls(text))


def _hashtags_outside_urls(text: str) -> tuple[Entity, ...]:
    tags = hashtag_entities(text)
    if not tags:
        return ()
    urls = _url_entities(text)
    if not urls:
        return tuple(tags)
    return tuple(e for e in _remove_overlaps([*urls, *tags]) if e.kind == "hashtag")


def extract_mentions(text: str) -> tuple[str, ...]:
    """Screen names mentioned in ``text`` (without ``@``; list mentions excluded), in order.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    return tuple(e.value for e in mention_entities(text) if e.kind == "mention")


def extract_urls(text: str, *, require_protocol: bool = False) -> tuple[str, ...]:
    """URLs in ``text``, in order; ``example.com`` counts unless ``require_protocol``.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    return tuple(e.value for e in _url_entities(text, without_protocol=not require_protocol))


def extract_cashtags(text: str) -> tuple[str, ...]:
    """Cashtag symbols in ``text`` (without ``$``), in order.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    return tuple(e.value for e in cashtag_entities(text))


def extract_reply(text: str) -> str | None:
    """The screen name ``text`` replies to (it starts with ``@name``), or ``None``.

    Leading white space and bidi controls are allowed; ``.@name`` is not a reply.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    return reply_screen_name(text)


def is_valid_hashtag(s: str) -> bool:
    """Whether ``s`` is exactly one hashtag, such as ``"#MedEd"`` (``"#123"`` is not).

    Raises:
        TypeError: ``s`` is not a ``str``.
    """
    _require_str(s, "s")
    tags = _hashtags_outside_urls(s)
    return len(tags) == 1 and tags[0].value == s[1:]


def is_valid_username(s: str) -> bool:
    """Whether ``s`` is exactly one ``@username`` (letters, digits, ``_``; 1-20 of them).

    Raises:
        TypeError: ``s`` is not a ``str``.
    """
    _require_str(s, "s")
    names = extract_mentions(s)
    return len(names) == 1 and names[0] == s[1:]


def is_valid_list(s: str) -> bool:
    """Whether ``s`` is exactly one ``@user/list-slug``, without surrounding space.

    Raises:
        TypeError: ``s`` is not a ``str``.
    """
    _require_str(s, "s")
    return is_list_text(s)
