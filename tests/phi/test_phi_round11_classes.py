"""Round 11: streets with a direction, towers and subdivisions, firms, ids, ages, full names.

Every example is invented for the class it stands for; none is taken from a corpus. Each
class has near-miss negatives that must stay quiet.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

STORY = "pt admitted overnight, she was intubated. "


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (STORY + "He grew tomatoes behind his place on E 14th St.", "E 14th St", "geographic"),
        (STORY + "She lives on the 9th floor of Larkspur Towers.", "Larkspur Towers", "geographic"),
        (STORY + "From the Quail Run subdivision, 3 kids.", "Quail Run subdivision", "geographic"),
        (
            STORY + "His boss at Polar Bear Heating & Cooling visits daily.",
            "Polar Bear Heating & Cooling",
            "geographic",
        ),
        (
            STORY + "Stocker at Greenfield Foods, badge on his shirt.",
            "Greenfield Foods",
            "geographic",
        ),
        (STORY + "Fight outside Mack's Tavern at closing.", "Mack's Tavern", "geographic"),
        (STORY + 'bracelet: "MedID 51-TQ-0093 / PCN ALLERGY".', "51-TQ-0093", "other_id"),
        (STORY + "his service no. RA 17 229 118 on the dog tags.", "RA 17 229 118", "other_id"),
        (STORY + 'she said "I\'ve lived 102 years without a statin."', "102", "age"),
        (STORY + "Our pt Mr. Trần Văn Bảo turned 92 on the ward.", "Trần Văn Bảo", "name"),
        (STORY + "Remember him: Kofi Owusu-Ansah, 91, a tailor.", "Kofi Owusu-Ansah", "name"),
    ],
)
def test_identifiers(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Keppra 1500 BID + Depakote ER 1000 qhs; VPA level 38.",
        STORY + "Tower of Babel jokes aside, the ICU Tower 3 is full.",
        STORY + "She has lived with HIV for 30 years.",
    ],
)
def test_near_misses(text: str) -> None:
    assert findings(text) == []
