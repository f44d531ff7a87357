"""The exception tree: every error medtweet raises is a :class:`MedtweetError`.

Validation errors (bad input the caller can fix) also subclass :class:`ValueError`,
so ``except ValueError`` keeps working for code that does not know medtweet.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

__all__ = [
    "ApiError",
    "ApiValidationError",
    "AuthError",
    "BlockedError",
    "DraftError",
    "DuplicatePostError",
    "ForbiddenError",
    "MedtweetError",
    "NotFoundError",
    "PollError",
    "QueryError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UnsupportedAuthError",
    "UsageCapError",
    "ValidationError",
]


class MedtweetError(Exception):
    """Base class of every error medtweet raises."""


class ValidationError(MedtweetError, ValueError):
    """Input that breaks a rule; ``problems`` lists every rule broken, not just the first."""

    def __init__(self, message: str, *, problems: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[str, ...] = tuple(problems) or (message,)


class DraftError(ValidationError):
    """A draft (see ``docs/drafts.md``) that cannot be read; ``line`` is 1-based or None."""

    def __init__(
        self, message: str, *, line: int | None = None, problems: Iterable[str] = ()
    ) -> None:
        where = f"line {line}: " if line is not None else ""
        super().__init__(where + message, problems=problems)
        self.line = line


class PollError(ValidationError):
    """A poll that the target platform would reject."""


class QueryError(ValidationError):
    """A search query that X would reject (syntax or length)."""


class BlockedError(MedtweetError):
    """Posting refused because blocking findings remain (see ``findings``).

    Acknowledge PHI findings one by one, or fix the text, then post again.
    """

    def __init__(self, message: str, *, findings: Iterable[object] = ()) -> None:
        super().__init__(message)
        self.findings: tuple[object, ...] = tuple(findings)


class UnsupportedAuthError(MedtweetError):
    """The call needs other credentials than the client holds; raised before any request.

    Example: posting needs a user-context token (OAuth 2.0 user or OAuth 1.0a), not an
    app-only bearer token, or an OAuth 2.0 token lacks a scope such as ``tweet.write``.
    """


class TransportError(MedtweetError):
    """The request did not get an HTTP answer (connection refused, reset or timed out)."""


class ApiError(MedtweetError):
    """The X API answered with an error.

    Attributes:
        status: the HTTP status code.
        title: the problem title, when the body carried one.
        problem_type: the problem ``type`` URI, when the body carried one.
        errors: the ``errors`` list of the body, untouched.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        title: str | None = None,
        problem_type: str | None = None,
        errors: Iterable[dict[str, object]] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.title = title
        self.problem_type = problem_type
        self.errors: tuple[dict[str, object], ...] = tuple(errors)


class AuthError(ApiError):
    """401: the credentials are missing, expired or wrong."""


class ForbiddenError(ApiError):
    """403: the credentials are valid but not allowed to do this."""


class DuplicatePostError(ForbiddenError):
    """403: X refused the post as a duplicate of a recent one by the same account."""


class NotFoundError(ApiError):
    """404, or a resource the API reports as not found."""


class RateLimitError(ApiError):
    """429 because a rate-limit window is exhausted; ``reset_at`` says when it reopens."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 429,
        reset_at: datetime | None = None,
        title: str | None = None,
        problem_type: str | None = None,
        errors: Iterable[dict[str, object]] = (),
    ) -> None:
        super().__init__(
            message, status=status, title=title, problem_type=problem_type, errors=errors
        )
        self.reset_at = reset_at


class UsageCapError(ApiError):
    """429 because the account's usage cap is spent: waiting will not help."""


class ServerError(ApiError):
    """5xx from the API."""


class ApiValidationError(ApiError, ValueError):
    """400: the API rejected the request's parameters; ``parameter_errors`` says which."""

    @property
    def parameter_errors(self) -> dict[str, tuple[str, ...]]:
        """Messages per parameter name, from the body's ``errors[].parameters``."""
        found: dict[str, list[str]] = {}
        for error in self.errors:
            message = str(error.get("message", ""))
            parameters = error.get("parameters")
            names = list(parameters) if isinstance(parameters, dict) else ["(request)"]
            for name in names or ["(request)"]:
                found.setdefault(str(name), []).append(message)
        return {name: tuple(messages) for name, messages in found.items()}
