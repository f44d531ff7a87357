"""Round 6 (geography, ids, contacts): classes of identifiers that blind writers used.

Every example is invented for this file; each positive class has near-miss negatives.
"""

from __future__ import annotations

import pytest

import medtweet as mt


def _findings(text: str, context: str | None = "patient") -> list[mt.Finding]:
    return list(mt.check_phi(text, context=context).findings)  # type: ignore[arg-type]


def whole(text: str, span: str, context: str | None = "patient") -> bool:
    """One finding covers all of ``span``."""
    start = text.index(span)
    return any(f.start <= start and f.end >= start + len(span) for f in _findings(text, context))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # two places with a locating word between them are one place
        ("Pt, 64M, rolled his truck on Route 31 in Waverly overnight.", "Route 31 in Waverly"),
        ("Pt fell in the lot of the Wendy's on Elm St in Dayton, 70F.", "Elm St in Dayton"),
        # a named business or landmark before "in/near <town>"
        ("Pt found down by the Amtrak station in Albany, 50s M.", "Amtrak station in Albany"),
        ("Her mom drives her to Shriners in Lexington each month, 8yo F.", "Shriners in Lexington"),
    ],
)
def test_place_with_its_town_is_one_span(text: str, span: str) -> None:
    assert whole(text, span)


def test_sentence_first_word_is_no_business() -> None:
    text = "Pt is 60M. Patients in Dayton often wait. He waited 9 h."
    assert not any(f.text.startswith("Patients") for f in _findings(text))


def test_conference_city_with_its_acronym_stays_clean() -> None:
    text = "SCCM congress in Denver: a session on sepsis by Dr. Ruth Okafor. Great slides."
    assert not [f for f in _findings(text, None) if f.category != "name"]
    assert not [f for f in _findings(text, None) if f.text == "Denver"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # neighbourhoods: "Little <Place>", two place words joined by a hyphen
        ("Pt, 70F, lives in Little Saigon with her daughter.", "Little Saigon"),
        ("Pt, 70F, moved from Maple-Brookside last spring.", "Maple-Brookside"),
        # named sites by their kind word
        ("Pt, 58M, teller at Birch Valley Savings Bank, syncope.", "Birch Valley Savings Bank"),
        (
            "Pt, 30M, arrived from Dunmore Correctional Facility in cuffs.",
            "Dunmore Correctional Facility",
        ),
        ("Pt, 16F, a junior at Garfield HS, overdose.", "Garfield HS"),
        # a street named in Spanish, with its town
        ("Pt, 81F, medics called to 12 Calle Rosa, Arecibo at 3 am.", "12 Calle Rosa, Arecibo"),
        # lower-case places: with a diacritic, or in a post written in lower case
        ("Pt, 30F, flew in from montluçon for the surgery.", "montluçon"),
        ("no caps today. pt is 40m from tallahassee, dka again.", "tallahassee"),
    ],
)
def test_round6_place_classes(text: str, span: str) -> None:
    assert whole(text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Pt 50F. Hurley HS stage 3 in both axillae, on adalimumab.",
        "Pt 50F. The Blood Bank called about her crossmatch.",
        "Pt 50F. History of Guillain-Barre after a flu shot.",
        "Pt 50F with CHF, sent home from the clinic in good shape.",
    ],
)
def test_round6_place_near_misses(text: str) -> None:
    assert not [f for f in _findings(text) if f.category == "geographic"]


def test_county_by_its_short_form_after_a_place_cue() -> None:
    assert whole("Pt 66F, grew up in Tioga Co before moving.", "Tioga Co")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pt, 50s M, Hopi, found down by the road; no ID.", "Hopi"),
        ("Pt 31M back from West Africa with fever, malaria smear sent.", "West Africa"),
        ("Pt 19F, ankle sprain, Ottawa negative, wrap and ice.", "Ottawa"),
        ("Pt 77M, Charcot triad then Reynolds pentad overnight.", "Reynolds"),
    ],
)
def test_peoples_world_regions_and_eponyms_are_no_place(text: str, word: str) -> None:
    assert not [f for f in _findings(text) if word in f.text]


def test_a_nation_is_a_place() -> None:
    assert whole("Pt 44M lives on the Hopi Reservation, 2 h from us.", "Hopi")


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # an agency's case or report number, in any post
        (
            "Sheriff's incident # WCS-25-330917 is on the consult note, sadly.",
            "WCS-25-330917",
            "other_id",
        ),
        (
            "custody mess again: case no. FC-2025-009315 and two lawyers in the hall",
            "FC-2025-009315",
            "other_id",
        ),
        # a record number's shape in a post about record numbers, a sentence from the cue
        (
            "Stop texting MRNs, people. Saw 'rm 3 = H00918273, chest pain' on a group chat.",
            "H00918273",
            "mrn",
        ),
        # a fax number someone sends things from, with the country code and spaces
        (
            "His daughter faxes me her sugar log from 1 (614) 555 0144 every week.",
            "1 (614) 555 0144",
            "fax",
        ),
    ],
)
def test_round6_id_classes(text: str, span: str, category: str) -> None:
    start = text.index(span)
    found = _findings(text, "professional")
    assert any(
        f.category == category and f.start <= start and f.end >= start + len(span) for f in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Our MRN-matching audit used trial NCT04512345 data; slides soon.",
        "Case #12 of our series: a classic presentation of Kawasaki disease.",
        "Protocol IRB-2024-0113 approved, recruiting now.",
    ],
)
def test_round6_id_near_misses(text: str) -> None:
    assert not _findings(text, "professional")


def test_a_site_on_a_street_is_one_place() -> None:
    text = "Pt 52F has been sleeping in the Kmart lot on Birch Ln since June."
    assert whole(text, "Kmart lot on Birch Ln")


def test_a_hospital_thanked_for_a_rotation_is_no_patient_place() -> None:
    text = "Big thanks to the Fairview Regional Medical Center crew for my ICU rotation. Loved it."
    assert not _findings(text, "patient")


def test_a_home_and_its_town_after_a_dash_are_one_place() -> None:
    text = "Pt 93M sent from Good Shepherd Home - Rapid City, hip fracture."
    assert whole(text, "Good Shepherd Home - Rapid City")
