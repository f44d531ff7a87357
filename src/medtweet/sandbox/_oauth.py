"""``POST /2/oauth2/token`` (refresh grant) and ``POST /oauth2/token`` (app bearer)."""

from __future__ import annotations

from urllib.parse import parse_qsl

from medtweet.sandbox._app import Call, json_response
from medtweet.sandbox._auth import ACCESS_LIFETIME
from medtweet.sandbox._http import Response

__all__ = ["token"]


def _error(status: int, error: str, description: str) -> Response:
    return json_response({"error": error, "error_description": description}, status)


def token(call: Call) -> Response:
    """Exchange a refresh token (OAuth 2.0 user) or client credentials (app bearer)."""
    form = dict(parse_qsl(call.request.body.decode("utf-8", "replace")))
    tokens = call.app.tokens
    grant = form.get("grant_type")
    if not tokens.check_client(call.request.headers, form):
        return _error(401, "unauthorized_client", "Missing valid authorization header")
    if grant == "refresh_token":
        issued = tokens.refresh(form.get("refresh_token", ""))
        if issued is None:
            return _error(400, "invalid_request", "Value passed for the token was invalid.")
        access, refresh, scopes = issued
        body = {
            "token_type": "bearer",
            "expires_in": int(ACCESS_LIFETIME.total_seconds()),
            "access_token": access,
            "scope": " ".join(sorted(scopes)),
        }
        if refresh:
            body["refresh_token"] = refresh
        return json_response(body)
    if grant == "client_credentials":
        if not call.request.headers.get("authorization", "").lower().startswith("basic "):
            return _error(401, "unauthorized_client", "Missing valid authorization header")
        return json_response({"token_type": "bearer", "access_token": tokens.app_token})
    return _error(
        400,
        "unsupported_grant_type",
        f"grant_type [{grant}] is not supported; use refresh_token or client_credentials.",
    )
