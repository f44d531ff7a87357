"""``Poll``: options and a duration, checked against a platform's rules before anything is sent."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from medtweet._errors import PollError
from medtweet.platform import BLUESKY, Platform, PollRules, X
from medtweet.poll._duration import DurationLike, describe_duration, parse_duration
from medtweet.poll._render import (
    KEYCAPS,
    ensure_type,
    fit_or_raise,
    platform_label,
    require_platform,
)

__all__ = ["Poll", "PostedPoll"]


def _normalise(option: str) -> str:
    return unicodedata.normalize("NFC", option).strip()


def _duplicate_key(option: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", option).casefold().split())


def _range(rules: PollRules) -> str:
    return f"{describe_duration(rules.min_duration)} to {describe_duration(rules.max_duration)}"


@attrs.frozen(init=False)
class Poll:
    """A poll: 2 or more options and how long it stays open.

    Options are NFC-normalised and stripped. Construction checks what no platform accepts
    (blank options, no options, a duration that is not a positive whole number of minutes);
    :meth:`validate` checks one platform's rules. Every problem is reported at once.

    Args:
        options: the choices, in order (any iterable of ``str``, not a single ``str``).
        duration: a ``timedelta``, whole minutes, or text like ``"24h"`` (see
            :func:`parse_duration`).
        multiple: voters may choose several options (Mastodon only).
        hide_totals: hide the counts until the poll closes (Mastodon only).
        platform: if given, also check this platform's rules now (see :meth:`validate`);
            the platform is not stored.

    Raises:
        TypeError: an argument has the wrong type (the message names it).
        PollError: blank or missing options, or a bad duration; ``problems`` lists them all.
    """

    options: tuple[str, ...]
    duration: timedelta
    multiple: bool = False
    hide_totals: bool = False

    def __init__(
        self,
        options: Iterable[str],
        duration: DurationLike,
        *,
        multiple: bool = False,
        hide_totals: bool = False,
        platform: Platform | None = None,
    ) -> None:
        raw: object = options
        if isinstance(raw, str | bytes):
            msg = f"options must be a list of str, not a single {type(raw).__name__}"
            raise TypeError(msg)
        ensure_type(raw, Iterable, "options", "a list of str")
        items = tuple(options)
        for index, option in enumerate(items):
            ensure_type(option, str, f"options[{index}]", "str")
        ensure_type(multiple, bool, "multiple", "bool")
        ensure_type(hide_totals, bool, "hide_totals", "bool")
        cleaned = tuple(_normalise(option) for option in items)
        problems: list[str] = []
        if not cleaned:
            problems.append("the poll has no options: give at least 2")
        problems.extend(
            f"option {number} is empty: every option needs some text"
            for number, option in enumerate(cleaned, 1)
            if not option
        )
        parsed = timedelta(0)
        try:
            parsed = parse_duration(duration)
        except PollError as error:
            problems.extend(error.problems)
        if problems:
            raise PollError("invalid poll: " + "; ".join(problems), problems=problems)
        self.__attrs_init__(cleaned, parsed, multiple, hide_totals)
        if platform is not None:
            self.validate(platform)

    @property
    def minutes(self) -> int:
        """The duration in whole minutes."""
        return self.duration // timedelta(minutes=1)

    def problems(self, platform: Platform = X) -> tuple[str, ...]:
        """Every rule of ``platform`` this poll breaks, in plain English (empty when valid).

        Args:
            platform: where the poll will be posted (default X).

        Returns:
            One message per problem, naming the rule and the option.
        """
        platform = require_platform(platform)
        where = platform_label(platform)
        rules = platform.poll
        if rules is None:
            return (
                f"{where} has no native polls: post poll.as_text(platform) instead, "
                "a text post that asks readers to reply with 1\ufe0f\u20e3, 2\ufe0f\u20e3, ...",
            )
        found: list[str] = []
        count = len(self.options)
        if count < rules.min_options:
            found.append(
                f"a poll on {where} needs at least {rules.min_options} options; "
                f"this one has {count}"
            )
        if count > rules.max_options:
            extra = ", ".join(
                f"option {number} {option!r}"
                for number, option in enumerate(self.options, 1)
                if number > rules.max_options
            )
            found.append(
                f"{where} allows at most {rules.max_options} options; this poll has {count} "
                f"(remove {extra})"
            )
        for number, option in enumerate(self.options, 1):
            if len(option) > rules.max_option_length:
                found.append(
                    f"option {number} {option!r} is {len(option)} characters; {where} allows "
                    f"at most {rules.max_option_length} per option"
                )
        first_seen: dict[str, int] = {}
        for number, option in enumerate(self.options, 1):
            key = _duplicate_key(option)
            if key in first_seen:
                earlier = first_seen[key]
                found.append(
                    f"option {number} {option!r} repeats option {earlier} "
                    f"{self.options[earlier - 1]!r} (options are compared ignoring case); "
                    "every option must be different"
                )
            else:
                first_seen[key] = number
        shown = describe_duration(self.duration)
        if self.duration < rules.min_duration:
            found.append(
                f"duration {shown} is shorter than {where} allows: polls there last {_range(rules)}"
            )
        if self.duration > rules.max_duration:
            found.append(
                f"duration {shown} is longer than {where} allows: polls there last {_range(rules)}"
            )
        if self.multiple and not rules.multiple_choice:
            found.append(f"{where} polls are single choice: set multiple=False")
        if self.hide_totals and not rules.hide_totals:
            found.append(f"{where} cannot hide poll totals: set hide_totals=False")
        return tuple(found)

    def validate(self, platform: Platform = X) -> Poll:
        """Check the poll against ``platform``'s rules and return it unchanged.

        Args:
            platform: where the poll will be posted (default X).

        Returns:
            This poll, so that ``Poll(...).validate(X)`` can be used in an expression.

        Raises:
            PollError: one or more rules are broken; ``problems`` lists every one. On a
                platform without polls (Bluesky) the message points to :meth:`as_text`.
        """
        found = self.problems(platform)
        if found:
            raise PollError(
                f"this poll is not valid on {platform_label(platform)}: " + "; ".join(found),
                problems=found,
            )
        return self

    def to_payload(self, platform: Platform = X) -> dict[str, Any]:
        """The poll part of the request that posts it, after :meth:`validate`.

        For X this is the ``poll`` object of ``POST /2/tweets``:
        ``{"options": [...], "duration_minutes": n}``. For Mastodon it is the form fields of
        ``POST /api/v1/statuses``: ``poll[options][]`` (a list, sent as repeated fields),
        ``poll[expires_in]`` (seconds), ``poll[multiple]`` and ``poll[hide_totals]``
        (``"true"``/``"false"``), all as strings ready for a form body.

        Args:
            platform: where the poll will be posted (default X).

        Raises:
            PollError: the poll breaks the platform's rules (or it has no polls).
        """
        self.validate(platform)
        rules = platform.poll
        if rules is None:  # pragma: no cover - validate() has already refused
            raise PollError(f"{platform_label(platform)} has no native polls")
        if rules.api == "mastodon":
            return {
                "poll[options][]": list(self.options),
                "poll[expires_in]": str(int(self.duration.total_seconds())),
                "poll[multiple]": "true" if self.multiple else "false",
                "poll[hide_totals]": "true" if self.hide_totals else "false",
            }
        return {"options": list(self.options), "duration_minutes": self.minutes}

    def as_text(self, platform: Platform = BLUESKY, *, question: str | None = None) -> str:
        """A plain post that runs the poll in replies, for platforms without native polls.

        Each option gets a keycap emoji (1️⃣, 2️⃣, ... up to 🔟); readers reply with one.

        Args:
            platform: where the post goes (its length rule is enforced).
            question: text to put first, e.g. the case question.

        Returns:
            The post text, which fits ``platform``.

        Raises:
            TypeError: ``question`` is not ``str``.
            PollError: more than 10 options, or the text does not fit ``platform``.
        """
        platform = require_platform(platform)
        ensure_type(question, (str, type(None)), "question", "str or None")
        if len(self.options) > len(KEYCAPS):
            raise PollError(
                f"a text poll numbers at most {len(KEYCAPS)} options; this one has "
                f"{len(self.options)}: drop options or split the question into two polls"
            )
        lines = [question.strip()] if question and question.strip() else []
        if lines:
            lines.append("")
        lines.append("Reply with the number of your answer:")
        lines.extend(f"{KEYCAPS[index]} {option}" for index, option in enumerate(self.options))
        lines.append(f"(open for {describe_duration(self.duration)})")
        return fit_or_raise("\n".join(lines), platform, what="the text poll")

    def posted(self, at: datetime, *, post_id: str | None = None) -> PostedPoll:
        """This poll as posted at ``at`` (a timezone-aware datetime)."""
        return PostedPoll(poll=self, posted_at=at, post_id=post_id)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reads it back."""
        return {
            "options": list(self.options),
            "duration_minutes": self.minutes,
            "multiple": self.multiple,
            "hide_totals": self.hide_totals,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Poll:
        """Read a dict made by :meth:`to_dict` (``duration`` text is accepted too).

        Raises:
            TypeError: ``data`` is not a mapping, or a field has the wrong type.
            PollError: a field is missing or invalid.
        """
        ensure_type(data, Mapping, "data", "a mapping")
        duration = data.get("duration_minutes", data.get("duration"))
        if "options" not in data or duration is None:
            raise PollError(
                "a poll needs 'options' and 'duration_minutes': give both, as "
                "Poll.to_dict() writes them"
            )
        return cls(
            data["options"],
            duration,
            multiple=data.get("multiple", False),
            hide_totals=data.get("hide_totals", False),
        )


def _aware(value: object, name: str) -> datetime:
    if not isinstance(value, datetime):
        msg = f"{name} must be a datetime, not {type(value).__name__}"
        raise TypeError(msg)
    if value.tzinfo is None or value.utcoffset() is None:
        raise PollError(
            f"{name} {value.isoformat()} has no timezone: pass an aware datetime, "
            "e.g. datetime.now(UTC)"
        )
    return value


@attrs.frozen(kw_only=True)
class PostedPoll:
    """A poll that has been posted: it knows when it closes.

    Attributes:
        poll: the poll.
        posted_at: when the post went out (timezone-aware; naive datetimes are refused).
        post_id: the post's id, when known.
    """

    poll: Poll = attrs.field(validator=attrs.validators.instance_of(Poll))
    posted_at: datetime = attrs.field()
    post_id: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    @posted_at.validator
    def _check_posted_at(self, _attribute: object, value: object) -> None:
        _aware(value, "posted_at")

    @property
    def ends_at(self) -> datetime:
        """When voting closes, in ``posted_at``'s timezone (computed in UTC, so DST is safe)."""
        tz = self.posted_at.tzinfo
        return (self.posted_at.astimezone(UTC) + self.poll.duration).astimezone(tz)

    def is_open(self, at: datetime) -> bool:
        """Whether voting is still open at ``at`` (timezone-aware)."""
        return _aware(at, "at") < self.ends_at

    def remaining(self, at: datetime) -> timedelta:
        """Time left to vote at ``at`` (timezone-aware); zero once closed."""
        return max(self.ends_at - _aware(at, "at"), timedelta(0))
