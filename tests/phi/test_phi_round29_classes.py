"""Round 29 (from held-out corpora 44-51, scored first): full names of any origin with an age,
a capitalised label name before its record number on the next line, names by their bed,
lower-case names after "named" and "my patient".

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import table_tests

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
    ("3rd strep case from Busy Bee Daycare this week, 5yo.", "Busy Bee Daycare", "geographic"),
    (
        "fell off a grain bin at Prairie Gold Co-op, 50M, L1 burst fx.",
        "Prairie Gold Co-op",
        "geographic",
    ),
    (
        "nail gun injury at his job at Kessler Lumber & Truss, 40M.",
        "Kessler Lumber & Truss",
        "geographic",
    ),
    (
        "97F still drives her Buick to First Methodist every Sunday.",
        "First Methodist",
        "geographic",
    ),
    ("Mr. Kowal (yes, a home fax, he's 93) wants it FAXED. pt", "93", "age"),
    ("Her mom, Mrs Tran Thi Mai, is 94 and sharper than me.", "94", "age"),
    ("Lady in bed 9 (97!) sang hymns through her nebulizer.", "97", "age"),
    ("that's my pt's DEA, he's a retired GP, 91 next week.", "91", "age"),
    ("Ms. K is 92 today and celebrated with cake on the unit.", "92", "age"),
    ('the nursing home note: "Mr Okafor 93, DNR, call daughter"', "93", "age"),
    ("Grandpa Moe died the 14th at 99. He called every nurse kiddo.", "99", "age"),
    ("3/ Discharged day after Easter on DAPT, 58M.", "day after Easter", "date"),
    ("sutures come out friday the 9th, she said good, wedding sat. pt", "friday the 9th", "date"),
    ("Sr. Ana emailed a wound pic. Last Tuesday's: granulating. pt", "Last Tuesday", "date"),
    ("faxed the GI referral on 1/22, 2/5 and 2/19, never received. pt", "2/5", "date"),
]

# (text, context): clean posts that must stay without findings (context None: decided alone)
CLEAN: list[tuple[str, str | None]] = [
    ("Sickle Cell, 23F, HU 20 mg/kg started, crisis frequency halved.", "patient"),
    ("Chest Pain, 45M, trop neg x2, HEART 3, home.", "patient"),
    ("Stable Angina, 54M, on aspirin and a statin.", "patient"),
    ("a Southern Baptist deacon, 70M, CHF, BNP 900.", "patient"),
    ("HR went to 96 after the bolus, 70M, sepsis, lactate 4.", "patient"),
    ("MMSE 24/30, 3/5 recall, 80F, mild NCD.", "patient"),
    ("58M, 40% TBSA, 80 kg. Parkland = 4 x 70 x 30 = 12.8 L in 24h.", "patient"),
    ("60s man with myeloma on Dara-VRd, MRD negative at 12 mo.", "patient"),
    (
        "'is Jardiance a person?' no sir. Also said hi to Brilinta and Farxiga. 70M, A1c 7.4",
        "patient",
    ),
    ("Strength 4/5, 3/5 in the LLE, 70M, new stroke.", "patient"),
    ("BP 140/90 at triage and 140 over 90 at home too, 70M.", "patient"),
    ("You're in bed 4 till the CT is read, sir. 58M, RLQ pain.", "patient"),
]


test_found, test_clean = table_tests(FOUND, CLEAN)


# (text): professional posts that stay professional, with no findings
PROFESSIONAL: list[str] = [
    "Thanks for extending the telehealth waiver to Dec 31. Our pts in the Panhandle drive far.",
    "Shoutout to the Hospital Auxiliary volunteers: 50 years of hats for every baby born here!",
    "Mass casualty drill this Saturday at the fairgrounds. Press contact: comms@county.example.gov",
    "Recruiting for the BEAT-X trial (NCT05670000), 6-24mo, ED sites. Questions: (801) 555-0100",
    "Visiting prof Dr. Asha Rao (AIIMS Delhi) on bedside ECGs at 7am. Residents showed up.",
    "Our case management voicemail is (404) 555-0100, checked hourly. Love, your CM team.",
    "Our heart failure clinic has a new referral fax: 612-555-0100. Clinic RN line 612-555-0101.",
    "On this day in 1816, René Laennec rolled up paper and invented the stethoscope.",
]


@pytest.mark.parametrize("text", PROFESSIONAL)
def test_professional_posts(text: str) -> None:
    report = mt.check_phi(text)
    assert (report.context, report.findings) == ("professional", ())


def test_a_full_name_takes_its_age_as_a_story() -> None:
    report = mt.check_phi("Dad is Thanh Lan, 94, from Iselin. EKG by text.")
    assert report.context == "patient"
