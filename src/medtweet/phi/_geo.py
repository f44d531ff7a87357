"""Geography below a state (Safe Harbor (B)): streets, cities, counties, ZIPs, facilities."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan, lead
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
_CAP = r"(?:St\.|Ste\.|Ft\.|Mt\.|[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:[-'\u2019][A-Za-zà-ÿ]+)*)"
_CAPSEQ = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|of|d'Alene))*?"
# A greedy run of up to four capitalised words (with "de", "d'Alene"-style joiners).
_CAPRUN = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|d'Alene)){{0,3}}"
_SUFFIX = (
    r"Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Pike|Square|Sq|Alley|"
    r"Row|Crescent|Cres|Close|Plaza|Expressway|Turnpike|Run|Path|Point|Pt"
)
_NUMBERED_STREET = re.compile(
    rf"(?=\d)\b\d{{1,6}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_CAP})\s+){{1,4}}"
    rf"(?:{_SUFFIX})\b\.?(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Lot|#)\.?\s*#?\w+)?"
)
_STREET = re.compile(
    rf"(?=[oanOAN])\b(?:on|off|at|near|along|of)\s+(?P<st>(?:{_CAP}\s+){{1,3}}(?:Street|Road|"
    rf"Avenue|Ave|Boulevard|Blvd|Lane|Drive|Highway|Hwy|Pike|Parkway))\b"
    rf"|(?=P)\bP\.?\s?O\.?\s+Box\s+\d+\b"
    rf"|(?=[ci])\b(?:corner|intersection) of (?P<x>{_CAP}(?: {_CAP})? and {_CAP}(?: {_CAP})?)",
)
_STREET = lead(_STREET, "A-Za-z")
_ZIP_CUE = re.compile(
    r"\b(?:ZIP|Zip|zip)(?:\s?code)?s?\s*(?:is|was|of|:|#|starting(?: with)?|beginning(?: with)?|"
    r"prefix)?\s*(?P<z>\d{5}(?:-\d{4})?|\d{3})\b"
    r"|\b(?:postal code|postcode)\s*:?\s*(?P<p>\d{5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
)
_ZIP_STATE = re.compile(
    rf"(?=[A-Z])\b(?:{_ABBR}|{_STATES})\.?,?\s+(?P<z>\d{{5}}(?:-\d{{4}})?)\b"
    r"|(?=[ifnatIFNAT])\b(?:in|from|near|around|to)\s+(?:the\s+)?(?P<z2>\d{5})\b(?!\s*(?:mg|mcg|units|ml|cells|copies|IU|/))"
    r"|(?=\d)\b(?P<z3>\d{3})(?:xx|XX|\*\*)\b"
)
_ZIP_STATE = lead(_ZIP_STATE, "A-Za-z0-9")
_CITY_STATE = re.compile(rf"(?=[A-Z])(?P<c>{_CAPSEQ}),\s*(?:{_ABBR}|{_STATES})\b(?![a-z])")
_COUNTY = re.compile(rf"(?=[A-Z])(?P<c>{_CAPSEQ})\s+(?:County|Parish|Borough|Township|Twp)\b")
_RUN = re.compile(rf"(?=[A-Z])(?<![\w'\u2019@#.&-])(?P<c>{_CAPRUN})")
_CUES = frozenset(
    [
        "in",
        "from",
        "near",
        "to",
        "at",
        "outside",
        "around",
        "of",
        "visiting",
        "between",
        "via",
        "hometown",
        "drove",
        "flew",
        "rural",
    ]
)
_TOWN_WORDS = frozenset(["town", "city", "village", "hamlet", "borough", "suburb", "township"])


def _cued_runs(text: str, low: str) -> Iterator[tuple[int, str]]:
    """Capitalised runs right after a place cue ("in", "from", "near", "moved to" ...)."""
    for match in _RUN.finditer(text):
        start, run = match.start(), match["c"]
        first, _, rest = run.partition(" ")
        if rest and first.lower() in _CUES:
            yield start + len(first) + 1, rest
            continue
        end = start
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        if end == start:
            continue
        begin = max(low.rfind(" ", 0, end), low.rfind("\n", 0, end)) + 1
        if low[begin:end].lstrip("(\"'\u201c") in _CUES:
            yield start, run


_CITY_ZIP = re.compile(rf"(?=[A-Z])(?P<c>{_CAPRUN}),?\s+(?P<z>\d{{5}}(?:-\d{{4}})?)\b(?![-/.]\d)")
_ROAD = re.compile(
    r"(?=[IUSRHCi])\b(?:I-\d{1,3}|(?:US|SR|State Route|Route|Rte|Highway|Hwy|Interstate|"
    r"County Road|CR)[- ]?\d{1,4}[A-Z]?)\b"
    r"|(?=[HR])\b(?:HC|HCR|RR|Rural Route)\s?\d+,?\s+Box\s+\d+\b"
)
_FEATURE = re.compile(
    rf"(?=[A-Z])(?P<p>{_CAPRUN})\s+(?i:Park|Peak|Lake|River|Creek|Canyon|Mountain|Mountains|Valley|"
    r"Reservoir|Campground|Beach|Bridge|Dam|Falls|Springs|Reservation|reservation|Ranch|Mall|"
    r"Jail|Prison|Penitentiary|Elementary|High School|Middle School|Academy|Church|Cathedral|"
    r"Mosque|Synagogue|Airport|Stadium|Arena|Casino|Hotel|Motel|Apartments|Heights|Estates|"
    r"Manor|Gardens|City|Correctional(?: Center| Facility)?|Detention Center|Shelter|"
    r"Trailhead|Ski Area|Resort|Fairgrounds|Plant|Mine|Refinery|Factory)\b"
)
_FEATURE_WORDS = frozenset(
    [
        "park",
        "peak",
        "lake",
        "river",
        "creek",
        "canyon",
        "mountain",
        "mountains",
        "valley",
        "reservoir",
        "campground",
        "beach",
        "bridge",
        "dam",
        "falls",
        "springs",
        "reservation",
        "ranch",
        "mall",
        "jail",
        "prison",
        "penitentiary",
        "elementary",
        "school",
        "academy",
        "church",
        "cathedral",
        "mosque",
        "synagogue",
        "airport",
        "stadium",
        "arena",
        "casino",
        "hotel",
        "motel",
        "apartments",
        "heights",
        "estates",
        "manor",
        "gardens",
        "city",
        "correctional",
        "detention",
        "shelter",
        "trailhead",
        "ski",
        "resort",
        "fairgrounds",
        "plant",
        "mine",
        "refinery",
        "factory",
    ]
)
_UNIT_AFTER = re.compile(
    rf"(?=[A-Z])(?P<p>{_CAPRUN})\s+(?:ICU|NICU|PICU|CCU|CVICU|SICU|MICU|ED|ER|OR|nursing home|"
    r"rehab|SNF|urgent care|clinic|hospital|ward|campus|hospice|dialysis|cancer center|"
    r"medical center|labor and delivery|L&D|cath lab|burn unit|trauma center)\b"
)
_UNIVERSITY = re.compile(r"(?=U)\bUniversity of [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
_SAINT = re.compile(r"(?=[SF])\b(?:St\.?|Saint|Fort|Ft\.)\s+[A-Z][a-z]+(?:'s|\u2019s)?")
_TOWN_OF = re.compile(
    rf"(?=[tcvhbs])\b(?:town|city|village|hamlet|borough|suburb|township) of (?P<c>{_CAPSEQ})"
)
_PLACE_NOUN = re.compile(
    r"\s+(?:area|native|resident|residents|man|woman|teen|teenager|family|girl|boy|suburbs?|"
    r"metro|ED|ER|hospital|clinic|ICU|farmer|rancher|local|schools?|firefighter|teacher|"
    r"police|fire|high school|elementary|community)\b"
)
_FACILITY = re.compile(
    r"(?=[A-Z])(?P<f>(?:(?:St\.|Saint|Mt\.|Mount|[A-Z][\w\u2019'.&-]*)\s+){1,5}"
    r"(?:Hospital|Medical Center|Medical Centre|Med Center|Clinic|Infirmary|Memorial|"
    r"Health(?:care)?(?: System)?|Hospice|Rehabilitation Center|Rehab|Nursing Home|"
    r"Nursing and Rehabilitation|Urgent Care|VA(?:MC)?|Medical|General|Regional|"
    r"Children's|Childrens|Sanatorium|Care Center|Surgery Center|Cancer Center|"
    r"Heart Institute|Hospitals)\b(?:\s+(?:Hospital|Medical Center|Center|Clinic|Campus))?)"
    r"|(?=S)(?P<s>\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s|\u2019s)(?:\s+(?:[A-Z][a-z]+\s?){0,3})?)"
)
_FACILITY = lead(_FACILITY, "A-Z")
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
_CUE_WORDS = frozenset({"In", "From", "Of", "At", "To", "Near"})
_NOT_SAINT = re.compile(r"(?:St\.?|Saint)\s+(?:Patrick'?s\s+Day|John's\s+[Ww]ort|Vitus)")


_FACILITY_TOKENS = frozenset(
    [
        "hospital",
        "hospitals",
        "medical",
        "med",
        "clinic",
        "clinics",
        "infirmary",
        "memorial",
        "health",
        "healthcare",
        "hospice",
        "rehab",
        "rehabilitation",
        "nursing",
        "urgent",
        "va",
        "vamc",
        "general",
        "regional",
        "children",
        "childrens",
        "sanatorium",
        "care",
        "surgery",
        "cancer",
        "heart",
        "st",
        "saint",
        "mt",
        "mount",
    ]
)
_COUNTY_TOKENS = frozenset({"county", "parish", "borough", "township", "twp"})
_ZIP_GATE = re.compile(r"(?=\d)(?:\d{5}|\d{3}(?:xx|XX|\*\*))")
_STREET_WORDS = frozenset(
    [
        "street",
        "road",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "highway",
        "hwy",
        "pike",
        "parkway",
        "box",
        "corner",
        "intersection",
    ]
)


@functools.cache
def _place_words() -> frozenset[str]:
    """Every lower-case word of every known place (a gate for the place lexicon)."""
    stop = {"the", "in", "of", "on", "at", "and", "a", "an", "by", "to", "de", "la", "le", "du"}
    stop |= {"del", "des", "el", "los", "las", "da", "do", "dos", "das", "s"}
    words = (w for place in lexicon("places") for w in re.findall(r"\w+", place.lower()))
    return frozenset(w for w in words if w not in stop)


@functools.cache
def _place_noun() -> re.Pattern[str]:
    return re.compile(rf"(?=[A-Z])(?<![\w@#])(?P<c>{_CAPSEQ})(?={_PLACE_NOUN.pattern})")


_STATE_GATE = re.compile(r",\s*[A-Z]")


@functools.cache
def _hospital_words() -> frozenset[str]:
    return frozenset(re.findall(r"\w+", " ".join(lexicon("hospital_names")).lower()))


@functools.cache
def _hospital_names() -> re.Pattern[str]:
    names = sorted(lexicon("hospital_names"), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?=[A-Z])(?<![\w@#-])(?:{alternatives})(?![\w-])")


_NOT_PLACE_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*)?\s+(?:spotted|fever|disease|syndrome|virus|sign|criteria|score|"
    r"classification|questionnaire|model|scale|rule|rules|trial|study|protocol|index|"
    r"equation|formula|system)\b",
    re.IGNORECASE,
)
_SUFFIX_WORDS = frozenset(_SUFFIX.lower().split("|"))
_ROAD_WORDS = frozenset(
    [
        "i",
        "us",
        "sr",
        "route",
        "rte",
        "highway",
        "hwy",
        "interstate",
        "county",
        "cr",
        "hc",
        "hcr",
        "rr",
        "rural",
    ]
)
_UNIT_WORDS = frozenset(
    [
        "icu",
        "nicu",
        "picu",
        "ccu",
        "cvicu",
        "sicu",
        "micu",
        "ed",
        "er",
        "or",
        "nursing",
        "rehab",
        "snf",
        "urgent",
        "clinic",
        "hospital",
        "ward",
        "campus",
        "hospice",
        "dialysis",
        "cancer",
        "medical",
        "labor",
        "l",
        "cath",
        "burn",
        "trauma",
    ]
)
_PLACE_NOUN_WORDS = frozenset(
    [
        "area",
        "native",
        "resident",
        "residents",
        "man",
        "woman",
        "teen",
        "teenager",
        "family",
        "girl",
        "boy",
        "suburb",
        "suburbs",
        "metro",
        "ed",
        "er",
        "hospital",
        "clinic",
        "icu",
        "farmer",
        "rancher",
        "local",
        "school",
        "schools",
        "firefighter",
        "teacher",
        "police",
        "fire",
        "high",
        "elementary",
        "community",
    ]
)
_STOP_RUN = frozenset(
    [
        "The",
        "A",
        "An",
        "Our",
        "My",
        "Your",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "In",
        "From",
        "At",
        "To",
        "Near",
        "Of",
        "On",
        "And",
        "But",
        "So",
        "Then",
        "When",
        "After",
        "Before",
        "Pt",
        "Patient",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Case",
        "Home",
        "Lives",
        "Admitted",
        "Discharged",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Day",
        "Room",
        "Bed",
        "Unit",
        "Floor",
        "Suite",
        "Apt",
        "Pt's",
        "Patient's",
        "Mom's",
        "Dad's",
        "His",
        "Her",
        "Its",
    ]
)


def _place_in_run(run: str) -> tuple[int, int] | None:
    """Offsets (within ``run``) of the capitalised words around a known place, if any."""
    words = run.split(" ")
    for i in range(len(words)):
        place = _is_place(" ".join(words[i:]))
        if place and _not_common(place):
            first = i
            while first > 0 and words[first - 1] not in _STOP_RUN and i - first < 1:
                first -= 1
            start = len(" ".join(words[:first])) + (1 if first else 0)
            end = len(" ".join(words[:i])) + (1 if i else 0) + len(place)
            return start, end
    return None


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
    low = scan.low
    zip_cued = "zip" in low or "postal" in low or "postcode" in low
    for match in _ZIP_CUE.finditer(text) if zip_cued else ():
        group = "z" if match["z"] is not None else "p"
        digits = match[group]
        rule = "geo.zip3" if len(digits) == 3 else "geo.zip5"
        if rule == "geo.zip3" and digits in RESTRICTED_ZIP3:
            rule = "geo.zip3_restricted"
        yield Hit(match.start(group), match.end(group), _G, rule)
    if not scan.patient:
        return
    tokens = scan.words
    five = _ZIP_GATE.search(text) is not None
    for match in _ZIP_STATE.finditer(text) if five else ():
        group = match.lastgroup or "z"
        rule = "geo.zip3" if group == "z3" else "geo.zip5"
        yield Hit(match.start(group), match.end(group), _G, rule)
    numbered = not tokens.isdisjoint(_SUFFIX_WORDS)
    for match in _NUMBERED_STREET.finditer(text) if numbered else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    street = not scan.words.isdisjoint(_STREET_WORDS)
    for match in _STREET.finditer(text) if street else ():
        which: str | int = match.lastgroup if match.lastgroup in ("st", "x") else 0
        yield Hit(match.start(which), match.end(which), _G, "geo.street")
    for match in _CITY_STATE.finditer(text) if _STATE_GATE.search(text) else ():
        name = match["c"]
        words = name.split()
        # keep only the trailing capitalised words right before ", ST"
        while words and (words[0].lower() in lower_set("common_words") or words[0] in _CUE_WORDS):
            words = words[1:]
        if not words or not _not_common(" ".join(words)):
            continue
        start = match.end("c") - len(" ".join(words))
        yield Hit(start, match.end("c"), _G, "geo.city")
    counties = _COUNTY.finditer(text) if not tokens.isdisjoint(_COUNTY_TOKENS) else ()
    for match in counties:
        if match["c"].split()[0] not in _GENERIC:
            yield Hit(match.start(), match.end(), _G, "geo.county")
    place_words = not tokens.isdisjoint(_place_words())
    for start, phrase in _cued_runs(text, low) if place_words else ():
        span = _place_in_run(phrase)
        if span is not None:
            yield Hit(start + span[0], start + span[1], _G, "geo.city")
    town = "of" in tokens and not tokens.isdisjoint(_TOWN_WORDS)
    for match in _TOWN_OF.finditer(text) if town else ():
        if _not_common(match["c"]):
            yield Hit(match.start("c"), match.end("c"), _G, "geo.city")
    for match in _CITY_ZIP.finditer(text) if five else ():
        comma = "," in text[match.end("c") : match.start("z")]
        if not comma and _place_in_run(match["c"]) is None:
            continue
        run = match["c"].split()
        lead = 0
        while lead < len(run) and (run[lead] in _STOP_RUN or run[lead] in _STATE_NAMES):
            lead += 1
        if lead < len(run):
            start = match.start("c") + len(" ".join(run[:lead])) + (1 if lead else 0)
            yield Hit(start, match.end("c"), _G, "geo.city")
        yield Hit(match.start("z"), match.end("z"), _G, "geo.zip5")
    for match in _ROAD.finditer(text) if not tokens.isdisjoint(_ROAD_WORDS) else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    feature = _FEATURE.finditer(text) if not scan.words.isdisjoint(_FEATURE_WORDS) else ()
    units = _UNIT_AFTER.finditer(text) if not tokens.isdisjoint(_UNIT_WORDS) else ()
    for regex, found in ((_FEATURE, feature), (_UNIT_AFTER, units)):
        for match in found:
            run = match["p"].split()
            lead = 0
            while lead < len(run) and (run[lead] in _GENERIC or run[lead] in _STOP_RUN):
                lead += 1
            if lead == len(run):
                continue
            start = match.start("p") + len(" ".join(run[:lead])) + (1 if lead else 0)
            end = match.end() if regex is _FEATURE else match.end("p")
            if _NOT_PLACE_AFTER.match(text, match.end()):
                continue
            yield Hit(start, end, _G, "geo.place" if regex is _FEATURE else "geo.facility")
    for match in _UNIVERSITY.finditer(text) if "University" in text else ():
        yield Hit(match.start(), match.end(), _G, "geo.facility")
    saints = "St" in text or "Saint" in text or "Fort" in text or "Ft." in text
    for match in _SAINT.finditer(text) if saints else ():
        if not _NOT_SAINT.match(text, match.start()):
            yield Hit(match.start(), match.end(), _G, "geo.place")
    nouns = (
        _place_noun().finditer(text)
        if place_words and not tokens.isdisjoint(_PLACE_NOUN_WORDS)
        else ()
    )
    for match in nouns:
        place = _is_place(match["c"])
        if place and _not_common(place):
            yield Hit(match.start(), match.start() + len(place), _G, "geo.city")
    facilities = _FACILITY.finditer(text) if not tokens.isdisjoint(_FACILITY_TOKENS) else ()
    for match in facilities:
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
    hospitals = _hospital_names().finditer(text) if not tokens.isdisjoint(_hospital_words()) else ()
    for match in hospitals:
        yield Hit(match.start(), match.end(), _G, "geo.facility")
