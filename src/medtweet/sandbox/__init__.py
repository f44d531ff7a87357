"""A local X API v2 for tests and demos: ``with SandboxServer() as sb: ...``.

The sandbox serves the endpoints medtweet uses on 127.0.0.1 with the real API's request
checks, error bodies, rate-limit headers and id scheme, a controllable clock and scriptable
faults. See ``docs/sandbox.md``.
"""

from __future__ import annotations

from medtweet.sandbox._app import Settings
from medtweet.sandbox._clock import SandboxClock
from medtweet.sandbox._faults import FAULT_KINDS, Fault, Faults
from medtweet.sandbox._server import SandboxServer
from medtweet.sandbox._state import SandboxPost

__all__ = [
    "FAULT_KINDS",
    "Fault",
    "Faults",
    "SandboxClock",
    "SandboxPost",
    "SandboxServer",
    "Settings",
]
