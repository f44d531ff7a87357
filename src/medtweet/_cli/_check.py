"""``medtweet compose`` and ``medtweet check``: preview a draft, find what must not be posted."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from medtweet._cli._io import EXIT_FINDINGS, EXIT_OK, Console, UsageError, dumps
from medtweet.compose import Thread
from medtweet.phi import check_image, check_phi, redact
from medtweet.platform import BLUESKY, MASTODON, X_PREMIUM, Platform, X
from medtweet.x import finding_key

__all__ = [
    "PLATFORMS",
    "IMAGE_SUFFIXES",
    "CheckedInput",
    "Issue",
    "check_inputs",
    "cmd_check",
    "cmd_compose",
    "read_thread",
]

PLATFORMS: dict[str, Platform] = {p.name: p for p in (X, X_PREMIUM, BLUESKY, MASTODON)}
"""Platforms by their command-line name (``x``, ``x-premium``, ``bluesky``, ``mastodon``)."""

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".dcm", ".tif", ".tiff"})
"""Files with these suffixes are checked as images (metadata, DICOM)."""

_TEXT_SUFFIXES = frozenset({".md", ".txt", ".markdown", ".draft", ".text"})
_PATHLIKE = re.compile(r"^\S+$")


@attrs.frozen(kw_only=True)
class Issue:
    """One finding as the command line reports it (the ``--json`` shape of a finding).

    Attributes:
        path: where it is (``posts[1].text``, ``text``, ``image``).
        rule: a stable rule id (``phi.name``, ``length``, ``image.gps``...).
        message: what is wrong and what to do.
        blocking: whether it stops posting (and makes ``check`` exit 1).
        phi: whether it is about patient information (those can be acknowledged).
        category: the Safe Harbor category of a PHI finding, else ``None``.
        text: the flagged text, if any.
        start: where the flagged text starts in the checked text, if known.
        end: where it ends, if known.
        key: the acknowledgement key (``--acknowledge KEY``); safe to log.
        acknowledged: a PHI finding the user acknowledged.
    """

    path: str
    rule: str
    message: str
    blocking: bool
    phi: bool
    category: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    key: str
    acknowledged: bool = False

    @property
    def counts(self) -> bool:
        """Whether it makes ``check`` fail: blocking and not acknowledged."""
        return self.blocking and not self.acknowledged

    def to_json(self) -> dict[str, Any]:
        """The JSON form (keys are stable)."""
        return attrs.asdict(self)


@attrs.frozen(kw_only=True)
class CheckedInput:
    """The findings about one argument of ``medtweet check``."""

    name: str
    kind: str
    issues: tuple[Issue, ...]
    redacted: str | None = None

    @property
    def ok(self) -> bool:
        """Nothing blocking remains."""
        return not any(issue.counts for issue in self.issues)

    def to_json(self) -> dict[str, Any]:
        """The JSON form (keys are stable)."""
        obj: dict[str, Any] = {
            "input": self.name,
            "kind": self.kind,
            "ok": self.ok,
            "findings": [issue.to_json() for issue in self.issues],
        }
        if self.redacted is not None:
            obj["redacted"] = self.redacted
        return obj


def _value(obj: object) -> str | None:
    if obj is None:
        return None
    return str(getattr(obj, "value", obj))


def _from_thread(finding: Any, acknowledged: frozenset[str]) -> Issue:
    phi = getattr(finding, "phi", None)
    is_phi = phi is not None or str(finding.rule).startswith("phi.")
    key = finding_key(finding)
    return Issue(
        path=finding.path,
        rule=finding.rule,
        message=finding.message,
        blocking=bool(finding.blocking),
        phi=is_phi,
        category=_value(getattr(phi, "category", None)),
        text=getattr(phi, "text", None) or None,
        start=getattr(phi, "start", None) if getattr(phi, "text", None) else None,
        end=getattr(phi, "end", None) if getattr(phi, "text", None) else None,
        key=key,
        acknowledged=is_phi and key in acknowledged,
    )


def _from_phi(finding: Any, path: str, acknowledged: frozenset[str]) -> Issue:
    key = finding_key(finding)
    return Issue(
        path=path,
        rule=f"phi.{finding.rule}" if not str(finding.rule).startswith("phi.") else finding.rule,
        message=finding.message,
        blocking=bool(finding.blocking),
        phi=True,
        category=_value(finding.category),
        text=finding.text or None,
        start=finding.start if finding.text else None,
        end=finding.end if finding.text else None,
        key=key,
        acknowledged=key in acknowledged,
    )


def looks_like_file(arg: str) -> bool:
    """Whether an argument names a file rather than being text to check."""
    if not _PATHLIKE.match(arg):
        return False
    suffix = Path(arg).suffix.lower()
    return suffix in IMAGE_SUFFIXES or suffix in _TEXT_SUFFIXES or "/" in arg or "\\" in arg


def read_thread(source: str, platform: Platform | None = None) -> Thread:
    """Read a draft file (``-`` for stdin) into a thread.

    Raises:
        UsageError: the file does not exist or cannot be read.
        DraftError: the draft is malformed (the message names the line).
    """
    if source == "-":
        return Thread.from_draft(sys.stdin.read(), base_dir=Path.cwd(), platform=platform)
    path = Path(source)
    if not path.is_file():
        raise UsageError(f"no such draft file: {source}")
    try:
        return Thread.from_draft_file(path, platform=platform)
    except UnicodeDecodeError:
        raise UsageError(f"{source} is not UTF-8 text; save the draft as UTF-8") from None


def check_inputs(
    args: Sequence[str], *, acknowledge: Iterable[str] = (), want_redacted: bool = False
) -> list[CheckedInput]:
    """Check drafts, images and texts as ``medtweet check`` does.

    Each argument is an image file (by suffix), a draft file (any other existing file, or one
    that looks like a file name), ``-`` (text from stdin), or else the text to check.

    Raises:
        UsageError: a file-like argument that does not exist.
    """
    acked = frozenset(acknowledge)
    results: list[CheckedInput] = []
    for arg in args:
        path = Path(arg)
        if arg == "-":
            text = sys.stdin.read()
            issues = tuple(_from_phi(f, "text", acked) for f in _phi_findings(text))
            redacted = redact(text) if want_redacted else None
            results.append(CheckedInput(name="-", kind="text", issues=issues, redacted=redacted))
        elif path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES:
            found = check_image(path.read_bytes())
            issues = tuple(_from_phi(f, "image", acked) for f in found)
            results.append(CheckedInput(name=arg, kind="image", issues=issues))
        elif path.is_file():
            thread = read_thread(arg)
            issues = tuple(_from_thread(f, acked) for f in thread.check())
            redacted = None
            if want_redacted:
                redacted = redact(path.read_text(encoding="utf-8"))
            results.append(CheckedInput(name=arg, kind="draft", issues=issues, redacted=redacted))
        elif looks_like_file(arg):
            raise UsageError(
                f"no such file: {arg} (to check text that looks like a file name, pipe it to -)"
            )
        else:
            issues = tuple(_from_phi(f, "text", acked) for f in _phi_findings(arg))
            redacted = redact(arg) if want_redacted else None
            results.append(CheckedInput(name=arg, kind="text", issues=issues, redacted=redacted))
    return results


def _phi_findings(text: str) -> tuple[Any, ...]:
    report = check_phi(text)
    return tuple(report.findings) + tuple(report.notes)


def _label(result: CheckedInput) -> str:
    if result.kind == "text":
        short = " ".join(result.name.split())
        return f"text {short[:40]!r}" + ("…" if len(short) > 40 else "")
    return result.name


def render_issue(issue: Issue, *, show_key: bool = True) -> str:
    """One finding as a line of text (and the key to acknowledge it, for drafts)."""
    status = "acknowledged" if issue.acknowledged else "BLOCKING" if issue.blocking else "advice"
    line = f"  {status:<12} {issue.path}: {issue.message} [{issue.rule}]"
    if show_key and issue.phi and not issue.acknowledged:
        line += f"\n               acknowledge with: --acknowledge {issue.key}"
    return line


def cmd_check(args: argparse.Namespace, console: Console) -> int:
    """``medtweet check``: exit 0 when nothing blocks, 1 when something does."""
    results = check_inputs(args.inputs, acknowledge=args.acknowledge, want_redacted=args.redact)
    ok = all(r.ok for r in results)
    if args.json:
        console.print(dumps({"version": 1, "ok": ok, "inputs": [r.to_json() for r in results]}))
        return EXIT_OK if ok else EXIT_FINDINGS
    for result in results:
        blocking = sum(1 for i in result.issues if i.counts)
        others = len(result.issues) - blocking
        if not result.issues:
            console.print(f"{_label(result)}: clean")
        else:
            console.print(f"{_label(result)}: {blocking} blocking, {others} other")
            for issue in result.issues:
                console.print(render_issue(issue, show_key=result.kind == "draft"))
        if result.redacted is not None:
            console.print("redacted:")
            console.print(result.redacted.rstrip("\n"))
    return EXIT_OK if ok else EXIT_FINDINGS


def cmd_compose(args: argparse.Namespace, console: Console) -> int:
    """``medtweet compose``: the preview, or the thread as JSON or Markdown."""
    platform = PLATFORMS[args.platform] if args.platform else None
    thread = read_thread(args.draft, platform)
    if args.json:
        console.print(thread.to_json())
    elif args.markdown:
        console.print(thread.to_markdown().rstrip("\n"))
    else:
        console.print(thread.preview().rstrip("\n"))
    return EXIT_OK
