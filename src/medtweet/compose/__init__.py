"""The tweetorial composer: from a physician's draft to a thread that fits.

``compose_thread`` splits text into posts; ``Thread.from_draft`` reads the draft format
(``docs/drafts.md``); a ``Thread`` is checked, previewed, exported and posted as a value.
"""

from __future__ import annotations

from medtweet.compose._live import LiveSession, Speaker
from medtweet.compose._model import Media, OptOut, Post, Reference, ThreadFinding
from medtweet.compose._numbering import CarryOn, LabelPosition, Numbering
from medtweet.compose._thread import DEFAULT, Thread, compose_thread

__all__ = [
    "DEFAULT",
    "CarryOn",
    "LabelPosition",
    "LiveSession",
    "Media",
    "Numbering",
    "OptOut",
    "Post",
    "Reference",
    "Speaker",
    "Thread",
    "ThreadFinding",
    "compose_thread",
]
