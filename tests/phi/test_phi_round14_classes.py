"""Round 14: own identifiers make a story, names of more origins, spoken ages, more ids.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

import medtweet as mt

STORY = "pt admitted overnight, 58M, intubated. "


# -- a person's own identifier shows the post is about them ----------------------------------


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (
            "A pharmacy in Sandpoint called to check a script; the DL on file was "
            "ID BRANTKL447QX. Flagged it.",
            "Sandpoint",
            "geographic",
        ),
        (
            "Found a wristband in the lobby, MRN 40021877, stamped Walden Ridge Dialysis.",
            "Walden Ridge",
            "geographic",
        ),
    ],
)
def test_an_own_identifier_reads_the_post_as_a_story(text: str, span: str, category: str) -> None:
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, span, category)


def test_a_given_context_is_kept() -> None:
    text = "The DL on file was ID BRANTKL447QX, from Sandpoint."
    report = mt.check_phi(text, context="professional")
    assert report.context == "professional"
    assert not covered(text, "Sandpoint", context="professional")


def test_a_departments_fax_does_not_make_a_story() -> None:
    text = "Abstracts for the Rocky Mountain Hospitalist Summit close Feb 2; fax 303-555-0148."
    assert mt.check_phi(text).context == "professional"


# -- first names of many more origins, where a name stands ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (STORY + "Kwabena forgot his inhaler again.", "Kwabena"),
        ("Home visit. Thandiwe (retired teacher) has not left her chair since May.", "Thandiwe"),
        ("Obinna, 34, 2nd admit this month for DKA, works nights.", "Obinna"),
        ("Chiamaka, 27, G2P1 at 36 wks, BP 162/108.", "Chiamaka"),
    ],
)
def test_names_of_more_origins(text: str, name: str) -> None:
    assert covered(text, name, "name", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Made a plan with ICU; tone is flat, infant cousin visiting.",
        STORY + "Reason for consult: syncope. Purity of the sample questioned.",
    ],
)
def test_english_words_are_not_read_as_names(text: str) -> None:
    assert [f.category for f in findings(text, "patient")] == []


def test_a_grandparents_title_names_a_lower_case_name() -> None:
    text = "abuela marta came with 6 grandkids, A1c 11 -> 7.4 after the family cooking class"
    assert covered(text, "marta", "name", context="patient")


def test_a_full_name_before_a_date_of_birth() -> None:
    text = "Label mix-up: tube for BERNADETTE OKONKWO-HALE DOB 03/09/1958 had another sticker."
    assert covered(text, "BERNADETTE OKONKWO-HALE", "name", context="patient")


def test_a_nickname_between_honorific_and_surname() -> None:
    text = 'Street medicine: Mr. "Tiny" Delacroix, 61, abscess drained under the overpass.'
    assert mt.check_phi(text).context == "patient"
    assert covered(text, "Delacroix", "name", slack=16)


# -- ages said in passing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "1/ Story time: Mrs. Abernathy, ninety-four \U0001f9f5\nstill drives to church.",
            "ninety-four",
        ),
        ("She died at home, quilts everywhere. 98. Her son says no funeral.", "98"),
        ("Her daughter posted the DNR online. Also happy 97th to her I guess.", "97"),
    ],
)
def test_spoken_ages(text: str, age: str) -> None:
    assert covered(text, age, "age", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Sat 94. Then 91 on 2L.",
        STORY + "Happy 95th percentile for weight, says mom.",
    ],
)
def test_clinical_numbers_are_not_ages(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.category == "age"] == []


# -- ids: licences of letters, card and wallet accounts, last four said later ------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("pt's driver's license on file was OR HOLLISB558RT, expired.", "HOLLISB558RT", "license"),
        ("the copay card CC-7713-2209-41 reports to the maker.", "CC-7713-2209-41", "account"),
        ("he asked us to chart his wallet bc1qzr7x2w9hd4f6", "bc1qzr7x2w9hd4f6", "account"),
        (
            'asked the last 4 of her social and she shouted "4471" across the room.',
            "4471",
            "ssn",
        ),
        ("Farm is off County Rd 450 N, past the grain bins.", "County Rd 450 N", "geographic"),
    ],
)
def test_more_id_shapes(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


# -- clean: eponyms with a bare apostrophe, clinicians named like towns, thanks ----------------


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Reynolds' pentad present. Ludwig's. Antoni A and B areas on path.",
        STORY + "She emailed the wrong Dr Ramos about it lol.",
        STORY + "Great catch Deshawn! (pharmacist, not pt)",
        STORY + "Addison is on my pt list as the dx, not a name.",
    ],
)
def test_clean_story_texts(text: str) -> None:
    assert findings(text, "patient") == []
