"""Shared text helpers for poll posts: keycaps, measuring against a platform, fitting."""

from __future__ import annotations

import unicodedata
from typing import Any

from medtweet._errors import PollError
from medtweet.platform import Platform
from medtweet.text import weighted_length
from medtweet.text._count import utf8_length

__all__ = [
    "KEYCAPS",
    "ensure_type",
    "fit_or_raise",
    "fits",
    "measure",
    "platform_label",
    "require_platform",
    "shorten",
]

KEYCAPS = (
    *(f"{digit}\ufe0f\u20e3" for digit in "123456789"),
    "\N{KEYCAP TEN}",
)
"""1️⃣ .. 9️⃣ and 🔟: the reply keys of a text poll."""


def platform_label(platform: Platform) -> str:
    """A platform's name as people say it (``"X"``, ``"Mastodon (med.example)"``)."""
    known = {"x": "X", "x-premium": "X Premium", "bluesky": "Bluesky", "mastodon": "Mastodon"}
    if platform.name in known:
        return known[platform.name]
    family, _, host = platform.name.partition(":")
    if family == "mastodon" and host:
        return f"Mastodon ({host})"
    return platform.name


def require_platform(platform: object) -> Platform:
    """Return ``platform`` if it is a :class:`Platform`, else raise ``TypeError``."""
    if not isinstance(platform, Platform):
        msg = (
            f"platform must be a medtweet.Platform (e.g. medtweet.X), not {type(platform).__name__}"
        )
        raise TypeError(msg)
    return platform


def measure(text: str, platform: Platform) -> int:
    """``text``'s length as ``platform`` counts it (the text engine's ``weighted_length``)."""
    return weighted_length(text, platform)


def fits(text: str, platform: Platform) -> bool:
    """Whether ``text`` is within ``platform``'s length (and byte) limits."""
    if platform.max_bytes is not None and utf8_length(text) > platform.max_bytes:
        return False
    return measure(text, platform) <= platform.max_length


def fit_or_raise(text: str, platform: Platform, *, what: str) -> str:
    """Return ``text`` if it fits ``platform``, else raise :class:`PollError` saying by how much."""
    if fits(text, platform):
        return text
    raise PollError(
        f"{what} is {measure(text, platform)} long; {platform_label(platform)} allows "
        f"{platform.max_length}: shorten the question or the options"
    )


def _extends(char: str) -> bool:
    """Whether ``char`` continues the grapheme before it (marks, joiners, selectors, tones)."""
    return (
        unicodedata.category(char) in {"Mn", "Me", "Cf"}
        or "\ufe00" <= char <= "\ufe0f"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
        or "\U000e0020" <= char <= "\U000e007f"
    )


def _regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` code points, ending in "…" when cut.

    The cut moves back to the start of the character it would split: an emoji ZWJ
    sequence, a keycap, a flag or a letter with combining marks is kept whole or dropped.
    """
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    end = limit - 1
    while end > 0 and (_extends(text[end]) or text[end - 1] == "\u200d"):
        end -= 1
    if end and _regional(text[end]):
        run = 0
        while end - run > 0 and _regional(text[end - run - 1]):
            run += 1
        end -= run % 2  # never leave half a flag
    return text[:end].rstrip() + "…"


def ensure_type(
    value: object, kind: type[Any] | tuple[type[Any], ...], name: str, expected: str
) -> None:
    """Raise ``TypeError`` naming ``name`` unless ``value`` is a ``kind`` (``bool`` is no int)."""
    wants_bool = kind is bool or (isinstance(kind, tuple) and bool in kind)
    if not isinstance(value, kind) or (isinstance(value, bool) and not wants_bool):
        msg = f"{name} must be {expected}, not {type(value).__name__}"
        raise TypeError(msg)
