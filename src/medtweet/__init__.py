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
from medtweet.x import (
    CountBucket,
    CountSeries,
    PostMetrics,
    Provenance,
    Query,
    ReferencedPost,
    SearchPage,
    XPost,
    activity,
    archive,
    ascii_chart,
    digest,
    plot_counts,
    read_archive,
    read_provenance,
    search_archive,
)

__version__ = importlib.metadata.version("medtweet")

__all__ = [
    "ApiError",
    "ApiValidationError",
    "AuthError",
    "BLUESKY",
    "BlockedError",
    "CountBucket",
    "CountSeries",
    "DraftError",
    "DuplicatePostError",
    "ForbiddenError",
    "MASTODON",
    "MedtweetError",
    "NotFoundError",
    "Platform",
    "PollError",
    "PollRules",
    "PostMetrics",
    "Provenance",
    "Query",
    "QueryError",
    "RateLimitError",
    "ReferencedPost",
    "SearchPage",
    "ServerError",
    "TransportError",
    "UsageCapError",
    "ValidationError",
    "X",
    "XPost",
    "X_PREMIUM",
    "__version__",
    "activity",
    "archive",
    "ascii_chart",
    "digest",
    "platform",
    "plot_counts",
    "read_archive",
    "read_provenance",
    "search_archive",
]
