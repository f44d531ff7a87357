"""Posting: single posts, whole threads exactly once (with a journal), and deleting threads."""

from __future__ import annotations

import hashlib
import html
import inspect
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from medtweet._errors import (
    ApiError,
    DuplicatePostError,
    ForbiddenError,
    NotFoundError,
    ServerError,
    TransportError,
    ValidationError,
)
from medtweet.platform import Platform, X
from medtweet.poll import Poll
from medtweet.text import extract_entities, parse_tweet
from medtweet.x._gate import gate
from medtweet.x._journal import Journal
from medtweet.x._media import MediaMixin
from medtweet.x._models import CostEstimate, CreatedPost, PostedThread, XUser, post_url
from medtweet.x._problems import is_not_visible_yet, is_reply_restricted
from medtweet.x._reads import ReadMixin

__all__ = ["PostingMixin", "ThreadLike", "build_payload"]

log = logging.getLogger("medtweet.x")

_WRITE_SCOPES = ("tweet.read", "tweet.write", "users.read")
_REPLY_SETTINGS = frozenset({"following", "mentionedUsers", "subscribers", "verified"})
_ID = re.compile(r"^[0-9]{1,19}$")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*")
_NOT_VISIBLE_TRIES = 5
_AMBIGUOUS_TRIES = 3


class ThreadLike(Protocol):
    """What ``post_thread`` needs of a thread: its posts and its checks."""

    @property
    def posts(self) -> Sequence[Any]:
        """The posts in order."""

    def check(self) -> Sequence[Any]:
        """Every finding (limits, accessibility, PHI)."""


def _has_url(text: str) -> bool:
    return any(entity.kind == "url" for entity in extract_entities(text))


def _check_length(text: str, platform: Platform) -> None:
    if not text:
        return
    stats = parse_tweet(text, platform)
    if not stats.valid:
        raise ValidationError(
            f"the post is {stats.weighted_length} characters as {platform.name} counts them; "
            f"it allows {platform.max_length}. Shorten it, or split it with compose_thread()"
        )


def _normalize(text: str) -> str:
    """Text as X may give it back: entities unescaped, links rewritten, spaces collapsed."""
    text = html.unescape(text)
    text = _URL.sub("<url>", text)
    return " ".join(text.split())


def build_payload(
    text: str,
    *,
    reply_to: str | None = None,
    poll: Mapping[str, Any] | None = None,
    media_ids: Sequence[str] = (),
    quote: str | None = None,
    reply_settings: str | None = None,
    paid_partnership: bool = False,
) -> dict[str, Any]:
    """The JSON body of ``POST /2/tweets``, checked against the spec's rules first.

    Raises:
        ValidationError: listing every broken rule (ids, media count, exclusive options).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    problems: list[str] = []
    for name, value in (("reply_to", reply_to), ("quote", quote)):
        if value is not None and not _ID.match(value):
            problems.append(f"{name} must be a post id (1-19 digits), not {value!r}")
    if not 0 <= len(media_ids) <= 4:
        problems.append(f"a post carries at most 4 media, not {len(media_ids)}")
    if sum(bool(x) for x in (poll, media_ids, quote)) > 1:
        problems.append("a post can have only one of: a poll, media, a quoted post")
    if reply_settings is not None and reply_settings not in _REPLY_SETTINGS:
        problems.append(
            f"reply_settings must be one of {', '.join(sorted(_REPLY_SETTINGS))} "
            f"(omit it for everyone), not {reply_settings!r}"
        )
    if not text and not media_ids:
        problems.append("a post needs text or media")
    if problems:
        raise ValidationError("invalid post: " + "; ".join(problems), problems=problems)
    payload: dict[str, Any] = {"text": text}
    if reply_to is not None:
        payload["reply"] = {"in_reply_to_tweet_id": reply_to}
    if poll:
        payload["poll"] = dict(poll)
    if media_ids:
        payload["media"] = {"media_ids": [str(m) for m in media_ids]}
    if quote is not None:
        payload["quote_tweet_id"] = quote
    if reply_settings is not None:
        payload["reply_settings"] = reply_settings
    if paid_partnership:
        payload["paid_partnership"] = True
    return payload


def _poll_payload(poll: object, platform: Platform = X) -> Mapping[str, Any] | None:
    if poll is None:
        return None
    if isinstance(poll, Mapping):
        return poll
    if isinstance(poll, Poll):
        return poll.to_payload(platform)
    raise TypeError(f"poll must be a medtweet.Poll or a payload dict, not {type(poll).__name__}")


def _quote_of(post: object) -> str | None:
    for ref in getattr(post, "references", ()) or ():
        kind = str(getattr(ref, "kind", getattr(ref, "type", "")))
        if kind in {"quote", "quoted"}:
            target = getattr(ref, "id", None) or getattr(ref, "post_id", None)
            return str(target) if target is not None else None
    quote = getattr(post, "quote", None)
    return str(quote) if quote is not None else None


def _media_of(post: object) -> tuple[Any, ...]:
    return tuple(getattr(post, "media", ()) or ())


def _media_source(media: object) -> tuple[bytes | str | os.PathLike[str], str | None]:
    """The bytes (or path) and alt text of a compose ``Media`` value."""
    alt = getattr(media, "alt_text", None)
    read = getattr(media, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, bytes):
            return data, alt
    for name in ("data", "path"):
        value = getattr(media, name, None)
        if isinstance(value, bytes | str | os.PathLike):
            return value, alt
    raise TypeError(f"cannot read the bytes of {type(media).__name__}; give it data or a path")


class PostingMixin(ReadMixin, MediaMixin):
    """Posting methods of :class:`medtweet.XClient`."""

    _me: XUser | None = None

    def _whoami(self) -> XUser:
        if self._me is None:
            self._me = self.me()
        assert self._me is not None  # noqa: S101
        return self._me

    # -- single posts --------------------------------------------------------------------

    def post(
        self,
        post_or_text: object,
        *,
        reply_to: str | None = None,
        poll: object = None,
        media: Iterable[object] = (),
        quote: str | None = None,
        reply_settings: str | None = None,
        platform: Platform = X,
    ) -> CreatedPost:
        """Create one post (``POST /2/tweets``), never retried blindly.

        Args:
            post_or_text: the text, or a :class:`medtweet.Post` (its text, poll, media and
                quote are used unless given here).
            reply_to: id of the post this one replies to.
            poll: a :class:`medtweet.Poll` (or its payload dict).
            media: media ids already uploaded, or ``Media`` values to upload now.
            quote: id of a post to quote.
            reply_settings: who may reply (``following``, ``mentionedUsers``, ...).
            platform: whose length rules the text is checked against (``X_PREMIUM`` for
                long posts).

        Raises:
            ValidationError: before the network, for a body X would refuse (too long,
                exclusive options, bad ids).
            UnsupportedAuthError: with an app-only token.
            DuplicatePostError: X already has this text from this account.
            TransportError: no answer: the post MAY exist. Check before posting again
                (``post_thread`` with a journal does this for you).
        """
        if isinstance(post_or_text, str):
            text = post_or_text
        else:
            maybe_text = getattr(post_or_text, "text", None)
            if not isinstance(maybe_text, str):
                raise TypeError(
                    f"post_or_text must be str or a Post, not {type(post_or_text).__name__}"
                )
            text = maybe_text
            poll = poll if poll is not None else getattr(post_or_text, "poll", None)
            media = tuple(media) or _media_of(post_or_text)
            quote = quote if quote is not None else _quote_of(post_or_text)
        items = tuple(media)
        _check_length(text, platform)
        build_payload(  # validate before uploading anything
            text,
            reply_to=reply_to,
            poll=_poll_payload(poll),
            media_ids=["0"] * len(items),
            quote=quote,
            reply_settings=reply_settings,
        )
        self._require("user", _WRITE_SCOPES, what="posting")
        media_ids = [m if isinstance(m, str) else self._upload_item(m) for m in items]
        payload = build_payload(
            text,
            reply_to=reply_to,
            poll=_poll_payload(poll),
            media_ids=media_ids,
            quote=quote,
            reply_settings=reply_settings,
        )
        return self._create(payload)

    def _upload_item(self, media: object, platform: Platform = X) -> str:
        source, alt = _media_source(media)
        mime = getattr(media, "media_type", None) or getattr(media, "mime_type", None)
        if mime == "application/octet-stream":
            mime = None  # let the bytes tell
        return self.upload_media(source, alt_text=alt, mime_type=mime, platform=platform)

    def _create(self, payload: Mapping[str, Any]) -> CreatedPost:
        body = self._request("POST", "/2/tweets", json=payload, need="user", scopes=_WRITE_SCOPES)
        data = body.get("data") or {}
        post_id = str(data.get("id", ""))
        if not _ID.match(post_id):
            raise ApiError(f"X answered without a post id: {body!r}"[:300], status=201)
        errors = tuple(e for e in body.get("errors") or () if isinstance(e, dict))
        for error in errors:
            log.warning("post %s was created with a partial error: %s", post_id, error)
        username = self._me.username if self._me is not None else None
        return CreatedPost(
            id=post_id,
            text=str(data.get("text", payload.get("text", ""))),
            url=post_url(post_id, username),
            errors=errors,
        )

    def delete_post(self, post_id: str) -> bool:
        """Delete one post; ``False`` if it was already gone."""
        try:
            body = self._request(
                "DELETE", f"/2/tweets/{post_id}", need="user", scopes=_WRITE_SCOPES
            )
        except NotFoundError:
            return False
        return bool((body.get("data") or {}).get("deleted", True))

    # -- threads -------------------------------------------------------------------------

    def estimate_cost(self, thread: ThreadLike | Sequence[str]) -> CostEstimate:
        """What posting ``thread`` costs at ``self.prices`` (URL posts are priced apart)."""
        texts = [p if isinstance(p, str) else str(p.text) for p in _posts(thread)]
        url_posts = sum(1 for t in texts if _has_url(t))
        return CostEstimate.of(len(texts), url_posts, self.prices)

    def post_thread(
        self,
        thread: ThreadLike,
        *,
        journal: str | os.PathLike[str] | None = None,
        acknowledge: Iterable[object] = (),
        dry_run: bool = False,
        delay: float = 2.0,
        confirm: Callable[[CostEstimate], bool] | None = None,
    ) -> PostedThread:
        """Post a thread exactly once: the root, then each post as a reply to the previous.

        Steps: ``thread.check()`` must leave no blocking finding (PHI findings pass only when
        each one is in ``acknowledge``, as the finding or its key, see
        :func:`medtweet.x.finding_key`); the cost estimate is logged and given to
        ``confirm``; then each post's media are uploaded just in time with their alt text
        and the post is created. A reply that X calls "not visible yet" is retried after
        ``delay``. With a ``journal`` file, progress is saved atomically after every step;
        calling again with the same thread and journal resumes where it stopped, and a post
        whose fate is unknown (crash, timeout, dropped connection, 5xx) is looked up on the
        account's timeline before it is sent again. A finished journal returns the posted
        thread without sending anything. A post marked ``reveal`` (it answers a poll) waits
        for the poll to close: the call stops before it and returns ``resume_at``; call again
        with the same journal after that time to post the rest.

        Args:
            thread: a :class:`medtweet.Thread`.
            journal: path of the JSON journal (created if missing). Without one, progress
                lives in memory for this call only.
            acknowledge: PHI findings (or their keys) checked by a human and allowed.
            dry_run: check and estimate only; nothing is sent.
            delay: seconds between posts, and the base of the retry delays.
            confirm: called with the :class:`~medtweet.CostEstimate` before sending;
                returning ``False`` stops with nothing sent (a dry-run result).

        Returns:
            The :class:`~medtweet.PostedThread` with ``.ids`` and ``.urls``.

        Raises:
            BlockedError: blocking findings remain (listed in ``.findings``).
            ApiError: X refused a post; the journal keeps what was posted, so fix the cause
                and call again, or ``delete_thread`` the part that is up.
        """
        findings = tuple(_run_checks(thread, self.clock()))
        gate(findings, acknowledge)
        posts = list(thread.posts)
        platform = getattr(thread, "platform", X)
        platform = platform if isinstance(platform, Platform) else X
        if platform.counting != "weighted":
            raise ValidationError(
                f"this thread was composed for {platform.name}, whose limits differ from X's; "
                "compose it again with platform=medtweet.X (or X_PREMIUM) before posting to X"
            )
        paid = bool(getattr(thread, "paid_partnership", False))
        cost = self.estimate_cost(thread)
        log.info("thread cost estimate: %s", cost)
        if dry_run or (confirm is not None and not confirm(cost)):
            return PostedThread(cost=cost, dry_run=True)
        self._require("user", _WRITE_SCOPES, what="posting a thread")
        if any(_media_of(p) for p in posts):
            self._require("user", ("media.write",), what="posting a thread with media")
        book = Journal.open(journal, fingerprint=_fingerprint(posts), count=len(posts))
        waiting: datetime | None = None
        if not book.finished:
            me = self._whoami()
            book.user_id, book.username = me.id, me.username
            book.save()
            previous: str | None = None
            poll_post: str | None = None
            for index, post in enumerate(posts):
                step = book.steps[index]
                if step.state == "posted" and step.id is not None:
                    previous = step.id
                    poll_post = step.id if getattr(post, "poll", None) else poll_post
                    continue
                if getattr(post, "reveal", False) and poll_post is not None:
                    results = self.poll_results(poll_post)
                    if not results.closed:
                        waiting = results.ends_at or self.clock()
                        log.info("post %d reveals a poll that closes at %s", index, waiting)
                        break
                if step.state == "sending":
                    found = self._find_posted(book, index, previous, post)
                    if found is not None:
                        book.mark_posted(index, found)
                        previous = found
                        continue
                if index > 0 and delay > 0:
                    self.sleep(delay)
                previous = self._post_step(book, index, post, previous, delay, platform, paid)
                poll_post = previous if getattr(post, "poll", None) else poll_post
            else:
                book.finished = True
                book.save()
        ids = book.ids
        return PostedThread(
            ids=ids,
            urls=tuple(post_url(i, book.username) for i in ids),
            cost=cost,
            resume_at=waiting,
        )

    def _post_step(
        self,
        book: Journal,
        index: int,
        post: object,
        previous: str | None,
        delay: float,
        platform: Platform = X,
        paid_partnership: bool = False,
    ) -> str:
        media_ids = [self._upload_item(m, platform) for m in _media_of(post)]
        payload = build_payload(
            str(getattr(post, "text", "")),
            reply_to=previous,
            poll=_poll_payload(getattr(post, "poll", None), platform),
            media_ids=media_ids,
            quote=_quote_of(post),
            reply_settings=getattr(post, "reply_settings", None),
            paid_partnership=paid_partnership,
        )
        not_visible = 0
        ambiguous = 0

        def settle() -> None:
            # X refused this attempt, so it stored nothing now; but after an unsure attempt
            # the post may still be there: keep "sending" so a resume looks first.
            if ambiguous == 0:
                book.mark_pending(index)

        while True:
            book.mark_sending(index, self.clock())
            try:
                created = self._create(payload)
            except DuplicatePostError:
                # Our own earlier attempt may have been stored after all: look before failing.
                for wait in (delay, delay * 2, delay * 4):
                    self.sleep(wait)
                    found = self._find_posted(book, index, previous, post)
                    if found is not None:
                        book.mark_posted(index, found)
                        return found
                settle()
                raise
            except (TransportError, ServerError) as error:
                ambiguous += 1
                log.warning("post %d of the thread: %s; checking whether X stored it", index, error)
                self.sleep(max(delay, 1.0))
                found = self._find_posted(book, index, previous, post)
                if found is not None:
                    book.mark_posted(index, found)
                    return found
                if ambiguous >= _AMBIGUOUS_TRIES:
                    raise
                continue
            except ForbiddenError as error:
                if is_not_visible_yet(error) and not_visible < _NOT_VISIBLE_TRIES:
                    not_visible += 1
                    settle()
                    self.sleep(delay * not_visible)
                    continue
                settle()
                if is_reply_restricted(error):
                    error.args = (
                        f"{error.args[0]}. X's 2026 reply restriction refused post {index + 1} "
                        "as a reply; the posts so far are in the journal. Delete them with "
                        "delete_thread(Path(journal)), or post the rest by hand.",
                    )
                raise
            except ApiError:
                settle()
                raise
            book.mark_posted(index, created.id)
            return created.id

    def _find_posted(
        self, book: Journal, index: int, previous: str | None, post: object
    ) -> str | None:
        """Look on the account's timeline for post ``index`` sent earlier but not recorded."""
        user_id = book.user_id or self._whoami().id
        want = _normalize(str(getattr(post, "text", "")))
        known = {s.id for s in book.steps if s.id}
        params = {
            "max_results": "100",
            self.dialect.post_fields: f"created_at,conversation_id,{self.dialect.referenced_posts}",
        }
        if previous is not None:
            params["since_id"] = previous
        else:
            sent = book.steps[index].sent_at
            start = datetime.fromisoformat(sent) if sent else self.clock()
            params["start_time"] = (start - timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
        body = self._request(
            "GET", f"/2/users/{user_id}/tweets", params=params, need="user", scopes=_WRITE_SCOPES
        )
        for item in body.get("data") or ():
            post_id = str(item.get("id", ""))
            if post_id in known or _normalize(str(item.get("text", ""))) != want:
                continue
            refs = item.get("referenced_tweets") or item.get("referenced_posts") or ()
            replied = [str(r.get("id")) for r in refs if r.get("type") == "replied_to"]
            if (previous is None and not replied) or (previous is not None and previous in replied):
                log.info("post %d of the thread was stored after all: %s", index, post_id)
                return post_id
        return None

    def delete_thread(
        self, posted: PostedThread | Sequence[str] | os.PathLike[str]
    ) -> tuple[str, ...]:
        """Delete a thread's posts, last first; returns the ids deleted (gone ones skipped).

        Args:
            posted: the :class:`~medtweet.PostedThread`, the ids, or the path of a journal
                (for a thread that stopped half-way: everything it recorded as posted is
                deleted and the journal is reset, so ``post_thread`` can start over).
        """
        self._require("user", _WRITE_SCOPES, what="deleting posts")
        book: Journal | None = None
        if isinstance(posted, PostedThread):
            ids = posted.ids
        elif isinstance(posted, os.PathLike):
            book = Journal.load(posted)
            ids = tuple(s.id for s in book.steps if s.state == "posted" and s.id)
        elif isinstance(posted, str):
            raise TypeError("delete_thread takes ids as a list; give a journal as a Path")
        else:
            ids = tuple(posted)
        deleted = tuple(post_id for post_id in reversed(ids) if self.delete_post(post_id))
        if book is not None:
            book.forget_posted(set(ids))
        return deleted


def _run_checks(thread: ThreadLike, now: datetime) -> Sequence[Any]:
    """``thread.check()``, given the current time when it takes one (embargoes)."""
    try:
        takes_now = "now" in inspect.signature(thread.check).parameters
    except (TypeError, ValueError):
        takes_now = False
    if takes_now:
        return thread.check(now=now)  # type: ignore[call-arg]
    return thread.check()


def _posts(thread: ThreadLike | Sequence[str]) -> Sequence[Any]:
    if isinstance(thread, Sequence):
        return thread
    return thread.posts


def _fingerprint(posts: Sequence[Any]) -> str:
    """A digest of what will be posted, to tie a journal to its thread."""
    parts = []
    for post in posts:
        media = [getattr(m, "alt_text", None) for m in _media_of(post)]
        poll = _poll_payload(getattr(post, "poll", None))
        parts.append({"text": str(getattr(post, "text", "")), "media": media, "poll": poll})
    blob = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()
