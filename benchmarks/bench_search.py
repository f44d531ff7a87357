"""Stream 100,000 posts from an API server and from a JSONL archive; posts/s and memory growth.

Targets (issue 7): memory growth under 50 MB at 100,000 posts (streaming, not lists);
offline archive search at least 50,000 posts/s. Baselines timed in the same run: bare
``json.loads`` of every line (the floor any JSONL reader pays), and loading a whole archive
into a list (what streaming avoids).

Run: python benchmarks/bench_search.py [N] [SANDBOX_N]
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import medtweet as mt

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
# The sandbox evaluates the query over every stored post on each request, so a page costs
# O(stored posts): 100,000 seeded posts stream at about 50 posts/s. Default to fewer.
SANDBOX_N = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
PAGE = 100
T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
TAGS = ["AHA25", "cardiotwitter", "HFpEF", "MedTwitter", "ESC25", "tweetiatricians"]
WORDS = [
    "late",
    "breaking",
    "trial",
    "results",
    "show",
    "reduced",
    "mortality",
    "in",
    "patients",
    "with",
    "heart",
    "failure",
]


def api_post(n: int) -> dict[str, Any]:
    tags = [TAGS[n % 6], TAGS[(n * 7) % 6]] if n % 3 else [TAGS[(n // 3) % 6]]
    text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(12))
    text += " " + " ".join("#" + t for t in dict.fromkeys(tags))
    return {
        "id": str(1_860_000_000_000_000_000 + n),
        "text": text,
        "author_id": str(1000 + n % 500),
        "created_at": (T0 + timedelta(seconds=3 * n)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "conversation_id": str(1_860_000_000_000_000_000 + n),
        "lang": "en",
        "public_metrics": {
            "like_count": n % 97,
            "retweet_count": n % 13,
            "reply_count": n % 5,
            "quote_count": n % 3,
        },
        "entities": {
            "hashtags": [{"start": 0, "end": 0, "tag": t} for t in dict.fromkeys(tags)],
            "urls": [
                {"url": "https://t.co/x", "expanded_url": f"https://doi.org/10.1056/NEJMoa{n % 50}"}
            ]
            if n % 10 == 0
            else [],
        },
    }


def api_page(start: int, count: int) -> dict[str, Any]:
    data = [api_post(n) for n in range(start, start + count)]
    authors = sorted({p["author_id"] for p in data})
    return {
        "data": data,
        "includes": {
            "users": [{"id": a, "username": f"doc{a}", "name": f"Dr {a}"} for a in authors]
        },
        "meta": {
            "result_count": len(data),
            "newest_id": data[0]["id"],
            "oldest_id": data[-1]["id"],
        },
    }


def measure(label: str, run: Callable[[], int], baseline_rate: float | None = None) -> float:
    """Time untraced passes (best of two), then measure peak memory growth in a traced pass."""
    rate = 0.0
    for _ in range(2):  # best of two: the machine may be shared
        started = time.perf_counter()
        count = run()
        rate = max(rate, count / (time.perf_counter() - started))
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    growth = (peak - before) / 1e6
    ratio = f"  {rate / baseline_rate:5.2f}x json.loads" if baseline_rate else ""
    print(f"{label:<44} {count:>7} {rate:>9,.0f} posts/s {growth:7.1f} MB{ratio}")
    return rate


def drain(items: Iterable[object]) -> int:
    count = 0
    for _ in items:
        count += 1
    return count


def archive_half(folder: Path) -> None:
    pages_file = folder / "pages.jsonl"
    posts_file = folder / "posts.jsonl"
    mt.archive(
        (api_page(s, min(PAGE, N - s)) for s in range(0, N, PAGE)),
        pages_file,
        query="#AHA25",
        endpoint="/2/tweets/search/recent",
    )
    mt.archive(mt.read_archive(pages_file), posts_file, query="#AHA25")
    print(
        f"archives: pages {pages_file.stat().st_size / 1e6:.0f} MB, "
        f"posts {posts_file.stat().st_size / 1e6:.0f} MB"
    )

    def json_floor(path: Path) -> int:
        count = 0
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                obj = json.loads(line)
                count += len(obj.get("data") or ()) or ("post" in obj)
        return count

    def whole_list(path: Path) -> int:
        return len(list(mt.read_archive(path)))

    for name, path in (("pages", pages_file), ("posts", posts_file)):
        floor = measure(f"json.loads floor, {name}", lambda p=path: json_floor(p))
        measure(f"read_archive, {name}", lambda p=path: drain(mt.read_archive(p)), floor)
        measure(
            f"search_archive #AHA25, {name}",
            lambda p=path: drain(mt.search_archive(p, hashtags="aha25")) and N,
            floor,
        )
        measure(
            f"search tag+window+author, {name}",
            lambda p=path: (
                drain(
                    mt.search_archive(
                        p,
                        hashtags=["HFpEF", "esc25"],
                        start_time=T0 + timedelta(hours=20),
                        end_time=T0 + timedelta(hours=60),
                        authors=["doc1001", "1002"],
                    )
                )
                and N
            ),
            floor,
        )
        measure(f"baseline list(read_archive), {name}", lambda p=path: whole_list(p))
    measure(
        "digest of the posts archive", lambda: len(mt.digest(mt.read_archive(posts_file))) and N
    )


class FakeApi(BaseHTTPRequestHandler):
    """A loopback stand-in for the sandbox: recent search over N generated posts."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        params = dict(parse_qsl(urlsplit(self.path).query))
        offset = int(params.get("next_token", "0"))
        size = int(params.get("max_results", "10"))
        body = api_page(offset, min(size, N - offset))
        if offset + size < N:
            body["meta"]["next_token"] = str(offset + size)
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def sandbox_half(count: int) -> None:
    """Seed the sandbox with generated posts and stream them back through XClient."""
    from medtweet.sandbox import SandboxServer

    seed = (
        {
            "author": f"doc{n % 500}",
            "text": api_post(n)["text"],
            "minutes_ago": 8000 - n * (7000 / count),
            "likes": n % 97,
        }
        for n in range(count)
    )
    with SandboxServer(seed=seed) as sb:
        client = mt.XClient(
            sb.app_token,
            base_url=sb.base_url,
            clock=sb.clock.now,
            sleep=lambda seconds: sb.clock.advance(seconds),
        )
        tag = mt.Query().hashtags(*TAGS)
        measure(
            f"sandbox search_recent, {count:,} seeded",
            lambda: drain(client.search_recent(tag, start_time="7d")),
        )


def loopback_half() -> None:
    """Stream N posts from a minimal loopback API: the client's own cost and memory."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeApi)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        client = mt.XClient("bench-token", base_url=f"http://127.0.0.1:{httpd.server_address[1]}")
        measure(
            "search_recent, loopback stand-in server",
            lambda: drain(client.search_recent("#AHA25", max_items=N)),
        )
    finally:
        httpd.shutdown()
        httpd.server_close()


def main() -> None:
    print(f"medtweet {mt.__version__}, {N:,} posts")
    print(f"{'':<44} {'posts':>7} {'speed':>17} {'peak growth':>10}")
    with tempfile.TemporaryDirectory() as folder:
        archive_half(Path(folder))
    loopback_half()
    try:
        import medtweet.sandbox  # noqa: F401
    except ImportError:
        print("sandbox: medtweet.sandbox is not available; sandbox half skipped")
    else:
        sandbox_half(SANDBOX_N)


if __name__ == "__main__":
    main()
