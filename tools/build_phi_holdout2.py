"""Build the second held-out PHI evaluation corpus from its marked-up source.

    python tools/build_phi_holdout2.py            # writes benchmarks/data/phi_holdout2.jsonl
    python tools/build_phi_holdout2.py --check    # exit 1 when the .jsonl is stale
    python tools/build_phi_holdout2.py --src S --out O
    python tools/build_phi_holdout2.py --src S --out O --id-prefix r   # ids r001, r002...

The source (benchmarks/data/phi_holdout2_src.txt) uses the markup of the first held-out
corpus, so parsing and validation are the first builder's (``tools/build_phi_holdout.py``:
``build`` and ``render``); this script only changes the paths and numbers the records
``q001``, ``q002``... so the two held-out corpora never share ids.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "benchmarks" / "data" / "phi_holdout2_src.txt"
OUT = ROOT / "benchmarks" / "data" / "phi_holdout2.jsonl"
ID_PREFIX = "q"


def _first_builder() -> ModuleType:
    path = Path(__file__).resolve().with_name("build_phi_holdout.py")
    spec = importlib.util.spec_from_file_location("_build_phi_holdout_for_q", path)
    if spec is None or spec.loader is None:  # pragma: no cover - file is in the repo
        raise ImportError(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BUILDER = _first_builder()


def build(src: Path = SRC, id_prefix: str = ID_PREFIX) -> list[dict[str, object]]:
    """Parse and validate the source with the first builder; number the records q001...."""
    records: list[dict[str, object]] = BUILDER.build(src)
    for i, rec in enumerate(records, start=1):
        rec["id"] = f"{id_prefix}{i:03d}"
    return records


def render(records: list[dict[str, object]]) -> str:
    """The JSONL text of the records (the first builder's format)."""
    text: str = BUILDER.render(records)
    return text


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` verify) the second held-out corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SRC, help="marked-up source file")
    parser.add_argument("--out", type=Path, default=OUT, help="JSONL file to write")
    parser.add_argument("--check", action="store_true", help="exit 1 when --out is stale")
    parser.add_argument("--id-prefix", default=ID_PREFIX, help="letter the record ids start with")
    args = parser.parse_args(argv)
    records = build(args.src, args.id_prefix)
    text = render(records)
    out: Path = args.out
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out.name} is stale: run python tools/build_phi_holdout2.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    groups: dict[str, int] = {}
    cats: dict[str, int] = {}
    for rec in records:
        groups[str(rec["group"])] = groups.get(str(rec["group"]), 0) + 1
        spans = rec["spans"]
        assert isinstance(spans, list)
        for span in spans:
            cats[span["category"]] = cats.get(span["category"], 0) + 1
    print(f"wrote {out.name}: {len(records)} texts {groups}")
    print("spans per category: " + ", ".join(f"{c} {n}" for c, n in cats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
