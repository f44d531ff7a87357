"""The posting gate: which findings block a thread, and how PHI findings are acknowledged.

A finding is acknowledged by passing the finding object itself, or its stable key
(:func:`finding_key`), in ``post_thread(..., acknowledge=...)``. The key is
``"<path>:<rule>:<digest>"`` where the digest hashes the path, rule and flagged text: it
stays the same when the thread is rebuilt from the same draft, changes when the flagged
text changes, and does not reveal the flagged text itself (keys are safe to log).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from medtweet._errors import BlockedError

__all__ = ["finding_key", "gate", "is_blocking", "is_phi"]


def _attr(finding: object, *names: str) -> str:
    for name in names:
        value = getattr(finding, name, None)
        if value is not None:
            return str(getattr(value, "value", value))
    return ""


def is_phi(finding: object) -> bool:
    """Whether a finding is about patient information (PHI).

    True for a :class:`medtweet.ThreadFinding` whose ``rule`` starts with ``phi.`` (or that
    carries the underlying ``phi`` finding), and for a bare :class:`medtweet.Finding`.
    """
    if getattr(finding, "phi", None) is not None:
        return True
    rule = _attr(finding, "rule").lower()
    kind = _attr(finding, "kind", "source").lower()
    return (
        rule == "phi"
        or rule.startswith("phi.")
        or kind == "phi"
        or getattr(finding, "category", None) is not None
    )


def is_blocking(finding: object) -> bool:
    """Whether a finding stops posting unless dealt with (PHI findings always do)."""
    return bool(getattr(finding, "blocking", True)) or is_phi(finding)


def finding_key(finding: object) -> str:
    """The stable acknowledgement key of a finding (see the module docs)."""
    path = _attr(finding, "path") or "thread"
    rule = _attr(finding, "rule", "code", "category", "kind") or "finding"
    text = _attr(getattr(finding, "phi", None), "text") or _attr(finding, "text", "message")
    digest = hashlib.sha256(f"{path}\x1f{rule}\x1f{text}".encode()).hexdigest()[:12]
    return f"{path}:{rule}:{digest}"


def _describe(finding: object) -> str:
    path = _attr(finding, "path") or "thread"
    message = _attr(finding, "message") or _attr(finding, "rule") or "finding"
    return f"{path}: {message}"


def gate(findings: Sequence[object], acknowledge: Iterable[object]) -> None:
    """Raise :class:`BlockedError` while blocking findings remain.

    PHI findings pass when acknowledged (object or key); other blocking findings (too long,
    missing alt text, bad poll) must be fixed.
    """
    acknowledged = {a if isinstance(a, str) else finding_key(a) for a in acknowledge}
    fix: list[object] = []
    confirm: list[object] = []
    for finding in findings:
        if is_phi(finding):
            if finding_key(finding) not in acknowledged:
                confirm.append(finding)
        elif is_blocking(finding):
            fix.append(finding)
    if not fix and not confirm:
        return
    lines = []
    if fix:
        lines.append("fix these first:")
        lines.extend(f"  - {_describe(f)}" for f in fix)
    if confirm:
        lines.append(
            "possible patient information; remove it, or acknowledge each finding "
            "(acknowledge=[finding or key]) after checking it is not PHI:"
        )
        lines.extend(f"  - {_describe(f)} [key {finding_key(f)}]" for f in confirm)
    raise BlockedError("not posting the thread:\n" + "\n".join(lines), findings=fix + confirm)
