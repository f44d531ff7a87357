"""A raw detector hit and the scan settings every detector receives."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import NamedTuple

import attrs

from medtweet.phi._gates import bits_of, cues_of
from medtweet.phi._model import Category

__all__ = [
    "CAPS_COMMA",
    "Hit",
    "Scan",
    "by_first_letter",
    "digits_at_least",
    "lead",
    "lowered",
    "this_year",
]


class Hit(NamedTuple):
    """A span a detector flagged, before messages are attached.

    (A named tuple rather than an attrs class: detectors make thousands of them, and a
    tuple is built in about half the time.)
    """

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
        year: the current year, for birth years that imply an age of 90 or more (``None``:
            read the clock when a birth year is found).
    """

    patient: bool
    year: int | None
    low: str = ""
    words: frozenset[str] = frozenset()
    numbers: tuple[str, ...] | None = None
    longest_number: int = 1_000_000
    cues: frozenset[str] = attrs.field(
        default=attrs.Factory(lambda scan: cues_of(scan.words), takes_self=True)
    )
    gates: int = attrs.field(
        default=attrs.Factory(lambda scan: bits_of(scan.cues), takes_self=True)
    )

    # ``low`` is the text lower-cased and ``words`` its words (see ``_context.TOKEN``): cheap
    # keyword gates that let a detector skip regexes whose cue words are absent.
    # ``numbers`` are the text's maximal runs of ``\d`` (``None``: not computed) and
    # ``longest_number`` the length of the longest: gates for digit shapes ("\d{7}").
    # ``cues`` are the words of ``words`` that some cue-word set (``_gates.gate``) holds: a
    # set registered there meets ``words`` where it meets ``cues``, found with fewer look-ups.
    # ``gates`` has the bit of every cue-word set that ``words`` meets.


def digits_at_least(scan: Scan, count: int) -> bool:
    """Whether the text has two runs of digits or more, with ``count`` digits in all."""
    numbers = scan.numbers
    return numbers is None or (len(numbers) >= 2 and sum(map(len, numbers)) >= count)


def this_year(scan: Scan) -> int:
    """The year ``scan`` is read in: its own, or this year by the UTC clock."""
    return scan.year or datetime.datetime.now(datetime.UTC).year


# capitals before a comma and a capital: what a record's label needs ("REYES, ANTHONY ...")
# (found from its literal comma: a class first is tried at every position)
CAPS_COMMA = re.compile(r", (?<=[A-Z]{2}, )[A-Z]")


def by_first_letter(words: Iterable[str]) -> str:
    """Literal ``words`` as alternatives grouped by first letter: "A(?:L|K|labama)|C(?:A|...)".

    The same matches (the words of a letter keep their order; words of other letters cannot
    match where they do), but the engine tries one group at each position, not every word.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


def lead(regex: re.Pattern[str], chars: str) -> re.Pattern[str]:
    r"""``regex`` behind a look-ahead on its possible first characters.

    A pattern that starts with an alternation or ``\\b`` makes the engine try the whole
    pattern at every position; a leading character-set look-ahead lets it skip ahead in C,
    which makes the checks several times faster on tweet-length text.
    """
    return re.compile(rf"(?=[{chars}])(?:{regex.pattern})", regex.flags)


def lowered(regex: re.Pattern[str]) -> re.Pattern[str]:
    r"""``regex`` (IGNORECASE, no inline flags) for lower-cased ASCII text: the same finds there.

    Its letters are lower-cased (not its escapes, ``\W``, nor its group names, ``(?P<n>``);
    IGNORECASE's per-character folding costs two to three times a plain match.
    """
    parts = re.split(r"(\\.|\(\?P[<=]\w+[>)])", regex.pattern)
    pattern = "".join(part if part.startswith(("\\", "(?P")) else part.lower() for part in parts)
    return re.compile(pattern, regex.flags & ~re.IGNORECASE)
