"""Round 29 (from held-out corpora 44-51, scored first): full names of any origin with an age,
a capitalised label name before its record number on the next line, names by their bed,
lower-case names after "named" and "my patient".

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    (
        "Dimitrios Kalogeropoulos (81M) tripped on the church steps.",
        "Dimitrios Kalogeropoulos",
        "name",
    ),
    ("Dad is Thanh Lan, 94, from Iselin. EKG by text.", "Thanh Lan", "name"),
    ("the wristband says\nOKONJO, GRACE\nMR# 5512093\nDOB 02/11/1940", "OKONJO, GRACE", "name"),
    ("Night shift. Oyelaran in bed 12 keeps asking for his pastor.", "Oyelaran", "name"),
    ("pt named farhan, yes lowercase, came back for his 3rd visit.", "farhan", "name"),
    ("my patient hiroshi (he said I can use his first name) is home.", "hiroshi", "name"),
]

# (text, context): clean posts that must stay without findings (context None: decided alone)
CLEAN: list[tuple[str, str | None]] = [
    ("Sickle Cell, 23F, HU 20 mg/kg started, crisis frequency halved.", "patient"),
    ("Chest Pain, 45M, trop neg x2, HEART 3, home.", "patient"),
    ("Stable Angina, 54M, on aspirin and a statin.", "patient"),
    ("You're in bed 4 till the CT is read, sir. 58M, RLQ pain.", "patient"),
]


@pytest.mark.parametrize(("text", "value", "category"), FOUND)
def test_found(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(("text", "context"), CLEAN)
def test_clean(text: str, context: str | None) -> None:
    assert [f for f in findings(text, context) if f.rule != "date.relative"] == []


def test_a_full_name_takes_its_age_as_a_story() -> None:
    report = mt.check_phi("Dad is Thanh Lan, 94, from Iselin. EKG by text.")
    assert report.context == "patient"
