"""Atomic spans: stretches of text a post boundary must never cut.

URLs, mentions, hashtags and cashtags come from the text engine's entities; the medical
ones (DOIs, PMIDs, a number with its unit, lab values, citation markers, ``et al.``,
``Dr. Name`` and list markers) from the patterns below. Emoji sequences hold no whitespace,
so they stay whole as long as no whitespace-free token is cut (which only happens to a
token longer than a post, and then only between grapheme clusters).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

__all__ = ["atomic_spans", "merge_spans", "tying_bounds"]

_UNITS = (
    r"mg/kg(?:/(?:day|d|h|hr|min))?|mcg/kg(?:/min)?|µg/kg(?:/min)?|ug/kg(?:/min)?|"
    r"mg/d[Ll]|g/d[Ll]|mmol/[Ll]|µmol/[Ll]|umol/[Ll]|nmol/[Ll]|pmol/[Ll]|mEq/[Ll]|"
    r"ng/m[Ll]|pg/m[Ll]|µg/[Ll]|IU/[Ll]|U/[Ll]|mL/min(?:/1\.73 ?m2|/1\.73 ?m²)?|"
    r"mL/kg(?:/h)?|L/min|mm ?Hg|cmH2O|kg/m2|kg/m²|bpm|breaths/min|/min|"
    r"mg|mcg|µg|ug|g|kg|lbs?|m[Ll]|L|mmol|mEq|IU|units?|"
    r"mm|cm|ms|msec|mV|sec|min|hrs?|h|d|wk|wks|weeks?|days?|hours?|months?|mo|years?|yrs?|y|"
    r"%|°C|°F|Gy|kPa|mSv|MBq|x ?10\^?\d+/[Ll]"
)
_ANALYTES = (
    r"Na|K|Cl|HCO3|Mg|Ca|Phos|Cr|BUN|Hb|Hgb|Hct|WBC|Plt|INR|eGFR|GFR|BNP|NT-proBNP|"
    r"LDL|LDL-C|HDL|TG|HbA1c|A1c|EF|LVEF|QTc|QRS|PR|QT|HR|BP|RR|SpO2|SaO2|pH|pCO2|pO2|"
    r"PaO2|PaCO2|TSH|CRP|ESR|Trop|hs-cTnT|hs-TnT|cTnI|troponin|lactate|glucose|ALT|AST|"
    r"ALP|bili|albumin|ferritin|PSA|Lp\(a\)|T|temp|GCS|NIHSS"
)
_NUMBER = r"[<>≤≥~]?\d+(?:[.,]\d+)*(?:[ \t]?[-\u2013/][ \t]?\d+(?:[.,]\d+)*)?"
_SEP = r"[ \t\u00a0]"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # a number with its unit: 5 mg/kg, 120/80 mmHg, 0.5-1 mg, 35 %
    re.compile(rf"(?<![\w.]){_NUMBER}{_SEP}?(?:{_UNITS})(?![\w/])"),
    # a lab value or measurement name with its number (and unit): Na 128 mmol/L, EF 35%
    re.compile(
        # the look-ahead skips ordinary words before the long list of names is tried
        rf"(?<![\w-])(?=[\w()-]{{1,12}}+[ \t\u00a0:=]*+[<>≤≥~]?\d)"
        rf"(?:{_ANALYTES}){_SEP}*[:=]?{_SEP}*{_NUMBER}(?:{_SEP}?(?:{_UNITS})(?![\w/]))?"
    ),
    # p values and statistics: p<0.05, p = 0.04, 95% CI 0.65-0.89
    re.compile(rf"(?<!\w)[pP]{_SEP}*[<>=≤≥]{_SEP}*0?\.\d+"),
    re.compile(rf"\d+%{_SEP}+CI{_SEP}*[:,]?{_SEP}*{_NUMBER}"),
    # DOIs (with an optional "doi:" before them) and PMIDs
    re.compile(rf"(?i:doi:{_SEP}*)?\b10\.\d{{4,9}}/[^\s\]\)>,;\"]+[^\s\]\)>,;\".:]"),
    re.compile(rf"(?i:\bPMID:?{_SEP}*\d{{1,9}}\b)"),
    re.compile(rf"(?i:\bPMCID:?{_SEP}*PMC\d+\b)"),
    # citation markers: [1], [1, 2], [3-5], (Smith et al., 2020)
    re.compile(rf"\[\d+(?:{_SEP}*[-\u2013,]{_SEP}*\d+)*\]"),
    re.compile(r"\([A-Z][^()\n]{0,60}?\b(?:19|20)\d\d[a-z]?\)"),
    re.compile(rf"\bet{_SEP}+al\.?"),
    # a title and the name after it: Dr. Lopez, Prof. Chen
    re.compile(rf"\b(?:Dr|Prof|Mr|Mrs|Ms|Drs)\.{_SEP}+\S+"),
    # a list marker and the first word after it (1. / 2) / - / • / [3])
    re.compile(rf"(?<![^\n]){_SEP}*(?:\d{{1,3}}[.)]|[-*•]|\[\d+\]){_SEP}+\S+"),
)


# All patterns in one pass. Most can only start where no word character comes before, so
# one look-behind skips the inside of every word before any alternative is tried. Those are
# then tried in the order of _WORD_START, but only the ones that can begin with the first
# character: a letter (each pattern's possible first letters are listed below), a digit or
# sign, or anything else (a list marker at a line start).
_WORD_START = (1, 3, 0, 2, 4, 5, 6, 9, 10, 11)  # longer statistics before bare numbers
_BEGINS = {
    0: "digit",
    1: "letter",
    2: "letter",
    3: "digit",
    4: "letter digit",
    5: "letter",
    6: "letter",
    9: "letter",
    10: "letter",
    11: "digit other",
}
_FIRST_LETTERS = {
    1: "".join(sorted({name[0] for name in _ANALYTES.split("|")})),
    2: "pP",
    4: "dD",  # "doi:" (any case)
    5: "pP",  # PMID (any case)
    6: "pP",  # PMCID (any case)
    9: "e",
    10: "DPM",
}


def _alternatives(kind: str) -> str:
    return "|".join(f"(?:{_PATTERNS[i].pattern})" for i in _WORD_START if kind in _BEGINS[i])


def _by_letter() -> str:
    """The letter alternatives, grouped by the first letters they have in common."""
    groups: dict[tuple[int, ...], str] = {}
    for letter in string.ascii_letters:
        which = tuple(i for i in _WORD_START if letter in _FIRST_LETTERS.get(i, ""))
        if which:
            groups[which] = groups.get(which, "") + letter
    return "|".join(
        f"(?=[{letters}])(?:{'|'.join(f'(?:{_PATTERNS[i].pattern})' for i in which)})"
        for which, letters in groups.items()
    )


_WORD_ALTERNATIVES = (
    "(?:"
    + _by_letter()
    + rf"|(?=[\d<>≤≥~])(?:{_alternatives('digit')})"
    + rf"|{_alternatives('other')}"
    + ")"
)
_CITATIONS = "|".join(f"(?:{p.pattern})" for i, p in enumerate(_PATTERNS) if i not in _WORD_START)
_ANY = re.compile(rf"(?<!\w){_WORD_ALTERNATIVES}|{_CITATIONS}")

# _ANY split in two scans that find the same matches faster. The word-start alternatives
# consume the non-word character before them instead of looking behind at it: the regex
# engine then skips from one such character to the next without trying anything inside
# words (a match at the very start of the text is tried on its own). The citation markers
# begin with "[" or "(", which the engine also skips to.
# Every word-start alternative begins with one of these (the list markers with a separator,
# a digit, "-", "*", "•" or "["): one look at the first character skips the others.
_WORD_FIRST = "".join(sorted(set("".join(_FIRST_LETTERS.values())))) + r"\d<>≤≥~ \t\u00a0\-*•\["
_WORD = re.compile(rf"\W((?=[{_WORD_FIRST}]){_WORD_ALTERNATIVES})")
_WORD_AT_START = re.compile(_WORD_ALTERNATIVES)
_CITATION = re.compile(_CITATIONS)


def tying_bounds(text: str) -> tuple[list[int], list[int]]:
    """The atomic spans of ``text`` that hold whitespace, as lists of starts and of ends.

    Sorted and merged like :func:`atomic_spans` (``with_whitespace_only=True``) returns
    them; two flat lists leave no pair behind for each span.
    """
    # What `_ANY.search` would find from each position, from two scans. After a match, the
    # scan goes on from its last word, so a span overlapping it ("Dr. PMID: 31475794") is
    # found too. Matches come in order of their starts, so merging is done on the way.
    starts: list[int] = []
    ends: list[int] = []
    find = text.rfind
    # the other separators are looked for only when the text holds them
    others = [c for c in "\t\xa0" if c in text]
    beyond = len(text) + 1
    nowhere = (beyond, beyond)
    word_search = _WORD.search
    citation_search = _CITATION.search
    match = _WORD_AT_START.match(text)
    if match is None:
        match = word_search(text)
        word_at, word_end = nowhere if match is None else match.span(1)
    else:
        word_at, word_end = match.span()
    match = citation_search(text)
    citation_at, citation_end = nowhere if match is None else match.span()
    while True:
        # the earlier match; at one place, the word-start one wins (it comes first in _ANY)
        if word_at <= citation_at:
            if word_at == beyond:
                break
            start, end = word_at, word_end
        else:
            start, end = citation_at, citation_end
        space = find(" ", start, end)
        if others:
            space = max(space, *[find(other, start, end) for other in others])
        if space < 0:
            position = start + 1
        else:
            if ends and start < ends[-1]:
                if end > ends[-1]:
                    ends[-1] = end
            else:
                starts.append(start)
                ends.append(end)
            position = space + 1
        # a match found before is still the next one while it starts at or after `position`
        if word_at < position:
            match = word_search(text, position - 1)
            word_at, word_end = nowhere if match is None else match.span(1)
        if citation_at < position:
            match = citation_search(text, position)
            citation_at, citation_end = nowhere if match is None else match.span()
    return starts, ends


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge the ones that overlap."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def atomic_spans(
    text: str, entities: Iterable[tuple[int, int]] = (), *, with_whitespace_only: bool = False
) -> list[tuple[int, int]]:
    """Every atomic span of ``text`` as sorted, merged ``(start, end)`` pairs.

    Args:
        text: the text.
        entities: spans of the text engine's entities (URLs, mentions, hashtags, cashtags).
        with_whitespace_only: keep only spans that contain whitespace (the ones that
            change where a post may break).

    Returns:
        Sorted, non-overlapping spans. No span contains a line break.
    """
    if with_whitespace_only:
        # entities hold no whitespace, so only the patterns can tie tokens together
        return list(zip(*tying_bounds(text), strict=True))
    found: list[tuple[int, int]] = list(entities)
    for pattern in _PATTERNS:
        found.extend(match.span() for match in pattern.finditer(text))
    # the spans that tie words overlap where one pattern's match runs into the next
    # ("Dr. Dr. #tag"): take them as the splitter sees them
    found.extend(zip(*tying_bounds(text), strict=True))
    return merge_spans(found)
