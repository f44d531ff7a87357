"""Shared text helpers for poll posts: keycaps, measuring against a platform, fitting."""

from __future__ import annotations

import importlib
import unicodedata
from typing import Any

from medtweet._errors import PollError
from medtweet.platform import Platform

__all__ = ["KEYCAPS", "ensure_type", "fit_or_raise", "fits", "measure", "shorten"]

KEYCAPS = (
    *(f"{digit}\ufe0f\u20e3" for digit in "123456789"),
    "\N{KEYCAP TEN}",
)
"""1️⃣ .. 9️⃣ and 🔟: the reply keys of a text poll."""


def measure(text: str, platform: Platform) -> int:
    """``text``'s length as ``platform`` counts it (the text engine's ``weighted_length``)."""
    weighted_length = importlib.import_module("medtweet").weighted_length
    return int(weighted_length(text, platform))


def fits(text: str, platform: Platform) -> bool:
    """Whether ``text`` is within ``platform``'s length (and byte) limits."""
    if platform.max_bytes is not None and len(text.encode("utf-8")) > platform.max_bytes:
        return False
    return measure(text, platform) <= platform.max_length


def fit_or_raise(text: str, platform: Platform, *, what: str) -> str:
    """Return ``text`` if it fits ``platform``, else raise :class:`PollError` saying by how much."""
    if fits(text, platform):
        return text
    raise PollError(
        f"{what} is {measure(text, platform)} long; {platform.name} allows "
        f"{platform.max_length}: shorten the question or the options"
    )


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` code points, ending in "…" when cut.

    Combining marks, joiners and variation selectors left dangling by the cut are removed
    too, so an emoji sequence is never left half-built.
    """
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    while cut and (
        unicodedata.category(cut[-1]) in {"Mn", "Me", "Cf"}
        or "\ufe00" <= cut[-1] <= "\ufe0f"
        or "\U0001f3fb" <= cut[-1] <= "\U0001f3ff"
    ):
        cut = cut[:-1]
    return cut.rstrip() + "…"


def ensure_type(
    value: object, kind: type[Any] | tuple[type[Any], ...], name: str, expected: str
) -> None:
    """Raise ``TypeError`` naming ``name`` unless ``value`` is a ``kind`` (``bool`` is no int)."""
    wants_bool = kind is bool or (isinstance(kind, tuple) and bool in kind)
    if not isinstance(value, kind) or (isinstance(value, bool) and not wants_bool):
        msg = f"{name} must be {expected}, not {type(value).__name__}"
        raise TypeError(msg)
