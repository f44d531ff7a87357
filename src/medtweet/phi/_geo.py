"""Geography below a state (Safe Harbor (B)): streets, cities, counties, ZIPs, facilities."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Category

__all__ = ["RESTRICTED_ZIP3", "find_geography"]

_G = Category.GEOGRAPHIC

RESTRICTED_ZIP3 = frozenset(
    [
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    ]
)
"""3-digit ZIP prefixes with 20,000 or fewer people (HHS guidance, 2000 Census)."""

_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|Guam"
)
_ABBR = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR"
)
_STATE_NAMES = frozenset(_STATES.split("|")) | {"District of Columbia"}
_CAP = r"(?:St\.|Ste\.|Ft\.|Mt\.|[A-Z][a-zà-ÿ]+(?:[-'\u2019][A-Za-zà-ÿ]+)*)"
_CAPSEQ = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|of|d'Alene))*?"
_SUFFIX = (
    r"Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Pike|Square|Sq|Alley|"
    r"Row|Crescent|Cres|Close|Plaza|Expressway|Turnpike|Run|Path|Point|Pt"
)
_STREET = re.compile(
    rf"\b\d{{1,6}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_CAP})\s+){{1,4}}"
    rf"(?:{_SUFFIX})\b\.?(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Lot|#)\.?\s*#?\w+)?"
    rf"|\b(?:on|off|at|near|along|of)\s+(?P<st>(?:{_CAP}\s+){{1,3}}(?:Street|Road|Avenue|Ave|"
    rf"Boulevard|Blvd|Lane|Drive|Highway|Hwy|Pike|Parkway))\b"
    rf"|\bP\.?\s?O\.?\s+Box\s+\d+\b"
    rf"|\b(?:corner|intersection) of (?P<x>{_CAP}(?: {_CAP})? and {_CAP}(?: {_CAP})?)",
)
_ZIP_CUE = re.compile(
    r"\b(?:ZIP|Zip|zip)(?:\s?code)?s?\s*(?:is|was|of|:|#)?\s*(?P<z>\d{5}(?:-\d{4})?|\d{3})\b"
    r"|\b(?:postal code|postcode)\s*:?\s*(?P<p>\d{5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
)
_ZIP_STATE = re.compile(
    rf"\b(?:{_ABBR}|{_STATES})\.?,?\s+(?P<z>\d{{5}}(?:-\d{{4}})?)\b"
    r"|\b(?:in|from|near|around|to)\s+(?:the\s+)?(?P<z2>\d{5})\b(?!\s*(?:mg|mcg|units|ml|cells|copies|IU|/))"
    r"|\b(?P<z3>\d{3})(?:xx|XX|\*\*)\b"
)
_CITY_STATE = re.compile(rf"(?P<c>{_CAPSEQ}),\s*(?:{_ABBR}|{_STATES})\b(?![a-z])")
_COUNTY = re.compile(rf"(?P<c>{_CAPSEQ})\s+(?:County|Parish|Borough|Township|Twp)\b")
_PLACE_CUE = re.compile(
    rf"\b(?i:in|from|near|to|at|outside(?: of)?|around|of|visiting|between|via|"
    rf"lives in|live in|living in|resides in|moved to|town of|city of|village of|native of|"
    rf"hometown|back to|home to|drove|flew|trip to|rural)\s+(?P<c>{_CAPSEQ})"
)
_TOWN_OF = re.compile(
    rf"\b(?:town|city|village|hamlet|borough|suburb|township) of (?P<c>{_CAPSEQ})"
)
_PLACE_NOUN = re.compile(
    r"\s+(?:area|native|resident|residents|man|woman|teen|teenager|family|girl|boy|suburbs?|"
    r"metro|ED|ER|hospital|clinic|ICU|farmer|rancher|local|schools?|firefighter|teacher|"
    r"police|fire|high school|elementary|community)\b"
)
_FACILITY = re.compile(
    r"(?P<f>(?:(?:St\.|Saint|Mt\.|Mount|[A-Z][\w\u2019'.&-]*)\s+){1,5}"
    r"(?:Hospital|Medical Center|Medical Centre|Med Center|Clinic|Infirmary|Memorial|"
    r"Health(?:care)?(?: System)?|Hospice|Rehabilitation Center|Rehab|Nursing Home|"
    r"Nursing and Rehabilitation|Urgent Care|VA(?:MC)?|Medical|General|Regional|"
    r"Children's|Childrens|Sanatorium|Care Center|Surgery Center|Cancer Center|"
    r"Heart Institute|Hospitals)\b(?:\s+(?:Hospital|Medical Center|Center|Clinic|Campus))?)"
    r"|(?P<s>\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s|\u2019s)(?:\s+(?:[A-Z][a-z]+\s?){0,3})?)"
)
_GENERIC = frozenset(
    [
        "The",
        "A",
        "An",
        "Our",
        "My",
        "Your",
        "This",
        "That",
        "Their",
        "His",
        "Her",
        "Emergency",
        "Intensive",
        "Cardiac",
        "Surgical",
        "Medical",
        "Pediatric",
        "Community",
        "Rural",
        "Teaching",
        "Academic",
        "Local",
        "County",
        "State",
        "Public",
        "Private",
        "Trauma",
        "Level",
        "I",
        "II",
        "III",
        "IV",
        "Neuro",
        "Cardiology",
        "Oncology",
        "General",
        "Internal",
        "Family",
        "Primary",
        "Urgent",
        "Outpatient",
        "Inpatient",
        "Main",
        "Women's",
        "Behavioral",
        "Mental",
        "Health",
        "Care",
        "New",
        "Old",
        "University",
        "Federal",
        "Veterans",
        "Military",
        "Army",
        "Navy",
        "Children's",
        "Regional",
        "Memorial",
        "Cancer",
        "Heart",
        "Sleep",
        "Pain",
        "Eye",
        "Dental",
        "Free",
        "Walk-in",
        "Specialty",
        "Transplant",
        "Stroke",
        "Burn",
        "Psychiatric",
        "Big",
        "Small",
        "Large",
        "Tertiary",
        "Quaternary",
        "Safety-net",
        "Safety",
        "Net",
        "Critical",
        "Access",
        "And",
        "Of",
        "In",
        "At",
        "To",
        "From",
        "On",
        "Via",
        "Home",
        "Hospital",
        "Clinic",
        "VA",
        "Medicare",
        "Medicaid",
        "Best",
        "Top",
        "US",
    ]
)
_NOT_SAINT = re.compile(r"(?:St\.?|Saint)\s+(?:Patrick'?s\s+Day|John's\s+[Ww]ort|Vitus)")


def _is_place(words: str) -> str | None:
    """The longest prefix of ``words`` that is a known place, if any."""
    places = lexicon("places")
    parts = words.split()
    for n in range(min(4, len(parts)), 0, -1):
        candidate = " ".join(parts[:n])
        if candidate in places and candidate not in _STATE_NAMES:
            return candidate
    return None


def _not_common(name: str) -> bool:
    first = name.split()[0]
    return first.lower() not in lower_set("common_words") and first not in lexicon("eponyms")


def find_geography(text: str, scan: Scan) -> Iterator[Hit]:
    """Places smaller than a state, in a patient story; ZIPs with a cue anywhere."""
    for match in _ZIP_CUE.finditer(text):
        group = "z" if match["z"] is not None else "p"
        digits = match[group]
        rule = "geo.zip3" if len(digits) == 3 else "geo.zip5"
        if rule == "geo.zip3" and digits in RESTRICTED_ZIP3:
            rule = "geo.zip3_restricted"
        yield Hit(match.start(group), match.end(group), _G, rule)
    if not scan.patient:
        return
    for match in _ZIP_STATE.finditer(text):
        group = match.lastgroup or "z"
        rule = "geo.zip3" if group == "z3" else "geo.zip5"
        yield Hit(match.start(group), match.end(group), _G, rule)
    for match in _STREET.finditer(text):
        which: str | int = match.lastgroup if match.lastgroup in ("st", "x") else 0
        yield Hit(match.start(which), match.end(which), _G, "geo.street")
    for match in _CITY_STATE.finditer(text):
        name = match["c"]
        words = name.split()
        # keep only the trailing capitalised words right before ", ST"
        while words and words[0].lower() in lower_set("common_words") | {"in", "from", "of"}:
            words = words[1:]
        if not words or not _not_common(" ".join(words)):
            continue
        start = match.end("c") - len(" ".join(words))
        yield Hit(start, match.end("c"), _G, "geo.city")
    for match in _COUNTY.finditer(text):
        if match["c"].split()[0] not in _GENERIC:
            yield Hit(match.start(), match.end(), _G, "geo.county")
    for regex, need_lexicon in ((_PLACE_CUE, True), (_TOWN_OF, False)):
        for match in regex.finditer(text):
            place = _is_place(match["c"]) if need_lexicon else match["c"]
            if place and _not_common(place):
                start = match.start("c")
                yield Hit(start, start + len(place), _G, "geo.city")
    places = lexicon("places")
    for match in re.finditer(rf"(?<![\w@#])(?P<c>{_CAPSEQ})(?={_PLACE_NOUN.pattern})", text):
        place = _is_place(match["c"])
        if place and place in places and _not_common(place):
            yield Hit(match.start(), match.start() + len(place), _G, "geo.city")
    for match in _FACILITY.finditer(text):
        if match["s"] is not None:
            if not _NOT_SAINT.match(text, match.start("s")):
                yield Hit(match.start("s"), match.end("s"), _G, "geo.facility")
            continue
        words = match["f"].split()
        lead = 0
        while lead < len(words) - 1 and words[lead] in _GENERIC:
            lead += 1
        if lead >= len(words) - 1:
            continue
        if all(w in _GENERIC or w.lower() in lower_set("facility_words") for w in words[lead:]):
            continue
        start = match.start("f") + len(" ".join(words[:lead])) + (1 if lead else 0)
        yield Hit(start, match.end("f"), _G, "geo.facility")
    for name in lexicon("hospital_names"):
        for match in re.finditer(rf"(?<![\w@#]){re.escape(name)}(?!\w)", text):
            yield Hit(match.start(), match.end(), _G, "geo.facility")
