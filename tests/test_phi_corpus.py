"""The PHI development corpus (tests/data/phi_corpus.jsonl) is well formed and up to date."""

from __future__ import annotations

import re
from collections import Counter

import pytest

import medtweet
from tests._scripts import REPO, load_script

FORMAT = load_script("tools/_phi_corpus.py")
CORPUS = REPO / "tests" / "data" / "phi_corpus.jsonl"
CATEGORIES = set(FORMAT.CATEGORIES)
GROUPS = set(FORMAT.GROUPS)
CLEAN = set(FORMAT.CLEAN_GROUPS)
RECORDS = FORMAT.read_records(CORPUS)


def test_size_and_groups() -> None:
    groups = Counter(r["group"] for r in RECORDS)
    assert len(RECORDS) >= 300
    assert set(groups) == GROUPS
    assert groups["patient"] >= 150
    assert groups["deid_patient"] >= 90
    assert groups["professional"] >= 90


def test_record_shape() -> None:
    for r in RECORDS:
        assert set(r) == {"id", "group", "text", "spans"}, r
        assert isinstance(r["id"], str)
        assert re.fullmatch(r"p\d{3,}", r["id"]), r["id"]
        assert r["group"] in GROUPS
        assert isinstance(r["text"], str)
        assert 0 < len(r["text"]) <= 280, r["id"]
        assert r["text"] == r["text"].strip(), r["id"]
        assert isinstance(r["spans"], list)
        for s in r["spans"]:
            assert set(s) == {"start", "end", "category"}, (r["id"], s)
            assert type(s["start"]) is int
            assert type(s["end"]) is int
            assert s["category"] in CATEGORIES, (r["id"], s)


def test_ids_and_texts_unique() -> None:
    ids = [r["id"] for r in RECORDS]
    texts = [r["text"] for r in RECORDS]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)


def test_spans_inside_text_sorted_and_disjoint() -> None:
    assert [p for r in RECORDS for p in FORMAT.span_problems(r)] == []


def test_clean_groups_have_no_spans_and_patient_stories_do() -> None:
    for r in RECORDS:
        if r["group"] in CLEAN:
            assert r["spans"] == [], r["id"]
        else:
            assert r["spans"], r["id"]


def test_every_category_is_well_represented() -> None:
    counts = Counter(s["category"] for r in RECORDS for s in r["spans"])
    assert set(counts) == CATEGORIES
    thin = {c: n for c, n in counts.items() if n < 8}
    assert not thin, f"categories with fewer than 8 gold spans: {thin}"


def _surfaces(category: str) -> list[str]:
    return list(FORMAT.surfaces(RECORDS, category))


def test_labelling_conventions() -> None:
    # names exclude honorifics; identifier spans hold the value, not its cue
    honorific = re.compile(r"(?i)^(?:mr|mrs|ms|dr|pt|baby)\b\.?\s")
    assert not [t for t in _surfaces("name") if honorific.match(t)]
    cue = re.compile(r"(?i)^(?:mrn|mr#|ssn|acct|account|id|member|dl|cdl|vin|plate|sn|serial|rx)\b")
    for cat in ("ssn", "mrn", "health_plan", "account", "license", "vehicle", "device"):
        assert not [t for t in _surfaces(cat) if cue.match(t)], cat
    # ages are the number of an age of 90+ (or a birth year implying one)
    for t in _surfaces("age"):
        assert t.isdigit(), t
        assert int(t) >= 90, t
        assert not 120 < int(t) < 1800, t
        if int(t) > 1800:
            assert int(t) <= 1936, t


def test_vins_carry_valid_check_digits() -> None:
    vins = [t for t in _surfaces("vehicle") if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", t)]
    assert len(vins) >= 4
    assert all(FORMAT.vin_ok(v) for v in vins), vins


def test_corpus_matches_its_source() -> None:
    builder = load_script("tools/build_phi_corpus.py")
    expected = builder.render(builder.build())
    assert CORPUS.read_text(encoding="utf-8") == expected, (
        "tests/data/phi_corpus.jsonl is stale: run python tools/build_phi_corpus.py"
    )


def test_builder_rejects_bad_markup() -> None:
    builder = load_script("tools/build_phi_corpus.py")
    text, spans = builder.parse_line("Mr. {{name:Ode}} seen {{date:3/14}}.")
    assert text == "Mr. Ode seen 3/14."
    assert spans == [
        {"start": 4, "end": 7, "category": "name"},
        {"start": 13, "end": 17, "category": "date"},
    ]
    with pytest.raises(ValueError, match="unknown category"):
        builder.parse_line("{{zip:83301}}")
    with pytest.raises(ValueError, match="unbalanced"):
        builder.parse_line("{{name:Ode}")


def test_categories_match_the_library() -> None:
    assert {str(c) for c in medtweet.Category} == CATEGORIES


def test_span_problems_are_found() -> None:
    record = {
        "id": "x1",
        "text": "Mr. Ode, 3/14",
        "spans": [
            {"start": 4, "end": 8, "category": "name"},  # "Ode," ends on a comma: fine
            {"start": 6, "end": 7, "category": "name"},  # overlaps
            {"start": 8, "end": 10, "category": "date"},  # " 3": padded
            {"start": 12, "end": 20, "category": "date"},  # past the end
        ],
    }
    problems = FORMAT.span_problems(record)
    assert len(problems) == 3
    assert "overlaps" in problems[0]
    assert "padded" in problems[1]
    assert "outside" in problems[2]
