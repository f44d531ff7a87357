"""The X API v2 client (``XClient``) and its values.

Public names are re-exported from :mod:`medtweet`; this package also exposes the
less common ones (``RetryPolicy``, ``RateLimits``, ``XResponse``, ``finding_key``, ...).
"""

from __future__ import annotations

from medtweet.x._auth import AppAuth, Auth, OAuth1UserAuth, OAuth2UserAuth, auth_from_env
from medtweet.x._client import XClient
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
from medtweet.x._posting import build_payload
from medtweet.x._problems import error_from_response
from medtweet.x._ratelimit import RateLimit, RateLimits
from medtweet.x._transport import RetryPolicy

__all__ = [
    "AppAuth",
    "Auth",
    "CostEstimate",
    "CreatedPost",
    "OAuth1UserAuth",
    "OAuth2UserAuth",
    "PostedThread",
    "Prices",
    "RateLimit",
    "RateLimits",
    "RetryPolicy",
    "XClient",
    "XResponse",
    "XUser",
    "auth_from_env",
    "build_payload",
    "error_from_response",
    "finding_key",
    "post_url",
]
