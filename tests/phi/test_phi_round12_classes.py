"""Round 12: story cues of one named child or resident, initials, plates, phone shapes.

Every example is invented for the class it stands for; none is taken from a corpus. Each
class has near-miss negatives that must stay quiet.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

from medtweet.phi._context import story_context

STORY = "pt admitted overnight, she was intubated. "


@pytest.mark.parametrize(
    "text",
    [
        'rosalind is 6 and wants everyone to know her cycler has a name. it\'s "Buzz".',
        "Ignatius (8, T1D) says his pump is called Rex. A1c 7.0.",
        "why does Oak Hollow send every fall with the resident's Medicare number on a post-it",
    ],
)
def test_patient_story_cues(text: str) -> None:
    assert story_context([text]) == "patient"


def test_family_medicine_is_a_specialty_not_a_family() -> None:
    text = "Interested in rural care? Our family med rotation in Kotzebue runs Jan-Mar."
    assert story_context([text]) == "professional"


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (STORY + "JQ, 94M, presents w/ confusion.", "JQ", "name"),
        (STORY + "ROUNDS: Pt TW, 91F, d/c planned.", "TW", "name"),
        (STORY + "wife called from (262)-555-0177 every night.", "(262)-555-0177", "phone"),
        (STORY + "a tattoo of his plate number (8KLD552) on his arm.", "8KLD552", "vehicle"),
        (STORY + "he shouts his plate (RTW 5120) at everyone.", "RTW 5120", "vehicle"),
        (STORY + "the plate reader flagged HJK 7731 for 30 days.", "HJK 7731", "vehicle"),
        (STORY + "brought in from Granville & Main at dawn.", "Granville & Main", "geographic"),
        (STORY + "the pharmacy at Hwy 9 and Main caught it.", "Hwy 9 and Main", "geographic"),
        (STORY + "discharge to Maple Glen SNF needs a fax.", "Maple Glen SNF", "geographic"),
    ],
)
def test_identifiers(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "HF 70M, EF 20%. OD 24F got narcan.",
        STORY + "This is a patient harm issue, not a staffing one.",
        STORY + "the plates were stolen in 2019 near the interstate.",
        STORY + "seen at 3 and 4 pm; back to the SNF soon.",
    ],
)
def test_near_misses(text: str) -> None:
    assert findings(text) == []
