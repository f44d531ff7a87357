"""Postal codes outside the US, and the UK's National Insurance number, by their shapes.

A postcode is smaller than a state wherever it is written (Safe Harbor (B) names ZIP codes;
other countries' codes locate a patient as finely). Shapes that only a postcode has (the UK's
"HG2 7QP", Canada's "M1B 3K2", Ireland's "D02 X285") are flagged in a patient story; a bare
number ("3350", "500095") only right after a known town or an Australian state's letters,
and then the town with it. A National Insurance number ("AB 12 34 56 C") stands where an SSN
does and is flagged anywhere, like one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Category

__all__ = ["find_postcodes"]

_G = Category.GEOGRAPHIC

# The inward part's letters leave out C, I, K, M, O and V; Canada's leave out D, F, I, O, Q
# and U; an Eircode's routing key is a letter and two digits (or "D6W").
_SHAPED = re.compile(
    r"(?=[A-Z])(?<![\w/-])(?:"
    r"(?P<uk>[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})"
    r"|(?P<ca>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d)"
    r"|(?P<ie>(?:[AC-FHKNPRTV-Y]\d\d|D6W) (?=[0-9A-Z]{0,3}[A-Z])(?=[0-9A-Z]{0,3}\d)"
    r"[0-9AC-FHKNPRTV-Y]{4})"
    r")(?![\w/-])"
)
# what every shape holds: a space, then a digit and a letter ("HG2 7QP", "M1B 3K2"), or four
# letters or digits after a digit or "W" (Eircode: "D02 X285", "D6W 1234")
_SHAPED_GATE = re.compile(r" (?:\d[A-Z]|(?<=[\dW] )[\dA-Z]{4})")
# "T2N 1M0" reads as a Canadian code, but "T.. N.. M.." is a tumour's stage
_TNM = re.compile(r"T\d[A-Z]? ?N\d ?M\d")

# "Ballarat 3350", "Hyderabad 500095", "Townsville QLD 4810": a number after a town (found
# from the number, a digit the engine skips to, then the town read just before it)
_TOWN_CODE = re.compile(
    r"(?P<z>[1-9](?<=[A-Za-z\u00e0-\u00ff,] [1-9])(?:\d{3}|(?<=[1-8])\d{5}|(?<=[1-8])\d\d \d{3}))"
    r"(?![\w/.,:-]\d|[\w/-]| [A-Z][a-z])"
)  # (not "0710", an hour; not "2200 Ridge Rd", a house number)
_AU_STATES = r"NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT"
_TOWN_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<t>[A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][a-z\u00e0-\u00ff]+)?),? "
    rf"(?:(?P<st>{_AU_STATES}) )?$"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_STATE_GATE = re.compile(rf"\b(?:{_AU_STATES}) \d")

# "AB 12 34 56 C": two letters (not D, F, I, Q, U or V; O never second), six digits, A-D,
# spaced as printed on the card (run together, "NY440918B" is as likely a member number)
_NI_NUMBER = re.compile(
    r"(?=[A-Z])(?<![\w-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D](?![\w-])"
)
# (a literal space first: the engine skips to it faster than to a class of letters)
_NI_GATE = re.compile(r" [A-D](?<=\d\d \d\d \d\d [A-D])\b")


# A continental European code before its town: "3511 NK Utrecht", "00-950 Warszawa",
# "1000-001 Lisboa", "114 55 Stockholm", "1010 Wien", "75011 Paris" (found from the digit,
# the town read after it and looked up)
_CODE_TOWN = re.compile(
    r"(?P<z>\d(?<![\w.,/:-]\d)(?:\d{3} ?[A-Z]{2}|\d-\d{3}|\d{3}-\d{3}|\d\d \d\d|\d{3,4}))"
    r" (?P<t>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž]+)?)(?![\w'\u2019-])"
    r"(?! (?:St|Street|Rd|Road|Ave|Avenue|Blvd|Dr|Drive|Ln|Lane|Way|Ct|Hwy)\b)"
)
# (each shape ends in a digit or two capitals, then a blank and the town's capital; found
# from the blank, a literal the engine skips to)
_CODE_TOWN_GATE = re.compile(r" (?<=\d )[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]| (?<=[A-Z]{2} )[A-Z][a-z]")


_POSTCODE_CUE = re.compile(r"(?i:post ?code|postal code)\W{0,3}$")


def find_postcodes(text: str, scan: Scan) -> Iterator[Hit]:
    """Non-US postal codes in a patient story; National Insurance numbers anywhere."""
    # (its three pairs of digits are three runs at least)
    ni = scan.longest_number >= 2 and (scan.numbers is None or len(scan.numbers) >= 3)
    if ni and _NI_GATE.search(text):
        for match in _NI_NUMBER.finditer(text):
            yield Hit(match.start(), match.end(), Category.SSN, "ssn.national")
    if not scan.patient:
        # a postcode after its own word is someone's address, in any post ("Kwame
        # (postcode LS7 3BN)"), as a ZIP after "ZIP" is
        cued = scan.longest_number and (
            "postcode" in scan.low or "post code" in scan.low or "postal code" in scan.low
        )
        for match in _SHAPED.finditer(text) if cued else ():
            if _POSTCODE_CUE.search(text, max(0, match.start() - 16), match.start()):
                yield Hit(match.start(), match.end(), _G, "geo.postcode")
        return
    if scan.longest_number and _SHAPED_GATE.search(text):  # (every shape has a digit)
        for match in _SHAPED.finditer(text):
            if match["ca"] is None or not _TNM.fullmatch(match[0]):
                yield Hit(match.start(), match.end(), _G, "geo.postcode")
    if scan.longest_number >= 4 and _town_code_possible(text, scan.numbers):
        yield from _after_town(text)
    if scan.longest_number >= 3 and not text.isupper() and _CODE_TOWN_GATE.search(text):
        yield from _before_town(text)


def _before_town(text: str) -> Iterator[Hit]:
    """A continental postcode that a known town follows ("3511 NK Utrecht")."""
    places = lexicon("places")
    common = lower_set("common_words")
    for match in _CODE_TOWN.finditer(text):
        code, town = match["z"], match["t"]
        if _YEAR_LIKE.fullmatch(code) or town not in places or town.lower() in common:
            continue  # "2019 Boston": a year; "12 Bristol" needs a code's shape
        if code.isdigit() and len(code) < 4:
            continue
        yield Hit(match.start("z"), match.end("z"), _G, "geo.postcode")
        yield Hit(match.start("t"), match.end("t"), _G, "geo.city")


def _town_code_possible(text: str, numbers: tuple[str, ...] | None) -> bool:
    """Whether a run of digits can be a postcode after a town (a cheap test before the scan).

    Six digits can; four can unless they start with 0, or read as a year ("Boston 2019")
    where no Australian state's letters may lead them.
    """
    if numbers is None:
        return True
    year = False
    for number in numbers:
        if len(number) == 6 or (len(number) == 4 and number[0] != "0"):
            year = _YEAR_LIKE.fullmatch(number) is not None
            if not year:
                return True
    # (the text is searched once, not once per year: a post may hold thousands of years)
    return year and _STATE_GATE.search(text) is not None


def _after_town(text: str) -> Iterator[Hit]:
    """A number that is a postcode because a known town (or a state's letters) leads it."""
    places = lexicon("places")
    common = lower_set("common_words")
    for number in _TOWN_CODE.finditer(text):
        match = _TOWN_BEFORE.search(text, max(0, number.start() - 40), number.start())
        if match is None:
            continue
        code = number["z"]
        if match["st"] is None and len(code) == 4 and _YEAR_LIKE.fullmatch(code):
            continue  # "Boston 2019": a year
        town = match["t"]
        if town not in places:  # "Mt Isa" of "Mt Isa 4825": the last word alone
            last = town.rsplit(" ", 1)[-1]
            town = last if last != town and last in places else ""
        if town and town.lower() not in common:
            start = match.end("t") - len(town)
            yield Hit(start, match.end("t"), _G, "geo.city")
            yield Hit(number.start("z"), number.end("z"), _G, "geo.postcode")
        elif match["st"] is not None:
            yield Hit(number.start("z"), number.end("z"), _G, "geo.postcode")
