"""Error bodies exactly as the X API returns them (see the notes on X's error formats)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["Problem", "invalid_request", "not_found_error", "problem"]

TWITTER = "https://api.twitter.com"


class Problem(Exception):
    """An error answer: HTTP ``status`` and its JSON ``body`` (or raw HTML ``html``)."""

    def __init__(self, status: int, body: Mapping[str, Any], *, html: str | None = None) -> None:
        super().__init__(status, body.get("detail") or body.get("title") or status)
        self.status = status
        self.body = body
        self.html = html
        self.headers: dict[str, str] = {}


def problem(
    status: int,
    title: str,
    detail: str,
    kind: str = "about:blank",
    *,
    host: str = TWITTER,
    **extra: Any,
) -> Problem:
    """A top-level problem body (``kind`` is ``about:blank`` or a problems suffix)."""
    body: dict[str, Any] = {
        "title": title,
        "detail": detail,
        "type": kind if kind == "about:blank" else f"{host}/2/problems/{kind}",
        "status": status,
    }
    body.update(extra)
    return Problem(status, body)


def unauthorized() -> Problem:
    """401 for missing, wrong or expired credentials."""
    return Problem(
        401,
        {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
    )


def unsupported_authentication(supported: Sequence[str]) -> Problem:
    """403 when the kind of token is not accepted by the endpoint (an app token posting)."""
    return problem(
        403,
        "Unsupported Authentication",
        "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  "
        f"Supported authentication types are [{', '.join(supported)}].",
        "unsupported-authentication",
    )


def missing_scopes(missing: Sequence[str]) -> Problem:
    """403 when a user token lacks a scope the endpoint needs."""
    return problem(
        403,
        "Forbidden",
        "Your access token is missing the scope(s) required by this endpoint: "
        f"[{', '.join(missing)}]. Authorize the app again with these scopes.",
        "client-forbidden",
        reason="missing-scopes",
    )


def forbidden(detail: str) -> Problem:
    """Plain 403 (``about:blank``), like the duplicate-content refusal."""
    return problem(403, "Forbidden", detail)


DUPLICATE = "You are not allowed to create a Tweet with duplicate content."
NOT_VISIBLE = "You attempted to reply to a Tweet that is deleted or not visible to you."
REPLY_RESTRICTED = (
    "Reply to this conversation is not allowed because you have not been mentioned or "
    "otherwise engaged by the author of the post you are replying to."
)


def invalid_request(
    errors: Sequence[tuple[Mapping[str, Sequence[str]], str]], *, host: str = TWITTER
) -> Problem:
    """400 with the per-parameter ``errors[].parameters/message`` list."""
    return Problem(
        400,
        {
            "errors": [
                {"parameters": {k: list(v) for k, v in params.items()}, "message": message}
                for params, message in errors
            ],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": f"{host}/2/problems/invalid-request",
        },
    )


def bad_param(name: str, value: str, message: str, *, host: str = TWITTER) -> Problem:
    """400 for one bad parameter."""
    return invalid_request([({name: [value]}, message)], host=host)


def not_found_error(
    resource_id: str, *, parameter: str = "id", resource_type: str = "tweet", host: str = TWITTER
) -> dict[str, Any]:
    """One partial-error entry for a missing resource (returned beside ``data``)."""
    return {
        "value": resource_id,
        "detail": f"Could not find {resource_type} with id: [{resource_id}].",
        "title": "Not Found Error",
        "resource_type": resource_type,
        "parameter": parameter,
        "resource_id": resource_id,
        "type": f"{host}/2/problems/resource-not-found",
    }


def too_many_requests() -> Problem:
    """429 because a rate-limit window is exhausted."""
    return Problem(
        429,
        {
            "title": "Too Many Requests",
            "detail": "Too Many Requests",
            "type": "about:blank",
            "status": 429,
        },
    )


def usage_capped(period: str = "Monthly", scope: str = "Product") -> Problem:
    """429 because the account's usage cap is spent."""
    return Problem(
        429,
        {
            "account_id": "1000000000",
            "product_name": "pay-per-use",
            "title": "UsageCapExceeded",
            "period": period,
            "scope": scope,
            "detail": f"Usage cap exceeded: {period} {scope.lower()} cap",
            "type": f"{TWITTER}/2/problems/usage-capped",
        },
    )


def server_error(status: int = 500) -> Problem:
    """5xx with a JSON problem body."""
    titles = {
        500: "Internal Server Error",
        502: "Bad Gateway",
        503: "Service Unavailable",
        504: "Gateway Timeout",
    }
    title = titles.get(status, "Server Error")
    return problem(
        status,
        title,
        f"{title}: please retry later.",
        "internal-error" if status == 500 else "about:blank",
    )


HTML_503 = (
    "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
    "<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
    "</body>\r\n</html>\r\n"
)


def html_503() -> Problem:
    """503 with an HTML body, as a proxy in front of the API sends it."""
    return Problem(503, {}, html=HTML_503)
