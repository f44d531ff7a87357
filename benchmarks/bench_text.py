"""Throughput of medtweet's text engine against the PyPI peer ``twitter-text-parser``.

Usage::

    python benchmarks/bench_text.py [--posts 3000] [--seconds 2] [--no-peer]

Times ``parse_tweet`` and ``extract_entities`` on (a) every text of twitter-text's
``validate.yml`` (read from ``../shared`` beside the checkout) and (b) generated clinical
posts (abbreviations, doses, hashtags, mentions, URLs, emoji). In the same run it times
``twitter-text-parser==3.0.0`` on the same inputs, in its own virtual environment (it
needs ``setuptools<82``), created once under the user's cache folder and reused. It prints
posts per second for both and the ratio. The peer has no hashtag/mention/cashtag
extraction; its URL + emoji extraction is timed as the nearest thing.

``--compare`` runs both on the clinical posts and on as many fuzzed texts and reports
where their URL lists and weighted lengths differ (the peer's URL check is switched to
twitter-text's punycode label check for this, instead of Python's stricter IDNA codec).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import medtweet as mt
from medtweet.text._emoji import find_emoji

HERE = Path(__file__).resolve().parent
VALIDATE = HERE.parent.parent / "shared" / "conformance" / "twitter-text" / "validate.yml"
PEER = "twitter-text-parser==3.0.0"

PEER_SCRIPT = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
import twitter_text as tt
from twitter_text.config import config
v3 = dict(config["version3"])
sets = json.load(open(sys.argv[1], encoding="utf-8"))
seconds = float(sys.argv[2])
if seconds < 0:  # compare mode: results instead of timings
    import re
    module = sys.modules["twitter_text.extract_urls"]

    def js_idna(domain):
        # twitter-text's own check (punycode label lengths), not Python's nameprep codec
        if domain.startswith("xn--") and not module.valid_ascii_domain.search(domain):
            return None
        labels = []
        for label in domain.split("."):
            parts = re.split("[\u3002\uff0e\uff61]", label)
            enc = ".".join(
                p if p.isascii() else "xn--" + p.encode("punycode").decode("ascii") for p in parts
            )
            if not 1 <= len(enc) <= 63:
                return None
            labels.append(enc)
        return ".".join(labels)

    module.idna_to_ascii = js_idna
    out = []
    for t in sets["compare"]:
        r = tt.parse_tweet(t, v3).asdict()
        out.append([r["weightedLength"], [u["url"] for u in tt.extract_urls_with_indices(t)]])
    print(json.dumps(out))
    sys.exit(0)

def rate(fn, texts):
    for t in texts:
        fn(t)
    best = 0.0
    for _ in range(3):
        n = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for t in texts:
                fn(t)
            n += len(texts)
        best = max(best, n / (time.perf_counter() - start))
    return best

def extract(t):
    tt.extract_urls_with_indices(t)
    tt.extract_emojis_with_indices(t)

out = {}
for name, texts in sets.items():
    out[name] = {
        "parse": rate(lambda t: tt.parse_tweet(t, v3), texts),
        "extract": rate(extract, texts),
    }
print(json.dumps(out))
"""

OPENERS = [
    "1/{n} Tweetorial on {topic} {thread}",
    "{topic}: what every intern should know {thread}",
    "Pearl of the day ({topic}) \u2192",
    "Case-based {topic} quiz. Answer below \U0001f447",
    "Journal club: {topic}",
]
FACTS = [
    "Na+ < 125 mEq/L with seizures \u2192 3% saline 100 mL IV bolus.",
    "Start metoprolol 25 mg PO b.i.d.; target HR 60\u201370.",
    "eGFR \u2265 30 mL/min/1.73m\u00b2 before metformin \u2022 hold for contrast.",
    "Troponin \u2191 \u00d7 2 at 3 h \u2248 NSTEMI until proven otherwise.",
    "Temp 38.5 \u00b0C, WBC 14 \u00d7 10\u2079/L, lactate 2.1 mmol/L \u2026 sepsis bundle.",
    "Vancomycin AUC/MIC 400\u2013600; trough alone is not enough.",
    "CHA\u2082DS\u2082-VASc \u2265 2 in men \u2192 anticoagulate (see et.al 2019).",
    "Dose 0.1 \u00b5g/kg/min, titrate q5min; MAP \u2265 65.",
    "Ozempic\u00ae 0.25 mg weekly \u00d7 4 weeks, then 0.5 mg.",
    "p < 0.05 is not the whole story; NNT = 25 (95% CI 15\u201380).",
    "K+ 6.8 with peaked T waves: calcium gluconate 10% 10 mL IV first!",
    "\u03b1-blockers before \u03b2-blockers in pheo \u2014 always.",
]
TAGS = ["#MedEd", "#MedTwitter", "#CardioTwitter", "#FOAMed", "#AHA25", "#nephrology", "#IDtwitter"]
USERS = ["@NEJM", "@TheLancet", "@dr_smith", "@ACCinTouch", "@JAMA_current"]
URLS = [
    "https://doi.org/10.1056/NEJMoa2034577",
    "https://pubmed.ncbi.nlm.nih.gov/31475794/",
    "https://www.ahajournals.org/doi/10.1161/CIR.0000000000001123",
    "bit.ly/3xYz9Qa",
    "https://clinicaltrials.gov/study/NCT04280705?term=sepsis",
]
EMOJI = [
    "\U0001fa7a",
    "\U0001f9f5",
    "\U0001f489",
    "\u2764\ufe0f",
    "\U0001f44d\U0001f3fd",
    "\U0001f9d1\u200d\u2695\ufe0f",
    "\U0001f6a8",
    "\U0001f4a1",
]
TOPICS = ["hyponatremia", "AF anticoagulation", "sepsis", "DKA", "heart failure", "AKI"]


def clinical_posts(count: int, seed: int = 20261126) -> list[str]:
    """Realistic, varied posts of 80-280 characters."""
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        n = rng.randint(5, 15)
        parts = [rng.choice(OPENERS).format(n=n, topic=rng.choice(TOPICS), thread="\U0001f9f5")]
        parts += rng.sample(FACTS, rng.randint(1, 2))
        if rng.random() < 0.7:
            parts.append(" ".join(rng.sample(TAGS, rng.randint(1, 3))))
        if rng.random() < 0.5:
            parts.append("cc " + rng.choice(USERS))
        if rng.random() < 0.6:
            parts.append(rng.choice(URLS))
        if rng.random() < 0.5:
            parts.append(rng.choice(EMOJI))
        posts.append(" ".join(parts))
    return posts


def rate(fn: Callable[[str], object], texts: list[str], seconds: float) -> float:
    """Best of three windows, texts per second."""
    for t in texts:
        fn(t)
    best = 0.0
    for _ in range(3):
        n = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for t in texts:
                fn(t)
            n += len(texts)
        best = max(best, n / (time.perf_counter() - start))
    return best


FUZZ_TOKENS = [
    "#MedEd", "@dr_x", "https://doi.org/10.1/x", "http://", "t.co/ab", ".com", "et.al",
    "Rx.md", "example.org/a(b)c", "?q=1&x", ".", "/", "-", "_", "#", "@", "&", "(", ")",
    "\U0001f637", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u200d", "\ufe0f",
    "\u20e3", "1", "\U0001f3fd", "\u00e9", "e\u0301", "\u65e5\u672c", "\u3002", "\u2265",
    "\u2192", " ", " ", " ", "abc", "www", "foo.bar", "xn--ls8h", "\u202a", "\u0430\u0431",
    ".co.uk", ":", "8080", "x" * 70, "\U0001f1ec\U0001f1e7", "\u2764\ufe0f", "\u263a",
    "(x)", "(a(b)c)", "?", "!", ",", "=", ";", "~", "|", "[", "]", "$", "%", "+", "\u2013",
    "\u0436", "/p", "@(x)", "a.co/", "t.co/a?b=(1)",
]  # fmt: skip


def fuzz_texts(count: int, seed: int = 7) -> list[str]:
    """Adversarial mixes of URL pieces, sigils, emoji parts and scripts."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(FUZZ_TOKENS) for _ in range(rng.randint(1, 30))) for _ in range(count)
    ]


def known_divergence(text: str) -> str | None:
    """Why the peer may count differently, for differences documented in docs/text.md."""
    if "\r" in text:
        return "CR/CRLF (the peer rewrites it)"
    if any(c in "\u00a9\u00ae" and text[i + 1 : i + 2] != "\ufe0f" for i, c in enumerate(text)):
        return "bare \u00a9/\u00ae (the peer counts an emoji)"
    if any(end - start > 1 for start, end in find_emoji(text)):
        return "an emoji sequence (the peer's data is Unicode 12; ours is current)"
    return None


def compare(texts: list[str]) -> None:
    """Run the peer on ``texts`` and report where it and medtweet disagree."""
    theirs = run_peer({"compare": texts}, -1.0)
    same_urls = same_weight = explained = 0
    reasons: dict[str, int] = {}
    other: list[str] = []
    for text, (weight, urls) in zip(texts, theirs, strict=True):
        same_urls += list(mt.extract_urls(text)) == urls
        if mt.weighted_length(text) == weight:
            same_weight += 1
            continue
        reason = known_divergence(text)
        if reason is None:
            other.append(text)
        else:
            explained += 1
            reasons[reason] = reasons.get(reason, 0) + 1
    print(f"compared with the peer on {len(texts)} texts:")
    print(f"  URL lists identical: {same_urls}/{len(texts)}")
    print(f"  weighted length identical: {same_weight}/{len(texts)}; documented differences:")
    for reason, count in sorted(reasons.items()):
        print(f"    {count:5d}  {reason}")
    print(f"  unexplained differences: {len(other)}")
    for text in other[:5]:
        print(f"    {text!r}")


def peer_python() -> Path:
    """The peer's interpreter, in a venv under the cache folder (created on first use)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    if not os.access(cache.parent if not cache.exists() else cache, os.W_OK):
        cache = Path(tempfile.gettempdir())
    root = cache / "medtweet-bench" / "peer-twitter-text-parser-3.0.0"
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        print(f"creating the peer's environment in {root} ...", file=sys.stderr)
        venv.create(root, with_pip=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", PEER, "setuptools<82"], check=True
        )
    return python


def run_peer(sets: dict[str, list[str]], seconds: float) -> Any:
    python = peer_python()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "inputs.json"
        data.write_text(json.dumps(sets), encoding="utf-8")
        done = subprocess.run(
            [str(python), "-c", PEER_SCRIPT, str(data), str(seconds)],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def load_validate() -> list[str]:
    import yaml

    with VALIDATE.open(encoding="utf-8") as fh:
        tests = yaml.safe_load(fh)["tests"]
    return [case["text"] for cases in tests.values() for case in cases]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--posts", type=int, default=3000, help="generated clinical posts")
    ap.add_argument("--seconds", type=float, default=2.0, help="timing budget per measurement")
    ap.add_argument("--no-peer", action="store_true", help="time medtweet only")
    ap.add_argument(
        "--compare",
        action="store_true",
        help="instead of timing, compare results with the peer on clinical and fuzzed texts",
    )
    args = ap.parse_args(argv)
    if args.compare:
        compare(clinical_posts(args.posts) + fuzz_texts(args.posts))
        return 0

    sets = {"clinical posts": clinical_posts(args.posts)}
    if VALIDATE.exists():
        every = load_validate()
        sets["validate.yml texts"] = every
        sets["validate.yml texts <= 1000 chars"] = [t for t in every if len(t) <= 1000]
    else:
        print(f"({VALIDATE} not found: validate.yml inputs skipped)")

    ours = {
        name: {
            "parse": rate(mt.parse_tweet, texts, args.seconds),
            "extract": rate(mt.extract_entities, texts, args.seconds),
        }
        for name, texts in sets.items()
    }
    peer = None if args.no_peer else run_peer(sets, args.seconds)

    print(f"medtweet {mt.__version__} vs {PEER}, Python {sys.version.split()[0]}")
    print(f"{'input set':40s} {'operation':18s} {'medtweet/s':>12s} {'peer/s':>10s} {'ratio':>7s}")
    for name, texts in sets.items():
        label = f"{name} ({len(texts)})"
        for op, title in (("parse", "parse_tweet"), ("extract", "extract_entities*")):
            mine = ours[name][op]
            if peer is None:
                print(f"{label:40s} {title:18s} {mine:12,.0f}")
                continue
            theirs = peer[name][op]
            print(f"{label:40s} {title:18s} {mine:12,.0f} {theirs:10,.0f} {mine / theirs:6.1f}x")
    if peer is not None:
        print("* the peer has no entity extraction; its URL + emoji extraction is timed instead.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
