"""The text engine: X's weighted length, entities, validators (twitter-text v3 semantics).

Everything here is re-exported from :mod:`medtweet`. Indices are Python ``str`` indices
(code points), end exclusive.
"""

from __future__ import annotations

from medtweet.text._count import parse_tweet, weighted_length
from medtweet.text._extract import (
    extract_cashtags,
    extract_entities,
    extract_hashtags,
    extract_mentions,
    extract_reply,
    extract_urls,
    is_valid_hashtag,
    is_valid_list,
    is_valid_username,
)
from medtweet.text._model import Entity, EntityKind, TextStats
from medtweet.text._validate_url import is_valid_url

__all__ = [
    "Entity",
    "EntityKind",
    "TextStats",
    "extract_cashtags",
    "extract_entities",
    "extract_hashtags",
    "extract_mentions",
    "extract_reply",
    "extract_urls",
    "is_valid_hashtag",
    "is_valid_list",
    "is_valid_url",
    "is_valid_username",
    "parse_tweet",
    "weighted_length",
]
