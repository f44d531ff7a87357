"""Map an error response (problem JSON, 400 ``errors``, v1.1 codes, HTML) to the ApiError tree."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from medtweet._errors import (
    ApiError,
    ApiValidationError,
    AuthError,
    DuplicatePostError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UsageCapError,
)

__all__ = ["error_from_response", "is_not_visible_yet", "is_reply_restricted", "problem_suffix"]


def problem_suffix(problem_type: object) -> str | None:
    """``"usage-capped"`` from ``https://api.<any host>/2/problems/usage-capped``.

    ``None`` for ``about:blank``, a missing type or anything that is not a problem URI.
    """
    if not isinstance(problem_type, str) or "/problems/" not in problem_type:
        return None
    return problem_type.rsplit("/problems/", 1)[1].strip("/") or None


def _text(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value else None


def _dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _has_code(errors: Iterable[Mapping[str, Any]], code: int) -> bool:
    return any(error.get("code") == code for error in errors)


_ADVICE = {
    "unsupported-authentication": "This endpoint needs a user-context token "
    "(OAuth2UserAuth or OAuth1UserAuth), not an app bearer token.",
    "usage-capped": "The account's usage cap is spent; waiting for the rate-limit window "
    "will not help. Check the usage page of the developer portal.",
    "client-forbidden": "The app is not enrolled for this endpoint; check its project and "
    "access level in the developer portal.",
}


def _message(status: int, title: str | None, detail: str | None, suffix: str | None) -> str:
    head = title or f"HTTP {status}"
    text = f"{head}: {detail}" if detail and detail != head else head
    text = f"{text} (HTTP {status})"
    if suffix in _ADVICE:
        text = f"{text}. {_ADVICE[suffix]}"
    elif status == 401:
        text = f"{text}. The token is missing, expired or revoked: get a new one."
    return text


def is_not_visible_yet(error: BaseException) -> bool:
    """Whether a 403 is X's transient "deleted or not visible" on a reply to a fresh post."""
    return (
        isinstance(error, ForbiddenError)
        and not isinstance(error, DuplicatePostError)
        and "not visible" in str(error).lower()
    )


def is_reply_restricted(error: BaseException) -> bool:
    """Whether a 403 is the 2026 self-serve reply restriction.

    Since 2026-02-23 the replied-to author must have mentioned or quoted this account.
    """
    text = str(error).lower()
    return isinstance(error, ForbiddenError) and (
        "reply to this conversation is not allowed" in text
        or "not been mentioned or otherwise engaged" in text
        or "reply restriction" in text
        or "restricted who can reply" in text
    )


def error_from_response(status: int, body: object, *, reset_at: datetime | None = None) -> ApiError:
    """The typed error for an error response.

    Args:
        status: the HTTP status.
        body: the parsed JSON body, or ``None``/a string when it was not JSON (HTML 503s).
        reset_at: when the rate-limit window reopens, from the headers (for 429s).

    The problem ``type`` is matched on its path suffix, so ``api.twitter.com`` and
    ``api.x.com`` URIs behave alike; ``about:blank`` falls back to the status.
    """
    data: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    errors = _dicts(data.get("errors"))
    suffix = problem_suffix(data.get("type"))
    title = _text(data, "title")
    detail = _text(data, "detail")
    if detail is None and errors:
        detail = "; ".join(str(e.get("message", "")) for e in errors if e.get("message")) or None
    if detail is None and not data and isinstance(body, str) and body.strip():
        detail = "the server answered with a non-JSON body"
    problem_type = data.get("type") if isinstance(data.get("type"), str) else None
    message = _message(status, title, detail, suffix)
    kwargs: dict[str, Any] = {
        "status": status,
        "title": title,
        "problem_type": problem_type,
        "errors": errors,
    }
    lowered = f"{title or ''} {detail or ''}".lower()
    if suffix == "usage-capped" or (title or "") == "UsageCapExceeded":
        return UsageCapError(message, **kwargs)
    if status == 429 or suffix == "rate-limit-exceeded" or _has_code(errors, 88):
        kwargs["status"] = status
        return RateLimitError(message, reset_at=reset_at, **kwargs)
    if status == 400 or suffix == "invalid-request":
        return ApiValidationError(message, **kwargs)
    if status == 401:
        return AuthError(message, **kwargs)
    if status == 403 and "duplicate content" in lowered:
        return DuplicatePostError(
            f"{message}. The same text was posted recently by this account.", **kwargs
        )
    if status == 403 or suffix in {"unsupported-authentication", "client-forbidden"}:
        return ForbiddenError(message, **kwargs)
    if status == 404 or suffix == "resource-not-found":
        return NotFoundError(message, **kwargs)
    if status >= 500:
        return ServerError(message, **kwargs)
    return ApiError(message, **kwargs)
