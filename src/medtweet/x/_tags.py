"""Hashtag and username helpers shared by queries, posts, archives and digests."""

from __future__ import annotations

import re
import unicodedata

from medtweet.text import extract_hashtags, is_valid_hashtag

__all__ = ["USERNAME", "hashtags_in", "is_valid_hashtag", "normalize_tag"]

USERNAME = re.compile(r"^[A-Za-z0-9_]{1,15}$")
"""An X username without the ``@`` (1 to 15 letters, digits or underscores)."""


def hashtags_in(text: str) -> tuple[str, ...]:
    """Hashtags in ``text`` without the ``#``, in order, as X's extraction finds them."""
    return extract_hashtags(text)


def normalize_tag(tag: str) -> str:
    """The form X compares hashtags in: NFKC-normalised, case-folded, without a leading ``#``."""
    return unicodedata.normalize("NFKC", tag.lstrip("#\uff03")).casefold()
