"""The values the text engine returns."""

from __future__ import annotations

from typing import Literal

import attrs

EntityKind = Literal["hashtag", "mention", "list", "url", "cashtag"]
"""What an :class:`Entity` is."""


@attrs.frozen(kw_only=True)
class TextStats:
    """How a platform measures a post.

    Attributes:
        weighted_length: the length in the platform's own unit (X: weighted characters;
            Bluesky: graphemes; Mastodon: characters).
        permillage: ``weighted_length`` per thousand of the platform's ``max_length``
            (1000 = exactly full; more than 1000 = too long).
        valid: whether the platform accepts the text as a post.
        display_range: ``(0, len(text))``: the whole text, as a Python slice.
        valid_range: ``(0, end)``: the longest prefix ``text[:end]`` that would be a valid
            post, never ending inside a URL or an emoji sequence.
    """

    weighted_length: int
    permillage: int
    valid: bool
    display_range: tuple[int, int]
    valid_range: tuple[int, int]


@attrs.frozen(kw_only=True)
class Entity:
    """A hashtag, mention, list, URL or cashtag found in a text.

    Attributes:
        kind: ``"hashtag"``, ``"mention"``, ``"list"``, ``"url"`` or ``"cashtag"``.
        text: exactly ``source[start:end]``, sigil included (``"#MedEd"``).
        value: the bare name: tag, screen name, ``user/slug`` for a list, the URL, or
            the cashtag symbol.
        start: index of the first character (a Python ``str`` index).
        end: index after the last character.
    """

    kind: EntityKind
    text: str
    value: str
    start: int
    end: int
