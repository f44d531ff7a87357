"""Numbering labels and carried hashtags: what a thread adds around each post's body."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, get_args

__all__ = [
    "CarryOn",
    "LabelPosition",
    "Numbering",
    "decorate",
    "decorations",
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


def decorations(
    style: Numbering,
    position: LabelPosition,
    n: int,
    tags: Sequence[str],
    carry_on: CarryOn,
) -> tuple[list[str], list[str]]:
    """The prefixes and the suffixes of posts ``1..n``, as :func:`decorate` gives each."""
    if n <= 1 or style == "none":
        labels = [""] * n
    elif style == "n/N":
        labels = [f"{k}/{n}" for k in range(1, n + 1)]
    elif style == "n/":
        labels = [f"{k}/" for k in range(1, n + 1)]
    elif style == "(n/N)":
        labels = [f"({k}/{n})" for k in range(1, n + 1)]
    else:
        labels = ["🧵"] + [""] * (n - 1)
    joined = " ".join(tags)
    tagged = [""] * n
    if joined and n:
        if carry_on == "every":
            tagged = [f" {joined}"] * n
        elif carry_on in ("first", "last"):
            tagged[0 if carry_on == "first" else n - 1] = f" {joined}"
    if position == "prefix":
        return [f"{text} " if text else "" for text in labels], tagged
    if position == "suffix":
        tagged = [
            f"{tag} {text}" if text else tag for tag, text in zip(tagged, labels, strict=True)
        ]
    return [""] * n, tagged
