"""``python -m medtweet``: the ``medtweet`` command."""

from __future__ import annotations

from medtweet.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
