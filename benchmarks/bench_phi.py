"""Benchmark medtweet.check_phi on the PHI development corpus and the shared datasets.

Prints, per corpus and detector: recall per category (strict full coverage, >= 50% overlap,
and typed), overall recall, span precision, the share of clean posts flagged per clean group,
and throughput in MB/s on one core (corpus repeated to >= 1 MB; best of three passes in CPU
time of the process). Beside medtweet it times, in the same run, a naive regex baseline
written here and, when their environment exists, the peers of ../shared/tools/deid_peers.py
(Presidio with no model, scrubadub).

    python benchmarks/bench_phi.py                  # medtweet + baseline + peers
    python benchmarks/bench_phi.py --stand-in       # a trivial stand-in instead of medtweet
    python benchmarks/bench_phi.py --misses 40      # list misses and false positives
    python benchmarks/bench_phi.py --peers-python PATH/bin/python --peers presidio-regex
    python benchmarks/bench_phi.py --corpus benchmarks/data/phi_holdout.jsonl --no-peers

Peers run in their own virtual environment (default: .peers-venv/ in the repository root, or
$MEDTWEET_PEERS_PYTHON), created with: python -m venv .peers-venv &&
.peers-venv/bin/pip install presidio-analyzer scrubadub
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _phi_scoring as sc

# --------------------------------------------------------------------------- baseline
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
BASELINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net)/\S*")),
    ("ip", re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")),
    ("ssn", re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")),
    ("phone", re.compile(r"(?:\+1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b555-\d{4}\b")),
    ("date", re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")),
    ("date", re.compile(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b")),
    ("age", re.compile(r"\b(?:9\d|1[01]\d)(?= ?(?:yo|y/o|-year-old|M\b|F\b))")),
    ("mrn", re.compile(r"(?i)(?<=MRN )\w+|(?<=MR# )\w+")),
    ("name", re.compile(r"(?<=\b(?:Mr|Ms|Dr)\. )[A-Z][a-z]+|(?<=\bMrs\. )[A-Z][a-z]+")),
    ("geographic", re.compile(r"\b\d{5}(?:-\d{4})?\b")),
]


def baseline(text: str) -> list[sc.Span]:
    """A naive regex detector: common shapes, no context, no checksums."""
    return [
        sc.Span(m.start(), m.end(), cat, f"baseline.{cat}")
        for cat, pat in BASELINE_PATTERNS
        for m in pat.finditer(text)
    ]


_STAND_IN = re.compile(r"\b(?:[A-Z][a-z]+|\S*\d\S*)")


def stand_in(text: str) -> list[sc.Span]:
    """Trivial stand-in for check_phi (flags capitalised words and tokens with digits)."""
    return [sc.Span(m.start(), m.end(), "other_id", "stand_in") for m in _STAND_IN.finditer(text)]


def medtweet_detector(
    context: object = None, drop_rules: Sequence[str] = ()
) -> Callable[[str], list[sc.Span]]:
    """Adapter from medtweet.check_phi findings to scoring spans (less ``drop_rules``)."""
    from medtweet import check_phi

    dropped = frozenset(drop_rules)

    def detect(text: str) -> list[sc.Span]:
        report = check_phi(text, context=context)
        return [
            sc.Span(f.start, f.end, str(f.category), f.rule)
            for f in report.findings
            if f.rule not in dropped
        ]

    return detect


# --------------------------------------------------------------------------- peers
PEER_LABELS = {
    "person": "name",
    "location": "geographic",
    "date_time": "date",
    "date_of_birth": "date",
    "phone_number": "phone",
    "phone": "phone",
    "email_address": "email",
    "email": "email",
    "us_ssn": "ssn",
    "social_security_number": "ssn",
    "ip_address": "ip",
    "url": "url",
    "us_driver_license": "license",
    "medical_license": "license",
    "credit_card": "account",
    "us_bank_number": "account",
    "iban_code": "account",
    "us_passport": "other_id",
    "twitter": "other_id",
}


def find_peers_python(explicit: str | None) -> Path | None:
    cands = [
        explicit,
        os.environ.get("MEDTWEET_PEERS_PYTHON"),
        str(sc.ROOT / ".peers-venv" / "bin" / "python"),
    ]
    for c in cands:
        if c and Path(c).exists():
            return Path(c)
    return None


def run_peers(
    python: Path,
    peers: list[str],
    corpora: dict[str, list[sc.Record]],
    min_bytes: int,
    speed_corpus: str = "medtweet corpus",
) -> dict[str, dict[str, object]]:
    worker = Path(__file__).resolve().parent / "_phi_peer_worker.py"
    job = {
        "peers": peers,
        "corpora": {k: [r.text for r in v] for k, v in corpora.items()},
        "speed_corpus": speed_corpus,
        "min_bytes": min_bytes,
    }
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp, "in.json"), Path(tmp, "out.json")
        inp.write_text(json.dumps(job), encoding="utf-8")
        proc = subprocess.run(
            [str(python), str(worker), str(inp), str(out)],
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            return {p: {"skipped": "worker failed: " + " | ".join(tail)} for p in peers}
        result: dict[str, dict[str, object]] = json.loads(out.read_text(encoding="utf-8"))
        return result


def peer_spans(raw: list[list[object]]) -> list[sc.Span]:
    out = []
    for start, end, label in raw:
        cat = PEER_LABELS.get(str(label).lower(), str(label).lower())
        out.append(sc.Span(int(start), int(end), cat, f"peer.{label}"))
    return out


# --------------------------------------------------------------------------- main
def _lists(s: sc.Scores, limit: int) -> str:
    lines = [f"  misses (not fully covered): {len(s.misses)}"]
    lines += [f"    {i} {c:11s} {t!r} ({cov:.0%})" for i, c, t, cov in s.misses[:limit]]
    lines.append(f"  false positives on labelled texts: {len(s.false_positives)}")
    lines += [f"    {i} {c:11s} {t!r}" for i, c, t in s.false_positives[:limit]]
    lines.append(f"  findings on clean posts: {len(s.clean_hits)}")
    lines += [f"    {i} {c:11s} {t!r}" for i, c, t in s.clean_hits[:limit]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--stand-in",
        action="store_true",
        help="score a trivial stand-in instead of medtweet.check_phi",
    )
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--peers", default="presidio-regex,scrubadub")
    ap.add_argument("--peers-python", default=None)
    ap.add_argument(
        "--peer-min-mb", type=float, default=0.25, help="MB of text to time each (slow) peer on"
    )
    ap.add_argument("--min-mb", type=float, default=1.0)
    ap.add_argument(
        "--shared-context",
        default=None,
        help="context= value passed to check_phi on the shared datasets",
    )
    ap.add_argument("--misses", type=int, default=0, help="list up to N misses/FPs per table")
    ap.add_argument("--json", default=None, help="also write the summary figures to this file")
    ap.add_argument(
        "--corpus",
        default=None,
        help="score this corpus (phi_corpus.jsonl format, e.g. the held-out "
        "benchmarks/data/phi_holdout.jsonl) instead of the development corpus",
    )
    ap.add_argument("--no-shared", action="store_true", help="skip the ../shared datasets")
    ap.add_argument(
        "--drop-rule",
        action="append",
        default=[],
        metavar="RULE",
        help="score as if medtweet had no findings of this rule id (e.g. date.relative, "
        "to compare with labellers who leave relative dates unmarked); repeatable",
    )
    a = ap.parse_args(argv)
    min_bytes = int(a.min_mb * 1e6)

    if a.corpus:
        corpus_path = Path(a.corpus)
        main_corpus = f"{corpus_path.stem} corpus"
        corpora: dict[str, list[sc.Record]] = {main_corpus: sc.load_corpus(corpus_path)}
    else:
        main_corpus = "medtweet corpus"
        corpora = {main_corpus: sc.load_corpus()}
    notes = {}
    shared_ok = (sc.SHARED / "data" / "deid").is_dir()
    if a.no_shared:
        pass
    elif shared_ok:
        corpora["presidio-research synth_dataset_v2"] = sc.load_presidio()
        corpora["deidgate safeharbor_seed"] = sc.load_deidgate()
        notes["presidio-research synth_dataset_v2"] = sc.PRESIDIO_NOTE
        notes["deidgate safeharbor_seed"] = sc.DEIDGATE_NOTE
    else:
        print("../shared/data/deid not found: shared datasets skipped")

    detectors: dict[str, Callable[[str], Sequence[sc.Span]]] = {}
    if a.stand_in:
        detectors["stand-in"] = stand_in
        main_name = "stand-in"
    else:
        try:
            detectors["medtweet"] = medtweet_detector(drop_rules=a.drop_rule)
        except ImportError as exc:
            print(f"medtweet.check_phi is not available ({exc}); use --stand-in")
            return 2
        main_name = "medtweet"
    detectors["regex-baseline"] = baseline

    print(f"python {sys.version.split()[0]}; matching rule: {sc.MATCHING_RULE}")
    for cname, recs in corpora.items():
        groups: dict[str, int] = {}
        for r in recs:
            groups[r.group] = groups.get(r.group, 0) + 1
        n_spans = sum(1 for r in recs for s in r.spans if s.category != sc.NEUTRAL)
        print(f"- {cname}: {len(recs)} texts {groups}, {n_spans} scored gold spans")
        if cname in notes:
            print(f"  {notes[cname]}")

    summary: list[tuple[str, str, sc.Scores, float | None]] = []
    for cname, recs in corpora.items():
        for dname, det in detectors.items():
            if dname.startswith("medtweet") and cname != main_corpus and a.shared_context:
                det = medtweet_detector(a.shared_context, drop_rules=a.drop_rule)
            t0 = time.perf_counter()
            preds = sc.run(det, recs)
            _ = time.perf_counter() - t0
            mb_s = sc.throughput(det, [r.text for r in recs], min_bytes)
            s = sc.score(recs, preds)
            summary.append((cname, dname, s, mb_s))
            print()
            print(sc.format_table(f"{dname} on {cname}", s, mb_s))
            if a.misses:
                print(_lists(s, a.misses))

    peer_results: dict[str, dict[str, object]] = {}
    if not a.no_peers:
        py = find_peers_python(a.peers_python)
        if py is None:
            print(
                "\npeers: no peer environment found (.peers-venv/ or --peers-python); "
                "Presidio/scrubadub not run"
            )
        else:
            print(f"\npeers: running {a.peers} with {py} ...")
            peer_results = run_peers(
                py, a.peers.split(","), corpora, int(a.peer_min_mb * 1e6), main_corpus
            )
            for pname, res in peer_results.items():
                if "skipped" in res:
                    print(f"- {pname}: skipped ({res['skipped']})")
                    continue
                print(
                    f"- {pname}: {res['desc']} (init {float(res['init_s']):.1f} s; "
                    f"timed on {int(res['bytes_timed']) / 1e6:.2f} MB)"
                )
                preds_by_corpus = res["preds"]
                assert isinstance(preds_by_corpus, dict)
                for cname, recs in corpora.items():
                    preds = [peer_spans(p) for p in preds_by_corpus[cname]]
                    s = sc.score(recs, preds)
                    mb_s = float(res["mb_s"]) if cname == main_corpus else None
                    summary.append((cname, pname, s, mb_s))
                    print()
                    print(sc.format_table(f"{pname} on {cname}", s, mb_s))
                    if a.misses:
                        print(_lists(s, a.misses))

    print(
        "\n== summary (strict recall / overlap recall / precision / clean flagged "
        "deid_patient, professional / MB/s)"
    )
    ref = {c: m for c, d, _, m in summary if d == main_name}
    for cname, dname, s, mb_s in summary:
        speed = "" if mb_s is None else f"{mb_s:8.2f} MB/s"
        ratio = ""
        mine = ref.get(cname)
        if mb_s and mine and dname != main_name:
            r = mine / mb_s
            ratio = (
                f"  ({main_name} {r:.1f}x faster)"
                if r >= 1
                else f"  ({main_name} {1 / r:.1f}x slower)"
            )
        print(
            f"{cname[:34]:34s} {dname:16s} R {sc._pct(s.recall())} / "
            f"{sc._pct(s.recall(None, 'overlap'))}"
            f"  P {sc._pct(s.precision())}  clean {sc._pct(s.clean_rate('deid_patient'))},"
            f" {sc._pct(s.clean_rate('professional'))}  {speed}{ratio}"
        )
    if a.json:
        rows = [{"corpus": c, "detector": d, "mb_s": m, **sc.figures(s)} for c, d, s, m in summary]
        Path(a.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    t = sc.TARGETS
    print(
        f"targets: recall >= {t['recall_overall']:.0%} overall and >= {t['recall_category']:.0%}"
        f" per category (strict), clean flagged <= {t['clean_flagged_max']:.0%} per clean "
        f"group, >= {t['mb_per_s']:g} MB/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
