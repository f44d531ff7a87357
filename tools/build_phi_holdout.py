"""Build the held-out PHI evaluation corpus from its marked-up source.

    python tools/build_phi_holdout.py            # writes benchmarks/data/phi_holdout.jsonl
    python tools/build_phi_holdout.py --check    # exit 1 when the .jsonl is stale

Source format (benchmarks/data/phi_holdout_src.txt), one text per line:

- ``=== patient ===``, ``=== deid_patient ===``, ``=== professional ===`` start a group;
- ``;;`` at the start of a line is a comment; blank lines are skipped;
- ``[[category|value]]`` marks a gold span (the value only: no honorific, no cue word);
  the category is one of the 18 names or a short alias (geo, plan, acct, lic, veh, dev,
  bio, oid);
- a literal ``\\n`` inside a line stands for a line break in the post.

Ids are ``h001``, ``h002``... in source order. Offsets are code points, end exclusive.
The builder refuses texts over 280 characters, spans in clean groups, patient stories
without spans, ages under 90, VINs with a wrong check digit and DEA numbers with a wrong
checksum, so the corpus cannot drift from its own conventions.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _phi_corpus import (
    CATEGORIES,
    GROUPS,
    check_record,
    check_unique,
    render,
    strip_marks,
    vin_ok,
)

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "benchmarks" / "data" / "phi_holdout_src.txt"
OUT = ROOT / "benchmarks" / "data" / "phi_holdout.jsonl"

ALIASES = {
    "geo": "geographic",
    "plan": "health_plan",
    "acct": "account",
    "lic": "license",
    "veh": "vehicle",
    "dev": "device",
    "bio": "biometric",
    "oid": "other_id",
}
_MARK = re.compile(r"\[\[([a-z_]+)\|([^\[\]|]+)\]\]")
_HEADER = re.compile(r"===\s*([a-z_]+)\s*===")
_WORD_NUMBERS = {
    "ninety": 90,
    "ninety-one": 91,
    "ninety-two": 92,
    "ninety-three": 93,
    "ninety-four": 94,
    "ninety-five": 95,
    "ninety-six": 96,
    "ninety-seven": 97,
    "ninety-eight": 98,
    "ninety-nine": 99,
    "one hundred": 100,
    "hundred": 100,
    "hundred and one": 101,
    "hundred and two": 102,
    "one hundred and three": 103,
}
AS_OF_YEAR = 2026  # birth years are judged against the corpus's writing year


def dea_ok(dea: str) -> bool:
    """True when a DEA registration number (2 letters + 7 digits) has a valid checksum."""
    m = re.fullmatch(r"[A-Z]{2}(\d{7})", dea)
    if not m:
        return False
    d = [int(c) for c in m.group(1)]
    total = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return total % 10 == d[6]


def age_value(surface: str) -> int:
    """The age an age span stands for (a number, a number in words, or a birth year)."""
    s = surface.lower()
    if s.isdigit():
        n = int(s)
        return AS_OF_YEAR - n if n > 1800 else n
    if s in _WORD_NUMBERS:
        return _WORD_NUMBERS[s]
    raise ValueError(f"age span {surface!r} is neither a number nor a spelled age")


def parse_line(line: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markers from one source line; return the text and its spans."""
    line = line.replace("\\n", "\n")
    text, spans = strip_marks(line, _MARK, ALIASES)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced or malformed marker in {line!r}")
    return text, spans


def _check(rec: dict[str, Any]) -> None:
    text, spans = rec["text"], rec["spans"]
    where = f"{rec['id']} ({text[:40]!r}...)"
    check_record(rec, where)
    for s in spans:
        value = text[s["start"] : s["end"]]
        if s["category"] == "age" and age_value(value) < 90:
            raise ValueError(f"{where}: age {value!r} is under 90")
        is_vin = re.fullmatch(r"[A-Z0-9]{17}", value)
        if s["category"] == "vehicle" and is_vin and not vin_ok(value):
            raise ValueError(f"{where}: VIN {value} has a wrong check digit")
        is_dea = re.fullmatch(r"[A-Z]{2}\d{7}", value)
        if s["category"] == "license" and is_dea and not dea_ok(value):
            raise ValueError(f"{where}: DEA number {value} has a wrong checksum")


def build(src: Path = SRC) -> list[dict[str, Any]]:
    """Parse the source file into corpus records (validated)."""
    group = None
    records: list[dict[str, Any]] = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";;"):
            continue
        h = _HEADER.fullmatch(line)
        if h:
            if h.group(1) not in GROUPS:
                raise ValueError(f"unknown group {h.group(1)!r}")
            group = h.group(1)
            continue
        if group is None:
            raise ValueError("text before the first === group === header")
        text, spans = parse_line(line)
        rec = {"id": f"h{len(records) + 1:03d}", "group": group, "text": text, "spans": spans}
        _check(rec)
        records.append(rec)
    check_unique(records)
    return records


def main(argv: list[str]) -> int:
    records = build()
    text = render(records)
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python tools/build_phi_holdout.py")
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    counts = Counter(s["category"] for r in records for s in r["spans"])
    groups = Counter(r["group"] for r in records)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(records)} texts {dict(groups)}")
    print("spans per category: " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CATEGORIES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
