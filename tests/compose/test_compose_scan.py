"""The composer's fast scans find exactly what the plain patterns find."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.compose.test_compose_properties import PIECES, SEPARATORS, medical_text

import medtweet as mt
from medtweet.compose import _atomic as atomic
from medtweet.compose._atomic import atomic_spans
from medtweet.compose._measure import Meter
from medtweet.compose._tokens import _Words

# The scan as first written: every word-start pattern tried in order at every word start.
PLAIN = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?:{atomic._PATTERNS[i].pattern})" for i in atomic._WORD_START)
    + ")|"
    + "|".join(
        f"(?:{p.pattern})" for i, p in enumerate(atomic._PATTERNS) if i not in atomic._WORD_START
    )
)

EXTRA = [
    "p < .05",
    "P= 0.04",
    "95% CI 0.65-0.89",
    "doi: 10.1056/NEJMoa1",
    "DOI:\u00a010.1000/xyz.1",
    "PMCID: PMC123",
    "pmid\t42",
    "Lp(a) 50 mg/dL",
    "NT-proBNP = 400 pg/mL",
    "eGFR 45 mL/min/1.73 m2",
    "120 / 80 mm Hg",
    "3 x 10^9/L",
    "~5 mg",
    "≥ 3 days",
    "(Dr. Who)",
    "[1, 2]",
    "(Smith and Jones 2019)",
    "1) first",
    "• bullet",
    "  2. two",
    "Prof.  Chen",
    "Mrs. Y",
    "hs-cTnT 14 ng/L",
    "troponin 0.4",
    "٣ mg",
    "a_b 5 mg",
]


def spans_at_every_position(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    return [
        None if (m := pattern.match(text, p)) is None else m.span() for p in range(len(text) + 1)
    ]


@settings(max_examples=150, deadline=None)
@given(
    medical_text(long_tokens=False),
    st.lists(st.sampled_from(EXTRA + PIECES), max_size=6),
    st.sampled_from(SEPARATORS),
)
def test_scan_matches_the_plain_patterns_at_every_position(
    text: str, extra: list[str], sep: str
) -> None:
    text = sep.join([text, *extra])
    assert spans_at_every_position(atomic._ANY, text) == spans_at_every_position(PLAIN, text)


def test_scan_agrees_after_any_first_character() -> None:
    # every character that may follow a space, before the shapes the patterns look for
    for tail in ("", "5 mg", "Na 128", "et al.", "r. X", "MID: 1", "< 0.05", "0.1056/x1"):
        for point in [*range(0x20, 0x250), 0x2264, 0x2265, 0x2022, 0x2013, 0x212A, 0x130]:
            text = f"x {chr(point)}{tail} y\n{chr(point)}{tail}"
            assert spans_at_every_position(atomic._ANY, text) == spans_at_every_position(
                PLAIN, text
            ), text


def test_tying_spans_keep_their_examples() -> None:
    text = "Dr. PMID: 31475794 and Na 128 mmol/L, et al. 5 mg/kg"
    spans = [text[a:b] for a, b in atomic_spans(text, with_whitespace_only=True)]
    assert spans == ["Dr. PMID: 31475794", "Na 128 mmol/L", "et al.", "5 mg/kg"]


def test_scan_agrees_on_every_name_and_unit() -> None:
    names = [name.replace("\\", "") for name in atomic._ANALYTES.split("|")]
    units = [unit.replace("\\", "") for unit in atomic._UNITS.split("|") if "?" not in unit]
    titles = ["Dr.", "Drs.", "Prof.", "Mr.", "Mrs.", "Ms."]
    words = [*names, *titles, "et", "doi:", "DOI:", "PMID", "pmid", "PMCID", "pmcid", "p", "P"]
    for word in words:
        for tail in (" 5", ": 12 mg", "=0.5", " < .05", " al.", " X", " PMC9", " 10.1/ab"):
            text = f"{word}{tail} ({word}{tail}) x{word}{tail}"
            assert spans_at_every_position(atomic._ANY, text) == spans_at_every_position(
                PLAIN, text
            ), text
    for unit in units:
        text = f"5 {unit} 1-2{unit}, ~3 {unit}"
        assert spans_at_every_position(atomic._ANY, text) == spans_at_every_position(PLAIN, text)


def tying_bounds_plainly(text: str) -> tuple[list[int], list[int]]:
    """The scan for tying spans as first written: one search with `_ANY` per step."""
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    while (match := atomic._ANY.search(text, position)) is not None:
        start, end = match.span()
        space = max(text.rfind(c, start, end) for c in " \t\u00a0")
        if space < 0:
            position = start + 1
            continue
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
        position = space + 1
    return starts, ends


@settings(max_examples=150, deadline=None)
@given(
    medical_text(long_tokens=False),
    st.lists(st.sampled_from(EXTRA + PIECES), max_size=6),
    st.sampled_from(SEPARATORS),
)
def test_two_scans_find_the_spans_of_one(text: str, extra: list[str], sep: str) -> None:
    text = sep.join([*extra, text, *extra])
    assert atomic.tying_bounds(text) == tying_bounds_plainly(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ap P1 0.\t\n[]()-\u2013/%:=<>,;\u00a0eDrtlmgNaxCIk", max_size=80))
def test_two_scans_agree_on_character_soup(text: str) -> None:
    assert atomic.tying_bounds(text) == tying_bounds_plainly(text)


@settings(max_examples=150, deadline=None)
@given(medical_text(), st.sampled_from([" ", "\n", "\n\n", " \n", "\n \n ", "\n\n\n"]))
def test_split_on_spaces_finds_what_the_regex_split_finds(text: str, sep: str) -> None:
    text = sep.join([text, text[::-1].strip() or "x", text])
    fast = _Words(text, Meter(mt.X))
    slow = _Words(text, SimpleNamespace(ascii_unit=False))  # type: ignore[arg-type]
    for column in ("tokens", "sizes", "gaps", "starts", "line_starts", "after_blank"):
        assert getattr(fast, column) == getattr(slow, column), column
