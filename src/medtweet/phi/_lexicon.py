"""The word lists shipped as package data (built by ``tools/build_phi_lexicons.py``)."""

from __future__ import annotations

import functools
import gzip
from importlib import resources

__all__ = ["lexicon"]


@functools.cache
def lexicon(name: str) -> frozenset[str]:
    """Entries of ``data/<name>.txt.gz``, header lines dropped.

    Args:
        name: one of first_names, ambiguous_names, more_first_names, more_word_names,
            first_name_words,
            places, place_words,
            ambiguous_places, eponyms,
            common_words, facility_words, hospital_names, cyrillic_names, cyrillic_places,
            script_names, script_places.
    """
    raw = resources.files("medtweet.phi").joinpath("data", f"{name}.txt.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@functools.cache
def lower_set(name: str) -> frozenset[str]:
    """The entries of :func:`lexicon` in lower case."""
    return frozenset(entry.lower() for entry in lexicon(name))


CALENDAR_NAMES = frozenset(
    [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
)  # fmt: skip
"""Capitalised month and weekday names (and month abbreviations): never a name or a place."""
HOLIDAY_NAMES = frozenset(["Christmas", "Easter", "Thanksgiving", "Halloween"])
"""The holidays most often written alone, capitalised: never a name or a place either."""
DIRECTION_WORDS = frozenset(
    ["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast",
     "northwest", "southeast", "southwest"]
)  # fmt: skip
"""Compass directions in lower case, as words ("3 mi E of Glasgow", "north of Sioux Lookout")."""
