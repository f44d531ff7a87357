"""Reads of :class:`medtweet.XClient`: the account, post lookups and poll results."""

from __future__ import annotations

from collections.abc import Iterable

from medtweet._errors import NotFoundError
from medtweet._wire import EXPANSIONS, POLL_FIELDS
from medtweet.poll import PollResults
from medtweet.x._core import ClientCore
from medtweet.x._models import XResponse, XUser

__all__ = ["ReadMixin"]

_READ_SCOPES = ("tweet.read", "users.read")
_POLL_FIELDS = "duration_minutes,end_datetime,id,options,voting_status"


class ReadMixin(ClientCore):
    """``me``, ``get_posts`` and ``poll_results``."""

    def me(self) -> XUser:
        """The account the user-context token acts for (``GET /2/users/me``).

        Raises:
            UnsupportedAuthError: with an app-only token.
        """
        body = self._request("GET", "/2/users/me", need="user", scopes=_READ_SCOPES)
        data = body.get("data") or {}
        return XUser(
            id=str(data.get("id", "")),
            username=str(data.get("username", "")),
            name=str(data.get("name", "")),
        )

    def get_posts(self, ids: Iterable[str], *, fields: Iterable[str] = ()) -> XResponse:
        """Look up posts by id (``GET /2/tweets``); unknown ids come back in ``.errors``.

        Args:
            ids: 1 to 100 post ids.
            fields: extra post fields (``created_at``, ``conversation_id``, ...).
        """
        return self.get_posts_raw(ids, fields=fields)

    def get_posts_raw(
        self,
        ids: Iterable[str],
        *,
        fields: Iterable[str] = (),
        expansions: str | None = None,
        poll_fields: str | None = None,
    ) -> XResponse:
        """:meth:`get_posts` with expansions and poll fields (wire values, comma-separated)."""
        wanted = [str(i) for i in ids]
        if not 1 <= len(wanted) <= 100:
            raise ValueError(f"get_posts takes 1 to 100 ids, got {len(wanted)}")
        bad = [i for i in wanted if not i.isdigit() or len(i) > 19]
        if bad:
            raise ValueError(f"post ids are 1-19 digits; not ids: {', '.join(bad)}")
        params = {"ids": ",".join(wanted)}
        if fields:
            params[self.dialect.post_fields] = ",".join(fields)
        if expansions:
            params[EXPANSIONS] = expansions
        if poll_fields:
            params[POLL_FIELDS] = poll_fields
        return XResponse.from_body(self._call("GET", "/2/tweets", params=params))

    def poll_results(self, post_id: str) -> PollResults:
        """The votes of the poll attached to a post (``GET /2/tweets`` with the poll expanded).

        Raises:
            NotFoundError: the post does not exist (or is not visible).
            PollError: the post has no poll.
        """
        response = self.get_posts_raw(
            [post_id], expansions="attachments.poll_ids", poll_fields=_POLL_FIELDS
        )
        if not response.data:
            detail = next((str(e.get("detail", "")) for e in response.errors), "")
            raise NotFoundError(
                f"post {post_id} was not found{': ' + detail if detail else ''}",
                status=200,
                errors=response.errors,
            )
        return PollResults.from_x(
            {"data": list(response.data), "includes": dict(response.includes)}
        )
