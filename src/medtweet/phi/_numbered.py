"""Addresses written as numbered parts, as the Gulf states and rural America write them.

A clinician in Manama, Muscat or Dubai writes "House 1152, Road 2412, Block 324", "Way 3417,
Bldg 1290, Al Khuwair", "Villa 27, Street 14, Al Barsha 2"; one in rural Kentucky or Indiana
writes "Route 1 Box 40" and "5580 N 750 W": a street address (Safe Harbor (B)) with no
street name for the English rules to read. In a patient story:

- two numbered parts or more in a row (a villa, house, flat, building, plot, road, way,
  street, block or zone and its number) are an address, with the district named after them;
- a rural route and its box ("Route 1 Box 40", "RR 2, Box 118");
- a grid address of the Midwest's counties, a house number and two bearings with their
  numbers ("5580 N 750 W").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._model import Category

__all__ = ["find_numbered_addresses"]

# the parts of a home's address (not a hospital's own: a floor, a unit, a tower, a bed)
_PART = (
    r"(?:Villa|House|Bldg\.?|Building|Flat|Apt\.?|Apartment|Plot|Road|Rd\.?|Way|Street|St\.?|"
    r"Block|Blk\.?|Jadda|Sikka|Avenue|Ave\.?|Lane|Compound|Zone)"
)
_PART_WORDS = frozenset(
    ["villa", "house", "bldg", "building", "flat", "apt", "apartment", "plot", "road", "rd", "way",
     "street", "st", "block", "blk", "jadda", "sikka", "avenue", "ave", "lane", "compound", "zone"]
)  # fmt: skip
_NUMBERED = rf"{_PART}[ ]?(?:No\.?[ ]?)?\d{{1,5}}[A-Z]?(?![\w/-])"
_ADDRESS = re.compile(
    rf"(?<![\w-]){_NUMBERED}(?:(?:,[ ]?|[ ]/[ ]|[ ])(?:{_NUMBERED}))+"
    # the district after it: ", Al Barsha 2", ", Al Khuwair", ", Manama"
    r"(?:,[ ](?:Al[ -])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:[ ]\d{1,2}(?![\w/.-]))?)?"
)


_RURAL_BOX = re.compile(
    r"(?<![\w-])(?:Rural Route|Route|RR|Rt\.?|Rte\.?)[ ]?\d{1,3},?[ ](?:P\.?O\.?[ ])?Box[ ]\d{1,5}"
    r"(?![\w-])"
)
_GRID = re.compile(r"(?<![\w/.-])\d{1,5}[ ][NSEW][ ]\d{1,4}[ ][NSEW](?![\w-])")


def find_numbered_addresses(text: str, scan: Scan) -> Iterator[Hit]:
    """Addresses of numbered parts, rural boxes and grid addresses, in a patient story."""
    if not scan.patient or scan.longest_number < 1:
        return
    words = scan.words
    parted = len(words & _PART_WORDS) >= 2  # (two parts of one kind are rare: "Road 4, Road 5")
    boxed = "box" in words
    grid = any(f" {bearing} " in text for bearing in "NSEW")
    for regex, present in ((_ADDRESS, parted), (_RURAL_BOX, boxed), (_GRID, grid)):
        for match in regex.finditer(text) if present else ():
            yield Hit(match.start(), match.end(), Category.GEOGRAPHIC, "geo.street")
