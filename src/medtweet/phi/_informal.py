"""Identifiers written informally: lower-case names, worded SSN tails, street suffixes, towns.

Each rule is gated by a cheap word test on ``Scan.words`` so the regexes run only when a cue
word is present.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._gates import gate, lazy_gate
from medtweet.phi._geo import (
    _SOFTWARE,
    _STATE_AFTER,
    COUNTRIES,
    ETHNIC_GROUPS,
    LANGUAGES,
    STATE_NAMES,
    label_start,
)
from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Category
from medtweet.phi._names import _NOT_BARE_NAMES

__all__ = ["STAFF_WORDS", "find_informal", "not_patient_spans"]

_N = Category.NAME
_G = Category.GEOGRAPHIC

# 1. lower-case names after a person cue: "pt tamsin was ...", "mr orvald tisch"
_PERSON_CUES = frozenset(["pt", "patient", "baby", "mr", "mrs", "ms", "miss", "named"])
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss"])
_LOWER_NAME = re.compile(
    r"(?P<cue>pt|patient|baby|mr|mrs|ms|miss|named)\.? +(?!named\b)(?P<n>[a-z][a-z'\u2019-]{1,14})"
    r"(?: +(?P<s>[a-z][a-z'\u2019-]{1,16}))?(?![\w'\u2019-])"
)
# what follows a name used as a subject: "pt tamsin was", "baby juniper had"
_SUBJECT_VERBS = frozenset(
    [
        "was",
        "is",
        "had",
        "has",
        "came",
        "went",
        "cried",
        "kept",
        "got",
        "said",
        "says",
        "told",
        "asked",
        "wanted",
        "needed",
        "smiled",
        "woke",
        "slept",
        "died",
        "passed",
        "left",
        "arrived",
        "looked",
        "seemed",
        "made",
        "did",
        "does",
        "ate",
        "laughed",
        "loved",
        "refused",
        "remembers",
        "remembered",
        "will",
        "would",
        "could",
        "can",
        "can't",
        "couldn't",
    ]
)
# articles, demonstratives and possessives: what stands before a noun, never a name or town
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "his", "her", "their", "our", "my"])
# frequent lower-case words after pt/patient/baby/mr that are not names
_NOT_LOWER_NAMES = _DETERMINERS | frozenset(
    [
        # words of patient-safety talk that are also rare first names ("a patient harm issue")
        "harm",
        "list",
        "safety",
        "care",
        "your",
        "who",
        "which",
        "also",
        "still",
        "now",
        "then",
        "just",
        "again",
        "here",
        "there",
        "finally",
        "never",
        "always",
        "only",
        "even",
        "really",
        "very",
        "too",
        "so",
        "not",
        "no",
        "yes",
        "ok",
        "okay",
        "girl",
        "boy",
        "aspirin",
        "steps",
        "shower",
        "food",
        "formula",
        "care",
        "safety",
        "education",
        "experience",
        "portal",
        "satisfaction",
        "family",
        "families",
        "room",
        "rooms",
        "states",
        "stated",
        "reports",
        "reported",
        "denies",
        "denied",
        "presents",
        "presented",
        "refuses",
        "refused",
        "admitted",
        "discharged",
        "seen",
        "doing",
        "feeling",
        "tolerating",
        "declined",
        "agrees",
        "agreed",
        "requests",
        "requested",
        "wants",
        "wanted",
        "got",
        "went",
        "came",
        "had",
        "has",
        "was",
        "is",
        "were",
        "be",
        "being",
        "been",
        "with",
        "without",
        "w",
        "for",
        "from",
        "on",
        "in",
        "at",
        "to",
        "of",
        "by",
        "and",
        "or",
        "but",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "because",
        "about",
        "like",
        "ct",
        "mri",
        "scan",
        "monitor",
        "blues",
        "bump",
        "weight",
        "teeth",
        "talk",
        "food",
        "brain",
        "fever",
        "cold",
        "sister",
        "brother",
        "hx",
        "pmh",
        "cc",
        "hpi",
        "ros",
        "exam",
        "vitals",
        "labs",
        "plan",
        "status",
        "transport",
        "nurse",
        "nurses",
    ]
)
_SUFFIX_NOT_NAME = re.compile(r"(?:ly|ed|ing|tion|ness|ment|ous|ive|able|ize|ise)$")

# 2. kin with "-in-law", "named him X", "so Ray can", double first names "Jo Ellen"
_IN_LAW = re.compile(
    r"(?=[bsmfdBSMFD])\b(?:brother|sister|mother|father|son|daughter)-in-law,? +"
    r"(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'\u2019-])"
)
_NAMED = re.compile(
    r"(?=[nNcC])\b(?i:named|called|christened|nicknamed) +(?:him|her|them|the baby) +"
    r"(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'\u2019-])"
)
_CLAUSE_SUBJECT = re.compile(
    r" (?:so|but|and|because|when|while|until|then|till) +"
    r"(?P<n>[A-Z][a-z]{1,12}) +(?:can|could|can't|couldn't|will|would|won't|wouldn't|"
    r"was|wasn't|is|isn't|had|has|did|didn't|does|doesn't|got|went|came|kept|said|told|"
    r"asked|wanted|needed|might|may|should|must)\b"
)
_CLAUSE_WORDS = frozenset(["so", "but", "and", "because", "when", "while", "until", "then", "till"])
_CLAUSE_VERBS = frozenset(
    [
        "can",
        "could",
        "can't",
        "couldn't",
        "will",
        "would",
        "won't",
        "wouldn't",
        "was",
        "wasn't",
        "is",
        "isn't",
        "had",
        "has",
        "did",
        "didn't",
        "does",
        "doesn't",
        "got",
        "went",
        "came",
        "kept",
        "said",
        "told",
        "asked",
        "wanted",
        "needed",
        "might",
        "may",
        "should",
        "must",
    ]
)
_DOUBLE_FIRSTS = (
    "Jo|Mary|Anna|Ann|Lou|Sue|Billy|Bobby|Betty|Peggy|Ella|Lee|Jean|Joe|Bob|Rose|Ruth|Jim|"
    "Jimmy|Ray|Lynn|Ellie|Ada|Amy|Kay|Fay|May"
)
_DOUBLE_WORDS = frozenset(_DOUBLE_FIRSTS.lower().split("|"))
_DOUBLE_FIRST = re.compile(r"(?=[A-Z])\b(?P<n>(?:" + _DOUBLE_FIRSTS + ")"
    r" (?:[A-Z][a-z]{2,12}))(?![\w'\u2019-])")  # fmt: skip

# 3. towns after from/in/at/near in a patient story; "(a CAH)"
# (a word of any Latin letters, "Kadıköy", "İzmir", "Ōgimi", "Thủ Đức", hyphenated
# ("Clichy-sous-Bois", "Kōtō-ku") or after the Arabic article ("Al Ain", "Al-Ahsa"))
_TOWN_LETTER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
_TOWN_WORD = (
    rf"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff][{_TOWN_LETTER}]+"
    rf"(?:-(?:[A-Z\u0100-\u024f][{_TOWN_LETTER}]+|[a-z]{{2,4}}(?=-)|ku|shi|gun|gu|dong))*"
)
_TOWN = re.compile(
    r" (?:from|in|at|near|outside) "
    rf"(?P<p>(?:A[lnrs][- ]|E[ls][- ])?{_TOWN_WORD}(?: {_TOWN_WORD})?)(?![\w'\u2019-])"
)
_TOWN_CUES = frozenset(["from", "in", "at", "near", "outside"])
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# capitalised words after "in/at/from" that are not places
_NOT_TOWNS = (
    _DETERMINERS
    | frozenset(
        [
            "it",
            "i",
            "he",
            "she",
            "they",
            "we",
            "you",
            "peds",
            "geri",
            "tele",
            "icu",
            "english",
            "spanish",
            "french",
            "chinese",
            "korean",
            "vietnamese",
            "arabic",
            "russian",
            "portuguese",
            "tagalog",
            "god",
            "jesus",
            "christ",
            "heaven",
            "hospice",
            "rehab",
            "medicine",
            "surgery",
            "cardiology",
            "neurology",
            "oncology",
            "radiology",
            "pediatrics",
            "psychiatry",
            "nephrology",
            "urology",
            "triage",
            "ortho",
            "neuro",
            "onc",
            "rads",
            "psych",
            "labor",
            "delivery",
            "room",
            "bed",
            "unit",
            "ward",
            "floor",
            "clinic",
            "emergency",
            "urgent",
            "primary",
            "internal",
            "family",
            "general",
            "trauma",
            "step",
            "stepdown",
            "covid",
            "flu",
            "christmas",
            "easter",
            "thanksgiving",
            "halloween",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "morning",
            "afternoon",
            "evening",
            "night",
            "today",
            "tomorrow",
            "yesterday",
            "case",
            "management",
            "medicaid",
            "medicare",
            "mercy",
            "twitter",
            "medtwitter",
            "facebook",
            "instagram",
            "youtube",
            "tiktok",
            "reddit",
            "epic",
            "cerner",
            "uptodate",
            "pubmed",
            "google",
            "afghanistan",
            "albania",
            "angola",
            "argentina",
            "australia",
            "bangladesh",
            "belgium",
            "burma",
            "cambodia",
            "cameroon",
            "congo",
            "denmark",
            "ecuador",
            "ethiopia",
            "finland",
            "greece",
            "guatemala",
            "honduras",
            "hungary",
            "indonesia",
            "iraq",
            "japan",
            "korea",
            "laos",
            "lebanon",
            "liberia",
            "malawi",
            "malaysia",
            "mongolia",
            "mozambique",
            "myanmar",
            "nepal",
            "netherlands",
            "nicaragua",
            "norway",
            "pakistan",
            "paraguay",
            "philippines",
            "portugal",
            "romania",
            "rwanda",
            "salvador",
            "senegal",
            "singapore",
            "sweden",
            "switzerland",
            "taiwan",
            "tanzania",
            "thailand",
            "turkey",
            "uganda",
            "uruguay",
            "venezuela",
            "vietnam",
            "zambia",
            "zimbabwe",
            "england",
            "scotland",
            "wales",
            "britain",
            "europe",
            "asia",
            "africa",
            "america",
            "americas",
            "caribbean",
            "canada",
            "mexico",
            "puerto",
            "rico",
            "guam",
            "middle",
            "east",
            "west",
            "coast",
            "midwest",
            "south",
            "north",
        ]
    )
    | {w.lower() for w in _NOT_BARE_NAMES}
    | {w.lower() for w in STATE_NAMES}
)
_ABSTRACT_END = re.compile(r"(?:ial|ity|ness|ress|ance)$")  # Denial, Progress, Acceptance
_NOT_TOWN_BRANDS = frozenset(
    ["sharpie", "uber", "lyft", "walmart", "walgreens", "cvs", "target", "costco", "kroger",
     "amazon",
     "publix", "safeway", "starbucks", "mcdonald's", "mcdonalds", "out", "home", "school",
     "church", "work", "jail", "prison", "court", "afib", "sinus", "remission", "labor"]
)  # fmt: skip
_SERVICE_END = re.compile(r"(?:ology|ogy|ics|ine|ery|ment|tion|ist|ists|ian|ary|ing|ed)$")
_CAH = re.compile(r"(?=[aA(])(?:\(|\b)an? (?P<p>CAH)\b(?! (?:pt|patient|crisis|baby|infant|kid))")

# 4. streets with their suffix: "Pine St", "Elk Creek Rd"
_STREET = re.compile(
    r"(?=[A-Z])(?<![\w'\u2019-])(?P<s>(?:[A-Z][a-z]+ ){1,3}"
    r"(?:St|Rd|Ave|Blvd|Ln|Ct|Way|Hwy|Pkwy|Dr)\b\.?)(?! [A-Z][a-z])"
)
# a numbered street without its suffix, after "on": "on 5th", "on 42nd"
_ON_ORDINAL = re.compile(
    r" on (?P<v>\d{1,3}(?:st|nd|rd|th)\b(?:\s+(?:St|Street|Ave|Avenue)\b\.?)?)"
)
_STREET_WORDS = frozenset(["st", "rd", "ave", "blvd", "ln", "ct", "way", "hwy", "pkwy", "dr"])
_STREET_TAILS = (" St", " Rd", " Ave", " Blvd", " Ln", " Ct", " Way", " Hwy", " Pkwy", " Dr")
_STREET_LEAD_NOT = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "off",
        "near",
        "by",
        "to",
        "from",
        "and",
        "or",
        "of",
        "my",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "lives",
        "living",
        "lived",
        "found",
        "house",
        "home",
        # a greeting before a doctor's title: "Thanks Dr. Bayes" is no Drive
        "thanks",
        "thank",
        "thx",
        "hi",
        "hey",
        "ask",
        "call",
        "per",
    ]
)

# 5. worded SSN tails: "SS ending 5678", "last 4 of social as 8820"
_SSN_WORDED = re.compile(
    r"(?=[sSlL])\b(?:(?:SS|SSN|social(?: security)?)(?: (?:#|no\.?|number))? +"
    r"(?:is +|was +)?(?:ending|ends)(?: in| with)? *"
    r"|last (?:4|four)(?: digits)? of (?:(?:his|her|their|the|pt'?s|patient'?s) +)?"
    r"(?:social(?: security)?|SSN|SS) *(?:as|is|was|=|:)? *)(?P<v>\d{4})\b",
    re.IGNORECASE,
)
_SSN_CUES = frozenset(["ss", "ssn", "social"])

# 6. biometric values a few words after the cue
_BIO_VALUE = re.compile(
    r"(?=[vVfFtTiIrRpPdDcCbB])\b(?:voice ?prints?|finger ?prints?|thumb ?prints?|iris|retina|"
    r"palm ?prints?|biometrics?|DNA|cord blood|buccal swab)\b[^.!?\n]{0,30}?"
    r"(?<![\w-])(?P<v>(?:[A-Z]{1,4}[ -])?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,24})(?![\w-])"
)
_ID_WORD = re.compile(r"\b(?:ID|MRN|MR#|acct|account|number|no\.)(?!\w)", re.I)
_BIO_CUES = frozenset(
    ["voiceprint", "voice", "fingerprint", "finger", "thumbprint", "iris", "retina",
     "palmprint", "biometric", "biometrics", "dna", "cord", "buccal", "voiceprints",
     "fingerprints"]
)  # fmt: skip

# 7. "bracelet said INM-30017"
_TAG_SAID = re.compile(
    r"(?=[bwatBWAT])\b(?:bracelet|wristband|armband|band|tag|badge|toe tag)"
    r" +(?:said|says|read|reads|showed|shows|listed)\b:? *"
    r"(?:[A-Z][A-Za-z]+ (?=[A-Za-z0-9-]*\d))?"  # a maker's name first: "reads MedicAlert 2216-4409"
    r"(?P<v>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,24})(?![\w-])"
)
_TAG_CUES = frozenset(["bracelet", "wristband", "armband", "band", "tag", "badge"])

# 9. "Halloween night": the holiday with its time of day
_HOLIDAY_TIME = re.compile(
    r"(?=[HCTENVhcteNv])\b(?:Halloween|Christmas|Thanksgiving|New Year'?s|Easter|Valentine'?s|"
    r"Independence Day|Memorial Day|Labor Day|Mother'?s Day|Father'?s Day)"
    r" +(?:night|morning|eve|evening|afternoon|weekend)\b"
)
_HOLIDAY_WORDS = frozenset(
    ["halloween", "christmas", "thanksgiving", "new", "easter", "valentine", "valentine's",
     "independence", "memorial", "labor", "mother's", "father's"]
)  # fmt: skip


# 10. a thank-you list of colleagues' first names; a job post's "our team in <Town>"
_LIST = r"[A-Z][a-z]+(?:(?:,? (?:and|&) |, )[A-Z][a-z]+)+"
_THANKS = re.compile(
    r"(?=[TtSsKkHhBb])\b(?i:thanks|thank you|thx|shout-?outs?|kudos|big thanks|huge thanks)"
    r"(?: (?i:so much|again))?(?: (?i:to|for))?,?(?: (?i:the|our|my) [\w -]{0,30}?"
    r"(?i:team|crew|staff|nurses|colleagues|residents|fellows|docs)(?: \w+)?)?[,:]? +"
    r"(?P<list>" + _LIST + ")"
)
# a sign-off to one person: "Thanks, Kevin." at the end of a sentence
_THANKS_ONE = re.compile(
    r"(?=[TtGgNn])\b(?:[Tt]hanks|[Tt]hank you|[Gg]ood catch|[Gg]reat catch|[Nn]ice catch|"
    r"[Gg]reat job|[Nn]ice work),? +(?P<one>[A-Z][a-z]+)(?=[.!]|\s*$)"
)
_THANKS_WORDS = frozenset(
    ["thanks", "thank", "thx", "shoutout", "shout", "kudos", "shoutouts", "catch", "job", "work"]
)
_TEAM_IN = re.compile(
    r"(?=[oOjJ])\b(?i:our team|join us|join our \w+)"
    r" (?:in|at|near) +(?P<p>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)

# a colleague by the team they are from: "a pharmacist, Maria from our inpatient team"
_FROM_OUR_TEAM = re.compile(
    r"(?<![\w'\u2019])(?P<one>[A-Z][a-z]+(?: [A-Z][a-z'\u2019-]+)?),? from our "
    r"(?:[\w-]+ ){0,3}(?:team|unit|pharmacy|department|dept|service|crew|staff|office|lab)\b"
)


STAFF_WORDS = _THANKS_WORDS | {"our", "join"}


def not_patient_spans(text: str, scan: Scan) -> list[tuple[int, int]]:
    """Spans whose names and places are colleagues' or an employer's, not a patient's.

    Callers gate on :data:`STAFF_WORDS`: without one of them there are none.
    """
    spans: list[tuple[int, int]] = []
    if scan.gates & _THANKS_WORDS_BIT:
        spans += [m.span("list") for m in _THANKS.finditer(text)]
        spans += [m.span("one") for m in _THANKS_ONE.finditer(text)]
    if "our" in scan.words or "join" in scan.words:
        spans += [m.span("p") for m in _TEAM_IN.finditer(text)]
    if "our" in scan.words and " from our " in text:
        spans += [m.span("one") for m in _FROM_OUR_TEAM.finditer(text)]
    return spans


@functools.cache
def _lower_first() -> frozenset[str]:
    common = lower_set("common_words")
    return frozenset(n.lower() for n in lexicon("first_names")) - common


@functools.cache
def _first_names() -> frozenset[str]:
    return lexicon("first_names") | lexicon("ambiguous_names")


@functools.cache
def _lower_known() -> frozenset[str]:
    return frozenset(n.lower() for n in _first_names())


def _lower_name_ok(word: str) -> bool:
    return (
        word not in _NOT_LOWER_NAMES
        and word not in lower_set("common_words")
        and _SUFFIX_NOT_NAME.search(word) is None
    )


def _lower_names(text: str) -> Iterator[Hit]:
    first = _lower_any_first()
    for match in _LOWER_NAME.finditer(text):  # no leading \b: several times faster
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-_"):
            continue
        name, surname = match["n"], match["s"]
        if not _lower_name_ok(name):
            continue
        end = match.end("n")
        known = name in first
        if match["cue"] == "miss" and not known and not name.endswith(("'s", "\u2019s")):
            continue  # "don't miss dialysis folks": the verb (not "miss ada's party")
        honorific = match["cue"].lower() in _HONORIFICS
        if surname is not None and surname not in _SUBJECT_VERBS and _lower_name_ok(surname):
            if known or honorific:
                end = match.end("s")
            else:
                continue
        elif not known and not (surname in _SUBJECT_VERBS and (honorific or len(name) >= 4)):
            continue
        yield Hit(match.start("n"), end, _N, "name.lowercase")


# a lower-case first name where only a person stands: opening a sentence before a bed ("jimmy
# in bed 4 asked"), before "(my pt" or a possessive bill or chart ("farhan's bill"), after
# "name is" or "it's ... ," ("his name is anselmo", "dr its rohan, my sugars")
_OWNED_THINGS = r"bill|chart|labs|meds|mom|dad|wife|husband|family"  # "farhan's bill"
_LOWER_PLACED_BRANCHES = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>[a-z]{3,14})"
    r"(?= in (?:room|rm|bed|bay) ?#?\d| \((?:my|our) (?:pt|patient)\b"
    rf"|['\u2019]s (?:{_OWNED_THINGS})\b)",
    r"\bname(?:'s| is) (?P<m>[a-z]{3,14})\b",
    r"\b(?:it'?s|its|this is) (?P<i>[a-z]{3,14})(?=,)",
)
_LOWER_PLACED = re.compile(f"(?:{'|'.join(_LOWER_PLACED_BRANCHES)})")


# what each branch of _LOWER_PLACED needs in the text: the regex tries every branch at every
# position (~7 us a story) and the cue words of its gate are common ("it", "this", "mom")
_POSSESSED = re.compile(rf"['\u2019]s (?:{_OWNED_THINGS})\b")


@functools.cache
def _lower_placed_of(branches: tuple[bool, bool, bool]) -> re.Pattern[str]:
    """_LOWER_PLACED with only the ``branches`` marked True (in order, same group names)."""
    if all(branches):
        return _LOWER_PLACED
    kept = [branch for branch, keep in zip(_LOWER_PLACED_BRANCHES, branches, strict=True) if keep]
    return re.compile(f"(?:{'|'.join(kept)})")


def _lower_placed_branches(text: str) -> tuple[bool, bool, bool]:
    """Which branches of ``_LOWER_PLACED`` can match ``text`` (a literal each one needs).

    A branch that can match nowhere in the text changes no match of the others, so the
    regex runs with the possible ones only (each branch is tried at every position).
    """
    placed = (
        " in r" in text  # " in room 4", " in rm 4"
        or " in b" in text  # " in bed 4", " in bay 4"
        or " (my " in text
        or " (our " in text
        or (("'s " in text or "\u2019s " in text) and _POSSESSED.search(text) is not None)
    )
    named = "name" in text
    its = "," in text and ("its " in text or "it's " in text or "this is " in text)
    return placed, named, its


def _lower_placed(text: str) -> Iterator[Hit]:
    """Lower-case first names where only a person stands (see ``_LOWER_PLACED``)."""
    branches = _lower_placed_branches(text)
    if not any(branches):
        return
    first = _lower_any_first()
    for match in _lower_placed_of(branches).finditer(text):
        group = match.lastgroup or "n"
        if match[group] in first and _lower_name_ok(match[group]):
            yield Hit(match.start(group), match.end(group), _N, "name.lowercase")


@functools.cache
def _lower_more_first() -> frozenset[str]:
    """First names of many more origins, in lower case ("kamal")."""
    return frozenset(name.lower() for name in lexicon("more_first_names"))


# (a rule that needs both sets reads this one: ``_lower_first() | _lower_more_first()`` in a
# rule joins two sets of ~30,000 names for every story, which halved check_phi's speed)
@functools.cache
def _lower_any_first() -> frozenset[str]:
    """Both sets of lower-case first names, joined once (not per text: ~0.2 ms a union)."""
    return _lower_first() | _lower_more_first()


def _town_ok(place: str) -> bool:
    if place.split()[0] in LANGUAGES or place in _SOFTWARE or place in ETHNIC_GROUPS:
        return False  # "sang hymns in Tongan", "plotted his INRs in Excel", "in Ashkenazi Jewish"
    if place in STATE_NAMES:
        return False  # "in Java": larger than a town (a country is judged where it is found)
    words = place.lower().split()
    if len(words) > 1 and words[0] in ("al", "el", "an", "as", "ar", "es"):
        words = words[1:]  # "Al Ain": the article
    if any(w in _NOT_TOWNS or w in _MONTHS or w in _NOT_TOWN_BRANDS for w in words):
        return False
    if words[0] in lower_set("common_words") or _SERVICE_END.search(words[-1]):
        return False
    if words[0] in lower_set("facility_words") or _ABSTRACT_END.search(words[0]):
        return False
    return words[0].capitalize() not in _first_names() or len(words) > 1


_LOWER_PLACED_WORDS = frozenset(
    ["room", "rm", "bed", "bay", "pt", "patient", "bill", "chart", "labs", "meds", "mom", "dad",
     "wife", "husband", "family", "name", "its", "it", "this"]
)  # fmt: skip
_NAMING_WORDS = frozenset(["named", "called", "nicknamed", "christened"])
# For each rule, the bit of its cue words in ``scan.gates`` (see _gates.py): the rules a
# text's words open are read off its gates, with no set operation per text.
_SSN_BIT = gate(_SSN_CUES | {"last"})
_BIO_BIT = gate(_BIO_CUES)
_TAG_BIT = gate(_TAG_CUES)
_PERSON_BIT = gate(_PERSON_CUES)
_NAMED_BIT = gate(_NAMING_WORDS)
_CLAUSE_BIT = gate(_CLAUSE_WORDS)
_VERB_BIT = gate(_CLAUSE_VERBS)
_DOUBLE_BIT = gate(_DOUBLE_WORDS)
_TOWN_BIT = gate(_TOWN_CUES)
_STREET_BIT = gate(_STREET_WORDS)
_HOLIDAY_BIT = gate(_HOLIDAY_WORDS)
_ANY_BITS = _SSN_BIT | _BIO_BIT | _TAG_BIT
_LOWER_PLACED_BIT = gate(_LOWER_PLACED_WORDS)
_CUE_BITS = (
    _ANY_BITS | _PERSON_BIT | _NAMED_BIT | _CLAUSE_BIT | _VERB_BIT | _DOUBLE_BIT | _TOWN_BIT
    | _STREET_BIT | _HOLIDAY_BIT | _LOWER_PLACED_BIT
)  # fmt: skip


def find_informal(text: str, scan: Scan) -> Iterator[Hit]:
    """Informally written identifiers (see the module docstring)."""
    bits = scan.gates & _CUE_BITS  # the rules the text's words open
    if not scan.patient:
        bits &= _ANY_BITS
    if not bits and "-in-law" not in scan.low and "CAH" not in text:
        return
    if bits & _SSN_BIT:
        for match in _SSN_WORDED.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.last4")
    if bits & _BIO_BIT:
        for match in _BIO_VALUE.finditer(text):
            if _ID_WORD.search(text, match.start(), match.end("v")):
                continue  # "DNA ... ID AX-9": an id with its own cue, typed by that cue
            yield Hit(match.start("v"), match.end("v"), Category.BIOMETRIC, "biometric.cue")
    if bits & _TAG_BIT:
        for match in _TAG_SAID.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.cue")
    if not scan.patient:
        return
    yield from _patient_informal(text, scan, bits)


def _patient_informal(text: str, scan: Scan, bits: int) -> Iterator[Hit]:
    if bits & _PERSON_BIT:
        yield from _lower_names(text)
    if bits & _LOWER_PLACED_BIT:
        yield from _lower_placed(text)
    if "-in-law" in scan.low:
        for match in _IN_LAW.finditer(text):
            yield Hit(match.start("n"), match.end("n"), _N, "name.kin")
    if bits & _NAMED_BIT:
        for match in _NAMED.finditer(text):
            yield Hit(match.start("n"), match.end("n"), _N, "name.named")
    clauses = bits & _CLAUSE_BIT and bits & _VERB_BIT
    if (clauses or bits & _DOUBLE_BIT) and scan.gates & _LOWER_KNOWN_BIT:
        yield from _first_name_rules(text, clauses=bool(clauses), doubles=bool(bits & _DOUBLE_BIT))
    if bits & _TOWN_BIT:
        for match in _TOWN.finditer(text):  # a literal first character: a fast scan
            if match["p"] in COUNTRIES and not _STATE_AFTER.match(text, match.end("p")):
                continue  # "back from Saudi Arabia" (not "from Cuba, MO")
            place = match["p"]
            if place[:1].isupper() and (" " in place or len(place) > 2) and _town_ok(place):
                yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
    if "CAH" in text:
        for match in _CAH.finditer(text):
            yield Hit(match.start("p"), match.end("p"), _G, "geo.facility")
    if bits & _STREET_BIT and any(map(text.__contains__, _STREET_TAILS)):
        for match in _STREET.finditer(text):
            if match["s"].split()[0].lower() not in _STREET_LEAD_NOT:
                # "the Walmart on Broad St": the business the street locates goes with it
                start = label_start(text, match.start("s"), street=True)
                yield Hit(start, match.end("s"), _G, "geo.street")
    if " on " in text and scan.longest_number:
        for match in _ON_ORDINAL.finditer(text):
            start = label_start(text, match.start("v"), street=True)
            if start < match.start("v"):  # "the Starbucks on 5th": a named business's street
                yield Hit(start, match.end(), _G, "geo.street")
    if bits & _HOLIDAY_BIT:
        for match in _HOLIDAY_TIME.finditer(text):
            yield Hit(match.start(), match.end(), Category.DATE, "date.holiday")


def _first_name_rules(text: str, *, clauses: bool, doubles: bool) -> Iterator[Hit]:
    first = _first_names()
    for match in _CLAUSE_SUBJECT.finditer(text) if clauses else ():
        if match["n"] in first:
            yield Hit(match.start("n"), match.end("n"), _N, "name.subject")
    for match in _DOUBLE_FIRST.finditer(text) if doubles else ():
        second = match["n"].split()[1]
        if second in first and second.lower() not in lower_set("common_words"):
            yield Hit(match.start("n"), match.end("n"), _N, "name.lexicon")


# word gates (see _gates.py): the bit of each cue-word set the checks above test
_THANKS_WORDS_BIT = gate(_THANKS_WORDS)
_LOWER_KNOWN_BIT = lazy_gate(_lower_known)  # (not one of _CUE_BITS: tested on scan.gates)
