"""Word gates: one bit per cue-word set, so a detector tests a set with one ``&``.

A module registers each of its cue-word sets once at import (:func:`gate` returns the set's
bit); :func:`gates_of` ORs the bits of a text's words once per text (``Scan.gates``). Then
``scan.gates & BIT`` is true exactly when ``scan.words`` meets the set, without a set
operation per check.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["gate", "gates_of"]

_BITS: dict[str, int] = {}
_count = 0


def gate(words: Iterable[str]) -> int:
    """A new bit, set for each of ``words``; ``scan.gates & bit`` then tests the set."""
    global _count
    bit = 1 << _count
    _count += 1
    for word in words:
        _BITS[word] = _BITS.get(word, 0) | bit
    return bit


def gates_of(words: Iterable[str]) -> int:
    """The bits of every registered set that holds one of ``words``."""
    bits = _BITS
    found = 0
    for word in bits.keys() & words:  # the few registered words, intersected in C
        found |= bits[word]
    return found
