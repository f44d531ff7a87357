"""Regex gates and rewrites made for speed: each finds what the pattern it stands for finds.

A gate must find something in every text its pattern finds something in (a gate that missed
one would drop a finding); a rewrite must find the same matches as the plain form it replaces.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medtweet.phi import _context, _east_asian, _geo, _names, _slavic
from medtweet.phi._hit import by_first_letter
from medtweet.phi._lexicon import lexicon

# (characters the patterns below turn on, so that random texts often come close to a match)
_TEXTS = st.text(alphabet="RHST IVXab.,()-+/:\t0123456789ABCDEFMNOW\u00e9", max_size=40)


def _spans(
    regex: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in regex.finditer(text)]


_GATED = [
    (_names._PHONE_DIGITS, _names._NAME_BEFORE_PHONE),
    (_east_asian._ERA_SHORT_GATE, _east_asian._ERA_SHORT),
    (_slavic._ROMAN_GATE, _slavic._ROMAN_DATE),
]
_GATED_SAMPLES = [
    "call Dale 0491 570 156",
    'header reads "ED BOLTON 804-555-0163"',
    "Bisi - 0706 118 4420",
    "Rosa +44 (20) 7946-0958 x",
    "seen R8.2.11 and H30.12.31",
    "S6.3.2",
    "born 12. IV. 1951",
    "dne 3.XII.2020",
]


def test_gates_find_the_samples() -> None:
    for gate, regex in _GATED:
        for text in _GATED_SAMPLES:
            if regex.search(text):
                assert gate.search(text), (gate.pattern, text)
    assert any(regex.search(text) for _, regex in _GATED for text in _GATED_SAMPLES)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_gates_find_whatever_their_patterns_find(text: str) -> None:
    for gate, regex in _GATED:
        if regex.search(text):
            assert gate.search(text), (gate.pattern, text)


def test_state_mark_is_its_plain_alternation() -> None:
    plain = re.compile(
        rf"[,( ](?:{_geo._ABBR}|{_geo._STATES}|{_geo._PROVINCES}|{_geo._ENGLISH_SHIRES})\b"
    )
    words = [*_geo._STATES.split("|"), *_geo._PROVINCES.split("|"), "Co. Cork", "WY", "Cambs"]
    for word in words:
        for text in (f"x, {word}", f"in ({word})", f" {word}x", f"a,{word}-", f"a{word}"):
            assert _spans(_geo._STATE_MARK, text) == _spans(plain, text), text


def test_hospital_names_are_their_plain_alternation() -> None:
    names = sorted(lexicon("hospital_names"), key=len, reverse=True)
    plain = re.compile(rf"(?=[A-Z])(?<![\w@#/-])(?:{by_first_letter(names)})(?![\w/-])")
    for name in names[::3]:
        for text in (name, f"at {name}.", f"x{name}", f"@{name}", f"{name}/x", f"({name} ER"):
            assert _spans(_geo._hospital_names(), text) == _spans(plain, text), text


def test_cued_runs_are_their_plain_form() -> None:
    head = _geo._CUED_HEAD
    assert head is not None
    rest = _geo._CUED_RUN.pattern[head.end() :]
    for present in (frozenset(_geo._CUED_WORDS), frozenset(["in", "fra", "from", "of"])):
        words = [word for word in _geo._CUED_WORDS if word in present]
        firsts = "".join(sorted({ch for word in words for ch in (word[0], word[0].upper())}))
        plain = re.compile(rf"(?=[{firsts}])\b(?i:{'|'.join(words)})" + rest, _geo._CUED_RUN.flags)
        for word in words:
            for form in (word, word.upper(), word.capitalize()):
                for text in (f"{form} Boston", f"x{form} Cork", f"é{form} Paris", f"_{form} (Ely"):
                    assert _spans(_geo._cued_run(present), text) == _spans(plain, text), text


def test_capital_first_rewrites_are_their_plain_forms() -> None:
    possessive = _names._OPENING_POSSESSIVE.pattern
    head = r"(?P<name>[A-Z](?:(?<!(?s:..))|(?<=\n.)|(?<=[.!?] .))"
    assert possessive.startswith(head)
    plain_possessive = re.compile(
        r"(?:^|(?<=[.!?] )|(?<=[.!?]\n))(?P<name>[A-Z]" + possessive[len(head) :], re.MULTILINE
    )
    full = _context._FULL_NAME_AGE.pattern
    head_full = r"(?P<first>[A-ZÀ-ÖØ-Þ](?<![\w-].)"
    assert full.startswith(head_full)
    plain_full = re.compile(r"(?<![\w-])(?P<first>[A-ZÀ-ÖØ-Þ]" + full[len(head_full) :])
    befores = ("", "\n", "x\n", ". ", "a. ", "!\n", "? ", "x ", "\r", ".\n", " ", "-", "x", "é")
    for before in befores:
        for text in (f"{before}DeShawn's first", f"{before}Olga Petersson, 94, {before}Ab's x"):
            assert _spans(_names._OPENING_POSSESSIVE, text) == _spans(plain_possessive, text)
            assert _spans(_context._FULL_NAME_AGE, text) == _spans(plain_full, text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="Aab\n.!? 'sO-é,9", max_size=30))
def test_capital_first_rewrites_match_anywhere(text: str) -> None:
    possessive = _names._OPENING_POSSESSIVE.pattern
    head = r"(?P<name>[A-Z](?:(?<!(?s:..))|(?<=\n.)|(?<=[.!?] .))"
    plain = re.compile(
        r"(?:^|(?<=[.!?] )|(?<=[.!?]\n))(?P<name>[A-Z]" + possessive[len(head) :], re.MULTILINE
    )
    assert _spans(_names._OPENING_POSSESSIVE, text) == _spans(plain, text)
