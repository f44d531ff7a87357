"""``medtweet sandbox``: a local X API for trying every command without an account."""

from __future__ import annotations

import argparse
import contextlib
import shlex

from medtweet._cli._io import EXIT_OK, Console, UsageError
from medtweet.sandbox import SandboxClock, SandboxServer

__all__ = ["cmd_sandbox", "sandbox_banner"]


def sandbox_banner(sandbox: SandboxServer) -> str:
    """What to paste into another terminal to use a running sandbox."""
    token = shlex.quote(sandbox.user_token)
    return "\n".join(
        [
            f"medtweet sandbox listening on {sandbox.base_url} (account @{sandbox.username})",
            "In another terminal:",
            f"  export MEDTWEET_X_ACCESS_TOKEN={token}",
            f"  medtweet search '#CardioCon26' --sandbox {sandbox.base_url}",
            f"  medtweet post DRAFT --sandbox {sandbox.base_url}",
            "Stop with Ctrl-C.",
        ]
    )


def cmd_sandbox(args: argparse.Namespace, console: Console) -> int:
    """``medtweet sandbox``: serve until interrupted."""
    seed = None if args.no_seed else (args.seed or "demo")
    try:
        sandbox = SandboxServer(
            port=args.port,
            seed=seed,
            faults=args.faults,
            clock=SandboxClock(ticking=not args.frozen),
        )
        sandbox.start()
    except OSError as error:
        raise UsageError(f"cannot start the sandbox: {error}") from None
    console.print(sandbox_banner(sandbox))
    with contextlib.suppress(KeyboardInterrupt):
        sandbox.serve_forever()
    return EXIT_OK
