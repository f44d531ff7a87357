"""Catch up on a conference: search the sandbox's demo meeting, archive it, print a digest.

Runs offline against medtweet's local sandbox server (synthetic posts, no real accounts).
With a real token, replace the sandbox with ``mt.XClient(os.environ["X_BEARER_TOKEN"])``.
"""

import tempfile
from pathlib import Path

import medtweet as mt
from medtweet.sandbox import SandboxServer

conference = mt.Query().hashtags("CardioCon26").exclude_retweets().lang("en")

with tempfile.TemporaryDirectory() as folder, SandboxServer(seed="demo") as sb:
    client = mt.XClient(
        sb.app_token, base_url=sb.base_url, clock=sb.clock.now, sleep=sb.clock.advance
    )
    path = Path(folder) / "cardiocon26.jsonl"
    count = mt.archive(client.search_pages(conference, start_time="7d"), path)
    print(f"archived {count} posts matching {conference}")
    print(mt.digest(mt.read_archive(path), followed=conference, title="#CardioCon26", top=3))
    hf = list(mt.search_archive(path, hashtags=["cardiotwitter"]))
    print(f"{len(hf)} of them also carry #cardiotwitter")
