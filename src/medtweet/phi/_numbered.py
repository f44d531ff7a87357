"""Addresses written as numbered parts, as the Gulf states and many new towns write them.

A clinician in Manama, Muscat or Dubai writes "House 1152, Road 2412, Block 324", "Way 3417,
Bldg 1290, Al Khuwair", "Villa 27, Street 14, Al Barsha 2": a street address (Safe Harbor
(B)) with no street name for the English rules to read. In a patient story, two numbered
parts or more in a row (a villa, house, flat, building, plot, road, way, street, block or
zone and its number) are an address, with the district named after them.
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
_NUMBERED = rf"{_PART}[ ]?(?:No\.?[ ]?)?\d{{1,5}}[A-Z]?(?![\w/-])"
_ADDRESS = re.compile(
    rf"(?<![\w-]){_NUMBERED}(?:(?:,[ ]?|[ ]/[ ]|[ ])(?:{_NUMBERED}))+"
    # the district after it: ", Al Barsha 2", ", Al Khuwair", ", Manama"
    r"(?:,[ ](?:Al[ -])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:[ ]\d{1,2}(?![\w/.-]))?)?"
)


def find_numbered_addresses(text: str, scan: Scan) -> Iterator[Hit]:
    """Addresses of two numbered parts or more, with their district, in a patient story."""
    if not scan.patient or scan.longest_number < 1:
        return
    for match in _ADDRESS.finditer(text):
        yield Hit(match.start(), match.end(), Category.GEOGRAPHIC, "geo.street")
