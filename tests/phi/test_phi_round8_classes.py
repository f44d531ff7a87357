"""Round 8: ages stated of a patient, names by position, labels, roads, campuses and ids.

Every example is invented for the class it stands for; none is taken from a corpus. Each
class has near-miss negatives that must stay quiet.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

from medtweet.phi._context import story_context

STORY = "pt admitted overnight, she was intubated. "


# -- the patient-story decision ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "pts" told of the patients at hand
        "Pharmacy mix-up: the bag for Oriel Vance went to Oriel Vantz. Different pts. Scary.",
        # "our kid" is the writer's patient
        "our kid w/ sickle cell is back again, pain crisis, dilaudid PCA. #PedsHemOnc",
        # a spelled age of ninety or more and a device of one person
        "ninety-three, says the walker is for show. her Omnipod alarmed all night.",
    ],
)
def test_patient_story_cues(text: str) -> None:
    assert story_context([text]) == "patient"


@pytest.mark.parametrize(
    "text",
    [
        # patients in general
        "Society statement: boarding time for pts over 75 keeps rising nationally. #EM",
        "Our hospital foundation's 5K for rural pts traveling for chemo is Sept 9. Register!",
        # a religious title, not a relative; a retirement; a practice's welcome
        "Congratulations to Sister Agnes Mulroy, RN, honored for 50 years at the free clinic.",
        "Dr. Ilse Brandt retires Friday after 38 years as the valley's only surgeon. Thank you!",
        "Our practice in Millbrae is accepting new patients; call the front desk to book.",
    ],
)
def test_professional_posts_stay_professional(text: str) -> None:
    assert story_context([text]) == "professional"


# -- ages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (STORY + "this pt is 94 and has been NPO since midnight.", "94"),
        (STORY + "pt is 92 w/ advanced dementia, PEG talk today.", "92"),
        (STORY + "on BiPAP at the bedside. 96 and humming along to the radio.", "96"),
        (STORY + "Abuela Rosario, 97 años, came with eleven grandkids.", "97"),
        # the same age said again after "at"
        ("Teaching case: 93M, ESRD on HD. he still fixes clocks at 93 \U0001f601", "93"),
    ],
)
def test_ages_stated_of_a_patient(text: str, span: str) -> None:
    assert covered(text, span, "age", nth=text.count(span) - 1)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Pump set at 95; HR at 95 on arrival; SpO2 is 92 w/ 2L.",
        STORY + "HR 93 w/ exertion, RR 22.",
    ],
)
def test_numbers_that_are_not_ages(text: str) -> None:
    assert not [f for f in findings(text) if f.category == "age"]


# -- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a sentence that opens on a person and their age
        (STORY + "Zuberi is 9 and has had three admits.", "Zuberi"),
        (STORY + "emeka is 7 and told me his inhaler is a rocket.", "emeka"),
        # a name set off by commas before what the person did
        (STORY + "our kid w/ CF, Tobiah, got his new vest today.", "Tobiah"),
        # a record-style label in capitals before its MRN
        (STORY + 'the screen said "OKAFOR, DANIEL MRN 5512093" for all to see.', "OKAFOR, DANIEL"),
        # after "pt name" and Spanish honorifics
        (STORY + "the board showed pt name Femi Adeyinka by the door.", "Femi Adeyinka"),
        (STORY + "Doña Remedios asked for her rosary.", "Doña Remedios"),
    ],
)
def test_names_by_position(text: str, span: str) -> None:
    assert covered(text, span, "name")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Troponin is 12 and rising.",
        STORY + "Sodium is 13, so 3% saline.",
        STORY + "CT, Echo, was negative.",
        STORY + "Don't forget the 2nd dose.",
    ],
)
def test_not_names(text: str) -> None:
    assert not [f for f in findings(text) if f.category == "name"]


# -- places and ids ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (STORY + "Found in a ditch on County Rd 41 at dawn.", "County Rd 41", "geographic"),
        (
            STORY + "Rollover on I-94 mile marker 118, ejected.",
            "I-94 mile marker 118",
            "geographic",
        ),
        (
            STORY + "He works at the Amazon Fulfillment Center #4410.",
            "Amazon Fulfillment Center #4410",
            "geographic",
        ),
        (STORY + "Keeper at the Lakeside Zoo, bitten.", "Lakeside Zoo", "geographic"),
        (STORY + "Back to Maple Grove Villa tomorrow.", "Maple Grove Villa", "geographic"),
        (STORY + "She is a junior at UC Merced.", "UC Merced", "geographic"),
        (STORY + "Discharged to the Tomah VA CLC.", "Tomah VA CLC", "geographic"),
        (STORY + "her cell 614/555/0129 is on the board", "614/555/0129", "phone"),
        (STORY + "the plate on the pickup 6TRW318 was in the report", "6TRW318", "vehicle"),
        (
            "His SSN ended up in the allergy field. allergies: '310 55 0192'. fix it.",
            "310 55 0192",
            "ssn",
        ),
        (STORY + "He gave his ham callsign, not a phone: WB7QRX.", "WB7QRX", "license"),
        (STORY + "her nursing license RN.0098123 is on file.", "RN.0098123", "license"),
        (
            STORY + "subscriber ID KTR 4410 2291 07 on both letters.",
            "KTR 4410 2291 07",
            "health_plan",
        ),
    ],
)
def test_places_and_ids(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Per the UW Medicine guideline, we held the heparin.",
        STORY + "GDS 12/15, PHQ-9 14/27, MoCA 22/30.",
        STORY + "Ratios 100/200/3000 on the vent log.",
    ],
)
def test_not_places_dates_or_phones(text: str) -> None:
    assert findings(text) == []
