"""``python -m medtweet.sandbox --port 8000 [--seed FILE|demo] [--faults FILE]``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from medtweet.sandbox._clock import SandboxClock
from medtweet.sandbox._server import SandboxServer


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sandbox until interrupted, printing its URL and credentials."""
    parser = argparse.ArgumentParser(
        prog="python -m medtweet.sandbox",
        description="A local X API v2 on 127.0.0.1 for trying medtweet without credentials.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0: any free)")
    parser.add_argument("--seed", help="JSONL file of posts to load, or 'demo'")
    parser.add_argument("--faults", help="JSON file with a list of faults to script")
    parser.add_argument(
        "--frozen",
        action="store_true",
        help="freeze the clock (by default it ticks with real time)",
    )
    args = parser.parse_args(argv)
    try:
        sandbox = SandboxServer(
            port=args.port,
            seed=args.seed,
            faults=args.faults,
            clock=SandboxClock(ticking=not args.frozen),
        )
        sandbox.start()
    except (OSError, ValueError) as exc:
        print(f"medtweet sandbox: {exc}", file=sys.stderr)
        return 2
    print(f"medtweet sandbox listening on {sandbox.base_url}", flush=True)
    print(f"app token:     {sandbox.app_token}")
    print(f"user token:    {sandbox.user_token}")
    print(f"refresh token: {sandbox.refresh_token}")
    print(f"client id:     {sandbox.client_id}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        sandbox.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
