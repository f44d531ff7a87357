"""Word gates: one bit per cue-word set, so a detector tests a set with one ``&``.

A module registers each of its cue-word sets once at import (:func:`gate` returns the set's
bit); :func:`gates_of` ORs the bits of a text's words once per text (``Scan.gates``). Then
``scan.gates & BIT`` is true exactly when ``scan.words`` meets the set, without a set
operation per check. The words that met some set (:func:`cues_of`, ``Scan.cues``) stand in
for a text's words wherever they meet a registered set: a few words to look up, not all.
Sets read from the lexicons register with :func:`lazy_gate`: their words are added when the
first text's gates are read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

__all__ = ["bits_of", "cues_of", "gate", "gates_of", "lazy_gate"]

_BITS: dict[str, int] = {}
# _BITS's words as a set: a set intersects another set over the smaller side, in C (a dict's
# keys intersect a frozenset by iterating it); rebuilt when words were added
_KEYS: frozenset[str] = frozenset()
_count = 0
_LAZY: list[tuple[int, Callable[[], Iterable[str]]]] = []
_LAZY_LOCK = threading.Lock()


def gate(words: Iterable[str]) -> int:
    """A new bit, set for each of ``words``; ``scan.gates & bit`` then tests the set."""
    global _count
    bit = 1 << _count
    _count += 1
    for word in words:
        _BITS[word] = _BITS.get(word, 0) | bit
    return bit


def lazy_gate(words: Callable[[], Iterable[str]]) -> int:
    """A new bit for the set ``words()`` returns, built when the first text's gates are read.

    For sets read from the lexicons, which are loaded on first use, not at import.
    """
    bit = gate(())
    _LAZY.append((bit, words))
    return bit


def gates_of(words: Iterable[str]) -> int:
    """The bits of every registered set that holds one of ``words``."""
    return bits_of(cues_of(words))


def cues_of(words: Iterable[str]) -> frozenset[str]:
    """Those of ``words`` that a registered set holds (``words & S`` is ``cues & S`` then)."""
    if _LAZY:
        _register_lazy()
    global _KEYS
    keys = _KEYS
    if len(keys) != len(_BITS):  # words only ever added: a new word changes the count
        keys = _KEYS = frozenset(_BITS)
    return keys.intersection(words)  # the few registered words, intersected in C


def bits_of(cues: Iterable[str]) -> int:
    """The bits of every registered set that holds one of ``cues`` (registered words)."""
    bits = _BITS
    found = 0
    for word in cues:
        found |= bits[word]
    return found


def _register_lazy() -> None:
    """Add the words of the lazy sets; an entry leaves ``_LAZY`` only once its words are in."""
    with _LAZY_LOCK:
        while _LAZY:
            bit, lazy = _LAZY[-1]
            for word in lazy():
                _BITS[word] = _BITS.get(word, 0) | bit
            _LAZY.pop()
