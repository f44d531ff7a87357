"""Accuracy targets of issue 5 on the development corpus (timing is in benchmarks/ only).

Scoring follows benchmarks/_phi_scoring.py: a gold span counts as found when findings
cover every alphanumeric character of it; a clean post is flagged when it has any finding.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import medtweet as mt

CORPUS = Path(__file__).resolve().parents[1] / "data" / "phi_corpus.jsonl"


def _covered(text: str, start: int, end: int, report: mt.PhiReport) -> bool:
    marked = [False] * len(text)
    for finding in report.findings:
        for i in range(finding.start, finding.end):
            marked[i] = True
    return all(marked[i] for i in range(start, end) if text[i].isalnum())


@pytest.fixture(scope="module")
def results() -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    if not CORPUS.exists():
        pytest.skip("tests/data/phi_corpus.jsonl is not in this checkout")
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    posts: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        report = mt.check_phi(record["text"])
        posts[record["group"]] += 1
        flagged[record["group"]] += not report.ok
        for span in record["spans"]:
            gold[span["category"]] += 1
            found[span["category"]] += _covered(record["text"], span["start"], span["end"], report)
    return gold, found, posts, flagged


def test_recall_overall(results: tuple[Counter[str], ...]) -> None:
    gold, found, _, _ = results
    assert sum(found.values()) / sum(gold.values()) >= 0.97


def test_recall_per_category(results: tuple[Counter[str], ...]) -> None:
    gold, found, _, _ = results
    low = {c: round(found[c] / n, 3) for c, n in gold.items() if found[c] / n < 0.90}
    assert not low, low


def test_clean_posts_rarely_flagged(results: tuple[Counter[str], ...]) -> None:
    _, _, posts, flagged = results
    for group in ("deid_patient", "professional"):
        assert posts[group] > 0
        assert flagged[group] / posts[group] <= 0.03, group
