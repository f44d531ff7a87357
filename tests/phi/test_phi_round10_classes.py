"""Round 10: many origins, accents and typography; a name's chart; clinic initials; ids.

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
        # honorifics of other languages, a name's drug, a record label in quotes
        "the pharmacy fax bounced Mme Odile Brassard's script twice. INR 4.4 by then.",
        "Señora Quintanilla left a 6 min voicemail about her sugar. A1c 11.2.",
        "Rx # 5510482 for Oksana's methotrexate was filled daily. pancytopenia now.",
        'jar labeled "PEREIRA, J" but the req says "PEREIRA, JOANA". cannot sign out.',
        # a spelled age stated of a person, two MRNs merged
        "she's a hundred and two and her pacemaker alarmed twice before lunch.",
        "registration merged her with another Nizhoni Tsosie. two MRNs. fixed now.",
    ],
)
def test_patient_story_cues(text: str) -> None:
    assert story_context([text]) == "patient"


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (STORY + "RADIOLOGY AT 3AM: 92 Y/O MALE, CT HEAD.", "92", "age"),
        (STORY + "Wilhelmina is 93 and runs the ward.", "93", "age"),
        (STORY + "son flew in to sit with mama Adaeze for her AVR.", "Adaeze", "name"),
        (STORY + "the pump belongs to Tevita, 13yo, T1DM.", "Tevita", "name"),
        (STORY + "someone opened Wenona Redcloud's chart 11 times.", "Wenona Redcloud", "name"),
        (
            STORY + "Update on Oluwadamilare's fundraiser: crossmatch negative.",
            "Oluwadamilare",
            "name",
        ),
        (STORY + "it was Luis Ángel, 26, from the shelter.", "Luis Ángel", "name"),
        (STORY + "call 415\u2013555\u20130138 after 5.", "415\u2013555\u20130138", "phone"),
        (STORY + "emergency contact phone 555.0172, cousin.", "555.0172", "phone"),
        (
            STORY + "records from Hôpital Sainte-Marie, her mom says.",
            "Hôpital Sainte-Marie",
            "geographic",
        ),
        (STORY + "consult from the Kelvington RHC: LLQ pain.", "Kelvington RHC", "geographic"),
        (STORY + "she lives alone on rue Saint-Hubert.", "rue Saint-Hubert", "geographic"),
        (STORY + "admitted from her son's home in the Bronx w/ CHF.", "the Bronx", "geographic"),
        (STORY + "14/03 we did a Whipple; eating today.", "14/03", "date"),
        (STORY + "he went home Sat the 12th on 2L.", "Sat the 12th", "date"),
        (STORY + "pacer serial RNB 551209H, battery 9 yrs.", "RNB 551209H", "device"),
        (STORY + "acc# RD-5519921 burned into the image.", "RD-5519921", "mrn"),
        (
            STORY + "her IHS number is IHS-0051-2291, no insulin for 5 days.",
            "IHS-0051-2291",
            "health_plan",
        ),
    ],
)
def test_identifiers(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Na 135.1234 on the analyzer printout.",
        STORY + "Sepsis, 45F, lactate 4. Syncope, 72F.",
        STORY + "Sodium is 125, potassium 5.9.",
        STORY + "Hospital Day 3: the Hospital Medicine team rounded.",
        STORY + "Crohn's meds held; Medicare's records requested.",
        STORY + "ratio 15/05 on the vent.",
    ],
)
def test_near_misses(text: str) -> None:
    assert findings(text) == []
