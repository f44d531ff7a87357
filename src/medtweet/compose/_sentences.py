"""How strong a boundary is, and where sentences end in clinical writing.

Sentence detection knows clinical writing: titles (``Dr.``, ``Pt.``), Latin abbreviations
(``e.g.``, ``i.e.``, ``vs.``, ``et al.``), figure and approximate markers, initials,
decimals (``0.04``, ``p<0.05``) and numbered lists do not end a sentence.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "CLAUSE",
    "CUT",
    "PARAGRAPH",
    "SENTENCE",
    "WORD",
    "ends_sentence",
]

CUT = 0
"""Inside a token too long for a post."""
WORD = 1
"""Between two words."""
CLAUSE = 2
"""After ``,`` ``;`` ``:`` or a dash."""
SENTENCE = 3
"""After a sentence, or at a line break."""
PARAGRAPH = 4
"""At a blank line."""

ABBREVIATIONS = frozenset(
    {
        "dr.",
        "drs.",
        "pt.",
        "pts.",
        "prof.",
        "mr.",
        "mrs.",
        "ms.",
        "st.",
        "jr.",
        "sr.",
        "e.g.",
        "i.e.",
        "eg.",
        "ie.",
        "vs.",
        "v.",
        "al.",
        "cf.",
        "viz.",
        "ca.",
        "approx.",
        "appr.",
        "fig.",
        "figs.",
        "tab.",
        "ref.",
        "refs.",
        "no.",
        "nos.",
        "vol.",
        "eq.",
        "resp.",
        "incl.",
        "est.",
        "min.",
        "max.",
        "avg.",
        "dept.",
        "univ.",
        "inc.",
        "co.",
        "hx.",
        "dx.",
        "tx.",
        "rx.",
        "sx.",
        "fx.",
        "pmh.",
        "y.o.",
        "yo.",
        "b.i.d.",
        "t.i.d.",
        "q.i.d.",
        "q.d.",
        "p.o.",
        "i.v.",
        "i.m.",
        "s.c.",
        "p.r.n.",
        "q.h.s.",
        "a.m.",
        "p.m.",
        "mo.",
        "yr.",
        "yrs.",
        "wk.",
        "wks.",
        "sec.",
        "hr.",
        "hrs.",
        "ed.",
        "eds.",
        "pp.",
    }
)

_CLOSERS = "\"'\u201d\u2019)]}*_»"
_TERMINALS = ".!?…‼⁉"
_INITIALS = re.compile(r"(?:[A-Z]\.)+\Z")
_LIST_MARKER = re.compile(r"\d{1,3}[.)]\Z")
_OPENERS = "\"'\u201c\u2018([{#@$¿¡«"


def ends_sentence(token: str, next_token: str | None) -> bool:
    """Whether a sentence ends after ``token`` (followed by ``next_token``, if any)."""
    core = token.rstrip(_CLOSERS)
    if not core or core[-1] not in _TERMINALS:
        return False
    if core[-1] == ".":
        lowered = core.lower()
        if lowered in ABBREVIATIONS or _INITIALS.match(core) or _LIST_MARKER.match(core):
            return False
        # the last word of "e.g." glued to text: "(e.g." or "approx."
        tail = lowered.lstrip(_OPENERS)
        if tail in ABBREVIATIONS:
            return False
    if next_token is None:
        return True
    first = next_token[0]
    return first.isupper() or first.isdigit() or first in _OPENERS or not first.isalnum()
