"""'What did I miss?': search a conference hashtag, keep the posts, read a digest.

Runs against an in-process sandbox seeded with synthetic #CardioCon26 posts; with real
credentials, drop the sandbox and use ``mt.XClient(mt.x.auth_from_env())``.
"""

import tempfile
from pathlib import Path

import medtweet as mt
from medtweet.sandbox import SandboxServer

query = mt.Query().hashtags("CardioCon26").exclude_retweets()

with SandboxServer(seed="demo") as sandbox, tempfile.TemporaryDirectory() as folder:
    client = mt.XClient(sandbox.app_token, base_url=sandbox.base_url)
    print(f"query sent to X: {query}")

    # how busy was the hashtag, day by day (counts are free: no post is billed)
    series = client.count_recent(query, "day")
    print(f"{series.total} posts in the last 7 days")
    print(series.chart())

    # keep yesterday's and today's posts in a JSONL archive, then read the digest offline
    archive = Path(folder) / "cardiocon26.jsonl"
    written = mt.archive(client.search_recent(query, start_time="yesterday"), archive, query=query)
    print(f"archived {written} posts to {archive.name}")
    summary = mt.digest(mt.read_archive(archive), followed=query, title="#CardioCon26", top=3)
    print(summary)
    assert written > 0
    assert "## Top posts" in summary
