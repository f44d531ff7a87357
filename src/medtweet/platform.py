"""Each network's rules in one value: length counting, media, alt text and polls.

Every limit medtweet enforces lives here, and every other module reads it from a
:class:`Platform`. The X values follow twitter-text's ``config/v3.json`` and the X API v2
OpenAPI spec; Bluesky's follow ``app.bsky.feed.post``; Mastodon's are the defaults of a
stock instance and can be read from any instance's ``/api/v2/instance`` JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from typing import Any, Literal

import attrs

__all__ = [
    "BLUESKY",
    "MASTODON",
    "TWITTER_TEXT_V1",
    "TWITTER_TEXT_V2",
    "X",
    "X_PREMIUM",
    "Counting",
    "Platform",
    "PollApi",
    "PollRules",
    "WeightRange",
]

Counting = Literal["weighted", "graphemes", "characters"]
"""How a platform measures text: X's weighted code points, Bluesky's graphemes,
or Mastodon's characters."""

PollApi = Literal["x", "mastodon"]
"""Which request shape a platform's poll takes: X's JSON ``poll`` object or Mastodon's
``poll[...]`` form fields."""


@attrs.frozen
class WeightRange:
    """Code points ``start``..``end`` (inclusive, as in twitter-text's configs) weigh ``weight``."""

    start: int
    end: int
    weight: int


@attrs.frozen(kw_only=True)
class PollRules:
    """What a platform accepts in a native poll.

    Attributes:
        min_options: fewest options.
        max_options: most options.
        max_option_length: longest option, in characters (code points after NFC and
            stripping; Mastodon counts graphemes, so this is never more lenient there).
        min_duration: shortest poll.
        max_duration: longest poll.
        multiple_choice: whether voters may pick several options.
        hide_totals: whether totals can be hidden until the poll closes.
        api: the request shape of a poll (``"x"`` JSON or ``"mastodon"`` form fields).
    """

    min_options: int = 2
    max_options: int = 4
    max_option_length: int = 25
    min_duration: timedelta = timedelta(minutes=5)
    max_duration: timedelta = timedelta(days=7)
    multiple_choice: bool = False
    hide_totals: bool = False
    api: PollApi = "x"


def _limit_pairs(pairs: Iterable[Sequence[Any]]) -> tuple[tuple[str, int], ...]:
    """``(tier, characters)`` pairs as a tuple of tuples (JSON gives lists of lists)."""
    return tuple((str(tier), int(length)) for tier, length in pairs)


_LATIN_RANGES = (
    WeightRange(0, 4351, 100),
    WeightRange(8192, 8205, 100),
    WeightRange(8208, 8223, 100),
    WeightRange(8242, 8247, 100),
)


@attrs.frozen(kw_only=True)
class Platform:
    """A network's rules for a post.

    Attributes:
        name: a short identifier (``"x"``, ``"x-premium"``, ``"bluesky"``, ``"mastodon"``).
        counting: how text length is measured.
        max_length: the longest valid post, in the platform's display units
            (weighted characters on X, graphemes on Bluesky, characters on Mastodon).
        scale: twitter-text's weight scale (weights are divided by it).
        default_weight: weight of a code point outside ``ranges``.
        ranges: code-point ranges with their own weight.
        url_length: what any URL counts, or ``None`` when links count as written.
        emoji_parsing: whether an emoji sequence counts as one unit of ``default_weight``.
        max_bytes: a UTF-8 byte limit besides ``max_length``, if any.
        mention_counts_user_only: Mastodon counts ``@user@host`` as ``@user``.
        max_media: images per post.
        max_alt_text: characters of alt text per image.
        poll: native poll rules, or ``None`` when the platform has no polls.
        search_query_limits: the longest search query per API access tier, as
            ``(tier, characters)`` pairs; empty when medtweet does not search the platform.
    """

    name: str
    counting: Counting = "weighted"
    max_length: int = 280
    scale: int = 100
    default_weight: int = 200
    ranges: tuple[WeightRange, ...] = _LATIN_RANGES
    url_length: int | None = 23
    emoji_parsing: bool = True
    max_bytes: int | None = None
    mention_counts_user_only: bool = False
    max_media: int = 4
    max_alt_text: int = 1000
    poll: PollRules | None = PollRules()
    search_query_limits: tuple[tuple[str, int], ...] = attrs.field(
        default=(), converter=_limit_pairs
    )

    @property
    def max_weighted_length(self) -> int:
        """The limit in twitter-text's terms (same as ``max_length``)."""
        return self.max_length

    def with_limits(self, **changes: Any) -> Platform:
        """Return a copy with some fields changed (``X.with_limits(max_length=4000)``)."""
        return attrs.evolve(self, **changes)

    @classmethod
    def from_mastodon_instance(cls, instance: Mapping[str, Any]) -> Platform:
        """Build a Mastodon platform from an instance's ``/api/v2/instance`` JSON.

        Missing fields fall back to a stock Mastodon's defaults.
        """
        config = instance.get("configuration") or {}
        statuses = config.get("statuses") or {}
        polls = config.get("polls") or {}
        media = config.get("media_attachments") or {}
        defaults = MASTODON.poll or PollRules()
        poll = PollRules(
            min_options=2,
            max_options=int(polls.get("max_options", defaults.max_options)),
            max_option_length=int(
                polls.get("max_characters_per_option", defaults.max_option_length)
            ),
            min_duration=timedelta(
                seconds=int(polls.get("min_expiration", defaults.min_duration.total_seconds()))
            ),
            max_duration=timedelta(
                seconds=int(polls.get("max_expiration", defaults.max_duration.total_seconds()))
            ),
            multiple_choice=True,
            hide_totals=True,
            api="mastodon",
        )
        domain = instance.get("domain")
        return attrs.evolve(
            MASTODON,
            name=f"mastodon:{domain}" if domain else "mastodon",
            max_length=int(statuses.get("max_characters", MASTODON.max_length)),
            url_length=int(statuses.get("characters_reserved_per_url", 23)),
            max_media=int(statuses.get("max_media_attachments", MASTODON.max_media)),
            max_alt_text=int(media.get("description_limit", MASTODON.max_alt_text)),
            poll=poll,
        )


X = Platform(
    name="x",
    search_query_limits=(("basic", 512), ("pro", 1024), ("enterprise", 4096)),
)
"""X (Twitter) for a standard account: twitter-text config v3, 280 weighted characters."""

X_PREMIUM = attrs.evolve(X, name="x-premium", max_length=25_000)
"""X for a Premium account: long posts up to 25,000 weighted characters."""

BLUESKY = Platform(
    name="bluesky",
    counting="graphemes",
    max_length=300,
    url_length=None,
    emoji_parsing=False,
    max_bytes=3000,
    max_media=4,
    max_alt_text=2000,
    poll=None,
)
"""Bluesky: 300 graphemes and 3,000 UTF-8 bytes; link text counts as written; no polls."""

MASTODON = Platform(
    name="mastodon",
    counting="characters",
    max_length=500,
    url_length=23,
    emoji_parsing=False,
    mention_counts_user_only=True,
    max_media=4,
    max_alt_text=1500,
    poll=PollRules(
        max_options=4,
        max_option_length=50,
        min_duration=timedelta(minutes=5),
        max_duration=timedelta(days=30),
        multiple_choice=True,
        hide_totals=True,
        api="mastodon",
    ),
)
"""A stock Mastodon instance: 500 characters, URLs count 23, mentions count ``@user``."""

TWITTER_TEXT_V1 = Platform(
    name="twitter-text-v1",
    max_length=140,
    scale=1,
    default_weight=1,
    ranges=(),
    emoji_parsing=False,
)
"""twitter-text config v1 (140 characters, every code point weighs 1), for its conformance tests."""

TWITTER_TEXT_V2 = attrs.evolve(X, name="twitter-text-v2", emoji_parsing=False)
"""twitter-text config v2 (weighted, no emoji grouping), for its conformance tests."""
