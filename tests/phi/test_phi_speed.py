"""The speed paths of ``check_phi`` give what the plain computations give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medtweet.phi import _check, _geo, _names
from medtweet.phi._context import TOKEN, decide, scores
from medtweet.phi._gates import gates_of, lazy_gate
from medtweet.phi._hit import Scan
from medtweet.phi._lexicon import lower_set

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
