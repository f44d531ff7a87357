"""Counting and entities the way X does, through the library's own text engine.

The sandbox counts post text with :mod:`medtweet.text`, so a post the composer accepts is a
post the sandbox accepts, and search matches hashtags exactly as they are extracted.
"""

from __future__ import annotations

import unicodedata

from medtweet.platform import Platform, X
from medtweet.text import Entity, extract_entities, parse_tweet

__all__ = ["entities", "is_valid", "normalize_tag", "weighted_length"]


def weighted_length(text: str, platform: Platform = X) -> int:
    """X's weighted length of ``text``."""
    return parse_tweet(text, platform=platform).weighted_length


def is_valid(text: str, platform: Platform = X) -> bool:
    """Whether X would accept ``text`` as a post's text (not empty, within the limit)."""
    return parse_tweet(text, platform=platform).valid


def entities(text: str) -> tuple[Entity, ...]:
    """Hashtags, mentions, lists, cashtags and URLs of ``text``, in order of appearance."""
    return extract_entities(text)


def normalize_tag(tag: str) -> str:
    """A hashtag as X compares it: NFKC, case-folded, without the sigil."""
    return unicodedata.normalize("NFKC", tag.lstrip("#\uff03")).casefold()
