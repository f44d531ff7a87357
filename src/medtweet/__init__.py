"""medtweet: tweetorials, polls, hashtag following and patient-privacy checks on X.

The public API lives here; every other module is private or a documented submodule
(``medtweet.platform``, ``medtweet.sandbox``).
"""

from __future__ import annotations

import importlib.metadata

from medtweet import platform
from medtweet._errors import (
    ApiError,
    ApiValidationError,
    AuthError,
    BlockedError,
    DraftError,
    DuplicatePostError,
    ForbiddenError,
    MedtweetError,
    NotFoundError,
    PollError,
    QueryError,
    RateLimitError,
    ServerError,
    TransportError,
    UsageCapError,
    ValidationError,
)
from medtweet.compose import (
    LiveSession,
    Media,
    OptOut,
    Post,
    Reference,
    Speaker,
    Thread,
    ThreadFinding,
    compose_thread,
)
from medtweet.platform import BLUESKY, MASTODON, X_PREMIUM, Platform, PollRules, X
from medtweet.poll import Poll, PollResults, PostedPoll, parse_duration
from medtweet.text import (
    Entity,
    TextStats,
    extract_cashtags,
    extract_entities,
    extract_hashtags,
    extract_mentions,
    extract_reply,
    extract_urls,
    is_valid_hashtag,
    is_valid_list,
    is_valid_url,
    is_valid_username,
    parse_tweet,
    weighted_length,
)

__version__ = importlib.metadata.version("medtweet")

__all__ = [
    "ApiError",
    "ApiValidationError",
    "AuthError",
    "BLUESKY",
    "BlockedError",
    "DraftError",
    "DuplicatePostError",
    "Entity",
    "ForbiddenError",
    "LiveSession",
    "MASTODON",
    "Media",
    "MedtweetError",
    "NotFoundError",
    "OptOut",
    "Platform",
    "Poll",
    "PollError",
    "PollResults",
    "PollRules",
    "Post",
    "PostedPoll",
    "QueryError",
    "RateLimitError",
    "Reference",
    "ServerError",
    "Speaker",
    "TextStats",
    "Thread",
    "ThreadFinding",
    "TransportError",
    "UsageCapError",
    "ValidationError",
    "X",
    "X_PREMIUM",
    "__version__",
    "compose_thread",
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
    "parse_duration",
    "parse_tweet",
    "platform",
    "weighted_length",
]
