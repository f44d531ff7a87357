"""Identifier forms beyond the development corpus: each class of rule with new sentences."""

from __future__ import annotations

import pytest
from tests._phi_support import covered as _covered
from tests._phi_support import findings as _findings

import medtweet as mt

STORY = "61yo F presented with dyspnea. "


def covered(
    text: str, span: str, category: str, *, nth: int = 0, context: str | None = None
) -> bool:
    """A finding of ``category`` covers the ``nth`` ``span`` (and at most 12 more characters)."""
    return _covered(text, span, category, context=context, nth=nth, slack=12)


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # 1. record numbers in other formats and positions
        (STORY + "MR# 702-318-55 on the face sheet.", "702-318-55", "mrn"),
        (STORY + "Her MRN 6120 4471 was on every label.", "6120 4471", "mrn"),
        (STORY + "The MRN printed on her armband (5093318) was a duplicate.", "5093318", "mrn"),
        (STORY + "Chart number [8820176] was flagged for merge.", "8820176", "mrn"),
        (STORY + "Acct 4410-2291-07 went to collections.", "4410-2291-07", "account"),
        (STORY + "MR 6093317 on the wristband.", "6093317", "mrn"),
        (STORY + "Her MRN is on the sticker: 6093317.", "6093317", "mrn"),
        (STORY + "Hospital # 6093317 was on the old chart.", "6093317", "mrn"),
        # 8. other ids, generic and specific cues
        (STORY + "Her wristband #73-2291 was scanned.", "73-2291", "other_id"),
        (STORY + "DOC #6604127 on his transfer papers.", "6604127", "other_id"),
        (STORY + "Court case no. 2023-CR-00871 is pending.", "2023-CR-00871", "other_id"),
        (STORY + "Gym locker number 55120 had his meds.", "55120", "other_id"),
        (STORY + "Filed under no. QX-88123 by intake.", "QX-88123", "other_id"),
        (STORY + "A tattoo reading 'Delia 1987' on her wrist.", "Delia 1987", "other_id"),
        (STORY + 'He has a tattoo of the name "Marisol" on his arm.', "Marisol", "other_id"),
        (STORY + 'Her ring engraving "Dot & Abe 1961" was logged.', "Dot & Abe 1961", "other_id"),
        (STORY + "NREMT #P4471290 on his card.", "P4471290", "license"),
        (STORY + "Reg # 8TRW552 on the pickup.", "8TRW552", "license"),
        (STORY + "Benefits no. KY30918 confirmed by phone.", "KY30918", "health_plan"),
        (STORY + "LVAD controller serial 7731-XB04 noted.", "7731-XB04", "device"),
        # 3. bare first names with syntactic cues
        ("Rosalind, 23F, came back in DKA again.", "Rosalind", "name"),
        ("Admitted my pt (Thaddeus) overnight with sepsis.", "Thaddeus", "name"),
        ("Shoutout to Tamika, my longest-serving pt, who got her transplant.", "Tamika", "name"),
        ("Pt admitted with CHF (R. Pemberton) and AKI.", "R. Pemberton", "name"),
        # 4. ages of 90 and over in other forms
        ("Great-grandma Opal (97!) admitted after a fall.", "97", "age"),
        (STORY + "Aged ninety-four and sharp as a tack.", "ninety-four", "age"),
        (STORY + "A 96-y-o man with urosepsis.", "96-y-o", "age"),
        (STORY + "She's 93 and still drives.", "93", "age"),
        (STORY + "Pt is 101 years young.", "101 years young", "age"),
        (STORY + "92/F with syncope.", "92/F", "age"),
        (STORY + "She is one hundred and two and still sharp.", "one hundred and two", "age"),
        # 5. dates, and stories told without classic cues
        (STORY + "First seen 07-19 in clinic.", "07-19", "date"),
        (STORY + "Symptoms began three Sundays ago.", "three Sundays ago", "date"),
        ("His ICD fired nine times on Memorial Day. He is home now.", "Memorial Day", "date"),
        (
            "She slipped on ice, fractured her hip and was found on New Year's Day.",
            "New Year's Day",
            "date",
        ),
        # 6. geography
        ("Pt from Lake Wendell presented with a STEMI.", "Lake Wendell", "geographic"),
        (STORY + "Lives just outside Corbin Falls.", "Corbin Falls", "geographic"),
        (STORY + "Drove in from Port Ellery.", "Port Ellery", "geographic"),
        (STORY + "Moved here from Harlow City last year.", "Harlow City", "geographic"),
        (
            STORY + "Transferred from Mercy Hospital in Dunmore overnight.",
            "Mercy Hospital in Dunmore",
            "geographic",
        ),
        (STORY + "Lives at 19 Alder Way, Pruett.", "19 Alder Way, Pruett", "geographic"),
        (
            STORY + "Transferred to St. Brigid's in Quillton overnight.",
            "St. Brigid's in Quillton",
            "geographic",
        ),
        (STORY + "Moved here from Okanogan County.", "Okanogan County", "geographic"),
        (
            STORY + "She teaches at Birchwood Middle School.",
            "Birchwood Middle School",
            "geographic",
        ),
        (STORY + "He coaches at Jefferson High.", "Jefferson High", "geographic"),
        # 7. IPv6 and personal sites
        (STORY + "Portal login from ::ffff:198.51.100.23 flagged.", "::ffff:198.51.100.23", "ip"),
        (STORY + "Her tablet at fe80::2b1%wlan0 synced.", "fe80::2b1", "ip"),
        (
            STORY + "Her family posts updates at rosalindstrong.org daily.",
            "rosalindstrong.org",
            "url",
        ),
        (
            STORY + "Her blog: brittlebonesdiary.blogspot.com",
            "brittlebonesdiary.blogspot.com",
            "url",
        ),
        (STORY + "He writes at ironlung.substack.com", "ironlung.substack.com", "url"),
    ],
)
def test_flags(text: str, span: str, category: str) -> None:
    found = [(f.text, f.category.value) for f in _findings(text, None)]
    assert covered(text, span, category), found


def test_repeated_id_without_cue_is_flagged() -> None:
    text = STORY + "MRN 7730915 was merged; later 7730915 showed up again on her labels."
    assert covered(text, "7730915", "mrn", nth=1)


def test_name_found_once_is_flagged_everywhere() -> None:
    text = (
        STORY + "Her son Desmond drove her in. Desmond stayed overnight; Desmond's wife came too."
    )
    assert covered(text, "Desmond", "name", nth=1)
    assert covered(text, "Desmond", "name", nth=2)


@pytest.mark.parametrize(
    "text",
    [
        # 9. false positives to avoid
        "Pt 35M, 41F and 62M all seen for chest pain, all troponin negative.",
        "Pt 45F presented from the Pedi ED with syncope; San Francisco syncope rule negative.",
        "Pt 70F presented in New England with ARDS by Berlin definition, Glasgow 14.",
        "Pt 60M: Duke criteria met, Wells score 4, Ottawa ankle rules negative, Boston criteria.",
        "Pt 19M presented for follow-up; Vyvanse and Adderall both failed, Allegra for rhinitis.",
        "Pt 30F presented with fever after travel to Kenya and Jordan.",
        "John Doe, 40M, unknown trauma patient, presented by EMS.",
        "Pt 40M, ID band checked x2, MRN verified, allergy band on, case #4 of the day.",
        "Pt 64F presented to the ED in North Carolina with sepsis, lactate 5.",
        "Pt 66M presented; ICD-10 I21.4, CPT 92941, HR 0.76, #MedTwitter #COVID19.",
        "Pt 58M presented with STEMI; Big Pharma pricing aside, he got a stent in the cath lab.",
        "Pt 61F, Jardiance 10 mg, Ozempic 1 mg, A1c 7.9 -> 6.8. She's doing great.",
        "Soon after extubation he asked for coffee. 70M, POD 2.",
        "Pt 58M. Hospital course was uneventful, discharged POD 3.",
        "Pt 70F: she was one hundred percent sure, and she is ninety percent better.",
        "Subject: 35M presented with chest pain; chart: 67F admitted; participant 22F too.",
        "Pt 33F, G2P1, at 12-20 wk, BP 150/100, protein 3+, admitted to L&D.",
    ],
)
def test_clean(text: str) -> None:
    assert _findings(text, None) == [], [(f.text, f.rule) for f in _findings(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Our chart review of 12000 patients is out. #research",
        "Smoking may account for 48000 deaths per year.",
        "Pt 50M; chart review: 20000 units of heparin given.",
    ],
)
def test_counts_after_a_distant_record_word_are_not_ids(text: str) -> None:
    assert _findings(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tweetorial: when his ICD fires, what do you do first? #MedEd #cardiotwitter",
        "Congrats to Dr. Okafor on her award! She fell in love with nephrology at Lake Forest.",
        "Congrats to Priya! She passed her boards and starts in our ICU on Monday.",
        "She delivered a brilliant keynote on sepsis at #ACEP today.",
        "Welcome our new ICU nurse Tamsin, she starts Monday!",
    ],
)
def test_professional_posts_stay_professional(text: str) -> None:
    assert mt.check_phi(text).context == "professional"


def test_a_name_found_in_one_post_is_flagged_in_the_others() -> None:
    thread = mt.compose_thread(
        "1/ 67F with CHF; her daughter Marisela was at the bedside all week.\n---\n"
        "2/ On day 3 we talked goals of care. Marisela wanted hospice at home."
    )
    found = thread.check(image_check=None)
    second = [f for f in found if f.path == "posts[1].text" and f.rule == "phi.name"]
    assert [f.phi.text for f in second] == ["Marisela"]
    assert second[0].phi.rule in ("name.repeat", "name.lexicon")


def test_names_across_adds_only_uncovered_occurrences() -> None:
    from medtweet.phi._check import names_across

    posts = [
        "67F, her son Tobenna Okonkwo drove her in.",
        "Okonkwo signed the consent; Okonkwo stayed.",
        "No names here.",
    ]
    reports = [list(mt.check_phi(p, context="patient").findings) for p in posts]
    assert reports[1] == []  # alone, the second post does not show the surname is a name
    extra = names_across(posts, reports)
    assert [(f.text, f.rule) for f in extra[1]] == [("Okonkwo", "name.repeat")] * 2
    assert extra[0] == []
    assert extra[2] == []


@pytest.mark.parametrize(
    "text",
    [
        "His pacemaker battery died during the Super Bowl. Of course it did.",
        "He crashed his bike into a mailbox on Labor Day and tore his spleen.",
        "Her insulin pump alarmed all night on Halloween; sugar was 40.",
        "She was found on the kitchen floor by her neighbor on Christmas morning.",
    ],
)
def test_one_persons_clinical_event_is_a_patient_story(text: str) -> None:
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert [f.category.value for f in report.findings] == ["date"]
