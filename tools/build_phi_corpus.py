"""Build tests/data/phi_corpus.jsonl from the marked-up source tools/phi_corpus_src.txt.

The source holds one text per line, grouped under ``@patient``, ``@deid_patient`` and
``@professional`` headers, with gold spans written inline as ``{{category:surface}}``. This
script strips the markers, computes code-point offsets (end exclusive), checks the result and
writes one JSON object per line. Run from anywhere::

    python tools/build_phi_corpus.py            # rewrite the corpus
    python tools/build_phi_corpus.py --check    # fail if the committed corpus is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "phi_corpus_src.txt"
TARGET = ROOT / "tests" / "data" / "phi_corpus.jsonl"

CATEGORIES = [
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
]
GROUPS = ("patient", "deid_patient", "professional")
MAX_LEN = 280
MARK = re.compile(r"\{\{([a-z_]+):(.+?)\}\}")


def parse_line(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip ``{{category:surface}}`` markers; return the text and its spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    cur = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        cur += len(before)
        category, surface = m.group(1), m.group(2)
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} in: {marked}")
        if surface != surface.strip():
            raise ValueError(f"span {surface!r} has outer whitespace in: {marked}")
        spans.append({"start": cur, "end": cur + len(surface), "category": category})
        out.append(surface)
        cur += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced marker in: {marked}")
    return text, spans


def build() -> list[dict[str, object]]:
    """Parse the source file into corpus records."""
    records: list[dict[str, object]] = []
    group: str | None = None
    for lineno, raw in enumerate(SOURCE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@") and " " not in line:
            group = line[1:]
            if group not in GROUPS:
                raise ValueError(f"line {lineno}: unknown group {group!r}")
            continue
        if group is None:
            raise ValueError(f"line {lineno}: text before any @group header")
        text, spans = parse_line(line)
        if len(text) > MAX_LEN:
            raise ValueError(f"line {lineno}: {len(text)} chars > {MAX_LEN}: {text}")
        if group != "patient" and spans:
            raise ValueError(f"line {lineno}: clean group {group} has spans")
        if group == "patient" and not spans:
            raise ValueError(f"line {lineno}: patient story without spans")
        records.append(
            {"id": f"p{len(records) + 1:03d}", "group": group, "text": text, "spans": spans}
        )
    texts = Counter(str(r["text"]) for r in records)
    dupes = [t for t, n in texts.items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate texts: {dupes}")
    return records


def render(records: list[dict[str, object]]) -> str:
    """One JSON object per line, UTF-8, no ASCII escaping."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify the committed corpus")
    args = ap.parse_args(argv)
    records = build()
    content = render(records)
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != content:
            print(f"{TARGET.relative_to(ROOT)} is stale; run tools/build_phi_corpus.py")
            return 1
        print("corpus up to date")
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(content, encoding="utf-8")
    groups = Counter(str(r["group"]) for r in records)
    cats = Counter(str(s["category"]) for r in records for s in r["spans"])  # type: ignore[attr-defined]
    print(f"wrote {len(records)} texts to {TARGET.relative_to(ROOT)}: {dict(groups)}")
    for c in CATEGORIES:
        print(f"  {c:12s} {cats.get(c, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
