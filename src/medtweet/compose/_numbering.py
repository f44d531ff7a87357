"""Numbering labels and carried hashtags: what a thread adds around each post's body."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, get_args

__all__ = [
    "CarryOn",
    "LabelPosition",
    "Numbering",
    "decorate",
    "label",
]

Numbering = Literal["n/N", "n/", "(n/N)", "🧵", "none"]
"""Numbering styles: ``1/12``, ``1/``, ``(1/12)``, a 🧵 on the first post only, or none."""
LabelPosition = Literal["prefix", "suffix"]
"""Where the label goes: before the text or after it."""
CarryOn = Literal["first", "last", "every"]
"""Which posts carry the thread's hashtags and mentions."""

NUMBERINGS: tuple[str, ...] = get_args(Numbering)
POSITIONS: tuple[str, ...] = get_args(LabelPosition)
CARRY_ON: tuple[str, ...] = get_args(CarryOn)


def label(style: Numbering, k: int, n: int) -> str:
    """The label of post ``k`` (1-based) of ``n``; empty for a single post or no numbering."""
    if n <= 1 or style == "none":
        return ""
    if style == "n/N":
        return f"{k}/{n}"
    if style == "n/":
        return f"{k}/"
    if style == "(n/N)":
        return f"({k}/{n})"
    return "🧵" if k == 1 else ""


def decorate(
    style: Numbering,
    position: LabelPosition,
    k: int,
    n: int,
    tags: Sequence[str],
    carry_on: CarryOn,
) -> tuple[str, str]:
    """The ``(prefix, suffix)`` of post ``k`` of ``n``."""
    text = label(style, k, n)
    carried = " ".join(tags)
    wants_tags = bool(carried) and (
        carry_on == "every" or (carry_on == "first" and k == 1) or (carry_on == "last" and k == n)
    )
    prefix = f"{text} " if text and position == "prefix" else ""
    suffix = f" {carried}" if wants_tags else ""
    if text and position == "suffix":
        suffix += f" {text}"
    return prefix, suffix
