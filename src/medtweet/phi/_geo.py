"""Geography below a state (Safe Harbor (B)): streets, cities, counties, ZIPs, facilities."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan, lead
from medtweet.phi._lexicon import CALENDAR_NAMES, lexicon, lower_set
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
# Regions as large as a state or larger are not Safe Harbor geography.
_REGIONS = frozenset(
    [
        "New England", "North America", "South America", "Latin America", "Central America",
        "Middle East", "West Africa", "East Africa", "Southeast Asia", "East Asia", "Midwest",
        "Pacific Northwest", "Deep South", "West Coast", "East Coast", "Gulf Coast",
        "Mid-Atlantic", "Appalachia", "New Zealand", "South Africa", "North Korea",
        "South Korea", "Puerto Rico", "Sub-Saharan Africa", "Caribbean", "Great Plains",
    ]
)  # fmt: skip
_STATE_NAMES = frozenset(_STATES.split("|")) | {"District of Columbia"} | _REGIONS
# A capitalised word or St./Ste./Ft./Mt.; it starts with a capital class (the abbreviations
# look behind at it), so a pattern that starts with _CAP lets the engine skip to capitals in C.
_CAP = (
    r"(?:[A-Z](?:(?<=S)t\.|(?<=S)te\.|(?<=F)t\.|(?<=M)t\.|"
    r"[a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:[-'\u2019][A-Za-zà-ÿ]+)*))"
)
_CAPSEQ = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|of|d'Alene))*?"
# A greedy run of up to four capitalised words (with "de", "d'Alene"-style joiners).
_CAPRUN = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|d'Alene)){{0,3}}"
_SUFFIX = (
    r"Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Pike|Square|Sq|Alley|"
    r"Row|Crescent|Cres|Close|Plaza|Expressway|Turnpike|Run|Path|Point|Pt"
)
# "\d(?<!\w\d)" is "\b\d" starting with a digit class, which the engine skips to in C
_NUMBERED_STREET = re.compile(
    rf"\d(?<!\w\d)\d{{0,5}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_CAP})\s+){{1,4}}"
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
    r"\b(?:ZIP|Zip|zip)(?:\s?code)?s?\s*(?:is|was|of|:|#|(?:starting|starts|started|begins|"
    r"beginning|began)(?: with)?|prefix(?: of| is)?)?\s*"
    r"(?P<z>\d{5}(?:-\d{4})?|\d{3}(?:xx|XX|\*\*)?)(?![\w-])"
    r"|\b(?:postal code|postcode)\s*:?\s*(?P<p>\d{5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
)
_ZIP_STATE = re.compile(
    rf"(?=[A-Z])\b(?:{_ABBR}|{_STATES})\.?,?\s+(?P<z>\d{{5}}(?:-\d{{4}})?)\b"
    r"|(?=[ifnatIFNAT])\b(?:in|from|near|around|to)\s+(?:the\s+)?(?P<z2>\d{5})\b(?!\s*(?:mg|mcg|units|ml|cells|copies|IU|/))"
    r"|(?=\d)\b(?P<z3>\d{3}(?:xx|XX|\*\*))(?!\w)"
)
_ZIP_STATE = lead(_ZIP_STATE, "A-Za-z0-9")
_CITY_STATE = re.compile(rf"(?P<c>{_CAPSEQ}),\s*(?:{_ABBR}|{_STATES})\b(?![a-z])")
_COUNTY = re.compile(rf"(?P<c>{_CAPSEQ})\s+(?:County|Parish|Borough|Township|Twp)\b")
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


_CUED_RUN = re.compile(
    r"(?=[iIfFnNtTaAoOvVbBhHdDrR])\b(?i:in|from|near|to|at|outside|around|of|visiting|between|"
    rf"via|hometown|drove|flew|rural|over|toward|towards)[ \t\n]+[(\"'\u201c]?(?P<c>{_CAPRUN})"
)


def _cued_runs(text: str, low: str) -> Iterator[tuple[int, str]]:
    """Capitalised runs right after a place cue ("in", "from", "near", "moved to" ...)."""
    del low
    for match in _CUED_RUN.finditer(text):
        yield match.start("c"), match["c"]


_CITY_ZIP = re.compile(rf"(?P<c>{_CAPRUN}),?\s+(?P<z>\d{{5}}(?:-\d{{4}})?)\b(?![-/.]\d)")
_ROAD = re.compile(
    r"(?=[IUSRHCi])\b(?:I-\d{1,3}|(?:US|SR|State Route|Route|Rte|Highway|Hwy|Interstate|"
    r"County Road|CR)[- ]?\d{1,4}[A-Z]?)\b"
    r"|(?=[HR])\b(?:HC|HCR|RR|Rural Route)\s?\d+,?\s+Box\s+\d+\b"
)
_FEATURE = re.compile(
    rf"(?P<p>{_CAPRUN})\s+(?i:Park|Peak|Lake|River|Creek|Canyon|Mountain|Mountains|Valley|"
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
    rf"(?P<p>{_CAPRUN})\s+(?:ICU|NICU|PICU|CCU|CVICU|SICU|MICU|ED|ER|OR|nursing home|"
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
        "Pedi",
        "Peds",
        "Adult",
        "Med",
        "Surg",
        "Stepdown",
        "Step-down",
        "Obs",
        "Observation",
        "Ortho",
        "Onc",
        "Heme",
        "Psych",
        "Neonatal",
        "Postpartum",
        "Labor",
        "Tower",
        "North",
        "South",
        "East",
        "West",
        "Fast",
        "Track",
        "Main",
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


# every state and abbreviation starts with a capital: check that before trying each of them
_STATE_GATE = re.compile(rf",\s*(?=[A-Z])(?:{_ABBR}|{_STATES})\b(?![a-z])")


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
_STOP_RUN = (
    frozenset(
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
    | CALENDAR_NAMES
)


def _place_in_run(run: str) -> tuple[int, int] | None:
    """Offsets (within ``run``) of the capitalised words around a known place, if any."""
    words = run.split(" ")
    for i in range(len(words)):
        if i and " ".join(words[i - 1 : i + 1]) in _STATE_NAMES:
            continue  # "England" of "New England"
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
    words = name.split()
    first = words[0]
    if len(words) > 1 and first in _TOWN_PREFIXES:
        return words[1].lower() not in lower_set("common_words")
    return first.lower() not in lower_set("common_words") and first not in lexicon("eponyms")


_TOWN_PREFIXES = frozenset(
    [
        "Lake", "Fort", "Ft.", "Port", "Mount", "Mt.", "Saint", "St.", "Ste.", "San", "Santa",
        "Los", "Las", "Glen", "Grand", "Little", "Big", "Cape", "Point", "Bay", "Palm", "Grosse",
        "Du", "La", "Le", "De", "El", "New", "North", "South", "East", "West", "Upper", "Lower",
        "Old", "Twin", "Green", "Red", "White", "Black", "Rock", "Cedar", "Oak", "Pine", "Spring",
    ]
)  # fmt: skip
_TOWN_SHAPES = frozenset(
    [
        "Falls", "City", "Springs", "Heights", "Beach", "Harbor", "Harbour", "Junction",
        "Village", "Hills", "Bluff", "Bluffs", "Crossing", "Grove", "Ridge", "Rapids", "Landing",
        "Mills", "Corners", "Hollow", "Gap", "Ferry", "Lakes", "Creek", "Valley", "Township",
        "Park", "Lake",
    ]
)  # fmt: skip
_PREFIX_ALT = "|".join(re.escape(w) for w in sorted(_TOWN_PREFIXES, key=len, reverse=True))
_SHAPE_ALT = "|".join(sorted(_TOWN_SHAPES, key=len, reverse=True))
# A town by its shape after a place preposition, known or not: "from Lake Moxie",
# "near Fort Ellis", "outside Cobb Falls", "in Mercer City".
_TOWN_SHAPE = re.compile(
    rf"(?P<p>(?:{_PREFIX_ALT})\s+[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:\s+(?:{_SHAPE_ALT}))?"
    rf"|[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:\s+[A-Z][a-z\u00e0-\u00ff'\u2019]+)?\s+(?:{_SHAPE_ALT}))"
    r"(?![\w'\u2019-])"
)
"""A town by its shape, known or not ("Lake Moxie", "Fort Ellis", "Cobb Falls", "Mercer City"),
matched at the start of a capitalised run after a place preposition."""
# These prefixes start ordinary phrases too ("Big Pharma", "Old Navy"): a town only when known.
_WEAK_PREFIXES = frozenset(
    [
        "Grand", "Little", "Big", "Bay", "Du", "La", "Le", "De", "New", "North", "South", "East",
        "West", "Upper", "Lower", "Old", "Twin", "Green", "Red", "White", "Black", "Rock",
        "Cedar", "Oak", "Pine", "Spring", "Point",
    ]
)  # fmt: skip
_NOT_TOWN_SECOND = frozenset(
    [
        "rounds", "mal", "prix", "jury", "total", "slam", "england", "america", "africa", "asia",
        "europe", "zealand", "guinea", "korea", "sudan", "dakota", "carolina", "virginia",
        "hampshire", "jersey", "mexico", "york", "east", "west", "year", "years", "onset",
    ]
)  # fmt: skip
# Schools locate the patient: "Roosevelt High", "Lincoln Elementary", "Pine Ridge Middle School".
_SCHOOL = re.compile(
    rf"(?P<p>{_CAPRUN})\s+(?:(?:High|Middle|Elementary|Junior High|Intermediate|"
    r"Primary|Prep|Preparatory|Montessori|Grade)(?:\s+School)?|School|Academy)\b"
)
_NOT_SCHOOL = frozenset(
    [
        "High", "Middle", "Grad", "Med", "Medical", "Nursing", "Summer", "Sunday", "Night",
        "Law", "Dental", "Primary", "Secondary", "Elementary", "Junior", "Public", "Private",
        "Charter", "Boarding", "Catholic", "Christian", "Home", "Pharmacy", "Business",
        "Graduate", "Residency", "Fellowship", "Flight", "Driving", "Language", "Art",
    ]
)  # fmt: skip
_SCHOOL_GATE = ("School", "High", "Elem", "Middle", "Academy", "Prep", "Intermediate", "Grade")
_TOWN_WORD = r"[A-Z][a-z\u00e0-\u00ff'\u2019]+"
_TOWN_AFTER = re.compile(
    rf",?\s+(?:in\s+)?(?P<t>{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}})(?![\w'\u2019-])"
)


def _town_shape(text: str, start: int) -> Iterator[Hit]:
    """A town by its shape at ``start`` (a capitalised run after a place preposition)."""
    match = _TOWN_SHAPE.match(text, start)
    if match is None:
        return
    words = match["p"].split()
    if words[-1].lower() in _NOT_TOWN_SECOND or (words[0] in _STOP_RUN and len(words) < 2):
        return
    if _NOT_PLACE_AFTER.match(text, match.end()) or words[0] in _STATE_NAMES:
        return
    if match["p"] in _STATE_NAMES or (
        len(words) == 2
        and words[1].lower() in lower_set("common_words")
        and match["p"] not in lexicon("places")
        and words[1] not in _TOWN_SHAPES
    ):
        return
    if (
        words[0] in _WEAK_PREFIXES
        and words[-1] not in _TOWN_SHAPES
        and match["p"] not in lexicon("places")
    ):
        return
    yield Hit(match.start("p"), match.end("p"), _G, "geo.city")


def _town_in(text: str, end: int) -> Iterator[Hit]:
    """The town in "<facility> in <Town>", the facility ending at ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    after = _TOWN_AFTER.match(text, end)
    if after is not None and text[end : after.start("t")].strip(", ") == "in":
        yield from _town_hit(after)


def _town_hit(match: re.Match[str]) -> Iterator[Hit]:
    """The town named right after a street address or a facility, unless it is a state."""
    words = match["t"].split()
    while words and words[-1] in _STATE_NAMES:
        words.pop()
    if (
        words
        and " ".join(words) not in _STATE_NAMES
        and words[0] not in _STOP_RUN
        and (words[0].lower() not in lower_set("common_words") or words[0] in _TOWN_PREFIXES)
    ):
        start = match.start("t")
        yield Hit(start, start + len(" ".join(words)), _G, "geo.city")


# "Apt 4C", "Unit 2B", "Suite 310": a home's unit number ("Unit" only with a letter in it,
# so a hospital's "unit 4" is not taken).
_APT = re.compile(
    r"(?=[AaUuSs])\b(?P<k>Apt|APT|apt|Apartment|apartment|Unit|unit|Suite|Ste)\.?\s*"
    r"#?\s*(?P<v>\d{1,4}[A-Z]|[A-Z]\d{1,4}|\d{1,4}(?=[.,;!]|\s+(?:in|at|of|on|off|near|by|"
    r"with|downtown|upstairs|downstairs)\b))(?![\w-])"
)
_APT_WORDS = frozenset(["apt", "apartment", "unit", "suite", "ste"])
# "5th and Market", "Main & 3rd": a street corner after a word of place.
_SIDE = r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)"
_CORNER = re.compile(
    rf"(?=[nNaAoObB])\b(?:near|at|on|off|by|around|outside)\s+(?:the\s+corner\s+of\s+)?"
    rf"(?P<x>(?P<a>{_SIDE})\s+(?:and|&)\s+(?P<b>{_SIDE}))\b"
    r"(?!\s+(?:ICS|intercostal|ribs?|digits?|fingers?|toes?|cranial|nerves?|metacarpals?|"
    r"trimesters?|degree|percentile|doses?|cycles?|lines?|floors?|days?|weeks?|attempts?))"
)
_CORNER_GATE = re.compile(
    r"(?=[\dA-Z])(?:\d(?:st|nd|rd|th)|[A-Z][a-z]+) (?:and|&) (?:\d{1,3}(?:st|nd|rd|th)|[A-Z])"
)
_STREET_NAMES = frozenset(
    ["Main", "Market", "Broadway", "Elm", "Oak", "Pine", "Maple", "Cedar", "Park", "Walnut",
     "Chestnut", "Spruce", "Church", "Center", "Central", "High", "Front", "Water", "Mill",
     "Spring", "Union", "Lincoln", "Washington", "Jefferson", "Madison", "Franklin", "Grand",
     "State", "Lake", "Hill", "River", "Bridge", "Canal", "Commerce", "Court", "Liberty",
     "Pleasant", "Sycamore", "Willow", "Birch", "Locust", "Vine", "Cherry", "Mission",
     "Colfax", "Halsted", "Peachtree", "Wall", "Bourbon", "Magnolia"]
)  # fmt: skip


_STREET_NAMES_LOW = frozenset(name.lower() for name in _STREET_NAMES)
_ORDINALS = frozenset(
    f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 200)
)


# "lives on Elm", "her house off Wexford": a bare street name after a home word.
_LIVES_ON = re.compile(
    r"(?=[lLhHaArRtT])\b(?i:lives|living|lived|house|home|apartment|apt|residence|trailer)\s+"
    r"(?:on|off)\s+(?P<st>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
    r"(?!\s+(?:St|Street|Rd|Road|Ave|Avenue)\b)"
)


_HOME_WORDS = frozenset(
    ["lives", "living", "lived", "house", "home", "apartment", "apt", "residence", "trailer"]
)


def _bad_street(name: str) -> bool:
    first = name.split()[0]
    return (
        first.lower() in lower_set("common_words")
        or first in _STATE_NAMES
        or first in _STOP_RUN
        or first in ("Medicaid", "Medicare", "Disability", "Oxygen", "Hospice", "Dialysis")
    )


def _street_side(side: str) -> bool:
    return side[:1].isdigit() or side in _STREET_NAMES


# The generic second word of a multi-word place: "Hampton Roads", "Pioneer Square".
_PLACE_TAIL = re.compile(
    r" (?:Roads|Square|Heights|Springs|Falls|Beach|Harbor|Harbour|Valley|Hills|Point|Junction|"
    r"Crossing|Village|Landing|Bay|Creek|Grove|City|Lake|Park|Station|Ridge|Bluffs?|Mills?|"
    r"Center|Centre|Township|Gardens|Estates|Shores|Meadows|Plains|Rapids|Woods|Forest|Glen|"
    r"Hollow|Gap|Corners?|Ferry|Fork|Forks|Wells)\b"
)


def find_geography(text: str, scan: Scan) -> Iterator[Hit]:
    """Places smaller than a state, in a patient story; ZIPs with a cue anywhere."""
    for hit in _find_geography(text, scan):
        if hit.rule == "geo.city":
            tail = _PLACE_TAIL.match(text, hit.end)
            if tail is not None:
                hit = Hit(hit.start, tail.end(), hit.category, hit.rule)
        yield hit


@functools.cache
def _distinct_place_words() -> frozenset[str]:
    """Lower-case words of known places that are neither common words nor first names."""
    common = lower_set("common_words")
    people = {name.lower() for name in _person_names()}
    skip = {w.lower() for w in _GENERIC | _STOP_RUN} | lower_set("facility_words") | common | people
    return frozenset(w for w in _place_words() if len(w) >= 4 and w.isalpha() and w not in skip)


@functools.cache
def _person_names() -> frozenset[str]:
    return lexicon("first_names") | lexicon("ambiguous_names")


def _uncued_places(text: str, scan: Scan, cued: set[int]) -> Iterator[Hit]:
    """Known places in a patient story without a preposition: "her Tucson cardiologist"."""
    first_names = _person_names()
    for match in _RUN.finditer(text):
        start = match.start()
        if start in cued or _at_sentence_start(text, start):
            continue
        span = _place_in_run(match["c"])
        if span is None:
            continue
        place = match["c"][span[0] : span[1]]
        before = match["c"][: span[0]].split() or text[max(0, start - 30) : start].split()[-1:]
        word = before[-1].strip("\"'\u201c\u201d\u2018\u2019(") if before else ""
        if place.split()[0] in first_names and place not in lexicon("places"):
            continue  # the run's place is a surname after a first name: "Maria Delgado"
        if word in first_names or (before and before[-1][:1] in '"\u201d\u201c'):
            continue  # a surname or nickname: "Maria Lopez", 'Bobby "Tank" Ruiz'
        if " " not in place and (place in first_names or place in _STATE_NAMES):
            continue  # a lone first name is the name rules' to judge
        end = start + span[1]
        if _NOT_PLACE_AFTER.match(text, end) or _NAMED_AFTER.match(text, end):
            continue  # "Tokyo guidelines", "Rutherford 4", "Berlin definition"
        if " " not in place and place.endswith(("ian", "ese", "ish", "an")):
            continue  # a demonym ("Canadian C-spine rule")
        yield Hit(start + span[0], start + span[1], _G, "geo.city")


_NAMED_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*)?\s+(?:guidelines?|nomogram|definition|stage|staging|criteria|"
    r"consensus|declaration|marathon|grade|class|type|variant|strain|agreement|convention|"
    r"statement|classification|score|rules?|protocol|regimen|method|technique|approach)\b"
    r"|\s+\d",
    re.IGNORECASE,
)


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\n;\u2014\u2013-\u2022*>#@"


def _zip_shapes(text: str, scan: Scan) -> tuple[bool, bool]:
    """Whether ``text`` holds a run of exactly five digits, and one of three then "xx"/"**".

    The ZIP patterns read whole runs of digits, so a seven-digit record number is no ZIP.
    """
    if scan.numbers is None:
        gate = _ZIP_GATE.search(text) is not None
        return gate, gate
    lengths = set(map(len, scan.numbers))
    three = 3 in lengths and ("xx" in text or "XX" in text or "**" in text)
    return 5 in lengths, three


def _find_geography(text: str, scan: Scan) -> Iterator[Hit]:
    """Places smaller than a state, in a patient story; ZIPs with a cue anywhere."""
    low = scan.low
    zip_cued = "zip" in low or "postal" in low or "postcode" in low
    for match in _ZIP_CUE.finditer(text) if zip_cued else ():
        group = "z" if match["z"] is not None else "p"
        digits = match[group]
        rule = "geo.zip3" if len(digits) == 3 or not digits[3:5].isdigit() else "geo.zip5"
        if rule == "geo.zip3" and digits[:3] in RESTRICTED_ZIP3:
            rule = "geo.zip3_restricted"
        yield Hit(match.start(group), match.end(group), _G, rule)
    if not scan.patient:
        return
    tokens = scan.words
    five, three = _zip_shapes(text, scan)
    for match in _ZIP_STATE.finditer(text) if five or three else ():
        group = match.lastgroup or "z"
        rule = "geo.zip3" if group == "z3" else "geo.zip5"
        yield Hit(match.start(group), match.end(group), _G, rule)
    numbered = not tokens.isdisjoint(_SUFFIX_WORDS)
    for match in _NUMBERED_STREET.finditer(text) if numbered else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
        after = _TOWN_AFTER.match(text, match.end())
        if after is not None and "," in text[match.end() : after.start("t")]:
            yield from _town_hit(after)
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
        run = match["c"].split()
        lead = 0
        while lead < len(run) and (run[lead] in _GENERIC or run[lead] in _STOP_RUN):
            lead += 1
        if lead < len(run):
            start = match.start("c") + len(" ".join(run[:lead])) + (1 if lead else 0)
            yield Hit(start, match.end(), _G, "geo.county")
    runs = list(_cued_runs(text, low))
    place_words = runs and not tokens.isdisjoint(_place_words())
    for start, phrase in runs if place_words else ():
        span = _place_in_run(phrase)
        if span is not None:
            yield Hit(start + span[0], start + span[1], _G, "geo.city")
    for start, _ in runs:
        yield from _town_shape(text, start)
    places = tokens & _distinct_place_words()
    if places and any(word[:1].upper() + word[1:] in text for word in places):
        yield from _uncued_places(text, scan, {start for start, _ in runs})
    town_of = "of" in tokens and not tokens.isdisjoint(_TOWN_WORDS)
    for match in _TOWN_OF.finditer(text) if town_of else ():
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
    for match in _APT.finditer(text) if not tokens.isdisjoint(_APT_WORDS) else ():
        value = match["v"]
        if match["k"].lower() != "unit" or any(ch.isalpha() for ch in value):
            yield Hit(match.start(), match.end(), _G, "geo.street")
    homes = not tokens.isdisjoint(_HOME_WORDS) and ("on" in tokens or "off" in tokens)
    for match in _LIVES_ON.finditer(text) if homes else ():
        name = match["st"]
        if name in _STREET_NAMES or (not _bad_street(name) and _is_place(name)):
            yield Hit(match.start("st"), match.end("st"), _G, "geo.street")
    corner = (" and " in text or " & " in text) and not (
        tokens.isdisjoint(_ORDINALS) and tokens.isdisjoint(_STREET_NAMES_LOW)
    )
    for match in _CORNER.finditer(text) if corner and _CORNER_GATE.search(text) else ():
        sides = (match["a"], match["b"])
        if any(_street_side(side) for side in sides) and not all(
            side[:1].isdigit() for side in sides
        ):
            yield Hit(match.start("x"), match.end("x"), _G, "geo.street")
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
    schools = any(map(text.__contains__, _SCHOOL_GATE))
    for match in _SCHOOL.finditer(text) if schools else ():
        run = match["p"].split()
        lead = 0
        while lead < len(run) and (
            run[lead] in _GENERIC or run[lead] in _STOP_RUN or run[lead] in _NOT_SCHOOL
        ):
            lead += 1
        if lead == len(run):
            continue
        start = match.start("p") + len(" ".join(run[:lead])) + (1 if lead else 0)
        yield Hit(start, match.end(), _G, "geo.place")
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
                yield from _town_in(text, match.end("s"))
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
        if start and text[start - 1].isdigit():
            continue  # "58M. Hospital course": an age-sex token, not a name
        yield Hit(start, match.end("f"), _G, "geo.facility")
        yield from _town_in(text, match.end("f"))
    hospitals = _hospital_names().finditer(text) if not tokens.isdisjoint(_hospital_words()) else ()
    for match in hospitals:
        yield Hit(match.start(), match.end(), _G, "geo.facility")
        yield from _town_in(text, match.end())
