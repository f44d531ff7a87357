"""Posts written in capitals, re-cased so the name and place rules can read them.

The rules find names and places by their capital letters; in a post written all in
capitals every word has them, and none tells. Such a post is checked as if written in
ordinary case: words lower-cased, except known first names and places (capitalised) and
short capital words (acronyms such as "ED" or "DNR", kept). The copy has the same length,
so every finding's offsets hold for the original text.
"""

from __future__ import annotations

import functools
import re

from medtweet.phi._lexicon import (
    CALENDAR_NAMES,
    DIRECTION_WORDS,
    HOLIDAY_NAMES,
    lexicon,
    lower_set,
)

__all__ = ["recased", "shouting"]

_WORD = re.compile(r"[^\W\d_]+")
_CAPITAL_RUN = re.compile(r"[A-Z\u00c0-\u00de]{3,}")
_NOT_CAPITAL = bytes(i for i in range(256) if not 65 <= i <= 90)  # all bytes but A-Z
# links, addresses, handles and hashtags keep their own case in a shouted post
_NOT_PROSE = re.compile(r"\S*[./@#]\S*[A-Za-z]\S*")
# after these words the next one is a name or a place however it is spelt
_BEFORE_PROPER = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "named", "name", "daughter", "son",
     "wife", "husband", "mom", "dad", "mother", "father", "sister", "brother", "grandma",
     "grandpa", "in", "from", "at", "to", "near"]
)  # fmt: skip
# short words written the way the rules look for them
_CUES = {
    "pt": "pt", "pts": "pts", "yo": "yo", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "dr": "Dr",
    "dob": "DOB", "mrn": "MRN", "ssn": "SSN",
}  # fmt: skip
# short English words, not acronyms, however they are written
_SHORT_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "at", "in", "on", "of", "to", "for", "by",
     "is", "was", "are", "am", "be", "not", "no", "yes", "our", "my", "his", "her", "she", "he",
     "we", "you", "it", "its", "all", "any", "can", "see", "saw", "die", "got", "get", "had",
     "has", "did", "do", "out", "off", "up", "new", "old", "who", "why", "how", "one", "two",
     "six", "ten", "day", "per", "via", "me", "us", "him", "them", "they", "so", "too", "if",
     "as", "with", "said", "say", "way", "now", "lot", "let", "put", "ran", "run", "sat",
     "set", "far", "few", "own", "man", "men", "boy", "son", "mom", "dad", "age",
     "im", "ive", "ok", "okay", "lol", "omg", "wtf", "pls", "yet", "ago", "ask"]
)  # fmt: skip
# words that are places or names in the word lists but mostly something else in a post
_NOT_PROPER = frozenset(["male", "female", "says", "said", "head", "chest", "home", "bed"])


def shouting(text: str) -> bool:
    """Whether ``text`` is written (almost) all in capitals, with enough letters to tell."""
    if text.isascii() and len(text.encode().translate(None, _NOT_CAPITAL)) < 20:
        return False  # fewer than 20 capitals in all: the common case, counted in C
    if sum(map(len, _CAPITAL_RUN.findall(text))) < 20:
        return False
    upper = lower = 0
    for ch in _NOT_PROSE.sub("", text) if "." in text or "@" in text or "#" in text else text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper >= 20 and upper >= 4 * lower


@functools.cache
def _first_names() -> frozenset[str]:
    """Known first names in lower case (a surname may follow one)."""
    return frozenset(w.lower() for w in lexicon("first_names")) - lower_set("common_words")


@functools.cache
def _proper() -> frozenset[str]:
    """Words to capitalise: known first names, places, months, weekdays and holidays.

    First names and places only when they are no common words; months, weekdays and the
    commonest holidays ("SINCE NOVEMBER 4", "LAST TUESDAY") but "may" (far more often the verb).
    """
    words = {w.lower() for w in lexicon("first_names")} | {w.lower() for w in lexicon("places")}
    names = words - lower_set("common_words") - _NOT_PROPER - _SHORT_WORDS
    return frozenset(names | _CALENDAR_WORDS)


_CALENDAR_WORDS = frozenset(
    {name.lower() for name in CALENDAR_NAMES | HOLIDAY_NAMES if len(name) > 3}
) - {"may"}


def recased(text: str) -> str:
    """``text`` in ordinary case: proper words capitalised, acronyms kept, the rest lower.

    Offsets are unchanged: a word whose case change alters its length is left as it is.
    """
    out = list(text)
    proper = _proper()
    previous, capitalised, directed = "", False, False
    common = lower_set("common_words")
    for match in _WORD.finditer(text):
        word = match.group()
        low = word.lower()
        if len(low) != len(word):
            previous, capitalised, directed = low, False, False
            continue
        # a proper word: known, after a title or kin word, or a surname after a first name
        # (or a town after a direction: "3 MI E OF GLASGOW")
        cap = low in proper or (
            len(word) > 3
            and low not in common
            and low not in _SHORT_WORDS
            and (previous in _BEFORE_PROPER or capitalised or (directed and previous == "of"))
        )
        road = word.isupper() and _ROAD_AFTER.match(text, match.end()) is not None
        if road:
            new = word  # a road's letters before its number: "US-2", "M-28", "HWY 63"
        elif low in _CUES:
            new = _CUES[low]
        elif low == "s" and match.start() and text[match.start() - 1] in "'\u2019":
            new = "s"  # "SINGH'S"
        elif cap:
            new = word[0] + low[1:]
        elif len(word) <= 3 and word.isupper() and low not in _SHORT_WORDS:
            new = word  # "ED", "DNR", "CT"
        else:
            new = low
        out[match.start() : match.end()] = new
        directed = low in DIRECTION_WORDS or (directed and low == "of")
        previous, capitalised = low, cap and low in _first_names()
    return "".join(out)


# a road's number after its letters ("US-2", "M-28", "HWY 63", "RD 9"); a town after a
# direction and "of" is capitalised too ("E OF GLASGOW", "NORTH OF WANDERING RIVER")
_ROAD_AFTER = re.compile(r"-\d|(?<=HWY) \d|(?<=RD) \d")
