"""A raw detector hit and the scan settings every detector receives."""

from __future__ import annotations

import attrs

from medtweet.phi._model import Category

__all__ = ["Hit", "Scan"]


@attrs.frozen
class Hit:
    """A span a detector flagged, before messages are attached."""

    start: int
    end: int
    category: Category
    rule: str
    blocking: bool = True


@attrs.frozen(kw_only=True)
class Scan:
    """What detectors know besides the text.

    Attributes:
        patient: the text tells a patient's story.
        year: the current year, for birth years that imply an age of 90 or more.
    """

    patient: bool
    year: int
