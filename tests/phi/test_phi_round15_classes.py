"""Rounds 14-17 (from round 15 on): identifiers of many forms, clean look-alikes, story context.

Every example is invented for the class it stands for; none is taken from a corpus. The cases
are kept in three tables (found, clean, context); the few checks of another shape follow.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

import medtweet as mt

STORY = "pt admitted overnight, 58M, intubated. "

# (text, value, category): a finding of ``category`` (any, if None) covers ``value`` (its
# last occurrence) in a patient story
FOUND: list[tuple[str, str, str | None]] = [
    ("Pt's daughter rang 14 times from 0412 883 905 overnight.", "0412 883 905", "phone"),
    ("his landline is (03) 9555 0171, he won't use a mobile.", "(03) 9555 0171", "phone"),
    ("Her son's mobile 07700 900382, answers after 6.", "07700 900382", "phone"),
    ("please fax the DNR to her work at 020 7946 0991 today", "020 7946 0991", "fax"),
    ("ute left running in the bay, rego 7QX 4LM, keys in it", "7QX 4LM", "vehicle"),
    ("Police asked for the reg WK21 HFD of the car he drove", "WK21 HFD", "vehicle"),
    ("Plate on the van was 9TRK552 per the medics.", "9TRK552", "vehicle"),
    ("his NHIS number (NHIS-ABJ-0045521) would not scan", "NHIS-ABJ-0045521", "health_plan"),
    ("Her Medicare card says 3318 52904 2 and she wanted a photo", "3318 52904 2", "health_plan"),
    ("her Medicaid # NY 55120934K came back inactive", "NY 55120934K", "health_plan"),
    ("ICD serial QZT 448120 K sent three shocks overnight", "QZT 448120 K", "device"),
    ('"last 4 of your social?" "3308" and the whole room heard.', "3308", "ssn"),
    (
        "Patient's online handle is @kidney_kevin_71, he posts his labs daily.",
        "@kidney_kevin_71",
        "url",
    ),
    ("her parents' IG @tiny_fighter_rosie was on the onesie", "@tiny_fighter_rosie", "url"),
    ("sir you cannot list your mom as emergency contact, you are 93.", "93", "age"),
    ("DOB in the chart is 2/1/1933, which makes her 93. Triage wrote 88.", "93", "age"),
    ('her card said "call Ruth 555-867-0101." 97. Sharp as anything.', "97", "age"),
    ("Ms. Okafor (92y) from the fire on Elm read 99% on the monitor.", "92", "age"),
    ("he's 94 (no, he is not 79, sir) and needs his privacy.", "94", "age"),
    (
        "TRANSFER PSA: pt MARGARET OYELOWO MRN E20017733 still needs a bed.",
        "MARGARET OYELOWO",
        "name",
    ),
    ('ED: Danny "Spoons" Castellano is back, BAL 0.29.', 'Danny "Spoons" Castellano', "name"),
    (
        "Wrong face sheet: different name (Gurpreet Kaur Sandhu), different DOB.",
        "Gurpreet Kaur Sandhu",
        "name",
    ),
    ("Mrs. K's family set up a fundraiser for her kidney.", "K", "name"),
    (
        "Her son read me his whole credit card number, 5512 0098 3310 7741.",
        "5512 0098 3310 7741",
        "account",
    ),
    ("UHC member 918 403 382 00 denied the CT for a 58yo", "918 403 382 00", "health_plan"),
    (
        "the export held the pt's face template hash 7be21c90aa4d33f1. Who approved it",
        "7be21c90aa4d33f1",
        "biometric",
    ),
    (
        "admitted on the 4th of july after a firework took two fingers. 27M.",
        "the 4th of july",
        "date",
    ),
    ("Grandpa Walter is 94 (by his count 95) and still fishes.", "94", "age"),
    ("Her NHI is QRT5512, licence expired 2019, drove herself in.", "QRT5512", "mrn"),
    ("UR number 0077 3120, 84F, K 6.9 on spironolactone.", "0077 3120", "mrn"),
    ("I wrote mine; the patient's PPSN is 8812047WA.", "8812047WA", "ssn"),
    (
        "The patient's CURP (GOMA610305MDFRRN07) went in the allergy field.",
        "GOMA610305MDFRRN07",
        "ssn",
    ),
    ("Pt's NDIS no. 431 227 905, 26M, C6 SCI after a dive.", "431 227 905", "other_id"),
    (
        "Endoscopy at Children's Mercy within 2h; family from Olathe.",
        "Children's Mercy",
        "geographic",
    ),
    ("admitted from Briarwood Care Home with 'not himself'.", "Briarwood Care Home", "geographic"),
    (
        "48M, garlic odour, alopecia. Works at the Kilgore glass plant.",
        "Kilgore glass plant",
        "geographic",
    ),
    (
        "grandson faxed the labs from the shop in Tlalpan (+52 55 5555 0199).",
        "+52 55 5555 0199",
        None,
    ),
    (
        "The Okonkwo-Baptiste family set up a page for their son, 16, TBI.",
        "Okonkwo-Baptiste",
        "name",
    ),
    (
        "pt's only phone is at the Millbrook Grange Hall, they post a note.",
        "Millbrook Grange Hall",
        "geographic",
    ),
    (
        "ninety-two year old lady from the Lower East Side with 3d of diarrhea",
        "Lower East Side",
        "geographic",
    ),
    ("two ladies share a name; only diff is MR# 5512-0087 vs 5512-0078.", "5512-0078", "mrn"),
    ("mom gave us her Venmo @Keisha-Moore-9 to send the co-pay back", "@Keisha-Moore-9", "account"),
    ('pt w/ a license plate vanity tag "HEMOGUY" parks in the same spot', "HEMOGUY", "vehicle"),
    ("daughter drove 3 hrs from kenosha county and got in", "kenosha county", "geographic"),
    (
        "fell at Our Savior's Lutheran Church during the service",
        "Our Savior's Lutheran Church",
        "geographic",
    ),
    ("Vang, Mai Nhia, 23F, to our clinic w/ Hgb 7.0, MCV 61.", "Vang, Mai Nhia", "name"),
    (
        "pt's husband read it off her Aetna card: K 4418 2207 19. 45F.",
        "K 4418 2207 19",
        "health_plan",
    ),
    ('every answer is the last four of her SSN: "4410." How is the pain? "4410."', "4410", "ssn"),
    ("matched a kidney at 2am, recipient UNOS ID QTR5512, cPRA 98%.", "QTR5512", "other_id"),
    (
        "pt picking up Suboxone at the Rite Aid on Maple told me her ex uses her card",
        "Rite Aid on Maple",
        "geographic",
    ),
    ("her processor was stolen at O'Hare; replacement needs the serial", "O'Hare", "geographic"),
    ("She's a flight attendant based at DFW w/ a trip tomorrow", "DFW", "geographic"),
    (
        "Transferring a pt tonight to Mercy Fort Smith, DKA, pH 7.02",
        "Mercy Fort Smith",
        "geographic",
    ),
    ("Came from Baptist East with a K of 6.9", "Baptist East", "geographic"),
    (STORY + "Raymond, I am your cardiologist, not your pen pal.", "Raymond", "name"),
    (STORY + "Marcus please go home and sleep.", "Marcus", "name"),
    (STORY + "Dale's truck was towed while he was in the ICU.", "Dale", "name"),
    ("3 seizures since Feb. Levetiracetam 750 bd.", "Feb", "date"),
    ("crabbing alone in Jul heat, 91M, temp 106", "Jul", "date"),
    ("OUR OLDEST PT TURNED 103 ON SATURDAY and the nurses got her a cake", "SATURDAY", "date"),
    ("mixed her up with a namesake. two MRNs (20048815 / 20048851). fixed.", "20048851", "mrn"),
    ("merged two accts for my pt: 7710048823 and 7710048832. transposed.", "7710048832", "account"),
    ("Pt coming from the VA, last 4 SSN 0719, needs records.", "0719", "ssn"),
    ("Mother of my pt gave her SIN 046 551 327 instead of her phone number.", "046 551 327", "ssn"),
    ("her Medicaid ID (NY 55109382 K) auto-populated wrong", "NY 55109382 K", "health_plan"),
    (
        "on hold w/ Medicaid for him, ID MCD 4410-2209-7, for home O2",
        "MCD 4410-2209-7",
        "health_plan",
    ),
    (
        "emailed the clinic with her RAMQ TREM 7703 2218 in the subject line",
        "TREM 7703 2218",
        "health_plan",
    ),
    ('she pulled a 9mm out of her walker basket in triage. 96. "For the coyotes."', "96", "age"),
    ("We brought a cake with 91 candles (fire marshal said no).", "91", "age"),
    ("The pt's Tío Beto brought tamales and the EOB circled in red.", "Beto", "name"),
    ("update: Big Mike is extubated and asking for brisket.", "Big Mike", "name"),
    (
        "2/ she was transferred to Women & Infants for ECMO standby.",
        "Women & Infants",
        "geographic",
    ),
    ("just back from Conakry via JFK, T 39.4, myalgia.", "JFK", "geographic"),
    ("His bed's patient ID barcode PID-0077120 scanned fine.", "PID-0077120", "other_id"),
    ("No ID but his shelter bed card SHL-4410.", "SHL-4410", "other_id"),
    (
        "had surgery here in April. Safety event #QE-55120. Disclosure today.",
        "QE-55120",
        "other_id",
    ),
    ("The medical examiner ref ME-61-2205 is now on the wrong chart.", "ME-61-2205", "other_id"),
    ("Then she told me her number tattoo is B-44120. Her BP was 122/70.", "B-44120", None),
    ('no ID, ~50s, tattoo "ABUELA ROSA" on L forearm.', "ABUELA ROSA", None),
    ("his glasses are still in the plane. the tail number was N512QX.", "N512QX", "vehicle"),
    ("a 96 y/o who told me his license plate, HOTROD 2, was his pride", "HOTROD 2", "vehicle"),
    ("her print is still enrolled as FP-0077-2210 on the Pyxis", "FP-0077-2210", "biometric"),
    (
        "the tech put the pt's vein-scan ID (PalmSecure 55-0120-C) on the wrong chart",
        "55-0120-C",
        "biometric",
    ),
    (
        '"do you know who I am?" - pt, Councilman Ortega of Ward 3. sir, you are in a gown.',
        "Ortega",
        "name",
    ),
    ("Trooper Malloy rolled his cruiser; 44M, GCS 15, seatbelt sign.", "Malloy", "name"),
    (
        "How old is too old for a TAVR? Ours was a hundred and two. Walked out POD2.",
        "a hundred and two",
        "age",
    ),
    ("She won the bingo though. 94 and unstoppable.", "94", "age"),
    ("My pt's SSN ended in 0614 and so did mine.", "0614", "ssn"),
    ('*reads aloud* "Moreau, Celine, adm 10/22, d/c 10/29"', "Moreau, Celine", "name"),
    (
        "SSN on a faxed referral cover sheet. Pt is T. Okonjo. who designs these",
        "T. Okonjo",
        "name",
    ),
    ("the claim bounced again for mr halvorsen's home O2. sat 84%.", "halvorsen", "name"),
    (
        'a letter: "Thank you for saving my life." Rosalind — you did the hard work.',
        "Rosalind",
        "name",
    ),
    ("never let a pt read their SSN at triage. 6613 (last 4) + DOB 2/1/88", "6613", "ssn"),
    (
        "Her phone is dead. She lives at Golden Acres and has no landline.",
        "Golden Acres",
        "geographic",
    ),
    ("pt timeline:\n9/3 admitted with fever, 58M", "9/3", "date"),
    (
        "Baby Aroha's nana brought the whole whanau in on Waitangi Day. 28+2 wk.",
        "Waitangi Day",
        "date",
    ),
    ("I emailed the cultures and it was the WRONG Nowicki. Reported myself.", "Nowicki", "name"),
    ("Jan Novak, 67, came in from the farm.", "Jan Novak", "name"),
    ('she refused the DOAC bc "Walter took one and bled for a week". Stubborn.', "Walter", "name"),
    ("my patient kevin says the dog ate his pills. Kevin's HR 102 off it.", "Kevin", "name"),
    ("NEURO CASE: 88F, Kodiak, sudden R hemiplegia + aphasia, LKW 0710.", "Kodiak", "geographic"),
    ("crash on Rt 30 near the mill, 44M", "Rt 30", "geographic"),
]

# (text, context, kinds): no finding of ``kinds`` -- "all": none at all; "*": none but
# relative dates; "-date": none but dates; otherwise none of the categories named
CLEAN: list[tuple[str, str | None, tuple[str, ...]]] = [
    (STORY + "Meds at 0800 1200 1600 and 2000, sats 94 on 2L.", "patient", ("all",)),
    (STORY + "Reg insulin 4 units with meals.", "patient", ("all",)),
    (STORY + "Billing downcoded it to 99222; CPT 99223 appealed.", "patient", ("all",)),
    (STORY + "Trop peak 8,400 then down. Peak flow 220.", "patient", ("all",)),
    (STORY + "QRS 142 ms. NaHCO3 150 mEq given, QRS 106.", "patient", ("all",)),
    (STORY + "Virchow node + Sister Mary Joseph = bad news.", "patient", ("all",)),
    (STORY + "Born in the front seat of a Honda Pilot; dad still shaking.", "patient", ("all",)),
    (STORY + "her cat's name is Pickles and Pickles may visit.", "patient", ("all",)),
    (STORY + "HH says out of service area.", "patient", ("all",)),
    (STORY + "Family sang hymns in Samoan around the bed.", "patient", ("geographic",)),
    (STORY + "MRN written on his arm in Sharpie by the medics.", "patient", ("geographic",)),
    (STORY + "Ask about the 2nd and 3rd MCP joints!", None, ("-date",)),
    (
        STORY + "A teacher from a small town in Gauteng, lysed at a district hospital.",
        None,
        ("-date",),
    ),
    (STORY + "Snakebite (Russell's viper), 20-min WBCT positive.", None, ("-date",)),
    (
        "Plenary in Toronto today: 14 trials, 9,000 pts, DOACs vs LMWH. Live notes 🧵",
        None,
        ("-date",),
    ),
    (STORY + "ur 25yo self would be proud lol", None, ("-date",)),
    (STORY + "Lovely family, all six of them at bedside.", "patient", ("name", "geographic")),
    (
        STORY + "The whole family came. The Holy Family statue in the chapel too.",
        "patient",
        ("name", "geographic"),
    ),
    (STORY + "Left side weakness resolved.", "patient", ("name", "geographic")),
    (STORY + "Homeless, 52, cellulitis, day 4 IV cefazolin.", "patient", ("name", "geographic")),
    (STORY + "Pastor led a prayer in the waiting room.", "patient", ("name", "geographic")),
    (
        STORY + "PPM (Abbott Assurity) interrogated: noise, no therapy.",
        "patient",
        ("name", "geographic"),
    ),
    (STORY + "Maddrey 62, Lille day 7: 0.38, a responder.", "patient", ("name", "geographic")),
    (STORY + "Mate, I get it, your mum is sick.", "patient", ("name",)),
    (STORY + "Sister's shift ends at 7. Doc, please sign the form.", "patient", ("name",)),
    (
        STORY + '"Mr. Potassium" and "Mrs. Sodium", says my kid about my pts.',
        "patient",
        ("name", "age"),
    ),
    (
        STORY + 'the new fellow called "Keytruda" a nice lady from radiology.',
        "patient",
        ("name", "age"),
    ),
    ("Pts in their 90s get CPR too, and deserve an honest talk first.", "patient", ("name", "age")),
    (STORY + "SCORTEN 2. Burn unit. 19F. Titrate lamotrigine slowly.", "patient", ("*",)),
    (STORY + "Ehlers-Danlos, Beighton 7/9, POTS.", "patient", ("*",)),
    (STORY + "69M from a small town in Alberta, CURB-65 of 3.", "patient", ("*",)),
    (STORY + 'My co-intern asked if "Von Willebrand" was the attending.', "patient", ("*",)),
    ("2/7 Her labs came back: Na 128, K 5.9, glucose 612.", "patient", ("date",)),
    (STORY + "Thanks @DrAmaraOkafor for the midnight consult.", "patient", ("url",)),
    (STORY + "Target on warfarin is an INR of 2-3.", "patient", ("geographic",)),
    ('tattoo "NO BLOOD" on his chest, Jehovah\'s Witness.', "patient", ("all",)),
    (STORY + "Rt 2 sided weakness resolved.", "patient", ("all",)),
]

# (text, context): what story_context decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    (
        "1/4 Quick thread on our new sepsis protocol at Parkland (Dallas). Launched Sept 1. "
        "Credit to the ED nursing team.",
        "professional",
    ),
    ("Kudos to our unit: 400 free eGFR checks on World Kidney Day, 12 March!", "professional"),
    (
        "pt from Pine Ridge drives 2.5 hrs each way for dialysis, never missed one. today she "
        "got the call: kidney offer. #nephrology #IHS",
        "patient",
    ),
    (
        "yesterday a lady, 97 and proud of it, from Hyde Park told me I was too young. "
        "#cardiotwitter",
        "patient",
    ),
    (
        "ECG Tuesday (textbook tracing, not a patient): sinus, delta waves, PR 100 ms. WPW.",
        "professional",
    ),
    (
        "Happy to announce our new free clinic in the Ninth Ward, open Tue/Thu 5-8pm.",
        "professional",
    ),
    (
        "Farewell dinner tonight for Dr. Marguerite Chen, retiring after 38 yrs at Brigham. "
        "She intubated me as an intern (on a mannequin). Legend.",
        "professional",
    ),
    (
        "My med school classmate Dr. Olusegun Adebayo just opened a free clinic in Baltimore.",
        "professional",
    ),
    ("nonsense that she's too old for rehab, she's 91 and sharp", "patient"),
    (
        "Our residency is 50 years old! Reunion Oct 10 in Philadelphia, RSVP by email.",
        "professional",
    ),
    (
        "Huge thanks to Dr. Lena Ortiz for bedside medicine rounds at Mercy on Oct 3.",
        "professional",
    ),
    ("LBCT at #ACC26: Dr. Bill Tran on bempedoic acid in statin-intolerant pts.", "professional"),
    (
        "Daughter Miriam wants all updates by email; she has questions about the vanc trough.",
        "patient",
    ),
]


@pytest.mark.parametrize(("text", "value", "category"), FOUND)
def test_found(text: str, value: str, category: str | None) -> None:
    assert covered(text, value, category, context="patient", nth=text.count(value) - 1)


@pytest.mark.parametrize(("text", "context", "kinds"), CLEAN)
def test_clean(text: str, context: str | None, kinds: tuple[str, ...]) -> None:
    found = findings(text, context)
    if kinds == ("all",):
        assert found == []
    elif kinds == ("*",):
        assert [f for f in found if f.rule != "date.relative"] == []
    elif kinds == ("-date",):
        assert [f for f in found if f.category != "date"] == []
    else:
        assert [f for f in found if f.category in kinds] == []


@pytest.mark.parametrize(("text", "context"), CONTEXT)
def test_context(text: str, context: str) -> None:
    assert mt.story_context([text]) == context


def test_an_ip_in_a_post_without_professional_cues_is_read_as_a_story() -> None:
    text = "his home scale uploads from 198.51.100.7 and pings the HF nurse at +2kg."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, "198.51.100.7", "ip")


def test_an_ip_in_a_professional_post_stays_professional() -> None:
    text = "Grand rounds stream moved: join from 203.0.113.5 at noon, CME available."
    assert mt.check_phi(text).context == "professional"


def test_an_old_age_in_a_post_without_professional_cues_reads_as_a_story() -> None:
    text = "k so nana opal (ninety-two!!) got her 2nd cataract done on the 20th. rude. accurate."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, "ninety-two", "age")


def test_a_number_in_brackets_ends_before_the_bracket() -> None:
    text = "she faxed it from the shop (+52 55 5555 0199)."
    assert [f.text for f in findings(text, "patient") if f.category in ("fax", "phone")] == [
        "+52 55 5555 0199"
    ]


def test_a_kin_title_stays_outside_the_name() -> None:
    text = "pt admitted overnight, 58M. Grandma Rosa brought tamales."
    names = [f.text for f in findings(text, "patient") if f.category == "name"]
    assert names == ["Rosa"]


def test_a_sentence_where_someone_lives_is_no_institution_news() -> None:
    text = STORY + "He lives at Riverside Manor in Kettering and staff keep saying he's fine."
    assert covered(text, "Kettering", "geographic", context="patient", slack=40)
