"""Round 5 (geography, ids, contacts): classes of identifiers that blind writers used.

Every example is invented for this file; each positive class has near-miss negatives.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered
from tests._phi_support import findings as _findings

STORY = "71yo M admitted with sepsis. "


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # an id value a few words after its cue
        (STORY + "Her driver's license arrived today, K553-2210-8874, new name.", "K553-2210-8874",
         "license"),
        (STORY + "Who sends DL numbers in a referral? QRT7H2MP991X just sat in the HPI.",
         "QRT7H2MP991X", "license"),
        (STORY + "Claim denied since the member ID got keyed as ZPQ557120984 again.",
         "ZPQ557120984", "health_plan"),
        (STORY + "His spinal cord stimulator (NSX-22-90817) shows on the board.", "NSX-22-90817",
         "device"),
        (STORY + "The bank's voice ID system read it back as VB-771-20-3390 to us.",
         "VB-771-20-3390", "biometric"),
        (STORY + "Old MRN from the other system, KH-5520913, still on his band.", "KH-5520913",
         "mrn"),
        # an agency prefix before the digits
        (STORY + "Jail sent him with inmate no. TDCJ 2290517 on his band.", "TDCJ 2290517",
         "other_id"),
        (STORY + "Insurance # BCX 551 220 9917 was wrong on the form.", "BCX 551 220 9917",
         "health_plan"),
        (STORY + "Army service number 41 220 917 inked on his arm.", "41 220 917", "other_id"),
        # the last four of an SSN
        (STORY + "Her SSN is not a password: the desk asked for the last 4 (7730) aloud.", "7730",
         "ssn"),
        (STORY + "The mailer showed xxx-xx-6613 and her address.", "6613", "ssn"),
        (STORY + "He wants the last four of his social, ending 2284, on the note.", "2284", "ssn"),
        # a state and a plate after a vehicle word
        (STORY + "Neighbor's van (OH K71-PRZ) was parked at the door.", "K71-PRZ", "vehicle"),
        (STORY + "Drove in his pickup, MT 33-C417, still bleeding.", "33-C417", "vehicle"),
        # ten undivided digits after a calling word
        (STORY + "His son phoned the ward from 4065550187 every hour.", "4065550187", "phone"),
    ],
)  # fmt: skip
def test_identifier_classes(text: str, span: str, category: str) -> None:
    assert covered(text, span, category), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        # ids need a strong shape: no phone shapes, year ranges, doses or trial numbers
        "Medicare policy for 2025-2026 changes prior auth again. Write your reps.",
        "Device trial NCT04455120 enrolled its last patient; results next year.",
        "License renewal CME: 25 credits due by the deadline, course code 55 on the site.",
        STORY + "Pump at 12 units/h, then the insulin pump settings were reviewed.",
        STORY + "Pacemaker check normal. ICD-10 code I49.5 entered.",
        # "last 4" without an SSN in the post
        STORY + "Last 4 doses of vanc were held; trough 22.",
        # a plate needs a vehicle word and letters in it
        STORY + "Moved to NY 10027 region? no: lives in a shelter, no car.",
        # a biometric word with no owner is not a patient's trait
        "Retina scan, palm print, whatever: new badge readers use biometrics for staff only.",
        # ten digits need a calling word
        STORY + "Lot 4065550187 of the heparin was recalled.",
    ],
)
def test_identifier_near_misses(text: str) -> None:
    found = [
        f
        for f in _findings(text)
        if f.category.value
        in ("license", "health_plan", "device", "biometric", "mrn", "other_id", "ssn", "vehicle",
            "phone", "account")
    ]  # fmt: skip
    assert found == [], found


def test_biometric_id_replaces_the_trait_word() -> None:
    text = STORY + "His fingerprint card came back as ref AFX-2209-71 from the state."
    found = [(f.category.value, f.text) for f in _findings(text) if f.category == "biometric"]
    assert found == [("biometric", "AFX-2209-71")]


def test_an_owned_trait_alone_still_counts() -> None:
    text = STORY + "Police identified him by his fingerprints within the hour."
    assert covered(text, "fingerprints", "biometric")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # places of worship
        (STORY + "His choir practice at New Hope Missionary Baptist runs late.",
         "New Hope Missionary Baptist"),
        (STORY + "She sings at Bethel Grove AME most Sundays.", "Bethel Grove AME"),
        (STORY + "Potluck at Our Lady of the Pines went badly for her gut.",
         "Our Lady of the Pines"),
        (STORY + "Walks laps at the Islamic Center every morning.", "Islamic Center"),
        # military bases and yards
        (STORY + "Welder at Brannock Naval Shipyard for 30 years.", "Brannock Naval Shipyard"),
        (STORY + "Stationed at Camp Harwell until last spring.", "Camp Harwell"),
        # named venues "<kind> of <name>"
        (STORY + "Collapsed near the food court at the Mall of Tallgrass.", "Mall of Tallgrass"),
        (STORY + "Sent to Moravian Home of Kettering.", "Moravian Home of Kettering"),
        # an employer after a work cue, a business by its site, a business in a town
        (STORY + "He stocks shelves at Pellham Foods on nights.", "Pellham Foods"),
        (STORY + "She is a cashier for Quickmart and lost her insurance.", "Quickmart"),
        (STORY + "Injured his back at the Ferro warehouse lifting boxes.", "Ferro"),
        (STORY + "Sleeping in his car behind the Gasmart in Tulsa.", "Gasmart"),
        # a known place at a sentence's start, then a place word
        (STORY + "Everyone knows everyone. Tulsa is a small town that way.", "Tulsa"),
        (STORY + "Thanks for nothing. Tulsa GI clinic, you know who you are.", "Tulsa"),
        # a facility's campus town after a dash
        (STORY + "Moved to Unity Medical Center - Cedar Rapids overnight.",
         "Unity Medical Center - Cedar Rapids"),
    ],
)  # fmt: skip
def test_place_classes(text: str, span: str) -> None:
    assert covered(text, span, "geographic"), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Raised Southern Baptist, he declined blood products after a long talk.",
        STORY + "Burns: the Parkland formula gave 8 L over the first day.",
        STORY + "She works at night and sleeps all day; shift work disorder.",
        STORY + "Works for Medicaid as a case manager, so she knows the forms.",
        STORY + "Going home of course depends on PT.",
    ],
)
def test_place_near_misses(text: str) -> None:
    found = [f.text for f in _findings(text) if f.category == "geographic"]
    assert found == [], found


@pytest.mark.parametrize(
    "text",
    [
        # a kind of care before a unit word, not a place
        "Thread 🧵 Bariatric ICU life. She is 67, came in with a leak after her sleeve.",
        "1/ Geriatric clinic today: 84F with falls, on 11 meds, her son at the bedside.",
        "Attn ED docs: 59M with chest pain and a normal ECG still needs a troponin.",
        "Case from a rural Montana clinic: 41F, K 2.6, normal BP, on no diuretics.",
        "Tiny-town hospital, one CT tech, and a 70M with a dissection. Transferred.",
        # a place inside an eponymous test, mutation or classification
        "Factor V Leiden heterozygous, 31F on OCPs, now with a DVT. Admitted.",
        "Crohn disease, Montreal A3L1B2, 28M admitted with a flare. Started steroids.",
    ],
)
def test_kind_words_are_not_places(text: str) -> None:
    found = [f.text for f in _findings(text) if f.category == "geographic"]
    assert found == [], found


def test_a_city_spelt_with_diacritics() -> None:
    text = STORY + "Her sister in Kraków reads his weights every day."
    assert covered(text, "Kraków", "geographic")


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # a fax that went somewhere, even in a post not read as a patient story
        ("Someone faxed a consult note to us by mistake; the return fax was 919-555-0176.",
         "919-555-0176", "fax"),
        ("Fax to the rehab bounced all night. Number on file 770-555-0119. It's 2026.",
         "770-555-0119", "fax"),
        # several ids after one cue
        (STORY + "Palm templates (PVT-3301-C / PVT-3301-D) got swapped at check-in.",
         "PVT-3301-D", "biometric"),
        # a plate cue far from its value, a subject number a few words on
        (STORY + "The deputy read out the plate from the crash report for us: 6TRW218.",
         "6TRW218", "vehicle"),
        (STORY + "His trial subject number was on the AVS: BK-2207-114.", "BK-2207-114",
         "other_id"),
    ],
)  # fmt: skip
def test_more_identifier_classes(text: str, span: str, category: str) -> None:
    assert covered(text, span, category), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a department's published fax is not a patient's
        "Our clinic's referral line moved: call 919-555-0170, fax 919-555-0171. Update your "
        "directories please.",
        # a tattoo's words that name no one, a multiplier after "chart"
        STORY + 'Tattoo on his arm reading "NO REGRETS" and a DNR card in his wallet.',
        STORY + "Someone opened the chart 30x in an hour; it was his mom.",
    ],
)
def test_more_identifier_near_misses(text: str) -> None:
    found = [
        f.text
        for f in _findings(text)
        if f.category.value in ("fax", "phone", "other_id", "mrn", "biometric")
    ]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a town with its state abbreviation, as one place
        (STORY + "Still farming outside Sheridan, WY at his age.", "Sheridan, WY"),
        # a known place before a word for its people
        (STORY + "Rang the bell after chemo. Amarillo folks bring the best casseroles.",
         "Amarillo"),
        # a numbered street with a USPS suffix
        (STORY + "Send the card to 14 Heron Cove, please.", "14 Heron Cove"),
    ],
)  # fmt: skip
def test_more_place_classes(text: str, span: str) -> None:
    assert covered(text, span, "geographic"), _findings(text)


def test_a_language_is_not_a_place() -> None:
    text = STORY + "Her son translated in Tagalog at the bedside."
    assert [f.text for f in _findings(text) if f.category == "geographic"] == []


@pytest.mark.parametrize(
    "text",
    [
        # where clinicians work or meet, in a sentence with no patient in it
        "Grand rounds at Riverside Memorial Hospital today: sepsis bundles revisited. "
        "Great talk, 67yo M case at the end was a teaching gem.",
        "Proud to call him a colleague here at Kessler Regional in Tulsa. 🙌",
        "Our new ED in Fargo opens in March! Come work with us.",
        "CHEST 2026 in Denver: session on ILD by Dr. Anaya Ruiz. Standing room only.",
        # a place before a roman-numeral category is a classification
        "Thyroid FNA came back Bethesda IV; lobectomy planned. 45F admitted for it.",
    ],
)
def test_institution_sentences_name_no_patient_place(text: str) -> None:
    found = [f.text for f in _findings(text) if f.category in ("geographic", "name")]
    assert found == [], found


def test_a_patient_in_the_same_sentence_keeps_the_place() -> None:
    # the story context is given: this tests the place rule, not the context decision
    text = "Grand rounds case: 44F, a teacher at Maple Hollow Elementary, with a new murmur."
    assert covered(text, "Maple Hollow Elementary", "geographic", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        # toll-free lines and role mailboxes belong to no patient
        STORY + "Grandson ate a vape pod. Poison control: 1-800-222-1222, they were great.",
        STORY + "The insurance nurse line (877) 555-0190 said to come in.",
        "New clinic opening in March! Send CVs to peds.careers@example-health.org",
    ],
)
def test_public_lines_are_not_patients(text: str) -> None:
    found = [f.text for f in _findings(text) if f.category in ("phone", "email")]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # town shapes with a plural landform, strong prefixes without a preposition
        (STORY + "Sent home to Seven Oaks with hospice.", "Seven Oaks"),
        (STORY + "Lake Tamarack in July is all jet-ski injuries.", "Lake Tamarack"),
        (STORY + "Fort Carrow has one clinic and he runs it.", "Fort Carrow"),
        # dedications that name a hospital after a place cue
        (STORY + "Transferred to Holy Family for dialysis.", "Holy Family"),
        (STORY + "Her twins were born at Sacred Heart last spring.", "Sacred Heart"),
    ],
)  # fmt: skip
def test_town_shapes_and_dedications(text: str, span: str) -> None:
    assert covered(text, span, "geographic"), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Lake Louise score 5 on arrival at altitude.",
        STORY + "San Joaquin Valley fever on the differential.",
        STORY + "The Good Samaritan law covered the friend who called.",
        "Employer hotline aside: our toll-free employee line is not PHI.",
    ],
)
def test_town_shape_near_misses(text: str) -> None:
    found = [f.text for f in _findings(text) if f.category == "geographic"]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # a facility acronym after a transfer, a district name, a spaced serial
        (STORY + "Flown to KVMC overnight for a hip fx.", "KVMC", "geographic"),
        # (the shop goes with the district it stands in since round 43)
        (STORY + "She runs a noodle shop in Riverside-Harbor District.",
         "noodle shop in Riverside-Harbor District", "geographic"),
        (STORY + "His pump (SN 4PX 55120 7QT) fell off again.", "4PX 55120 7QT", "device"),
    ],
)  # fmt: skip
def test_acronyms_districts_spaced_serials(text: str, span: str, category: str) -> None:
    assert covered(text, span, category), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Taken to CVICU, then sent to IR, then transferred to MICU.",
        STORY + "Her HM3 controller alarmed twice overnight.",
    ],
)
def test_units_and_models_are_not_places_or_serials(text: str) -> None:
    found = [f.text for f in _findings(text) if f.category in ("geographic", "device")]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # a post about a patient or family, even when not read as a case story
        ("A dad logged in from IP 98.41.7.203 twenty times to check his son's labs. Love him.",
         "98.41.7.203", "ip"),
        ("Her mom shares every scan on instagram.com/teamjunebug_ and tags us. Sweet but no.",
         "instagram.com/teamjunebug_", "url"),
    ],
)  # fmt: skip
def test_links_in_posts_about_a_family(text: str, span: str, category: str) -> None:
    assert covered(text, span, category), _findings(text)


def test_a_lecture_link_is_not_a_familys() -> None:
    text = "Recording of Prof. Ada Mensah's talk on sepsis: https://www.youtube.com/watch?v=x1Y2z3"
    assert _findings(text) == []


def test_an_id_in_the_post_replaces_a_bare_trait_word() -> None:
    text = STORY + "The iris scan at intake matched him to inmate # 00417729 right away."
    found = [(f.category.value, f.text) for f in _findings(text) if f.category != "age"]
    assert ("biometric", "iris scan") not in found
    assert covered(text, "00417729", "other_id")


def test_a_lakes_development_is_a_place() -> None:
    text = STORY + "Near-drowning at the Heron Lakes community pool last summer."
    assert covered(text, "Heron Lakes", "geographic")


def test_a_personal_blog_in_a_post_about_a_patient() -> None:
    text = (
        "2/ she writes about chemo at lenasbreadandchemo.blogspot.com, better patient ed than ours"
    )
    assert covered(text, "lenasbreadandchemo.blogspot.com", "url")


def test_a_case_number_after_no_is_one_id() -> None:
    text = STORY + "Jail sent his case no. CR-2026-118802 with him."
    assert covered(text, "CR-2026-118802", "other_id")


def test_a_study_number_in_a_professional_post_is_not_flagged() -> None:
    assert _findings("Our IRB study no. 2024-041277 was approved for the registry.") == []


def test_a_number_something_was_faxed_from() -> None:
    text = "The school nurse faxed over the seizure plan from (402) 555-0161. FAXED. In 2026."
    assert covered(text, "(402) 555-0161", "fax")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (STORY + "Her son's email is raj dot patel at mailbox dot com, please call.",
         "raj dot patel at mailbox dot com"),
        (STORY + "Reach his wife at dana.k [at] example dot org.", "dana.k [at] example dot org"),
    ],
)  # fmt: skip
def test_spelt_out_emails(text: str, span: str) -> None:
    assert covered(text, span, "email"), _findings(text)


def test_a_plain_at_is_not_a_spelt_out_email() -> None:
    text = STORY + "Dot plot of troponin at home.com? no, at the bedside."
    assert [f for f in _findings(text) if f.category == "email"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (STORY + "Plays cards at the Moose Lodge most nights.", "Moose Lodge"),
        (STORY + "Bingo at American Legion Post 208 on Fridays.", "American Legion Post 208"),
        (STORY + "Lives at Willow Run Mobile Home Park.", "Willow Run Mobile Home Park"),
    ],
)  # fmt: skip
def test_social_venues(text: str, span: str) -> None:
    assert covered(text, span, "geographic"), _findings(text)


def test_a_care_system_with_its_campus_town() -> None:
    text = STORY + "Transferred from Kaiser Fresno after two days."
    assert covered(text, "Kaiser Fresno", "geographic")


def test_a_patient_named_in_a_thank_you_keeps_the_place() -> None:
    text = "Shout-out to the nurses at Bellwood Regional who sat with Mrs. Oduya all night."
    assert covered(text, "Bellwood Regional", "geographic", context="patient")


def test_the_town_before_a_zip_cue() -> None:
    text = STORY + "Pt from May, ZIP 83464, needs a ride to clinic."
    start = text.index("May,")
    assert any(f.start <= start and f.end >= start + 3 for f in _findings(text))


def test_the_tail_of_a_vin() -> None:
    text = STORY + "Her truck's VIN ends in 55821, the deputy said."
    assert covered(text, "55821", "vehicle")


def test_a_passport_number_after_its_country() -> None:
    text = STORY + "Passport (Peru) K55120934 was in his backpack."
    assert covered(text, "K55120934", "other_id")
