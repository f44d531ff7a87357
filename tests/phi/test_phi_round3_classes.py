"""Round 3: more identifier classes beyond the development corpus, with near-miss negatives."""

from __future__ import annotations

import pytest
from tests._phi_support import covered
from tests._phi_support import findings as _findings

STORY = "67yo F admitted with pneumonia. "


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # 1. conversational ages of 90 and over
        (STORY + '"I\'m 92, honey," she told me at triage.', "92", "age"),
        (STORY + "Her mother, she's 96, lives with them.", "96", "age"),
        (STORY + "A hip replacement at 95 went fine.", "95", "age"),
        (STORY + "He is ninety-eight and still drives.", "ninety-eight", "age"),
        (STORY + "Her grandmother turned a hundred in May.", "turned a hundred", "age"),
        (STORY + "She celebrated her 100th with the nurses.", "100th", "age"),
        (STORY + 'His wife: "I am ninety-one, dear."', "ninety-one", "age"),
        (STORY + "Grandma is 97 and sharp.", "97", "age"),
        (STORY + "Her dad, who is 93, drove her in.", "93", "age"),
        (STORY + "Pacemaker at 94 for CHB.", "94", "age"),
        (STORY + "Turned 90 in the ICU, of all places.", "90", "age"),
        # 2. bare first names in stories
        (STORY + "I visited Walt at the bedside before rounds.", "Walt", "name"),
        (STORY + "Checked on Lorraine in bed 9 twice overnight.", "Lorraine", "name"),
        (STORY + "DJ kept asking for his mom.", "DJ", "name"),
        (STORY + "DJ's mom stayed the night.", "DJ", "name"),
        ("DJ, 7, came in wheezing; admitted to the PICU.", "DJ", "name"),
        (STORY + "His bracelet said Ignatius.", "Ignatius", "name"),
        (STORY + 'Her son Bobby "Tank" Ruiz was there.', 'Bobby "Tank" Ruiz', "name"),
        (STORY + "Discharged Marguerite R. to rehab.", "Marguerite R.", "name"),
        # 3. geography without prepositional cues
        (STORY + "Family drove down; Dodge City is four hours away.", "Dodge City", "geographic"),
        (
            STORY + "Transferred from Sierra Vista Regional overnight.",
            "Sierra Vista Regional",
            "geographic",
        ),
        (STORY + "She lives alone in Unit 2B.", "Unit 2B", "geographic"),
        (STORY + "Found down near 5th and Market by a passerby.", "5th and Market", "geographic"),
        (STORY + "Lives off Main & 3rd behind the diner.", "Main & 3rd", "geographic"),
        (STORY + "Address on file was Apt 4C.", "Apt 4C", "geographic"),
        (STORY + "Lives on Elm with her cats.", "Elm", "geographic"),
        # 4. a cue far from its number
        (STORY + "Please fax the records to his PCP at 312-555-0148.", "312-555-0148", "fax"),
        (STORY + "The plate on his truck: 8KLM442.", "8KLM442", "vehicle"),
        (STORY + "Her DEA reg came up twice; it was AB1234563.", "AB1234563", "license"),
        # 5. numbers with inner spaces
        (STORY + "Her son's cell is +1 404 555 0117.", "+1 404 555 0117", "phone"),
        (STORY + "Pacemaker serial RVH 612094 checked.", "RVH 612094", "device"),
        (STORY + "Pump SN 3MH 04419 2KT alarmed.", "3MH 04419 2KT", "device"),
        (STORY + "Plan ID W2093 31847 on her card.", "W2093 31847", "health_plan"),
        # 6. biometric codes
        (STORY + "Voiceprint VP-220917 was on file with the bank.", "VP-220917", "biometric"),
        (STORY + "Iris template IR-77120 enrolled at intake.", "IR-77120", "biometric"),
        # 7. emails and fundraiser links in venting posts
        (
            "So angry for my patient's family. Write to them at lena.ortiz77@example.com.",
            "lena.ortiz77@example.com",
            "email",
        ),
        (
            "Please help if you can: gofundme.com/f/help-rosas-family",
            "gofundme.com/f/help-rosas-family",
            "url",
        ),
        (
            STORY + "Updates at caringbridge.org/visit/marjorie",
            "caringbridge.org/visit/marjorie",
            "url",
        ),
        ("So tired tonight. Donate to lenasfight.org if you can.", "lenasfight.org", "url"),
        ("Team fundraiser: example.org/fundraiser/lena", "example.org/fundraiser/lena", "url"),
        (
            "Still thinking about that family. Their aunt asked to share rosa.m.diaz@example.net",
            "rosa.m.diaz@example.net",
            "email",
        ),
        # 8. restricted ZIP prefixes, holidays, weeks ago
        (STORY + "Her zip starts with 059.", "059", "geographic"),
        (STORY + "Lives in zip 893xx.", "893xx", "geographic"),
        (STORY + "Fell on the Fourth of July.", "Fourth of July", "date"),
        (STORY + "Admitted two weeks ago after a fall.", "two weeks ago", "date"),
        (STORY + "Family drove 3 hours, Tulsa to here.", "Tulsa", "geographic"),
        (STORY + "She grew up near Hampton Roads.", "Hampton Roads", "geographic"),
        (STORY + "Found down in Pioneer Square.", "Pioneer Square", "geographic"),
        (STORY + "Fax +1 404 555 0117 for records.", "+1 404 555 0117", "fax"),
        (STORY + "Sitting with Bea in room 4.", "Bea", "name"),
        (STORY + "Fingerprint on file #88231 at the bank.", "88231", "biometric"),
        (STORY + "Seen on Labor Day.", "Labor Day", "date"),
        (STORY + "Lives near Lincoln and Douglas.", "Lincoln and Douglas", "geographic"),
    ],
)
def test_flags(text: str, span: str, category: str) -> None:
    found = [(f.text, f.category.value) for f in _findings(text)]
    assert covered(text, span, category), found


@pytest.mark.parametrize(
    "text",
    [
        # 1. near-miss ages
        STORY + "She's 86 and sharp.",
        STORY + "Sat at 95% on room air.",
        STORY + "He turned a corner on day 3.",
        STORY + "Her 100th dose of insulin this admission.",
        # 2. near-miss names: role words and common nouns
        STORY + "Visited Peds at 3; checked on the nurse in bed 9.",
        STORY + "Incident report filed. Police were called.",
        STORY + "John Doe in bed 4 remains unidentified.",
        # 3. near-miss places
        STORY + "Extubated on day 2, transferred to Geri.",
        STORY + "Retail pharmacy could not fill it.",
        STORY + "Sat at 95% on 2L, took 3 units.",
        # 8/9. near-miss dates
        STORY + "Her family sent a Christmas card to the unit.",
        STORY + "She was the 3rd pt with it, and the 2nd pt this week.",
        STORY + "Zip ties on the IV pump.",
        STORY + "Held Heparin for the procedure; saw Gen Surg about the hernia.",
        STORY + "Visited Peds to borrow a pump. Checked on Tele pts. Met Case Management.",
        STORY + "Sodium at 120, sats at 92, weaned at 90.",
        STORY + "Pacemaker rate at 90 for now; pump set at 95; HR at 95 on arrival.",
        STORY + "Lives on Medicaid and SSI; lives on Lasix and Keppra, it seems.",
        STORY + "CT, 5 mm nodule. ICU's family room was full. ED's triage was slow.",
        STORY + "He is 92 kg. Who is 90% sure?",
        STORY + "Reached 95 mg/dl. Turned 100 units down.",
        STORY + "Lives in Unit 4 of the hospice; suite 200 clinic follow-up.",
        STORY + "IV kept infiltrating. OT said no. PT said he can go home.",
        STORY + "Paris classification 0-IIa polyp; Baltimore criteria; Tokyo guidelines grade II.",
        STORY + "Rutherford 4 rest pain; Berlin definition ARDS.",
        STORY + "Pump rate 125 ml/hr; ICD VT zone 180 bpm; plan ID card was missing.",
        STORY + "She is 3rd in line, the 2nd time this month.",
        STORY + "Script signed by the resident; lot 4471 of the vaccine given.",
    ],
)
def test_near_misses_stay_clean(text: str) -> None:
    assert _findings(text) == [], [(f.text, f.rule) for f in _findings(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We're hiring! Nocturnist job in Denver, start date 7/1. Email jobs@example.org to apply.",
        "Cardiology clinic hours changed: call 312-555-0100 or fax 312-555-0101. #clinic",
        "Our anticoag clinic phone 312-555-0100 is staffed 8-5 M-F.",
        "New fax number for our pulmonary clinic: 404-555-0199. Please update your forms.",
        "Now hiring hospitalists in Boise! Start 8/1. Send CV to recruit@example.org",
        "Job: nocturnist, Dodge City, start date 1/15. DM me.",
        "Fellowship applications for 2027 due 10/15. Department contact: fellowship@example.edu",
        "Third case this month with this rash, and the 2nd pt this week. #dermtwitter",
        "Questions about the course? Email cardiology@example.edu. Our patients thank you.",
        "New guideline on sepsis: example.com/fight-sepsis #MedTwitter",
        "Check out the paper at example.com/f/abc",
        "Our ward is strong. Proud of this team.",
        "Veterans: resources at army.mil and findtreatment.recovery.gov #MedTwitter",
    ],
)
def test_professional_posts_are_clean(text: str) -> None:
    assert _findings(text) == [], [(f.text, f.rule) for f in _findings(text)]


def test_dea_check_digit_without_cue() -> None:
    # AB1234563: 1+3+5 + 2*(2+4+6) = 33 -> check digit 3
    assert covered(STORY + "Script signed AB1234563 on the pad.", "AB1234563", "license")
    assert not covered(STORY + "Script signed AB1234567 on the pad.", "AB1234567", "license")
