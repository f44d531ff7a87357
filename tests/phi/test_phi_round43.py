"""Round 43.

Written from the residual misses of every corpus scored so far (0-137), before holdout138-141
were written:
- a business or site right before the street or town it stands on or in belongs to the place
  ("the laundromat on Greer St", "a salon on Mission St", "the Jennie-O turkey plant in
  Barron", "the needle exchange at 4th and Pine");
- a town spelt like a first name right after a site in it is the site's town ("the Elks
  Lodge in Cheyenne");
- a post with one professional cue at most is read as the story it is when a story's reading
  finds what only a story or a record is written with: a name on a label ('"Rm 8 - VASQUEZ,
  T"'), a ZIP ("behind the Kroger on Ponce, 30306"), an SSN's last four, a name with its age,
  a nickname, a coded case number; not a department's phone number, a full name with its
  middle initial ("John B. Murphy, Chicago surgeon"), nor a unit before a word ("60 °C.
  Scabies").

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import table_tests

import medtweet as mt
from medtweet.phi._digits import western_digits

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # a business or site before the street or town it is on or in
    (
        "She lives above the laundromat on Greer St, 58F, HTN.",
        "laundromat on Greer St",
        "geographic",
    ),
    ("Works at a bakery on Market St now. Sober 2 yrs.", "bakery on Market St", "geographic"),
    (
        "Works at the Jennie-O turkey plant in Barron. AFB neg.",
        "Jennie-O turkey plant in Barron",
        "geographic",
    ),
    (
        "Brought a cake to the needle exchange at 4th and Pine.",
        "needle exchange at 4th and Pine",
        "geographic",
    ),
    # a town spelt like a first name after a site in it
    (
        "Line dancing at the Elks Lodge in Cheyenne by spring, she says.",
        "Elks Lodge in Cheyenne",
        "geographic",
    ),
    # after holdout138
    (
        "Admit for pneumonia, name on the board: T. Okafor-Hale. Knew his son.",
        "T. Okafor-Hale",
        "name",
    ),
    (
        "Trauma bay: GSW, 19M, came in from East Side. 6 units. He made it.",
        "East Side",
        "geographic",
    ),
    ("Pt list:\n- DW chest pain\n- KL syncope\n- AB cellulitis", "KL", "name"),
    (
        'EMS scrawl on a glove: "Wanda \u2014 Pine Court lot 9 \u2014 555-0199." Classic.',
        "Wanda",
        "name",
    ),
    ('His emergency contact is listed as "Honeybear" with no number.', "Honeybear", "name"),
    # a known first name found alone takes the rest of its name after it
    (
        "He crossed to Santana do Livramento for his meds, pt 70M.",
        "Santana do Livramento",
        "geographic",
    ),
    # after holdout139: a place before a road's word is the road; Texas's farm-to-market
    # roads; a ZIP+4 after its cue
    (
        "She wants to go home to Blossom Hill Road to die in her garden.",
        "Blossom Hill Road",
        "geographic",
    ),
    (
        "EMS: rollover on Farm to Market 1960, driver trapped 30 min.",
        "Farm to Market 1960",
        "geographic",
    ),
    (
        "Registration put his ZIP+4 as 88256-0012. Everyone there knows him.",
        "88256-0012",
        "geographic",
    ),
    # a town in no list, where someone goes home to
    ("Discharged Mr. Keane home to Drumshanbo after 6 weeks with us.", "Drumshanbo", "geographic"),
    # after holdout140-141 were scored sealed: a plan's group number by "Grp", a prior
    # authorisation by "PA#", an SSN's "last-4"
    ("Policy # U55120877, Grp 4410-B. Denied. It's metformin.", "4410-B", "health_plan"),
    ("PA#: 31-220-55817 / Rx: Dupixent / status: DENIED.", "31-220-55817", "other_id"),
    ("Looked up his old chart by SSN last-4 (8120): a duplicate MRN again.", "8120", "ssn"),
    # a found name's initials elsewhere in the post
    ("Pt K.M., 58M, in from Lakewood with a STEMI. KM is eating jello now.", "KM", "name"),
    ("Had pt Liam Patrick Doyle (LPD on the board) after a dirt-bike crash.", "LPD", "name"),
    # a patient's "session" or "talk" does not make its sentence a clinicians' event
    (
        "Amir's mother drives him in from Hamtramck for every dialysis session. pt",
        "Hamtramck",
        "geographic",
    ),
    (
        "Safe sleep talk with Nora's mom, whose sister's baby died of SIDS in Wenatchee.",
        "Wenatchee",
        "geographic",
    ),
    (
        "Proud of our pt: 6 months sober, back at work at the mill in Longview.",
        "Longview",
        "geographic",
    ),
]

# (text, context): no finding but relative dates
CLEAN: list[tuple[str, str | None]] = [
    ("The cath lab on 4 North is closed for cleaning until noon.", None),
    ("Grand rounds at the station in Boston was great: thanks Dr. Lee.", None),
    ('His wife is saved as "DON\'T ANSWER" in his phone. 71M, CHF.', "patient"),
    (
        "Amazing talk by @DrAdaeze at #IDWeek in Atlanta on congenital syphilis. 10x since 2012.",
        None,
    ),
    ("Heading to the PAS meeting in Toronto, April 30. Presenting our NICU data, Room 718A.", None),
    ("Pt 80M moved to Rehab, then home to Mom and the dog.", "patient"),
    ("Pt 70M, CAP, grew up in Florida, moved to Canada.", "patient"),
    # after holdout140-141 were scored sealed: a colleague by the team they are from; patients
    # in general are "your patients" too
    (
        "With a pharmacist, Maria from our inpatient team, fixing a 60F's heparin drip.",
        "patient",
    ),
    (
        "Our clinic's after-hours nurse line is (614) 555-0199. Please share with your patients.",
        None,
    ),
    ("Agenda for M&M:\n- QI update from the ED\n- MM review of sepsis bundle\n- CV changes", None),
]

test_found, test_clean = table_tests(FOUND, CLEAN)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My pt works at a salon on Mission St and cried today.", "salon on Mission St"),
        ("Pt, 61M, fell at the Safeway parking garage on Broadway.", "parking garage on Broadway"),
    ],
)
def test_the_site_is_one_finding_with_its_street(text: str, place: str) -> None:
    found = [f for f in mt.check_phi(text, context="patient").findings if place in f.text]
    assert len(found) == 1
    assert found[0].category is mt.Category.GEOGRAPHIC


def test_an_article_before_the_site_is_left_out() -> None:
    found = mt.check_phi("She lives above the laundromat on Greer St.", context="patient")
    assert [f.text for f in found.findings] == ["laundromat on Greer St."]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'Saw it on IG: "Rm 8 - VASQUEZ, T - SI, 1:1" on a bed board. Crop your photos.',
            "VASQUEZ, T",
        ),
        (
            "Shelter outreach: the vet sleeping behind the Kroger on Ponce, 30306, needs socks.",
            "30306",
        ),
        (
            '"what\'s the last four" "0912" "no, of your PHONE" "oh. 4471" - registration desk',
            "0912",
        ),
    ],
)
def test_what_only_a_story_is_written_with_makes_the_post_one(text: str, value: str) -> None:
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert any(value in f.text for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Job alert: cardiac sonographer in Tucson. HR: 520-555-0121. Weekends off.",
        "Fun fact: John B. Murphy, Chicago surgeon, 1857-1916, gave us Murphy's sign.",
        "Wash all bedding at 60 °C. Scabies is a household diagnosis.",
    ],
)
def test_a_phone_a_middle_initial_or_a_unit_leaves_the_post_professional(text: str) -> None:
    report = mt.check_phi(text)
    assert report.context == "professional"
    assert report.findings == ()


def test_a_units_letter_is_no_initial_in_a_story() -> None:
    text = "Itching household. Wash all bedding at 60 °C. Scabies is a household diagnosis."
    found = mt.check_phi(text, context="patient").findings
    assert not any(f.category is mt.Category.NAME for f in found)


def test_a_first_name_takes_no_contraction_of_i_as_its_surname() -> None:
    found = mt.check_phi("Amara I'm so proud of you. pt 14F, DKA resolved.", context="patient")
    assert "Amara I'm" not in [f.text for f in found.findings]


def test_patients_from_a_named_workplace_tell_a_story() -> None:
    text = "Occ med: 4 crush injuries this month, all from the Ridgeway Lumber mill in Dillard."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert "Dillard" in " ".join(f.text for f in report.findings)


def test_digits_beyond_the_basic_plane_are_read_as_western_digits() -> None:
    text = "SN \U000111d0\U0001d7d7\u0663 abc"
    assert western_digits(text) == "SN 093 abc"


def test_initials_before_a_value_are_its_cue_not_the_name() -> None:
    text = "Pacer check: Sigrid Nordahl, 95, Azure XT, SN RNB418803S, battery 9 yrs."
    found = mt.check_phi(text, context="patient").findings
    assert "SN" not in [f.text for f in found if f.category is mt.Category.NAME]
