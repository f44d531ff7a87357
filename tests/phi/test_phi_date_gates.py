"""The partner tables that gate the holiday and relative-date patterns lose no date.

``_dates`` opens its holiday and relative-date patterns only where a gate word that needs a
partner ("Family" in "Family Day", "morning" in "this morning") has one in the post. The
tables are kept by hand beside the patterns; these tests read posts both ways, gated and not,
and find the same dates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import medtweet as mt
from medtweet.phi import _dates

_CORPUS = Path(__file__).resolve().parents[1] / "data" / "phi_corpus.jsonl"

# one phrase for each word of the partner tables, and the patterns' own examples
_PHRASES = [
    "admitted on Family Day", "Pearl Harbor Day", "Little Christmas", "Women's Christmas",
    "Orthodox Christmas", "Mother's Day", "Mothering Sunday", "Father's Day", "Memorial Day",
    "Memorial Day weekend", "pi day", "Cup Day", "Melbourne Cup Day", "opening day",
    "Martin Luther King Jr. Day", "Veterans Day", "Flag Day", "Africa Day", "Heritage Day",
    "Labor Day", "Labour Day", "Election Day", "Human Rights Day", "Youth Day", "Freedom Day",
    "Discovery Day", "Tax Day", "Earth Day", "Presidents' Day", "Canada Day", "Australia Day",
    "Republic Day", "Independence Day", "Victoria Day", "St George's Day", "St David's Day",
    "St Andrew's Day", "St Patrick's Day", "Saint Patrick's Day", "All Saints' Day",
    "Boxing Day", "Columbus Day", "Liberation Day", "Constitution Day", "Unification Day",
    "Revolution Day", "Statehood Day", "Patriots' Day", "Commonwealth Day",
    "Reconciliation Day", "Emancipation Day", "St Stephen's Day", "Groundhog Day",
    "Mandela Day", "Jamaica Day", "Paddy's Day", "St Paddy's Day", "Pancake Day",
    "New Year's Eve", "Lunar New Year", "Chinese New Year", "Black Friday",
    "Good Friday", "Cyber Monday", "Easter Monday", "Whit Monday", "Easter Sunday",
    "Palm Sunday", "Super Bowl Sunday", "Remembrance Sunday", "Whit Sunday", "Ash Wednesday",
    "Burns Night", "Fat Tuesday", "Shrove Tuesday", "St-Jean Day", "Saint-Jean-Baptiste",
    "Lag BaOmer", "Tu BiShvat", "Xmas", "X-mas eve", "the Super Bowl", "July 4th",
    "the Fourth of July", "the 4th of July", "NYE",
    "yesterday morning", "this morning", "this afternoon", "this evening", "this am",
    "this pm", "last night", "late last evening", "last weekend", "over the weekend",
    "this past weekend", "overnight last night", "tonight", "the other day",
    "the night before last", "the Monday before last", "two weeks ago Tuesday",
]  # fmt: skip


def _texts() -> list[str]:
    lines = _CORPUS.read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line)["text"] for line in lines if line.strip()]
    return posts + [f"82F, fell {phrase}, hip fx." for phrase in _PHRASES]


def _dates_found(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [
        [
            (f.start, f.end, f.rule)
            for f in mt.check_phi(text, context="patient").findings
            if f.category is mt.Category.DATE
        ]
        for text in texts
    ]


def test_the_partner_gates_lose_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    gated = _dates_found(texts)
    monkeypatch.setattr(_dates, "_holiday_possible", lambda text, scan: True)
    monkeypatch.setattr(_dates, "_relative_possible", lambda scan: True)
    assert _dates_found(texts) == gated


@pytest.mark.parametrize("phrase", _PHRASES)
def test_each_partnered_phrase_is_a_date(phrase: str) -> None:
    found = mt.check_phi(f"82F, fell {phrase}, hip fx.", context="patient").findings
    assert any(f.category is mt.Category.DATE for f in found)
