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
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _phi_corpus import CATEGORIES, GROUPS, check_record, check_unique, render, strip_marks

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "phi_corpus_src.txt"
TARGET = ROOT / "tests" / "data" / "phi_corpus.jsonl"

MARK = re.compile(r"\{\{([a-z_]+):(.+?)\}\}")


def parse_line(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip ``{{category:surface}}`` markers; return the text and its spans."""
    text, spans = strip_marks(marked, MARK)
    if "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced marker in: {marked}")
    return text, spans


def build() -> list[dict[str, Any]]:
    """Parse the source file into corpus records."""
    records: list[dict[str, Any]] = []
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
        record = {"id": f"p{len(records) + 1:03d}", "group": group, "text": text, "spans": spans}
        check_record(record, f"line {lineno}")
        records.append(record)
    check_unique(records)
    return records


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
    cats = Counter(str(s["category"]) for r in records for s in r["spans"])
    print(f"wrote {len(records)} texts to {TARGET.relative_to(ROOT)}: {dict(groups)}")
    for c in CATEGORIES:
        print(f"  {c:12s} {cats.get(c, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
