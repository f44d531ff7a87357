"""Run the peer PHI detectors of ../shared/tools/deid_peers.py over texts given as JSON.

Started by bench_phi.py with the interpreter of a separate environment that has the peers
installed (presidio-analyzer, scrubadub), so that medtweet's own environment stays clean.

    python _phi_peer_worker.py IN.json OUT.json

IN.json:  {"peers": [...], "corpora": {"name": [text, ...]}, "speed_corpus": "name",
           "min_bytes": int}
OUT.json: {"peer": {"desc": str, "init_s": float, "mb_s": float,
                    "preds": {"corpus": [[[start, end, label], ...], ...]}}
           or {"skipped": reason}}
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

SHARED_TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"


def main(argv: list[str]) -> int:
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    sys.path.insert(0, str(SHARED_TOOLS))
    import deid_peers  # type: ignore[import-not-found]

    out: dict[str, object] = {}
    for name in job["peers"]:
        if name not in deid_peers.PEERS:
            out[name] = {"skipped": f"unknown peer (have: {', '.join(deid_peers.PEERS)})"}
            continue
        try:
            t0 = time.perf_counter()
            detect, desc = deid_peers.PEERS[name]()
            detect("warm-up: Mr. Smith, 3/14, 555-0100.")
            init_s = time.perf_counter() - t0
        except Exception as exc:  # ImportError, missing model, ...
            out[name] = {"skipped": f"{type(exc).__name__}: {exc}"}
            continue
        preds = {
            cname: [[[p[0], p[1], p[2]] for p in detect(t)] for t in texts]
            for cname, texts in job["corpora"].items()
        }
        texts = job["corpora"][job["speed_corpus"]]
        size = sum(len(t.encode("utf-8")) for t in texts)
        reps = max(1, -(-int(job["min_bytes"]) // max(size, 1)))
        t1 = time.perf_counter()
        for _ in range(reps):
            for t in texts:
                detect(t)
        elapsed = time.perf_counter() - t1
        out[name] = {
            "desc": desc,
            "init_s": init_s,
            "mb_s": reps * size / 1e6 / elapsed if elapsed else float("inf"),
            "bytes_timed": reps * size,
            "preds": preds,
        }
    Path(argv[1]).write_text(json.dumps(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
