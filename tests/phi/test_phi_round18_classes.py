"""Round 18: own numbers that show a story, one person's values and ages, employers, and
places with their side, lot or exit.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    ("58M, a Caterpillar machinist, crush injury to the L hand.", "Caterpillar", "geographic"),
    ("pt is a retired Southwest Airlines pilot, now with AF.", "Southwest Airlines", "geographic"),
    ("71F, found down in South Lawndale, lactate 6.", "South Lawndale", "geographic"),
    ("EMS: rollover on I-70 near exit 231, GCS 9, intubated.", "I-70 near exit 231", "geographic"),
    (
        "lives at Shady Acres Mobile Home Park lot 9, 66M, COPD.",
        "Shady Acres Mobile Home Park lot 9",
        "geographic",
    ),
    ("Mr. Haverford is 97, EF 20%, wants to go home.", "97", "age"),
    ("her dad 94 still splits his own wood. INR 3.1 today.", "94", "age"),
    ("Pt admitted with CAP. 96, sharp, reads the paper daily.", "96", "age"),
]

# (text, context): clean posts that must stay without findings (context None: decided alone)
CLEAN: list[tuple[str, str | None]] = [
    ("54M, a Spanish teacher, STEMI, door to balloon 58 min.", "patient"),
    ("61F, a retired Army nurse, new AF with RVR.", "patient"),
    ("44M, a Tesla driver, MVC at 40 mph, belted, CT neg.", "patient"),
    ("Our IRB study no. 2024-041277 was approved for the registry.", None),
    (
        "New paper out (doi:10.1016/S0140-6736(26)04411-7) from our study of rural stroke.",
        None,
    ),
    ("Average age 79 in our deprescribing clinic; 14 pts on 10+ meds.", "patient"),
]

# (text, context): what check_phi decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    ("Pharmacy: Rx # RX5512087 for Wendell Pruitt, early refill again.", "patient"),
    ("Docket no. 2026-CV-08812, re: Lonnie Whitt. Deposition Friday.", "patient"),
    ("send the notes attn: neuro re: Imelda Vance, DOB 03/14/1961, thx", "patient"),
    ("her TSH is 0.03 now on methimazole, still tremulous, thanks for the update", "patient"),
    ("R.K., 16, from the county high school, syncope at practice. ECG: long QT.", "patient"),
    ("if you are the family of Otis Grange, please call the unit back", "patient"),
    ("Walk-in: Marisol age 9, strep +, PCN allergic.", "patient"),
    ("Job ref # PA-2026-14: pathology assistant, apply by email.", "professional"),
]


@pytest.mark.parametrize(("text", "value", "category"), FOUND)
def test_found(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(("text", "context"), CLEAN)
def test_clean(text: str, context: str | None) -> None:
    assert [f for f in findings(text, context) if f.rule != "date.relative"] == []


@pytest.mark.parametrize(("text", "context"), CONTEXT)
def test_context(text: str, context: str) -> None:
    assert mt.check_phi(text).context == context


def test_a_prescription_number_read_again_flags_the_name_too() -> None:
    text = "Pharmacy: Rx # RX5512087 for Wendell Pruitt, early refill again."
    assert covered(text, "RX5512087", "other_id")
    assert covered(text, "Wendell Pruitt", "name")


def test_a_date_of_birth_outweighs_an_office_s_cues() -> None:
    text = "Please fax our office the records re: Imelda Vance, DOB 03/14/1961. Our fax is down."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, "Imelda Vance", "name")
