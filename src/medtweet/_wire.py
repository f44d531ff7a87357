"""X API v2 wire names, in one place.

The spec renamed several names in version 2.167 (``tweet.fields`` → ``post.fields`` and
friends) while the prose docs and most servers still use the classic ones. Everything
else in medtweet uses Python names and asks this module for the JSON ones. Both the
client (``medtweet.x``) and the sandbox server read from here.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "CLASSIC",
    "DIALECTS",
    "EXPANSIONS",
    "FIELD_PARAMS",
    "MEDIA_FIELDS",
    "PLACE_FIELDS",
    "POLL_FIELDS",
    "POST_2026",
    "USER_FIELDS",
    "Dialect",
    "DialectName",
    "dialect_of_query",
]

DialectName = Literal["classic", "2026"]


@attrs.frozen(kw_only=True)
class Dialect:
    """The JSON and query-parameter names of one revision of the X API."""

    name: DialectName
    post_fields: str
    referenced_posts: str
    referenced_expansion: str
    edit_history_ids: str
    includes_posts: str
    repost_count: str
    count_field: str
    total_count: str
    referenced_author_expansion: str | None = None
    problems_host: str = "https://api.twitter.com"


CLASSIC = Dialect(
    name="classic",
    post_fields="tweet.fields",
    referenced_posts="referenced_tweets",
    referenced_expansion="referenced_tweets.id",
    edit_history_ids="edit_history_tweet_ids",
    includes_posts="tweets",
    repost_count="retweet_count",
    count_field="tweet_count",
    total_count="total_tweet_count",
    referenced_author_expansion="referenced_tweets.id.author_id",
    problems_host="https://api.twitter.com",
)
"""The names the prose docs, tweepy and twarc use (spec ≤ 2.166)."""

POST_2026 = Dialect(
    name="2026",
    post_fields="post.fields",
    referenced_posts="referenced_posts",
    referenced_expansion="referenced_posts",
    edit_history_ids="edit_history_post_ids",
    includes_posts="posts",
    repost_count="repost_count",
    count_field="post_count",
    total_count="total_post_count",
    referenced_author_expansion=None,
    problems_host="https://api.x.com",
)
"""The names of spec version 2.167 (August 2026)."""

DIALECTS: dict[DialectName, Dialect] = {"classic": CLASSIC, "2026": POST_2026}

# Parameters that are the same in both dialects.
EXPANSIONS = "expansions"
USER_FIELDS = "user.fields"
MEDIA_FIELDS = "media.fields"
POLL_FIELDS = "poll.fields"
PLACE_FIELDS = "place.fields"


# Every query parameter name of the read endpoints, in both dialects.
FIELD_PARAMS = (
    CLASSIC.post_fields,
    POST_2026.post_fields,
    EXPANSIONS,
    USER_FIELDS,
    MEDIA_FIELDS,
    POLL_FIELDS,
    PLACE_FIELDS,
)

# Expansion values that only the 2026 dialect uses.
_EXPANSIONS_2026 = frozenset({POST_2026.referenced_expansion, POST_2026.edit_history_ids})


def dialect_of_query(params: dict[str, str] | list[tuple[str, str]]) -> Dialect:
    """The dialect a request's query parameters speak.

    Classic unless ``post.fields`` is used or ``expansions`` names a 2026-only value
    (``referenced_posts``, ``edit_history_post_ids``).
    """
    pairs = list(params.items()) if isinstance(params, dict) else list(params)
    for name, value in pairs:
        if name == POST_2026.post_fields:
            return POST_2026
        if name == EXPANSIONS and _EXPANSIONS_2026 & set(value.split(",")):
            return POST_2026
    return CLASSIC
