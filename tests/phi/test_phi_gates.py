"""Word gates: ``scan.gates & bit`` is true exactly when the text's words meet the set."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medtweet.phi import _contact, _dates, _geo, _ids, _informal, _names
from medtweet.phi._gates import gate, gates_of
from medtweet.phi._hit import Scan

_WORDS = st.frozensets(st.sampled_from(["zip", "street", "mom", "born", "ssn", "x", "of", "dr"]))


def test_gate_bits_are_distinct_and_found() -> None:
    first, second = gate(["alpha", "beta"]), gate(["beta", "gamma"])
    assert first & second == 0
    assert gates_of(["alpha"]) & first
    assert not gates_of(["alpha"]) & second
    assert gates_of(["beta"]) & first
    assert gates_of(["beta"]) & second
    assert gates_of(["delta"]) & (first | second) == 0


def test_scan_computes_gates_from_words() -> None:
    scan = Scan(patient=True, year=None, words=frozenset({"street"}))
    assert scan.gates & _geo._STREET_WORDS_BIT
    assert Scan(patient=True, year=None).gates == 0


@settings(max_examples=100, deadline=None)
@given(words=_WORDS)
def test_every_module_gate_matches_isdisjoint(words: frozenset[str]) -> None:
    scan = Scan(patient=True, year=None, words=words)
    checked = 0
    for module in (_contact, _dates, _geo, _ids, _informal, _names):
        for name, bit in vars(module).items():
            words_set = getattr(module, name.removesuffix("_BIT"), None)
            if name.endswith("_BIT") and isinstance(words_set, frozenset):
                checked += 1
                assert bool(scan.gates & bit) == (not words.isdisjoint(words_set)), name
    assert checked >= 50
