"""``PollResults``: votes read from X or Mastodon, percentages, the winner, a reveal post."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
from dateutil import parser as dateparser

from medtweet._errors import PollError
from medtweet.platform import Platform, X
from medtweet.poll._render import ensure_type, fits, platform_label, require_platform, shorten

__all__ = ["PollResults", "largest_remainder"]

_FULL, _EMPTY = "\u2588", "\u2591"  # █ ░
_CORRECT = "\u2705"  # ✅
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def largest_remainder(votes: Sequence[int], total: int = 100) -> tuple[int, ...]:
    """Whole-number shares of ``total`` proportional to ``votes`` that add up to exactly ``total``.

    Each share is first rounded down; the units left over go to the largest remainders.
    Equal remainders go to the option with fewer votes, then to the earlier option, so 995
    and 5 votes read 99% and 1% (not 100% and 0%). With no votes at all every share is 0.
    """
    count = sum(votes)
    if count == 0:
        return tuple(0 for _ in votes)
    floors = [vote * total // count for vote in votes]
    remainders = [vote * total % count for vote in votes]
    left = total - sum(floors)
    order = sorted(range(len(votes)), key=lambda index: (-remainders[index], votes[index], index))
    for index in order[:left]:
        floors[index] += 1
    return tuple(floors)


def _labels_of(count: int) -> tuple[str, ...]:
    if count <= len(_LETTERS):
        return tuple(_LETTERS[:count])
    return tuple(str(number) for number in range(1, count + 1))


def _utc(value: object, what: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise PollError(f"{what} must be a date-time string, not {type(value).__name__}")
    try:
        parsed = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        raise PollError(f"{what} {value!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:  # both APIs send UTC; a bare time is read as UTC
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PollError(f"{what} must be a whole number of votes (0 or more), not {value!r}")
    return value


def _as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    ensure_type(value, Iterable, "labels and votes", "sequences")
    if isinstance(value, str | bytes):
        msg = "labels and votes must be sequences, not a single str"
        raise TypeError(msg)
    return tuple(value)


def _check_votes(_instance: object, _attribute: object, value: tuple[object, ...]) -> None:
    for index, vote in enumerate(value):
        ensure_type(vote, int, f"votes[{index}]", "int")
        _count(vote, f"votes[{index}]")


def _check_labels(_instance: object, _attribute: object, value: tuple[object, ...]) -> None:
    for index, label in enumerate(value):
        ensure_type(label, str, f"labels[{index}]", "str")


def _check_aware(_instance: object, _attribute: object, value: datetime | None) -> None:
    ensure_type(value, (datetime, type(None)), "ends_at", "a datetime or None")
    if value is None:
        return
    if value.tzinfo is None or value.utcoffset() is None:
        raise PollError(f"ends_at {value.isoformat()} has no timezone: pass an aware datetime")


@attrs.frozen(kw_only=True)
class PollResults:
    """A poll's votes, as read from X or Mastodon (or built directly).

    Options are indexed from 0 in the order the platform shows them (X's ``position`` 1 is
    index 0).

    Attributes:
        labels: the option texts.
        votes: the votes per option, same order.
        closed: whether voting has ended.
        ends_at: when voting ends or ended (UTC), if known.
        poll_id: the platform's poll id, if known.
        duration: how long the poll ran, if known.
        multiple: a multiple-choice poll (Mastodon): votes can exceed voters.
        voters: how many people voted (Mastodon), if known.
    """

    labels: tuple[str, ...] = attrs.field(converter=_as_tuple, validator=_check_labels)
    votes: tuple[int, ...] = attrs.field(converter=_as_tuple, validator=_check_votes)
    closed: bool = False
    ends_at: datetime | None = attrs.field(default=None, validator=_check_aware)
    poll_id: str | None = None
    duration: timedelta | None = None
    multiple: bool = False
    voters: int | None = None

    def __attrs_post_init__(self) -> None:
        if len(self.labels) != len(self.votes):
            raise PollError(
                f"{len(self.labels)} labels but {len(self.votes)} vote counts: give one count "
                "per option"
            )
        if not self.labels:
            raise PollError("poll results need at least one option: give its label and votes")

    @classmethod
    def from_x(cls, response: Mapping[str, Any], *, poll_id: str | None = None) -> PollResults:
        """Read a poll from an X API response.

        Accepts the whole response of ``GET /2/tweets?ids=...&expansions=attachments.poll_ids
        &poll.fields=duration_minutes,end_datetime,id,options,voting_status`` (the poll is in
        ``includes.polls``) or a bare poll object. ``end_datetime`` becomes an aware UTC datetime.

        Args:
            response: the decoded JSON.
            poll_id: which poll to read when the response holds several (default: the first).

        Raises:
            TypeError: ``response`` is not a mapping.
            PollError: no poll in the response, or the poll is malformed.
        """
        ensure_type(response, Mapping, "response", "the decoded JSON object")
        poll = _pick_x_poll(response, poll_id)
        options = poll.get("options")
        if not isinstance(options, list) or not options:
            raise PollError("the X poll has no 'options' list: request poll.fields=options")
        rows: list[tuple[int, str, int]] = []
        for index, option in enumerate(options):
            if not isinstance(option, Mapping):
                raise PollError(f"options[{index}] of the X poll is not an object")
            position = option.get("position")
            label = option.get("label")
            if isinstance(position, bool) or not isinstance(position, int):
                raise PollError(f"options[{index}].position must be an integer, not {position!r}")
            if not isinstance(label, str):
                raise PollError(f"options[{index}].label must be a string, not {label!r}")
            rows.append((position, label, _count(option.get("votes"), f"options[{index}].votes")))
        rows.sort(key=lambda row: row[0])
        status = poll.get("voting_status")
        minutes = poll.get("duration_minutes")
        ends_at = _utc(poll.get("end_datetime"), "end_datetime")
        identifier = poll.get("id")
        return cls(
            labels=tuple(label for _, label, _ in rows),
            votes=tuple(votes for _, _, votes in rows),
            closed=status == "closed",
            ends_at=ends_at,
            poll_id=str(identifier) if identifier is not None else None,
            duration=(
                timedelta(minutes=minutes)
                if isinstance(minutes, int) and not isinstance(minutes, bool)
                else None
            ),
        )

    @classmethod
    def from_mastodon(cls, poll: Mapping[str, Any]) -> PollResults:
        """Read Mastodon's Poll entity (``GET /api/v1/polls/:id``, or a status's ``poll``).

        Raises:
            TypeError: ``poll`` is not a mapping.
            PollError: the poll is malformed, or its totals are hidden (``votes_count`` null
                until it closes): read it again after ``expires_at``.
        """
        ensure_type(poll, Mapping, "poll", "the decoded JSON object")
        options = poll.get("options")
        if not isinstance(options, list) or not options:
            raise PollError("the Mastodon poll has no 'options' list")
        labels: list[str] = []
        votes: list[int] = []
        for index, option in enumerate(options):
            if not isinstance(option, Mapping) or not isinstance(option.get("title"), str):
                raise PollError(f"options[{index}] of the Mastodon poll has no 'title' string")
            if option.get("votes_count") is None:
                raise PollError(
                    "the Mastodon poll hides its totals until it closes: read it again after "
                    f"expires_at ({poll.get('expires_at')})"
                )
            labels.append(option["title"])
            votes.append(_count(option["votes_count"], f"options[{index}].votes_count"))
        voters = poll.get("voters_count")
        identifier = poll.get("id")
        return cls(
            labels=tuple(labels),
            votes=tuple(votes),
            closed=bool(poll.get("expired", False)),
            ends_at=_utc(poll.get("expires_at"), "expires_at"),
            poll_id=str(identifier) if identifier is not None else None,
            multiple=bool(poll.get("multiple", False)),
            voters=_count(voters, "voters_count") if voters is not None else None,
        )

    @property
    def total(self) -> int:
        """All votes cast (on a multiple-choice poll, more than the number of voters)."""
        return sum(self.votes)

    @property
    def percentages(self) -> tuple[int, ...]:
        """Whole percentages per option that add up to exactly 100 (largest remainder).

        When nobody has voted every option is 0 — the one case where the sum is 0, not 100.
        On a multiple-choice poll they are shares of all votes, not of voters.
        """
        return largest_remainder(self.votes)

    @property
    def leaders(self) -> tuple[int, ...]:
        """Indices of the options with the most votes (several on a tie; empty with no votes)."""
        if self.total == 0:
            return ()
        top = max(self.votes)
        return tuple(index for index, vote in enumerate(self.votes) if vote == top)

    @property
    def winner(self) -> int | None:
        """Index of the option with the most votes; ``None`` on a tie or with no votes."""
        leaders = self.leaders
        return leaders[0] if len(leaders) == 1 else None

    @property
    def is_tie(self) -> bool:
        """Whether two or more options share the most votes."""
        return len(self.leaders) > 1

    @property
    def is_closed(self) -> bool:
        """Whether voting has ended (X ``voting_status == "closed"``; Mastodon ``expired``)."""
        return self.closed

    def to_post(
        self,
        platform: Platform = X,
        correct: int | None = None,
        *,
        heading: str | None = None,
    ) -> str:
        """A reveal post: one bar per option (``A ████████░░ 45% label``), the answer marked ✅.

        The post always fits ``platform``: if the full layout is too long the bars get
        shorter, then the labels are cut (with "…"), then left out.

        Args:
            platform: where the post goes.
            correct: index (from 0) of the right answer, marked ✅ and named at the end.
            heading: first line; default "Final results" or "Results so far".

        Raises:
            TypeError: ``correct`` is not an ``int`` or ``heading`` is not a ``str``.
            PollError: ``correct`` is not an option's index, or not even the shortest layout
                fits ``platform``.
        """
        platform = require_platform(platform)
        ensure_type(correct, (int, type(None)), "correct", "an option index (int) or None")
        if correct is not None and not 0 <= correct < len(self.labels):
            raise PollError(
                f"correct={correct} is not an option: use 0 to {len(self.labels) - 1} "
                "(indices start at 0)"
            )
        ensure_type(heading, (str, type(None)), "heading", "str or None")
        longest = max(len(label) for label in self.labels)
        candidates = [
            self._render(correct, heading, bar=10, label_limit=None, footer=True),
            self._render(correct, heading, bar=5, label_limit=None, footer=True),
        ]
        for text in candidates:
            if fits(text, platform):
                return text
        # cut labels: the longest cut that fits, found by bisection
        low, high, best = 1, longest - 1, None
        while low <= high:
            middle = (low + high) // 2
            text = self._render(correct, heading, bar=5, label_limit=middle, footer=True)
            if fits(text, platform):
                best, low = text, middle + 1
            else:
                high = middle - 1
        if best is not None:
            return best
        for text in (
            self._render(correct, heading, bar=5, label_limit=0, footer=True),
            self._render(correct, heading, bar=0, label_limit=0, footer=False),
        ):
            if fits(text, platform):
                return text
        raise PollError(
            f"the results of a {len(self.labels)}-option poll do not fit "
            f"{platform_label(platform)}'s {platform.max_length} even without labels: "
            "shorten the heading"
        )

    def _render(
        self,
        correct: int | None,
        heading: str | None,
        *,
        bar: int,
        label_limit: int | None,
        footer: bool,
    ) -> str:
        keys = _labels_of(len(self.labels))
        total = self.total
        noun = "vote" if total == 1 else "votes"
        title = (
            heading.strip()
            if heading and heading.strip()
            else ("Final results" if self.closed else "Results so far")
        )
        lines = [f"{title} ({total:,} {noun})", ""]
        for index, (key, label, percent) in enumerate(
            zip(keys, self.labels, self.percentages, strict=True)
        ):
            parts = [key]
            if bar:
                filled = (percent * bar + 50) // 100
                parts.append(_FULL * filled + _EMPTY * (bar - filled))
            parts.append(f"{percent}%")
            if label_limit is None:
                parts.append(label)
            elif label_limit > 0:
                parts.append(shorten(label, label_limit))
            if index == correct:
                parts.append(_CORRECT)
            lines.append(" ".join(part for part in parts if part))
        if footer and correct is not None:
            lines.extend(["", f"Answer: {keys[correct]}"])
        return "\n".join(lines)


def _pick_x_poll(response: Mapping[str, Any], poll_id: str | None) -> Mapping[str, Any]:
    includes = response.get("includes")
    if includes is None and "options" in response:
        candidates: list[Any] = [response]
    elif isinstance(includes, Mapping) and isinstance(includes.get("polls"), list):
        candidates = includes["polls"]
    else:
        detail = ""
        if response.get("errors"):
            detail = f" (the response reports errors: {response['errors']!r})"
        raise PollError(
            "the X response has no includes.polls: request it with "
            "expansions=attachments.poll_ids and "
            "poll.fields=duration_minutes,end_datetime,id,options,voting_status" + detail
        )
    polls = [poll for poll in candidates if isinstance(poll, Mapping)]
    if poll_id is not None:
        polls = [poll for poll in polls if str(poll.get("id")) == str(poll_id)]
        if not polls:
            raise PollError(f"the X response has no poll with id {poll_id!r}")
    if not polls:
        raise PollError(
            "the X response's includes.polls is empty: fetch the post that carries the poll, "
            "with expansions=attachments.poll_ids"
        )
    return polls[0]
