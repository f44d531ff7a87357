"""Geography below a state (Safe Harbor (B)): streets, cities, counties, ZIPs, facilities."""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterator

from medtweet.phi import _languages as local
from medtweet.phi._gates import gate, lazy_gate
from medtweet.phi._hit import Hit, Scan, by_first_letter, lead
from medtweet.phi._lexicon import CALENDAR_NAMES, DIRECTION_WORDS, lexicon, lower_set
from medtweet.phi._model import Category

__all__ = [
    "widen_place",
    "CARE_KINDS",
    "COUNTRIES",
    "LABEL_NOUNS",
    "ETHNIC_GROUPS",
    "LANGUAGES",
    "PEOPLES",
    "RESTRICTED_ZIP3",
    "STATE_NAMES",
    "find_geography",
    "institution_spans",
    "label_start",
]

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
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|Guam|"
    # Canada's provinces and territories: the same level as a state
    "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|"
    "New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|Yukon|"
    "Nunavut|Northwest Territories|"
    # first-level divisions elsewhere: Australia's states, South Africa's provinces, India's
    # states, the UK's nations, Ireland's provinces, New Zealand's islands
    "New South Wales|NSW|Queensland|South Australia|Western Australia|Tasmania|"
    "Northern Territory|Gauteng|Western Cape|Eastern Cape|Northern Cape|KwaZulu-Natal|"
    "Limpopo|Mpumalanga|Free State|North West|Maharashtra|Karnataka|Kerala|Tamil Nadu|"
    "Gujarat|Rajasthan|Uttar Pradesh|Madhya Pradesh|Andhra Pradesh|Telangana|Bihar|"
    "West Bengal|Odisha|Assam|Punjab|Haryana|Himachal Pradesh|Uttarakhand|Jharkhand|"
    "Chhattisgarh|Goa|England|Scotland|Wales|Northern Ireland|Munster|Leinster|Connacht|"
    "Ulster|North Island|South Island|"
    # Pakistan's provinces, Indonesia's and the Philippines' great islands, Malaysia's Borneo
    # states, Germany's, Italy's, Spain's and France's regions, Mexico's and Brazil's states
    # (not those named like their capital: "Lagos", "São Paulo", "Dubai")
    "Sindh|Khyber Pakhtunkhwa|Balochistan|Gilgit-Baltistan|Java|West Java|Central Java|"
    "East Java|Sumatra|Borneo|Kalimantan|Sulawesi|Papua|Luzon|Visayas|Mindanao|Sabah|Sarawak|"
    "Bavaria|Bayern|Saxony|Sachsen|Hesse|Hessen|Thuringia|Baden-Württemberg|"
    "North Rhine-Westphalia|Nordrhein-Westfalen|Lower Saxony|Niedersachsen|Brandenburg|"
    "Schleswig-Holstein|Rhineland-Palatinate|Saarland|Mecklenburg-Vorpommern|Lombardy|"
    "Lombardia|Sicily|Sicilia|Sardinia|Sardegna|Calabria|Campania|Puglia|Apulia|Tuscany|"
    "Toscana|Piemonte|Veneto|Lazio|Emilia-Romagna|Liguria|Umbria|Abruzzo|"
    "Andalusia|Andalucía|Catalonia|Catalunya|Cataluña|Galicia|Basque Country|Euskadi|"
    "Brittany|Bretagne|Normandy|Normandie|Provence|Occitanie|Alsace|Jalisco|Chiapas|"
    "Sonora|Chihuahua|Michoacán|Guerrero|Veracruz|Yucatán|Nuevo León|Sinaloa|Minas Gerais|"
    "Bahia|Pernambuco|Ceará|Paraná|Rio Grande do Sul|Santa Catarina|Amazonas|Pará|Goiás|"
    "Maranhão"
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
        "Gulf", "the Gulf", "Persian Gulf", "Arabian Gulf",
        "South Asia", "Central Asia", "North Africa", "Southern Africa", "Central Africa",
        "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe",
        "Southern Europe",
    ]
)  # fmt: skip
STATE_NAMES = frozenset(_STATES.split("|")) | {"District of Columbia"} | _REGIONS
"""States, provinces and larger regions: no Safe Harbor geography."""
# countries (no Safe Harbor geography), for the rules that read any capitalised word as a
# town: "Tomasz (96) from Poland" names no town
COUNTRIES = frozenset(
    ["Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
     "Austria", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Bulgaria",
     "Burma", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo",
     "Croatia", "Cuba", "Czechia", "Denmark", "Ecuador", "Egypt", "El Salvador", "England",
     "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gambia", "Georgia",
     "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras",
     "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
     "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Korea", "Kosovo", "Kuwait", "Laos",
     "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania", "Malawi", "Malaysia", "Mali",
     "Mexico", "Moldova", "Mongolia", "Morocco", "Mozambique", "Myanmar", "Nepal",
     "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine",
     "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania",
     "Russia", "Rwanda", "Samoa", "Saudi Arabia", "Scotland", "Senegal", "Serbia",
     "Sierra Leone", "Singapore", "Somalia", "Spain", "Sri Lanka", "Sudan", "Sweden",
     "Switzerland", "Syria", "Taiwan", "Tanzania", "Thailand", "Tonga", "Tunisia", "Turkey",
     "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen",
     "Zambia", "Zimbabwe", "the Philippines", "the UK", "the US", "the USA"]
)  # fmt: skip
"""Countries: no Safe Harbor geography ("back from Saudi Arabia")."""
# A capitalised word or St./Ste./Ft./Mt.; it starts with a capital class (the abbreviations
# look behind at it), so a pattern that starts with _CAP lets the engine skip to capitals in C.
_CAP = (
    r"(?:[A-Z](?:(?<=S)t\.|(?<=S)te\.|(?<=F)t\.|(?<=M)t\.|"
    r"[a-zà-ÿ\u0100-\u017f]+(?:[A-Z][a-zà-ÿ\u0100-\u017f]+)?(?:[-'\u2019][A-Za-zà-ÿ]+)*))"
)
_CAPSEQ = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|of|d'Alene))*?"
# A greedy run of up to four capitalised words (with "de", "d'Alene"-style joiners).
_CAPRUN = rf"{_CAP}(?:[ -](?:{_CAP}|de|del|la|le|du|d'Alene)){{0,3}}"
# (the first ones a record writes in its capitals too: "4471 SANDY HOOK DR"; not "PT")
_RECORD_SUFFIX = (
    r"Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Terr|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Pike"
)
_SUFFIX = (
    rf"{_RECORD_SUFFIX}|Square|Sq|Alley|"
    r"Row|Crescent|Cres|Close|Plaza|Expressway|Turnpike|Run|Path|Point|Pt|Bend|Cove|Trace|"
    r"Glen|Ridge|Crossing|Landing|Walk|Hollow|Grove|View|Commons"
)
# "\d(?<!\w\d)" is "\b\d" starting with a digit class, which the engine skips to in C
_NUMBERED_STREET = re.compile(
    rf"\d(?<!\w\d)\d{{0,5}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_CAP})\s+){{1,4}}"
    rf"(?:{_SUFFIX})\b\.?(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Lot|#)\.?\s*#?\w+)?"
)
_FLAT_BEFORE = re.compile(r"\b(?:Flat|Apt\.?|Apartment|Unit)\s+\w{1,4},?\s+$")
# a house number and its street in a record's capitals ("AT 4471 SANDY HOOK DR"), on a
# numbered road ("3302 N HWY 83, SPACE 41"), or a block of a street ("1800 BLK OF MLK BLVD")
_CAPS_SUFFIX = _RECORD_SUFFIX.upper()
_RECORD_STREET = re.compile(
    rf"\d(?<!\w\d)\d{{0,4}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Z'\u2019-]+\s+){{1,3}}"
    rf"(?:{_CAPS_SUFFIX})\b\.?"
    r"|\d(?<!\w\d)\d{0,4}\s+(?:[NSEW]\.?\s+)?(?:HWY|Hwy|Highway|US|Route|Rte|SR|FM|CR)[ -]?"
    r"\d{1,4}\b(?:,?\s*(?:SPACE|Space|LOT|Lot|TRLR|Trlr|UNIT|Unit|#)\s*#?\w+)?"
    r"|\d(?<!\w\d)\d{1,4}\s+(?i:blk|block)\s+(?i:of)\s+(?:[A-Za-z][A-Za-z'-]*\s+){1,3}"
    r"(?i:st|ave|blvd|rd|dr|street|avenue|boulevard|road|drive|way|lane|ln)\b\.?"
)
# a numbered street with its direction, no house number: "on W 5th Ave", "E. 42nd St"
_DIRECTED_STREET = re.compile(
    # "\b(?:[NSEW]\.?|North|South|East|West)", starting with its first character class
    r"[NSEW](?<!\w.)(?:\.?|(?<=N)orth|(?<=S)outh|(?<=E)ast|(?<=W)est)\s+\d{1,3}(?:st|nd|rd|th)\s+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Boulevard|Blvd|Drive|Dr)\b\.?"
)
_STREET = re.compile(
    rf"(?=[oanOAN])\b(?:on|off|at|near|along|of)\s+(?P<st>(?:{_CAP}\s+){{1,3}}(?:Street|Road|"
    rf"Avenue|Ave|Boulevard|Blvd|Lane|Drive|Highway|Hwy|Pike|Parkway))\b"
    rf"|(?=P)\bP\.?\s?O\.?\s+Box\s+\d+\b"
    # a rural route box: "RR 2 Box 119", "HC 64 Box 20"
    rf"|(?=[RH])\b(?:RR|R\.R\.|HC|Rural Route)\s?\d{{1,3}},?\s+(?i:box)\s+\d+\b"
    rf"|(?=[ci])\b(?:corner|intersection) of (?P<x>{_CAP}(?: {_CAP})? and {_CAP}(?: {_CAP})?)",
)
_STREET = lead(_STREET, "A-Za-z")
_ZIP_CUE = re.compile(
    r"\b(?:ZIP|Zip|zip)(?:\+4)?(?:\s?code)?s?\s*(?:is|was|as|of|:|,|#|(?:starting|starts|started|begins|"
    r"beginning|began)(?: with)?|prefix(?: of| is)?)?\s*"
    r"(?P<z>\d{5}(?:-\d{4})?|\d{3}(?:xx|XX|\*\*)?)(?![\w-])"
    r"|\b(?:postal code|postcode|PIN code|pincode)\s*(?::|is|was|as)?\s*"
    r"(?P<p>\d{5,6}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
)
# (the states grouped by first letter: no two of them can both be followed by a ZIP, so
# their order changes no match, and the engine tries one group at each capital, not all)
_ZIP_STATE = re.compile(
    rf"(?=[A-Z])\b(?:{by_first_letter([*_ABBR.split('|'), *_STATES.split('|')])})"
    r"\.?,?\s+(?P<z>\d{5}(?:-\d{4})?)\b"
    r"|(?=[ifnatIFNAT])\b(?:in|from|near|around|to)\s+(?:the\s+)?(?P<z2>\d{5})\b(?!\s*(?:mg|mcg|units|ml|cells|copies|IU|/))"
    r"|(?=\d)\b(?P<z3>\d{3}(?:xx|XX|\*\*))(?!\w)"
)
_ZIP_STATE = lead(_ZIP_STATE, "A-Za-z0-9")
_VALUE_MOVED = re.compile(
    r"\b(?:rose|fell|went|up|down|peaked|dropped|climbed|increased|decreased|improved|"
    r"trending) $"
)
# state codes that are also a clinical service or word: "ID" (infectious diseases), "OR"
_CLINICAL_CODES = frozenset(["ID", "OR", "ME", "IN", "OK", "MD", "PA", "CT", "MS", "DE", "CO"])
_CITY_STATE = re.compile(rf"(?P<c>{_CAPSEQ}),\s*(?:{_ABBR}|{_STATES})\b(?![a-z])")
_COUNTY = re.compile(
    rf"(?P<c>{_CAPSEQ})\s+(?:County|Parish|Borough|Township|Twp|(?P<co>Co)(?![\w'\u2019-]))"
)
# "[A-Z](?<!X[A-Z])" is "(?<!X)[A-Z]" written to start with a character class, which the regex
# engine skips to in C (a pattern that starts with a look-around is tried everywhere)
_RUN = re.compile("(?P<c>" + _CAPRUN.replace("[A-Z]", r"[A-Z](?<![\w'\u2019@#.&-][A-Z])", 1) + ")")
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
    r"(?=[iIfFnNtTaAoOvVbBhHdDrRuUeEzZ])\b(?i:in|from|near|to|at|outside|around|of|visiting|"
    r"between|via|hometown|drove|flew|rural|over|toward|towards|"
    # "from", "in", "near" of German, Dutch, Italian, French and the Nordic languages: "aus
    # Gelsenkirchen", "uit Assen", "dalla Calabria", "vers Nantes", "fra Bergen", "en Lyon",
    # "depuis Paris"; of Spanish, Portuguese, the Slavic languages and Persian: "desde
    # Aldeanueva", "em São Bernardo", "iz Komiže", "ze Zlína", "az Karaj"
    r"aus|uit|vanuit|von|bei|nach|naar|dalla|dal|nel|nella|vers|fra|en|desde|em|iz|ze|depuis|"
    r"az)"
    rf"[ \t\n]+[(\"'\u201c]?(?P<c>{_CAPRUN})"
)
# French "à" and an elided "d'": "trouvé à Cocody", "les pharmacies d'Abidjan"
_FRENCH_CUED = re.compile(
    rf"(?:(?<![\w'\u2019])[\u00e0\u00c0][ \t]+|(?<![\w'\u2019])[dD]['\u2019])(?P<c>{_CAPRUN})"
)


# "in", "on", "at" of the Nordic languages, in lower case only (an English "I" is no cue)
_NORDIC_CUED = re.compile(rf"(?<![\w-])(?:i|p\u00e5|paa|ved)[ \t]+(?P<c>{_CAPRUN})")


_HOME_RUN = re.compile(
    r"(?=[lLrRmMgGbBfFhHsS])\b(?:(?P<home>(?i:lives|living|lived|resides|residing|moved|relocated|"
    r"grew up|born|raised|hometown|home)\s+(?i:in|to|near|outside))|(?i:from)|"
    # "lives at Golden Acres": where someone lives, named or not in the word lists
    r"(?P<at>(?i:lives|living|resides|residing|stays|staying)\s+(?i:at)))"
    rf"[ \t]+(?P<c>{_CAPRUN})"
)
# the first word of each cue of _HOME_RUN: in an ASCII text, a whole word of it when it matches
_HOME_RUN_WORDS = frozenset(
    ["lives", "living", "lived", "resides", "residing", "moved", "relocated", "grew", "born",
     "raised", "hometown", "home", "from", "stays", "staying"]
)  # fmt: skip
_HOME_RUN_WORDS_BIT = gate(_HOME_RUN_WORDS)


_LIVES_AT_WORDS = frozenset(["lives", "living", "resides", "residing", "stays", "staying"])
# what may follow a town named after "from" ("from Mobile, AL"), unlike "from Normal saline"
_ENDS_PLACE = re.compile(r"\s*[,.;:!?)]|\s*$|\s+(?:and|to|for|with|area|in|last|this)\b")


# Cities spelt like a common word that are big enough to be the city after "in" ("a wedding
# in Savannah.", "a library in Flint", "his daughter's place in Mobile."): the US places of
# about 90,000 or more in the ambiguous_places list, and world cities so spelt.
_BIG_WORD_TOWNS = frozenset(
    ["Boston", "Mesa", "Mobile", "Savannah", "Orange", "Warren", "Flint", "Paris", "York",
     "Florence"]
)  # fmt: skip
_IN_TOWN_CUES = (" in ", " near ", " outside ", " from ", " around ")


def _unknown_town(run: str) -> bool:
    """Whether the first word of ``run``, after where someone lives or goes home, is a town.

    A word in no list at all, that is no common word, first name, state, country or
    language: "home to Ballinamore", not "home to Mom", "moved to Florida", "moved to Rehab".
    """
    first = run.split(" ", 1)[0]
    return not (
        len(first) < 4
        or not first.isalpha()
        or first.isupper()
        or first.lower() in lower_set("common_words")
        or first.lower() in lower_set("place_words")
        or first.lower() in lower_set("facility_words")
        or first in lexicon("first_names")
        or first in lexicon("ambiguous_names")
        or first in STATE_NAMES
        or first in COUNTRIES
        or first in LANGUAGES
        or first in CALENDAR_NAMES
    )


def _ambiguous_place(run: str) -> str | None:
    """The first word of ``run`` if it is a town spelt like a common word ("Flint")."""
    first = run.split(" ", 1)[0]
    return first if first in lexicon("ambiguous_places") else None


# In ASCII text a cue of _CUED_RUN matches only as a whole word of the text (a blank follows
# it), so the pattern with just the cue words the text holds finds the same runs: a shorter
# alternation, tried at fewer first letters, scans about twice as fast.
# (the head is read off the pattern; the blank after the cue must stay, or no shortcut is taken)
_CUED_HEAD = re.match(
    r"\(\?=\[[A-Za-z]+\]\)\\b\(\?i:([a-z|]+)\)(?=\[ \\t\\n\]\+)", _CUED_RUN.pattern
)
_CUED_WORDS = tuple(_CUED_HEAD[1].split("|")) if _CUED_HEAD else ()
_CUED_SET = frozenset(_CUED_WORDS)


@functools.lru_cache(maxsize=256)  # texts hold few distinct sets of these cues
def _cued_run(present: frozenset[str]) -> re.Pattern[str]:
    """_CUED_RUN with only the cue words in ``present``."""
    if _CUED_HEAD is None:
        return _CUED_RUN
    # "(?=[iI...])\b(?i:in|...)" written to open on a character class, which the engine skips
    # to in C: the first letter taken, no word character before it, then the rest of the words
    # of that letter, in their order (no word of another letter can match there)
    groups: dict[str, list[str]] = {}
    for word in _CUED_WORDS:
        if word in present:
            groups.setdefault(word[0], []).append(word[1:])
    firsts = "".join(sorted({ch for first in groups for ch in (first, first.upper())}))
    branches = "|".join(
        rf"(?<=[{first}{first.upper()}])(?i:{'|'.join(rests)})" for first, rests in groups.items()
    )
    rest = _CUED_RUN.pattern[_CUED_HEAD.end() :]
    return re.compile(rf"[{firsts}](?<!\w.)(?:{branches})" + rest, _CUED_RUN.flags)


def _cued_runs(text: str, scan: Scan) -> list[tuple[int, str]]:
    """Capitalised runs right after a place cue ("in", "from", "near", "moved to" ...)."""
    runs = []
    if "d'" in text or "d\u2019" in text or "D'" in text or "\u00e0" in text or "\u00c0" in text:
        runs = [(match.start("c"), match["c"]) for match in _FRENCH_CUED.finditer(text)]
    regex = _CUED_RUN
    if _CUED_HEAD is not None and text.isascii():
        present = scan.cues & _CUED_SET
        if not present:
            return runs
        regex = _cued_run(present)
    found = [(match.start("c"), match["c"]) for match in regex.finditer(text)]
    return sorted(found + runs) if runs else found


# "Arco, ZIP 83213": the word before a ZIP cue is the town, even one spelt like a month.
_TOWN_ZIP = re.compile(rf"(?P<c>{_CAPRUN}),?\s+(?i:zip(?: ?code)?)\b")
_CITY_ZIP = re.compile(rf"(?P<c>{_CAPRUN}),?\s+(?P<z>\d{{5}}(?:-\d{{4}})?)\b(?![-/.]\d)")
# a ZIP in brackets after a state's code: "Encampment, WY (82325)"
_CODE_ZIP = re.compile(rf", (?:{_ABBR}) \((?P<z>\d{{5}}(?:-\d{{4}})?)\)")
_MILE_MARKER = (
    r",?\s+(?:mile marker|mile|MM|mm|exit|Exit|KM|km)\s+\d{1,3}[A-Z]?\b"
    r"|\s+@\s+(?:MM|KM|mile)\s+\d{1,4}\b"  # "HWY 63 NB @ KM 231"
)
_ROAD = re.compile(
    r"(?=[IUSRHCiMTFhrctm])\b(?:I-\d{1,3}|(?:US|State Route|Route|Rte|(?i:highway|hwy)|"
    r"Interstate|County Road|County Rd\.?|Co\.? Rd\.?|CO RD|(?i:township road|twp rd|"
    # (a county road may be lettered: Iowa's "County Road B45")
    # (Texas's farm- and ranch-to-market roads: "Farm to Market 1960", "FM 2222")
    r"range road|rge rd)|RD(?<=\d RD)|Farm Road|(?:Farm|Ranch) to Market(?: Road| Rd)?|FM|"
    r"Ranch Road)[- ]?"
    r"(?:\d{1,4}[A-Z]?|(?<=Road )[A-Z]\d{1,3}|(?<=Rd )[A-Z]\d{1,3})"
    # (Michigan's roads, not the M-80 firecracker; "RM" is mostly a room)
    r"|(?:SR|CR)[- ]\d{1,4}[A-Z]?|M-(?!80\b)\d{1,3}|TCH|Trans-Canada(?: Highway| Hwy)?)\b"
    # a grid road's direction ("County Rd 600 E") or a lane's ("I-75 SB")
    r"(?: [NSEW](?![\w'\u2019.-]|\.\w)| [NSEW]B\b)?"
    rf"(?![-/]\w)(?:{_MILE_MARKER})?"
    r"|(?=[HR])\b(?:HC|HCR|RR|Rural Route|Rt\.?|Rte\.?)\s?\d+,?\s+Box\s+\d+\b"
    # a state's road with its mile marker or exit: "KY-15 mm 22"
    rf"|\b[A-Z]{{2}}-\d{{1,3}}(?: [NSEW]B)?{_MILE_MARKER}"
)
# (the last alternative starts with "\b": the first letters of all three, looked ahead at)
_ROAD = lead(_ROAD, "A-Zchimrt")
_FEATURE = re.compile(
    rf"(?P<p>{_CAPRUN})\s+(?i:Park|(?-i:Peak)|Lake|River|Creek|Canyon|Mountain|Mountains|Valley|"
    # ("Falls" capitalised only: "Zero falls since" counts a patient's falls)
    r"Reservoir|Campground|Beach|Bridge|Dam|(?-i:Falls)|Springs|Reservation|reservation|Ranch|"
    r"Mall|"
    r"Lakes|"
    r"Jail|Prison|Penitentiary|Elementary|High School|Middle School|Academy|Church|Cathedral|"
    r"Mosque|Synagogue|Airport|Stadium|Arena|Casino|Hotel|Motel|Apartments|Heights|Estates|"
    r"Manor|Gardens|City|Correctional(?: Center| Facility)?|Detention Center|Shelter|"
    r"Trailhead|Ski Area|Resort|Fairgrounds|Plant|Mine|Refinery|Factory|Lodge|Marina|Speedway|"
    r"Raceway|Rodeo Grounds|Country Club|Golf Course|Trailer Park|Mobile Home Park|RV Park|"
    r"Assisted Living|Senior Living|Memory Care|Retirement (?:Home|Community|Village)|"
    r"Care Home|Rest Home|Nursing Home|Care Centre|Grange Hall|Legion Hall|VFW Hall|"
    r"Community Hall|Union Hall|Masonic Hall|(?-i:Side)|"
    r"Group Home|Rest Home|Station|Zoo|Aquarium|Museum|Pier|Villa|Distribution Center|"
    r"Fulfillment Center|Warehouse|Rez|rez|Towers|Tower|Lofts|Commons|subdivision|"
    # a scene a medic is called to: "Greenwood Cemetery", "Crystal Cave", "Wheeler's Point",
    # "the Gorge Amphitheatre", "Otter Tail County Fair", "the Williston Depot"
    r"Cemetery|Caves?|Caverns|Amphitheat(?:re|er)|Glacier|Quarry|Tunnel|Viaduct|Overlook|"
    r"Bayou|(?-i:Point|Spring|Depot|Fair)|"
    r"Subdivision|neighborhood|Neighborhood|"
    # lodgings, children's centres, a school district, named roads
    r"(?-i:Inn)|Rec Center|Recreation Center|Community Center|Learning Center|Daycare|"
    r"Preschool|(?-i:ISD)|Expressway|Tollway|Turnpike|Freeway|"
    r"Motorway|(?-i:Terrace)|"
    # Kenya's county hospitals ("Thika Level 5"), villages and local areas ("Ihievbe village",
    # "Owan East LGA")
    r"(?-i:Level [2-6])|village|(?-i:LGA)|taluk|tehsil|sub-county|municipality|"
    # care homes by their name: "Cedar Crest Home", "Heritage House", "Shady Pines"
    r"(?-i:Home(?! Park)|House(?! of\b)|Pines|Court)|"
    # hills and islands ("on Vinegar Hill", "Orcas Island"), and a town's own services
    # ("Grundy EMS", "Millbrook PD", "Harlan Fire Dept")
    r"(?-i:Hill|Island|Isle)|EMS(?! (?i:week|day|month))|"
    # a primary school as Britain and Ireland name it: "Bankhead Primary"
    r"(?-i:Primary(?! [Cc]are| [Cc]linic| [Hh]ealth)(?: School)?)|"
    r"(?-i:PD|Police Dept|Police Department|Fire Dept|Fire Department|Fire Rescue|"
    r"Sheriff's Office|Rescue Squad)|"
    # a trail, a wedding venue, a mobile-home park by its initials
    r"(?-i:Trail|Venue|MHP))\b"
    r"(?:\s+(?:#|[Rr]m\.?|[Rr]oom|[Uu]nit|[Aa]pt\.?)\s?\d{1,6}[A-Z]?\b)?"
)
# Stations that are kinds, not places: "the Nurses Station", "a Charging Station".
_KIND_OF_STATION = frozenset(
    ["Nurse", "Nurses", "Nursing", "Work", "Charging", "Gas", "Fire", "Police", "Train", "Bus",
     "Docking", "Weather", "Space", "Radio", "Power", "Subway", "Metro", "Ranger", "Service",
     "Duty", "Computer", "Wash", "Handwashing", "Hydration", "Triage", "Water", "Coffee",
     "Snack", "Skills", "Sim", "Simulation", "OSCE", "Exam", "Testing", "Vaccine", "Vaccination",
     "Screening", "Comfort", "Relief", "Aid", "First", "Ambulance", "EMS", "Medic"]
)  # fmt: skip
# A numbered fire or ambulance station ("works at Station 14") locates its crew.
_NUMBERED_STATION = re.compile(
    r"(?=[FSAE])\b(?:Fire |Ambulance |EMS )?Station (?:No\.? ?|#)?\d{1,3}\b"
)
_FEATURE_WORDS = frozenset(
    [
        "cemetery",
        "cave",
        "caves",
        "caverns",
        "amphitheatre",
        "amphitheater",
        "glacier",
        "quarry",
        "tunnel",
        "viaduct",
        "overlook",
        "bayou",
        "trail",
        "venue",
        "mhp",
        "primary",
        "hill",
        "island",
        "isle",
        "ems",
        "pd",
        "police",
        "fire",
        "sheriff",
        "rescue",
        "grange",
        "legion",
        "vfw",
        "community",
        "union",
        "masonic",
        "side",  # "the Upper West Side"
        "centre",
        "park",
        "peak",
        "lake",
        "lakes",
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
        "lodge",
        "marina",
        "speedway",
        "raceway",
        "rodeo",
        "golf",
        "country",
        "living",
        "memory",
        "retirement",
        "group",
        "rest",
        "station",
        "zoo",
        "aquarium",
        "museum",
        "pier",
        "villa",
        "distribution",
        "fulfillment",
        "warehouse",
        "rez",
        "towers",
        "tower",
        "lofts",
        "commons",
        "subdivision",
        "neighborhood",
        "inn",
        "rec",
        "recreation",
        "learning",
        "daycare",
        "preschool",
        "isd",
        "expressway",
        "tollway",
        "turnpike",
        "freeway",
        "motorway",
        "terrace",
        "village",
        "lga",
        "taluk",
        "tehsil",
        "municipality",
    ]
)
_UNIT_AFTER = re.compile(
    # ("ER" before a dose is a drug's extended release: "Depakote ER 1000")
    rf"(?P<p>{_CAPRUN})\s+(?:ICU|NICU|PICU|CCU|CVICU|SICU|MICU|ED|ER(?!\s+\d)|OR|nursing home|"
    r"rehab|SNF|urgent care|clinic|hospital|ward|campus|hospice|dialysis|cancer center|"
    r"medical center|labor and delivery|L&D|cath lab|burn unit|trauma center)\b"
)
_UNIVERSITY = re.compile(
    r"(?=U)\bUniversity of [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    # a campus by its system's initials and its town: "UT Austin", "UC Davis", "UNC Asheville"
    r"|(?=[UCS])\b(?:UT|UC|UNC|UW|UM|CU|UMass|UConn|SUNY|CUNY|Penn State|Cal State)"
    r"[ -][A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
)
# the words _UNIVERSITY starts with, each a whole word
_CAMPUS_WORDS = frozenset(
    ["university", "ut", "uc", "unc", "uw", "um", "cu", "umass", "uconn", "suny", "cuny", "penn",
     "cal"]
)  # fmt: skip


def _unit_forms(pattern: str) -> dict[str, tuple[str, ...]]:
    """The units of ``_UNIT_AFTER`` as it writes them ("ICU", "cath lab"), by first word.

    A text the pattern matches holds one of them: a cheap test before the scan.
    """
    forms: dict[str, tuple[str, ...]] = {}
    for unit in _unit_alternatives(pattern):
        head = _literal_head(unit)  # "ER" of "ER(?!\s+\d)": what the unit must hold
        if not re.search(r"\w", head):
            return {}  # a unit with no literal word: no cheap test
        first = re.findall(r"\w+", head.lower())[0]
        forms[first] = (*forms.get(first, ()), head)
    return forms


def _unit_alternatives(pattern: str) -> list[str]:
    r"""The alternatives of the last group of ``pattern`` after ``\s+(?:``, up to ``)\b``."""
    group = pattern.rsplit(r"\s+(?:", 1)[1]
    return group[: group.rindex(r")\b")].split("|")


def _literal_head(alternative: str) -> str:
    """The literal text an alternative starts with, less a last character made optional."""
    head = re.match(r"[\w&' ]*", alternative)[0]  # type: ignore[index]
    return head[:-1] if alternative[len(head) : len(head) + 1] in ("?", "*", "{") else head


_UNIT_FORMS = _unit_forms(_UNIT_AFTER.pattern)
_SAINT = re.compile(r"(?=[SF])\b(?:St\.?|Saint|Fort|Ft\.)\s+[A-Z][a-z]+(?:'s|\u2019s)?")
_NOT_CAMPUS = frozenset(["Medicine", "Health", "Medical", "Hospital", "Hospitals", "Physicians"])
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
    r"Heart Institute|Hospitals|Cancer Institute|Care Ctr|Medical Ctr|County Referral|RRH)\b"
    r"(?:\s+(?:Hospital|Medical Center|Center|Clinic|Campus|CLC|CBOC)\b)?)"
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
        # "Welcome Home", "Going Home", "from Nursing Home": no care home's name
        "Welcome",
        "Going",
        "Coming",
        "Nursing",
        "Care",
        "Group",
        "Rest",
        "Funeral",
        "Foster",
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
        "institute",
        "ctr",
        "referral",
        "rrh",
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
_CO_CUE = re.compile(r"\b(?:in|from|near|outside|rural|of)\s+$")
_COUNTY_TOKENS = frozenset({"county", "parish", "borough", "township", "twp", "co"})
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
def _place_firsts() -> frozenset[str]:
    """The first word of every known place, and the second of those that start with "The"."""
    names = [place.split() for place in lexicon("places")]
    firsts = {words[0] for words in names if words}
    return frozenset(firsts | {words[1] for words in names if words[0:1] == ["The"] and words[1:]})


@functools.cache
def _place_noun() -> re.Pattern[str]:
    return re.compile(rf"(?=[A-Z])(?<![\w@#])(?P<c>{_CAPSEQ})(?={_PLACE_NOUN.pattern})")


# every state and abbreviation starts with a capital: check that before trying each of them
# (a yes/no gate: the order of its alternatives changes no answer)
_STATE_GATE = re.compile(
    rf",\s*(?=[A-Z])(?:{by_first_letter([*_ABBR.split('|'), *_STATES.split('|')])})\b(?![a-z])"
)


@functools.cache
def _hospital_words() -> frozenset[str]:
    """One word of each hospital name, the rarest among the names: the names' gate words.

    A text that holds a name holds each of its words (lower-cased as ``check_phi`` does), so
    the text's words meet this set whenever ``_hospital_names()`` can match.
    """
    names = [re.findall(r"\w+", _aligned_lower(name)) for name in lexicon("hospital_names")]
    counts = collections.Counter(word for words in names for word in set(words))
    # (a short or everyday word opens the gate for many posts: "Royal Free" gates on "royal"
    # rather than "free", "Rede D'Or" on "rede")
    common = lower_set("common_words") | _EVERYDAY_GATE_WORDS
    return frozenset(
        min(words, key=lambda w: (len(w) < 3 or w in common, counts[w], -len(w), w))
        for words in names
        if words
    )


_EVERYDAY_GATE_WORDS = frozenset(
    ["free", "one", "referral", "cardiac", "trauma", "general", "children", "heart", "national",
     "university", "health", "medical", "teaching", "central", "regional", "memorial", "mass"]
)  # fmt: skip


def _aligned_lower(text: str) -> str:
    """``text`` lower-cased code point by code point, as ``check_phi`` lower-cases a post."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@functools.cache
def _hospital_names() -> re.Pattern[str]:
    names = sorted(lexicon("hospital_names"), key=len, reverse=True)
    # grouped by first letter, each group in the same order (longest first): the same
    # matches, but the engine tries the names of one letter at each capital, not all ~900
    # (each group opens on its letter and then tests what comes before it: a pattern whose
    # every branch opens on a literal is skipped through in C, one that opens on a look-around
    # is tried at every position)
    groups: dict[str, list[str]] = {}
    for name in names:
        if "A" <= name[0] <= "Z":  # (no other first letter follows the capital it needs)
            groups.setdefault(name[0], []).append(re.escape(name[1:]))
    alternatives = "|".join(
        rf"{first}(?<![\w@#/-].)(?:{'|'.join(rests)})" for first, rests in groups.items()
    )
    return re.compile(rf"(?:{alternatives})(?![\w/-])")


_NOT_PLACE_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}\s+(?:spotted|fever|disease|syndrome|virus|sign|criteria|score|"
    r"balloon|tamponade|maneuver|manoeuvre|procedure|operation|repair|catheter|tube|splint|"
    r"mutation|allele|variant|heterozygous|homozygous|"
    r"classification|questionnaire|model|scale|rule|rules|trial|study|protocol|index|"
    r"equation|formula|system|guidelines?|pathway|algorithm|handbook|manual)\b"
    # a formula worked out: "Parkland: 4 x 82 kg x 42", "Parkland = 4 x 70 x 30"
    r"|\s*[:=]?\s*\d+(?:\.\d+)?\s*(?:[x\u00d7*]|mL|ml|kg)",
    re.IGNORECASE,
)
_SUFFIX_WORDS = frozenset(_SUFFIX.lower().split("|"))
# each as _SUFFIX writes it ("st" -> "St", "way" -> "Way"), made once
_SUFFIX_FORMS = {word: word[:1].upper() + word[1:] for word in _SUFFIX_WORDS}
_ROAD_WORDS = frozenset(
    [
        "i",
        "us",
        "sr",
        "route",
        "rte",
        "rt",
        "highway",
        "hwy",
        "interstate",
        "county",
        "cr",
        "co",
        "hc",
        "hcr",
        "rr",
        "rural",
        "exit",
        "mile",
        "twp",
        "township",
        "rge",
        "range",
        "rd",
        "fm",
        "ranch",
        "farm",
        "m",
        "tch",
        "trans",
    ]
)
# "KY-15 mm 22": a state's road with its mile marker ("mm" alone is mostly millimetres)
_STATE_ROAD_GATE = re.compile(r"[A-Z]{2}-\d")
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
            # verbs that open a sentence before a service: "Sent EMS", "Call Sheriff's Office"
            "Sent",
            "Call",
            "Called",
            "Notified",
            "Activated",
            "Paged",
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
            # a quantifier or a verb opening a sentence: "Every shelter should", "Started PD
            # in 2021", "Give PD meds on time" (PD: peritoneal dialysis, Parkinson's)
            "Every",
            "Each",
            "Any",
            "No",
            "Started",
            "Start",
            "Give",
            "Given",
            "Hold",
            "Held",
            "Stopped",
            "Restarted",
            "Continue",
            "Continued",
        ]
    )
    | CALENDAR_NAMES
)


def _place_in_run(run: str) -> tuple[int, int] | None:
    """Offsets (within ``run``) of the capitalised words around a known place, if any."""
    words = run.split(" ")
    # (words split on blanks alone, as a run's are, are the words _is_place would split the
    # rest of the run into: read as they are, and one that starts no known place passed over)
    plain = run.split() == words
    firsts = _place_firsts()
    for i in range(len(words)):
        if plain and words[i] not in firsts:
            continue
        if i and " ".join(words[i - 1 : i + 1]) in STATE_NAMES:
            continue  # "England" of "New England"
        place = _place_of(words[i:]) if plain else _is_place(" ".join(words[i:]))
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
    return _place_of(words.split())


def _place_of(parts: list[str]) -> str | None:
    """The longest run of the first words of ``parts`` (four at most) that is a known place."""
    if not parts or parts[0] not in _place_firsts():
        return None  # no known place starts with this word (nor "The" and it)
    if " ".join(parts[:2]) in _REGIONS:  # "Central America": larger than any state
        return None
    names = _place_names()
    for n in range(min(4, len(parts)), 0, -1):
        candidate = " ".join(parts[:n])
        if candidate in names:
            return candidate
    return None


@functools.cache
def _place_names() -> frozenset[str]:
    """The names _is_place answers: known places but states, and those said with "The"."""
    places = lexicon("places")
    # "the Bronx", "the Dalles": a place known as "The <name>" is found by its name
    called_the = {place[4:] for place in places if place.startswith("The ")}
    return frozenset(place for place in places if place not in STATE_NAMES) | called_the


def _not_common(name: str) -> bool:
    words = name.split()
    first = words[0]
    if len(words) > 1 and first in _TOWN_PREFIXES:
        return words[1].lower() not in lower_set("common_words")
    if len(words) > 1 and first not in lexicon("eponyms"):
        # a town of two words is no common phrase unless both are common ("Golden Valley")
        common = lower_set("common_words")
        return first.lower() not in common or words[1].lower() not in common
    return first.lower() not in lower_set("common_words") and first not in lexicon("eponyms")


# Languages and nationalities: "sang in Japanese" names no place (the informal rules too).
LANGUAGES = frozenset(
    ["English", "Spanish", "French", "German", "Italian", "Portuguese", "Polish", "Russian",
     "Ukrainian", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese",
     "Tagalog", "Filipino", "Hindi", "Urdu", "Bengali", "Punjabi", "Gujarati", "Tamil",
     "Telugu", "Arabic", "Farsi", "Persian", "Dari", "Pashto", "Turkish", "Greek", "Hebrew",
     "Yiddish", "Swahili", "Somali", "Amharic", "Tigrinya", "Haitian", "Creole", "Hmong",
     "Khmer", "Lao", "Thai", "Burmese", "Nepali", "Nepalese", "Dutch", "Swedish", "Danish",
     "Norwegian", "Finnish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian",
     "Serbian", "Croatian", "Bosnian", "Albanian", "Armenian", "Georgian", "Navajo", "Yupik",
     "Samoan", "Tongan", "Hawaiian", "Marshallese", "Chuukese", "Ilocano", "Cebuano",
     "Indonesian", "Malay", "Latin", "Sign", "ASL", "Portugese", "Taiwanese", "Lebanese",
     "Sudanese", "Congolese", "Senegalese", "Togolese", "Ghanaian", "Nigerian", "Yoruba",
     "Igbo", "Hausa", "Wolof", "Oromo", "Kurdish", "Irish", "Welsh", "Scottish", "Bangla",
     "Marathi", "Kannada", "Malayalam", "Odia", "Oriya", "Assamese", "Sinhala", "Sindhi",
     "Kashmiri", "Konkani", "Tulu", "Hindustani", "Zulu", "isiZulu", "Xhosa", "isiXhosa",
     "Sesotho", "Setswana", "Afrikaans", "Shona", "Kinyarwanda", "Luganda", "Twi", "Akan",
     "Ewe", "Fulani", "Uzbek", "Tajik", "Kazakh", "Uyghur", "Mongolian", "Hokkien",
     "Hakka", "Bahasa", "Javanese", "Tetum", "Maori", "Pidgin", "Patois", "Quechua",
     "Aymara", "Guarani", "Nahuatl", "Mayan", "Catalan", "Basque", "Galician",
     "Icelandic", "Estonian", "Latvian", "Lithuanian", "Slovenian", "Macedonian",
     "Belarusian", "Azerbaijani", "Azeri", "Berber", "Tamazight", "Darija", "Maltese",
     "Kreyòl", "Kreyol"]
)  # fmt: skip
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
        "Park", "Lake", "Bridges", "Bridge", "Forks", "Oaks", "Pines", "Rocks", "Wells",
        "Shoals", "Cove", "Bend", "District", "Quarter",
    ]
)  # fmt: skip
_PREFIX_ALT = "|".join(re.escape(w) for w in sorted(_TOWN_PREFIXES, key=len, reverse=True))
_SHAPE_ALT = "|".join(sorted(_TOWN_SHAPES, key=len, reverse=True))
# A town by its shape after a place preposition, known or not: "from Lake Moxie",
# "near Fort Ellis", "outside Cobb Falls", "in Mercer City".
_TOWN_SHAPE = re.compile(
    rf"(?P<p>(?:{_PREFIX_ALT})\s+[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:\s+(?:{_SHAPE_ALT}))?"
    rf"|[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z\u00e0-\u00ff'\u2019]+)?"
    rf"\s+(?:{_SHAPE_ALT}))"
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
_SCHOOL_WORDS = frozenset(
    ["high", "middle", "elementary", "intermediate", "primary", "prep", "preparatory",
     "montessori", "grade", "school", "academy"]
)  # fmt: skip
_TOWN_WORD = r"[A-Z][a-z\u00e0-\u00ff\u0100-\u017f'\u2019]+"
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
    if _NOT_PLACE_AFTER.match(text, match.end()) or words[0] in STATE_NAMES:
        return
    if match["p"] in STATE_NAMES or (
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


# "Mercy Medical Center - Des Moines", "Lutheran Home of Fargo": the campus's town
_TOWN_DASH = re.compile(
    rf"(?:\s+[-\u2013\u2014]\s*|\s+of\s+)(?P<t>{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}})"
    r"(?![\w'\u2019-])"
)


def _town_in(text: str, end: int) -> Iterator[Hit]:
    """The town in "<facility> in <Town>", the facility ending at ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    after = _TOWN_AFTER.match(text, end)
    if after is not None and text[end : after.start("t")].strip(", ") == "in":
        yield from _town_hit(after)
        return
    dash = _TOWN_DASH.match(text, end)
    if dash is not None:
        yield from _town_hit(dash)


def _town_hit(match: re.Match[str], *, ambiguous: bool = False) -> Iterator[Hit]:
    """The town named right after a street address or a facility, unless it is a state.

    With ``ambiguous``, a known town spelt like a common word counts too ("Flint").
    """
    words = match["t"].split()
    while words and words[-1] in STATE_NAMES:
        words.pop()
    if (
        words
        and " ".join(words) not in STATE_NAMES
        and words[0] not in _STOP_RUN
        and (
            words[0].lower() not in lower_set("common_words")
            or words[0] in _TOWN_PREFIXES
            or (ambiguous and words[0] in lexicon("ambiguous_places"))
        )
    ):
        start = match.start("t")
        yield Hit(start, start + len(" ".join(words)), _G, "geo.city")


# "Apt 4C", "Unit 2B", "Suite 310": a home's unit number ("Unit" only with a letter in it,
# so a hospital's "unit 4" is not taken; no dot after "unit": "Burn unit. 19F").
_APT = re.compile(
    r"(?=[AaUuSs])\b(?P<k>Apt\.?|APT\.?|apt\.?|Ste\.?|Apartment|apartment|Unit|unit|Suite)\s*"
    r"#?\s*(?P<v>\d{1,4}[A-Z]|[A-Z]\d{1,4}|\d{1,4}(?=[.,;!]|\s+(?:in|at|of|on|off|near|by|"
    r"with|downtown|upstairs|downstairs)\b))(?![\w-])"
)
_APT_WORDS = frozenset(["apt", "apartment", "unit", "suite", "ste"])
# "5th and Market", "Main & 3rd": a street corner after a word of place.
# (a side may carry its direction and its suffix: "W. 63rd and Racine", "Bryant St and 10th",
# "FM 1960 & Kuykendahl")
_SIDE_SUFFIX_WORDS = ("St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Pkwy")
_SIDE_SUFFIX = rf"(?: (?:{'|'.join(_SIDE_SUFFIX_WORDS)})\b\.?)"
_SIDE = (
    r"(?:(?:[NSEW]\.? )?\d{1,3}(?:st|nd|rd|th)|(?:Hwy|Highway|Route|Rte|US|SR|FM|CR) \d{1,4}|"
    rf"(?:[NSEW]\.? )?[A-Z][a-z]+){_SIDE_SUFFIX}?"
)
_CORNER = re.compile(
    rf"(?=[nNaAoObBfF])\b(?:near|at|on|off|by|around|outside|from)\s+(?:the\s+corner\s+of\s+)?"
    rf"(?P<x>(?P<a>{_SIDE})\s+(?:and|&)\s+(?P<b>{_SIDE}))\b"
    r"(?!\s+(?:ICS|intercostal|ribs?|digits?|fingers?|toes?|cranial|nerves?|metacarpals?|"
    r"trimesters?|degree|percentile|doses?|cycles?|lines?|floors?|days?|weeks?|attempts?))"
)
_CORNER_GATE = re.compile(
    r"(?=[\dA-Z.])(?:\d(?:st|nd|rd|th)|[A-Z][a-z]+|\d|[A-Z][a-z]+\.) (?:and|&) "
    r"(?:[NSEW]\.? )?(?:\d{1,3}(?:st|nd|rd|th)|[A-Z])"
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
        or first in STATE_NAMES
        or first in _STOP_RUN
        or first in ("Medicaid", "Medicare", "Disability", "Oxygen", "Hospice", "Dialysis")
    )


def _street_side(side: str) -> bool:
    side = _SIDE_DIRECTION.sub("", side)
    return (
        side[:1].isdigit()
        or side in _STREET_NAMES
        or side[-1:].isdigit()
        or side.rstrip(".").endswith(_SIDE_SUFFIXES)
    )


_SIDE_DIRECTION = re.compile(r"^[NSEW]\.? ")
_SIDE_SUFFIXES = tuple(" " + word for word in _SIDE_SUFFIX_WORDS)


# The generic second word of a multi-word place: "Hampton Roads", "Pioneer Square".
_PLACE_TAIL = re.compile(
    r" (?:Roads|Square|Heights|Springs|Falls|Beach|Harbor|Harbour|Valley|Hills|Point|Junction|"
    r"Crossing|Village|Landing|Bay|Creek|Grove|City|Lake|Park|Station|Ridge|Bluffs?|Mills?|"
    r"Center|Centre|Township|Gardens|Estates|Shores|Meadows|Plains|Rapids|Woods|Forest|Glen|"
    r"Hollow|Gap|Corners?|Ferry|Fork|Forks|Wells|Market|Library|Manor|Apartments|Co\.|"
    r"Company|Nursing(?: (?:&|and) Rehab(?:ilitation)?)?(?: Center| Centre)?|"
    r"(?:Community |Junior )?College|University|Academy|(?:High |Middle |Elementary )?School|"
    r"Elementary|Pavilion|(?:[Pp]arish )?[Hh]all|Works|Lab|Laboratory|"
    # a business's or a shelter's kind after its name: "Busy Bee Daycare", "Ag Valley
    # Co-op", "Hillcrest Food Pantry", "Kessler Lumber & Truss"
    r"Daycare|Day Care|Preschool|Co-op|Coop|Cooperative|(?:Food )?Pantry|Shelter|Mission|"
    r"Saloon|Tavern|Diner|Grill|Cafe|Caf\u00e9|Lumber(?: (?:&|and) [A-Z][a-z]+)?|Feed|Supply|"
    r"Distribution|Depot|Motors|Salon|Barbershop|Fitness|Elevator|Substation|Dairy|Farms?|"
    r"Ranch)(?![\w'-])"
    r"| (?:county|parish)\b"  # "from tunica county"
    # a town's works: "the Kilgore glass plant", "Tyson poultry plant"
    r"| (?:[a-z]+ ){0,2}(?:plant|factory|mill|warehouse|refinery|cannery|mine|shipyard)\b"
)


# "the Greyhound station in Gallup", "Children's in Little Rock", "Sunrise of Bethesda": a
# named business or landmark located by the town right after it is part of the place.
_LABEL_BEFORE = re.compile(
    # "(?<!X)[A-Z]" written "[A-Z](?<!X[A-Z])": a pattern that starts with a character class is
    # skipped to in C
    r"(?P<l>[A-Z](?<![\w'\u2019.&-][A-Z])[A-Za-z&'\u2019-]*(?: [A-Z][A-Za-z&'\u2019-]*){0,3})"
    r"(?P<n> [a-z]+)?\s+(?P<k>in|near|outside|off|of|at|on)\s+$"
)
LABEL_NOUNS = frozenset(
    ["station", "plant", "store", "mall", "market", "factory", "mill", "mine", "depot", "terminal",
     "stop", "lot", "park", "motel", "hotel", "diner", "shelter", "church", "school", "campus",
     "warehouse", "yard", "facility", "home", "center", "centre", "branch", "location", "site",
     "rink", "pool", "gym", "bar", "restaurant", "casino", "prison", "jail", "camp", "base",
     "overpass", "underpass", "bridge", "ramp", "crew", "office", "headquarters", "hq",
     "lab", "works"]
)  # fmt: skip
"""Nouns of a named site located by the place after it ("the Amtrak station in Albany")."""


_ACRONYM = re.compile(r"[A-Z]{2,5}(?:-[A-Z])?")


_LABEL_TOWN_CUES = frozenset(["in", "near", "outside", "off", "of", "at"])


def _label_cue_before(text: str, start: int, street: bool) -> bool:
    """Whether the word before ``start`` is the cue _LABEL_BEFORE needs ("on" for a street).

    That word is the pattern's last, set off by white space on both sides: a look at the
    words, before a search that tries every capital in its window.
    """
    head = text[max(0, start - 60) : start]
    if not head[-1:].isspace():
        return False
    words = head.rsplit(None, 1)
    return len(words) == 2 and (words[1] == "on" if street else words[1] in _LABEL_TOWN_CUES)


def label_start(text: str, start: int, street: bool = False) -> int:
    """Where a named business before "in/near/of <town>" (or "on <street>") starts."""
    if not _label_cue_before(text, start, street):
        return start
    match = _LABEL_BEFORE.search(text, max(0, start - 60), start)
    if match is None or (match["k"] == "on") != street:
        return start
    words = match["l"].split()
    noun = match["n"]
    if noun is not None and noun.strip() not in LABEL_NOUNS:
        return start
    common = lower_set("common_words")
    named = [w for w in words if w.lower() not in common and w not in CALENDAR_NAMES]
    possessive = words[-1].endswith(("'s", "\u2019s"))
    if not (named or possessive or noun is not None):
        return start
    if len(words) == 1 and noun is None and _at_sentence_start(text, match.start("l")):
        return start  # "Patients in Gallup": a sentence's first word
    if len(words) == 1 and noun is None and _ACRONYM.fullmatch(words[0]):
        return start  # "his CAR-T in Hamburg", "63 days in NBU at Kisumu": a care's acronym
    if words[0] in STATE_NAMES or words[0] in _CUE_WORDS or words[0] in CALENDAR_NAMES:
        return start
    if noun is not None and noun.strip() == "works" and words[-1].lower() in _WORKERS:
        return start  # "Father works in Surat": someone working there, no "Iron Works"
    return match.start("l")


_WORKERS = frozenset(
    ["he", "she", "father", "mother", "dad", "mom", "mum", "son", "daughter", "husband", "wife",
     "brother", "sister", "partner", "who", "pt", "patient"]
)  # fmt: skip


ETHNIC_GROUPS = frozenset(
    ["Ashkenazi", "Ashkenazi Jewish", "Sephardi", "Sephardic", "Sephardic Jewish", "Mizrahi"]
)
"""Peoples named as a founder population ("common in Ashkenazi Jewish pts"), never a town."""
# Peoples spelt like a town ("Navajo", "Hopi", "Ashkenazi Jewish"): a place only as their
# nation or reservation.
PEOPLES = frozenset(
    ["Navajo", "Hopi", "Apache", "Cherokee", "Choctaw", "Chickasaw", "Seminole", "Lakota",
     "Dakota", "Sioux", "Comanche", "Cheyenne", "Arapaho", "Shoshone", "Ute", "Zuni", "Pueblo",
     "Yupik", "Inupiat", "Ojibwe", "Chippewa", "Mohawk", "Oneida", "Seneca", "Crow", "Osage",
     "Blackfeet", "Menominee", "Hmong", "Amish", "Creek", "Muscogee", "Tlingit", "Haida",
     *ETHNIC_GROUPS]
)  # fmt: skip
_NATION_AFTER = re.compile(r"\s+(?:Nation|Reservation|Rez|County|Tribe|Agency)\b")
# Parts of the world, not places below a state: "South Asia", "East Africa", "Middle East".
_WORLD_REGION = re.compile(
    r"(?:(?:North|South|East|West|Central|Southeast|Southern|Northern|Eastern|Western|"
    r"Sub-Saharan|Latin|Northeast|Southwest)\s+(?:Asia|Africa|America|Europe)|Middle East|"
    # and regions of the US, each larger than a state
    r"Pacific(?: Northwest)?|(?:Upper )?Midwest|New England|Deep South|Gulf Coast|"
    r"Mid-Atlantic|Great Plains|Rust Belt|Sun Belt|Bible Belt|Mountain West|Tri-State)"
)


_CAR_MAKES = frozenset(
    ["Honda", "Toyota", "Subaru", "Nissan", "Mazda", "Hyundai", "Kia", "Lexus", "Acura",
     "Tesla", "Buick", "Chevy", "Chevrolet", "Volvo", "Audi", "Jeep", "Volkswagen"]
)  # fmt: skip
# programs spelt like a town: "plotted his INRs in Excel" (Excel, Alabama)
_SOFTWARE = frozenset(["Excel", "Epic", "Cerner", "Outlook", "PowerPoint"])
_TITLED_BEFORE = re.compile(r"\b(?:Dr|Dra|Drs|Prof|Professor|Nurse)\.? $")


def find_geography(text: str, scan: Scan) -> Iterator[Hit]:
    """Places smaller than a state, in a patient story; ZIPs with a cue anywhere."""
    burns = "Parkland" in text and _BURNS.search(text) is not None
    for hit in _find_geography(text, scan):
        if burns and text[hit.start : hit.end] == "Parkland" and _parkland_formula(text, hit.start):
            continue  # "35% TBSA ... Parkland says ~11 L": the burns formula, no hospital
        if hit.rule == "geo.facility" and text[hit.start : hit.end].split(" ")[0] in LANGUAGES:
            continue  # "Dutch Lipid Clinic Network score": a score, no site
        if hit.rule == "geo.facility" and _TEAM_AFTER.match(text, hit.end):
            continue  # "to make it to the UNC game": a team, no site
        if hit.rule in ("geo.place", "geo.facility") and _REGION_THEN_KIND.fullmatch(
            text, hit.start, hit.end
        ):
            words = text[hit.start : hit.end].split()
            if words[0] in STATE_NAMES or _WORLD_REGION.fullmatch(words[0]):
                continue  # "a Midwest nursing home", "a Texas ranch hand": a region, no site
        if hit.rule == "geo.city":
            name = text[hit.start : hit.end]
            if name in PEOPLES:
                nation = _NATION_AFTER.match(text, hit.end)
                if nation is None:
                    continue  # "~60s, Navajo, found down": a people
                hit = Hit(hit.start, nation.end(), hit.category, hit.rule)  # "Navajo Nation"
            if _WORLD_REGION.fullmatch(name) or name == "Safe Harbor":
                continue  # "South Asia"; HIPAA's "Safe Harbor" method
            if name in COUNTRIES and not _STATE_AFTER.match(text, hit.end):
                continue  # "back from Saudi Arabia" (not "Cuba, MO", "Jordan, Montana")
            if _TITLED_BEFORE.search(text, max(0, hit.start - 11), hit.start):
                continue  # "the wrong Dr Ramos": a clinician named like a town
            if name in _CAR_MAKES or name in _SOFTWARE:
                continue  # "the front seat of a Honda Pilot": a car, not Honda, Colombia
            label = label_start(text, hit.start)
            if label < hit.start:
                hit = Hit(label, hit.end, hit.category, hit.rule)
            elif text[max(0, hit.start - 4) : hit.start] in ("the ", "The ") and (
                "The " + name in lexicon("places")
            ):
                hit = Hit(hit.start - 4, hit.end, hit.category, hit.rule)  # "the Bronx"
            state = _STATE_ABBR_AFTER.match(text, hit.end)
            if state is not None:  # "Buffalo, WY": the town with its state, as one place
                hit = Hit(hit.start, state.end(), hit.category, hit.rule)
            yield from _paired_towns(text, hit)
        elif hit.rule == "geo.street":
            label = label_start(text, hit.start, street=True)
            if label < hit.start:  # "the Walmart lot on Kietzke Ln"
                hit = Hit(label, hit.end, hit.category, hit.rule)
            town = _IN_TOWN.match(text, hit.end)
            if town is not None:  # "a duplex on Bellevue Ave in Flint"
                yield from _town_hit(town, ambiguous=True)
        yield hit


# a known town set against a town found: "Zahle \u2192 Boston", "Tupelo to Houston" (after an
# arrow a town spelt like a name or a word counts too; after "to" only one that is no common
# word or name; never a greeting's or a journey's word: "Welcome to Rochester")
_PAIR_JOIN = r"\s*(?P<j>to|\u2192|->|-->|\u21d2)\s*"
_TOWN_PAIR_AFTER = re.compile(rf"{_PAIR_JOIN}(?P<t>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)")
_TOWN_PAIR_BEFORE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<t>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?){_PAIR_JOIN}$"
)


def _paired_towns(text: str, hit: Hit) -> Iterator[Hit]:
    """Known towns set right against a town found (see ``_TOWN_PAIR_AFTER``)."""
    after = _TOWN_PAIR_AFTER.match(text, hit.end) if hit.end < len(text) else None
    before = _TOWN_PAIR_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    for match in (after, before):
        if match is None:
            continue
        arrow = match["j"] != "to"
        words = match["t"].split()
        for name in (" ".join(words), words[0]) if len(words) > 1 else (words[0],):
            if _pair_town(name, arrow=arrow):
                start = match.start("t")
                yield Hit(start, start + len(name), _G, "geo.city")
                break


_NOT_PAIR_WORDS = frozenset(
    ["welcome", "home", "back", "return", "road", "trip", "way", "ride", "flight", "drive",
     "transfer", "moved", "headed", "sent", "flown", "off", "out", "down", "up", "over", "goes",
     "go", "going", "went", "came", "come", "comes", "flew", "drove", "walked", "run", "ran"]
)  # fmt: skip


def _pair_town(name: str, *, arrow: bool) -> bool:
    if (
        name.isupper()
        or not (name in lexicon("places") or name in lexicon("ambiguous_places"))
        or name in STATE_NAMES
        or name in COUNTRIES
        or name in _STOP_RUN
        or name.lower() in _NOT_PAIR_WORDS
    ):
        return False
    return arrow or not (name in _person_names() or name.lower() in lower_set("common_words"))


# a region's name and the lower-case kind of a site after it: "Midwest nursing home"
_REGION_THEN_KIND = re.compile(r"[A-Z][a-z]+(?: [a-z]+){1,3}")
# A side of a town before its name, and a lot, unit or exit after a place, are part of it:
# "South Lawndale", "Shady Acres Mobile Home Park lot 9", "I-70 near exit 231",
# "Eastside Pipefitters Local 44".
_QUADRANTS = ("N", "S", "E", "W", "NE", "NW", "SE", "SW")
_STREET_SIDES = frozenset(_QUADRANTS) | {f"{side}." for side in "NSEW"}
_QUADRANT_AFTER = re.compile(rf" (?:{'|'.join(_QUADRANTS)})\b(?![.'\u2019-]\w)")
_SIDES = frozenset(
    ["North", "South", "East", "West", "Upper", "Lower", "Northeast", "Northwest", "Southeast",
     "Southwest"]
)  # fmt: skip
# the words of a lot or unit, before or after the place it is in
_UNIT_WORD = r"[Ll]ot|[Ss]pace|[Uu]nit|[Aa]pt\.?|[Tt]railer|[Ss]ite"
_UNIT_OR_EXIT = re.compile(
    r",?\s+(?:(?:near|at|by|past|off|before|after)\s+)?"
    rf"(?:(?:{_UNIT_WORD}|[Ee]xit|[Mm]ile marker|MM|Local)"
    r"\s*#?\s*(?=[A-Z]?\d)[A-Z]?\d{1,4}[A-Z]?|(?:[Bb]ldg\.?|[Bb]uilding) [A-Z0-9]{1,3})(?![\w-])"
)
# ... and before it: "Lot 9, Sagebrush RV Park", "Unit 7, Cypress Court", and the
# house number of an address told without its street suffix: "lives at 4417 N. Kimball"
_UNIT_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])(?:(?:{_UNIT_WORD}|[Bb]ldg\.?)"
    r"\s*#?\s*[A-Z]?\d{1,4}[A-Z]?,?|\d{2,5}(?: [NSEW]\.?)?|\d{2,5} block of) $"
)


def widen_place(text: str, hit: Hit) -> Hit:
    """A place found by any rule, with what belongs to it on either side.

    A town's side before it ("South Lawndale"), a unit, lot or house number before it, the
    generic second word of a town's or a site's name after it ("Heights", "Nursing & Rehab",
    "Community College"), and a lot, unit or exit number after it.
    """
    start, end = hit.start, hit.end
    if hit.rule == "geo.city":
        tail = _PLACE_TAIL.match(text, end)
        if tail is not None:
            end = tail.end()
    elif hit.rule == "geo.workplace" and text.startswith(" & ", end):
        partner = _AMPERSAND_TAIL.match(text, end)  # "Kessler Lumber & Truss", "Pruett & Sons"
        if partner is not None:
            end = partner.end()
    if start >= 3 and text[start - 1] == " ":
        before = text[max(0, start - 16) : start - 1]
        word = before.rsplit(" ", 1)[-1]
        side = word in _SIDES or (hit.rule == "geo.street" and word in _STREET_SIDES)
        if side and not text[start - len(word) - 2 : start - len(word) - 1].isalnum():
            start -= len(word) + 1
        elif text[start : start + 1].isupper() and (
            before[-1:].isdigit() or before[-1:].isupper() or before[-1:] in (",", ".", "f")
        ):  # (a number, a unit's letter or its comma, "W." or "block of" before the place)
            unit = _UNIT_BEFORE.search(text, max(0, start - 16), start)
            if unit is not None:
                start = unit.start()
    if start >= 6 and text[start - 1] == " ":
        site = _SITE_BEFORE.search(text, max(0, start - 60), start)
        if site is not None:  # "a bakery on Market St", "the Jennie-O turkey plant in Barron"
            start = site.start("site")
    if hit.rule != "geo.street" and text.startswith(" ", end):
        road = _ROAD_WORD_AFTER.match(text, end)
        if road is not None:  # "home to Blossom Hill Road": the place was a street's name
            end = road.end()
    if hit.rule == "geo.street":  # "Fremont Ave N": a street's quadrant after it
        quadrant = _QUADRANT_AFTER.match(text, end)
        if quadrant is not None:
            end = quadrant.end()
    if text.startswith(" ", end) and not hit.rule.startswith("geo.zip"):
        site = _SITE_NOUN_AFTER.match(text, end)  # "the Grinnell Glacier trail"
        if site is not None:
            end = site.end()
    after = _UNIT_OR_EXIT.match(text, end) if end < len(text) else None
    if after is not None:
        end = after.end()
    elif text.startswith(" ", end):  # a site's code after its company: "Amazon DFW7"
        code = _SITE_CODE.match(text, end)
        if code is not None:
            end = code.end()
    if (start, end) == (hit.start, hit.end):
        return hit
    return Hit(start, end, hit.category, hit.rule, hit.blocking)


_ROAD_WORD_AFTER = re.compile(
    r" (?:Road|Rd|Street|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Court|Ct|Highway|Hwy|Pike|"
    r"Parkway|Pkwy|Terrace|Circle|Cir)(?![\w'\u2019-])"
)
# a business or site before the street or town it stands on or in, with the company's name
# or the kind of work before its noun: "the laundromat on Greer St", "a salon on Mission St",
# "the Jennie-O turkey plant in Barron", "the needle exchange at 4th and Pine"
_SITE_BEFORE_NOUNS = (
    "laundromat", "bakery", "salon", "barbershop", "cannery", "plant", "factory", "mill",
    "warehouse", "store", "shop", "station", "depot", "motel", "hotel", "diner", "restaurant",
    "bar", "pub", "cafe", "caf\u00e9", "church", "mosque", "temple", "gym", "mall", "market",
    "pharmacy", "hangar", "shelter", "garage", "dealership", "yard", "exchange", "branch",
    "office", "center", "centre", "lodge", "tavern", "casino", "arena", "rink", "laundry",
)  # fmt: skip
_SITE_BEFORE = re.compile(
    r"(?<![\w'\u2019&.-])(?P<site>(?:[A-Z][\w'\u2019&-]*\s){0,3}"
    r"(?:(?!(?:the|a|an|at|in|on|to|of|from|by|near|and|or|her|his|their|my|our|its)\s)"
    r"[a-z]+\s)?"
    rf"(?:{'|'.join(_SITE_BEFORE_NOUNS)})) (?:on|in|at|off|near|by) $"
)

# what a place names a site of, written after it in lower case: "the Bright Angel trail",
# "the Pendleton Round-Up grounds", "Love's truck stop", "the Hartley Co-op elevator"
_SITE_NOUN_AFTER = re.compile(
    r" (?:trail|trailhead|grounds|fairgrounds|campground|parking (?:lot|garage|deck)|lot(?! ?#?\d)|"
    r"elevator|truck stop|rest (?:area|stop)|mill|crossing|turnoff|depot|pavilion|hangar|"
    r"ballroom|cafeteria|playground|pier|marina|boat ramp|overlook|stadium|arena|rink|"
    r"laundromat|chapter house|parish hall|food court|bus (?:stop|station|depot)|"
    r"train station|taxi rank)(?![\w'\u2019-])"
)
_TEAM_AFTER = re.compile(
    r" (?:game|games|football|basketball|baseball|fans?|tailgate|jersey|shirt|hoodie|hat)\b"
)
_AMPERSAND_TAIL = re.compile(r" & [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w'-])")
_SITE_CODE = re.compile(r" (?:(?:warehouse|plant|site|facility|hub) )?[A-Z]{3,4}\d{1,2}\b")
_OUR_DEVOTIONS = frozenset(
    ["Lady", "Savior's", "Saviour's", "Savior", "Saviour", "Redeemer", "Redeemer's", "Mother",
     "Father"]
)  # fmt: skip
_IN_TOWN = re.compile(rf"\.?\s+in\s+(?P<t>{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}})(?![\w'\u2019-])")
# A town after a place's cue and before its state or province, even one spelt like a word:
# "from Hope, BC", "night shift in Normal IL", "out of Eden NSW", "from Boring (OR)", "from
# March (Cambs)", "outside Sterling, CO"
_PROVINCES = (
    "BC|AB|SK|MB|ON|QC|NB|NS|PE|PEI|NL|YT|NT|NU|NSW|QLD|Qld|VIC|Vic|TAS|Tas|ACT|"
    "British Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec|Nova Scotia|New Brunswick|"
    "Newfoundland|Queensland|Tasmania|New South Wales"
)
# (after a blank alone only codes that are no common abbreviation: not "OR", "MD", "CO")
_PLAIN_CODES = (
    "AK|AZ|AR|CA|CT|FL|GA|IL|IA|KS|KY|MI|MN|MO|NV|NH|NJ|NM|NY|NC|OH|RI|SD|TN|TX|UT|VT|VA|WV|"
    "WI|WY|QC|NSW|QLD|VIC|TAS"
)
_ENGLISH_SHIRES = (
    "Cambs|Lancs|Yorks|Hants|Herts|Bucks|Wilts|Glos|Notts|Northants|Oxon|Berks|Beds|Leics|"
    "Lincs|Staffs|Worcs|Warks|Derbys|Somerset|Devon|Cornwall|Dorset|Kent|Essex|Suffolk|"
    "Norfolk|Cumbria|Co\\. [A-Z][a-z]+"
)
_COUNTY_SHIRE = r"Co\. [A-Z][a-z]+"  # (the one of them that is no literal word)
_CUED_TOWN_STATE = re.compile(
    r"\b(?:in|from|of|outside|near|to|at|around)\s+"
    r"(?P<c>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    rf"(?:,\s*(?:{_ABBR}|{_STATES}|{_PROVINCES})\b(?![a-z'\u2019])"
    rf"| (?:{_PLAIN_CODES})\b(?![a-z'\u2019])"
    rf"|(?P<p> \((?:{_ABBR}|{_STATES}|{_PROVINCES}|{_ENGLISH_SHIRES})\b))"
)
# (its gate: a state, a province or a county after a blank, a comma or a bracket, as every
# branch of the pattern writes it; it opens on a character class, which the engine skips to
# in C, where the pattern's leading word boundary is tried at every position)
# (its words grouped by first letter: a blank is common, and the engine then tries one group
# after it, not each of some two hundred words)
_STATE_MARK = re.compile(
    r"[,( ](?:"
    + by_first_letter(
        [
            word
            for words in (_ABBR, _STATES, _PROVINCES, _ENGLISH_SHIRES)
            for word in words.split("|")
            if word != _COUNTY_SHIRE
        ]
    )
    + rf"|{_COUNTY_SHIRE})\b"
)
_STATE_ABBR_AFTER = re.compile(rf",\s?(?:{_ABBR})\b(?![a-z'\u2019])")
_STATE_AFTER = re.compile(rf",\s?(?:{_ABBR}|{_STATES})\b(?![a-z'\u2019])")


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


# A post or line that opens on a town and a colon, perhaps with its service between
# ("Gothenburg: the sticker said ...", "Brno sleep lab: picked up ...", "Amsterdam GP: ...")
_OPENING_PLACE = re.compile(
    # (a line's start, as MULTILINE's "^" finds it: tried at line starts only, not everywhere)
    r"^"
    # (a service or a role may come first: "Family med, Sioux Lookout: ...")
    r"(?:(?:Family med|Family medicine|Rural GP|GP|Locum|Rural locum|Peds|Nights|ED|ER|"
    r"Ortho|Obs|Hospice|Home visits?|Day \d{1,2}), )?"
    r"(?P<p>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'-]+)?)"
    r"(?: (?:GP|ED|ER|ICU|A&E|clinic|hospital|ward|rotation|locum|peds|trauma|nights|here|"
    r"memory|story|sleep lab|rural GP))?"
    # (or its hospital or ward after a comma, and French's blank before the colon: "Lagos,
    # LUTH:", "Lyon, Édouard-Herriot :", "Conakry, Donka :")
    r"(?:, (?P<f>[^\n,:.!?]{2,40}?))? ?:",
    re.MULTILINE,
)
# what may follow the town that is no hospital's name: a ward, a service, a time of day
_OPENING_SERVICE = re.compile(
    r"(?i:.*\b(?:ward|unit|service|clinic|rounds|shift|night|nights|day|call|r[ée]a|urgences?|"
    r"notfall|spoed|ed|er|icu|a&e|gp|opd|peds|paeds|obs|ortho|surgery|medicine|med|"
    r"g[ée]riatrie|p[ée]diatrie|maternit[ée]|theatre|or|list|post|update|week|today|tonight)\b)"
    r"|.*\d"
)
# a burns post, where "Parkland" is the fluid formula ...
_BURNS = re.compile(r"(?i:tbsa|\bburns?\b)")
# ... unless named with its unit or gone to: "transferred to Parkland", "Parkland burn ICU"
_UNIT_NEXT = re.compile(r"(?i:\s+(?:burn|memorial|hospital|health|ed|er|icu|trauma)\b)")
_GONE_TO = re.compile(r"\b(?i:to|at|from|into)\s+$")


def _parkland_formula(text: str, start: int) -> bool:
    """Whether "Parkland" at ``start`` of a burns post is the fluid formula, not the hospital."""
    end = start + len("Parkland")
    return not (_UNIT_NEXT.match(text, end) or _GONE_TO.search(text, max(0, start - 6), start))


# towns that name a rule, a score, a formula or a germ, and open a teaching post so ("Parkland:
# 4 mL/kg", "Ottawa ankle rules", "Lassa fever")
_CLINICAL_TOWNS = frozenset(
    ["Parkland", "Glasgow", "Ottawa", "Berlin", "Atlanta", "Denver", "Boston", "Rochester",
     "Framingham", "Seattle", "Manchester", "Geneva", "Padua", "Milan", "Tokyo", "Kyoto",
     "Edinburgh", "Montreal", "Vienna", "Sydney", "Leipzig", "Coxsackie", "Norwalk", "Lassa",
     "Marburg", "Lyme", "Hendra", "Nipah", "Kasai", "Bakri", "San Francisco", "Canadian"]
)  # fmt: skip


def _line_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The finds of ``regex``, a MULTILINE pattern that opens on "^" and stays in its line.

    They are its matches at the start of each line: the engine tries a pattern that opens on
    "^" at every position of the text, this at a few.
    """
    start = 0
    while True:
        match = regex.match(text, start)
        if match is not None:
            yield match
        start = text.find("\n", start) + 1
        if not start:
            return


def _opening_place(text: str) -> Iterator[Hit]:
    """A known town opening the post or a line before a colon ("Tallinn: 93yo from ...")."""
    for match in _line_matches(_OPENING_PLACE, text):
        place = match["p"]
        if _lone_town(place):
            yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
            facility = match["f"]  # "Conakry, Donka :", "Lagos, LUTH:": the town's hospital
            if (
                facility is not None
                and facility[:1].isupper()
                and not _OPENING_SERVICE.match(facility)
            ):
                yield Hit(match.start("f"), match.end("f"), _G, "geo.facility")


# A post (or a line) that opens with the writer's role or unit and then the town it is in:
# "Registrar, Pietermaritzburg: ...", "Nursing station, Attawapiskat.", "All day list,
# Lerwick:", "Chart snippet from the ED, Stornoway:"; the town need not be a known one
_ROLE_THEN_TOWN = re.compile(
    r"^(?:[^\n,:.!?]{0,40}[ ])?(?i:registrar|physician|doctor|nurse|midwife|paramedic|medic|"
    r"surgeon|GP|locum|resident|intern|fellow|consultant|station|clinic|list|ward|practice|"
    r"ED|ER|ICU|A&E|theatre|outreach|rounds|shift|nights|med|medicine|peds|paeds|ortho|"
    r"derm|dentist|dental|optom|anaesthetist|anesthesiologist|pharmacist|physio|hospitalist)"
    r", (?P<p>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'-]{2,}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'-]+)?)"
    r"(?=[:.](?:\s|$)| \u2014| -)",
    re.MULTILINE,
)


# the roles and units of _ROLE_THEN_TOWN, in lower case: in an ASCII text each is a whole
# word of it when the pattern matches (a blank or a line's start before, a comma after), but
# "A&E", which is two
_ROLES = re.search(r"\(\?i:([^)]*)\), \(\?P<p>", _ROLE_THEN_TOWN.pattern)[1]  # type: ignore[index]
_ROLE_WORDS = frozenset(role.lower() for role in _ROLES.split("|") if role.isalpha())
_ROLE_WORDS_BIT = gate(_ROLE_WORDS)


def _role_possible(text: str, scan: Scan) -> bool:
    """Whether ``text`` can open a line on a role or unit and a town (see _ROLE_THEN_TOWN)."""
    if not text.isascii():  # (IGNORECASE reads "ı" as "i": the words cannot tell then)
        return True
    return bool(scan.gates & _ROLE_WORDS_BIT) or "a&e" in scan.low


def _role_then_town(text: str) -> Iterator[Hit]:
    """The town after an opening role or unit ("ID physician, Irrua. ..."), known or not."""
    for match in _line_matches(_ROLE_THEN_TOWN, text):
        place = match["p"]
        if place in LANGUAGES or place.split()[0] in CALENDAR_NAMES or _named_otherwise(place):
            continue
        yield Hit(match.start("p"), match.end("p"), _G, "geo.city")


def _lone_town(place: str) -> bool:
    """A known town that no word, first name, eponym or clinical rule is spelt like."""
    return (
        _is_place(place) == place
        and not _named_otherwise(place)
        and place not in _CLINICAL_TOWNS
        and place not in lexicon("place_words")
        and place not in lexicon("ambiguous_places")
    )


def _named_otherwise(place: str) -> bool:
    """Whether ``place`` is a state or a country, or starts with a word, a name or an eponym."""
    first = place.split()[0]
    return (
        place in STATE_NAMES
        or place in COUNTRIES
        or first.lower() in lower_set("common_words")
        or first in _person_names()
        or first in lexicon("eponyms")
    )


def _uncued_places(
    text: str, scan: Scan, cued: set[int], places: frozenset[str] | None = None
) -> Iterator[Hit]:
    """Known places in a patient story without a preposition: "her Tucson cardiologist".

    With ``places`` given (the text's distinctive place words), a run with no word of any
    known place is skipped before the lexicon look-ups.
    """
    first_names = _person_names()
    all_words = _place_words()
    for match in _RUN.finditer(text):
        start = match.start()
        if start in cued:
            continue
        if places is not None and all_words.isdisjoint(match["c"].lower().split()):
            continue
        span = _place_in_run(match["c"])
        if span is None:
            continue
        place = match["c"][span[0] : span[1]]
        opening = _at_sentence_start(text, start)
        if opening and not _opening_town(text, start, match["c"]):
            continue  # a sentence opens on a town only as the whole run: "Zarqa hospitality"
        before = match["c"][: span[0]].split() or text[max(0, start - 30) : start].split()[-1:]
        word = before[-1].strip("\"'\u201c\u201d\u2018\u2019(") if before else ""
        if place.split()[0] in first_names and place not in lexicon("places"):
            continue  # the run's place is a surname after a first name: "Maria Delgado"
        if word in first_names or (before and before[-1][:1] in '"\u201d\u201c'):
            continue  # a surname or nickname: "Maria Lopez", 'Bobby "Tank" Ruiz'
        if " " not in place and (place in first_names or place in STATE_NAMES):
            continue  # a lone first name is the name rules' to judge
        end = start + span[1]
        if _NOT_PLACE_AFTER.match(text, end) or _NAMED_AFTER.match(text, end):
            continue  # "Tokyo guidelines", "Rutherford 4", "Berlin definition"
        if _FACTOR_BEFORE.search(text, max(0, start - 12), start + span[0]):
            continue  # "Factor V Leiden"
        if (
            " " not in place
            and place.endswith(("ian", "ese", "ish", "an"))
            and (not opening or place in _DEMONYM_TOWNS)
        ):
            # a demonym ("Canadian C-spine rule"); but a known town opening its sentence as
            # _opening_town reads it is that town: "Sheboygan classic."
            continue
        yield Hit(start + span[0], start + span[1], _G, "geo.city")


# towns spelt as a people's or a language's name
_DEMONYM_TOWNS = frozenset(["Canadian", "English", "Indian", "American"])
_FACTOR_BEFORE = re.compile(r"\b(?i:factor) [IVX]+\s+$")
# what follows a town that opens a sentence in a story: its people, its weather, its care
# ("Hilo grandpas are ...", "Zarqa hospitality", "Wichita peds ICU"), or the sentence's end
# ("Same town, too: Tulsa.")
_OPENING_TOWN_AFTER = re.compile(
    r" (?:fam|family|families|folks|people|peeps|locals|natives|residents|community|"
    r"grandpas?|grandmas?|grannies|aunties|uncles|guys?|gals?|lady|ladies|man|men|woman|women|"
    r"kids?|boys?|girls?|moms?|mums?|dads?|hospitality|winters?|summers?|heat|crew|pride|"
    r"strong|represent|raises|clinic|hospital|peds|maternity|ward|nights?|shifts?|"
    r"medics|paramedics|EMS|PD|police|fire|nurses|friends|neighbors|neighbours)\b"
    r"|['\u2019]s (?!(?:disease|syndrome|sign|criteria|score)\b)[a-z]"  # "Youngstown's churches"
    # or a short sentence of its own that ends the post: "Sheboygan classic.", "Roanoke
    # never changes.", "Tulsa after dark, man." (hashtags may follow)
    r"|(?: [a-z]+){1,3}(?:, [a-z]+)?[.!]+(?:\s+#\w+)*\s*$"
    r"|[.!]|\s*$"
)
# (a title's or an initial's dot is no sentence's end: "Mr. Abernathy", "J. Whitfield";
# nor is a field's colon: "Name on label: Fairbanks.")
_NOT_SENTENCE_BEFORE = re.compile(
    r"(?:\b(?:[A-Z]|Mrs?|Ms|Dr|Sra?|Prof|Col|Capt|Sgt|Rev|Fr)\.|"
    r"(?i:name|label|patient|pt|requisition|who|where|tema|subject|re|attn):)\s*$"
)


def _opening_town(text: str, start: int, run: str) -> bool:
    """Whether a sentence opens on a known town told of in a story ("Zarqa hospitality")."""
    return (
        _is_place(run) == run
        and run in lexicon("places")
        and run not in lexicon("place_words")
        and run not in _CLINICAL_TOWNS
        and not run.isupper()
        and run.lower() not in lower_set("common_words")
        and all(w not in _any_first_names() for w in run.split())
        and _OPENING_TOWN_AFTER.match(text, start + len(run)) is not None
        and not _NOT_SENTENCE_BEFORE.search(text, max(0, start - 16), start)
    )


@functools.cache
def _any_first_names() -> frozenset[str]:
    return _person_names() | lexicon("more_first_names")


_NAMED_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*)?\s+(?:guidelines?|nomogram|definition|stage|staging|criteria|"
    r"consensus|declaration|marathon|grade|class|type|variant|strain|agreement|convention|"
    r"statement|classification|score|rules?|protocol|regimen|method|technique|approach|"
    r"negative|positive|neg|pos|triad|pentad|sign|phenomenon|maneuver|manoeuvre|"
    # marks and findings named after a person: "Lichtenberg figures", "Osborn waves"
    r"figures?|waves?|bodies|nodes?|spots?|lines|striae|reflex|test|"
    # diseases named after a place: "Lassa fever", "Marburg virus", "Lyme disease"
    r"virus|fever|disease|syndrome|encephalitis)\b"
    r"|\s+\d|\s+(?-i:[A-Z]\d[A-Z0-9]*|[IVX]{1,4})\b",
    re.IGNORECASE,
)


def _slavic_place(word: str) -> bool:
    """Whether ``word`` is a known town declined ("Rybnika", "Gliwicach", "Zabrzu")."""
    places = lexicon("places")
    if word in places:
        return True
    for ending in _SLAVIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            for candidate in (stem, stem + "e", stem + "a", stem + "o", stem + "y"):
                if candidate in places and candidate not in STATE_NAMES:
                    return True
    return False


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\n;\u2014\u2013-\u2022*>#@"


# A one-word run before a unit or feature word that names a kind, not a place: "Geriatric
# ED", "Palliative ICU", "Small-town hospital", "rural Alaska clinic".
_KIND_SUFFIX = re.compile(r"(?:ic|ics|ive|al|ary|ory|ist|ine|ogy|ric|tal|ant|ent|ern)$")


# what a ward or unit cares for, some spelt like a town ("Burns ward", "Stroke unit")
CARE_KINDS = frozenset(
    ["burns", "burn", "stroke", "trauma", "maternity", "renal", "cardiac", "spinal", "cancer",
     "dialysis", "isolation", "labour", "labor", "delivery", "recovery", "fever", "cholera",
     "rehab", "respiratory", "acute", "psychiatric", "geriatric", "neonatal", "surgical"]
)  # fmt: skip


def _not_a_unit_name(text: str, start: int, words: list[str]) -> bool:
    if len(words) != 1:
        return False
    word = words[0]
    if word in STATE_NAMES or word in CALENDAR_NAMES or word.lower() in CARE_KINDS:
        return True
    if "-" in word and word.split("-", 1)[1][:1].islower():
        return True  # "Small-town", "Mid-size", "State-run"
    if word in lexicon("places"):
        return False
    return _KIND_SUFFIX.search(word) is not None or _at_sentence_start(text, start)


def _zip_shapes(text: str, scan: Scan) -> tuple[bool, bool]:
    """Whether ``text`` holds a run of exactly five digits, and one of three then "xx"/"**".

    The ZIP patterns read whole runs of digits, so a seven-digit record number is no ZIP.
    """
    if scan.numbers is None:
        gate = _ZIP_GATE.search(text) is not None
        return gate, gate
    if scan.longest_number < 3:
        return False, False
    lengths = set(map(len, scan.numbers))
    three = 3 in lengths and ("xx" in text or "XX" in text or "**" in text)
    return 5 in lengths, three


def _names_pattern(names: tuple[str, ...]) -> str:
    """An alternation of ``names``, longest first, each escaped."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def _first_words(names: tuple[str, ...]) -> frozenset[str]:
    """The lower-case first word of each name: the word gate of a pattern of ``names``."""
    return frozenset(re.findall(r"\w+", name.lower())[0] for name in names)


# A chain's store by its street or town: "the Rite Aid on Elm", "Walgreens off Main".
_CHAINS = (
    "Walgreens", "CVS", "Rite Aid", "Walmart", "Kroger", "Target", "Dollar General",
    "Family Dollar", "Dollar Tree", "Safeway", "Costco", "Publix", "Piggly Wiggly", "Winn-Dixie",
    "H-E-B", "HEB", "Meijer", "Wegmans", "Aldi", "Circle K", "Love's", "Flying J",
    "Waffle House", "McDonald's", "Starbucks", "Home Depot", "Lowe's", "Jewel-Osco", "Hy-Vee",
)  # fmt: skip
_CHAIN_AT = re.compile(
    rf"\b(?P<c>{_names_pattern(_CHAINS)})\s+(?:on|off|at|in|near|by)\s+"
    r"(?P<s>[A-Z][\w'\u2019-]+(?: (?:[A-Z][\w'\u2019-]+|St|Ave|Rd|Blvd|Dr)\.?)?)"
)
# A city ward by its number, where someone is from ("from Ward 7", "from the Seventh Ward"),
# and a highway exit ("picked up near exit 42")
_CITY_WARD = re.compile(
    r"\b(?:from (?:the )?(?=[WLU\dFSTEN])|in the (?=[LU\dFSTEN]))(?P<p>(?:(?:Lower|Upper) )?"
    r"(?:Ward \d{1,2}\b|(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|"
    r"Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Fifteenth) Ward\b))"
    r"|\b(?:near|off|past|at|by) (?P<x>[Ee]xit \d{1,3}[A-Z]?)\b"
)
_CITY_WARD_WORDS = frozenset(["ward", "exit"])
# A business named by its street after a place cue: "at Hanley's Drug on Main", "(Little
# Sprouts on Elm)", "his employer, Ace Hardware on Main" (not "at Mayo on Tuesday").
_SITE_ON_STREET = re.compile(
    r"(?:\b(?:at|from|near|outside|behind)\s+(?:the\s+)?|\(|(?<=employer),\s+)"
    rf"(?P<p>{_CAPRUN})\s+on\s+(?P<s>[A-Z][a-z]+)"
    r"(?P<k>\s+(?:St|Ave|Rd|Blvd|Dr|Street|Avenue|Road)\b\.?)?(?=[\s,.;:!?)]|$)(?! Day\b)"
)
# (behind a look-ahead on what its cues start with: a pattern that opens with \b or an
# alternation is tried at every position of the text)
_SITE_ON_STREET = lead(_SITE_ON_STREET, "afnob(,")
_SITE_STREET_NAMES = frozenset(
    ["Main", "Elm", "Oak", "Maple", "Market", "Broadway", "Church", "High", "Front", "Water",
     "Mill", "Spring", "Center", "Union", "Park", "Lake", "Hill", "River", "Bridge", "Pine",
     "Cedar", "Walnut", "Chestnut", "Washington", "Lincoln", "Jefferson", "Franklin", "Grand"]
)  # fmt: skip
_NOT_SITE_STREET = frozenset(
    ["Facebook", "Twitter", "Instagram", "TikTok", "YouTube", "Zoom", "Teams", "Epic", "Cerner",
     "Medicare", "Medicaid", "Call", "Service", "Hospice", "Dialysis", "Insulin"]
)  # fmt: skip


def _sites_on_streets(text: str) -> Iterator[Hit]:
    """Businesses named by their street: "Ace Hardware on Main", "Duffy's Drug on Elm St"."""
    for match in _SITE_ON_STREET.finditer(text):
        street, first = match["s"], match["p"].split()[0]
        named = match["k"] is not None or street in _SITE_STREET_NAMES
        common = street.lower() in lower_set("common_words") and match["k"] is None
        if (
            (named or not common)
            and street not in CALENDAR_NAMES
            and street.removesuffix("s") not in CALENDAR_NAMES  # "on Sundays"
            and street not in _NOT_SITE_STREET
            and first not in _HONORIFIC_LEADS
            and first not in CALENDAR_NAMES
        ):
            yield Hit(match.start("p"), match.end(), _G, "geo.place")


_SITE_CUES = frozenset(["at", "from", "near", "outside", "behind", "employer"])
_HONORIFIC_LEADS = frozenset(["Mr", "Mrs", "Ms", "Dr", "Pt", "Patient", "Baby", "Miss"])
# (the gate words are the distinctive ones: "home", "family", "target" or the "h" of
# "H-E-B" would open the scan on most posts; so would "sea" and "good" below)
_CHAIN_WORDS = _first_words(_CHAINS) - {"home", "family", "h", "circle", "target", "love"} | {
    "heb", "depot", "osco",
}  # fmt: skip
# An airport by its name or code after a word of place: "stolen at O'Hare", "based at DFW".
_AIRPORTS = (
    "O'Hare", "O\u2019Hare", "JFK", "LAX", "DFW", "LaGuardia", "Logan", "Dulles", "Midway",
    "ATL", "SFO", "SEA", "ORD", "DCA", "IAD", "PHL", "DEN", "PHX", "IAH", "MSP", "DTW", "BOS",
    "EWR", "CLT", "MCO", "MIA", "SLC", "PDX", "BWI", "MDW", "HNL", "ANC",
)  # fmt: skip
_AIRPORT = re.compile(
    r"(?=[aAfFtTiIoOvV])\b(?:at|from|to|through|in|out of|into|via)\s+(?:the\s+)?"
    rf"(?P<a>{_names_pattern(_AIRPORTS)})\b"
    r"(?:\s+(?:airport|Airport|terminal|Terminal)(?:\s+[A-Z0-9]\b)?)?"
)
_AIRPORT_WORDS = _first_words(_AIRPORTS) - {"o", "sea", "mia", "den"} | {"hare"}
# A health system's hospital by its campus: "Mercy Fort Smith", "Baptist East", "Banner Desert".
_SYSTEMS = (
    "Mercy", "Baptist", "Methodist", "Presbyterian", "Banner", "Sutter", "Kaiser", "Atrium",
    "Advocate", "Ascension", "Sentara", "Novant", "Northwell", "Adventist", "Christus",
    "CHRISTUS", "Beaumont", "Good Sam", "Good Samaritan", "OhioHealth", "Dignity", "Covenant",
)  # fmt: skip
_SYSTEM_CAMPUS = re.compile(
    rf"\b(?P<h>(?:{_names_pattern(_SYSTEMS)})\s+"
    r"(?P<x>[A-Z][a-z]+|[A-Z]{2,4})(?: (?!Day\b|Hospital\b|Health\b)[A-Z][a-z]+)?)"
    r"(?![\w'\u2019-])"
)
_SYSTEM_WORDS = _first_words(_SYSTEMS) - {"good", "advocate", "dignity"} | {"sam", "samaritan"}


# A known town right after a clinical age, set off by commas: "90F, Ketchikan, sudden R ..."
# (found from its comma, a literal the engine skips to; the age is looked behind after it)
_AGE_THEN_PLACE = re.compile(
    r",(?:(?<=\d[MF],)|(?<=\d [MF],)|(?<=\dyo,)|(?<=\d yo,)|(?<=\dy/o,)|(?<=\d y/o,))"
    r"\s+(?P<p>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"(?=,|\s*[.;(]|\s+(?:with|w/|who|presents|presented|here|came)\b)"
)


# "Rt 9" is a road only after a word of place ("Rt 2 sided weakness" is the right side)
_RT_ROAD = re.compile(
    r"\b(?:on|off|near|along|via|at|of|up|down)\s+(?P<r>Rt\.?\s?\d{1,4})\b(?!\s*-?sided?\b)"
)


# districts spelt like a chemical's formula: one only with the rest of its postcode
_CHEMICAL_DISTRICTS = frozenset(["CO2", "CO3", "NO2", "NO3", "SO2", "SO4", "PO4", "HO2"])
_POSTCODE_AFTER = re.compile(r" \d[A-Z]{2}\b")


def _branded_places(text: str, scan: Scan) -> Iterator[Hit]:
    """Chain stores by their street, airports, health systems' campuses, a town after an age."""
    words = scan.words
    for match in _RT_ROAD.finditer(text) if "rt" in words else ():
        yield Hit(match.start("r"), match.end("r"), _G, "geo.street")
    aged = scan.longest_number and ("M, " in text or "F, " in text or "yo, " in text)
    for match in _AGE_THEN_PLACE.finditer(text) if aged else ():
        place = match["p"]
        if place in lexicon("places") and place not in _person_names():
            yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
    # (a district counts only after one of _UK_DISTRICT_BEFORE: a word of the text)
    districts = (
        scan.longest_number
        and not words.isdisjoint(_UK_DISTRICT_CUES)
        and _UK_DISTRICT_GATE.search(text) is not None
    )
    for match in _UK_DISTRICT.finditer(text) if districts else ():
        before = text[max(0, match.start() - 9) : match.start()]
        if match.group() in _CHEMICAL_DISTRICTS and not _POSTCODE_AFTER.match(text, match.end()):
            continue  # "in CO2 retainers": carbon dioxide, not Colchester's district
        if match.group()[:2] in _UK_AREA_SET and before.endswith(_UK_DISTRICT_BEFORE):
            yield Hit(match.start(), match.end(), _G, "geo.postcode")  # "a nursery in LS6"
    directed = " of " in text and not scan.words.isdisjoint(DIRECTION_WORDS)
    for match in _DIRECTION_OF.finditer(text) if directed else ():
        place = match["c"]  # "E of Glasgow", "north of Sioux Lookout"
        if place in lexicon("places") or _town_like(place):
            yield Hit(match.start("c"), match.end("c"), _G, "geo.city")
    labelled = ":" in text and not scan.words.isdisjoint(_PLACE_LABEL_WORDS)
    for match in _PLACE_LABEL.finditer(text) if labelled else ():
        place = match["c"]
        if (
            _town_like(place)
            and place.split()[0] not in _BODY_WORDS  # "location: Left Lower Lobe"
            and not _not_a_unit_name(text, match.start("c"), place.split())
        ):
            yield Hit(match.start("c"), match.end("c"), _G, "geo.city")
    for match in _CHAIN_AT.finditer(text) if scan.gates & _CHAIN_WORDS_BIT else ():
        if match["s"] not in CALENDAR_NAMES and match["s"].lower() not in lower_set("common_words"):
            yield Hit(match.start("c"), match.end("s"), _G, "geo.place")
    for match in _AIRPORT.finditer(text) if scan.gates & _AIRPORT_WORDS_BIT else ():
        yield Hit(match.start("a"), match.end(), _G, "geo.place")
    for match in _SYSTEM_CAMPUS.finditer(text) if scan.gates & _SYSTEM_WORDS_BIT else ():
        if match["x"] not in CALENDAR_NAMES and match["x"] not in _NOT_SYSTEM_CAMPUS:
            yield Hit(match.start("h"), match.end("h"), _G, "geo.facility")
    if "on" in words and " on " in text and (not words.isdisjoint(_SITE_CUES) or "(" in text):
        yield from _sites_on_streets(text)
    for match in _CITY_WARD.finditer(text) if not words.isdisjoint(_CITY_WARD_WORDS) else ():
        group = "p" if match["p"] is not None else "x"
        yield Hit(match.start(group), match.end(group), _G, "geo.place")


# a UK postcode district (its outward code) after a word of place: "in LS6", "from EH12"
# (the two-letter areas only: "in L5" or "S1" is as likely a spine's level; not CR, CT or PR,
# which are a remission, a scanner and a response: "in CR1", "pt in CT2")
_UK_AREAS = (
    "AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|"
    "EC|EH|EN|EX|FK|FY|GL|GU|HA|HD|HG|HP|HS|HU|HX|IG|IP|IV|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|"
    "MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PH|PL|PO|RG|RH|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|SW|"
    "SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE"
)
# (found from its capitals, a class the engine skips to; its area and the word before are
# checked after)
_UK_DISTRICT = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]\d{1,2}[A-Z]?(?![\w-])")
_UK_AREA_SET = frozenset(_UK_AREAS.split("|"))
_UK_DISTRICT_BEFORE = (" in ", " from ", " near ", " to ")
_UK_DISTRICT_CUES = frozenset(word.strip() for word in _UK_DISTRICT_BEFORE)
# what a district that counts needs: one of those words and its area's letters and a digit
# (found from its literal blank, fast; the capitals are looked for at every capital)
_UK_DISTRICT_GATE = re.compile(
    rf" (?:{'|'.join(cue.strip() for cue in _UK_DISTRICT_BEFORE)}) [A-Z][A-Z]\d"
)
# a town after a direction: "2 mi E of Glasgow", "north of Sioux Lookout", "W of Riverton"
_DIRECTION_OF = re.compile(
    r"(?=[NSEWnsew])\b(?:[NSEW]|N[EW]|S[EW]|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth[ew]"
    rf"[ae]st|[Ss]outh[ew][ae]st) of (?P<c>{_CAPRUN})"
)
# a place after a form's label: "location: Gatlinburg", "Address: Ridgeway", "hometown:"
_PLACE_LABEL = re.compile(
    r"(?=[lLaAhHrRtTvV])\b(?i:location|address|addr|hometown|home town|residence|town|village|"
    rf"city|resides)\s?:[ \t]*(?P<c>{_CAPRUN})(?=[,.;)]|\s*$|\s+[a-z(])"
)
_BODY_WORDS = frozenset(
    ["Left", "Right", "Lower", "Upper", "Anterior", "Posterior", "Medial", "Lateral", "Proximal",
     "Distal", "Bilateral", "Central", "Mid", "Inferior", "Superior", "Deep", "Ward", "Bed",
     "Room", "Unknown", "Homeless", "None", "Same", "Home"]
)  # fmt: skip
_PLACE_LABEL_WORDS = frozenset(
    ["location", "address", "addr", "hometown", "home", "residence", "town", "village", "city",
     "resides"]
)  # fmt: skip
# words after a system's name that are no campus: "Mercy Health", "Kaiser Permanente" is one
_NOT_SYSTEM_CAMPUS = frozenset(
    ["Health", "Hospital", "Medical", "Clinic", "Day", "Rule", "Street", "St", "Church",
     "College", "University", "School", "Ship", "Flight", "Corps", "Convention"]
)  # fmt: skip


# a town of any name where a person's age tells what it is: "Tomasz (96) from Ealing",
# "Mr Hendricks, 97, Mitchells Plain, ..."
_AGED_FROM = re.compile(
    r"(?:\(\d{1,3}!*\)|, \d{1,3}(?:[MF]|yo)?,?) from "
    r"(?P<t>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})(?![\w'\u2019-])"
)
# A town after an age and a comma: "Mr Hendricks, 97, Mitchells Plain," "84F, Tarboro."
# (or in a name's brackets: "Arash (32, Tehran)", "Mariam (29F, Shubra El Kheima)"); found
# from its literal ", " and a capital, the age looked back at (seven characters at most)
_AGE_BEFORE_COMMA = re.compile(
    r"(?:, \d{1,3}(?:[MF]|yo)?|(?<![\w./:+-])\d{1,3}(?:[MF]|yo|y/o)|(?<=\()\d{1,3}[MF]?)\Z"
)
# ", " and a capital after what can end an age of _AGE_BEFORE_COMMA ("54", "84F", "4yo",
# "4 y/o"): the commas it is looked for before, tested in C
_AGE_COMMA_CAPITAL = re.compile(", (?:(?<=[0-9MF], )|(?<=[y/]o, ))[A-Z]")
_TOWN_TO_END = re.compile(r"(?P<t>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})(?=[,.;)]|\s*$)")
# endings of clinical and ordinary words ("Diabetic", "Intubated", "Afebrile")
_ROMAN = re.compile(r"[IVX]{1,4}")
_WORD_ENDING = re.compile(r"(?:ic|ed|ile|ous|ive|ness|ent|ant|ism|ity|ly|oid|otic|emic)$")


_BLANK_OR_HYPHEN = re.compile("[ -]")


def _town_like(name: str) -> bool:
    """Whether ``name`` can be a town's: no state, country, people, month or ordinary word."""
    if name in STATE_NAMES or name in COUNTRIES or name in PEOPLES or name in LANGUAGES:
        return False
    words = _BLANK_OR_HYPHEN.split(name)
    first = words[0]  # (a town's last word may be an ordinary one: "Mitchells Plain")
    named = first in lexicon("first_names") or first in lexicon("more_first_names")
    if named and len(words) == 1:
        return False  # "82F, Morag,": a name
    if name in lexicon("places"):
        return True
    if named:
        return False  # "71M, Harold Brandt,": a person
    return not (
        sum(map(str.isupper, first)) > 2
        or first.isupper()  # "VF", "HFrEF": an acronym
        or first[1:2].isupper()  # "AFib", "HFpEF"
        or (len(words) > 1 and _ROMAN.fullmatch(words[-1]) is not None)  # "Fitzpatrick IV"
        or first in _HONORIFIC_LEADS  # "80F, Mrs. Holt"
        or first in lexicon("eponyms")  # "Kawasaki": a disease
        or first.lower() in lower_set("common_words")
        or first in CALENDAR_NAMES
        or first in ETHNIC_GROUPS
        or _WORD_ENDING.search(words[-1])
        # a nationality or a people ("28F, Syrian,", "62F, Egyptian,")
        or (len(words) == 1 and first.endswith(("ian", "ese", "ish", "ean", "ani", "eno", "ena")))
    )


def _towns_after_age_commas(text: str) -> Iterator[re.Match[str]]:
    """The towns right after an age and ", " (see ``_AGE_BEFORE_COMMA``), left to right.

    A town holds no digit nor comma, so no two of these overlap: each comma before a capital
    is looked at alone.
    """
    for comma in _AGE_COMMA_CAPITAL.finditer(text):
        end = comma.start()
        if _AGE_BEFORE_COMMA.search(text, max(0, end - 7), end):
            town = _TOWN_TO_END.match(text, end + 2)
            if town is not None:
                yield town


def _towns_after_ages(text: str) -> Iterator[Hit]:
    """Towns of any name in a person's line after their age (see ``_AGED_FROM``)."""
    found: list[Iterator[re.Match[str]]] = [_AGED_FROM.finditer(text)] if " from " in text else []
    if text.count(", ") >= 2 or "M, " in text or "F, " in text or "o, " in text or "(" in text:
        found.append(_towns_after_age_commas(text))  # (", 54, ", "84F, ", "4yo, ", "(32, ")
    for matches in found:
        for match in matches:
            if _town_like(match["t"]):
                yield Hit(match.start("t"), match.end("t"), _G, "geo.town_after_age")


# Addresses as other countries write them: India's sectors ("Sector 14, Gurugram"), the
# Philippines' barangays ("Brgy. San Roque"), Singapore's blocks ("Blk 418 Ang Mo Kio Ave 10
# #09-1123") and South Africa's ("Block L, Soshanguve")
_WORLD_ADDRESS = re.compile(
    r"(?=[SBsbVvGgTtMmKkWwUuCcLlHh])\b(?:Sector[- ]\d{1,3}[A-Z]?\b"
    # a village, a quarter or a subdistrict after its word, as South Asia and Africa write
    # them ("Village Kheda Khurd", "vill. Barharwa", "Gaon Kusumbhi, teh. Tilhar", "Mohalla
    # Mirakhel", "Goth Allah Bux", "kebele 04", "woreda 7"); a camp's, a chak's or a tea
    # estate's line room's number ("camp 14", "Camp 8W", "Chak 117/7R", "line room 14"); a
    # house on its mohalla ("House 12, Mohalla ..."); a municipal ward with its town ("Ward
    # 17, Inanda")
    r"|(?:[Vv]illage|[Vv]ill\.|[Gg]aon|[Gg]ram|[Tt]eh\.|[Tt]ehsil|[Mm]ohallah?|[Gg]oth|"
    r"[Tt]aluka|[Mm]andal|[Uu]pazila) (?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"|(?:[Kk]ebele|[Ww]oreda) \d{1,3}\b"
    r"|(?:(?<![Bb]oot )[Cc]amp|[Cc]hak) \d{1,4}(?:/\d{1,3})?[A-Z]{0,2}\b"
    r"|[Ll]ine room \d{1,3}\b"
    r"|[Hh]ouse (?:[Nn]o\.? ?)?\d{1,4}[A-Z]?, (?:[Mm]ohallah? )?(?P<h>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"|[Ww]ard \d{1,2}, [A-Z][a-z]+(?=[,.;]|\s)"
    r"|(?:Brgy\.?|Barangay) [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    r"|Blk\.? \d{1,4}[A-Z]?(?: [A-Z][a-z]+){1,4}(?: (?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|"
    r"Cres|Crescent|Lane|Ln)\.?)?(?: \d{1,3}\b)?(?:,? #\d{1,3}-\d{1,5}\b)?"
    r"|Block [A-Z]{1,2}\d{0,3}(?=, [A-Z][a-z]))"
)
_WORLD_ADDRESS_WORDS = frozenset(
    ["sector", "brgy", "barangay", "blk", "block", "village", "vill", "gaon", "gram", "teh",
     "tehsil", "mohalla", "mohallah", "goth", "taluka", "mandal", "upazila", "kebele",
     "woreda", "camp", "chak", "line", "house", "ward"]
)  # fmt: skip


# a hashtag that is a town's name alone, in a story: "... an indictment of us. #Memphis"
_HASHTAG_TOWN = re.compile(r"#(?P<t>[A-Z][a-z]{3,})(?![\w'\u2019-])")


def _hashtag_town(tag: str) -> bool:
    # (a town spelt like a first name is the town when tagged: "#Adelaide", "#Florence";
    # no one tags a person's first name to close a story)
    return (
        tag in lexicon("places")
        and tag not in STATE_NAMES
        and tag not in COUNTRIES
        and tag not in _CLINICAL_TOWNS
        and tag not in lexicon("place_words")  # "#Burns": a topic
        and tag.lower() not in lower_set("common_words")
    )


# Where a person is from, in Spanish or Portuguese: after "es de", "natural de", or a comma,
# any place ("Paciente mapuche, 91, de Tirúa", "jubilada, de Mataderos", "es de Juchitán");
# after a person's word or an age, a known town ("Portuguesa de Braga", "93 anos de Ílhavo")
_ROMANCE_FROM = re.compile(
    r"(?:(?P<strong>\b(?:es|era|\u00e9|sou|soy|natural|oriund[oa]|vecin[oa]|originari[oa]|"
    r"nacid[oa]|nascid[oa]|morador|moradora|residente)\s+(?:de|do|da|en|em)"
    r"|,\s+(?:de|do|da))"
    r"|\b(?:[Pp]aciente|[Pp]cte|[Ss]e\u00f1ora?|[Ss]enhora?|[Aa]buel[oa]|[Nn]i\u00f1[oa]|[Cc]hav[oa]|"
    r"[Mm]enin[oa]|[Hh]ombre|[Mm]ujer|[Pp]eregrin[oa]|[Jj]ubilad[oa]|[Pp]ortugues[a]?|[Bb]eb[\u00e9\u00ea]|"
    r"\d{1,3} (?:a\u00f1os|anos))\s+(?:de|do|da))"
    r"\s+(?P<p>[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:de\s+|del\s+|do\s+|da\s+)?"
    r"[A-Z\u00c0-\u00de][\w'\u2019-]+){0,2})"
)
_ROMANCE_FROM_WORDS = frozenset(["de", "do", "da"])
_NOT_ORIGINS = frozenset(
    ["Oncología", "Cardiología", "Medicina", "Pediatría", "Urgencias", "Cirugía", "Neurología",
     "Ginecología", "Obstetricia", "Psiquiatría", "Nefrología", "UCI", "Familia", "Salud", "Dios",
     "Guardia", "Planta", "Emergencia", "Oncologia", "Cardiologia", "Pediatria", "Cirurgia",
     "Neurologia", "Enfermería", "Enfermagem", "Saúde"]
)  # fmt: skip


def _romance_origins(text: str) -> Iterator[Hit]:
    for match in _ROMANCE_FROM.finditer(text):
        place = match["p"]
        words = place.split()
        if (
            words[0] in _NOT_ORIGINS
            or any(word.isupper() for word in words)  # "Students, do NOT put ...": English
            or place in COUNTRIES
            or place in STATE_NAMES
            or words[0].lower() in lower_set("common_words")
        ):
            continue
        if match["strong"] is not None:
            yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
            continue
        known = _is_place(place)
        if known is not None and _not_common(known):
            start = match.start("p")
            yield Hit(start, start + len(known), _G, "geo.city")


# A point's latitude and longitude, four decimals or more each ("GPS -19.2590, 146.8169",
# "pin -1.2864, 36.8172"): a place to the metre, in a story or after a location's word
_COORDINATES = re.compile(
    r"(?P<lat>[-\d](?<![\w.-][-\d])(?:(?<=-)\d{1,2}|(?<=\d)\d?)\.\d{4,8})\u00b0?\s?[NS]?,\s?(?P<lon>-?\d{1,3}\.\d{4,8})\u00b0?\s?[EW]?"
    r"(?!\w|\.\d)"
)
_FOUR_DECIMALS = re.compile(r"\.\d{4}")
_LOCATION_WORDS = ("gps", "pin", "location", "coordinates", "coords", "lat", "geotag", "exif")


def _coordinates(text: str, scan: Scan) -> Iterator[Hit]:
    cued = any(map(scan.low.__contains__, _LOCATION_WORDS))
    if not (scan.patient or cued):
        return
    for match in _COORDINATES.finditer(text):
        if abs(float(match["lat"])) <= 90 and abs(float(match["lon"])) <= 180:
            yield Hit(match.start(), match.end(), _G, "geo.coordinates")


def _find_geography(text: str, scan: Scan) -> Iterator[Hit]:
    """Places smaller than a state, in a patient story; ZIPs with a cue anywhere."""
    low = scan.low
    if scan.longest_number >= 4 and _FOUR_DECIMALS.search(text):
        yield from _coordinates(text, scan)
    zip_cued = "zip" in low or "postal" in low or "postcode" in low or "pin" in low
    for match in _ZIP_CUE.finditer(text) if zip_cued else ():
        group = "z" if match["z"] is not None else "p"
        digits = match[group]
        rule = "geo.zip3" if len(digits) == 3 or not digits[3:5].isdigit() else "geo.zip5"
        if rule == "geo.zip3" and digits[:3] in RESTRICTED_ZIP3:
            rule = "geo.zip3_restricted"
        yield Hit(match.start(group), match.end(group), _G, rule)
    if not scan.patient:
        return
    # ("do" is also English: in a post of plain ASCII only "de" opens the rule)
    present = scan.words
    if "de" in present or (not text.isascii() and not present.isdisjoint(_ROMANCE_FROM_WORDS)):
        yield from _romance_origins(text)
    if not scan.words.isdisjoint(_WORLD_ADDRESS_WORDS):
        for match in _WORLD_ADDRESS.finditer(text):
            # a village's or a mohalla's name after its word, else the whole address
            start, end = match.span(match.lastgroup) if match.lastgroup else match.span()
            yield Hit(start, end, _G, "geo.street")
    yield from _branded_places(text, scan)
    for match in _HASHTAG_TOWN.finditer(text) if "#" in text else ():
        if _hashtag_town(match["t"]):  # "#Memphis" closing a story
            yield Hit(match.start("t"), match.end("t"), _G, "geo.city")
    if scan.longest_number >= 1:
        yield from _towns_after_ages(text)
    tokens = scan.words
    five, three = _zip_shapes(text, scan)
    coded = "cpt" in scan.low or "coded" in scan.low or "billing" in scan.words
    for match in _ZIP_STATE.finditer(text) if five or three else ():
        group = match.lastgroup or "z"
        if group == "z2" and coded:
            continue  # "downcoded it to 99222": a billing code in a post about codes
        if group == "z2" and _VALUE_MOVED.search(text, max(0, match.start() - 12), match.start()):
            continue  # "CK rose from 14723", "down to 11250": a value that rose or fell
        rule = "geo.zip3" if group == "z3" else "geo.zip5"
        yield Hit(match.start(group), match.end(group), _G, rule)
    numbered = (
        scan.longest_number >= 1  # a house number
        and scan.gates & _SUFFIX_WORDS_BIT
        and any(map(text.__contains__, map(_SUFFIX_FORMS.__getitem__, tokens & _SUFFIX_WORDS)))
    )  # the suffix as _SUFFIX writes it: "St", "Way" (not "pt", "dr")
    recorded = scan.longest_number >= 2 and (
        scan.gates & (_SUFFIX_WORDS_BIT | _ROAD_WORDS_BIT) or "blk" in tokens or "block" in tokens
    )
    for match in _RECORD_STREET.finditer(text) if recorded else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _NUMBERED_STREET.finditer(text) if numbered else ():
        # (with the flat before it, as British addresses write it: "Flat 3, 18 Leith Walk")
        flat = _FLAT_BEFORE.search(text, max(0, match.start() - 16), match.start())
        yield Hit(flat.start() if flat else match.start(), match.end(), _G, "geo.street")
        after = _TOWN_AFTER.match(text, match.end())
        if after is not None and "," in text[match.end() : after.start("t")]:
            yield from _town_hit(after)
    street = scan.gates & _STREET_WORDS_BIT
    for match in _STREET.finditer(text) if street else ():
        which: str | int = match.lastgroup if match.lastgroup in ("st", "x") else 0
        yield Hit(match.start(which), match.end(which), _G, "geo.street")
    for match in _CITY_STATE.finditer(text) if "," in text and _STATE_GATE.search(text) else ():
        name = match["c"]
        words = name.split()
        # keep only the trailing capitalised words right before ", ST"
        while words and (words[0].lower() in lower_set("common_words") or words[0] in _CUE_WORDS):
            words = words[1:]
        if not words or not _not_common(" ".join(words)):
            continue
        code = text[match.end("c") : match.end()].lstrip(", \t\n")
        if code in _CLINICAL_CODES and _is_place(" ".join(words)) is None:
            continue  # "Cefazolin, ID consult": a service, not Idaho, after no known town
        start = match.end("c") - len(" ".join(words))
        yield Hit(start, match.end("c"), _G, "geo.city")
    for match in _CUED_TOWN_STATE.finditer(text) if _STATE_MARK.search(text) else ():
        words = match["c"].split()
        if words[0] in _STOP_RUN or (match["p"] is None and words[0] in CALENDAR_NAMES):
            continue  # ("see you in June, OK?"; but "from March (Cambs)" is the town)
        yield Hit(match.start("c"), match.end("c"), _G, "geo.city")
    counties = _COUNTY.finditer(text) if scan.gates & _COUNTY_TOKENS_BIT else ()
    for match in counties:
        run = match["c"].split()
        lead = 0
        while lead < len(run) and (run[lead] in _GENERIC or run[lead] in _STOP_RUN):
            lead += 1
        if match["co"] is not None and not _CO_CUE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "Co" names a county only after a place cue ("in Ulster Co"), not "Acme Co"
        if lead < len(run):
            start = match.start("c") + len(" ".join(run[:lead])) + (1 if lead else 0)
            end = match.end() + (1 if text[match.end() : match.end() + 1] == "." else 0)
            yield Hit(start, end if match["co"] else match.end(), _G, "geo.county")
    runs = _cued_runs(text, scan)
    place_words = runs and scan.gates & _PLACE_WORDS_BIT
    for start, phrase in runs if place_words else ():
        span = _place_in_run(phrase)
        if span is not None and phrase[span[0] : span[1]] not in LANGUAGES:
            yield Hit(start + span[0], start + span[1], _G, "geo.city")
    homed = (runs or ("at" in tokens and not tokens.isdisjoint(_LIVES_AT_WORDS))) and (
        scan.gates & _HOME_RUN_WORDS_BIT or not text.isascii()
    )
    for match in _HOME_RUN.finditer(text) if homed else ():
        # "lives in Flint", "a judge from Savannah": a known place even when it is also a
        # word or a first name, after a word that says someone lives or comes from there
        place = _is_place(match["c"])
        if place is None and match["at"] and (" " in match["c"] or _not_common(match["c"])):
            place = match["c"]  # "lives at Golden Acres"
        if place is None and match["home"] and _unknown_town(match["c"]):
            place = match["c"].split()[0]  # "discharged home to Ballinamore", "grew up in Ulaan"
        if place is None:  # "lives in Flint", "from Mobile, AL" (not "from Normal saline")
            place = _ambiguous_place(match["c"])
            place_end = match.start("c") + len(place or "")
            if not (match["home"] or _ENDS_PLACE.match(text, place_end)):
                place = None
        if place and place.split()[0] not in CALENDAR_NAMES and place not in LANGUAGES:
            yield Hit(match.start("c"), match.start("c") + len(place), _G, "geo.city")
    nordic = " i " in text or "p\u00e5 " in text or " ved " in text
    for match in _NORDIC_CUED.finditer(text) if nordic else ():
        span = _place_in_run(match["c"])  # "IVA i Umeå", "Hjemmebesøk på Røros"
        if span is not None and match["c"][span[0] : span[1]] not in LANGUAGES:
            yield Hit(match.start("c") + span[0], match.start("c") + span[1], _G, "geo.city")
    for start, phrase in runs:
        word = phrase.split(" ", 1)[0]
        if (
            word in _BIG_WORD_TOWNS
            and text.endswith(_IN_TOWN_CUES, max(0, start - 9), start)
            and _ENDS_PLACE.match(text, start + len(word))
        ):
            yield Hit(start, start + len(word), _G, "geo.city")  # "a wedding in Savannah."
        yield from _town_shape(text, start)
        if phrase.startswith("Little ") or "-" in phrase:
            yield from _neighbourhood(start, phrase)
    yield from _opening_place(text) if ":" in text else ()
    yield from _role_then_town(text) if ", " in text and _role_possible(text, scan) else ()
    distinct = scan.gates & _DISTINCT_PLACE_WORDS_BIT
    places = scan.cues & _distinct_place_words() if distinct else frozenset()
    if places and any(word[:1].upper() + word[1:] in text for word in places):
        yield from _uncued_places(text, scan, {start for start, _ in runs}, places)
    town_of = "of" in tokens and scan.gates & _TOWN_WORDS_BIT
    for match in _TOWN_OF.finditer(text) if town_of else ():
        if _not_common(match["c"]):
            yield Hit(match.start("c"), match.end("c"), _G, "geo.city")
    for match in _CODE_ZIP.finditer(text) if five and " (" in text else ():
        yield Hit(match.start("z"), match.end("z"), _G, "geo.zip5")
    for match in _CITY_ZIP.finditer(text) if five else ():
        comma = "," in text[match.end("c") : match.start("z")]
        if not comma and _place_in_run(match["c"]) is None:
            continue
        run = match["c"].split()
        lead = 0
        while lead < len(run) and (run[lead] in _STOP_RUN or run[lead] in STATE_NAMES):
            lead += 1
        if lead < len(run):
            start = match.start("c") + len(" ".join(run[:lead])) + (1 if lead else 0)
            yield Hit(start, match.end("c"), _G, "geo.city")
        yield Hit(match.start("z"), match.end("z"), _G, "geo.zip5")
    for match in _TOWN_ZIP.finditer(text) if zip_cued else ():
        run = match["c"].split()
        lead = 0
        while lead < len(run) - 1 and run[lead] in _STOP_RUN:
            lead += 1
        if run[lead] not in _STOP_RUN or run[lead] in CALENDAR_NAMES:  # "from May, ZIP 83253"
            start = match.start("c") + len(" ".join(run[:lead])) + (1 if lead else 0)
            yield Hit(start, match.end("c"), _G, "geo.city")
    for match in _APT.finditer(text) if scan.gates & _APT_WORDS_BIT else ():
        value = match["v"]
        if match["k"].lower() != "unit" or any(ch.isalpha() for ch in value):
            yield Hit(match.start(), match.end(), _G, "geo.street")
    homes = scan.gates & _HOME_WORDS_BIT and ("on" in tokens or "off" in tokens)
    for match in _LIVES_ON.finditer(text) if homes else ():
        name = match["st"]
        if name in _STREET_NAMES or (not _bad_street(name) and _is_place(name)):
            yield Hit(match.start("st"), match.end("st"), _G, "geo.street")
    corner = (" and " in text or " & " in text) and not (
        not scan.gates & _ORDINALS_BIT and not scan.gates & _STREET_NAMES_LOW_BIT
    )
    for match in _CORNER.finditer(text) if corner and _CORNER_GATE.search(text) else ():
        sides = (match["a"], match["b"])
        if any(_street_side(side) for side in sides) and not all(
            side[:1].isdigit() for side in sides
        ):
            yield Hit(match.start("x"), match.end("x"), _G, "geo.street")
    for match in _DIRECTED_STREET.finditer(text) if numbered else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    roads = scan.gates & _ROAD_WORDS_BIT or (
        "mm" in scan.words and _STATE_ROAD_GATE.search(text) is not None
    )
    for match in _ROAD.finditer(text) if roads else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    featured = (
        scan.gates & _FEATURE_WORDS_BIT
        or ("home" in scan.words and ("e home" in scan.low or "g home" in scan.low))
        or " Home" in text
        or " House" in text
        or " Pines" in text
        or " Court" in text
        or " Level " in text  # "Thika Level 5" ("level" alone is mostly a lab's)
        # (capitalised only: "at this point", "a fair question" are no places)
        or " Point" in text
        or " Spring" in text
        or " Depot" in text
        or " Fair" in text
    )  # "Care Home", "Rest Home", "Nursing Home": only "home" after those words counts
    feature = _FEATURE.finditer(text) if featured else ()
    unit = scan.gates & _UNIT_WORDS_BIT and (
        not _UNIT_FORMS  # (no cheap test)
        or any(form in text for word in tokens & _UNIT_FORMS.keys() for form in _UNIT_FORMS[word])
    )
    units = _UNIT_AFTER.finditer(text) if unit else ()
    for regex, found in ((_FEATURE, feature), (_UNIT_AFTER, units)):
        for match in found:
            run = match["p"].split()
            lead = 0
            while lead < len(run) and (run[lead] in _GENERIC or run[lead] in _STOP_RUN):
                lead += 1
            if lead == len(run):
                continue
            if lead == 1 and run[0] == "Our" and run[1] in _OUR_DEVOTIONS:
                lead = 0  # "Our Savior's Lutheran Church", "Our Lady of Mercy"
            start = match.start("p") + len(" ".join(run[:lead])) + (1 if lead else 0)
            end = match.end() if regex is _FEATURE else match.end("p")
            if _NOT_PLACE_AFTER.match(text, match.end()):
                continue
            if (
                regex is _FEATURE
                and match.group().endswith("Station")
                and (run[-1] in _KIND_OF_STATION)
            ):
                continue
            if regex is _UNIT_AFTER and _not_a_unit_name(text, start, run[lead:]):
                continue
            yield Hit(start, end, _G, "geo.place" if regex is _FEATURE else "geo.facility")
    for match in _NUMBERED_STATION.finditer(text) if "Station" in text else ():
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if before is None or before[1] not in _KIND_OF_STATION:  # not "Skills Station 3"
            yield Hit(match.start(), match.end(), _G, "geo.place")
    # (a _SCHOOL match ends with one of _SCHOOL_WORDS as a whole word: the bit first)
    schools = scan.gates & _SCHOOL_WORDS_BIT and any(map(text.__contains__, _SCHOOL_GATE))
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
    campuses = scan.gates & _CAMPUS_WORDS_BIT
    for match in _UNIVERSITY.finditer(text) if campuses else ():
        town = match.group().split()[-1]
        if match.group().startswith("University") or not (
            town in _NOT_CAMPUS or town.lower() in lower_set("common_words")
        ):
            yield Hit(match.start(), match.end(), _G, "geo.facility")  # not "UW Medicine"
    saints = "St" in text or "Saint" in text or "Fort" in text or "Ft." in text
    for match in _SAINT.finditer(text) if saints else ():
        if not _NOT_SAINT.match(text, match.start()):
            yield Hit(match.start(), match.end(), _G, "geo.place")
    nouns = (
        _place_noun().finditer(text) if place_words and scan.gates & _PLACE_NOUN_WORDS_BIT else ()
    )
    for match in nouns:
        place = _is_place(match["c"])
        if place and _not_common(place):
            yield Hit(match.start(), match.start() + len(place), _G, "geo.city")
    facilities = _FACILITY.finditer(text) if scan.gates & _FACILITY_TOKENS_BIT else ()
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
    hospitals = _hospital_names().finditer(text) if scan.gates & _HOSPITAL_WORDS_BIT else ()
    for match in hospitals:
        if _NOT_PLACE_AFTER.match(text, match.end()):
            continue  # "the Parkland formula"
        if match.group() in _UNIT_ELSEWHERE and _ROMANCE_ARTICLE.search(
            text, max(0, match.start() - 4), match.start()
        ):
            continue  # "en la UCI": an intensive care unit in Spanish, not UC Irvine
        end = match.end()
        campus = _CAMPUS.match(text, end)
        if campus is not None and _is_place(campus["t"]) == campus["t"]:
            end = campus.end()  # "Mount Sinai Queens", "Kaiser Oakland": the campus's town
        yield Hit(match.start(), end, _G, "geo.facility")
        yield from _town_in(text, end)
    yield from _more_places(text, scan)
    yield from _named_sites(text, scan)
    if scan.gates & _STRONG_PREFIX_WORDS_BIT:
        for match in _STRONG_PREFIX.finditer(text):
            yield from _town_shape(text, match.start())
    if scan.gates & _TRANSFER_WORDS_BIT:
        for match in _TRANSFER_ACRONYM.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
            if before is None or before[1].lower() not in _TRANSFER_WORDS:
                continue
            name = match["a"]
            if name not in _UNIT_ACRONYMS and not name.endswith(("U", "ICU")):
                yield Hit(match.start("a"), match.end("a"), _G, "geo.facility")
    # (an acronym counts only after one of _SITE_ACRONYM_CUES, a word of the text)
    acronyms = scan.patient and not scan.words.isdisjoint(_SITE_ACRONYM_CUES)
    # (with no line break, an acronym after a cue follows a blank: found from that literal)
    blanked = _SITE_ACRONYM if "\n" in text else _BLANK_ACRONYM
    for match in blanked.finditer(text) if acronyms else ():
        start, name = match.start("a"), match["a"]
        if name in _NOT_SITE_ACRONYMS or name.endswith("U"):
            continue
        if text[start - 1 : start] not in _BLANKS_BEFORE_ACRONYM:
            continue  # (_SITE_ACRONYM_BEFORE ends on a blank: a quick test before its search)
        before = _SITE_ACRONYM_BEFORE.search(text, max(0, start - 10), start)
        after = _SITE_ACRONYM_AFTER.match(text, match.end("a")) if before else None
        if before is None or after is None:
            continue
        if after["e"] is not None and before["p"] not in ("at", "outside", "near"):
            continue  # "in DKA.", "to BMT,": only "at" places a patient by itself
        town = after["t"]
        if town is not None and not (
            "-" in town or (town in lexicon("places") and town not in _NOT_TOWN_AFTER_ACRONYM)
        ):
            continue
        yield Hit(start, after.end("t") if town else match.end("a"), _G, "geo.facility")
    if scan.gates & _DEDICATION_WORDS_BIT:
        for match in _DEDICATION.finditer(text):
            yield Hit(match.start("d"), match.end("d"), _G, "geo.facility")
    for match in _FACILITY_FIRST.finditer(text) if scan.gates & _FACILITY_FIRST_WORDS_BIT else ():
        first = match["n"].split()[0]
        if not (
            first in _NOT_AFTER_FACILITY
            or first.isupper()  # "Hospital IT", "Hospital RN"
            or first.endswith(("'s", "\u2019s"))  # "Society of Hospital Medicine's"
            or first.lower() in lower_set("common_words")
        ):
            yield Hit(match.start(), match.end(), _G, "geo.facility")


# hospitals' acronyms that are units in Spanish or Portuguese after an article
_UNIT_ELSEWHERE = frozenset(["UCI", "UTI"])
_ROMANCE_ARTICLE = re.compile(r"(?:\b(?:la|na|da|a|de)|\bel) $")
# A hospital or home named after its kind, as Spanish, Portuguese and other languages write
# it: "Hospital Garrahan", "Hospital Municipal de Betim", "Sanatorio Güemes", "Lar São Vicente
# de Paulo", "Residencial Bem Viver", "Ospedale San Raffaele"
_NAME_PART = "[A-Z\u00c0-\u00de][\\w'\u2019-]+"
_FACILITY_FIRST = re.compile(
    r"(?=[HSCLRPOKhEZV\u00c4NFbK])\b(?:Hospital(?: (?:Municipal|Universitario|"
    r"Universit\u00e1rio|General|Regional|Estadual|Provincial|Central|Civil|Infantil|"
    r"Materno Infantil|Geral))?|Sanatorio|"
    r"Sanat\u00f3rio|Cl\u00ednica|Policl\u00ednica|Santa Casa|Lar|Residencial|Residencia|"
    r"Resid\u00eancia|Casa de Repouso|H\u00f4pital|Centre Hospitalier|Ospedale|Klinikum|"
    r"Krankenhaus|Szpital|"
    # and of France, Switzerland, the Low Countries and the Nordic countries: "CHU de
    # Rennes", "Spital Uster", "Huisartsenpost Apeldoorn", "Vårdcentralen i Tierp",
    # "Äldreboendet Solgården", "EHPAD Les Tilleuls"
    r"CHU|CHR|CHRU|Clinique|Spital|Kantonsspital|Klinik|Pflegeheim|Ziekenhuis|Huisartsenpost|"
    r"EHPAD|V\u00e5rdcentralen|\u00c4ldreboendet|Sjukhuset|Sykehuset|"
    # and of Central and Eastern Europe: "Spitalul Județean Suceava", "Nemocnice Kolín",
    # "Fakultní nemocnice Motol", "FN Motol", "Opća bolnica Zadar", "KBC Zagreb"
    r"Spitalul|Nemocnice|Nemocnica|FN|FNsP|KBC|KBC-u|Bolnica|bolnica|Klinički centar|"
    r"Kórház)"
    rf"(?: (?:de la|de|del|da|do|dos|das|di|du|des|i|p\u00e5))? (?P<n>{_NAME_PART}"
    rf"(?: (?:(?:de|del|da|do|dos|di) )?{_NAME_PART}){{0,3}})"
)
_FACILITY_FIRST_WORDS = frozenset(
    ["hospital", "sanatorio", "sanat\u00f3rio", "cl\u00ednica", "policl\u00ednica", "casa",
     "lar", "residencial", "residencia", "resid\u00eancia", "h\u00f4pital", "centre",
     "ospedale", "klinikum", "krankenhaus", "szpital", "chu", "chr", "chru", "clinique",
     "spital", "kantonsspital", "klinik", "pflegeheim", "ziekenhuis", "huisartsenpost",
     "ehpad", "v\u00e5rdcentralen", "\u00e4ldreboendet", "sjukhuset", "sykehuset",
     "spitalul", "nemocnice", "nemocnica", "fn", "fnsp", "kbc", "bolnica", "klinički",
     "kórház"]
)  # fmt: skip
# what follows "Hospital" that names no hospital: "Hospital Medicine Week", "Hospital Day"
_NOT_AFTER_FACILITY = frozenset(
    ["Medicine", "Week", "Day", "Association", "Policy", "Administration", "Privileges",
     "Board", "Staff", "Mortality", "Acquired", "Admission", "Admissions", "Discharge",
     "Pharmacy", "Foundation", "Safety", "Ship", "Corpsman", "Corps", "Bed", "Beds", "At",
     "In", "The", "A", "And", "For", "To", "Of", "On", "Authority", "Awards", "Award",
     "Division", "Department", "Rx", "No", "System", "Systems", "Network", "Group", "Trust",
     "Council", "Services", "Service", "Compare", "Price", "Prices", "Ratings", "Quality",
     "Leaders", "Leadership", "Finance", "Billing", "Records", "Wristband", "Gown", "Food"]
)  # fmt: skip


# Places of worship: "Greater Mt. Olive Baptist", "Zion Hill AME", "Our Lady of the Lake",
# "the Islamic Center". A denomination alone ("Southern Baptist") is not a place.
# (each pattern starts with its denomination or kind word, and the capitalised run before it
# is read backwards, so the engine skips ahead to those words)
_WORSHIP = re.compile(
    r"(?:Missionary Baptist|Baptist|AME Zion|AME|A\.M\.E\.|CME|"
    r"Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|Apostolic|Chapel|Tabernacle|"
    r"Masjid|Parish|Congregation|Church of God(?: in Christ)?|Church of Christ)"
    r"(?:\s+(?:Church|Chapel|Temple))?(?![\w-])(?!\s+(?:Health|Hospital|Medical|Memorial|"
    r"Regional|Convention|denomination|church(?:es)?|pastor|minister|tradition))"
)
_WORSHIP_NAMED = re.compile(
    r"(?:Our Lady of (?:the\s+)?[A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+){0,2}|"
    r"(?:VFW|American Legion|Legion|AMVETS) Post \d{1,5}|"
    r"Islamic (?:Center|Society)(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|"
    r"Jewish Community Center|Kingdom Hall|"
    # a mosque, temple or gurdwara by its name after the word: "Masjid An-Nur", "Wat Lao"
    r"(?:Masjid|Mosque|Gurdwara|Wat|Temple|Congregation|Beth|Shul)"
    r"(?:\s+(?:al-|Al-|an-|An-|ar-|Ar-|as-|As-)?[A-Z][\w'\u2019-]+){1,3}|"
    r"(?:Legion|VFW) [Hh]all)"
)
_WORSHIP_WORDS = frozenset(
    ["baptist", "ame", "cme", "methodist", "lutheran", "presbyterian", "episcopal",
     "pentecostal", "apostolic", "chapel", "tabernacle", "masjid", "parish", "congregation",
     "church", "lady", "islamic", "jewish", "kingdom", "post", "legion", "vfw", "temple",
     "mosque", "gurdwara", "shul", "wat"]
)  # fmt: skip
# (a denomination's word, not a congregation's name: "Southern Baptist"; "First Baptist" is
# one town's church)
_NOT_CONGREGATION = frozenset(
    ["Southern", "Northern", "American", "United", "Free", "Primitive", "Reformed", "Evangelical",
     "Independent", "National", "Black", "White", "African", "Greek",
     "Orthodox", "Catholic", "Roman", "Anglican", "Korean", "Chinese", "Hispanic", "Latino"]
)  # fmt: skip
_SPECIMENS = frozenset(["Sputum", "Smear", "Culture", "Stain", "Urine", "Blood", "BAL", "CSF"])
# Military bases and yards: "Camp Pendleton", "Naval Station Norfolk", "Pearl Harbor Naval
# Shipyard", "Grand Forks Air Force Base".
_BASE = re.compile(
    r"(?:Naval Shipyard|Shipyard|Navy Yard|Air Force Base|AFB|"
    r"Air Base|Air National Guard Base|Naval Base|Naval Air Station|Army Airfield|Army Base|"
    r"Barracks|Proving Ground|Arsenal)\b"
)
_BASE_NAMED = re.compile(
    r"(?:Camp|Joint Base|Naval Station|Naval Air Station|NAS|"
    rf"Marine Corps Base|Marine Corps Air Station|MCAS)\s+{_CAPRUN}"
)
_BASE_WORDS = frozenset(
    ["shipyard", "yard", "afb", "air", "base", "naval", "army", "barracks", "proving",
     "arsenal", "camp", "nas", "marine", "mcas"]
)  # fmt: skip
# Named venues "<Kind> of <Name>": "Mall of America", "Museum of Flight", "Home of Hope".
_VENUE_OF = re.compile(
    rf"(?=[A-Z])(?P<p>(?:{_CAP}\s+){{0,2}}(?:Mall|Museum|Cathedral|Basilica|Shrine|Home|"
    rf"Homes|Village|Church)\s+of\s+(?:the\s+)?{_CAPRUN})"
)
_VENUE_WORDS = frozenset(
    ["mall", "museum", "cathedral", "basilica", "shrine", "home", "homes", "village", "church"]
)
# A named business by its site: "the Amazon warehouse", "Costco parking lot".
_SITE = re.compile(
    r"(?:warehouse|distribution center|fulfillment center|plant|factory|mill|store|"
    r"supermarket|gas station|truck stop|parking lot|lot|call center|depot|branch|dealership|"
    r"slaughterhouse|meatpacking plant|packing plant|cannery|quarry|sawmill|feedlot)\b"
)
_SITE_WORDS = frozenset(
    ["warehouse", "distribution", "fulfillment", "plant", "factory", "mill", "store",
     "supermarket", "station", "stop", "lot", "center", "depot", "branch", "dealership",
     "slaughterhouse", "meatpacking", "packing", "cannery", "quarry", "sawmill", "feedlot"]
)  # fmt: skip
# An employer after a work cue: "works at Hollis Feed", "RN at Bayside Meridian",
# "driving for Ardent Foods".
_EMPLOYER = re.compile(rf"(?:at|for|by|At|For|By)\s+(?:the\s+)?(?=[A-Z])(?P<p>{_CAPRUN})")
# An employer told as such: "His employer, Al Habtoor,", 'Employer was "Idaho Power"', "laid
# off from Boeing"
_EMPLOYER_NAMED = re.compile(
    r"(?=[EeLl])\b(?:[Ee]mployer|laid off from|let go from)(?:,|:| is| was)?\s+[\"\u201c]?"
    rf"(?:the\s+)?(?=[A-Z])(?P<p>{_CAPRUN})"
)
_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_EMPLOYER_WORDS = frozenset(
    ["work", "works", "working", "worked", "job", "jobs", "employed", "employee", "employer",
     "cna", "rn", "lpn", "nurse", "teacher", "cashier", "clerk", "worker", "manager", "driver",
     "cook", "janitor", "mechanic", "guard", "aide", "custodian", "foreman", "welder", "miner",
     "trucker", "shift", "shifts", "stocker", "greeter", "driving", "drives", "drove",
     "delivers", "delivering"]
)  # fmt: skip
# "the Dollar Mart in Pikeville": a named business located by the town after it.
_THE_CAPITAL = re.compile(r"he\s+[A-Z]")  # (what _BUSINESS_IN opens on, from a literal)
_BUSINESS_IN = re.compile(
    rf"[tT](?<![\w][tT])he\s+(?P<p>{_CAPRUN})\s+(?:in|on|off|near|outside)\s+(?P<t>{_CAPRUN})"
)
# "Laramie is a small town", "Tulsa GI clinic": a known place at a sentence's start.
_PLACE_THEN = re.compile(
    r"(?:(?:is|was)\s+(?:a|such a)\s+(?:small|tiny|little|rural|close-knit)?\s*"
    r"(?:town|city|village|place|community)\b"
    r"|(?:folks|people|locals|families|natives|residents|aunties|uncles)\b)"
)
_PLACE_THEN = lead(_PLACE_THEN, "afilnpruw")  # (their first letters: not tried everywhere)

# The capitalised run that ends right before a position (searched in a short window).
_RUN_BEFORE = re.compile(rf"(?<![\w'\u2019@#.&-])(?P<c>{_CAPRUN})$")


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-'\u2019")


def _run_ending(text: str, start: int) -> tuple[int, str] | None:
    """The capitalised run that ends right before ``start``, across white space only."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return _run_before(text, end) if end < start else None


def _run_before(text: str, end: int) -> tuple[int, str] | None:
    """(start, run) of the capitalised words that end at ``end``, if any."""
    match = _RUN_BEFORE.search(text, max(0, end - 60), end)
    return None if match is None else (match.start("c"), match["c"])


_PLACE_UNIT_WORDS = frozenset(
    ["clinic", "office", "practice", "unit", "department", "dept", "floor"]
)
# "GI" of "Stockton GI clinic": an acronym before a unit word, with a place before it
_ACRONYM_UNIT = re.compile(
    r"[A-Z]{2,5}(?<![\w-][A-Z]{2})(?<![\w-][A-Z]{3})(?<![\w-][A-Z]{4})(?<![\w-][A-Z]{5})"
    r"(?=\s+(?:clinic|office|practice|unit|department|dept|floor)\b)"
)


_PLACE_THEN_WORDS = frozenset(
    ["town", "city", "village", "place", "community", "clinic", "office", "practice", "unit",
     "department", "dept", "floor", "folks", "people", "locals", "families", "natives",
     "residents", "aunties", "uncles"]
)  # fmt: skip


# An employer named before a trade: "a Caterpillar machinist", "a Southwest Airlines pilot" (not a
# unit, a service or a people: "an ICU nurse", "a retired Army medic", "a Navajo weaver")
_TRADES = (
    "engineer", "pilot", "employee", "worker", "driver", "mechanic", "machinist", "welder",
    "lineman", "linemen", "cashier", "associate", "technician", "foreman", "contractor",
    "operator", "trucker", "executive", "exec", "analyst", "programmer", "electrician",
    "plumber", "greeter", "stocker", "courier", "dispatcher", "flight attendant", "barista",
    "server", "bartender", "manager", "clerk", "janitor", "custodian", "guard",
)  # fmt: skip
_TRADE = re.compile(
    r"(?<![\w'\u2019-])(?:a|an|retired|former|ex-)\s+"
    r"(?P<p>[A-Z](?=[a-z])[\w&'\u2019-]*(?:\s[A-Z][\w&'\u2019-]*){0,2})"
    rf"\s+(?:{'|'.join(_TRADES)})s?(?![\w'-])"
)
_TRADE_WORDS = frozenset(
    word for trade in _TRADES for word in (trade.split()[-1], trade.split()[-1] + "s")
)
_NOT_EMPLOYERS = frozenset(
    ["Army", "Navy", "Marine", "Marines", "Air", "Force", "Coast", "Guard", "National",
     "Federal", "State", "County", "City", "Tribal", "Union", "Local", "Senior",
     "Junior", "Head", "Chief", "Lead", "Night", "Day", "Retired", "Former", "Certified",
     "Licensed", "Registered", "Master", "Journeyman", "Native", "Black", "White", "Latino",
     "Latina", "Hispanic", "Asian", "Amish", "Mennonite", "Catholic", "Muslim", "Jewish",
     "Christian", "Veteran", "Vietnam", "Gulf", "War", "Uber", "Lyft"]
)  # fmt: skip


def _named(run: str) -> tuple[int, str] | None:
    """``run`` without its leading generic words (offset, rest), if anything is left."""
    words = run.split()
    lead = 0
    while lead < len(words) and (
        words[lead] in _GENERIC or words[lead] in _STOP_RUN or words[lead] in STATE_NAMES
    ):
        lead += 1
    rest = words[lead:]
    if not rest or all(
        w in _GENERIC or w.lower() in lower_set("facility_words") or w in STATE_NAMES for w in rest
    ):
        return None
    if " ".join(rest) in STATE_NAMES:
        return None
    offset = len(" ".join(words[:lead])) + (1 if lead else 0)
    return offset, " ".join(rest)


# A firm by the kind word that ends its name, read with the capitalised run before it
# (starts with the kind word, so the engine skips ahead to it)
_FIRM_KINDS = (
    "LLP", "LLC", "PLLC", r"Inc\.?", r"Corp\.?", "Freight", "Trucking", "Logistics",
    "Transport", "Construction", "Roofing", "Plumbing", "Motors", "Auto Body", "Salon",
    "Barbershop", "Bakery", "Diner", "Tavern", "Brewery", "Family Medicine", "Family Practice",
    "Dental", "Lumber", "Poultry", "Packing", "Meats", "Steel", "Mining", "Dairy", "Orchards?",
    "Vineyards?", "Creamery", "Laundromat", "Car Wash", "Fitness", "Gym", "YMCA", "Y", "Foods",
    "Heating & Cooling", "Heating", "HVAC", "Electric", "Landscaping", "Towing", "Saloon",
    "Grocery", "Supermarket",
)  # fmt: skip
_FIRM = re.compile(rf"(?:{'|'.join(_FIRM_KINDS)})(?![\w'-])")
# every word of the kinds, in lower case: the text must hold one
_FIRM_WORDS = frozenset(
    word.lower() for kind in _FIRM_KINDS for word in re.findall(r"[A-Za-z]+", kind)
) | {"orchard", "vineyard"}
# ... or by the kind word that starts it: "Salon Lumière", "Club Eclipse", "CrossFit Ironbound"
_FIRM_FIRST = re.compile(
    r"(?:Salon|Club|CrossFit|Camp|Caf[eé]|Hotel|Motel|Studio)\s+"
    r"[A-Z][\w'\u2019\u00e0-\u00ff-]+(?:\s+[A-Z][\w'\u2019\u00e0-\u00ff-]+){0,2}"
)
_FIRM_FIRST_WORDS = frozenset(
    ["salon", "club", "crossfit", "camp", "cafe", "café", "hotel", "motel", "studio"]
)
_MORE_CUES = (
    _FIRM_WORDS
    | _FIRM_FIRST_WORDS
    | _WORSHIP_WORDS
    | _BASE_WORDS
    | _VENUE_WORDS
    | _SITE_WORDS
    | _EMPLOYER_WORDS
    | {"laid", "let"}
    | _TRADE_WORDS
    | _PLACE_THEN_WORDS
    | _PLACE_UNIT_WORDS
    | {"of"}
)


_OF_ALONE = frozenset(["of"])


def _cued_sites(text: str, scan: Scan, cues: frozenset[str]) -> Iterator[Hit]:
    """The sites of :func:`_more_places` that their cue words (``cues``, of the text) open."""
    if not cues.isdisjoint(_WORSHIP_WORDS):
        for match in _WORSHIP_NAMED.finditer(text):
            if _word_start(text, match.start()):
                yield Hit(match.start(), match.end(), _G, "geo.place")
        for match in _WORSHIP.finditer(text):
            run = _run_ending(text, match.start())
            named = _named(run[1]) if run is not None else None
            if run is None or named is None or named[1].split()[-1] in _NOT_CONGREGATION:
                continue
            yield Hit(run[0] + named[0], match.end(), _G, "geo.place")
    if not cues.isdisjoint(_BASE_WORDS):
        for match in _BASE_NAMED.finditer(text):
            if _word_start(text, match.start()):
                yield Hit(match.start(), match.end(), _G, "geo.place")
        for match in _BASE.finditer(text):
            run = _run_ending(text, match.start())
            named = _named(run[1]) if run is not None else None
            if named is not None and match[0] == "AFB" and named[1] in _SPECIMENS:
                continue  # "Sputum AFB 3+": acid-fast bacilli, no air force base
            if run is not None and named is not None:
                yield Hit(run[0] + named[0], match.end(), _G, "geo.place")
    if "of" in cues and not cues.isdisjoint(_VENUE_WORDS):
        for match in _VENUE_OF.finditer(text):
            named = _named(match["p"])
            if named is not None and not _at_sentence_start(text, match.start()):
                yield Hit(match.start("p") + named[0], match.end("p"), _G, "geo.place")
    for match in _SITE.finditer(text) if not cues.isdisjoint(_SITE_WORDS) else ():
        run = _run_ending(text, match.start())
        named = _named(run[1]) if run is not None else None
        if run is not None and named is not None and _not_common(named[1]):
            yield Hit(run[0] + named[0], run[0] + len(run[1]), _G, "geo.place")
    for match in _EMPLOYER.finditer(text) if not cues.isdisjoint(_EMPLOYER_WORDS) else ():
        if match.start() < 2 or text[match.start() - 1] != " ":
            continue
        # a work word among the three words before: "works the line at", "night shifts at"
        before = _WORDS_BEFORE.findall(text, max(0, match.start() - 30), match.start())[-3:]
        if not any(word.lower() in _EMPLOYER_WORDS for word in before):
            continue
        named = _named(match["p"])
        if named is None or named[1].split()[0] in CALENDAR_NAMES:
            continue
        if not _not_common(named[1]) or _NOT_PLACE_AFTER.match(text, match.end("p")):
            continue
        yield Hit(match.start("p") + named[0], match.end("p"), _G, "geo.workplace")
    told = "employer" in cues or (
        ("laid" in cues or "let" in cues) and ("laid off" in scan.low or "let go" in scan.low)
    )
    for match in _EMPLOYER_NAMED.finditer(text) if told else ():
        named = _named(match["p"])
        if named is not None and _not_common(named[1]):
            yield Hit(match.start("p") + named[0], match.end("p"), _G, "geo.workplace")
    for match in _TRADE.finditer(text) if not cues.isdisjoint(_TRADE_WORDS) else ():
        employer: str = match["p"]
        if any(
            w in _NOT_EMPLOYERS or w in LANGUAGES or w in STATE_NAMES or w in _CAR_MAKES
            for w in employer.split()
        ):
            continue  # "a retired Army nurse", "a Spanish teacher", "an Ohio trucker"
        if employer.split()[0] in CALENDAR_NAMES or employer in lexicon("eponyms"):
            continue
        common = lower_set("common_words")
        if any(w.lower() not in common for w in employer.split()):  # "Southwest Airlines"
            yield Hit(match.start("p"), match.end("p"), _G, "geo.workplace")
    for match in _FIRM.finditer(text) if not cues.isdisjoint(_FIRM_WORDS) else ():
        run = _run_ending(text, match.start())  # "Hartwell & Finch LLP", "Midland Freight"
        named = _named(run[1]) if run is not None else None
        if run is None or named is None:
            continue
        start = run[0] + named[0]
        partner = _run_ending(text, start - 2) if text[max(0, start - 3) : start] == " & " else None
        yield Hit(partner[0] if partner else start, match.end(), _G, "geo.workplace")
    for match in _FIRM_FIRST.finditer(text) if not cues.isdisjoint(_FIRM_FIRST_WORDS) else ():
        if _word_start(text, match.start()):  # "Salon Lumière", "Club Eclipse"
            yield Hit(match.start(), match.end(), _G, "geo.workplace")


# A side of a town, or twin towns, named as where someone is: "grew up on the South Side",
# "raised in the East End", "flew in from the Twin Cities"
_SIDE_OF_TOWN = re.compile(
    r"\b(?:in|on|from|near|to|off|across|around|of|at) (?:the )?"
    r"(?P<p>(?:(?:Near|Far|Lower|Upper) )?(?:North|South|East|West|Northeast|Northwest|"
    r"Southeast|Southwest) (?:Side|End)|(?:Twin|Tri|Quad)[- ]Cities)(?![\w'\u2019-])"
)


# A named site by what is done or lived there, after "the": "from the Pine Ridge area", "at the
# Amazon site", "the Redwood Power substation", "the Sunny Meadows group home"
_NAMED_SITE_KINDS = (
    "area", "site", "job site", "plant", "crew", "substation", "group home", "walk-in clinic",
    "lumber yard", "grain elevator", "rectory", "infield", "pharmacy counter", "bus park",
    "trailer park", "mobile home park", "camp", "compound", "projects", "housing project",
    "motel", "powwow", "reservation", "feedlot", "rig", "mine", "quarry", "warehouse",
    "distribution center", "job",
)  # fmt: skip
_THE_NAMED_SITE = re.compile(
    r"\b(?:the|The) (?P<p>[A-Z][\w'\u2019&-]*(?: [A-Z][\w'\u2019&-]*){0,3}) "
    rf"(?:{'|'.join(_NAMED_SITE_KINDS)})(?![\w'\u2019-])"
)
# (the first word of each kind: the gate)
_NAMED_SITE_WORDS = frozenset(kind.split()[0] for kind in _NAMED_SITE_KINDS)
_NAMED_SITE_WORDS_BIT = gate(_NAMED_SITE_WORDS)
# (words that open a run read in capitals, "THE SAME COMPOUND", and name no site)
_NOT_SITE_OPENERS = frozenset(
    ["same", "other", "whole", "entire", "next", "last", "first", "main", "local", "only"]
)


def _named_site_ok(name: str) -> bool:
    """Whether a capitalised run before a site's word is a place's or a firm's own name."""
    words = name.split()
    return (
        not any(w.isupper() and w not in ("VA", "YMCA") for w in words)  # "the COVID area"
        and not any(w.lower() in CARE_KINDS or w in LANGUAGES for w in words)
        and (_not_common(name) or name in lexicon("places"))
        and words[0] not in CALENDAR_NAMES
        and words[0].lower() not in _NOT_SITE_OPENERS
        and not _KIND_SUFFIX.search(words[-1])
    )


def _more_places(text: str, scan: Scan) -> Iterator[Hit]:
    """Places of worship, bases, venues, workplaces and businesses that locate a patient."""
    named_sites = bool(scan.gates & _NAMED_SITE_WORDS_BIT) and (" the " in text or "The " in text)
    for match in _THE_NAMED_SITE.finditer(text) if named_sites else ():
        if _named_site_ok(match["p"]):
            yield Hit(match.start("p"), match.end(), _G, "geo.place")
    sides = "Side" in text or "End" in text or "Cities" in text  # ("came in from South Side")
    for match in _SIDE_OF_TOWN.finditer(text) if sides else ():
        yield Hit(match.start("p"), match.end("p"), _G, "geo.place")
    cues = scan.cues & _MORE_CUES  # one pass over the words; each block then checks this small set
    placed = bool(scan.gates & _PLACE_WORDS_BIT)
    if not cues <= _OF_ALONE:  # ("of" opens none of these alone: most posts hold it)
        yield from _cued_sites(text, scan, cues)
    business = (
        placed and "the" in scan.words and "he " in text and _THE_CAPITAL.search(text) is not None
    )
    for match in _BUSINESS_IN.finditer(text) if business else ():
        named = _named(match["p"])
        town = _is_place(match["t"])
        if named is not None and town and _not_common(town) and _not_common(named[1]):
            yield Hit(match.start("p") + named[0], match.end("p"), _G, "geo.place")
    then = placed and not cues.isdisjoint(_PLACE_THEN_WORDS)
    units = then and not cues.isdisjoint(_PLACE_UNIT_WORDS)
    tails = (
        [*_PLACE_THEN.finditer(text), *(_ACRONYM_UNIT.finditer(text) if units else ())]
        if then
        else []
    )
    for match in tails:
        run = _run_ending(text, match.start())
        place = _is_place(run[1]) if run is not None else None
        if run is not None and place == run[1] and _not_common(place):
            yield Hit(run[0], run[0] + len(place), _G, "geo.city")


# a meeting of clinicians: not a family meeting, a patient's ("family meeting w/ relatives from
# Manila"), nor an AA or support group's ("an OD at ... during an AA meeting")
_MEETING = r"(?<!family )(?<!Family )(?<!FAMILY )(?<!AA )(?<!NA )(?<!group )(?<!step )meeting"
# A sentence about an institution's people or events ("grand rounds", "a colleague here at",
# "our new ED in ...", "session on ... in Denver") names where clinicians work or meet, not
# where a patient is: unless the sentence itself speaks of a patient ("pt", "58M").
_INSTITUTION = re.compile(
    r"\b(?i:grand rounds|colleagues?|students|faculty|fellows|staff|"
    # (not a patient's session of dialysis or therapy: "every dialysis session")
    r"(?<!\d )(?<!dialysis )(?<!therapy )(?<!chemo )(?<!PT )(?<!OT )sessions?|talk|"
    rf"conference|{_MEETING}|symposium|summit|congress|workshop|"
    r"lecture|webinar|program|hiring|"
    r"jobs|opens|shout-?out|proud|icymi|every nurse|here at|our new|open house|residency|"
    r"fellowship|rotations?|clerkship|externship|appreciation|welcomed me|alma mater)\b"
)
# in a patient's story, only a clinicians' event or a job takes its sentence's places: a
# "talk", a "session" or a "shout-out" there is as often the patient's
_EVENT = re.compile(
    r"\b(?i:grand rounds|conference|symposium|summit|congress|workshop|lecture|webinar|"
    rf"talk by|{_MEETING}|"
    r"hiring|jobs|residency|fellowship|rotations?|clerkship|externship|appreciation|"
    r"welcomed me|retiring|alma mater)\b"
)
_INSTITUTION_WORDS = frozenset(
    ["rounds", "colleague", "colleagues", "students", "faculty", "fellows", "staff", "session",
     "sessions", "talk", "conference", "meeting", "symposium", "summit", "congress",
     "workshop", "lecture", "webinar", "program", "hiring", "jobs", "opens", "shout",
     "shoutout", "proud", "icymi", "residency", "fellowship", "rotation", "rotations",
     "clerkship", "externship", "appreciation", "welcomed", "alma", "retiring"]
)  # fmt: skip
_PATIENT_IN_SENTENCE = re.compile(
    r"\b(?:pt|pts|patient|my patient|[Pp]t's|[Pp]atient's|\d{1,3} ?(?:yo|y/o|M|F)|"
    r"[a-z]+(?:-[a-z]+)? (?:y/o|yo|year-old)|admitted|presented|brought (?:in|by)|"
    r"\d{1,3}-year-old|\d{1,3} years? old|\d{1,3}[- ]?(?:yrs?|y)[- ]old|"
    r"Mrs?\.? [A-Z][a-z]+|Ms\.? [A-Z][a-z]+|"
    r"(?i:his|her|their) (?i:husband|wife|son|daughter|mom|dad|mother|father|family|kids?)|"
    # a named person's relative: "Fatima's mother", "Harper's mom", "her sister's baby"
    r"['\u2019]s (?:husband|wife|son|daughter|mom|mum|dad|mother|father|sister|brother|baby|"
    r"grandson|granddaughter|grandma|grandpa|grandmother|grandfather|nephew|niece|kids?)|"
    # one person's treatment: "his dialysis center in ... closed, he missed 3 sessions"
    r"(?i:his|her) (?i:dialysis|chemo|infusions?|treatments?)|"
    # where someone lives or works: "He lives at Riverside Manor in Kettering and staff ..."
    r"(?i:he|she|they|who) (?:lives|lived|works|worked|moved)|lives (?:in|at|on|with|alone))\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_TITLE_DOT = re.compile(r"\b(Mrs|Mr|Ms|Dr|Prof|St|Mt|Ft|No|no|vs)\.")


def institution_spans(text: str, scan: Scan) -> list[tuple[int, int]]:
    """Sentences about clinicians' institutions or events, with no patient in them."""
    words = scan.words
    if not scan.gates & _INSTITUTION_WORDS_BIT and not (
        ("every" in words and "every nurse" in scan.low)
        or ("here" in words and "here at" in scan.low)
        or ("new" in words and "our new" in scan.low)
        or ("house" in words and "open house" in scan.low)
    ):
        return []
    masked = _TITLE_DOT.sub("\\1_", text)  # "Mrs. Oduya", "Dr. Ruiz": no sentence ends there
    return [
        (match.start(), match.end())
        for match in _SENTENCE.finditer(masked)
        if (_INSTITUTION if not scan.patient else _EVENT).search(
            sentence := text[match.start() : match.end()]
        )
        and not _PATIENT_IN_SENTENCE.search(sentence)
    ]


# Town shapes whose first word is rarely anything else ("Lake Havasu", "Fort Benton",
# "Port Orford", "Cape Girardeau"): a place in a patient story even without a preposition.
_STRONG_PREFIX = re.compile(
    r"(?=[LFPMCSG])\b(?:Lake|Fort|Ft\.|Port|Mount|Mt\.|Cape|San|Santa|Los|Las|Glen)"
    r"(?=\s+[A-Z][a-z])(?!\s+(?:Claus|Muerte|Maria|Madre)\b)"
)
_STRONG_PREFIX_WORDS = frozenset(
    ["lake", "fort", "ft", "port", "mount", "mt", "cape", "san", "santa", "los", "las", "glen"]
)
# Catholic and charitable dedications that name a hospital or home after a place cue: "at
# Sacred Heart", "to Holy Cross", "from Good Samaritan".
_DEDICATION = re.compile(
    r"(?=[aAtTfFiI])\b(?:at|to|from|in|into)\s+(?:the\s+)?(?P<d>(?:Sacred Heart|"
    r"Holy (?:Cross|Family|Name|Redeemer|Spirit|Trinity|Rosary|Innocents)|"
    r"Good (?:Samaritan|Shepherd)|Little Company of Mary)"
    r"(?:\s+(?!(?:[Ll]aw|[Aa]ct)\b)[A-Z][a-z]+){0,3})"
)
_DEDICATION_WORDS = frozenset(["sacred", "holy", "good", "little"])

# A facility named by its acronym after a transfer: "flown to ANMC", "transferred to OHSU".
_TRANSFER_ACRONYM = re.compile(
    r"(?<=[a-z] )(?=[tTfF])(?i:to|from)\s+(?:the\s+)?(?P<a>[A-Z]{3,6})\b(?![-/'\u2019])"
)
_TRANSFER_WORDS = frozenset(
    ["flown", "transferred", "airlifted", "lifeflighted", "flighted", "medevaced", "medevacked",
     "helicoptered", "transported", "sent", "shipped", "diverted", "taken", "moved", "driven"]
)  # fmt: skip
_UNIT_ACRONYMS = frozenset(
    ["ICU", "CCU", "PCU", "IMU", "SDU", "OBS", "PACU", "MRI", "EEG", "EKG", "ECG", "CAT",
     "EGD", "ERCP", "SNF", "IRF", "LTC", "ALF", "TCU", "BMT", "CTA", "HDU", "MAU", "AMU", "CDU",
     "EMU", "RRT", "OR", "ED", "ER", "IR", "CT", "EP", "LTACH", "LTAC", "REHAB", "HOME", "DKA",
     "STEMI", "CABG", "TAVR", "PCI", "ECMO", "HD", "CRRT", "NICU", "PICU", "MICU", "SICU",
     "CVICU", "CTICU", "NSICU", "BICU", "TICU", "CVOR", "CATH", "LAB", "CPR", "AMA", "APS",
     "CPS", "DCFS", "EMS", "ALS", "BLS", "HEMS", "VA", "PT", "OT", "SLP", "ACLS", "US", "USA",
     "NYC", "LA", "DC", "UK", "ENT", "GI", "OB", "L&D", "MFM", "BH", "CDC", "WHO", "FBI",
     "DEA", "CIA", "NASA", "NFL", "NBA", "MLB", "OHSS", "DNR", "POLST", "MOLST", "JAIL"]
)  # fmt: skip

# A hospital by its acronym where a patient is ("hard conversations at LUTH.", "PICU at
# PGH", "in KNH ICU") or with its town ("at UCH Ibadan", "FMC Owerri"); not a unit, a
# drug's timing or a diagnosis ("at QHS", "in DKA")
_SITE_ACRONYM = re.compile(r"(?P<a>[A-Z](?<![\w&][A-Z])[A-Z]{2,4})(?![\w&])")
_BLANK_ACRONYM = re.compile(r" (?P<a>[A-Z][A-Z]{2,4})(?![\w&])")  # (those after a blank)
_SITE_ACRONYM_AFTER = re.compile(
    r"(?P<u> (?:ICU|PICU|NICU|HDU|ward|A&E|ED|OPD|casualty|theatre)\b)"
    r"|(?P<e>(?=[.,;:!?)](?:\s|$)|$| (?:by|for|with|since|last|this|yesterday|today|tonight|"
    r"but|while|when|after|before|until)\b))"
    r"| (?P<t>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
_SITE_ACRONYM_BEFORE = re.compile(
    r"(?:^|[^\w'\u2019-])(?P<p>at|in|to|from|outside|near) (?:the )?$"
)
# what can stand right before an acronym after a cue: the cue's blank, or a line's end
# that "$" matches before ("at \n")
_BLANKS_BEFORE_ACRONYM = frozenset([" ", "\n"])
_SITE_ACRONYM_CUES = frozenset(["at", "in", "to", "from", "outside", "near"])
_NOT_TOWN_AFTER_ACRONYM = frozenset(["Unit", "Ward", "Clinic", "Hospital"])
_NOT_SITE_ACRONYMS = _UNIT_ACRONYMS | frozenset(
    ["QHS", "QAM", "QPM", "BID", "TID", "QID", "PRN", "STAT", "TKO", "KVO", "EOL", "EOD", "ERI",
     "BOL", "EOS", "UCI", "UCIN", "UCIP", "UTIN", "UPA", "SAMU",
     "NPO", "HIV", "AIDS", "ARDS", "COPD", "CHF", "AKI", "CKD", "ESRD", "HHS", "PEA", "SVT",
     "RVR", "NSR", "GCS", "BMI", "MAP", "SBP", "DBP", "PEEP", "LOL", "OMG", "TBH", "IMO",
     "FYI", "ASAP", "AML", "CML", "CLL", "MDS", "SLE", "HELLP", "IUGR", "PPROM", "PROM",
     "SROM", "GDM", "VBAC", "TOLAC", "LSCS", "SVD", "NVD", "RSV", "UTI", "URI", "CAP", "HAP",
     "VAP", "MRSA", "VRE", "TIA", "CVA", "SAH", "SDH", "ICH", "DVT", "NSTEMI", "UAE", "USA",
     "NHS", "OPD", "IPD", "AAA", "CPAP", "BIPAP", "HFNC", "NIV", "RSI", "ROSC", "DOA",
     "DNI", "AND", "THE", "FOR", "NOT", "BUT", "ALL", "ANY", "WHO", "AMA", "DAMA", "LAMA",
     # sites of the body: "a murmur at RUSB", "a stone at UVJ", "recurrence at the SMA"
     "RUSB", "LUSB", "LLSB", "RLSB", "LSB", "RSB", "LIMA", "RIMA", "GEJ", "EGJ", "UVJ", "UPJ",
     "SMA", "IMA", "SMV", "IMV", "SVC", "IVC", "LAD", "RCA", "LCX", "PDA", "ACA", "MCA", "PCA",
     "ICA", "ECA", "CBD", "PFO", "ASD", "VSD", "ACL", "PCL", "MCL", "LCL", "TFCC", "TMJ",
     "MCP", "PIP", "DIP", "MTP", "CMC", "ASIS", "PSIS", "ATFL", "LLQ", "RLQ", "RUQ", "LUQ",
     "AVN", "PICC", "CVC", "ETT", "NGT"]
)  # fmt: skip

# The town right after a care system's name names its campus: "Mount Sinai Queens".
_CAMPUS = re.compile(r" (?P<t>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


# ---------------------------------------------------------------- round 6 classes
# Kinds of named sites whose name sits right before them: banks and credit unions ("Hazel
# Creek National Bank"), correctional centres ("Elm Ridge Correctional Facility"), high
# schools by their short form ("Garfield HS").
_SITE_KIND = re.compile(
    r"(?=[NSFCTBDAJRHP])\b(?:(?:National|Savings|Federal|Community|State|Trust|Farmers)\s+)?"
    r"(?:Bank|Credit Union)\b"
    r"|(?:Correctional|Adjustment|Detention|Reentry|Corrections|Penitentiary|Work Release)"
    r"(?:\s+(?:Center|Centre|Facility|Complex|Institution|Unit))?\b"
    r"|J?HS\b"
    # a clinic by its kind's initials: "the Wawota RHC", "Pine Ridge IHS", "Eastside FQHC"
    r"|(?:RHC|FQHC|CHC|IHS|CBOC|CAH|SNF|ALF|LTACH|LTAC|IRF)\b"
)
_SITE_KIND_WORDS = frozenset(
    ["bank", "credit", "correctional", "adjustment", "detention", "reentry", "corrections",
     "penitentiary", "release", "hs", "jhs", "rhc", "fqhc", "chc", "ihs", "cboc", "cah", "snf",
     "alf", "ltach", "ltac", "irf"]
)  # fmt: skip
# A hospital named in French or Spanish, the kind word first: "Hôpital Sainte-Justine"
_HOPITAL = re.compile(
    r"(?=[HhCc])\b(?:H\u00f4pital|Hopital|Clinique|Cl\u00ednica|Clinica|Centre hospitalier)"
    r"(?:\s+(?:de\s+la|de|du|des|del|de\s+los))?\s+[A-Z][\w'\u2019\u00c0-\u00ff-]+"
    r"(?:\s+[A-Z][\w'\u2019\u00c0-\u00ff-]+){0,2}"
)
_NOT_SITE_NAME = frozenset(["Blood", "Food", "Sperm", "Milk", "Tissue", "Eye", "Bone", "Data"])
# Streets named in Spanish or French: "Calle Luna", "Avenida Central", "Rue Dupont", "14 Rue
# de la Paix".
_LATIN_STREET = re.compile(
    r"(?=[CAPRr\d])(?:\b\d{1,6}\s+)?\b(?:Calle|Avenida|Camino|Carretera|Paseo|Rue|rue)\s+"
    # (French articles too: "Rue de la Paix", "Rue des Lilas", "rue d'Alsace")
    r"(?:(?:de la|del|de|la|las|los|des|du)\s+|d['\u2019]|de l['\u2019])?"
    r"[A-Z][A-Za-z\u00c0-\u017f'\u2019-]+"
    r"(?:\s+[A-Z][A-Za-z\u00c0-\u017f'\u2019-]+)?"
)
_LATIN_STREET_WORDS = frozenset(["calle", "avenida", "camino", "carretera", "paseo", "rue"])
# Quarters, settlements and roads of Latin America and Iberia, by their kind first: "Colonia
# Santa Úrsula Coapa", "Barrio Mugica", "Jardim Ângela", "Morro da Providência", "Complexo do
# Alemão", "Ilha de Paquetá", "Estrada do Itararé", "Av. Juárez", "Villa El Salvador"
_QUARTER_KINDS = (
    "Colonia", "Barrio", "Bairro", "Jardim", "Vila", "Villa", "Morro", "Complexo",
    "Comunidade", "Favela", "Ilha", "Estrada", "Rodovia", "Ciudad", "Población",
    "Asentamiento", "Aldea", "Vereda", "Corregimiento", "Fraccionamiento", "Fracc.",
    "Conjunto", "Av.", "Avda.", "Calzada", "Callejón", "Jirón", "Alameda", "Pasaje",
    "Urbanización", "Urb.", "Lomas", "Residencial", "Quinta", "Cerro", "Loteamento",
)  # fmt: skip
_QUARTER = re.compile(
    rf"(?<![\w.])(?:{'|'.join(map(re.escape, _QUARTER_KINDS))})\s+"
    r"(?:(?:de|da|do|dos|das|del|de la|de los|El|La|Los|Las|O|A)\s+)?"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w'\u2019-]+(?:\s+(?:(?:de|da|do|dos|das|del)\s+)?[A-ZÀ-ÖØ-Þ][\w'\u2019-]+){0,2})"
    r"(?:,?\s+\d{1,5}\b)?"
)
_QUARTER = lead(_QUARTER, "".join(sorted({kind[0] for kind in _QUARTER_KINDS})))
# (not "av", the AV node's word: "Av." is looked for as written)
_QUARTER_WORDS = frozenset(
    kind.lower().rstrip(".").replace("ó", "o").replace("ã", "a")
    for kind in _QUARTER_KINDS
    if not kind.startswith("Av")
)
# Streets of the rest of Europe: a name ending in its kind, with a house number or after "in
# der", "op de", "på" ("Lindenstraße 4", "Oudegracht 211", "in der Schillerstraße",
# "Nørregade"), or the kind first, with a number where the word is also English ("Via Roma
# 12", "Piazza Garibaldi", "Rua das Flores 22", "ul. Długa 14", "Carrer del Pont 14")
_STREET_END_WORDS = (
    "straße|strasse|str.|weg|gasse|allee|platz|damm|gracht|straat|laan|plein|kade|singel|"
    "dijk|vej|gade|gatan|vägen|veien|utca"
)
_STREET_ENDS = "|".join(map(re.escape, _STREET_END_WORDS.split("|")))
# the kinds written first; those also English words ("via", "largo") only before a number
_STREET_KINDS = (
    "Piazza", "Piazzale", "Vicolo", "Viale", "Rua", "Travessa", "Praça", "ul.", "ulica",
    "Carrer", "Passeig", "Plaça", "Avinguda", "Calea", "Bulevardul", "Odos",
)  # fmt: skip
_STREET_KINDS_NUMBERED = ("Via", "Corso", "Largo", "Strada", "al.")
_EUROPEAN_STREET = re.compile(
    rf"(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-Za-zß-öø-ÿ]+)*(?:{_STREET_ENDS}))"
    r"(?:(?P<n> \d{1,4}[a-z]?)(?![\w.,/:-]\d|\w)|(?<=[a-zß\.]))"
    rf"|(?<![\w.])(?P<k>(?:{'|'.join(map(re.escape, _STREET_KINDS))})\s+"
    rf"|(?:{'|'.join(map(re.escape, _STREET_KINDS_NUMBERED))})\s+(?=\S+(?: \S+)? \d))"
    r"(?:(?:de|da|do|dos|das|del|della|di|dei|degli|delle|dels)\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'\u2019-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'\u2019-]+)?(?:,?\s+\d{1,4}[a-zA-Z]?\b)?"
)
# A town with the case ending of Turkish ("Kadıköy'den", "Üsküdar'dan", "İzmir'de") or
# declined after a Polish or Czech preposition ("z Rybnika", "w Gliwicach", "v Kutné Hoře"
# is left: its words change inside): the stem looked up among known places
_TURKISH_CASE = re.compile(
    r"(?P<p>[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+(?: [A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+)?)['\u2019]"
    r"(?:(?P<from>[dt][ae]n)|[dt][ae](?:ki)?|[yn]?[ae]|[yn]?[ıiuü]n|l[ıiuü])(?![\w'\u2019])"
)
# (the apostrophe and the case ending of _TURKISH_CASE alone: a quick test before it)
_TURKISH_ENDING = re.compile(
    r"['\u2019](?:[dt][ae]n|[dt][ae](?:ki)?|[yn]?[ae]|[yn]?[ıiuü]n|l[ıiuü])(?![\w'\u2019])"
)
_SLAVIC_CASE = re.compile(
    r"(?<![\w])(?:z|ze|w|we|do|od|spod|koło|pod|obok|k|ke|u|v|ve)\s+"
    r"(?P<p>[A-ZĆŁŚŻŹ][a-ząćęłńóśźżěščřžýáíéůú]{3,})(?![\w-])"
)
_SLAVIC_ENDINGS = ("ach", "ami", "owi", "iem", "ie", "ia", "a", "u", "y", "i", "em", "e", "ą", "ę")
_STREET_BEFORE = re.compile(r"\b(?:in der|auf der|an der|op de|aan de|in de|på|i|am|op|in) $")
# (a street's kind at the end of a word, found as a literal; or its kind first, as a word)
# (a yes/no gate: its endings grouped by first letter, fewer tried at each position)
_STREET_END_GATE = re.compile(rf"(?:{by_first_letter(_STREET_END_WORDS.split('|'))})(?![a-zß])")
_STREET_KIND_WORDS = frozenset(
    kind.lower().rstrip(".") for kind in (*_STREET_KINDS, *_STREET_KINDS_NUMBERED)
)
# A place in a post written in lower case ("from bayamón"), or any lower-case place word with
# a diacritic after a place cue.
_LOWER_CUED = re.compile(
    r"(?=[fino])\b(?:from|in|near|outside)\s+(?!(?:from|in|near|outside)\b)"
    r"(?P<p>[a-z\u00df-\u017f]+(?:[ -][a-z\u00df-\u017f]+)?)(?![\w'\u2019-])"
)
# a capitalised word (\b[A-Z][a-z]{3,}, written to start with its class: found fast)
_CAP_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}")


@functools.cache
def _lower_places() -> frozenset[str]:
    """Known places in lower case, common words left out."""
    common = lower_set("common_words")
    return frozenset(p.lower() for p in lexicon("places") if p.lower() not in common)


def _neighbourhood(start: int, phrase: str) -> Iterator[Hit]:
    """A cued "Little <Place>" or a hyphenated pair of place words ("Cedar-Riverside")."""
    words = phrase.split()
    if words[0] == "Little" and len(words) >= 2 and words[1] not in STATE_NAMES:
        yield Hit(start, start + len("Little ") + len(words[1]), _G, "geo.city")
        return
    first = words[0]
    parts = first.lower().split("-")
    if len(parts) == 2 and all(parts) and first.split("-")[1][:1].isupper():
        places = _place_words()
        if all(part in places for part in parts) and first not in lexicon("eponyms"):
            yield Hit(start, start + len(first), _G, "geo.city")


def _bad_quarter_name(word: str) -> bool:
    """A quarter's first word that is an English word and no known place ("Villa Park")."""
    return word.lower() in lower_set("common_words") and word not in lexicon("places")


def _named_sites(text: str, scan: Scan) -> Iterator[Hit]:
    """Banks, correctional centres, schools by "HS", Latin streets, lower-case places."""
    words = scan.words
    for match in _SITE_KIND.finditer(text) if scan.gates & _SITE_KIND_WORDS_BIT else ():
        run = _run_ending(text, match.start())
        named = _named(run[1]) if run is not None else None
        if run is None or named is None or named[1].split()[0] in _NOT_SITE_NAME:
            continue
        if match.group().endswith("HS") and (
            named[1] in lexicon("eponyms") or _NAMED_AFTER.match(text, match.end())
        ):
            continue  # "Hurley HS stage 2": a staging of a disease, not a school
        yield Hit(run[0] + named[0], match.end(), _G, "geo.place")
    foreign = not text.isascii() or "Clinica" in text or "Hopital" in text or "Clinique" in text
    for match in _HOPITAL.finditer(text) if foreign else ():
        yield Hit(match.start(), match.end(), _G, "geo.facility")
    if ("'" in text or "\u2019" in text) and _TURKISH_ENDING.search(text):
        for match in _TURKISH_CASE.finditer(text):
            place = match["p"]
            if place in CALENDAR_NAMES or place.lower() in local.MONTH_WORDS:
                continue  # "Ekim'de": in October
            # a known town, or any name a patient comes "from" that is no first name
            if _is_place(place) == place or (
                match["from"] and place.split()[0] not in _person_names()
            ):
                yield Hit(match.start("p"), match.end("p"), _G, "geo.city")  # "Kadıköy'den"
    if not text.isascii():
        for match in _SLAVIC_CASE.finditer(text):
            if _slavic_place(match["p"]):
                yield Hit(match.start("p"), match.end("p"), _G, "geo.city")  # "z Rybnika"
    european = scan.gates & _STREET_KIND_WORDS_BIT or _STREET_END_GATE.search(text) is not None
    for match in _EUROPEAN_STREET.finditer(text) if european else ():
        if (
            match["s"] is not None
            and match["n"] is None
            and not _STREET_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue  # a street's kind with no number nor "in der" before: maybe a word
        yield Hit(match.start(), match.end(), _G, "geo.street")
    quartered = scan.gates & _QUARTER_WORDS_BIT or "Av." in text or "Avda." in text
    for match in _QUARTER.finditer(text) if quartered else ():
        first = match["n"].split()[0]
        if _bad_quarter_name(first):
            continue  # "Villa Park", "Estrada Lopez" as a surname's pair: not a quarter
        yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _LATIN_STREET.finditer(text) if scan.gates & _LATIN_STREET_WORDS_BIT else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
        after = _TOWN_AFTER.match(text, match.end())
        if after is not None and "," in text[match.end() : after.start("t")]:
            yield from _town_hit(after)
    if not ("from" in words or "in" in words or "near" in words or "outside" in words):
        return
    lower_post = _CAP_WORD.search(text) is None
    for match in _LOWER_CUED.finditer(text) if lower_post or not text.isascii() else ():
        place = match["p"]
        marked = not place.isascii()
        if not (marked or lower_post):
            continue
        for candidate in (place, place.split()[0].split("-")[0]):
            if candidate in _lower_places() and (marked or candidate in _distinct_place_words()):
                yield Hit(match.start("p"), match.start("p") + len(candidate), _G, "geo.city")
                break


# word gates (see _gates.py): the bit of each cue-word set the checks above test
_SUFFIX_WORDS_BIT = gate(_SUFFIX_WORDS)
_STREET_WORDS_BIT = gate(_STREET_WORDS)
_COUNTY_TOKENS_BIT = gate(_COUNTY_TOKENS)
_TOWN_WORDS_BIT = gate(_TOWN_WORDS)
_APT_WORDS_BIT = gate(_APT_WORDS)
_HOME_WORDS_BIT = gate(_HOME_WORDS)
_ORDINALS_BIT = gate(_ORDINALS)
_STREET_NAMES_LOW_BIT = gate(_STREET_NAMES_LOW)
_ROAD_WORDS_BIT = gate(_ROAD_WORDS)
_FEATURE_WORDS_BIT = gate(_FEATURE_WORDS)
_UNIT_WORDS_BIT = gate(_UNIT_WORDS)
_PLACE_NOUN_WORDS_BIT = gate(_PLACE_NOUN_WORDS)
_FACILITY_TOKENS_BIT = gate(_FACILITY_TOKENS)
_STRONG_PREFIX_WORDS_BIT = gate(_STRONG_PREFIX_WORDS)
_TRANSFER_WORDS_BIT = gate(_TRANSFER_WORDS)
_DEDICATION_WORDS_BIT = gate(_DEDICATION_WORDS)
_FACILITY_FIRST_WORDS_BIT = gate(_FACILITY_FIRST_WORDS)
_INSTITUTION_WORDS_BIT = gate(_INSTITUTION_WORDS)
_SITE_KIND_WORDS_BIT = gate(_SITE_KIND_WORDS)
_LATIN_STREET_WORDS_BIT = gate(_LATIN_STREET_WORDS)
_QUARTER_WORDS_BIT = gate(_QUARTER_WORDS)
_STREET_KIND_WORDS_BIT = gate(_STREET_KIND_WORDS)
_SCHOOL_WORDS_BIT = gate(_SCHOOL_WORDS)
_CHAIN_WORDS_BIT = gate(_CHAIN_WORDS)
_AIRPORT_WORDS_BIT = gate(_AIRPORT_WORDS)
_SYSTEM_WORDS_BIT = gate(_SYSTEM_WORDS)
_CAMPUS_WORDS_BIT = gate(_CAMPUS_WORDS)
# (sets met through ``scan.cues`` rather than tested by their bit)
gate(_CUED_SET)
gate(_MORE_CUES)
# and of the lexicon word sets, built on first use
_PLACE_WORDS_BIT = lazy_gate(_place_words)
_DISTINCT_PLACE_WORDS_BIT = lazy_gate(_distinct_place_words)
_HOSPITAL_WORDS_BIT = lazy_gate(_hospital_words)
