"""``redact``: replace every finding with a placeholder such as ``[DATE]``."""

from __future__ import annotations

from typing import Literal

from medtweet.phi._check import check_phi
from medtweet.phi._model import Context, require_str

__all__ = ["RedactStyle", "redact"]

RedactStyle = Literal["placeholder", "mask"]
"""``"placeholder"`` writes ``[NAME]``, ``[DATE]``...; ``"mask"`` writes ``█`` per character."""

_MAX_ROUNDS = 6


def _once(text: str, context: Context | None, style: RedactStyle) -> tuple[str, bool]:
    report = check_phi(text, context=context, year=None)
    if report.ok:
        return text, False
    parts: list[str] = []
    last = 0
    for finding in report.findings:
        parts.append(text[last : finding.start])
        if style == "mask":
            parts.append("█" * (finding.end - finding.start))
        else:
            parts.append(finding.category.placeholder)
        last = finding.end
    parts.append(text[last:])
    return "".join(parts), True


def redact(text: str, *, style: RedactStyle = "placeholder", context: Context | None = None) -> str:
    """Replace each blocking finding of :func:`check_phi` with its category placeholder.

    The result checks clean (with the same ``context``) and redacting it again changes
    nothing. Non-blocking notes are left alone.

    Args:
        text: the post to redact.
        style: ``"placeholder"`` (``[NAME]``, ``[DATE]``, ...) or ``"mask"`` (``█`` for
            each character).
        context: as for :func:`check_phi`; ``None`` decides from the text.

    Returns:
        The redacted text.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if ``style`` or ``context`` is not an allowed value.
    """
    text = require_str(text, "text", "redact")
    if style not in ("placeholder", "mask"):
        msg = f"style must be 'placeholder' or 'mask', not {style!r}"
        raise ValueError(msg)
    for _ in range(_MAX_ROUNDS):
        text, changed = _once(text, context, style)
        if not changed:
            return text
    # A pathological text that keeps producing new findings: mask what is left.
    while True:
        text, changed = _once(text, context, "mask")
        if not changed:
            return text
