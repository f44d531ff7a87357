"""``search``, ``follow``, ``counts``, ``digest`` and ``poll-results``."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from medtweet._cli._connect import make_client
from medtweet._cli._io import EXIT_OK, Console, UsageError, dumps
from medtweet.text import extract_hashtags
from medtweet.x import XPost, archive, digest, read_archive, read_provenance

__all__ = [
    "cmd_counts",
    "cmd_digest",
    "cmd_follow",
    "cmd_poll_results",
    "cmd_search",
    "default_follow_state",
    "post_line",
]

_RECENT = "/2/tweets/search/recent"


def post_line(post: XPost) -> str:
    """One post as one line: time, author and text (newlines folded)."""
    when = post.created_at.strftime("%Y-%m-%d %H:%M") if post.created_at else "?"
    who = f"@{post.author_username}" if post.author_username else f"user {post.author_id}"
    text = " ".join(post.text.split())
    return f"{post.id}  {when}  {who}: {text}"


def _echo(posts: Iterable[XPost], console: Console, *, as_json: bool) -> Iterator[XPost]:
    """Print each post (a line, or JSON when ``as_json``) as it passes; progress every 100."""
    for count, post in enumerate(posts, start=1):
        if as_json:
            console.print(json.dumps(post.to_json(), sort_keys=True, ensure_ascii=False))
        else:
            console.print(post_line(post))
        if count % 100 == 0:
            console.progress(f"{count} posts")
        yield post


def _count(posts: Iterable[XPost], console: Console) -> Iterator[XPost]:
    for count, post in enumerate(posts, start=1):
        if count % 100 == 0:
            console.progress(f"{count} posts")
        yield post


def cmd_search(args: argparse.Namespace, console: Console) -> int:
    """``medtweet search``: recent posts matching a query, printed or archived."""
    client = make_client(args)
    posts = client.search_recent(args.query, start_time=args.since, max_items=args.max)
    if args.jsonl:
        written = archive(_count(posts, console), args.jsonl, query=args.query, endpoint=_RECENT)
        if args.json:
            console.print(dumps({"version": 1, "written": written, "archive": args.jsonl}))
        else:
            console.print(f"{written} posts archived to {args.jsonl}")
        return EXIT_OK
    shown = sum(1 for _ in _echo(posts, console, as_json=args.json))
    if not args.json:
        console.note(f"{shown} posts")
    return EXIT_OK


def default_follow_state(query: str) -> Path:
    """The state file ``follow`` uses without ``--state``: one per query, in the current folder."""
    digest_ = hashlib.sha256(query.encode()).hexdigest()[:10]
    return Path(f".medtweet-follow-{digest_}.json")


def cmd_follow(args: argparse.Namespace, console: Console) -> int:
    """``medtweet follow``: print new posts as they appear until interrupted (or --max-polls)."""
    client = make_client(args)
    state = Path(args.state) if args.state else default_follow_state(args.query)
    console.progress(f"following {args.query!r} every {args.interval:g}s (state {state})")
    posts = client.follow(
        args.query,
        interval=args.interval,
        state=state,
        start_time=args.since,
        max_polls=args.max_polls,
    )
    echoed = _echo(posts, console, as_json=args.json)
    if args.jsonl:
        archive(echoed, args.jsonl, query=args.query, endpoint=_RECENT, append=True)
    else:
        for _ in echoed:
            pass
    return EXIT_OK


def cmd_counts(args: argparse.Namespace, console: Console) -> int:
    """``medtweet counts``: posts per minute, hour or day over the last 7 days."""
    client = make_client(args)
    series = client.count_recent(args.query, args.granularity, start_time=args.since)
    if args.json:
        console.print(
            dumps(
                {
                    "version": 1,
                    "query": series.query,
                    "granularity": series.granularity,
                    "total": series.total,
                    "buckets": [
                        {"start": b.start.isoformat(), "end": b.end.isoformat(), "count": b.count}
                        for b in series.buckets
                    ],
                }
            )
        )
        return EXIT_OK
    console.print(f"{series.total} posts matching {series.query} (per {series.granularity})")
    console.print(series.chart().rstrip("\n"))
    return EXIT_OK


def cmd_digest(args: argparse.Namespace, console: Console) -> int:
    """``medtweet digest``: a Markdown "what did I miss" of JSONL archives."""
    for name in args.archives:
        if not Path(name).is_file():
            raise UsageError(f"no such archive: {name}")
    followed: list[str] = list(args.followed or ())
    if not followed:
        for provenance in read_provenance(args.archives):
            followed.extend(extract_hashtags(provenance.query or ""))
    text = digest(
        _count(read_archive(args.archives), console),
        followed=followed,
        title=args.title,
        top=args.top,
    )
    console.print(text.rstrip("\n"))
    return EXIT_OK


def cmd_poll_results(args: argparse.Namespace, console: Console) -> int:
    """``medtweet poll-results``: the votes of a posted poll."""
    client = make_client(args)
    results = client.poll_results(args.id)
    percentages = results.percentages
    if args.json:
        console.print(
            dumps(
                {
                    "version": 1,
                    "id": args.id,
                    "closed": results.is_closed,
                    "total": results.total,
                    "winner": results.winner,
                    "options": [
                        {"label": label, "votes": votes, "percent": pct}
                        for label, votes, pct in zip(
                            results.labels, results.votes, percentages, strict=True
                        )
                    ],
                }
            )
        )
        return EXIT_OK
    state = "closed" if results.is_closed else "open"
    console.print(f"poll on post {args.id}: {results.total} votes, {state}")
    for number, (label, votes, pct) in enumerate(
        zip(results.labels, results.votes, percentages, strict=True), start=1
    ):
        mark = " ✅" if results.winner == number - 1 else ""
        console.print(f"  {number}. {label}: {votes} ({pct}%){mark}")
    return EXIT_OK
