"""The speed paths of ``check_phi`` give what the plain computations give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medtweet.phi import _ages, _check, _contact, _dates, _geo, _ids, _informal, _names, _postcodes
from medtweet.phi._context import TOKEN, decide, scores
from medtweet.phi._gates import gates_of, lazy_gate
from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Category

_WORDS = [
    "pt", "admitted", "in", "from", "near", "to", "of", "toward", "towards", "Boise", "Twin",
    "Falls", "our", "patients", "grand", "rounds", "conference", "94yo", "F", "she", "he's",
    "dad", "my", "mom", "talk", "ICU", "Nampa", "visiting", "Mr.", "Ortiz", ",", "92", "s",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=16).map(" ".join)


def test_lazy_gates_match_their_lexicon_sets() -> None:
    pairs = [
        (_geo._PLACE_WORDS_BIT, _geo._place_words()),
        (_geo._DISTINCT_PLACE_WORDS_BIT, _geo._distinct_place_words()),
        (_geo._HOSPITAL_WORDS_BIT, _geo._hospital_words()),
        (_names._LOWER_FIRST_NAMES_BIT, _names._lower_first_names()),
        (_names._AMBIGUOUS_NAMES_BIT, lower_set("ambiguous_names")),
    ]
    for bit, words in pairs:
        for word in sorted(words)[:: max(1, len(words) // 40)]:
            assert gates_of([word]) & bit, word
        assert not gates_of(["qqxzv"]) & bit
    late = lazy_gate(lambda: ["qqxzw"])  # registered after texts were read: added on next read
    assert gates_of(["qqxzw"]) & late
    assert not gates_of(["qqxzv"]) & late


@settings(max_examples=150, deadline=None)
@given(text=_TEXTS)
def test_settled_scores_decide_the_same(text: str) -> None:
    low = text.lower()
    tokens = frozenset(TOKEN.findall(low))
    full = decide(*scores(text, low, tokens))
    assert decide(*scores(text, low, tokens, settle=True)) == full
    digits = any(ch.isdigit() for ch in text)
    assert decide(*scores(text, low, tokens, settle=True, digits=digits)) == full


@settings(max_examples=150, deadline=None)
@given(text=_TEXTS)
def test_cued_runs_of_the_present_cues_are_all_runs(text: str) -> None:
    words = frozenset(TOKEN.findall(text.lower()))
    scan = Scan(patient=True, year=None, low=text.lower(), words=words)
    expected = [(m.start("c"), m["c"]) for m in _geo._CUED_RUN.finditer(text)]
    assert _geo._cued_runs(text, scan) == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_translation_finds_the_regex_runs(text: str) -> None:
    low = text.lower()
    assert _check._ascii_words(low) == TOKEN.findall(low)
    assert _check._ascii_numbers(text) == _check._DIGITS.findall(text)


# texts of digits, separators and the words the gated patterns need
_PIECES = [
    "1", "12", "3", "95", "101", "2026", "1234", "5678", "/", ".", "-", " ", ", ", "M", "F",
    "yo", "age", "aged", "turned", "birthday", "celebrated her", "I'm", "bed", "and", "still",
    "A.", "B", "J. K.", "x", "st", "th", "\u2014", "\u0663", "192.168.0.1", "(", "3/14",
    "12-05-2024", "1234 5678", "on 4.2.26", "2024-03-14", "1999-1-2", "+1 ", "1-800-", "555-0142",
    # the words of the stated ages: "she's 93", "At 96,", "surgery at 95 went fine"
    "she", "She", "he", "Pt", "'s", " is", "was", "\t", "\n", "At", "at", " at ", "you",
    "'re", " are", "makes", " him", "surgery",
]  # fmt: skip
_SHAPES = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _runs(text: str) -> tuple[str, ...]:
    return tuple(_check._DIGITS.findall(text))


@settings(max_examples=200, deadline=None)
@given(text=_SHAPES)
def test_digit_gates_pass_every_text_their_patterns_match(text: str) -> None:
    numbers = _runs(text)
    dates = [m for m in _dates._NUMERIC.finditer(text) if m["y"] or m["sep"] != "."]
    if dates:  # (a dotted pair without a year is a decimal, dropped)
        assert _dates._two_digit_pair(text, numbers)
    if _ids._DIGIT8.search(text):
        assert max(map(len, numbers)) >= 8 or _ids._two_fours(numbers)
    if _contact._IPV4.search(text):
        assert _contact._dotted_quad(text, numbers)
    assert bool(_names._CAP_DOT.search(text)) == bool(re.search(r"[A-Z]\.\s?[A-Z]", text))


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["AB", "QQ", " ", "12", "3", "C", "x", "-", "'s ", "\u2019s ", "chart"]),
        max_size=12,
    ).map("".join)
)
def test_run_count_gates_pass_every_text_their_patterns_match(text: str) -> None:
    if _postcodes._NI_GATE.search(text):  # three pairs of digits: three runs at least
        assert len(_runs(text)) >= 3
    if _informal._POSSESSED.search(text):
        assert "'s " in text or "\u2019s " in text


@settings(max_examples=200, deadline=None)
@given(text=_SHAPES.filter(str.isascii))
def test_skipped_age_patterns_cannot_match(text: str) -> None:
    kept = _ages._numeric_ages(text, text.lower(), frozenset(TOKEN.findall(text.lower())))
    for regex in _ages._NUMERIC_AGES:
        if regex not in kept:
            assert regex.search(text) is None, regex.pattern


def test_age_needs_name_their_patterns_strings() -> None:
    for piece, cased, needs in _ages._AGE_NEEDS:
        found = [regex for regex in _ages._AGES if piece in regex.pattern]
        assert len(found) == 1, piece  # each piece names one pattern, a numeric one
        assert found[0] in _ages._NUMERIC_AGES
        pattern = found[0].pattern if cased else found[0].pattern.lower()
        assert any(need.strip(" ,") in pattern for need in needs), (piece, needs)


_CALLS = st.lists(
    st.sampled_from(["call", "Call", "recall", "text", "ask for", "Ana", "Ana,", "at", "555-0142",
                     "(208) 555-0142", "12", "Main", "St", "Dr", "x", "\n"]),
    max_size=10,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(text=_CALLS)
def test_word_and_digit_gates_pass_every_text_their_patterns_match(text: str) -> None:
    words = frozenset(TOKEN.findall(text.lower()))
    if _names._CALL_NAME.search(text):
        assert not words.isdisjoint(_names._CALL_NAME_WORDS)
    if _geo._NUMBERED_STREET.search(text):
        assert _runs(text)


def _alternatives(pattern: str, after: str) -> list[str]:
    """The words of the first group of literal alternatives that follows ``after``."""
    start = pattern.index(after) + len(after)
    return pattern[start : pattern.index(")", start)].split("|")


def test_word_gates_hold_the_first_word_of_every_alternative() -> None:
    nouns = _alternatives(_ages._NOUN_AGE.pattern, r"\b(?:")
    assert {alt.split()[0] for alt in nouns} <= _ages._NOUN_AGE_WORDS
    verbs = _alternatives(_names._SET_OFF.pattern, "(?=(?:")
    assert set(verbs) <= _names._SET_OFF_VERBS
    assert _alternatives(_ids._MRN_GLUED.pattern, "(?:") == ["MRN", "MR#", "Mrn", "mrn"]


def test_every_hospital_name_holds_a_gate_word() -> None:
    keys = _geo._hospital_words()
    for name in lexicon("hospital_names"):
        text = f"seen at {name} today"
        if _geo._hospital_names().search(text):
            assert gates_of(TOKEN.findall(text.lower())) & _geo._HOSPITAL_WORDS_BIT, name
            assert not keys.isdisjoint(TOKEN.findall(name.lower())), name


@settings(max_examples=200, deadline=None)
@given(text=_SHAPES)
def test_iso_gate_passes_every_text_iso_matches(text: str) -> None:
    if _dates._ISO.search(text):
        assert _dates._year_dash(text, _runs(text))


_PLACES = st.lists(
    st.sampled_from(["12", "4410", "Oak", "St", "st", "Way", "way", "pt", "Pt", "N", "2nd", "Ave",
                     "University", "of", "Utah", "UC", "Davis", "UMass", "Penn", "State", "Boston",
                     "123-45-6789", "-", "a", ",", "\n"]),
    max_size=10,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(text=_PLACES)
def test_place_gates_pass_every_text_their_patterns_match(text: str) -> None:
    words = frozenset(TOKEN.findall(text.lower()))
    if _geo._NUMBERED_STREET.search(text):
        suffixes = words & _geo._SUFFIX_WORDS
        assert any(word[:1].upper() + word[1:] in text for word in suffixes)
    if _geo._UNIVERSITY.search(text):
        assert not words.isdisjoint(_geo._CAMPUS_WORDS)
    if _ids._SSN_SHAPE.search(text):
        assert _ids._ssn_runs(text, _runs(text))


def test_unit_forms_are_the_patterns_units() -> None:
    units = [unit for forms in _geo._UNIT_FORMS.values() for unit in forms]
    alternatives = _geo._unit_alternatives(_geo._UNIT_AFTER.pattern)
    assert units == [_geo._literal_head(alternative) for alternative in alternatives]
    assert {"ICU", "cath lab", "ER"} <= set(units)
    assert all(
        alternative.startswith(unit) for unit, alternative in zip(units, alternatives, strict=True)
    )
    assert _geo._UNIT_AFTER.flags & re.IGNORECASE == 0


_UNITS = st.lists(
    st.sampled_from(["Boise", "ICU", "icu", "cath", "lab", "L&D", "or", "OR", "ER", "St", "Luke's",
                     "nursing", "home", "clinic", "4", "yo", "-year-old", "a", ",", "\n"]),
    max_size=10,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(text=_UNITS)
def test_unit_and_age_word_gates_pass_every_text_their_patterns_match(text: str) -> None:
    words = frozenset(TOKEN.findall(text.lower()))
    if _geo._UNIT_AFTER.search(text):
        assert any(form in text for word in words & _geo._UNIT_FORMS.keys()
                   for form in _geo._UNIT_FORMS[word])  # fmt: skip
    scan = Scan(patient=False, year=None, low=text.lower(), words=words, numbers=_runs(text),
                longest_number=max(map(len, _runs(text)), default=0))  # fmt: skip
    plain = Scan(patient=False, year=None, low=text.lower(), words=words)
    assert _contact._weak_story(scan) == _contact._weak_story(plain)


@settings(max_examples=200, deadline=None)
@given(text=_SHAPES)
def test_phone_gate_passes_every_text_it_matches(text: str) -> None:
    longest = max(map(len, _runs(text)), default=0)
    if _contact._PHONE_GATE.search(text):
        assert longest >= 4 or "+" in text or (longest >= 3 and "1-8" in text)


_OLD_VIN = re.compile(r"(?<![A-Za-z0-9])(?P<v>[A-HJ-NPR-Z0-9]{17})(?![A-Za-z0-9])")


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "1HGCM82633A004352",
                "1HGCM8263",
                "3A004352",
                "X",
                "a",
                "_",
                " ",
                "-",
                "JB",
                ", ",
                "92",
                "M",
                "yo",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_vin_and_bare_initials_gates_pass_what_their_patterns_match(text: str) -> None:
    spans = [m.span("v") for m in _ids._VIN.finditer(text)]
    assert spans == [m.span("v") for m in _OLD_VIN.finditer(text)]
    if spans:
        assert _ids._vin_possible(text, frozenset(TOKEN.findall(text.lower())))
    if _names._BARE_INITIALS.search(text):
        assert any(mark in text for mark in ("M", "F", "yo", "y/o"))


@settings(max_examples=200, deadline=None)
@given(
    word=st.sampled_from(["son", "little one", "Rosa", "Zoë", "_x", "'s"]),
    text=st.lists(
        st.sampled_from(["son", "grandson", "sons", "little one", "Rosa", "Zoë", "_x", "'s", "é",
                         " ", ",", "-", "_", "x"]),
        max_size=10,
    ).map("".join),
)  # fmt: skip
def test_word_regex_finds_what_the_plain_word_pattern_finds(word: str, text: str) -> None:
    plain = re.compile(rf"\b{re.escape(word)}\b")
    assert [m.span() for m in _names._word_regex(word).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="Aab Zé_-1Éxyz"))
def test_capitalised_word_pattern_finds_the_plain_patterns_words(text: str) -> None:
    plain = re.compile(r"\b[A-Z][a-z]{3,}")
    assert [m.span() for m in _geo._CAP_WORD.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_score_before_window_holds_its_longest_match() -> None:
    pattern = _dates._SCORE_BEFORE
    longest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
    assert longest + 1 <= _dates._SCORE_BEFORE_REACH  # (+1: "$" may stand before a newline)
    for before in ["visual acuity ", "CHA2DS2-VASc: ", "then GCS\n", "pain: ", "x ", "", "eye"]:
        for pad in ["", "a" * 30, "the murmur grade "]:
            text = pad + before
            window = max(0, len(text) - _dates._SCORE_BEFORE_REACH)
            whole = _dates._SCORE_BEFORE.search(text) is not None
            assert (_dates._SCORE_BEFORE.search(text, window) is not None) == whole, text


_PAIRS = st.lists(
    st.sampled_from(["AJ", "AJ,", "TJ", "J.R.", "said", "'s", "mom", "7", "16,", "yo", ",", "x",
                     "(", "DJ's", "kept", "(AJ", "Ana,", "12yo", "\n", "92", "F,", "AJ, 7 yo",
                     "TJ,16,", "KC, 9yo", "(AJ, 7,", "MR, 45,", "ok AJ,\n3 yo"]),
    max_size=10,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(text=_PAIRS | _PAIRS.map(lambda t: t.replace(" ", "")))
def test_nickname_gate_passes_every_text_its_pattern_matches(text: str) -> None:
    words = frozenset(TOKEN.findall(text.lower()))
    digits = any(ch.isdigit() for ch in text)
    if any(_names._NICKNAME_VERB.match(text, m.start()) for m in re.finditer("[A-Z]", text)):
        assert _names._nickname_possible(text, words, digits=digits), text


_CALLED_TEXTS = st.lists(
    st.sampled_from(["a", "baby", "namedJohn", "named", "Ana", "a.k.a.", "AKA", "spelt as",
                     "misspelled as", "Name:", "real name", "calls her", "goes by", "Tom", "\"Bo\"",
                     "known as", "signed as", "listed as", "x", ",", "name on the chart was"]),
    max_size=8,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(text=_CALLED_TEXTS)
def test_called_gate_passes_every_text_its_pattern_matches(text: str) -> None:
    low = text.lower()
    scan = Scan(patient=True, year=None, low=low, words=frozenset(TOKEN.findall(low)))
    if _names._CALLED.search(text) and scan.gates & _names._CALLED_WORDS_BIT:
        assert _names._called_possible(scan), text


_STORY_TEXTS = st.lists(
    st.sampled_from(["DOB", "03/14/1961", "Rx", "#", "RX5512087", "case", "no.", "2024-041277",
                     "from", "192.0.2.33", "91", "and", "proud", "ref", "Imelda", "Vance", ",",
                     "born", "claim", "Tombstone", "yo", "study", "IRB", "\n"]),
    max_size=12,
).map(" ".join)  # fmt: skip


def _decides(hits: list[Hit], leaning: bool | None) -> bool:
    if leaning is None:  # an IP address or an age of 90 or more
        return any(h.blocking and h.category in (Category.IP, Category.AGE) for h in hits)
    return any(_check._own_in_story(h, leaning) for h in hits)


@settings(max_examples=200, deadline=None)
@given(text=_STORY_TEXTS)
def test_second_reading_families_decide_as_the_whole_set_does(text: str) -> None:
    low = text.lower()
    story = Scan(patient=True, year=2026, low=low, words=frozenset(TOKEN.findall(low)))
    every = _check._detect(text, story)
    for leaning, families in (
        (None, _check._IPS_AND_AGES),
        (True, _check._STORY_NUMBERS),
        (False, _check._BIRTH_DATES),
    ):
        assert _decides(_check._detect(text, story, families), leaning) == _decides(every, leaning)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ABHIJNOPQRZ0159 -_a.\u00c9", max_size=40))
def test_vin_gate_is_the_run_search(text: str) -> None:
    assert _ids._vin_possible(text, frozenset()) == (_ids._VIN_RUN.search(text) is not None)
    runs = text.replace("I", "B").replace("O", "B").replace("Q", "B")  # letters a VIN may hold
    assert _ids._vin_possible(runs, frozenset()) == (_ids._VIN_RUN.search(runs) is not None)
