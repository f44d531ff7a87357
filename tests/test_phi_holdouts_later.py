"""The later held-out PHI corpora (benchmarks/data/phi_holdout{2..125}.jsonl).

Shape only, like tests/test_phi_holdout.py: the corpora estimate how check_phi generalises,
so no accuracy is asserted. All are built by tools/build_phi_holdout2.py from their
marked-up sources, each with its own id prefix.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import pytest

from tests._scripts import REPO, load_script

FORMAT = load_script("tools/_phi_corpus.py")
BUILDER = load_script("tools/build_phi_holdout2.py")
CATEGORIES = set(FORMAT.CATEGORIES)
GROUPS = set(FORMAT.GROUPS)
CLEAN = GROUPS - {"patient"}
DATA = REPO / "benchmarks" / "data"


@attrs.frozen(kw_only=True)
class Holdout:
    """One held-out corpus and the sizes it was written to."""

    name: str
    prefix: str
    at_least: int
    patient: int
    clean: int
    earlier: tuple[str, ...]
    each_category: int = 6  # how often the brief asked each of the 18 categories to appear

    @property
    def path(self) -> Path:
        return DATA / f"{self.name}.jsonl"

    @property
    def source(self) -> Path:
        return DATA / f"{self.name}_src.txt"

    def records(self) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = FORMAT.read_records(self.path)
        return records


def _blind(
    n: int, prefix: str, *, at_least: int, patient: int, clean: int, each_category: int = 6
) -> Holdout:
    """Held-out corpus ``n``, written blind to a brief of these sizes, after all before it."""
    return Holdout(
        name=f"phi_holdout{n}",
        prefix=prefix,
        at_least=at_least,
        patient=patient,
        clean=clean,
        earlier=("phi_holdout", *(f"phi_holdout{k}" for k in range(2, n))),
        each_category=each_category,
    )


# The corpora written to the full brief (round 30 on: 250 texts or more, every category at
# least once), by the round that had them written and how each was scored
_FULL_BRIEF: tuple[tuple[int, str], ...] = (
    # the round-30 corpora: their brief asked for more texts and every category at least once
    (58, "iu"),
    (59, "iv"),
    (60, "iw"),
    (61, "ix"),
    # the round-31 corpora, the same brief with one emphasis each (casual emergency posts,
    # families, posts from outside the US, the rarer identifiers)
    (62, "iy"),
    (63, "iz"),
    (64, "ja"),
    (65, "jb"),
    # the round-32 corpora, the same brief with other emphases (outpatient and telehealth,
    # paediatrics and obstetrics, geriatrics and hospice, many cultures and naming traditions)
    (66, "jc"),
    (67, "jd"),
    (68, "je"),
    (69, "jf"),
    # written during round 32 too, scored with its final rules (mental health and social
    # work; surgery, trauma and intensive care; Latin America and Iberia; a real feed's mix)
    (70, "jg"),
    (71, "jh"),
    (72, "ji"),
    (73, "jj"),
    # written during round 33, scored once with it mid-stop (rural emergency care and EMS;
    # paediatrics and obstetrics in the UK, Ireland, Australia and New Zealand; geriatrics
    # and hospice with Spanish and Portuguese; skin, plastics, dentistry and telehealth in
    # West Africa and Asia)
    (74, "jk"),
    (75, "jl"),
    (76, "jm"),
    (77, "jn"),
    # written during round 33 too, scored with its final rules (internal medicine in the US
    # Midwest and South; psychiatry and street medicine in big cities; cardiology, oncology
    # and transplant in Europe and the Middle East; radiology, pathology, pharmacy and IT)
    (78, "jo"),
    (79, "jp"),
    (80, "jq"),
    (81, "jr"),
    # written during round 34, scored once with it mid-stop (a representative mix of US
    # posts; sports, occupational and military medicine in the US and UK; continental
    # Europe with half the posts in local languages; infectious disease and travel medicine
    # in South and Southeast Asia, the Gulf and East Africa)
    (82, "js"),
    (83, "jt"),
    (84, "ju"),
    (85, "jv"),
    # written during round 34 too, scored with its late rules (a US mix told by nurses,
    # residents and hospitalists; Southern, Eastern and Northern Europe with half the posts
    # in local languages; Latin America and Hispanic communities in the US; primary care and
    # mental health in Canada, the UK, Ireland, Australia and New Zealand)
    (86, "jw"),
    (87, "jx"),
    (88, "jy"),
    (89, "jz"),
    # four more of round 34, scored with its rules later still (everyday US posts; Sub-Saharan
    # Africa; East Asia and the Pacific; US outpatient subspecialty care)
    (90, "ka"),
    (91, "kb"),
    (92, "kc"),
    (93, "kd"),
    # the last four of round 34, scored with its final rules (a representative US feed; the
    # Middle East and North Africa; South Asia; US paediatrics, obstetrics and school health)
    (94, "ke"),
    (95, "kf"),
    (96, "kg"),
    (97, "kh"),
    # the first four of round 35, scored early in it (the Middle East and North Africa; East
    # and Southeast Asia; US emergency care, EMS and billing; South Asian and African
    # paediatric, obstetric and community care)
    (98, "ki"),
    (99, "kj"),
    (100, "kk"),
    (101, "kl"),
    # the last four of round 35, scored with its final rules (a representative English-
    # language feed; North American hospital, palliative and geriatric care; Western and
    # Northern Europe; teaching and research posts that tell real cases)
    (102, "km"),
    (103, "kn"),
    (104, "ko"),
    (105, "kp"),
    # round 36's first two, scored once early in the round (Latin America, Iberia and their
    # US communities; a representative English-language weekday feed)
    (106, "kq"),
    (107, "kr"),
    # round 36's last two, kept sealed and scored once with its final rules (surgery, eyes,
    # teeth and skin in rural and remote places; mental health, addiction, prison and
    # homelessness medicine)
    (108, "ks"),
    (109, "kt"),
    # round 37's first two, scored once early in the round (emergency, prehospital and
    # trauma care in the US South, Midwest and Mountain West; oncology, palliative care and
    # genetics in the UK, Ireland, Australia and South Africa)
    (110, "ku"),
    (111, "kv"),
    # round 37's last two, kept sealed and scored once with its final rules (family
    # medicine, telehealth and public health across Africa, South Asia, the Middle East and
    # their diasporas; an everyday feed of nurses, pharmacists, midwives and students)
    (112, "kw"),
    (113, "kx"),
    # round 38's first two, scored once early in the round (Latin America and US Hispanic
    # communities; device- and data-heavy care with biometrics)
    (114, "ky"),
    (115, "kz"),
    # round 38's last two, kept sealed and scored once with its final rules (rural and
    # remote care from Appalachia to the Arctic, the Baltics, the Balkans and the Pacific;
    # mental health, addiction, social work, school nursing and paediatrics)
    (116, "la"),
    (117, "lb"),
    (118, "lc"),
    (119, "ld"),
    (120, "le"),
    (121, "lf"),
    # round 40's first two, scored once early in the round (Francophone, German- and
    # Dutch-speaking Europe, Quebec and North and West Africa; obstetrics, midwifery,
    # neonatology and fertility)
    (122, "lg"),
    (123, "lh"),
    # round 40's last two, kept sealed and scored once with the round's rules of the time
    # (East and Southeast Asia and their diasporas; outpatient and diagnostic specialties,
    # occupational, VA and correctional health in the US and Canada)
    (124, "li"),
    (125, "lj"),
    # round 41's first two, scored once early in the round (the Middle East and North Africa,
    # with Arabic, Persian and Hebrew script; the Nordic and Baltic countries)
    (126, "lk"),
    (127, "ll"),
    # round 41's last two, kept sealed and scored once with the round's rules of the time
    # (Southeast Asia in its own scripts and languages; US community, rural and home care)
    (128, "lm"),
    (129, "ln"),
    # two more of round 41, kept sealed and scored once with the round's rules of the time
    # (South Asia in its own scripts and languages; Sub-Saharan Africa in its own languages)
    (130, "lo"),
    (131, "lp"),
    # round 42's first two, scored once early in the round (a representative US feed; names
    # and places spelt like ordinary words)
    (132, "lq"),
    (133, "lr"),
    # round 42's last two, kept sealed and scored once with the round's rules of the time
    # (teaching threads that tell a real case; the casual voices of US and Canadian feeds)
    (134, "ls"),
    (135, "lt"),
    # two more of round 42, kept sealed and scored once with the round's last rules (a
    # representative feed from the UK, Ireland, Canada, Australia and New Zealand; a US
    # specialist feed with the rarer identifiers)
    (136, "lu"),
    (137, "lv"),
    # round 43: a representative US feed and places in every form, scored early; names in
    # every form and record numbers with their cues, kept sealed and scored once late
    (138, "lw"),
    (139, "lx"),
    (140, "ly"),
    (141, "lz"),
)

HOLDOUTS = [
    Holdout(
        name="phi_holdout2",
        prefix="q",
        at_least=220,
        patient=120,
        clean=50,
        earlier=("phi_holdout",),
    ),
    Holdout(
        name="phi_holdout3",
        prefix="r",
        at_least=200,
        patient=110,
        clean=45,
        earlier=("phi_holdout", "phi_holdout2"),
    ),
    # the round-5 corpora, written blind (the writers read only the notes and the format;
    # their brief asks for about 240 texts, about 130 of them patient stories)
    *(
        _blind(n, prefix, at_least=240, patient=130, clean=50)
        for n, prefix in (
            (4, "s"),
            (5, "t"),
            (6, "u"),
            (7, "v"),
            (8, "w"),
            (9, "x"),
            (10, "y"),
            (11, "z"),
            (12, "ha"),
            (13, "hb"),
            (14, "hc"),
            (15, "hd"),
            (16, "he"),
            (17, "hf"),
            (18, "hg"),
            (19, "hh"),
            (20, "hi"),
            (21, "hj"),
            (22, "hk"),
            (23, "hl"),
            (24, "hm"),
            (25, "hn"),
            (26, "ho"),
            (27, "hp"),
            (28, "hq"),
            (29, "hr"),
            (30, "hs"),
            (31, "ht"),
            (32, "hu"),
            (33, "hv"),
            (34, "hw"),
            (35, "hx"),
            (36, "hy"),
            (37, "hz"),
            (38, "ia"),
            (39, "ib"),
            (40, "ic"),
            (41, "id"),
            (42, "ie"),
            (43, "if"),
            (44, "ig"),
            (45, "ih"),
            (46, "ii"),
            (47, "ij"),
            (48, "ik"),
            (49, "il"),
            (50, "im"),
            (51, "in"),
            (52, "io"),
            (53, "ip"),
            (54, "iq"),
            (55, "ir"),
            (56, "is"),
            (57, "it"),
        )
    ),
    # the corpora written to the full brief (see _FULL_BRIEF)
    *(
        _blind(n, prefix, at_least=250, patient=150, clean=55, each_category=1)
        for n, prefix in _FULL_BRIEF
    ),
]
each = pytest.mark.parametrize("corpus", HOLDOUTS, ids=lambda h: h.name)


@each
def test_size_and_groups(corpus: Holdout) -> None:
    records = corpus.records()
    groups = Counter(r["group"] for r in records)
    assert len(records) >= corpus.at_least
    assert set(groups) == GROUPS
    assert groups["patient"] >= corpus.patient
    assert all(groups[g] >= corpus.clean for g in CLEAN)


@each
def test_record_shape_and_ids(corpus: Holdout) -> None:
    records = corpus.records()
    expected = [f"{corpus.prefix}{i:03d}" for i in range(1, len(records) + 1)]
    assert [r["id"] for r in records] == expected
    for r in records:
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


@each
def test_texts_unique_and_independent_of_the_earlier_holdouts(corpus: Holdout) -> None:
    texts = [r["text"] for r in corpus.records()]
    assert len(set(texts)) == len(texts)
    for name in corpus.earlier:
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert not {json.loads(line)["text"] for line in lines} & set(texts), name


@each
def test_every_category_appears_as_often_as_the_brief_asked(corpus: Holdout) -> None:
    counts = Counter(s["category"] for r in corpus.records() for s in r["spans"])
    assert set(counts) == CATEGORIES
    assert not {c: n for c, n in counts.items() if n < corpus.each_category}


# The round-5 writers were blind to our conventions, so their labels are kept as written
# (a birth year implying 90+ labelled as a date, an "HAR" cue inside an account span).
@pytest.mark.parametrize("corpus", HOLDOUTS[:2], ids=lambda h: h.name)
def test_labelling_conventions(corpus: Holdout) -> None:
    records = corpus.records()

    def surfaces(category: str) -> list[str]:
        return list(FORMAT.surfaces(records, category))

    honorific = re.compile(r"(?i)^(?:mr|mrs|ms|dr|pt|baby)\b\.?\s")
    assert not [t for t in surfaces("name") if honorific.match(t)]
    cue = re.compile(r"(?i)^(?:mrn|ssn|ss#|acct|account|har|fin|id|member|dl|dea|vin|sn|zip|fax)\b")
    for cat in CATEGORIES - {"name", "date", "age", "url", "email", "ip"}:
        assert not [t for t in surfaces(cat) if cue.match(t)], cat
    for t in surfaces("age"):
        assert BUILDER.BUILDER.age_value(t) >= 90, t
    assert not [t for t in surfaces("date") if re.fullmatch(r"(?:19|20)\d\d", t)]
    vins = [t for t in surfaces("vehicle") if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", t)]
    assert len(vins) >= 2
    assert all(BUILDER.BUILDER.vin_ok(v) for v in vins)
    deas = [t for t in surfaces("license") if re.fullmatch(r"[A-Z]{2}\d{7}", t)]
    assert len(deas) >= 2
    assert all(BUILDER.BUILDER.dea_ok(d) for d in deas)


@each
def test_matches_its_source(corpus: Holdout) -> None:
    built = BUILDER.render(BUILDER.build(corpus.source, corpus.prefix))
    assert corpus.path.read_text(encoding="utf-8") == built, (
        f"benchmarks/data/{corpus.name}.jsonl is stale: run python tools/build_phi_holdout2.py "
        f"--src benchmarks/data/{corpus.name}_src.txt --out benchmarks/data/{corpus.name}.jsonl "
        f"--id-prefix {corpus.prefix}"
    )


@pytest.mark.parametrize("prefix", ["q", "r"])
def test_builder_paths_prefix_and_check(tmp_path: Path, prefix: str) -> None:
    src = tmp_path / "src.txt"
    src.write_text("=== patient ===\nMrs. [[name|Ode]] of [[geo|Nampa]]\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    paths = ["--src", str(src), "--out", str(out), "--id-prefix", prefix]
    assert BUILDER.main([*paths, "--check"]) == 1
    assert BUILDER.main(paths) == 0
    assert BUILDER.main([*paths, "--check"]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["id"] == f"{prefix}001"
    assert rec["spans"] == [
        {"start": 5, "end": 8, "category": "name"},
        {"start": 12, "end": 17, "category": "geographic"},
    ]


def test_builder_refuses_spans_in_clean_groups(tmp_path: Path) -> None:
    src = tmp_path / "src.txt"
    src.write_text("=== professional ===\nDr. [[name|Ode]] speaks\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no spans"):
        BUILDER.build(src)


@each
def test_benchmark_scores_it(corpus: Holdout, capsys: pytest.CaptureFixture[str]) -> None:
    bench_dir = str(REPO / "benchmarks")
    added = bench_dir not in sys.path
    if added:
        sys.path.insert(0, bench_dir)
    try:
        bench = load_script("benchmarks/bench_phi.py", f"bench_phi_{corpus.name}_run")
        argv = ["--stand-in", "--no-peers", "--no-shared", "--min-mb", "0.01"]
        assert bench.main([*argv, "--corpus", str(corpus.path)]) == 0
    finally:
        if added:
            sys.path.remove(bench_dir)
    out = capsys.readouterr().out
    assert f"{corpus.name} corpus: {len(corpus.records())} texts" in out
