"""Output for the command line: results on stdout, progress and errors on stderr.

Progress lines appear only when stderr is a terminal, so piped output stays clean.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "Console", "UsageError", "dumps"]

EXIT_OK = 0
"""Success; for ``check``: nothing blocking found."""
EXIT_FINDINGS = 1
"""``check`` found something; other commands: the work failed (API error, blocked)."""
EXIT_USAGE = 2
"""Bad arguments, unreadable input or missing credentials: nothing was done."""


class UsageError(Exception):
    """A command-line mistake; reported as one line with exit status 2."""


def dumps(obj: Any) -> str:
    """The stable JSON form of command output: sorted keys, UTF-8, two-space indent."""
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=str)


class Console:
    """Where a command writes: ``out`` for results, ``err`` for progress and errors.

    Args:
        out: the result stream (default ``sys.stdout`` at call time).
        err: the diagnostics stream (default ``sys.stderr`` at call time).
        progress: force progress lines on or off (default: only when ``err`` is a terminal).
    """

    def __init__(
        self,
        out: TextIO | None = None,
        err: TextIO | None = None,
        *,
        progress: bool | None = None,
    ) -> None:
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr
        if progress is None:
            isatty = getattr(self.err, "isatty", None)
            progress = bool(isatty and isatty())
        self.progress_on = progress

    def print(self, *parts: object, end: str = "\n") -> None:
        """Write a result line to stdout."""
        print(*parts, end=end, file=self.out, flush=True)

    def note(self, message: str) -> None:
        """Write a diagnostic line to stderr (always shown)."""
        print(message, file=self.err, flush=True)

    def progress(self, message: str) -> None:
        """Write a progress line to stderr, only when it is a terminal."""
        if self.progress_on:
            print(f"… {message}", file=self.err, flush=True)

    @contextmanager
    def library_progress(self) -> Iterator[None]:
        """While active, show the client's log lines on stderr as progress.

        That is each request (posting, uploading, paging) and each notable step (the cost
        estimate, waits, resumes).
        """
        if not self.progress_on:
            yield
            return
        logger = logging.getLogger("medtweet")
        handler = logging.StreamHandler(self.err)
        handler.setFormatter(logging.Formatter("… %(message)s"))
        handler.setLevel(logging.DEBUG)
        previous = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(previous)
