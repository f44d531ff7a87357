"""The X API v2 client (``XClient``), search, archives and digests, and their values.

Public names are re-exported from :mod:`medtweet`; this package also exposes the
less common ones (``RetryPolicy``, ``RateLimits``, ``XResponse``, ``finding_key``,
``posts_of_page``, ``parse_time``, ...). Only the client does HTTP; queries, posts,
archives and digests are pure and work offline.
"""

from __future__ import annotations

from medtweet.x._archive import (
    Provenance,
    archive,
    read_archive,
    read_provenance,
    search_archive,
)
from medtweet.x._auth import AppAuth, Auth, OAuth1UserAuth, OAuth2UserAuth, auth_from_env
from medtweet.x._client import XClient
from medtweet.x._digest import activity, ascii_chart, classify_link, digest, plot_counts
from medtweet.x._gate import finding_key
from medtweet.x._models import (
    CostEstimate,
    CreatedPost,
    PostedThread,
    Prices,
    XResponse,
    XUser,
    post_url,
)
from medtweet.x._post import PostMetrics, ReferencedPost, XPost, posts_of_page
from medtweet.x._posting import build_payload
from medtweet.x._problems import error_from_response
from medtweet.x._query import Query
from medtweet.x._ratelimit import RateLimit, RateLimits
from medtweet.x._search import CountBucket, CountSeries, SearchMixin, SearchPage
from medtweet.x._timewin import parse_time, resolve_window, rfc3339
from medtweet.x._transport import RetryPolicy

__all__ = [
    "AppAuth",
    "Auth",
    "CostEstimate",
    "CountBucket",
    "CountSeries",
    "CreatedPost",
    "OAuth1UserAuth",
    "OAuth2UserAuth",
    "PostMetrics",
    "PostedThread",
    "Prices",
    "Provenance",
    "Query",
    "RateLimit",
    "RateLimits",
    "ReferencedPost",
    "RetryPolicy",
    "SearchMixin",
    "SearchPage",
    "XClient",
    "XPost",
    "XResponse",
    "XUser",
    "activity",
    "archive",
    "ascii_chart",
    "auth_from_env",
    "build_payload",
    "classify_link",
    "digest",
    "error_from_response",
    "finding_key",
    "parse_time",
    "plot_counts",
    "post_url",
    "posts_of_page",
    "read_archive",
    "read_provenance",
    "resolve_window",
    "rfc3339",
    "search_archive",
]
