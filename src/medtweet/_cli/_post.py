"""``medtweet post``: check, estimate the cost, ask, then post a draft exactly once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medtweet._cli._check import read_thread
from medtweet._cli._connect import make_client
from medtweet._cli._io import EXIT_OK, Console, UsageError, dumps
from medtweet._errors import BlockedError
from medtweet.x import CostEstimate

__all__ = ["cmd_post", "default_journal"]


def default_journal(draft: str) -> Path:
    """The journal used without ``--journal``: ``DRAFT.journal.json`` beside the draft."""
    path = Path(draft)
    return path.with_name(path.name + ".journal.json")


def cmd_post(args: argparse.Namespace, console: Console) -> int:
    """``medtweet post``: exit 0 posted (or dry run), 1 blocked or refused by X."""
    if args.draft == "-":
        raise UsageError("post needs a draft file (its journal and images live beside it)")
    thread = read_thread(args.draft)
    client = make_client(args, offline_ok=args.dry_run)
    journal: Path | None
    if args.journal:
        journal = Path(args.journal)
    elif args.dry_run:
        journal = None
    else:
        journal = default_journal(args.draft)
    ask = not args.yes and not args.dry_run

    def confirm(cost: CostEstimate) -> bool:
        if not console.progress_on:  # on a terminal the client's progress line says it
            console.note(f"cost estimate: {cost}")
        if not ask:
            return True
        where = f" to the sandbox at {args.sandbox}" if args.sandbox else " to X"
        console.err.write(f"Post {cost.posts} posts{where}? [y/N] ")
        console.err.flush()
        answer = sys.stdin.readline().strip().lower()
        return answer in ("y", "yes")

    try:
        if ask and not sys.stdin.isatty():
            # Check first, so a blocked thread says so; then refuse to spend without consent.
            client.post_thread(thread, acknowledge=args.acknowledge, dry_run=True)
            raise UsageError(
                "not posting: posting costs money and there is no terminal to ask; "
                "pass --yes to post without asking (or --dry-run to see the estimate)"
            )
        posted = client.post_thread(
            thread,
            journal=journal,
            acknowledge=args.acknowledge,
            dry_run=args.dry_run,
            confirm=confirm,
            delay=args.delay,
        )
    except BlockedError as error:
        for line in str(error).splitlines()[1:]:
            console.note(line)
        raise
    if posted.dry_run and not args.dry_run:
        console.note("not posted: you declined")
    if args.json:
        console.print(
            dumps(
                {
                    "version": 1,
                    "dry_run": posted.dry_run,
                    "ids": list(posted.ids),
                    "urls": list(posted.urls),
                    "journal": None if journal is None else str(journal),
                    "complete": posted.complete,
                    "resume_at": None if posted.resume_at is None else posted.resume_at.isoformat(),
                    "cost": None
                    if posted.cost is None
                    else {
                        "posts": posted.cost.posts,
                        "url_posts": posted.cost.url_posts,
                        "total_usd": str(posted.cost.total),
                    },
                }
            )
        )
        return EXIT_OK
    if posted.dry_run:
        console.print(f"dry run: nothing posted; {posted.cost}")
        return EXIT_OK
    for post_id, url in zip(posted.ids, posted.urls, strict=True):
        console.print(f"{post_id} {url}")
    if posted.resume_at is not None:
        console.note(
            f"posted {len(posted.ids)} of {len(thread.posts)}: the rest reveals the poll's "
            f"answer; run the same command again after {posted.resume_at.isoformat()} "
            f"(journal {journal})"
        )
    elif journal is not None:
        console.note(f"journal: {journal} (running the same command again posts nothing twice)")
    return EXIT_OK
