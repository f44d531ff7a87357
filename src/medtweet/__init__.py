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
from medtweet.platform import BLUESKY, MASTODON, X_PREMIUM, Platform, PollRules, X
from medtweet.poll import Poll, PollResults, PostedPoll, parse_duration

__version__ = importlib.metadata.version("medtweet")

__all__ = [
    "ApiError",
    "ApiValidationError",
    "AuthError",
    "BLUESKY",
    "BlockedError",
    "DraftError",
    "DuplicatePostError",
    "ForbiddenError",
    "MASTODON",
    "MedtweetError",
    "NotFoundError",
    "Platform",
    "Poll",
    "PollError",
    "PollResults",
    "PollRules",
    "PostedPoll",
    "QueryError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UsageCapError",
    "ValidationError",
    "X",
    "X_PREMIUM",
    "__version__",
    "parse_duration",
    "platform",
]
