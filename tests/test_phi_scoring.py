"""The PHI benchmark's scoring (benchmarks/_phi_scoring.py) and the benchmark script itself."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


sc = _module(REPO / "benchmarks" / "_phi_scoring.py", "_phi_scoring")


def _rec(text: str, spans: list[tuple[int, int, str]], group: str = "patient") -> object:
    return sc.Record("t", group, text, tuple(sc.Span(a, b, c) for a, b, c in spans))


def test_strict_overlap_and_typed_recall() -> None:
    text = "Mr. Daniel Okafor seen 3/14 in Nampa"
    rec = _rec(text, [(4, 17, "name"), (23, 27, "date"), (31, 36, "geographic")])
    preds = [
        sc.Span(4, 10, "name"),  # "Daniel": 6 of 12 alnum chars -> overlap, not strict
        sc.Span(22, 28, "date"),  # wider than the gold span: strict
        sc.Span(31, 33, "other_id"),  # 2 of 5 chars: neither
    ]
    s = sc.score([rec], [preds])
    assert s.recall("name") == 0.0
    assert s.recall("name", "overlap") == 1.0
    assert s.recall("name", "typed") == 1.0
    assert s.recall("date") == 1.0
    assert s.recall("geographic", "overlap") == 0.0
    assert s.recall("geographic", "typed") == 0.0
    assert s.recall() == pytest.approx(1 / 3)
    assert s.precision() == 1.0
    assert [m[2] for m in s.misses] == ["Daniel Okafor", "Nampa"]


def test_union_of_findings_counts_for_strict_coverage() -> None:
    text = "DOB 4/5/61"
    rec = _rec(text, [(4, 10, "date")])
    preds = [sc.Span(4, 6, "date"), sc.Span(6, 10, "date")]
    assert sc.score([rec], [preds]).recall() == 1.0
    # punctuation inside a gold span need not be covered
    assert (
        sc.score(
            [rec], [[sc.Span(4, 5, "date"), sc.Span(6, 7, "date"), sc.Span(8, 10, "x")]]
        ).recall()
        == 1.0
    )


def test_precision_and_clean_rates() -> None:
    recs = [
        _rec("pt Ann at 555-0100", [(3, 6, "name")]),
        _rec("BP 120/80", [], "deid_patient"),
        _rec("HR 80", [], "deid_patient"),
        _rec("ACC in Chicago", [], "professional"),
    ]
    preds = [
        [sc.Span(3, 6, "name"), sc.Span(10, 18, "phone")],
        [sc.Span(3, 9, "date")],
        [],
        [],
    ]
    s = sc.score(recs, preds)
    assert s.precision() == 0.5
    assert s.clean_rate("deid_patient") == 0.5
    assert s.clean_rate("professional") == 0.0
    assert s.false_positives == [("t", "phone", "555-0100")]
    assert s.clean_hits == [("t", "date", "120/80")]
    table = sc.format_table("demo", s, 2.0)
    assert "deid_patient" in table
    assert "MISS" in table  # 50% of deid posts flagged misses the 3% target


def test_neutral_spans_are_not_scored_nor_false_positives() -> None:
    rec = _rec("Acme Corp hired Jo", [(0, 9, sc.NEUTRAL), (16, 18, "name")])
    s = sc.score([rec], [[sc.Span(0, 4, "name")]])
    assert s.total().n == 1
    assert s.n_pred == 0
    assert s.recall() == 0.0


def test_score_needs_one_prediction_list_per_record() -> None:
    with pytest.raises(ValueError, match="one prediction list"):
        sc.score([_rec("x", [])], [])


def test_corpus_loads() -> None:
    recs = sc.load_corpus()
    assert len(recs) >= 300
    assert {r.group for r in recs} == set(sc.GROUPS)
    assert all(r.text[s.start : s.end] for r in recs for s in r.spans)


def test_shared_datasets_load_with_exact_offsets(shared: Path) -> None:
    gate = sc.load_deidgate(shared)
    assert len(gate) == 15
    cats = {s.category for r in gate for s in r.spans}
    assert "age" in cats
    assert "geo" not in cats
    assert cats - {sc.NEUTRAL} <= set(sc.CATEGORIES)
    pres = sc.load_presidio(shared)
    assert len(pres) == 1500
    cats = {s.category for r in pres for s in r.spans}
    assert cats - {sc.NEUTRAL} <= set(sc.CATEGORIES)
    ages = [r.text[s.start : s.end] for r in pres for s in r.spans if s.category == "age"]
    assert all(int("".join(ch for ch in a if ch.isdigit())[:3]) >= 90 for a in ages)


def test_throughput_is_positive() -> None:
    assert sc.throughput(lambda t: [], ["abc"] * 10, min_bytes=1000) > 0


def test_benchmark_runs_with_the_stand_in(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _module(REPO / "benchmarks" / "bench_phi.py", "bench_phi")
    assert bench.main(["--stand-in", "--no-peers", "--min-mb", "0.01"]) == 0
    out = capsys.readouterr().out
    assert "== stand-in on medtweet corpus" in out
    assert "== regex-baseline on medtweet corpus" in out
    assert "span precision" in out
    assert "MB/s" in out
    spans = bench.baseline("Pt seen 3/14, call 208-555-0134, MRN 4471823")
    assert {s.category for s in spans} >= {"date", "phone", "mrn"}


def test_evaluate_and_figures() -> None:
    s = sc.evaluate(lambda text: [sc.Span(0, len(text), "name")])
    f = sc.figures(s)
    assert f["recall_strict"] == 1.0
    assert f["clean_flagged_deid_patient"] == 1.0
    assert f["clean_flagged_professional"] == 1.0
    assert set(sc.CATEGORIES) == {
        k.removeprefix("recall_strict_")
        for k in f
        if k.count("_") >= 2 and k.startswith("recall_strict_")
    }


def test_the_medtweet_detector_can_leave_out_a_rule() -> None:
    bench = _module(REPO / "benchmarks" / "bench_phi.py", "bench_phi_drop")
    text = "pt admitted yesterday, 58M, MRN 4471823"
    every = {s.rule for s in bench.medtweet_detector()(text)}
    fewer = {s.rule for s in bench.medtweet_detector(drop_rules=["date.relative"])(text)}
    assert "date.relative" in every
    assert fewer == every - {"date.relative"}
