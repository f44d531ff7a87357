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

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "benchmarks" / "data" / "phi_holdout_src.txt"
OUT = ROOT / "benchmarks" / "data" / "phi_holdout.jsonl"

CATEGORIES = (
    "name",
    "geographic",
    "date",
    "age",
    "phone",
    "fax",
    "email",
    "ssn",
    "mrn",
    "health_plan",
    "account",
    "license",
    "vehicle",
    "device",
    "url",
    "ip",
    "biometric",
    "other_id",
)
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
GROUPS = ("patient", "deid_patient", "professional")
MAX_LEN = 280

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


def vin_ok(vin: str) -> bool:
    """True when a 17-character VIN carries a valid check digit (position 9)."""
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin):
        return False
    values = {str(d): d for d in range(10)}
    for letters, first in (("ABCDEFGH", 1), ("JKLMN", 1), ("STUVWXYZ", 2)):
        values.update({ch: first + i for i, ch in enumerate(letters)})
    values.update({"P": 7, "R": 9})
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(values[ch] * w for ch, w in zip(vin, weights, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


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
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        before = line[pos : m.start()]
        out.append(before)
        length += len(before)
        cat = ALIASES.get(m.group(1), m.group(1))
        if cat not in CATEGORIES:
            raise ValueError(f"unknown category {m.group(1)!r} in {line!r}")
        value = m.group(2)
        if value != value.strip() or not any(ch.isalnum() for ch in value):
            raise ValueError(f"span value {value!r} has outer spaces or no letters/digits")
        spans.append({"start": length, "end": length + len(value), "category": cat})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced or malformed marker in {line!r}")
    return text, spans


def _check(rec: dict[str, object]) -> None:
    text = rec["text"]
    spans = rec["spans"]
    assert isinstance(text, str)
    assert isinstance(spans, list)
    where = f"{rec['id']} ({text[:40]!r}...)"
    if not text or text != text.strip():
        raise ValueError(f"{where}: empty text or outer whitespace")
    if len(text) > MAX_LEN:
        raise ValueError(f"{where}: {len(text)} characters > {MAX_LEN}")
    if rec["group"] == "patient" and not spans:
        raise ValueError(f"{where}: a patient story needs at least one span")
    if rec["group"] != "patient" and spans:
        raise ValueError(f"{where}: clean groups carry no spans")
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


def build(src: Path = SRC) -> list[dict[str, object]]:
    """Parse the source file into corpus records (validated)."""
    group = None
    records: list[dict[str, object]] = []
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
        rec: dict[str, object] = {
            "id": f"h{len(records) + 1:03d}",
            "group": group,
            "text": text,
            "spans": spans,
        }
        _check(rec)
        records.append(rec)
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        dup = next(t for t in texts if texts.count(t) > 1)
        raise ValueError(f"duplicate text: {dup!r}")
    return records


def render(records: list[dict[str, object]]) -> str:
    """The JSONL text of the records (one object per line, stable key order)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python tools/build_phi_holdout.py")
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    recs = build()
    counts: dict[str, int] = {}
    for r in recs:
        spans = r["spans"]
        assert isinstance(spans, list)
        for s in spans:
            counts[s["category"]] = counts.get(s["category"], 0) + 1
    groups = {g: sum(r["group"] == g for r in recs) for g in GROUPS}
    print(f"wrote {OUT.relative_to(ROOT)}: {len(recs)} texts {groups}")
    print("spans per category: " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CATEGORIES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
