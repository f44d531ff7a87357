"""The endpoint table."""

from __future__ import annotations

from medtweet import _wire
from medtweet.sandbox import _media, _oauth, _posts, _search
from medtweet.sandbox._app import Endpoint, Route
from medtweet.sandbox._auth import TokenKind

__all__ = ["ROUTES"]

_READ = ("tweet.read", "users.read")
_WRITE = ("tweet.read", "tweet.write", "users.read")
_MEDIA = ("media.write",)
_FIELDS = _wire.FIELD_PARAMS
_ANY: tuple[TokenKind, ...] = ("app", "user", "oauth1")
_WINDOW = ("start_time", "end_time", "since_id", "until_id")
_SEARCH = (
    "query",
    "max_results",
    "next_token",
    "pagination_token",
    "sort_order",
    *_WINDOW,
    *_FIELDS,
)

_COUNTS = ("query", "granularity", "next_token", "pagination_token", "search_count.fields")


def _route(
    where: str,
    name: str,
    endpoint: Endpoint,
    *,
    allow: tuple[TokenKind, ...] = ("user", "oauth1"),
    scopes: tuple[str, ...] = (),
    params: tuple[str, ...] = (),
    authenticated: bool = True,
) -> Route:
    """A :class:`Route` from ``"METHOD /path"``; ``name`` is its rate-limit bucket."""
    method, pattern = where.split(" ", 1)
    return Route(
        method=method,
        pattern=pattern,
        name=name,
        endpoint=endpoint,
        allow=allow,
        scopes=scopes,
        params=params,
        authenticated=authenticated,
    )


ROUTES: list[Route] = [
    _route("POST /2/tweets", "create_post", _posts.create_post, scopes=_WRITE),
    _route(
        "GET /2/tweets",
        "lookup_posts",
        _posts.lookup_posts,
        allow=_ANY,
        scopes=_READ,
        params=("ids", *_FIELDS),
    ),
    _route(
        "GET /2/tweets/{id}",
        "lookup_post",
        _posts.lookup_post,
        allow=_ANY,
        scopes=_READ,
        params=_FIELDS,
    ),
    _route("DELETE /2/tweets/{id}", "delete_post", _posts.delete_post, scopes=_WRITE),
    _route("GET /2/users/me", "users_me", _posts.users_me, scopes=_READ, params=_FIELDS),
    _route(
        "GET /2/users/{id}/tweets",
        "user_posts",
        _posts.user_posts,
        allow=_ANY,
        scopes=_READ,
        params=("max_results", "pagination_token", "exclude", *_WINDOW, *_FIELDS),
    ),
    _route("POST /2/media/upload", "media_upload", _media.upload, scopes=_MEDIA),
    _route(
        "GET /2/media/upload",
        "media_status",
        _media.status,
        scopes=_MEDIA,
        params=("media_id", "command"),
    ),
    # The three chunked-upload steps share one rate-limit bucket, as on X.
    _route("POST /2/media/upload/initialize", "media_chunked", _media.initialize, scopes=_MEDIA),
    _route("POST /2/media/upload/{id}/append", "media_chunked", _media.append, scopes=_MEDIA),
    _route("POST /2/media/upload/{id}/finalize", "media_chunked", _media.finalize, scopes=_MEDIA),
    _route("POST /2/media/metadata", "media_metadata", _media.metadata, scopes=_MEDIA),
    _route(
        "GET /2/tweets/search/recent",
        "search_recent",
        _search.search_recent,
        allow=_ANY,
        scopes=_READ,
        params=_SEARCH,
    ),
    _route(
        "GET /2/tweets/search/all", "search_all", _search.search_all, allow=("app",), params=_SEARCH
    ),
    _route(
        "GET /2/tweets/counts/recent",
        "counts_recent",
        _search.counts_recent,
        allow=("app", "user"),
        params=(*_COUNTS, *_WINDOW),
    ),
    _route("POST /2/oauth2/token", "oauth_token", _oauth.token, authenticated=False),
    _route("POST /oauth2/token", "oauth_token", _oauth.token, authenticated=False),
]
