"""The ``medtweet`` parser and ``main``: dispatch, and errors as one line with an exit status."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from medtweet._cli._check import PLATFORMS, cmd_check, cmd_compose
from medtweet._cli._connect import ENV_VARIABLES, add_connection_args, env_name
from medtweet._cli._demo import cmd_demo
from medtweet._cli._io import EXIT_FINDINGS, EXIT_USAGE, Console, UsageError
from medtweet._cli._post import cmd_post
from medtweet._cli._sandbox import cmd_sandbox
from medtweet._cli._search import (
    cmd_counts,
    cmd_digest,
    cmd_follow,
    cmd_poll_results,
    cmd_search,
)
from medtweet._errors import (
    DraftError,
    MedtweetError,
    QueryError,
    UnsupportedAuthError,
    ValidationError,
)

__all__ = ["build_parser", "main"]

Command = Callable[[argparse.Namespace, Console], int]

_EPILOG = (
    "exit status: 0 success (check: nothing blocking), 1 findings or a failed request, "
    "2 usage error (bad arguments, unreadable input, missing credentials).\n"
    "credentials (post, search, follow, counts, poll-results):\n"
    + "\n".join(f"  {env_name(name):<32} {what}" for name, what in ENV_VARIABLES)
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become :class:`UsageError` (one line, exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see {self.prog} --help)")


def _acknowledge(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--acknowledge",
        "--ack",
        action="append",
        default=[],
        metavar="KEY",
        help="a PHI finding you checked and allow (its key, as printed); repeat for each",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``medtweet`` argument parser."""
    parser = _Parser(
        prog="medtweet",
        description="Tweetorials, polls, hashtag following and patient-privacy checks on X.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from medtweet import __version__

    parser.add_argument("--version", action="version", version=f"medtweet {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, func: Command, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_,
            description=help_,
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(func=func)
        return p

    command("demo", cmd_demo, "the whole job offline: compose, check, post, follow, digest")

    p = command("compose", cmd_compose, "preview a draft, or export it as JSON or Markdown")
    p.add_argument("draft", metavar="DRAFT", help="the draft file (- for stdin)")
    p.add_argument("--platform", choices=sorted(PLATFORMS), help="compose for this network")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the thread as JSON (schema v1)")
    out.add_argument("--markdown", action="store_true", help="the tweetorial as Markdown")

    p = command("check", cmd_check, "check drafts, texts and images for PHI and thread problems")
    p.add_argument(
        "inputs", nargs="+", metavar="DRAFT|TEXT|IMAGE", help="files to check, text, or -"
    )
    p.add_argument("--json", action="store_true", help="machine-readable findings")
    p.add_argument("--redact", action="store_true", help="also print the redacted text")
    _acknowledge(p)

    p = command("post", cmd_post, "post a draft as a thread, exactly once")
    p.add_argument("draft", metavar="DRAFT", help="the draft file")
    p.add_argument(
        "--journal",
        metavar="PATH",
        help="progress file for resuming (default: DRAFT.journal.json beside the draft)",
    )
    p.add_argument("--yes", action="store_true", help="post without asking about the cost")
    p.add_argument("--dry-run", action="store_true", help="check and estimate; send nothing")
    p.add_argument(
        "--delay",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="pause between posts (default 2)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable result")
    _acknowledge(p)
    add_connection_args(p)

    p = command("search", cmd_search, "recent posts (7 days) matching an X query")
    p.add_argument("query", metavar="QUERY", help="X query syntax, e.g. '#ACC26 -is:retweet'")
    p.add_argument("--since", metavar="WHEN", help="start: 2h, 3d, yesterday or ISO time")
    p.add_argument("--max", type=int, default=100, metavar="N", help="at most N posts (100)")
    p.add_argument("--jsonl", metavar="OUT", help="archive to a JSONL file instead of printing")
    p.add_argument("--json", action="store_true", help="one JSON object per post")
    add_connection_args(p)

    p = command("follow", cmd_follow, "print new posts matching a query as they appear")
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "--interval",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="seconds between polls (default 60)",
    )
    p.add_argument(
        "--state",
        metavar="PATH",
        help="state file, to carry on after a restart (default: one per query here)",
    )
    p.add_argument("--since", metavar="WHEN", help="on a first run, start from this time")
    p.add_argument("--max-polls", type=int, metavar="N", help="stop after N polls")
    p.add_argument("--jsonl", metavar="OUT", help="also append the posts to a JSONL archive")
    p.add_argument("--json", action="store_true", help="one JSON object per post")
    add_connection_args(p)

    p = command("counts", cmd_counts, "how many posts matched a query, over time")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--granularity", choices=("minute", "hour", "day"), default="hour")
    p.add_argument("--since", metavar="WHEN", help="start: 2h, 3d, yesterday or ISO time")
    p.add_argument("--json", action="store_true", help="the buckets as JSON")
    add_connection_args(p)

    p = command("digest", cmd_digest, "a Markdown 'what did I miss' of JSONL archives")
    p.add_argument("archives", nargs="+", metavar="ARCHIVE")
    p.add_argument("--title", default="What you missed")
    p.add_argument("--top", type=int, default=5, metavar="N", help="entries per section")
    p.add_argument(
        "--followed",
        action="append",
        metavar="TAG",
        help="a hashtag you followed, left out of related tags "
        "(default: the archives' query hashtags)",
    )

    p = command("poll-results", cmd_poll_results, "the votes of a posted poll")
    p.add_argument("id", metavar="ID", help="the id of the post holding the poll")
    p.add_argument("--json", action="store_true")
    add_connection_args(p)

    p = command("sandbox", cmd_sandbox, "run a local X API to try every command offline")
    p.add_argument(
        "--port",
        type=int,
        default=8000,
        help="port on 127.0.0.1 (default 8000; 0 picks a free one)",
    )
    seeds = p.add_mutually_exclusive_group()
    seeds.add_argument(
        "--seed", metavar="FILE", help="JSONL posts to load (default: the demo conference posts)"
    )
    seeds.add_argument("--no-seed", action="store_true", help="start empty")
    p.add_argument("--faults", metavar="FILE", help="JSON list of faults to script")
    p.add_argument("--frozen", action="store_true", help="freeze the sandbox clock")
    return parser


def _exit_status(error: MedtweetError) -> int:
    if isinstance(error, DraftError | QueryError | UnsupportedAuthError):
        return EXIT_USAGE
    if isinstance(error, ValidationError):
        return EXIT_USAGE
    return EXIT_FINDINGS


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "failed"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``medtweet`` command; return its exit status.

    Args:
        argv: the arguments (default ``sys.argv[1:]``).
    """
    console = Console()
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        func: Command | None = getattr(args, "func", None)
        if func is None:
            build_parser().print_help(console.out)
            return EXIT_USAGE
        with console.library_progress():
            return func(args, console)
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    except UsageError as error:
        console.note(f"medtweet: error: {error}")
        return EXIT_USAGE
    except MedtweetError as error:
        name = getattr(args, "command", None) or "medtweet"
        console.note(f"medtweet {name}: {_one_line(str(error))}")
        return _exit_status(error)
    except BrokenPipeError:  # pragma: no cover - output piped to a closed reader
        sys.stderr.close()
        return EXIT_FINDINGS
    except (OSError, UnicodeDecodeError) as error:
        console.note(f"medtweet: error: {error}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        console.note("medtweet: interrupted")
        return 130
