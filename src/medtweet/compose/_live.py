"""Live-tweeting a conference session: tags, attribution, opt-outs and the embargo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

from medtweet.compose._model import Media, OptOut
from medtweet.compose._numbering import Numbering
from medtweet.compose._thread import Thread, compose_thread
from medtweet.platform import Platform, X

__all__ = ["LiveSession", "Speaker"]


@attrs.frozen(kw_only=True)
class Speaker:
    """A speaker to attribute: ``Dr. Ana Lopez (@analopez)``."""

    name: str
    handle: str | None = None

    @property
    def attribution(self) -> str:
        """How a quote is introduced: ``Dr. Ana Lopez (@analopez):``."""
        return f"{self.name} ({self.handle}):" if self.handle else f"{self.name}:"


@attrs.frozen(kw_only=True)
class LiveSession:
    """A conference session to live-tweet.

    Every post carries the conference and session tags; quotes are attributed to the
    speaker; :meth:`Thread.check` reports posts that quote or photograph a speaker who opted
    out, and, before ``embargo``, that the thread is not yet publishable.

    Attributes:
        conference_tag: the official hashtag (``#ESC2026``).
        session_tags: further tags (``#HeartFailure``).
        embargo: the time the results may be shared (timezone-aware), or ``None``.
        opt_outs: speakers who asked not to be photographed and/or quoted.
        platform: where the posts go.
        numbering: label style for multi-post updates (none by default).
    """

    conference_tag: str
    session_tags: tuple[str, ...] = ()
    embargo: datetime | None = None
    opt_outs: tuple[OptOut, ...] = ()
    platform: Platform = X
    numbering: Numbering = "none"

    @property
    def tags(self) -> tuple[str, ...]:
        """All tags carried on every post."""
        return (self.conference_tag, *self.session_tags)

    def compose(
        self,
        text: str,
        *,
        speaker: Speaker | None = None,
        media: Sequence[Media] = (),
    ) -> Thread:
        """Compose a live update: attribution, text, tags on every post, media on the first.

        Args:
            text: what was said or shown.
            speaker: who said it; the post starts with their attribution.
            media: a slide photo or other media (checked against photo opt-outs).

        Returns:
            A thread with the session's embargo and opt-outs, ready for :meth:`Thread.check`.
        """
        body = f"{speaker.attribution} {text}" if speaker is not None else text
        thread = compose_thread(
            body,
            platform=self.platform,
            numbering=self.numbering,
            hashtags=self.tags,
            hashtags_on="every",
        )
        thread = attrs.evolve(thread, embargo=self.embargo, opt_outs=self.opt_outs)
        return thread.add_media(0, *media) if media else thread
