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
    UnsupportedAuthError,
    UsageCapError,
    ValidationError,
)
from medtweet.platform import BLUESKY, MASTODON, X_PREMIUM, Platform, PollRules, X
from medtweet.poll import Poll, PollResults, PostedPoll, parse_duration
from medtweet.x import (
    AppAuth,
    CostEstimate,
    CountBucket,
    CountSeries,
    OAuth1UserAuth,
    OAuth2UserAuth,
    PostedThread,
    PostMetrics,
    Prices,
    Provenance,
    Query,
    ReferencedPost,
    SearchPage,
    XClient,
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
    "AppAuth",
    "AuthError",
    "BLUESKY",
    "BlockedError",
    "CostEstimate",
    "CountBucket",
    "CountSeries",
    "DraftError",
    "DuplicatePostError",
    "ForbiddenError",
    "MASTODON",
    "MedtweetError",
    "NotFoundError",
    "OAuth1UserAuth",
    "OAuth2UserAuth",
    "Platform",
    "Poll",
    "PollError",
    "PollResults",
    "PollRules",
    "PostMetrics",
    "PostedPoll",
    "PostedThread",
    "Prices",
    "Provenance",
    "Query",
    "QueryError",
    "RateLimitError",
    "ReferencedPost",
    "SearchPage",
    "ServerError",
    "TransportError",
    "UnsupportedAuthError",
    "UsageCapError",
    "ValidationError",
    "X",
    "XClient",
    "XPost",
    "X_PREMIUM",
    "__version__",
    "activity",
    "archive",
    "ascii_chart",
    "digest",
    "parse_duration",
    "platform",
    "plot_counts",
    "read_archive",
    "read_provenance",
    "search_archive",
]
