"""Mentions, lists, replies and cashtags (twitter-text's regular expressions)."""

from __future__ import annotations

import re

from medtweet.text._chars import (
    DIRECTIONAL_CLASS,
    LATIN_ACCENTS_CLASS,
    PUNCT_CLASS,
    SPACES_CLASS,
)
from medtweet.text._model import Entity

_MENTION = re.compile(
    r"(?:^|[^A-Za-z0-9_!#$%&*@\uff20]|(?:^|[^A-Za-z0-9_+~.\-])(?:rt|RT|rT|Rt):?)"
    r"([@\uff20])([A-Za-z0-9_]{1,20})(/[A-Za-z][A-Za-z0-9_\-]{0,24})?"
)
_END_MENTION = re.compile(rf"[@\uff20{LATIN_ACCENTS_CLASS}]|://")
_REPLY = re.compile(rf"[{SPACES_CLASS}{DIRECTIONAL_CLASS}]*[@\uff20]([A-Za-z0-9_]{{1,20}})")
_CASHTAG = re.compile(
    rf"(?:^|[{SPACES_CLASS}])\$([A-Za-z]{{1,6}}(?:[._][A-Za-z]{{1,2}})?)(?=$|\s|[{PUNCT_CLASS}])"
)
_LIST = re.compile(r"[@\uff20][A-Za-z0-9_]{1,20}/[A-Za-z][A-Za-z0-9_\-]{0,24}")


def mention_entities(text: str) -> list[Entity]:
    """Mentions (``@user``) and lists (``@user/slug``) in ``text``."""
    if "@" not in text and "\uff20" not in text:
        return []
    found: list[Entity] = []
    for match in _MENTION.finditer(text):
        if _END_MENTION.match(text, match.end()):
            continue
        start = match.start(1)
        end = match.end()
        name = match.group(2)
        slug = match.group(3)
        if slug:
            found.append(
                Entity(kind="list", text=text[start:end], value=name + slug, start=start, end=end)
            )
        else:
            found.append(
                Entity(kind="mention", text=text[start:end], value=name, start=start, end=end)
            )
    return found


def cashtag_entities(text: str) -> list[Entity]:
    """Cashtags (``$SYMBOL``) in ``text``."""
    if "$" not in text:
        return []
    return [
        Entity(
            kind="cashtag",
            text=text[m.start(1) - 1 : m.end(1)],
            value=m.group(1),
            start=m.start(1) - 1,
            end=m.end(1),
        )
        for m in _CASHTAG.finditer(text)
    ]


def reply_screen_name(text: str) -> str | None:
    """The screen name a text replies to (it starts with a mention), or ``None``."""
    match = _REPLY.match(text)
    if match is None or _END_MENTION.match(text, match.end()):
        return None
    return match.group(1)


def is_list_text(text: str) -> bool:
    """Whether ``text`` is exactly one ``@user/slug``."""
    return _LIST.fullmatch(text) is not None
