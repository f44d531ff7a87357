"""Scripted faults: "the next N matching requests fail like this"."""

from __future__ import annotations

import fnmatch
import json
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, cast, get_args

import attrs

from medtweet._errors import ValidationError

__all__ = ["FAULT_KINDS", "Fault", "FaultKind", "Faults"]

FaultKind = Literal[
    "rate_limit",
    "usage_cap",
    "server_error",
    "bad_gateway",
    "unavailable",
    "html_503",
    "slow",
    "drop",
    "drop_after_store",
    "not_visible",
    "reply_restricted",
    "duplicate",
]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
"""Every fault kind, for validation and documentation.

- ``rate_limit``: 429 ``Too Many Requests`` with ``x-rate-limit-remaining: 0``.
- ``usage_cap``: 429 ``usage-capped`` problem while the rate-limit headers show room.
- ``server_error``/``bad_gateway``/``unavailable``: 500/502/503 with a JSON body.
- ``html_503``: 503 with an HTML body (a proxy's page).
- ``slow``: wait ``delay`` real seconds, then answer normally (a client timeout hides the
  result; a post is stored anyway).
- ``drop``: close the connection without reading further or answering (nothing stored).
- ``drop_after_store``: handle the request (the post is stored), then close the connection
  without answering.
- ``not_visible``: 403 "deleted or not visible" (X's answer to a reply sent too fast).
- ``reply_restricted``: 403 for the 2026 reply restriction of self-serve apps.
- ``duplicate``: 403 duplicate content.
"""


@attrs.define(kw_only=True)
class Fault:
    """One scripted fault.

    Attributes:
        method: HTTP method to match (``*`` for any).
        path: path pattern (``fnmatch`` style, e.g. ``/2/tweets`` or ``/2/media/*``).
        kind: what happens (see :data:`FAULT_KINDS`).
        times: how many matching requests it affects (``None``: every one).
        skip: matching requests to let through before it starts.
        delay: seconds to wait for ``slow``.
        only_replies: for ``POST /2/tweets``, match only requests that are replies.
        hits: how many requests it affected so far.
    """

    method: str
    path: str
    kind: FaultKind
    times: int | None = 1
    skip: int = 0
    delay: float = 1.0
    only_replies: bool = False
    hits: int = 0

    @property
    def spent(self) -> bool:
        """Whether it will affect no more requests."""
        return self.times is not None and self.hits >= self.times

    def matches(self, method: str, path: str, *, is_reply: bool) -> bool:
        """Whether a request is one this fault is about."""
        if self.method not in ("*", method.upper()):
            return False
        if self.only_replies and not is_reply:
            return False
        return fnmatch.fnmatchcase(path, self.path)


class Faults:
    """The fault script of one sandbox (``sb.faults``).

    ``sb.faults.add("POST /2/tweets", "drop_after_store")`` makes the next post request
    store the post and then drop the connection. Faults are tried in the order they were
    added; the first live match applies.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        match: str,
        kind: str,
        *,
        times: int | None = 1,
        skip: int = 0,
        delay: float = 1.0,
        only_replies: bool = False,
    ) -> Fault:
        """Script a fault.

        Args:
            match: ``"METHOD /path"`` or just ``"/path"`` (any method); the path may use
                ``*`` wildcards.
            kind: one of :data:`FAULT_KINDS`.
            times: how many matching requests fail (``None`` for all of them).
            skip: let this many matching requests through first.
            delay: seconds a ``slow`` fault waits before answering.
            only_replies: match only reply posts (for ``not_visible``/``reply_restricted``).

        Returns:
            The fault; its ``hits`` count how often it fired.

        Raises:
            ValueError: for an unknown kind or a malformed matcher.
        """
        if not isinstance(match, str):
            raise TypeError(
                f"match must be a str like 'POST /2/tweets', not {type(match).__name__}"
            )
        if kind not in FAULT_KINDS:
            raise ValidationError(
                f"unknown fault kind {kind!r}; use one of {', '.join(FAULT_KINDS)}"
            )
        method, _, path = match.strip().rpartition(" ")
        method = (method or "*").strip().upper()
        if not path.startswith("/"):
            raise ValidationError(
                f"fault matcher {match!r} must look like 'POST /2/tweets' or '/2/*'"
            )
        if times is not None and times < 1:
            raise ValidationError("times must be at least 1 (or None for every request)")
        fault = Fault(
            method=method,
            path=path,
            kind=cast("FaultKind", kind),
            times=times,
            skip=skip,
            delay=delay,
            only_replies=only_replies,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def load(self, script: Iterable[Mapping[str, Any]] | str | Path) -> list[Fault]:
        """Add faults from dicts or from a JSON file holding a list of them.

        Each dict is ``{"match": ..., "kind": ..., "times": ...}`` (the arguments of :meth:`add`).
        """
        if isinstance(script, str | Path):
            script = json.loads(Path(script).read_text(encoding="utf-8"))
            if not isinstance(script, list):
                raise ValidationError("a fault file holds a JSON list of fault objects")
        added = []
        for entry in script:
            options = dict(entry)
            unknown = set(options) - {"match", "kind", "times", "skip", "delay", "only_replies"}
            if unknown or "match" not in options or "kind" not in options:
                raise ValidationError(
                    f"fault {entry!r}: needs 'match' and 'kind'; unknown keys {sorted(unknown)}"
                )
            added.append(self.add(options.pop("match"), options.pop("kind"), **options))
        return added

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> tuple[Fault, ...]:
        """The faults that can still fire."""
        with self._lock:
            return tuple(f for f in self._faults if not f.spent)

    def take(self, method: str, path: str, *, is_reply: bool = False) -> Fault | None:
        """The fault that applies to this request (counting the hit), if any."""
        with self._lock:
            for fault in self._faults:
                if fault.spent or not fault.matches(method, path, is_reply=is_reply):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.hits += 1
                return fault
        return None
