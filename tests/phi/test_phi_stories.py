"""Whole posts written for these tests: identifiers found, clean posts left alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import medtweet as mt

DATA = Path(__file__).resolve().parent / "data"
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]")


def _parse(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans, last = "", [], 0
    for match in MARK.finditer(line):
        text += line[last : match.start()]
        start = len(text)
        text += match.group(2)
        spans.append((start, len(text), match.group(1)))
        last = match.end()
    return text + line[last:], spans


MARKED = [
    line
    for line in (DATA / "marked_posts.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
CLEAN = [
    line for line in (DATA / "clean_posts.txt").read_text(encoding="utf-8").splitlines() if line
]


@pytest.mark.parametrize("line", MARKED)
def test_marked_identifiers_are_covered(line: str) -> None:
    text, spans = _parse(line)
    report = mt.check_phi(text)
    covered = [False] * len(text)
    for finding in report.findings:
        covered[finding.start : finding.end] = [True] * (finding.end - finding.start)
    for start, end, category in spans:
        assert all(covered[i] for i in range(start, end) if text[i].isalnum()), (category, text)
    assert mt.check_phi(mt.redact(text)).ok


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_have_no_findings(text: str) -> None:
    assert mt.check_phi(text).findings == (), text
