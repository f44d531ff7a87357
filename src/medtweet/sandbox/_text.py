"""Counting and entities the way X does, through ``medtweet.text``.

The sandbox counts post text with the library's own text engine, so a post the
composer accepts is a post the sandbox accepts. Until the engine is available
(it is developed in parallel), a conservative stand-in is used: it weighs code
points with the :data:`medtweet.X` ranges and counts each URL as
``Platform.url_length``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

from medtweet.platform import Platform, X

__all__ = ["TextEntity", "entities", "is_valid", "weighted_length"]


@attrs.frozen(kw_only=True)
class TextEntity:
    """One entity found in post text (indices are code points, end exclusive)."""

    kind: str
    value: str
    start: int
    end: int


def _engine() -> Any | None:
    import medtweet

    return medtweet if hasattr(medtweet, "parse_tweet") else None


_URL = re.compile(
    r"https?://[^\s]+|\b(?:www\.)?[a-z0-9-]+\.(?:com|org|net|gov|edu|io|ly|co)\b[^\s]*", re.I
)
_HASHTAG = re.compile(r"(?<![\w&])[#\uff03](\w*[^\W\d_]\w*)")
_MENTION = re.compile(r"(?<![\w@])[@\uff20](\w{1,15})\b")
_CASHTAG = re.compile(r"(?<![\w$])\$([a-z]{1,6}(?:[._][a-z]{1,2})?)\b", re.I)


def weighted_length(text: str, platform: Platform = X) -> int:
    """X's weighted length of ``text``."""
    engine = _engine()
    if engine is not None:
        return int(engine.parse_tweet(text, platform=platform).weighted_length)
    text = unicodedata.normalize("NFC", text)
    total = 0
    last = 0
    for match in _URL.finditer(text):
        total += _weigh(text[last : match.start()], platform)
        total += (platform.url_length or 0) * platform.scale
        last = match.end()
    total += _weigh(text[last:], platform)
    return total // platform.scale


def _weigh(chunk: str, platform: Platform) -> int:
    total = 0
    for char in chunk:
        point = ord(char)
        for rng in platform.ranges:
            if rng.start <= point <= rng.end:
                total += rng.weight
                break
        else:
            total += platform.default_weight
    return total


def is_valid(text: str, platform: Platform = X) -> bool:
    """Whether X would accept ``text`` as a post's text (not empty, within the limit)."""
    engine = _engine()
    if engine is not None:
        return bool(engine.parse_tweet(text, platform=platform).valid)
    return bool(text.strip()) and weighted_length(text, platform) <= platform.max_length


def entities(text: str) -> tuple[TextEntity, ...]:
    """Hashtags, mentions, cashtags and URLs of ``text``, in order of appearance."""
    engine = _engine()
    if engine is not None and hasattr(engine, "extract_entities"):
        return tuple(
            TextEntity(kind=str(e.kind), value=str(e.value), start=e.start, end=e.end)
            for e in engine.extract_entities(text)
        )
    found: list[TextEntity] = []
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    for match in urls:
        found.append(
            TextEntity(kind="url", value=text[match[0] : match[1]], start=match[0], end=match[1])
        )
    for kind, pattern in (("hashtag", _HASHTAG), ("mention", _MENTION), ("cashtag", _CASHTAG)):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in urls):
                continue
            found.append(TextEntity(kind=kind, value=m.group(1), start=m.start(), end=m.end()))
    return tuple(sorted(found, key=lambda e: e.start))


def normalize_tag(tag: str) -> str:
    """A hashtag as X compares it: NFKC, case-folded, without the sigil."""
    return unicodedata.normalize("NFKC", tag.lstrip("#\uff03")).casefold()
