"""Scoring for PHI detectors against span-labelled corpora (importable by tests and benchmarks).

Matching rule (gold span vs. the findings of one text, any category):

- strict:  the findings together cover every alphanumeric character of the gold span
           (what a redactor needs so that nothing identifying is left behind);
- overlap: the findings together cover at least half of those characters;
- typed:   a finding of the gold span's own category overlaps it.

A text's gold spans with a category in ``NEUTRAL`` (labelled in a foreign dataset but not a
Safe Harbor identifier, e.g. organisations or ages under 90) are not scored, and findings that
touch them count neither for nor against precision.

Span precision is the share of findings (on texts that carry gold spans) that overlap some
gold span. The clean-flag rate of a group is the share of its texts with any finding at all.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# The corpus format (categories, groups, reading a .jsonl) is shared with its builders.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from _phi_corpus import CATEGORIES, CLEAN_GROUPS, read_records
from _phi_corpus import GROUPS as GROUPS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "phi_corpus.jsonl"
SHARED = ROOT.parent / "shared"

NEUTRAL = "neutral"

MATCHING_RULE = (
    "strict = findings (any category) cover every alphanumeric char of the gold span; "
    "overlap = they cover >= 50% of those chars; typed = a finding of the same category "
    "overlaps it. Precision = findings overlapping a gold span / all findings, on texts "
    "with gold spans. Clean flagged = share of a clean group's texts with any finding."
)

TARGETS = {
    "recall_overall": 0.97,
    "recall_category": 0.90,
    "clean_flagged_max": 0.03,
    "mb_per_s": 1.0,
}


@dataclass(frozen=True)
class Span:
    """A labelled or predicted character range (code points, end exclusive)."""

    start: int
    end: int
    category: str
    rule: str = ""


@dataclass(frozen=True)
class Record:
    """One text of a corpus with its gold spans."""

    id: str
    group: str
    text: str
    spans: tuple[Span, ...]


Detector = Callable[[str], Sequence[Span]]


def load_corpus(path: Path = CORPUS) -> list[Record]:
    """Read a corpus in the phi_corpus.jsonl format."""
    return [
        Record(
            r["id"],
            r["group"],
            r["text"],
            tuple(Span(s["start"], s["end"], s["category"]) for s in r["spans"]),
        )
        for r in read_records(path)
    ]


# --------------------------------------------------------------------------- shared datasets
_COUNTRIES = """
afghanistan albania algeria argentina armenia australia austria belgium bolivia brazil
    bulgaria canada chile china colombia croatia cuba cyprus czechia denmark ecuador egypt
    estonia ethiopia finland france georgia germany ghana greece greenland hungary iceland india
    indonesia iran iraq ireland israel italy jamaica japan kenya latvia lithuania luxembourg
    malta mexico morocco netherlands nigeria norway pakistan peru philippines poland portugal
    romania russia serbia singapore slovakia slovenia spain sweden switzerland taiwan thailand
    tunisia turkey uganda ukraine uruguay venezuela vietnam"""
_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
    tennessee texas utah vermont virginia washington wisconsin wyoming"""
_NOT_SUB_STATE = {
    # countries and US states/territories: geography at or above state level is not PHI
    *_COUNTRIES.split(),
    "united states",
    "united kingdom",
    "new zealand",
    "south africa",
    "south korea",
    "czech republic",
    "the netherlands",
    "usa",
    "us",
    "uk",
    *_STATES.split(),
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
    "puerto rico",
}

PRESIDIO_MAP = {
    "PERSON": "name",
    "STREET_ADDRESS": "geographic",
    "GPE": "geographic",
    "ZIP_CODE": "geographic",
    "DATE_TIME": "date",
    "AGE": "age",
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "US_SSN": "ssn",
    "IP_ADDRESS": "ip",
    "DOMAIN_NAME": "url",
    "US_DRIVER_LICENSE": "license",
    "CREDIT_CARD": "account",
    "IBAN_CODE": "account",
    "ORGANIZATION": NEUTRAL,
    "TITLE": NEUTRAL,
    "NRP": NEUTRAL,
}
PRESIDIO_NOTE = (
    "presidio-research labels -> ours: PERSON=name; STREET_ADDRESS, ZIP_CODE, GPE=geographic "
    "(GPE that is a country, US state or 2-letter code is neutral); "
    "DATE_TIME=date (a bare year is neutral); "
    "AGE=age only when >= 90, else neutral; PHONE_NUMBER=phone; EMAIL_ADDRESS=email; "
    "US_SSN=ssn; IP_ADDRESS=ip; DOMAIN_NAME=url; US_DRIVER_LICENSE=license; "
    "CREDIT_CARD, IBAN_CODE=account; ORGANIZATION, TITLE, NRP=neutral (not Safe Harbor)."
)
DEIDGATE_MAP = {"geo": "geographic", "other": "other_id", "photo": NEUTRAL}
DEIDGATE_NOTE = (
    "deidgate labels -> ours: geo=geographic, other=other_id, photo=neutral (an image file "
    "name), a 'date' value written as an age ('94-year-old') = age; the rest keep their name. "
    "Offsets found with text.find(value) in order; every text is treated as a patient story."
)
_YEAR = re.compile(r"\s*\d{4}\s*")
_AGE = re.compile(r"(\d{1,3})")


def _presidio_category(entity: str, value: str) -> str:
    cat = PRESIDIO_MAP.get(entity, NEUTRAL)
    if cat == "geographic" and entity == "GPE":
        v = value.strip()
        if v.lower() in _NOT_SUB_STATE or re.fullmatch(r"[A-Z]{2}", v):
            return NEUTRAL  # a country, a state, or a 2-letter state/province code
    if cat == "date" and _YEAR.fullmatch(value):
        return NEUTRAL
    if cat == "age":
        m = _AGE.search(value)
        return "age" if m and int(m.group(1)) >= 90 else NEUTRAL
    return cat


def load_presidio(shared: Path = SHARED) -> list[Record]:
    """presidio-research synth_dataset_v2.json, relabelled to our categories (see the note)."""
    path = shared / "data" / "deid" / "presidio-research" / "synth_dataset_v2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for i, item in enumerate(data):
        text = item["full_text"]
        spans = tuple(
            Span(
                s["start_position"],
                s["end_position"],
                _presidio_category(s["entity_type"], s["entity_value"]),
            )
            for s in item["spans"]
        )
        out.append(Record(f"presidio-{i + 1:04d}", "patient", text, spans))
    return out


def load_deidgate(shared: Path = SHARED) -> list[Record]:
    """deidgate safeharbor_seed.jsonl with offsets found by text.find (see the note)."""
    path = shared / "data" / "deid" / "deidgate" / "safeharbor_seed.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        text = obj["text"]
        spans = []
        cursor: dict[str, int] = {}
        for phi in obj["phi"]:
            value = phi["value"]
            start = text.find(value, cursor.get(value, 0))
            if start < 0:
                start = text.find(value)
            if start < 0:
                raise ValueError(f"{obj['id']}: {value!r} not in text")
            cursor[value] = start + len(value)
            cat = DEIDGATE_MAP.get(phi["category"], phi["category"])
            if cat == "date" and "year" in value.lower():
                cat = "age"
            spans.append(Span(start, start + len(value), cat))
        out.append(Record(obj["id"], "patient", text, tuple(spans)))
    return out


# --------------------------------------------------------------------------- scoring
def _alnum_positions(text: str, span: Span) -> list[int]:
    pos = [k for k in range(span.start, span.end) if text[k].isalnum()]
    return pos or list(range(span.start, span.end))


def overlaps(a: Span, b: Span) -> bool:
    """True when the two ranges share at least one character."""
    return a.start < b.end and b.start < a.end


def coverage(text: str, gold: Span, preds: Iterable[Span]) -> float:
    """Share of the gold span's alphanumeric characters covered by any prediction."""
    pos = _alnum_positions(text, gold)
    covered = [p for p in preds if overlaps(gold, p)]
    if not covered:
        return 0.0
    hit = sum(1 for k in pos if any(p.start <= k < p.end for p in covered))
    return hit / len(pos)


@dataclass
class CategoryCount:
    """Per-category tallies."""

    n: int = 0
    strict: int = 0
    overlap: int = 0
    typed: int = 0


@dataclass
class Scores:
    """Everything the benchmark table shows for one detector on one corpus."""

    by_category: dict[str, CategoryCount] = field(default_factory=dict)
    n_pred: int = 0
    n_pred_matched: int = 0
    clean: dict[str, list[int]] = field(default_factory=dict)  # group -> [flagged, total]
    misses: list[tuple[str, str, str, float]] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    clean_hits: list[tuple[str, str, str]] = field(default_factory=list)

    def total(self) -> CategoryCount:
        """Tallies summed over categories."""
        t = CategoryCount()
        for c in self.by_category.values():
            t.n += c.n
            t.strict += c.strict
            t.overlap += c.overlap
            t.typed += c.typed
        return t

    def recall(self, category: str | None = None, kind: str = "strict") -> float | None:
        """Recall of one category (or all), by the ``strict``/``overlap``/``typed`` rule."""
        c = self.total() if category is None else self.by_category.get(category)
        if c is None or c.n == 0:
            return None
        return float(getattr(c, kind)) / c.n

    def precision(self) -> float | None:
        """Share of findings on labelled texts that overlap a gold span."""
        return self.n_pred_matched / self.n_pred if self.n_pred else None

    def clean_rate(self, group: str) -> float | None:
        """Share of the group's texts with any finding."""
        flagged, total = self.clean.get(group, [0, 0])
        return flagged / total if total else None


def score(records: Sequence[Record], predictions: Sequence[Sequence[Span]]) -> Scores:
    """Score predictions (one list per record, in order) against the gold spans."""
    if len(records) != len(predictions):
        raise ValueError("one prediction list per record is needed")
    s = Scores()
    for rec, preds in zip(records, predictions, strict=True):
        preds = [p for p in preds if p.end > p.start]
        if rec.group in CLEAN_GROUPS:
            tally = s.clean.setdefault(rec.group, [0, 0])
            tally[1] += 1
            if preds:
                tally[0] += 1
                s.clean_hits.extend((rec.id, p.category, rec.text[p.start : p.end]) for p in preds)
            continue
        gold = [g for g in rec.spans if g.category != NEUTRAL]
        neutral = [g for g in rec.spans if g.category == NEUTRAL]
        for g in gold:
            c = s.by_category.setdefault(g.category, CategoryCount())
            c.n += 1
            cov = coverage(rec.text, g, preds)
            c.strict += cov >= 1.0
            c.overlap += cov >= 0.5
            c.typed += any(overlaps(g, p) and str(p.category) == g.category for p in preds)
            if cov < 1.0:
                s.misses.append((rec.id, g.category, rec.text[g.start : g.end], cov))
        for p in preds:
            if any(overlaps(p, g) for g in gold):
                s.n_pred += 1
                s.n_pred_matched += 1
            elif any(overlaps(p, g) for g in neutral):
                continue
            else:
                s.n_pred += 1
                s.false_positives.append((rec.id, str(p.category), rec.text[p.start : p.end]))
    return s


def evaluate(detect: Detector, records: Sequence[Record] | None = None) -> Scores:
    """Run ``detect`` over a corpus (default: the medtweet development corpus) and score it."""
    recs = load_corpus() if records is None else records
    return score(recs, run(detect, recs))


def figures(s: Scores) -> dict[str, float | None]:
    """The headline figures of a score as a flat mapping (for JSON output and assertions)."""
    out: dict[str, float | None] = {
        "recall_strict": s.recall(),
        "recall_overlap": s.recall(None, "overlap"),
        "precision": s.precision(),
    }
    for group in CLEAN_GROUPS:
        out[f"clean_flagged_{group}"] = s.clean_rate(group)
    for cat in CATEGORIES:
        if cat in s.by_category:
            out[f"recall_strict_{cat}"] = s.recall(cat)
    return out


def run(detect: Detector, records: Sequence[Record]) -> list[list[Span]]:
    """Predictions of ``detect`` for every record."""
    return [list(detect(r.text)) for r in records]


def throughput(
    detect: Detector, texts: Sequence[str], min_bytes: int = 1_000_000, rounds: int = 3
) -> float:
    """MB/s (UTF-8 bytes) of ``detect`` over ``texts`` repeated to at least ``min_bytes``.

    The best of ``rounds`` passes, timed in CPU time of this process: "on one core" is what
    the target asks, and on a shared machine wall-clock time also counts the time other
    processes held the core.
    """
    size = sum(len(t.encode("utf-8")) for t in texts)
    if size == 0:
        return 0.0
    reps = max(1, -(-min_bytes // size))
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(reps):
            for t in texts:
                detect(t)
        best = min(best, time.process_time() - t0)
    return reps * size / 1e6 / best if best > 0 else float("inf")


# --------------------------------------------------------------------------- report
def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.1%}"


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ok" if ok else " MISS")


def format_table(name: str, s: Scores, mb_s: float | None = None) -> str:
    """A plain-text table of one detector's scores, with the targets beside them."""
    lines = [
        f"== {name}",
        f"{'category':12s} {'n':>4s} {'strict':>7s} {'overlap':>7s} {'typed':>7s}",
    ]
    cat_target = TARGETS["recall_category"]
    for cat in CATEGORIES:
        c = s.by_category.get(cat)
        if c is None or c.n == 0:
            continue
        r = s.recall(cat)
        lines.append(
            f"{cat:12s} {c.n:4d} {_pct(r):>7s} {_pct(s.recall(cat, 'overlap')):>7s} "
            f"{_pct(s.recall(cat, 'typed')):>7s}  (target >= {cat_target:.0%}"
            f"{_mark(None if r is None else r >= cat_target)})"
        )
    t = s.total()
    if t.n:
        r = s.recall()
        goal = TARGETS["recall_overall"]
        lines.append(
            f"{'ALL':12s} {t.n:4d} {_pct(r):>7s} {_pct(s.recall(None, 'overlap')):>7s} "
            f"{_pct(s.recall(None, 'typed')):>7s}  (target >= {goal:.0%}"
            f"{_mark(None if r is None else r >= goal)})"
        )
        lines.append(
            f"span precision {_pct(s.precision())} ({s.n_pred_matched}/{s.n_pred} findings "
            "overlap a gold span)"
        )
    for group in CLEAN_GROUPS:
        flagged, total = s.clean.get(group, [0, 0])
        if total:
            rate = flagged / total
            lim = TARGETS["clean_flagged_max"]
            lines.append(
                f"clean {group:13s} flagged {_pct(rate)} ({flagged}/{total}; target <= {lim:.0%}"
                f"{_mark(rate <= lim)})"
            )
    if mb_s is not None:
        lim = TARGETS["mb_per_s"]
        lines.append(
            f"throughput {mb_s:8.2f} MB/s on one core (target >= {lim:g}{_mark(mb_s >= lim)})"
        )
    return "\n".join(lines)
