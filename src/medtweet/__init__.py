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
from medtweet.phi import (
    Category,
    Finding,
    PhiReport,
    check_image,
    check_phi,
    redact,
    story_context,
    strip_metadata,
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
    "Category",
    "DraftError",
    "DuplicatePostError",
    "Entity",
    "Finding",
    "ForbiddenError",
    "LiveSession",
    "MASTODON",
    "Media",
    "MedtweetError",
    "NotFoundError",
    "OptOut",
    "PhiReport",
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
    "check_image",
    "check_phi",
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
    "redact",
    "story_context",
    "strip_metadata",
    "weighted_length",
]
