"""Hashtag and username helpers shared by queries, posts, archives and digests."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["USERNAME", "hashtags_in", "normalize_tag"]

USERNAME = re.compile(r"^[A-Za-z0-9_]{1,15}$")
"""An X username without the ``@`` (1 to 15 letters, digits or underscores)."""

# Used only until the text engine is present: letters, marks, digits and underscore after a
# '#' or '\uff03' that does not follow a word character or '&'; at least one non-digit.
_FALLBACK = re.compile(
    r"(?<![\w&])[#\uff03]([\w\u200c\u200d\ua67e\u05be\u05f3\u05f4\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7]+)"
)

_extractor: Callable[[str], tuple[str, ...]] | None = None


def _fallback_hashtags(text: str) -> tuple[str, ...]:
    return tuple(tag for tag in _FALLBACK.findall(text) if not tag.isdigit())


def hashtags_in(text: str) -> tuple[str, ...]:
    """Hashtags in ``text`` without the ``#``, in order, as X's extraction finds them.

    Uses ``medtweet.extract_hashtags`` (the text engine).
    """
    global _extractor
    if _extractor is None:
        import medtweet

        found = getattr(medtweet, "extract_hashtags", None)
        _extractor = found if callable(found) else _fallback_hashtags
    return _extractor(text)


def normalize_tag(tag: str) -> str:
    """The form X compares hashtags in: NFKC-normalised, case-folded, without a leading ``#``."""
    return unicodedata.normalize("NFKC", tag.lstrip("#\uff03")).casefold()
