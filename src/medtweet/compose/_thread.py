"""``Thread`` and ``compose_thread``: the public face of the composer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from medtweet.compose._compose import Layout, Section, compose_sections, relabel
from medtweet.compose._model import Media, OptOut, Post, Reference, ThreadFinding, require_str
from medtweet.compose._numbering import (
    CARRY_ON,
    NUMBERINGS,
    POSITIONS,
    CarryOn,
    LabelPosition,
    Numbering,
)
from medtweet.platform import Platform, X

if TYPE_CHECKING:
    from medtweet.poll import Poll

__all__ = ["DEFAULT", "Thread", "compose_thread", "split_sections"]

_BREAK = re.compile(r"^---[ \t]*$", re.M)
_TAG = re.compile(r"[#@\uff03\uff20][\w.]+\Z")


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Any = _Default()
"""Stands for "use medtweet's own checker" in :meth:`Thread.check`."""


def _check_layout(numbering: str, label_position: str, hashtags_on: str) -> None:
    if numbering not in NUMBERINGS:
        msg = f"numbering must be one of {', '.join(NUMBERINGS)}, not {numbering!r}"
        raise ValueError(msg)
    if label_position not in POSITIONS:
        msg = f"label_position must be 'prefix' or 'suffix', not {label_position!r}"
        raise ValueError(msg)
    if hashtags_on not in CARRY_ON:
        msg = f"hashtags_on must be 'first', 'last' or 'every', not {hashtags_on!r}"
        raise ValueError(msg)


def _check_tags(tags: Sequence[str]) -> None:
    if isinstance(tags, str):
        msg = "hashtags must be a list of tags, not one str: write ['#ESC2026']"
        raise TypeError(msg)
    bad = [tag for tag in tags if not isinstance(tag, str) or not _TAG.match(tag)]
    if bad:
        msg = f"hashtags must be #hashtags or @mentions without spaces, not {bad!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Thread:
    """A thread of posts for one platform, with everything needed to check and post it.

    Build one with :func:`compose_thread` or :meth:`Thread.from_draft`. Threads are values:
    every edit (:meth:`replace_post`, :meth:`insert_post`, :meth:`with_poll`...) returns a
    new thread with the numbering labels redone.

    Attributes:
        posts: the posts, in order.
        platform: the network whose rules the thread follows.
        numbering: the label style (``"n/N"``, ``"n/"``, ``"(n/N)"``, ``"🧵"``, ``"none"``).
        label_position: ``"prefix"`` or ``"suffix"``.
        hashtags: hashtags and mentions carried on posts (``#ESC2026``, ``@escardio``).
        hashtags_on: which posts carry them: ``"first"``, ``"last"`` or ``"every"``.
        references: the cited works, ``[1]`` first.
        title: a title for exports (never posted).
        paid_partnership: set X's paid-partnership flag when posting.
        embargo: no post before this time (live-tweeting); timezone-aware.
        opt_outs: speakers who opted out of being photographed or quoted.
    """

    posts: tuple[Post, ...]
    platform: Platform = X
    numbering: Numbering = "n/N"
    label_position: LabelPosition = "suffix"
    hashtags: tuple[str, ...] = ()
    hashtags_on: CarryOn = "last"
    references: tuple[Reference, ...] = ()
    title: str | None = None
    paid_partnership: bool = False
    embargo: datetime | None = None
    opt_outs: tuple[OptOut, ...] = ()

    # -- reading -------------------------------------------------------------------------

    @property
    def layout(self) -> Layout:
        """Numbering and carried tags as one value."""
        return Layout(
            numbering=self.numbering,
            label_position=self.label_position,
            hashtags=self.hashtags,
            hashtags_on=self.hashtags_on,
        )

    @property
    def texts(self) -> tuple[str, ...]:
        """The text of each post as it will be posted (labels and carried tags included)."""
        return tuple(post.text for post in self.posts)

    def __len__(self) -> int:
        return len(self.posts)

    # -- edits (each returns a new thread) -----------------------------------------------

    def _with_posts(self, posts: Iterable[Post]) -> Thread:
        return attrs.evolve(self, posts=relabel(tuple(posts), self.layout))

    def replace_post(self, index: int, post: Post | str) -> Thread:
        """Return a thread with post ``index`` replaced (a ``str`` replaces only the body)."""
        posts = list(self.posts)
        posts[index] = attrs.evolve(posts[index], body=post) if isinstance(post, str) else post
        return self._with_posts(posts)

    def insert_post(self, index: int, post: Post | str) -> Thread:
        """Return a thread with a post inserted before ``index``."""
        posts = list(self.posts)
        posts.insert(index, Post(body=post) if isinstance(post, str) else post)
        return self._with_posts(posts)

    def remove_post(self, index: int) -> Thread:
        """Return a thread without post ``index``."""
        posts = list(self.posts)
        del posts[index]
        return self._with_posts(posts)

    def add_media(self, index: int, *media: Media) -> Thread:
        """Return a thread with media appended to post ``index``."""
        post = self.posts[index]
        return self.replace_post(index, attrs.evolve(post, media=(*post.media, *media)))

    def with_poll(self, index: int, poll: Poll | None) -> Thread:
        """Return a thread whose post ``index`` carries ``poll`` (``None`` removes it)."""
        return self.replace_post(index, attrs.evolve(self.posts[index], poll=poll))

    def add_reveal(self, after: int, text: str) -> Thread:
        """Return a thread with a reveal post (sent after the poll closes) after ``after``."""
        return self.insert_post(after + 1, Post(body=text, reveal=True))

    def with_layout(
        self,
        *,
        numbering: Numbering | None = None,
        label_position: LabelPosition | None = None,
        hashtags: Sequence[str] | None = None,
        hashtags_on: CarryOn | None = None,
    ) -> Thread:
        """Return a thread with other labels or carried tags (posts are not re-split)."""
        changed = attrs.evolve(
            self,
            numbering=numbering or self.numbering,
            label_position=label_position or self.label_position,
            hashtags=tuple(hashtags) if hashtags is not None else self.hashtags,
            hashtags_on=hashtags_on or self.hashtags_on,
        )
        _check_layout(changed.numbering, changed.label_position, changed.hashtags_on)
        return changed._with_posts(changed.posts)

    # -- checks --------------------------------------------------------------------------

    def check(
        self,
        *,
        phi: Callable[..., Any] | None = DEFAULT,
        context: Callable[[Sequence[str]], Any] | str | None = DEFAULT,
        image_check: Callable[[bytes], Any] | None = DEFAULT,
        now: datetime | None = None,
    ) -> tuple[ThreadFinding, ...]:
        """Every finding about the thread: limits, media, alt text, polls, PHI, live rules.

        Args:
            phi: a PHI checker called as ``phi(text, context=...)`` on every post text and
                alt text, returning a report with ``.findings`` (or the findings). ``DEFAULT``
                uses :func:`medtweet.check_phi`; ``None`` skips PHI checks.
            context: the thread's story context (``"patient"`` / ``"professional"``), or a
                function of all the thread's texts deciding it once. ``DEFAULT`` uses
                ``medtweet.phi.story_context``.
            image_check: called with each image's bytes, returning findings.
                ``DEFAULT`` uses :func:`medtweet.check_image`; ``None`` skips it.
            now: the current time, for the embargo; without it an embargoed thread is
                reported as not yet publishable.

        Returns:
            All findings, blocking ones and advice, in thread order.
        """
        from medtweet.compose._checks import check_thread

        return check_thread(self, phi=phi, context=context, image_check=image_check, now=now)

    # -- formats -------------------------------------------------------------------------

    @classmethod
    def from_draft(
        cls,
        source: str,
        *,
        base_dir: str | Path | None = None,
        platform: Platform | None = None,
    ) -> Thread:
        """Read a draft (see ``docs/drafts.md``) and compose it.

        Args:
            source: the draft text.
            base_dir: the folder image paths are relative to (default: the current one).
            platform: overrides the draft's ``platform:`` header.

        Raises:
            DraftError: the draft cannot be read; the message names the line and the fix.
        """
        from medtweet.compose._draft import read_draft

        return read_draft(source, base_dir=base_dir, platform=platform)

    @classmethod
    def from_draft_file(cls, path: str | Path, *, platform: Platform | None = None) -> Thread:
        """Read a draft file; image paths are relative to its folder."""
        file = Path(path)
        return cls.from_draft(
            file.read_text(encoding="utf-8"), base_dir=file.parent, platform=platform
        )

    def to_draft(self, *, relative_to: str | Path | None = None) -> str:
        """Write the thread as a draft; ``Thread.from_draft(t.to_draft()) == t``.

        Args:
            relative_to: write image paths relative to this folder, to read back with
                ``Thread.from_draft(text, base_dir=relative_to)``; full paths by default.
        """
        from medtweet.compose._draft import write_draft

        return write_draft(self, relative_to=relative_to)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise the thread (schema ``medtweet.thread`` version 1, see ``docs/compose.md``)."""
        from medtweet.compose._json import thread_to_json

        return thread_to_json(self, indent=indent)

    @classmethod
    def from_json(cls, source: str | bytes | Mapping[str, Any]) -> Thread:
        """Read a thread written by :meth:`to_json`.

        Raises:
            DraftError: the document is not a medtweet thread of a known version.
        """
        from medtweet.compose._json import thread_from_json

        return thread_from_json(source)

    def preview(self, findings: Sequence[ThreadFinding] | None = None) -> str:
        """Render the thread for a terminal: posts, counts, media, poll and findings.

        Args:
            findings: the findings to show; by default :meth:`check` runs with its defaults.
        """
        from medtweet.compose._render import preview

        return preview(self, self.check() if findings is None else tuple(findings))

    def to_markdown(self, *, relative_to: str | Path | None = None) -> str:
        """Export the tweetorial as Markdown with its reference list (teaching portfolio).

        Args:
            relative_to: write image paths relative to this folder (where the Markdown file
                will live); full paths by default.
        """
        from medtweet.compose._render import to_markdown

        return to_markdown(self, relative_to=relative_to)


def split_sections(text: str) -> list[str]:
    """Split text at lines holding only ``---``."""
    if "---" not in text:  # (much faster than the scan for line starts)
        return [text]
    return _BREAK.split(text)


def compose_thread(
    text: str,
    *,
    platform: Platform = X,
    numbering: Numbering = "n/N",
    label_position: LabelPosition = "suffix",
    hashtags: Sequence[str] = (),
    hashtags_on: CarryOn = "last",
    reference_labels: Mapping[str, str] | None = None,
    disclosure: str | None = None,
    disclosure_position: str = "last",
    paid_partnership: bool = False,
    title: str | None = None,
) -> Thread:
    """Compose text into a thread that fits ``platform``.

    Breaks come, in order of preference, at lines holding only ``---``, blank lines,
    sentence ends, clauses and words; URLs, mentions, hashtags, doses, lab values, DOIs,
    PMIDs and citation markers are never cut. The thread has at most one post more than
    the fewest possible. ``[@doi:…]``, ``[@pmid:…]`` and ``[@url:…]`` markers become ``[1]``
    with a closing References post.

    Args:
        text: the text.
        platform: the network (``medtweet.X``, ``X_PREMIUM``, ``BLUESKY``, ``MASTODON``...).
        numbering: ``"n/N"``, ``"n/"``, ``"(n/N)"``, ``"🧵"`` (first post only) or ``"none"``.
        label_position: ``"prefix"`` or ``"suffix"``.
        hashtags: hashtags and mentions to carry (``("#ESC2026", "@escardio")``).
        hashtags_on: ``"first"``, ``"last"`` or ``"every"`` post.
        reference_labels: short citations by marker id (``{"pmid:31475794": "McMurray 2019"}``);
            a bibliography may hold more works than the text cites.
        disclosure: a disclosure / conflict-of-interest text, posted on its own.
        disclosure_position: ``"first"`` or ``"last"``.
        paid_partnership: set X's paid-partnership flag.
        title: a title for exports.

    Returns:
        The thread.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValidationError: the text is empty or blank.
        DraftError: a reference marker is malformed.
    """
    text = require_str(text, "text")
    _check_layout(numbering, label_position, hashtags_on)
    _check_tags(hashtags)
    if disclosure_position not in ("first", "last"):
        msg = f"disclosure_position must be 'first' or 'last', not {disclosure_position!r}"
        raise ValueError(msg)
    layout = Layout(
        numbering=numbering,
        label_position=label_position,
        hashtags=tuple(hashtags),
        hashtags_on=hashtags_on,
    )
    labels: dict[tuple[str, str], str] = {}
    for key, value in (reference_labels or {}).items():
        kind, _, ident = key.partition(":")
        labels[(kind.lower(), ident)] = value
    sections: list[Section] = []
    line = 1
    for part in split_sections(text):
        lead = len(part) - len(part.lstrip())
        sections.append(Section(text=part.strip(), first_line=line + part.count("\n", 0, lead)))
        line += part.count("\n") + 1
    posts, references = compose_sections(
        sections,
        platform=platform,
        layout=layout,
        labels=labels,
        disclosure=disclosure,
        disclosure_position=disclosure_position,
    )
    return Thread(
        posts=posts,
        platform=platform,
        numbering=numbering,
        label_position=label_position,
        hashtags=tuple(hashtags),
        hashtags_on=hashtags_on,
        references=references,
        title=title,
        paid_partnership=paid_partnership,
    )
