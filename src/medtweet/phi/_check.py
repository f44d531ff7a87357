"""``check_phi``: run every detector family and merge their hits into one report."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from medtweet.phi._ages import OLD_AGE_NUMBERS, find_ages
from medtweet.phi._barrios import find_barrios
from medtweet.phi._contact import find_contacts, widen_phone
from medtweet.phi._context import TOKEN, decide, scores
from medtweet.phi._cyrillic import find_cyrillic
from medtweet.phi._dates import find_dates
from medtweet.phi._digits import western_digits
from medtweet.phi._east_asian import find_east_asian
from medtweet.phi._gates import bits_of, cues_of, gate
from medtweet.phi._geo import LABEL_NOUNS, find_geography, institution_spans, widen_place
from medtweet.phi._hit import Hit, Scan
from medtweet.phi._ids import STORY_ID_WORDS, find_ids, repeated_ids
from medtweet.phi._informal import STAFF_WORDS, find_informal, not_patient_spans
from medtweet.phi._messages import message
from medtweet.phi._model import Category, Context, Finding, PhiReport, require_str
from medtweet.phi._names import find_names, joined_names, repeated_names, widen_name
from medtweet.phi._nordic import find_nordic
from medtweet.phi._numbered import find_numbered_addresses
from medtweet.phi._postcodes import find_postcodes
from medtweet.phi._recase import recased, shouting
from medtweet.phi._scripts import find_scripts
from medtweet.phi._slavic import find_slavic
from medtweet.phi._southeast import find_southeast

__all__ = ["check_phi", "names_across"]

_DIGITS = re.compile(r"\d+")
# In ASCII text ``\w`` is [A-Za-z0-9_] and ``\d`` is [0-9]: blanking every other character
# and splitting finds the same runs as the regexes, in the same order, faster.
# (tables for bytes.translate, which is faster than str.translate)
_ASCII_WORDS = bytes(
    i if i < 128 and (chr(i).isalnum() or chr(i) == "_") else 32 for i in range(256)
)
_ASCII_DIGITS = bytes(i if i < 128 and chr(i).isdigit() else 32 for i in range(256))


def _ascii_words(low: str) -> list[str]:
    """The runs of word characters of an ASCII text (``TOKEN``'s finds)."""
    return low.encode().translate(_ASCII_WORDS).decode().split()


def _ascii_numbers(text: str) -> list[str]:
    """The runs of digits of an ASCII text (``_DIGITS``'s finds)."""
    return text.encode().translate(_ASCII_DIGITS).decode().split()


# (an enum member read from its class costs about ten times a module global: the per-hit
# tests below read these)
_NAME = Category.NAME
_PHONE = Category.PHONE
_GEOGRAPHIC = Category.GEOGRAPHIC
_NAME_OR_PLACE = (Category.NAME, Category.GEOGRAPHIC)

_Detector = Callable[[str, Scan], Iterator[Hit]]
_DETECTORS: tuple[_Detector, ...] = (
    find_ids,
    find_contacts,
    find_ages,
    find_dates,
    find_geography,
    find_postcodes,
    find_barrios,
    find_cyrillic,
    find_east_asian,
    find_scripts,
    find_nordic,
    find_numbered_addresses,
    find_southeast,
    find_slavic,
    find_names,
    find_informal,
)
# When two families claim overlapping text, the more specific one names the finding.
_PRIORITY = {
    category: rank
    for rank, category in enumerate(
        [
            Category.SSN, Category.MRN, Category.HEALTH_PLAN, Category.DEVICE, Category.ACCOUNT,
            Category.LICENSE, Category.VEHICLE, Category.BIOMETRIC,
            Category.EMAIL, Category.URL, Category.IP, Category.FAX, Category.PHONE,
            Category.AGE, Category.DATE, Category.GEOGRAPHIC, Category.NAME, Category.OTHER_ID,
        ]
    )
}  # fmt: skip
# ids found by their shape alone rank last: a cued family names the value when one finds it too
_SHAPE_ONLY_RULES = frozenset(
    ["health_plan.story", "other_id.accession", "other_id.coded", "account.coded", "mrn.label"]
)
_SHAPE_ONLY_RANK = len(_PRIORITY)


# Identifiers that are one person's own (a record number, an SSN, a personal email...):
# found in a post read as professional, they show it is about a patient after all.
_OWN_IDS = frozenset(Category) - {
    Category.NAME,
    Category.GEOGRAPHIC,
    Category.DATE,
    Category.AGE,
    Category.PHONE,
    Category.FAX,
}


_IP_SHAPE = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d|[0-9A-Fa-f]:[0-9A-Fa-f]*:")


def _old_age_possible(low: str, numbers: tuple[str, ...]) -> bool:
    """Whether ``low`` can state an age of 90 or more (a number of 90-125, or in words)."""
    return not OLD_AGE_NUMBERS.isdisjoint(numbers) or "ninet" in low or "hundred" in low


def _ip_possible(text: str) -> bool:
    """Whether ``text`` can hold an IP address (dotted digits, or hex between colons)."""
    return (text.count(".") >= 3 or text.count(":") >= 2) and _IP_SHAPE.search(text) is not None


_NUMBER_SIGN = re.compile(r"#[\s\d]")


def _story_id_possible(text: str, scan: Scan) -> bool:
    """Whether a story's reading of ``text`` can find a birth date or a cued case number."""
    if scan.longest_number < 4:
        return "dob" in scan.words or "birth" in scan.words  # "DOB 4/5/61"
    if not scan.words.isdisjoint(STORY_ID_WORDS) or "no." in scan.low:
        return True
    # a number sign before a value ("Rx # RX77...", "#4471"), not a hashtag
    return "#" in text and _NUMBER_SIGN.search(text) is not None


_PHONE_SHAPE = re.compile(r"\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")


def _story_shape(text: str, hit: Hit) -> bool:
    """Whether a story's reading found what only a story or a record is written with.

    Not a number in a phone's shape (a department's line), nor a full name with its middle
    initial ("John B. Murphy": a historical surgeon's, as easily as a patient's).
    """
    if not hit.blocking or hit.rule not in _STORY_SHAPE_RULES:
        return False
    if hit.rule == "other_id.coded":
        return _PHONE_SHAPE.fullmatch(text, hit.start, hit.end) is None
    if hit.rule == "name.initials":
        return _CAPITAL_AFTER.match(text, hit.end) is None
    return True


def _own_id(hit: Hit) -> bool:
    """Whether a professional reading found someone's own identifier or date of birth."""
    return hit.blocking and (hit.category in _OWN_IDS or hit.rule == "date.birth")


def _own_in_story(hit: Hit, leaning: bool) -> bool:
    """Whether a story's reading found one person's own: a birth date, or a cued number.

    A cued case, claim or prescription number counts only in a post with no professional cue.
    """
    if not hit.blocking:
        return False
    return hit.rule == "date.birth" or (leaning and hit.rule == "other_id.cue")


# The only families that find what decides a second reading as a story (an IP address or an
# age of 90 or more; a birth date or a cued case number): they run first, alone, and the
# whole set only when they find it (most second readings find nothing and are dropped).
_IPS_AND_AGES = (find_contacts, find_ages)
_BIRTH_DATES = (find_dates,)
_STORY_NUMBERS = (find_ids, find_dates, find_informal)
# The families that find what only a patient's story or record is written with, and those
# rules: a name with an age or in initials, a nickname, a family by its surname, a name on a
# label; a ZIP or postcode, a town after an age; an SSN's last four, a coded account or case
# number. Found by a story's reading of a post with one professional cue at most, they tell
# that the post is one (a conference's city, a speaker's name and a date are none of them).
_STORY_SHAPES = (find_names, find_geography, find_ids)
_STORY_SHAPE_RULES = frozenset(
    ["name.with_age", "name.initials", "name.nickname", "name.family", "name.record",
     "name.script", "name.lowercase", "name.east_asian", "geo.zip5", "geo.postcode",
     "geo.town_after_age", "geo.coordinates", "ssn.last4", "account.coded",
     "other_id.coded", "other_id.cue", "other_id.tattoo"]
)  # fmt: skip


def _detect(text: str, scan: Scan, detectors: tuple[_Detector, ...] = _DETECTORS) -> list[Hit]:
    """The hits of ``detectors`` (every family) on ``text``, without surrounding white space.

    A place is widened to what belongs to it on either side (see ``widen_place``).
    """
    hits = _trimmed(text, [hit for detect in detectors for hit in detect(text, scan)])
    return [
        widen_place(text, hit)
        if hit.category is _GEOGRAPHIC and not hit.rule.startswith("geo.zip")
        else widen_name(text, hit)
        if hit.category is _NAME
        else widen_phone(text, hit)
        if hit.category is _PHONE
        else hit
        for hit in hits
    ]


def _detect_each(
    text: str, scan: Scan, detectors: tuple[_Detector, ...]
) -> dict[_Detector, list[Hit]]:
    """The hits of each of ``detectors`` on ``text``, as :func:`_detect` finds them."""
    return {detect: _detect(text, scan, (detect,)) for detect in detectors}


def _detect_rest(text: str, scan: Scan, found: dict[_Detector, list[Hit]]) -> list[Hit]:
    """The hits of every family, as :func:`_detect` finds them; those in ``found`` not again.

    (the story's reading of a post runs a few families first: the rest then run alone)
    """
    return [
        hit
        for detect in _DETECTORS
        for hit in (found[detect] if detect in found else _detect(text, scan, (detect,)))
    ]


# The ranks that a hit's rule decides, whatever its category:
_RULE_RANK = {
    # what a tattoo says is named by the tattoo rule, even when it is a name
    "other_id.tattoo": _PRIORITY[Category.BIOMETRIC],
    # "named him Boone": a name even when a town is spelt so
    "name.named": _PRIORITY[Category.GEOGRAPHIC] - 1,
} | dict.fromkeys(_SHAPE_ONLY_RULES, _SHAPE_ONLY_RANK)


def _rank(hit: Hit) -> int:
    rank = _RULE_RANK.get(hit.rule)
    return _PRIORITY[hit.category] if rank is None else rank


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _span_order(hits: list[Hit]) -> list[Hit]:
    """``hits`` by their start, the longer first (and in their order when the same span).

    (two sorts by a key read in C: the end's, descending, then the start's, as a sort keeps
    the order of equal keys; faster than one sort by a key made in Python)
    """
    ordered = sorted(hits, key=_END, reverse=True)
    ordered.sort(key=_START)
    return ordered


def _merge(hits: list[Hit]) -> list[Hit]:
    """Overlapping hits become one covering span, named by the most specific family."""
    if len(hits) < 2:  # most posts: nothing to sort or merge
        return hits
    merged: list[Hit] = []
    for hit in _span_order(hits):
        if merged and hit.start < merged[-1].end:
            last = merged[-1]
            keep = last if _rank(last) <= _rank(hit) else hit
            if keep is last and hit.end <= last.end:
                continue  # (the same span, named the same: most overlaps)
            merged[-1] = Hit(
                last.start, max(last.end, hit.end), keep.category, keep.rule, keep.blocking
            )
        else:
            merged.append(hit)
    return merged


# Two places with only a locating word between them are one place: "Route 9 in Kingston",
# "Walgreens on Colfax", "I-40 outside Cookeville", "Oakwood Manor, 2200 Ridge Rd".
_JOINER = re.compile(
    # places side by side are one, and a state's code between a town and its ZIP goes with
    # them: "Dayton OH 45402"
    r",?[ \t]*(?:[A-Z]{2}\.?[ \t]+)?|\s*,\s*|\s+[-\u2013\u2014]\s+"
    r"|(?:\s+(?P<n>[a-z]+))?\s+(?:in|on|near|outside|off|of|at|by)\s+"
)


# a town spelt like a first name, right after a site in it: "the Elks Lodge in Cheyenne"
_IN_TOWN = re.compile(r" (?:in|near|outside) ")


def _town_spelt_as_name(text: str, place: Hit, hit: Hit) -> bool:
    return (
        hit.rule == "name.lexicon"
        and _IN_TOWN.fullmatch(text, place.end, hit.start) is not None
        and text[hit.start : hit.end].istitle()
    )


def _join_places(text: str, hits: list[Hit]) -> list[Hit]:
    if len(hits) < 2:
        return hits
    joined: list[Hit] = []
    for hit in hits:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.category is _GEOGRAPHIC
            and (hit.category is _GEOGRAPHIC or _town_spelt_as_name(text, last, hit))
            and hit.start - last.end <= 20
            and (joint := _JOINER.fullmatch(text, last.end, hit.start)) is not None
            and (joint["n"] is None or joint["n"] in LABEL_NOUNS)
        ):
            joined[-1] = Hit(last.start, hit.end, last.category, last.rule, last.blocking)
        else:
            joined.append(hit)
    return joined


def _within(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the nearest ``spans`` (sorted) starting at or before ``hit`` holds it."""
    i = bisect.bisect_left(spans, (hit.start + 1, -1))
    return any(end >= hit.end for _, end in spans[max(0, i - 8) : i])


def _inside(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return hit.category in _NAME_OR_PLACE and any(
        start <= hit.start and hit.end <= end for start, end in spans
    )


def _institutional(hit: Hit, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """A place found inside one of ``spans`` (sorted, disjoint sentences; ``starts`` theirs)."""
    if hit.category is not _GEOGRAPHIC or hit.rule.startswith(("geo.zip", "geo.street")):
        return False
    i = bisect.bisect_right(starts, hit.start) - 1
    return i >= 0 and hit.end <= spans[i][1]


# A word followed by what follows an eponym is no person or place: "Roth spots", "Osler
# nodes", "McDonald 2017 criteria", "Dawson fingers".
_EPONYM_NOUNS = frozenset(
    ["spots", "nodes", "lesions", "criteria", "disease", "syndrome", "sign", "signs", "triad",
     "pentad", "phenomenon", "reflex", "maneuver", "manoeuvre", "fingers", "classification",
     "angina", "palsy", "ulcer", "hernia", "aneurysm", "cyst", "node", "lesion", "viper",
     # and what follows a president or a body part named for a person: "the Reagan
     # administration", "Adam's apple"
     "administration", "presidency", "apple", "trial", "trials"]
)  # fmt: skip
_EPONYM_WORD = re.compile(
    r"(?<![\w'\u2019])([A-Z][a-z]*[A-Z]?[a-z]+)(?=(?:['\u2019]s?)?(?:\s+(?:19|20)\d\d)?\s+"
    rf"(?i:{'|'.join(sorted(_EPONYM_NOUNS, key=len, reverse=True))})\b)"
)
_SISTER_MARY_JOSEPH = re.compile(r"\bSister Mary Joseph\b")
# A classification named for a person, with its class: "Stanford A", "DeBakey type I"
_CLASSIFIERS = (
    "Stanford", "DeBakey", "Killip", "Forrest", "Mallampati", "Bosniak", "Spetzler", "Salter",
    "Gustilo", "Schatzker", "Weber", "Neer", "Garden", "Breslow", "Clark", "Hunt", "Fisher",
    "Siewert", "Fontaine", "Rutherford", "Hinchey", "Tanner",
)  # fmt: skip
_CLASSIFICATION = re.compile(
    rf"(?<![\w'\u2019])(?:{'|'.join(_CLASSIFIERS)})(?: (?:type|class|grade|stage))? "
    r"(?:[A-E]|I{1,3}|IV|V)[ab]?(?![\w'\u2019])"  # ("Forrest Ib")
)
_CLASSIFIED_WORDS = frozenset(name.lower() for name in _CLASSIFIERS)
_PERSON_RULES = frozenset(["name.honorific", "name.patient", "name.kin", "name.record"])
# word gates (see _gates.py): the bit of each word set that check_phi tests
_EPONYM_NOUNS_BIT = gate(_EPONYM_NOUNS)
_CLASSIFIED_WORDS_BIT = gate(_CLASSIFIED_WORDS)
_STAFF_WORDS_BIT = gate(STAFF_WORDS)


def _eponym_word(text: str, hit: Hit, eponyms: set[str]) -> bool:
    return (
        hit.category in _NAME_OR_PLACE
        and hit.rule not in _PERSON_RULES
        and text[hit.start : hit.end].split()[-1] in eponyms
    )


def _trim(text: str, hit: Hit) -> Hit:
    """The hit without surrounding white space."""
    start, end = hit.start, hit.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) == (hit.start, hit.end):
        return hit
    return Hit(start, end, hit.category, hit.rule, hit.blocking)


def _trimmed(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without surrounding white space, the empty ones dropped."""
    if not hits:
        return hits
    trimmed = [
        _trim(text, hit)
        if text[hit.start : hit.start + 1].isspace() or text[hit.end - 1 : hit.end].isspace()
        else hit  # most hits have no blank at either end
        for hit in hits
    ]
    return [hit for hit in trimmed if hit.start < hit.end]


def _finding(text: str, hit: Hit) -> Finding:
    span = text[hit.start : hit.end]
    return Finding(
        category=hit.category,
        start=hit.start,
        end=hit.end,
        text=span,
        rule=hit.rule,
        message=message(hit.category, hit.rule, span),  # a StrEnum: its own value
        blocking=hit.blocking,
    )


def check_phi(text: str, *, context: Context | None = None, year: int | None = None) -> PhiReport:
    """Find what in a post could identify a patient (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)).

    Args:
        text: the post (or alt text) to check; any ``str``.
        context: ``"patient"`` for a patient story, ``"professional"`` for a non-patient
            post, or ``None`` to decide from this text alone (see :func:`story_context`;
            a thread decides once from all its posts and passes the result). Deciding
            alone, a post read as professional is read again as a story when it holds
            someone's own identifier (a record, member or account number, an SSN, a date
            of birth...), or, with no professional cue at all, an IP address, an age of 90
            or more, or a cued case, claim or prescription number; and, with one
            professional cue at most, when a story's reading finds what only a story or a
            record is written with (a name with an age or in initials, a nickname, a family
            by its surname, a ZIP, an SSN's last four, a coded case number); the report's
            ``context`` says which reading was used.
        year: the current year, used only to tell whether a birth year implies an age of
            90 or more, and that a national number's date of birth is not yet to come;
            defaults to this year by the UTC clock.

    Returns:
        A :class:`PhiReport`: blocking ``findings``, non-blocking ``notes``, in text order.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if ``context`` is not one of the allowed values.
    """
    original = text = require_str(text, "text", "check_phi")
    if shouting(text):  # "MR. KRZYZANOWSKI BROUGHT A PRINTOUT": read in ordinary case
        text = recased(text)
    text = western_digits(text)  # Arabic, Persian, Thai... digits: the numbers they are
    low = text.lower()
    if len(low) != len(text):  # keep offsets aligned ("İ".lower() is two code points)
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    ascii_text = text.isascii()
    tokens = frozenset(_ascii_words(low) if ascii_text else TOKEN.findall(low))
    numbers = tuple(_ascii_numbers(text) if ascii_text else _DIGITS.findall(text))
    cues = cues_of(tokens)  # (the words ``scores`` looks up are among them)
    decided = context is None
    leaning = False  # no professional cue
    faint = False  # one professional cue at most ("job", a hashtag with a year)
    if context is None:
        patient, professional = scores(text, low, cues, settle=True, digits=bool(numbers))
        context = decide(patient, professional)
        leaning = professional == 0
        faint = professional <= 1
    elif context not in ("patient", "professional"):
        msg = f"context must be 'patient', 'professional' or None, not {context!r}"
        raise ValueError(msg)
    scan = Scan(
        patient=context == "patient",
        year=year,
        low=low,
        words=tokens,
        numbers=numbers,
        longest_number=max(map(len, numbers), default=0),
        cues=cues,
        gates=bits_of(cues),
    )
    hits = _detect(text, scan)
    if decided and not scan.patient and any(_own_id(h) for h in hits):
        # someone's own identifier (or date of birth) tells that the post is about them: read
        # it as a story
        context = "patient"
        scan = attrs.evolve(scan, patient=True)
        hits = _detect(text, scan)
    elif not scan.patient and (
        (leaning and _ip_possible(text)) or (faint and _old_age_possible(low, numbers))
    ):
        # a post with no professional cue and an IP address, which departments do not
        # publish ("his smart scale uploads from 192.0.2.33"), or one with a professional
        # cue at most and the age of someone of 90 or more ("Tombstone, 91 and proud", "3
        # pts aged 90, 95 and 101 ... the job"): read as the story it tells
        story = attrs.evolve(scan, patient=True)
        again = _detect_each(text, story, _IPS_AND_AGES)
        if any(
            h.blocking and h.category in (Category.IP, Category.AGE)
            for found in again.values()
            for h in found
        ):
            context, scan, hits = "patient", story, _detect_rest(text, story, again)
    if decided and not scan.patient and _story_id_possible(text, scan):
        # a date of birth, or a case, claim or prescription number that only a story's
        # reading finds ("Rx # RX5512087 for ...", "re: Imelda Vance, DOB 03/14/1961"),
        # is one person's: the post is about them (a cued number only where no professional
        # cue says it is a study's or a job's: "IRB study no. 2024-041277", "ref # PA-26")
        story = attrs.evolve(scan, patient=True)
        again = _detect_each(text, story, _STORY_NUMBERS if leaning else _BIRTH_DATES)
        if any(_own_in_story(h, leaning) for found in again.values() for h in found):
            context, scan, hits = "patient", story, _detect_rest(text, story, again)
    if decided and not scan.patient and faint:
        # a name with an age ("Hollis, 71,"), a nickname, a ZIP, a coded case number... that
        # a story's reading finds in a post with one professional cue at most: the post tells
        # the story it is written as
        story = attrs.evolve(scan, patient=True)
        again = _detect_each(text, story, _STORY_SHAPES)
        if any(_story_shape(text, h) for found in again.values() for h in found):
            context, scan, hits = "patient", story, _detect_rest(text, story, again)
    if not hits:  # nothing found (most professional posts): nothing to drop, repeat or merge
        return PhiReport(context=context)
    # an eponym ("Roth spots") is no name or place, there or wherever else it is repeated
    people = scan.gates & _EPONYM_NOUNS_BIT and any(h.category in _NAME_OR_PLACE for h in hits)
    eponyms = set(_EPONYM_WORD.findall(text)) if people else set()
    if eponyms:
        hits = [h for h in hits if not _eponym_word(text, h, eponyms)]
    if "Mary Joseph" in text:  # the umbilical node of the eponym, no sister of anyone
        nodes = [m.span() for m in _SISTER_MARY_JOSEPH.finditer(text)]
        hits = [h for h in hits if not _inside(h, nodes)]
    if hits and scan.gates & _CLASSIFIED_WORDS_BIT:  # "Stanford A": a class, no one
        classes = [m.span() for m in _CLASSIFICATION.finditer(text)]
        hits = [h for h in hits if not _inside(h, classes)]
    staff = not_patient_spans(text, scan) if hits and scan.gates & _STAFF_WORDS_BIT else []
    if staff:  # colleagues thanked by name, an employer's town in a job post
        hits = [h for h in hits if not _inside(h, staff)]
    events = institution_spans(text, scan) if hits else []
    if events:  # "grand rounds at ...", "a colleague here at ...": where clinicians are
        starts = [start for start, _ in events]
        places = sorted((h.start, h.end) for h in hits if _institutional(h, events, starts))
        # a place that is also a first name ("in Denver") goes with the place
        hits = [
            h
            for h in hits
            if (h.category is _NAME and h.rule != "name.lexicon") or not _within(h, places)
        ]
    # a value found once is flagged wherever else it recurs, cue or not
    if hits:
        if scan.patient:
            hits += list(joined_names(text, hits))
        hits += [*repeated_ids(text, hits), *(repeated_names(text, hits) if scan.patient else ())]
    blocking = _join_places(text, _merge([h for h in hits if h.blocking]))
    advice = _merge([h for h in hits if not h.blocking])
    if advice and blocking:
        advice = [
            h for h in advice if not any(b.start < h.end and h.start < b.end for b in blocking)
        ]
    return PhiReport(
        findings=tuple([_finding(original, h) for h in blocking]),
        notes=tuple([_finding(original, h) for h in advice]),
        context=context,
    )


def names_across(
    texts: Sequence[str], findings: Sequence[Sequence[Finding]]
) -> list[list[Finding]]:
    """Names found in one post of a thread, flagged where they recur in its other posts.

    Args:
        texts: the thread's texts (posts and alt texts), in order.
        findings: the findings ``check_phi`` reported for each of ``texts``.

    Returns:
        For each text, the extra ``name.repeat`` findings: occurrences of a word found as a
        patient's or relative's name in any text of the thread, not already covered.
    """
    hits = [
        Hit(0, len(f.text), Category.NAME, f.rule)
        for report in findings
        for f in report
        if f.category is Category.NAME and f.blocking
    ]
    names = " ".join(
        f.text for report in findings for f in report if f.category is Category.NAME and f.blocking
    )
    extra: list[list[Finding]] = []
    for text, report in zip(texts, findings, strict=True):
        found: list[Finding] = []
        if hits:
            joined = f"{names}\n{text}"
            offset = len(names) + 1
            spans = [(f.start, f.end) for f in report]
            seen: set[int] = set()
            for hit in repeated_names(joined, _shifted(names, hits)):
                start, end = hit.start - offset, hit.end - offset
                if start < 0 or start in seen or any(s < end and start < e for s, e in spans):
                    continue
                seen.add(start)
                found.append(_finding(text, Hit(start, end, Category.NAME, "name.repeat")))
        extra.append(sorted(found, key=lambda f: f.start))
    return extra


def _shifted(names: str, hits: list[Hit]) -> list[Hit]:
    """Hits on the space-joined names, one per name, in order."""
    shifted: list[Hit] = []
    start = 0
    for hit in hits:
        shifted.append(Hit(start, start + hit.end, hit.category, hit.rule))
        start += hit.end + 1
    return shifted
