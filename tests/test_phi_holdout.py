"""The held-out PHI corpus (benchmarks/data/phi_holdout.jsonl) is well formed and up to date.

Shape only: the held-out corpus estimates how check_phi generalises, so no accuracy is asserted.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests._scripts import REPO, load_script

FORMAT = load_script("tools/_phi_corpus.py")
BUILDER = load_script("tools/build_phi_holdout.py")
HOLDOUT = REPO / "benchmarks" / "data" / "phi_holdout.jsonl"
CATEGORIES = set(FORMAT.CATEGORIES)
GROUPS = set(FORMAT.GROUPS)
SPELLED_AGES = {"ninety-one", "ninety-three"}
RECORDS = FORMAT.read_records(HOLDOUT)


def _surfaces(category: str) -> list[str]:
    return list(FORMAT.surfaces(RECORDS, category))


def test_size_and_groups() -> None:
    groups = Counter(r["group"] for r in RECORDS)
    assert len(RECORDS) >= 240
    assert set(groups) == GROUPS
    assert groups["patient"] >= 120
    assert groups["deid_patient"] >= 60
    assert groups["professional"] >= 60


def test_record_shape() -> None:
    for r in RECORDS:
        assert list(r) == ["id", "group", "text", "spans"], r
        assert re.fullmatch(r"h\d{3}", r["id"]), r["id"]
        assert r["group"] in GROUPS
        assert isinstance(r["text"], str)
        assert 0 < len(r["text"]) <= 280, r["id"]
        assert r["text"] == r["text"].strip(), r["id"]
        for s in r["spans"]:
            assert list(s) == ["start", "end", "category"], (r["id"], s)
            assert type(s["start"]) is int
            assert type(s["end"]) is int
            assert s["category"] in CATEGORIES, (r["id"], s)


def test_ids_in_order_and_texts_unique() -> None:
    assert [r["id"] for r in RECORDS] == [f"h{i:03d}" for i in range(1, len(RECORDS) + 1)]
    texts = [r["text"] for r in RECORDS]
    assert len(set(texts)) == len(texts)


def test_spans_inside_text_sorted_disjoint_and_trimmed() -> None:
    assert [p for r in RECORDS for p in FORMAT.span_problems(r)] == []


def test_clean_groups_have_no_spans_and_patient_stories_do() -> None:
    for r in RECORDS:
        assert bool(r["spans"]) == (r["group"] == "patient"), r["id"]


def test_every_category_appears_at_least_six_times() -> None:
    counts = Counter(s["category"] for r in RECORDS for s in r["spans"])
    assert set(counts) == CATEGORIES
    thin = {c: n for c, n in counts.items() if n < 6}
    assert not thin, f"categories with fewer than 6 gold spans: {thin}"


def test_labelling_conventions() -> None:
    honorific = re.compile(r"(?i)^(?:mr|mrs|ms|dr|pt|baby|coach)\b\.?\s")
    assert not [t for t in _surfaces("name") if honorific.match(t)]
    cue = re.compile(
        r"(?i)^(?:mrn|mr#|ssn|ss#|acct|account|har|fin|id|member|medicaid|medicare|policy|dl|"
        r"cdl|dea|vin|plate|sn|serial|zip|fax|tel|phone)\b"
    )
    for cat in (
        "ssn",
        "mrn",
        "health_plan",
        "account",
        "license",
        "vehicle",
        "device",
        "fax",
        "phone",
        "geographic",
    ):
        assert not [t for t in _surfaces(cat) if cue.match(t)], cat
    for t in _surfaces("age"):
        assert t.isdigit() or t in SPELLED_AGES, t
        assert BUILDER.age_value(t) >= 90, t
    for t in _surfaces("date"):
        assert not re.fullmatch(r"(?:19|20)\d\d", t), f"a year alone is not a date span: {t}"


def test_checksummed_identifiers_are_valid() -> None:
    vins = [t for t in _surfaces("vehicle") if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", t)]
    assert len(vins) >= 2
    assert all(FORMAT.vin_ok(v) for v in vins), vins
    deas = [t for t in _surfaces("license") if re.fullmatch(r"[A-Z]{2}\d{7}", t)]
    assert len(deas) >= 2
    assert all(BUILDER.dea_ok(d) for d in deas), deas


def test_holdout_matches_its_source() -> None:
    assert HOLDOUT.read_text(encoding="utf-8") == BUILDER.render(BUILDER.build()), (
        "benchmarks/data/phi_holdout.jsonl is stale: run python tools/build_phi_holdout.py"
    )


def test_builder_parses_and_rejects_markup() -> None:
    text, spans = BUILDER.parse_line("Mrs. [[name|Ode]] seen [[date|3/14]] in [[geo|Nampa]]")
    assert text == "Mrs. Ode seen 3/14 in Nampa"
    assert spans == [
        {"start": 5, "end": 8, "category": "name"},
        {"start": 14, "end": 18, "category": "date"},
        {"start": 22, "end": 27, "category": "geographic"},
    ]
    assert BUILDER.parse_line("1/ line one\\n2/ line two")[0] == "1/ line one\n2/ line two"
    with pytest.raises(ValueError, match="unknown category"):
        BUILDER.parse_line("[[zip|83301]]")
    with pytest.raises(ValueError, match="malformed"):
        BUILDER.parse_line("[[name|Ode]")
    with pytest.raises(ValueError, match="outer spaces"):
        BUILDER.parse_line("[[name| Ode]]")


def test_builder_rejects_convention_breaches(tmp_path: Path) -> None:
    cases = {
        "=== patient ===\nan 88yo, age [[age|88]]": "under 90",
        "=== professional ===\nDr. [[name|Ode]] speaks": "no spans",
        "=== patient ===\nno identifiers here": "at least one span",
        "=== patient ===\nVIN [[veh|1FTFW1E58MFA12345]]": "check digit",
        "=== patient ===\nDEA [[lic|BK4826156]]": "checksum",
        "=== patient ===\n" + "x" * 281 + " [[name|Ode]]": "characters",
    }
    for src, message in cases.items():
        path = tmp_path / "src.txt"
        path.write_text(src, encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            BUILDER.build(path)


def test_benchmark_scores_the_holdout_with_corpus_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bench_dir = str(REPO / "benchmarks")
    added = bench_dir not in sys.path
    if added:
        sys.path.insert(0, bench_dir)
    try:
        bench = load_script("benchmarks/bench_phi.py", "bench_phi_holdout_run")
        argv = ["--stand-in", "--no-peers", "--no-shared", "--min-mb", "0.01"]
        assert bench.main([*argv, "--corpus", str(HOLDOUT)]) == 0
    finally:
        if added:
            sys.path.remove(bench_dir)
    out = capsys.readouterr().out
    assert f"phi_holdout corpus: {len(RECORDS)} texts" in out
    assert "stand-in on phi_holdout corpus" in out
    assert "synth_dataset_v2" not in out
