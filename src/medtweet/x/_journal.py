"""The posting journal: a JSON file, rewritten atomically after every step of a thread.

States of one post: ``pending`` (not sent), ``sending`` (a request may have reached X:
look before posting again) and ``posted`` (its id is known).
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import attrs

__all__ = ["FORMAT", "Journal", "Step", "StepState"]

FORMAT = "medtweet-journal"
VERSION = 1

StepState = Literal["pending", "sending", "posted"]


@attrs.define(kw_only=True)
class Step:
    """What the journal knows about one post of the thread."""

    index: int
    state: StepState = "pending"
    id: str | None = None
    sent_at: str | None = None
    attempts: int = 0


@attrs.define(kw_only=True)
class Journal:
    """Progress of one thread; ``path=None`` keeps it in memory only."""

    path: Path | None
    fingerprint: str
    steps: list[Step]
    user_id: str | None = None
    username: str | None = None
    finished: bool = False

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Journal:
        """Read an existing journal, whatever thread it belongs to.

        Raises:
            ValueError: the file is missing or is not a journal.
        """
        where = Path(path)
        try:
            raw: dict[str, Any] = json.loads(where.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{where} is not a readable medtweet journal: {exc}") from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError(f"{where} is not a medtweet journal (format {FORMAT} v{VERSION})")
        return cls.open(where, fingerprint=str(raw.get("fingerprint")), count=len(raw["steps"]))

    def forget_posted(self, ids: set[str]) -> None:
        """Mark the steps holding ``ids`` as not posted (after deleting them), and save."""
        for step in self.steps:
            if step.id in ids:
                step.state, step.id = "pending", None
        self.finished = False
        self.save()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None, *, fingerprint: str, count: int) -> Journal:
        """Load the journal at ``path``, or start a new one (written on the first save).

        Raises:
            ValueError: the file belongs to another thread or is not a journal.
        """
        where = Path(path) if path is not None else None
        if where is None or not where.exists():
            return cls(
                path=where,
                fingerprint=fingerprint,
                steps=[Step(index=i) for i in range(count)],
            )
        try:
            raw: dict[str, Any] = json.loads(where.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{where} is not a readable medtweet journal: {exc}") from exc
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise ValueError(f"{where} is not a medtweet journal (format {FORMAT} v{VERSION})")
        if raw.get("fingerprint") != fingerprint or len(raw.get("steps", ())) != count:
            raise ValueError(
                f"{where} is the journal of another thread (the posts differ); pass another "
                "journal path, or delete this file if that thread is done"
            )
        steps = [
            Step(
                index=int(s["index"]),
                state=s.get("state", "pending"),
                id=s.get("id"),
                sent_at=s.get("sent_at"),
                attempts=int(s.get("attempts", 0)),
            )
            for s in raw["steps"]
        ]
        return cls(
            path=where,
            fingerprint=fingerprint,
            steps=steps,
            user_id=raw.get("user_id"),
            username=raw.get("username"),
            finished=bool(raw.get("finished", False)),
        )

    def to_json(self) -> dict[str, Any]:
        """The file's content."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "fingerprint": self.fingerprint,
            "user_id": self.user_id,
            "username": self.username,
            "finished": self.finished,
            "steps": [attrs.asdict(step) for step in self.steps],
        }

    def save(self) -> None:
        """Write the file atomically: a temporary file in the same folder, then ``os.replace``."""
        if self.path is None:
            return
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json(), indent=2)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _sync_folder(folder)

    def mark_sending(self, index: int, at: datetime) -> None:
        """Record that post ``index`` is about to be sent, and save."""
        step = self.steps[index]
        step.state = "sending"
        step.sent_at = at.isoformat()
        step.attempts += 1
        self.save()

    def mark_posted(self, index: int, post_id: str) -> None:
        """Record the id of post ``index``, and save."""
        step = self.steps[index]
        step.state = "posted"
        step.id = post_id
        self.save()

    def mark_pending(self, index: int) -> None:
        """Record that X refused post ``index`` (nothing stored), and save."""
        self.steps[index].state = "pending"
        self.save()

    @property
    def ids(self) -> tuple[str, ...]:
        """Ids of the posts known to be on X, in thread order (stops at the first gap)."""
        found: list[str] = []
        for step in self.steps:
            if step.state != "posted" or step.id is None:
                break
            found.append(step.id)
        return tuple(found)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
