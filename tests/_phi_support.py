"""Helpers the PHI class tests share: the findings of a text and whether one covers a span."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

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


def table_tests(
    found: Sequence[tuple[str, str, str]],
    clean: Sequence[tuple[str, str | None]],
    context: Sequence[tuple[str, str]] = (),
) -> tuple[Callable[..., None], ...]:
    """The tests of a round's tables, to bind at module level (pytest collects them there).

    ``found``: (text, value, category), a finding of the category covers the value in a
    patient story; ``clean``: (text, context), no finding but relative dates; ``context``:
    (text, context), what ``check_phi`` decides for the post alone.
    """

    @pytest.mark.parametrize(("text", "value", "category"), found)
    def test_found(text: str, value: str, category: str) -> None:
        assert covered(text, value, category, context="patient")

    @pytest.mark.parametrize(("text", "context"), clean)
    def test_clean(text: str, context: str | None) -> None:
        assert [f for f in findings(text, context) if f.rule != "date.relative"] == []

    @pytest.mark.parametrize(("text", "context"), context)
    def test_context(text: str, context: str) -> None:
        assert mt.check_phi(text).context == context

    return (test_found, test_clean, test_context) if context else (test_found, test_clean)
