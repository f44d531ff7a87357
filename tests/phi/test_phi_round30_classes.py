"""Round 30 (from held-out corpora 52-57, scored first): postal codes outside the US, the UK's
National Insurance number by its printed shape, phone numbers grouped as other countries
print them, a score word only when it is a whole word (and not across a sentence's end),
a date closing a post after its cue, NYE, Pi Day and Spanish or Portuguese dates, ages after
"pt" and after initials, "both 93", "one is 96", "98 years."; no longer flagged: "Zero falls",
"Sputum AFB", "Check family hx", "from Central America";
full names of any origin after a relative's "is", a list's "name"
field, families by a surname spelt like a place, surnames before ", bed N", lower-case first
names opening a post before an aside or an age, or spoken to ("no, marisol."); ids printed as
capitals and groups of digits ("QRM 5520 1184 02"); the birth year of a stated age of 90+;
a post with one weak story cue (or "she"/"he"), no professional cue and no news words is a
story.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import table_tests

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    (
        "Home visit, 12 Larch Grove, Leeds LS7 4QF, 80M on home O2.",
        "12 Larch Grove, Leeds LS7 4QF",
        "geographic",
    ),
    ("Pt lives alone near Halifax, B3H 2Y9, and drives to dialysis.", "B3H 2Y9", "geographic"),
    (
        "District nurse visit, Apt 2, 9 Quay St, T12 K8RW. Leg ulcer better.",
        "Apt 2, 9 Quay St, T12 K8RW",
        "geographic",
    ),
    ("82F, lives in Bendigo 3550 with her son, new AF.", "Bendigo 3550", "geographic"),
    (
        "Referral address: 3-1-40, Ameerpet, Hyderabad 500016. 70M, CKD 4.",
        "Hyderabad 500016",
        "geographic",
    ),
    ("Retired farmer from Dubbo NSW 2830, 77M, pneumonia.", "2830", "geographic"),
    ("Our pt's NI number is JP 40 71 22 B and the form wants it twice.", "JP 40 71 22 B", "ssn"),
    ("his daughter left her cel 55 4821 9903 at the desk. 71M, septic.", "55 4821 9903", "phone"),
    ("pt's wife asked us to ring her mob 98201 44732 after the scan.", "98201 44732", "phone"),
    ("Please call the son on 02392 614 880, pt 80M is ready to go home.", "02392 614 880", "phone"),
    ("73F tripped on the front steps 4/19 and broke her wrist.", "4/19", "date"),
    ("Pt slipped on the ice by the bus stops 1/27, 70M, hip fx.", "1/27", "date"),
    ("58M fell off a ladder on 11/6. Bilat calcaneus fx.", "11/6", "date"),
    ("her new pump went in on 5/21", "5/21", "date"),
    ("Spent NYE on the ward with her, 84F, sepsis.", "NYE", "date"),
    ("83M came in on Pi Day with a pulse of 160.", "Pi Day", "date"),
    ("Pt 71F, admitted el 3 de marzo with pneumonia.", "3 de marzo", "date"),
    ("Night shift: pt 96 came in with a UTI and a lot of opinions.", "96", "age"),
    ("pt 101 who still walks to the shop had a syncope.", "101", "age"),
    ("pt (M.T., 94) with a new LBBB and no chest pain.", "94", "age"),
    ("The twins are in beds 3 and 4, both 93, both with flu.", "93", "age"),
    ("Two pts, same name: one is 41, one is 96. Guess whose chart got the insulin.", "96", "age"),
    ("She died at home today. 98 years. A garden full of roses.", "98", "age"),
    (
        "Registration pulled the wrong chart: DOB 2/9/1950, name Arvind Subramaniam.",
        "Arvind Subramaniam",
        "name",
    ),
    ("The Osaka family brought dumplings for the whole unit.", "Osaka", "name"),
    ("Przybylski, bed 7, is still waiting on placement.", "Przybylski", "name"),
    ("Dad is Venkat Iyer, 92, and wants to go home.", "Venkat Iyer", "name"),
    ("odette (81) brought the night shift a pie again.", "odette", "name"),
    (
        "his wife texted at 3am asking if he can have coffee. no, marisol. not yet.",
        "marisol",
        "name",
    ),
    ("Her member ID is on the card: QRM 5520 1184 02, 71F.", "QRM 5520 1184 02", "health_plan"),
    ("Ins: BCX 7781 2204 5 on the face sheet, 80M.", "BCX 7781 2204 5", "health_plan"),
    ("the claim form read CLM 2026 55012 03 for a 61M.", "CLM 2026 55012 03", "other_id"),
]

# (text, context): no finding (but relative dates) when checked with ``context``
CLEAN: list[tuple[str, str | None]] = [
    ("62M, cT2 N1 M0 rectal cancer, short-course RT then TNT.", "patient"),
    ("Pt 58M, T3N1M0 gastric adenocarcinoma, FLOT x4 then surgery.", "patient"),
    ("Pt 70M, onset 0715, LKW 0630, NIHSS 12, TNK given.", "patient"),
    ("Pt 60M, activity index 9/24 on biopsy.", "patient"),
    ("Pt 55F, HR 97 and sats 97% on air; troponin flat.", "patient"),
    ("Chronic Cough (60F): three months, CXR clear, PPI trial.", "patient"),
    ("Pt 70M, 40 years of smoking, both 2 L of O2 and the BiPAP at night.", "patient"),
    ("Pt 66F, our clinic marks 100 years of service this spring.", "patient"),
    ("90+ y/o on 11 meds, 4 falls. Deprescribed 5. Zero falls since.", "patient"),
    ("Pt 40M, cough 3 wks, Sputum AFB 2+, RIPE started.", "patient"),
    ("Pt 50F, BChE deficiency after sux. Check family hx!", "patient"),
    ("Pt from Central America, 30M, farmworker, Cr 3.1.", "patient"),
    ("Pt 66M, BP 142 88 then 128 76 after labetalol.", "patient"),
    ("Pt 70F: HR 88 92 110 114 over the night, then AF.", "patient"),
    ("will (the word, not a person) is how pts say it. ok will. 60M, CHF.", "patient"),
]

# (text, context): what ``check_phi`` decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    # one weak story cue and no professional one: someone's story
    ("Got a postcard from Weiser. CAP, 5 days of abx, home on RA.", "patient"),
    ('email from a fan in Boise: "is my MRI back yet" x4 since 6am.', "patient"),
    # "she" or "he" and no cue of either kind: someone's story
    ("She ran the feed store in Tilden for 30 years and told me so before the biopsy.", "patient"),
    ("Her knee was booked for the 9th, her grandson's wedding. We moved it.", "patient"),
    # "Al-" opening a name is no "et al."
    ('ED board tonight: "Hassan Al-Mansouri" in bed 9, the one flown in from Kearney.', "patient"),
    # the same with a team speaking: news
    ("Got a postcard from our team in Weiser. 5 days of abx for all.", "professional"),
    ("Reminder: the transport line is 555-0100. Call early for unstable neonates.", "professional"),
    (
        "He presented his stewardship data at the regional meeting; slides on our site.",
        "professional",
    ),
    ("Today in Denver: @DrAnaLuz presented her sepsis bundle data. Huge effect.", "professional"),
]

test_found, test_clean, test_context = table_tests(FOUND, CLEAN, CONTEXT)


@pytest.mark.parametrize(("year", "found"), [(2026, True), (2027, True), (2028, False)])
def test_the_birth_year_of_a_stated_age(year: int, found: bool) -> None:
    # 95 in 2026 was born in 1931 or 1930; in 2028, in 1933 or 1932
    report = mt.check_phi("Her ID card says 1931. She's 95 and says otherwise.", year=year)
    assert (("1931", "date.birth_year") in [(f.text, f.rule) for f in report.findings]) is found


def test_a_year_after_a_town_is_no_postcode() -> None:
    report = mt.check_phi(
        "Pt 66F from Boston 2019 rehab cohort, now walks 2 km.", context="patient"
    )
    assert not any("2019" in f.text for f in report.findings)


def test_a_national_insurance_number_makes_a_post_a_story() -> None:
    report = mt.check_phi("RT if a caller has ever read you TN 31 82 44 A as a phone number")
    assert [(f.text, f.rule) for f in report.findings] == [("TN 31 82 44 A", "ssn.national")]
    assert report.context == "patient"


@pytest.mark.parametrize(
    "text", ["Postcodes like LS7 4QF decide which trust gets the referral.", "Boston 2500 runners"]
)
def test_postcodes_outside_a_story_are_not_flagged(text: str) -> None:
    assert mt.check_phi(text, context="professional").findings == ()
