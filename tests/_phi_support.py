"""Helpers the PHI class tests share: the findings of a text and whether one covers a span."""

from __future__ import annotations

import medtweet as mt


def findings(text: str, context: str | None = None) -> list[mt.Finding]:
    """The blocking findings of ``check_phi`` on ``text``."""
    return list(mt.check_phi(text, context=context).findings)  # type: ignore[arg-type]


def covered(
    text: str,
    span: str,
    category: str | None = None,
    *,
    context: str | None = None,
    nth: int = 0,
    slack: int = 14,
) -> bool:
    """A finding (of ``category``, if given) covers the ``nth`` ``span`` and little more.

    "Little more" is at most ``slack`` characters, so a finding that swallows the whole
    sentence does not count as covering a name in it.
    """
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return any(
        (category is None or f.category == category)
        and f.start <= start
        and f.end >= start + len(span)
        and len(f.text) <= len(span) + slack
        for f in findings(text, context)
    )
