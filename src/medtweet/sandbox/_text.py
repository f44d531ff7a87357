"""Counting and entities the way X does, through the library's own text engine.

The sandbox counts post text with :mod:`medtweet.text`, so a post the composer accepts is a
post the sandbox accepts, and search matches hashtags exactly as they are extracted.
"""

from __future__ import annotations

import functools
import unicodedata

from medtweet.platform import Platform, X
from medtweet.text import Entity, extract_entities, parse_tweet

__all__ = ["entities", "measure", "normalize_tag"]


def measure(text: str, platform: Platform = X) -> tuple[int, bool]:
    """X's weighted length of ``text`` and whether X would accept it as a post's text."""
    stats = parse_tweet(text, platform=platform)
    return stats.weighted_length, stats.valid


@functools.lru_cache(maxsize=1024)
def entities(text: str) -> tuple[Entity, ...]:
    """Hashtags, mentions, lists, cashtags and URLs of ``text``, in order of appearance.

    Cached for recent texts: a search page extracts a post's entities to match it and again
    to render it.
    """
    return extract_entities(text)


def normalize_tag(tag: str) -> str:
    """A hashtag as X compares it: NFKC, case-folded, without the sigil."""
    return unicodedata.normalize("NFKC", tag.lstrip("#\uff03")).casefold()
