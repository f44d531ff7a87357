"""OAuth 1.0a request signatures (RFC 5849 section 3.4), checked the way X checks them.

Only HMAC-SHA1 is accepted, as on X. The signature covers the method, the base URL, the
query, the ``oauth_*`` parameters and a form-encoded body; JSON and multipart bodies are
not signed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, quote

__all__ = ["signature"]


def _encode(value: str) -> str:
    # RFC 5849 3.6: unreserved characters stay, everything else is %XX (spaces too)
    return quote(value, safe="-._~")


def _base_url(scheme: str, host: str, path: str) -> str:
    host = host.lower()
    default = ":443" if scheme == "https" else ":80"
    if host.endswith(default):
        host = host[: -len(default)]
    return f"{scheme}://{host}{path}"


def signature(
    *,
    method: str,
    host: str,
    path: str,
    query: Iterable[tuple[str, str]],
    oauth: Mapping[str, str],
    form: bytes | None,
    consumer_secret: str,
    token_secret: str,
    scheme: str = "http",
) -> str:
    """The base64 HMAC-SHA1 signature of a request, as the client should have sent it.

    Args:
        method: the HTTP method.
        host: the ``Host`` header the request came with.
        path: the request path, without its query.
        query: the decoded query parameters.
        oauth: the parameters of the ``Authorization: OAuth`` header.
        form: the body when it is ``application/x-www-form-urlencoded``, else ``None``.
        consumer_secret: the app's consumer secret.
        token_secret: the user's access token secret.
        scheme: the URL scheme the client signed (the sandbox serves plain HTTP).
    """
    params = [*query]
    params += [(k, v) for k, v in oauth.items() if k not in ("oauth_signature", "realm")]
    if form:
        params += parse_qsl(form.decode("utf-8", "replace"), keep_blank_values=True)
    normalized = "&".join(
        f"{k}={v}" for k, v in sorted((_encode(k), _encode(v)) for k, v in params)
    )
    parts = (method.upper(), _base_url(scheme, host, path), normalized)
    base = "&".join(_encode(part) for part in parts)
    key = f"{_encode(consumer_secret)}&{_encode(token_secret)}"
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")
