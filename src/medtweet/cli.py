"""The ``medtweet`` command: ``medtweet demo``, ``compose``, ``check``, ``post``, ``search``...

Run ``medtweet --help`` or see ``docs/cli.md``. ``main(argv)`` runs a command in-process and
returns its exit status: 0 success, 1 findings or a failed request, 2 usage error.
"""

from __future__ import annotations

from medtweet._cli._main import build_parser, main

__all__ = ["build_parser", "main"]
