"""What exactly-once posting costs: XClient.post_thread (journal written atomically after
every step, checks, cost estimate) against a bare requests loop that chains replies, both
posting the same 20-post threads to the sandbox in the same run.

Also times the recovery path: a thread where every post's answer is lost after the server
stored it (each one then looked up on the timeline instead of posted twice).

Run: python benchmarks/bench_client.py [THREADS]
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

import requests

import medtweet as mt
from medtweet.sandbox import SandboxServer

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
POSTS = 20


def texts(run: str, n: int) -> list[str]:
    return [f"{run} thread {n} post {i + 1}/{POSTS} on hyperkalaemia" for i in range(POSTS)]


def bare(sb: SandboxServer, run: str) -> float:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {sb.user_token}"
    start = time.perf_counter()
    for n in range(THREADS):
        previous = None
        for text in texts(run, n):
            body: dict[str, object] = {"text": text}
            if previous:
                body["reply"] = {"in_reply_to_tweet_id": previous}
            answer = session.post(f"{sb.base_url}/2/tweets", json=body, timeout=(3.05, 31))
            answer.raise_for_status()
            previous = answer.json()["data"]["id"]
    return time.perf_counter() - start


def client_run(sb: SandboxServer, run: str, folder: Path | None, *, drop: bool = False) -> float:
    client = mt.XClient(
        mt.OAuth2UserAuth(access_token=sb.user_token),
        base_url=sb.base_url,
        clock=sb.clock.now,
        sleep=sb.clock.advance,
    )
    start = time.perf_counter()
    for n in range(THREADS):
        thread = mt.Thread(posts=tuple(mt.Post(body=t) for t in texts(run, n)))
        if drop:
            sb.faults.add("POST /2/tweets", "drop_after_store", times=POSTS)
        journal = folder / f"{run}-{n}.json" if folder is not None else None
        client.post_thread(thread, journal=journal, delay=0)
    return time.perf_counter() - start


def main() -> None:
    logging.getLogger("medtweet").setLevel(logging.ERROR)
    with SandboxServer() as sb, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for endpoint in ("create_post", "post_cap", "users_me", "user_posts"):
            sb.rate_limits.set_limit(endpoint, app=10**9, user=10**9)
        bare(sb, "warmup")
        base = min(bare(sb, f"bare{i}") for i in range(2))
        ours = min(client_run(sb, f"client{i}", folder) for i in range(2))
        memory = min(client_run(sb, f"memory{i}", None) for i in range(2))
        lossy = client_run(sb, "lossy", folder, drop=True)
        posts = THREADS * POSTS
        stored = len(sb.posts)
    print(f"{THREADS} threads x {POSTS} posts = {posts} posts per run")
    print(f"bare requests loop:              {posts / base:8.0f} posts/s")
    print(f"XClient.post_thread (journal):   {posts / ours:8.0f} posts/s")
    print(f"ratio (client time / bare time): {ours / base:8.2f}x")
    print(f"XClient.post_thread (no file):   {posts / memory:8.0f} posts/s")
    print(f"ratio (no-file time / bare time):{memory / base:8.2f}x")
    print(f"every answer lost after storing: {posts / lossy:8.0f} posts/s (looked up)")
    print(f"posts stored: {stored} (8 runs: expected {posts * 8}, none twice)")


if __name__ == "__main__":
    main()
