"""Names of patients and relatives (Safe Harbor (A)): honorifics, cues, kin, initials."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Category

__all__ = ["find_names"]

_N = Category.NAME
_WORD = r"(?:Mc|Mac|O'|D'|Di|De|Le|La)?[A-Z][a-zà-ÿ]+(?:[-'\u2019](?!s\b)[A-Z]?[a-zà-ÿ]+)*"
_INITIAL = r"[A-Z]\.?(?![\w'])"
_NICK = r"(?:\s+[\"\u201c\u2018'][A-Z][a-z]+[\"\u201d\u2019'])?"
_SEQ = rf"{_WORD}{_NICK}(?:\s+(?:{_WORD}|[A-Z]\.(?!\w))){{0,2}}"
_KIN = (
    r"husband|wife|spouse|partner|son|daughter|mother|mom|mum|father|dad|brother|sister|"
    r"grandson|granddaughter|grandmother|grandma|granny|grandfather|grandpa|uncle|aunt|auntie|"
    r"niece|nephew|cousin|boyfriend|girlfriend|fianc[eé]e?|caregiver|roommate|neighbou?r|"
    r"baby|infant|toddler|twin|stepson|stepdaughter|kid|child|boss|friend|widow|widower|"
    r"sibling|newborn|little one|boy|girl|parents|grandparents|family|grandkids|grandkid|twins"
)
_KIN_WORDS = frozenset(_KIN.replace("[e\u00e9]e?", "e").replace("?", "").split("|")) | {
    "neighbor", "neighbour", "fiance", "fiancee", "mom", "twin", "twins", "kids",
}  # fmt: skip
_CLINICIAN_WORDS = frozenset(
    [
        "dr",
        "drs",
        "doctor",
        "prof",
        "professor",
        "nurse",
        "np",
        "pa",
        "rn",
        "md",
        "dra",
        "intern",
        "resident",
        "fellow",
        "attending",
        "student",
        "colleague",
        "pharmacist",
        "tech",
        "scribe",
        "chief",
        "medic",
        "paramedic",
        "consultant",
        "registrar",
        "hospitalist",
        "surgeon",
    ]
)
_HONORIFIC_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "mister",
        "sr",
        "sra",
        "srta",
        "mme",
        "mlle",
        "herr",
        "frau",
        "sister",
        "brother",
        "father",
        "fr",
        "rev",
        "reverend",
        "pastor",
        "rabbi",
        "imam",
        "deacon",
        "captain",
        "capt",
        "sgt",
        "sergeant",
        "officer",
        "coach",
        "judge",
        "senator",
        "mayor",
        "chief",
        "grandpa",
        "grandma",
        "granny",
        "uncle",
        "aunt",
        "auntie",
    ]
)
_PATIENT_WORDS = frozenset(["pt", "patient", "resident", "client"])
_CALLED_WORDS = frozenset(
    [
        "named",
        "called",
        "goes",
        "nicknamed",
        "aka",
        "known",
        "charted",
        "registered",
        "listed",
        "name",
        "signed",
        "a",
    ]
)
_HONORIFIC = re.compile(
    rf"(?=[MSHFBRPICDJOm])\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Sr|Sra|Srta|Mme|Mlle|Herr|Frau|Sister|"
    rf"Brother|Father|Fr|Rev|Reverend|Pastor|Rabbi|Imam|Deacon|Captain|Capt|Sgt|Sergeant|"
    rf"Officer|Coach|Judge|Senator|Mayor|Chief|Grandpa|Grandma|Granny|Uncle|Aunt|Auntie)"
    rf"\b\.?\s+"
    rf"(?P<name>{_SEQ}|{_INITIAL})|(?=m)\b(?:mrs\.?|mr\.|ms\.)\s+(?P<low>[a-z]{{3,}})\b"
)
_PATIENT_CUE = re.compile(
    rf"(?=[PpRrCc])\b(?:[Pp]t|PT|[Pp]atient|PATIENT|[Rr]esident|[Cc]lient)\.?:?\s+"
    rf"(?P<name>{_SEQ}|[A-Z]\.\s?[A-Z]\.?(?:\s?[A-Z]\.)?|[A-Z]{{2,3}}\b(?!-))"
    rf"|(?=[p])\bpt\s+(?P<lowname>[a-z]{{3,}})\b"
)
_AFTER_KIN = re.compile(
    rf"(?:'s|\u2019s)?\s*[,(:]?\s*(?:named\s+|called\s+)?(?P<name>{_SEQ})"
    rf"(?:\s+(?:and|&)\s+(?P<second>{_WORD}))?",
)


@functools.cache
def _word_regex(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


def _kin_names(text: str, scan: Scan) -> Iterator[re.Match[str]]:
    """Name matches right after each kinship word of the text ("her husband Tom")."""
    kin_words = sorted(scan.words & _KIN_WORDS)
    if "little one" in scan.low:
        kin_words.append("little one")
    for kin in kin_words:
        for found in _word_regex(kin).finditer(scan.low):
            match = _AFTER_KIN.match(text, found.end())
            if match is not None:
                yield match


_CALLED = re.compile(
    rf"(?=[a-zN])\b(?:named|called|goes by|nicknamed|aka|a\.k\.a\.|known as|charted as|"
    rf"registered as|listed as|name is|name was|name:|Name:|signed as)\s+[\"'\u201c\u2018]?"
    rf"(?P<name>{_SEQ})[\"'\u201d\u2019]?"
)
_INITIALS = re.compile(r"(?=[A-Z])(?<![\w.])(?P<name>[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?![\w])")
_TITLE_WORD = re.compile(
    rf"(?=[A-Z])(?<![\w'\u2019@#])(?P<name>{_WORD})(?=(?P<rest>(?:\s+(?:{_WORD}|[A-Z]\.(?!\w)))?))"
)
# "Earl, 92", "Bill (our pt, 89M)", "Jane, 54F": a capitalised word with an age is a name.
_WITH_AGE = re.compile(
    rf"(?=[A-Z])(?<![\w'\u2019@#.-])(?P<name>{_WORD})\s*[,(]\s*(?:\d{{1,3}}\s?(?:yo\b|y/o|y\.o\.|"
    r"[MF]\b|,|\))|(?:our|my|the) (?:pt|patient)\b)"
)
_AGE_MARK = re.compile(
    r"[,(]\s*(?:\d{1,3}\s?(?:yo\b|y/o|y\.o\.|[MF]\b|,|\))|(?:our|my|the) (?:pt|patient)\b)"
)
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|has|had|came|went|presented|said|says|asked|told|got|gets|needs|wants|"
    r"loves|loved|died|passed|left|returned|underwent|received|developed|walked|rode|"
    r"keeps|kept|wrote|texted|called|arrived|survived|smiled|cried|just|still|finally|"
    r"never|always)\b"
)
_CITATION_AFTER = re.compile(r"\s*(?:et al|\(?(?:19|20)\d\d\b|,\s*(?:19|20)\d\d\b)")
_CLINICIAN = re.compile(
    rf"(?=[A-Za-z])\b(?:Dr|Drs|Doctor|Prof|Professor|Nurse|NP|PA|RN|MD|Dra|(?i:intern|resident|"
    rf"fellow|attending|student|colleague|pharmacist|tech|scribe|chief|co-intern|charge nurse|"
    rf"nurse|medic|paramedic|consultant|registrar|hospitalist|surgeon))\.?\s+"
    rf"(?P<name>{_SEQ}|{_INITIAL})"
)
_NOT_INITIALS = frozenset(
    [
        "U.S.",
        "A.M.",
        "P.M.",
        "E.R.",
        "O.R.",
        "I.V.",
        "D.C.",
        "N.Y.",
        "L.A.",
        "M.D.",
        "D.O.",
        "R.N.",
        "P.A.",
        "N.P.",
        "B.P.",
        "Q.D.",
        "P.O.",
        "P.R.",
        "S.L.",
        "I.M.",
        "S.Q.",
        "U.K.",
        "E.U.",
        "U.N.",
        "B.S.",
        "M.S.",
        "B.A.",
        "M.A.",
        "A.D.",
        "B.C.",
        "E.D.",
        "I.D.",
        "O.D.",
        "O.S.",
        "O.U.",
        "A.S.",
        "A.U.",
        "H.S.",
        "T.B.",
        "G.I.",
        "C.T.",
        "O.T.",
        "P.T.",
        "R.T.",
        "S.T.",
        "V.S.",
        "E.G.",
        "I.E.",
        "N.B.",
        "P.S.",
        "Q.H.",
        "Q.I.",
        "D.D.",
        "D.S.",
        "M.D.S.",
        "B.I.D.",
        "T.I.D.",
        "Q.I.D.",
        "P.R.N.",
        "A.S.A.",
        "N.P.O.",
        "U.S.A.",
    ]
)
_ACRONYMS = frozenset(
    [
        "CT",
        "ED",
        "ER",
        "BP",
        "HR",
        "RR",
        "MI",
        "PE",
        "DVT",
        "UTI",
        "CHF",
        "AKI",
        "CKD",
        "ICU",
        "OR",
        "IV",
        "IM",
        "PO",
        "SL",
        "GI",
        "GU",
        "ENT",
        "CXR",
        "ECG",
        "EKG",
        "MRI",
        "ABG",
        "VBG",
        "CBC",
        "BMP",
        "CMP",
        "LFT",
        "INR",
        "PTT",
        "TSH",
        "AFIB",
        "AF",
        "SOB",
        "CP",
        "HTN",
        "DM",
        "COPD",
        "OSA",
        "CAD",
        "PAD",
        "TIA",
        "CVA",
        "SAH",
        "SDH",
        "GCS",
        "LOC",
        "NPO",
        "DNR",
        "DNI",
        "EMS",
        "HPI",
        "PMH",
        "ROS",
        "NKDA",
        "WBC",
        "HGB",
        "PLT",
        "BUN",
        "CR",
        "NA",
        "ESRD",
        "HD",
        "RA",
        "SLE",
        "MS",
        "ALS",
        "HIV",
        "HCV",
        "HBV",
        "TB",
        "RSV",
        "FLU",
        "OB",
        "NICU",
        "PICU",
        "SNF",
        "LTC",
        "IR",
        "GP",
        "PCP",
        "NP",
        "PA",
        "RN",
        "MD",
        "DO",
        "ID",
        "AMA",
        "OD",
        "HO",
        "PT",
        "OT",
        "ST",
        "SW",
        "CM",
        "US",
        "UK",
        "EU",
        "MRN",
        "DOB",
        "SSN",
        "VS",
        "REF",
        "NAD",
        "AOX",
        "ACS",
        "STEMI",
        "TTE",
        "TEE",
    ]
)
_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Your",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "It",
        "I",
        "And",
        "But",
        "Or",
        "So",
        "Then",
        "When",
        "While",
        "After",
        "Before",
        "During",
        "Since",
        "Until",
        "If",
        "As",
        "At",
        "In",
        "On",
        "Of",
        "To",
        "From",
        "By",
        "With",
        "Without",
        "Over",
        "Under",
        "Day",
        "Week",
        "Month",
        "Year",
        "Today",
        "Yesterday",
        "Tonight",
        "Patient",
        "Pt",
        "Case",
        "Hospital",
        "Clinic",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "No",
        "Yes",
        "Not",
        "Never",
        "Always",
        "Also",
        "Just",
        "Only",
        "Please",
        "Thanks",
        "Thank",
        "Great",
        "Good",
        "Bad",
        "New",
        "Old",
        "Young",
        "Baby",
        "Boy",
        "Girl",
        "Man",
        "Woman",
        "Lady",
        "Sir",
        "Hi",
        "Hello",
        "Dear",
        "Happy",
        "Sad",
        "Sorry",
        "Wow",
        "Oh",
        "Ok",
        "Okay",
        "Here",
        "There",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Which",
        "Because",
        "Although",
        "However",
        "Meanwhile",
        "Later",
        "Earlier",
        "Now",
        "Still",
        "Again",
        "Once",
        "Twice",
        "Both",
        "All",
        "Some",
        "Any",
        "Each",
        "Every",
        "Many",
        "Most",
        "More",
        "Less",
        "Few",
        "Several",
        "Another",
        "Other",
        "Such",
        "Same",
        "Very",
        "Mom",
        "Dad",
        "Mother",
        "Father",
        "Sister",
        "Brother",
        "Son",
        "Daughter",
        "Wife",
        "Husband",
        "Family",
        "Aunt",
        "Uncle",
        "Grandma",
        "Grandpa",
        "Twin",
        "Twins",
        "Kid",
        "Kids",
        "Child",
        "Children",
        "Friend",
        "Friends",
        "Nurse",
        "Doctor",
        "English",
        "Spanish",
        "French",
        "German",
        "Chinese",
        "Portuguese",
        "Arabic",
        "Russian",
        "Hindi",
        "Korean",
        "Vietnamese",
        "Japanese",
        "Italian",
        "Polish",
        "Tagalog",
        "Creole",
        "Haitian",
        "Somali",
        "Amharic",
        "Farsi",
        "Christian",
        "Muslim",
        "Jewish",
        "Catholic",
        "Hindu",
        "Buddhist",
        "ASL",
        "Interpreter",
        "Jehovah",
        "Witness",
        "God",
        "Jesus",
        "Lord",
        "Allah",
        "Heaven",
        "Santa",
    ]
)
_MONTHS_DAYS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
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
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Christmas",
        "Easter",
        "Thanksgiving",
        "Halloween",
    ]
)
_FOLLOW_CLINICAL = re.compile(
    r"(?:'s|\u2019s)?(?:\s+[a-z][\w-]*)?\s+(?:rules?|criteria|score|classification|scale)\b|"
    r"(?:'s|\u2019s)?\s+(?:disease|syndrome|sign|signs|criteria|score|palsy|sarcoma|lymphoma|"
    r"tumou?r|anomaly|phenomenon|reflex|test|maneuver|manoeuvre|ulcer|esophagus|"
    r"oesophagus|node|triad|pentad|law|rule|classification|scale|block|procedure|"
    r"operation|fracture|type|pattern|wave|waves|catheter|cyst|diverticulum|contracture|"
    r"encephalopathy|thyroiditis|disease's|point|murmur|lines|ring|nodes|dementia|"
    r"chorea|cells?|bodies|body|bundle|space|duct|canal|valve|repair|shunt)\b",
    re.IGNORECASE,
)


@functools.cache
def _lower_first_names() -> frozenset[str]:
    return lower_set("first_names")


@functools.cache
def _known_names() -> frozenset[str]:
    return lexicon("first_names") | lexicon("ambiguous_names")


def _bad_name(word: str, *, strict: bool = True) -> bool:
    if word in _STOP or word in _MONTHS_DAYS or word.upper() == word:
        return True
    return strict and word.lower() in lower_set("common_words")


def _clinical_after(text: str, end: int) -> bool:
    return bool(_FOLLOW_CLINICAL.match(text, end, min(len(text), end + 30)))


def _name_span(match: re.Match[str], text: str) -> tuple[int, int] | None:
    """The cue-picked name, trimmed of trailing words that are not names."""
    start = match.start("name")
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", match.group("name"))]
    if not words:
        return None
    first = match.group("name")[words[0][0] : words[0][1]].rstrip(".")
    if _bad_name(first, strict=False) and len(first) > 1:
        return None
    if first in lexicon("eponyms") and _clinical_after(text, match.end("name")):
        return None
    while len(words) > 1:
        last = match.group("name")[words[-1][0] : words[-1][1]]
        if len(last) > 2 and _bad_name(last, strict=False):
            words.pop()
        else:
            break
    return start, start + words[-1][1]


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'\u201c\u2018(")
    if not before or before.endswith(("...", "\u2026")):
        return True
    return before[-1] in ".!?:\n;\u2014\u2013-\u2022*>"


def find_names(text: str, scan: Scan) -> Iterator[Hit]:
    """Names of the patient and relatives, in a patient story."""
    if not scan.patient:
        return
    clinicians: list[tuple[int, int]] = []
    words = scan.words
    clinician = not words.isdisjoint(_CLINICIAN_WORDS)
    for match in _CLINICIAN.finditer(text) if clinician else ():
        clinicians.append((match.start("name"), match.end("name")))
        yield Hit(match.start("name"), match.end("name"), _N, "name.clinician", blocking=False)
    clinician_starts = {start for start, _ in clinicians}
    kin = not scan.words.isdisjoint(_KIN_WORDS) or "little one" in scan.low
    for regex, rule in (
        (_HONORIFIC if not words.isdisjoint(_HONORIFIC_WORDS) else None, "name.honorific"),
        (_PATIENT_CUE if not words.isdisjoint(_PATIENT_WORDS) else None, "name.patient"),
        (None, "name.kin"),
        (_CALLED if not words.isdisjoint(_CALLED_WORDS) else None, "name.called"),
    ):
        for match in regex.finditer(text) if regex is not None else ():
            groups = match.groupdict()
            if groups.get("low") is not None:
                yield Hit(match.start("low"), match.end("low"), _N, rule)
                continue
            lowname = groups.get("lowname")
            if lowname is not None:
                if lowname.capitalize() in lexicon("first_names"):
                    yield Hit(match.start("lowname"), match.end("lowname"), _N, rule)
                continue
            name = match.group("name")
            if rule == "name.kin" and not name[:1].isupper():
                continue
            if rule == "name.patient" and _INITIALS.fullmatch(name):
                yield Hit(match.start("name"), match.end("name"), _N, rule)
                continue
            if rule == "name.patient" and name.isupper() and name.replace(".", "") in _ACRONYMS:
                continue
            span = _name_span(match, text)
            if span is not None and span[0] not in clinician_starts:
                # an honorific belongs to the name: "Mrs. Jones" redacts to "[NAME]"
                start = match.start() if rule == "name.honorific" else span[0]
                yield Hit(start, span[1], _N, rule)
                second = groups.get("second")
                if second and not _bad_name(second, strict=False):
                    yield Hit(match.start("second"), match.end("second"), _N, rule)
    for match in _kin_names(text, scan) if kin else ():
        name, second = match.group("name"), match.group("second")
        if not name[:1].isupper():
            continue
        span = _name_span(match, text)
        if span is not None and span[0] not in clinician_starts:
            yield Hit(span[0], span[1], _N, "name.kin")
            if second and not _bad_name(second, strict=False):
                yield Hit(match.start("second"), match.end("second"), _N, "name.kin")
    for match in _INITIALS.finditer(text) if "." in text else ():
        if match["name"].replace(" ", "") not in _NOT_INITIALS:
            yield Hit(match.start(), match.end(), _N, "name.initials")
    first_names = lexicon("first_names")
    eponyms = lexicon("eponyms")
    known = _known_names()
    for match in _WITH_AGE.finditer(text) if _AGE_MARK.search(text) else ():
        if match["name"] in known and match["name"] not in eponyms:
            yield Hit(match.start("name"), match.end("name"), _N, "name.with_age")
    names_here = not scan.words.isdisjoint(_lower_first_names())
    for match in _TITLE_WORD.finditer(text) if names_here else ():
        word = match["name"]
        if word not in first_names or _bad_name(word) or match.start() in clinician_starts:
            continue
        end = match.end("rest")
        rest = match["rest"].split()
        if rest and (_bad_name(rest[0].rstrip(".")) or rest[0] in eponyms):
            end = match.end("name")
            rest = []
        if _clinical_after(text, end) or (word in eponyms and not rest):
            continue
        if _sentence_start(text, match.start()) and not rest:
            after = text[end : end + 3]
            if not after.startswith((",", " (", "'s", "\u2019s")) and not _VERB_AFTER.match(
                text, end
            ):
                continue
        if _CITATION_AFTER.match(text, end):
            continue
        yield Hit(match.start(), end, _N, "name.lexicon")
