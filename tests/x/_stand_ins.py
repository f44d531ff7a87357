"""Minimal thread stand-ins for the posting tests: what ``post_thread`` needs and no more."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class P:
    """A minimal post: text, media and a poll."""

    text: str
    media: tuple[Any, ...] = ()
    poll: Any = None


@attrs.frozen
class T:
    """A minimal thread: posts and the findings its check returns (none by default)."""

    posts: tuple[P, ...]
    findings: tuple[Any, ...] = ()

    def check(self) -> tuple[Any, ...]:
        """The findings, as ``Thread.check`` would return them."""
        return self.findings


def thread(*texts: str) -> T:
    """A thread of plain text posts."""
    return T(tuple(P(t) for t in texts))
