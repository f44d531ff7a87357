"""Posts: create, delete, look up; the caller's account and a user's timeline."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from medtweet.platform import X
from medtweet.sandbox import _problems as P
from medtweet.sandbox import _text
from medtweet.sandbox._app import Call, json_response
from medtweet.sandbox._http import Response
from medtweet.sandbox._paging import int_param, page, window_from
from medtweet.sandbox._render import Includes, render_post, render_user, selection
from medtweet.sandbox._schema import CREATE_POST, check
from medtweet.sandbox._state import PollRecord, PostRecord

__all__ = ["create_post", "delete_post", "lookup_post", "lookup_posts", "user_posts", "users_me"]

_ID = re.compile(r"^[0-9]{1,19}$")
_EXCLUSIVE = ("poll", "media", "quote_tweet_id", "card_uri")


def _cap_headers(call: Call, *, count: bool) -> tuple[bool, dict[str, str]]:
    limiter = call.app.limiter
    headers: dict[str, str] = {}
    allowed = True
    for caller, prefix in (
        (call.principal.limit_key, "x-user-limit-24hour"),
        ("app", "x-app-limit-24hour"),
    ):
        if count and allowed:
            allowed, window = limiter.hit("post_cap", caller)
        else:
            window = limiter.peek("post_cap", caller)
        if window is not None:
            headers.update(window.headers(prefix))
    return allowed, headers


def _check_body(call: Call, body: Any) -> None:
    if not isinstance(body, dict):
        raise P.invalid_request(
            [
                (
                    {"body": [str(body)[:80]]},
                    "$: expected type: object, found: " + type(body).__name__,
                )
            ]
        )
    problems = [({name: [value]}, message) for name, value, message in check(CREATE_POST, body)]
    text = body.get("text", "")
    if isinstance(text, str):
        if not text.strip() and "media" not in body:
            problems.append(
                ({"text": [text]}, "$.text: Post text is required unless media is attached")
            )
        elif text.strip():
            length = _text.weighted_length(text, X)
            if length > X.max_length:
                problems.append(
                    (
                        {"text": [text]},
                        f"$.text: the text is {length} weighted characters long; "
                        f"X allows at most {X.max_length}. Shorten it or split it "
                        "into a thread.",
                    )
                )
            elif not _text.is_valid(text, X):
                problems.append(({"text": [text]}, "$.text: the text is not a valid post"))
    given = [key for key in _EXCLUSIVE if key in body]
    if len(given) > 1:
        problems.append(
            (
                {key: [str(body[key])[:80]] for key in given},
                f"$: {', '.join(given)} are mutually exclusive; a post may carry only "
                "one of poll, media, quote_tweet_id and card_uri.",
            )
        )
    if "edit_options" in body:
        problems.append(
            (
                {"edit_options.previous_post_id": [str(body["edit_options"])[:40]]},
                "$.edit_options: editing posts is not supported by the sandbox",
            )
        )
    media = body.get("media")
    if isinstance(media, dict) and isinstance(media.get("media_ids"), list):
        now = call.app.clock.now()
        for media_id in media["media_ids"]:
            item = call.store.media.get(str(media_id))
            reason = None
            if item is None or not item.usable_by(call.user_id):
                reason = "does not exist or does not belong to you"
            elif now >= item.expires_at:
                reason = "has expired; upload it again"
            elif item.state(now) != "succeeded":
                reason = (
                    f"is not ready (state {item.state(now)}); finalize it and wait "
                    "until processing succeeded"
                )
            if reason:
                problems.append(
                    (
                        {"media.media_ids": [str(media_id)]},
                        f"Your media IDs are invalid: media {media_id} {reason}.",
                    )
                )
    quote = body.get("quote_tweet_id")
    if isinstance(quote, str) and _ID.match(quote) and call.store.live_post(quote) is None:
        problems.append(
            (
                {"quote_tweet_id": [quote]},
                f"$.quote_tweet_id: the post [{quote}] does not exist or is deleted",
            )
        )
    if problems:
        raise P.invalid_request(problems)


def _engaged(call: Call, parent: PostRecord) -> tuple[bool, bool]:
    """Whether the parent's author mentioned the caller, and whether it quotes the caller."""
    me = call.store.users[call.user_id]
    mentioned = any(
        e.kind == "mention" and e.value.casefold() == me.username.casefold()
        for e in _text.entities(parent.text)
    )
    quoted = call.store.posts.get(parent.quote_id or "")
    return mentioned, quoted is not None and quoted.author_id == call.user_id


def _check_reply(call: Call, parent: PostRecord | None) -> None:
    settings = call.app.settings
    if parent is None:
        raise P.forbidden(P.NOT_VISIBLE)
    if call.app.clock.now() - parent.created_at < settings.visibility_delay:
        raise P.forbidden(P.NOT_VISIBLE)
    own = parent.author_id == call.user_id
    if own:
        if settings.reply_restriction and not settings.self_replies_allowed:
            raise P.forbidden(P.REPLY_RESTRICTED)
        return
    mentioned, quoted = _engaged(call, parent)
    if settings.reply_restriction and not (mentioned or quoted):
        raise P.forbidden(P.REPLY_RESTRICTED)
    # The parent author's own choice of who may reply (the sandbox has no follow graph:
    # "following" and "subscribers" admit only mentioned accounts).
    allowed_by_author = {
        "everyone": True,
        "mentionedUsers": mentioned,
        "following": mentioned,
        "subscribers": mentioned,
        "verified": mentioned or call.store.users[call.user_id].verified,
    }.get(parent.reply_settings, True)
    if not allowed_by_author:
        raise P.forbidden(P.REPLY_RESTRICTED)


def create_post(call: Call) -> Response:
    """``POST /2/tweets``."""
    body = call.request.json()
    store = call.store
    with store.lock:
        _check_body(call, body)
        now = call.app.clock.now()
        parent = None
        if "reply" in body:
            parent = store.live_post(body["reply"]["in_reply_to_tweet_id"])
            _check_reply(call, parent)
        text: str = body.get("text", "")
        if text.strip():
            since = now - call.app.settings.duplicate_window
            for other in store.posts.values():
                if (
                    other.author_id == call.user_id
                    and not other.deleted
                    and other.text == text
                    and other.created_at >= since
                ):
                    raise P.forbidden(P.DUPLICATE)
        allowed, cap_headers = _cap_headers(call, count=True)
        if not allowed:
            problem = P.too_many_requests()
            problem.headers.update(cap_headers)
            raise problem
        post_id = store.new_id()
        post = PostRecord(
            id=post_id,
            text=text,
            author_id=call.user_id,
            created_at=now,
            conversation_id=parent.conversation_id if parent else post_id,
            in_reply_to_id=parent.id if parent else None,
            in_reply_to_user_id=parent.author_id if parent else None,
            quote_id=body.get("quote_tweet_id"),
            reply_settings=body.get("reply_settings", "everyone"),
            paid_partnership=bool(body.get("paid_partnership", False)),
            made_with_ai=bool(body.get("made_with_ai", False)),
            media_ids=[str(m) for m in body.get("media", {}).get("media_ids", [])],
        )
        if "poll" in body:
            poll_id = store.new_id()
            minutes = int(body["poll"]["duration_minutes"])
            store.polls[poll_id] = PollRecord(
                id=poll_id,
                labels=list(body["poll"]["options"]),
                votes=[0] * len(body["poll"]["options"]),
                duration_minutes=minutes,
                end_datetime=now + timedelta(minutes=minutes),
            )
            post.poll_id = poll_id
        store.posts[post_id] = post
        if parent is not None:
            parent.reply_count += 1
        if post.quote_id:
            store.posts[post.quote_id].quote_count += 1
    response = json_response(
        {"data": {"id": post_id, "text": text, call.dialect.edit_history_ids: [post_id]}}, 201
    )
    response.headers.update(cap_headers)
    return response


def delete_post(call: Call) -> Response:
    """``DELETE /2/tweets/{id}``."""
    post_id = call.path_params["id"]
    if not _ID.match(post_id):
        raise P.bad_param(
            "id",
            post_id,
            f"The `id` query parameter value [{post_id}] does not match ^[0-9]{{1,19}}$",
        )
    with call.store.lock:
        post = call.store.live_post(post_id)
        if post is None:
            raise P.problem(
                404,
                "Not Found Error",
                f"Could not find tweet with id: [{post_id}].",
                "resource-not-found",
                resource_type="tweet",
                resource_id=post_id,
                parameter="id",
                value=post_id,
            )
        if post.author_id != call.user_id:
            raise P.forbidden("You are not allowed to delete a Tweet that is not your own.")
        post.deleted = True
    return json_response({"data": {"deleted": True}})


def _lookup(call: Call, ids: list[str], parameter: str) -> dict[str, Any]:
    sel = selection(call.request, call.dialect)
    host = call.dialect.problems_host
    now = call.app.clock.now()
    with call.store.lock:
        includes = Includes(sel, call.store, now)
        data = []
        errors = []
        for post_id in ids:
            post = call.store.live_post(post_id)
            if post is None:
                errors.append(P.not_found_error(post_id, parameter=parameter, host=host))
                continue
            data.append(render_post(post, sel, call.store, now))
            includes.expand(post)
        out: dict[str, Any] = {}
        if data:
            out["data"] = data
        if includes.to_json():
            out["includes"] = includes.to_json()
        errors += includes.errors
        if errors:
            out["errors"] = errors
    return out


def lookup_posts(call: Call) -> Response:
    """``GET /2/tweets?ids=``."""
    host = call.dialect.problems_host
    raw = call.param("ids")
    if raw is None:
        raise P.bad_param("ids", "", "The `ids` query parameter can not be empty", host=host)
    ids = raw.split(",")
    bad = [i for i in ids if not _ID.match(i)]
    if bad or not 1 <= len(ids) <= 100:
        raise P.invalid_request(
            [
                (
                    {"ids": [i]},
                    f"The `ids` query parameter value [{i}] does not match ^[0-9]{{1,19}}$",
                )
                for i in bad
            ]
            or [
                (
                    {"ids": [raw]},
                    f"The number of values in the `ids` query parameter list "
                    f"[{len(ids)}] is not between 1 and 100",
                )
            ],
            host=host,
        )
    return json_response(_lookup(call, list(dict.fromkeys(ids)), "ids"))


def lookup_post(call: Call) -> Response:
    """``GET /2/tweets/{id}``."""
    post_id = call.path_params["id"]
    if not _ID.match(post_id):
        raise P.bad_param(
            "id",
            post_id,
            f"The `id` query parameter value [{post_id}] does not match ^[0-9]{{1,19}}$",
            host=call.dialect.problems_host,
        )
    found = _lookup(call, [post_id], "id")
    if "data" in found:
        found["data"] = found["data"][0]
    return json_response(found)


def users_me(call: Call) -> Response:
    """``GET /2/users/me``."""
    sel = selection(call.request, call.dialect)
    with call.store.lock:
        user = call.store.users[call.user_id]
        return json_response({"data": render_user(user, sel.user, call.store)})


def user_posts(call: Call) -> Response:
    """``GET /2/users/{id}/tweets``: the user's posts, newest first, paginated."""
    host = call.dialect.problems_host
    user_id = call.path_params["id"]
    if not _ID.match(user_id):
        raise P.bad_param(
            "id",
            user_id,
            f"The `id` query parameter value [{user_id}] does not match ^[0-9]{{1,19}}$",
            host=host,
        )
    size = int_param(call.request, "max_results", default=10, low=5, high=100, host=host)
    window = window_from(call.request, host=host)
    sel = selection(call.request, call.dialect)
    exclude = set((call.param("exclude") or "").split(",")) - {""}
    if exclude - {"replies", "retweets"}:
        raise P.bad_param(
            "exclude",
            call.param("exclude") or "",
            "The `exclude` query parameter value is not one of [replies,retweets]",
            host=host,
        )
    now = call.app.clock.now()
    with call.store.lock:
        if user_id not in call.store.users:
            return json_response(
                {
                    "errors": [
                        P.not_found_error(user_id, parameter="id", resource_type="user", host=host)
                    ]
                }
            )
        posts = sorted(
            (
                p
                for p in call.store.posts.values()
                if p.author_id == user_id
                and not p.deleted
                and window.admits(p)
                and not ("replies" in exclude and p.in_reply_to_id)
                and not ("retweets" in exclude and p.retweet_of_id)
            ),
            key=lambda p: int(p.id),
            reverse=True,
        )
        chunk, meta = page(
            posts,
            size=size,
            token=call.param("pagination_token"),
            parameter="pagination_token",
            host=host,
        )
        includes = Includes(sel, call.store, now)
        data = []
        for post in chunk:
            data.append(render_post(post, sel, call.store, now))
            includes.expand(post)
        out: dict[str, Any] = {}
        if data:
            out["data"] = data
        if includes.to_json():
            out["includes"] = includes.to_json()
        if includes.errors:
            out["errors"] = includes.errors
        out["meta"] = meta
    return json_response(out)
