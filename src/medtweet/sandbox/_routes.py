"""The endpoint table."""

from __future__ import annotations

from medtweet import _wire
from medtweet.sandbox import _media, _oauth, _posts, _search
from medtweet.sandbox._app import Route
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

ROUTES: list[Route] = [
    Route(
        method="POST",
        pattern="/2/tweets",
        name="create_post",
        endpoint=_posts.create_post,
        scopes=_WRITE,
    ),
    Route(
        method="GET",
        pattern="/2/tweets",
        name="lookup_posts",
        endpoint=_posts.lookup_posts,
        allow=_ANY,
        scopes=_READ,
        params=("ids", *_FIELDS),
    ),
    Route(
        method="GET",
        pattern="/2/tweets/{id}",
        name="lookup_post",
        endpoint=_posts.lookup_post,
        allow=_ANY,
        scopes=_READ,
        params=_FIELDS,
    ),
    Route(
        method="DELETE",
        pattern="/2/tweets/{id}",
        name="delete_post",
        endpoint=_posts.delete_post,
        scopes=_WRITE,
    ),
    Route(
        method="GET",
        pattern="/2/users/me",
        name="users_me",
        endpoint=_posts.users_me,
        scopes=_READ,
        params=_FIELDS,
    ),
    Route(
        method="GET",
        pattern="/2/users/{id}/tweets",
        name="user_posts",
        endpoint=_posts.user_posts,
        allow=_ANY,
        scopes=_READ,
        params=("max_results", "pagination_token", "exclude", *_WINDOW, *_FIELDS),
    ),
    Route(
        method="POST",
        pattern="/2/media/upload",
        name="media_upload",
        endpoint=_media.upload,
        scopes=_MEDIA,
    ),
    Route(
        method="GET",
        pattern="/2/media/upload",
        name="media_status",
        endpoint=_media.status,
        scopes=_MEDIA,
        params=("media_id", "command"),
    ),
    Route(
        method="POST",
        pattern="/2/media/upload/initialize",
        name="media_chunked",
        endpoint=_media.initialize,
        scopes=_MEDIA,
    ),
    Route(
        method="POST",
        pattern="/2/media/upload/{id}/append",
        name="media_chunked",
        endpoint=_media.append,
        scopes=_MEDIA,
    ),
    Route(
        method="POST",
        pattern="/2/media/upload/{id}/finalize",
        name="media_chunked",
        endpoint=_media.finalize,
        scopes=_MEDIA,
    ),
    Route(
        method="POST",
        pattern="/2/media/metadata",
        name="media_metadata",
        endpoint=_media.metadata,
        scopes=_MEDIA,
    ),
    Route(
        method="GET",
        pattern="/2/tweets/search/recent",
        name="search_recent",
        endpoint=_search.search_recent,
        allow=_ANY,
        scopes=_READ,
        params=_SEARCH,
    ),
    Route(
        method="GET",
        pattern="/2/tweets/search/all",
        name="search_all",
        endpoint=_search.search_all,
        allow=("app",),
        params=_SEARCH,
    ),
    Route(
        method="GET",
        pattern="/2/tweets/counts/recent",
        name="counts_recent",
        endpoint=_search.counts_recent,
        allow=("app", "user"),
        params=(
            "query",
            "granularity",
            "next_token",
            "pagination_token",
            "search_count.fields",
            *_WINDOW,
        ),
    ),
    Route(
        method="POST",
        pattern="/2/oauth2/token",
        name="oauth_token",
        endpoint=_oauth.token,
        authenticated=False,
    ),
    Route(
        method="POST",
        pattern="/oauth2/token",
        name="oauth_token",
        endpoint=_oauth.token,
        authenticated=False,
    ),
]
