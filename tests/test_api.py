"""The public surface: the sorted ``__all__`` is pinned, and the version is the installed one."""

import importlib.metadata

import medtweet

EXPECTED = [
    "ApiError",
    "ApiValidationError",
    "AppAuth",
    "AuthError",
    "BLUESKY",
    "BlockedError",
    "Category",
    "CostEstimate",
    "CountBucket",
    "CountSeries",
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
    "OAuth1UserAuth",
    "OAuth2UserAuth",
    "OptOut",
    "PhiReport",
    "Platform",
    "Poll",
    "PollError",
    "PollResults",
    "PollRules",
    "Post",
    "PostMetrics",
    "PostedPoll",
    "PostedThread",
    "Prices",
    "Provenance",
    "Query",
    "QueryError",
    "RateLimitError",
    "Reference",
    "ReferencedPost",
    "SearchPage",
    "ServerError",
    "Speaker",
    "TextStats",
    "Thread",
    "ThreadFinding",
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
    "check_image",
    "check_phi",
    "compose_thread",
    "digest",
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
    "plot_counts",
    "read_archive",
    "read_provenance",
    "redact",
    "search_archive",
    "story_context",
    "strip_metadata",
    "weighted_length",
]


def test_all_is_pinned() -> None:
    assert medtweet.__all__ == EXPECTED


def test_all_is_sorted() -> None:
    assert medtweet.__all__ == sorted(medtweet.__all__)


def test_every_name_resolves() -> None:
    for name in medtweet.__all__:
        assert hasattr(medtweet, name), name


def test_version_is_the_installed_one() -> None:
    assert medtweet.__version__ == importlib.metadata.version("medtweet")


def test_validation_errors_are_value_errors() -> None:
    for cls in (medtweet.ValidationError, medtweet.DraftError, medtweet.PollError):
        assert issubclass(cls, ValueError)
        assert issubclass(cls, medtweet.MedtweetError)
