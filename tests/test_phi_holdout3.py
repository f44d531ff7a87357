"""The third held-out PHI corpus (benchmarks/data/phi_holdout3.jsonl) is well formed and fresh.

Shape only, like tests/test_phi_holdout2.py whose constants and loader it reuses: the corpus
estimates how check_phi generalises, so no accuracy is asserted.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests._scripts import REPO, load_script

FORMAT = load_script("tools/_phi_corpus.py")
CATEGORIES = set(FORMAT.CATEGORIES)
GROUPS = set(FORMAT.GROUPS)
CLEAN = GROUPS - {"patient"}
HOLDOUT3 = REPO / "benchmarks" / "data" / "phi_holdout3.jsonl"
SRC3 = REPO / "benchmarks" / "data" / "phi_holdout3_src.txt"
EARLIER = [REPO / "benchmarks" / "data" / n for n in ("phi_holdout.jsonl", "phi_holdout2.jsonl")]
BUILDER2 = load_script("tools/build_phi_holdout2.py")
RECORDS = FORMAT.read_records(HOLDOUT3)


def _surfaces(category: str) -> list[str]:
    return list(FORMAT.surfaces(RECORDS, category))


def test_size_and_groups() -> None:
    groups = Counter(r["group"] for r in RECORDS)
    assert len(RECORDS) >= 200
    assert set(groups) == GROUPS
    assert groups["patient"] >= 110
    assert all(groups[g] >= 45 for g in CLEAN)


def test_record_shape_and_ids() -> None:
    assert [r["id"] for r in RECORDS] == [f"r{i:03d}" for i in range(1, len(RECORDS) + 1)]
    for r in RECORDS:
        assert list(r) == ["id", "group", "text", "spans"], r
        assert 0 < len(r["text"]) <= 280, r["id"]
        assert r["text"] == r["text"].strip(), r["id"]
        assert bool(r["spans"]) == (r["group"] == "patient"), r["id"]
        prev_end = 0
        for s in r["spans"]:
            assert list(s) == ["start", "end", "category"], (r["id"], s)
            assert type(s["start"]) is int
            assert type(s["end"]) is int
            assert s["category"] in CATEGORIES, (r["id"], s)
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            surface = r["text"][s["start"] : s["end"]]
            assert surface == surface.strip(), r["id"]
            assert any(c.isalnum() for c in surface), r["id"]
            prev_end = s["end"]


def test_texts_unique_and_independent_of_the_earlier_holdouts() -> None:
    texts = [r["text"] for r in RECORDS]
    assert len(set(texts)) == len(texts)
    for path in EARLIER:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert not {json.loads(line)["text"] for line in lines} & set(texts), path.name


def test_every_category_appears_at_least_six_times() -> None:
    counts = Counter(s["category"] for r in RECORDS for s in r["spans"])
    assert set(counts) == CATEGORIES
    assert not {c: n for c, n in counts.items() if n < 6}


def test_labelling_conventions() -> None:
    honorific = re.compile(r"(?i)^(?:mr|mrs|ms|dr|pt|baby)\b\.?\s")
    assert not [t for t in _surfaces("name") if honorific.match(t)]
    cue = re.compile(r"(?i)^(?:mrn|ssn|ss#|acct|account|har|fin|id|member|dl|dea|vin|sn|zip|fax)\b")
    for cat in CATEGORIES - {"name", "date", "age", "url", "email", "ip"}:
        assert not [t for t in _surfaces(cat) if cue.match(t)], cat
    for t in _surfaces("age"):
        assert BUILDER2.BUILDER.age_value(t) >= 90, t
    assert not [t for t in _surfaces("date") if re.fullmatch(r"(?:19|20)\d\d", t)]
    vins = [t for t in _surfaces("vehicle") if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", t)]
    assert len(vins) >= 2
    assert all(BUILDER2.BUILDER.vin_ok(v) for v in vins)
    deas = [t for t in _surfaces("license") if re.fullmatch(r"[A-Z]{2}\d{7}", t)]
    assert len(deas) >= 2
    assert all(BUILDER2.BUILDER.dea_ok(d) for d in deas)


def test_holdout3_matches_its_source() -> None:
    assert HOLDOUT3.read_text(encoding="utf-8") == BUILDER2.render(BUILDER2.build(SRC3, "r")), (
        "benchmarks/data/phi_holdout3.jsonl is stale: run python tools/build_phi_holdout2.py "
        "--src benchmarks/data/phi_holdout3_src.txt --out benchmarks/data/phi_holdout3.jsonl "
        "--id-prefix r"
    )


def test_builder_id_prefix(tmp_path: Path) -> None:
    src = tmp_path / "src.txt"
    src.write_text("=== patient ===\nMrs. [[name|Ode]] of [[geo|Nampa]]\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    paths = ["--src", str(src), "--out", str(out), "--id-prefix", "r"]
    assert BUILDER2.main([*paths, "--check"]) == 1
    assert BUILDER2.main(paths) == 0
    assert BUILDER2.main([*paths, "--check"]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["id"] == "r001"
    assert rec["spans"] == [
        {"start": 5, "end": 8, "category": "name"},
        {"start": 12, "end": 17, "category": "geographic"},
    ]


def test_benchmark_scores_holdout3(capsys: pytest.CaptureFixture[str]) -> None:
    bench_dir = str(REPO / "benchmarks")
    added = bench_dir not in sys.path
    if added:
        sys.path.insert(0, bench_dir)
    try:
        bench = load_script("benchmarks/bench_phi.py", "bench_phi_holdout3_run")
        argv = ["--stand-in", "--no-peers", "--no-shared", "--min-mb", "0.01"]
        assert bench.main([*argv, "--corpus", str(HOLDOUT3)]) == 0
    finally:
        if added:
            sys.path.remove(bench_dir)
    out = capsys.readouterr().out
    assert f"phi_holdout3 corpus: {len(RECORDS)} texts" in out
