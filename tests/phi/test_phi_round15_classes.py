"""Round 15: numbers from many countries, IPs and handles, stated ages, clean look-alikes.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

import medtweet as mt

STORY = "pt admitted overnight, 58M, intubated. "


# -- numbers with a national trunk prefix, plates and cards of other countries ----------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Pt's daughter rang 14 times from 0412 883 905 overnight.", "0412 883 905", "phone"),
        ("his landline is (03) 9555 0171, he won't use a mobile.", "(03) 9555 0171", "phone"),
        ("Her son's mobile 07700 900382, answers after 6.", "07700 900382", "phone"),
        ("please fax the DNR to her work at 020 7946 0991 today", "020 7946 0991", "fax"),
        ("ute left running in the bay, rego 7QX 4LM, keys in it", "7QX 4LM", "vehicle"),
        ("Police asked for the reg WK21 HFD of the car he drove", "WK21 HFD", "vehicle"),
        ("Plate on the van was 9TRK552 per the medics.", "9TRK552", "vehicle"),
        ("his NHIS number (NHIS-ABJ-0045521) would not scan", "NHIS-ABJ-0045521", "health_plan"),
        (
            "Her Medicare card says 3318 52904 2 and she wanted a photo",
            "3318 52904 2",
            "health_plan",
        ),
        ("her Medicaid # NY 55120934K came back inactive", "NY 55120934K", "health_plan"),
        ("ICD serial QZT 448120 K sent three shocks overnight", "QZT 448120 K", "device"),
        ('"last 4 of your social?" "3308" and the whole room heard.', "3308", "ssn"),
    ],
)
def test_numbers_of_many_countries(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Meds at 0800 1200 1600 and 2000, sats 94 on 2L.",
        STORY + "Reg insulin 4 units with meals.",
        STORY + "Billing downcoded it to 99222; CPT 99223 appealed.",
        STORY + "Trop peak 8,400 then down. Peak flow 220.",
    ],
)
def test_clinical_look_alikes_are_not_identifiers(text: str) -> None:
    assert findings(text, "patient") == []


def test_a_thread_counter_is_no_date() -> None:
    text = "2/7 Her labs came back: Na 128, K 5.9, glucose 612."
    assert [f for f in findings(text, "patient") if f.category == "date"] == []


def test_a_date_opening_a_line_is_still_a_date() -> None:
    text = "pt timeline:\n9/3 admitted with fever, 58M"
    assert covered(text, "9/3", "date", context="patient")


# -- IPs and handles ----------------------------------------------------------------------------


def test_an_ip_in_a_post_without_professional_cues_is_read_as_a_story() -> None:
    text = "his home scale uploads from 198.51.100.7 and pings the HF nurse at +2kg."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, "198.51.100.7", "ip")


def test_an_ip_in_a_professional_post_stays_professional() -> None:
    text = "Grand rounds stream moved: join from 203.0.113.5 at noon, CME available."
    assert mt.check_phi(text).context == "professional"


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        (
            "Patient's online handle is @kidney_kevin_71, he posts his labs daily.",
            "@kidney_kevin_71",
        ),
        ("her parents' IG @tiny_fighter_rosie was on the onesie", "@tiny_fighter_rosie"),
    ],
)
def test_handles_told_as_someones(text: str, handle: str) -> None:
    assert covered(text, handle, "url", context="patient")


def test_a_colleague_tagged_without_a_cue_is_no_handle() -> None:
    text = STORY + "Thanks @DrAmaraOkafor for the midnight consult."
    assert [f for f in findings(text, "patient") if f.category == "url"] == []


# -- ages said to or of someone ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("sir you cannot list your mom as emergency contact, you are 93.", "93"),
        ("DOB in the chart is 2/1/1933, which makes her 93. Triage wrote 88.", "93"),
        ('her card said "call Ruth 555-867-0101." 97. Sharp as anything.', "97"),
        ("Ms. Okafor (92y) from the fire on Elm read 99% on the monitor.", "92"),
        ("he's 94 (no, he is not 79, sir) and needs his privacy.", "94"),
    ],
)
def test_ages_said_of_someone(text: str, age: str) -> None:
    nth = text.count(age) - 1  # the age said last, not digits of a birth year before it
    assert covered(text, age, "age", context="patient", nth=nth)


def test_a_stated_age_reads_as_a_story() -> None:
    assert mt.story_context(["nonsense that she's too old for rehab, she's 91 and sharp"]) == (
        "patient"
    )


def test_a_programmes_age_is_no_persons() -> None:
    text = "Our residency is 50 years old! Reunion Oct 10 in Philadelphia, RSVP by email."
    assert mt.story_context([text]) == "professional"


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TRANSFER PSA: pt MARGARET OYELOWO MRN E20017733 still needs a bed.", "MARGARET OYELOWO"),
        ('ED: Danny "Spoons" Castellano is back, BAL 0.29.', 'Danny "Spoons" Castellano'),
        (
            "Wrong face sheet: different name (Gurpreet Kaur Sandhu), different DOB.",
            "Gurpreet Kaur Sandhu",
        ),
        ("Mrs. K's family set up a fundraiser for her kidney.", "K"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert covered(text, name, "name", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "QRS 142 ms. NaHCO3 150 mEq given, QRS 106.",
        STORY + "Virchow node + Sister Mary Joseph = bad news.",
        STORY + "Born in the front seat of a Honda Pilot; dad still shaking.",
        STORY + "her cat's name is Pickles and Pickles may visit.",
        STORY + "HH says out of service area.",
    ],
)
def test_clean_story_texts(text: str) -> None:
    assert findings(text, "patient") == []


def test_holidays_of_more_countries() -> None:
    text = "Baby Aroha's nana brought the whole whanau in on Waitangi Day. 28+2 wk."
    assert covered(text, "Waitangi Day", "date", context="patient")


# -- round 16 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
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
    ],
)
def test_round16_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Family sang hymns in Samoan around the bed.",
        STORY + "MRN written on his arm in Sharpie by the medics.",
    ],
)
def test_round16_clean_story_texts(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.category == "geographic"] == []


def test_thanks_to_a_doctor_is_professional() -> None:
    text = "Huge thanks to Dr. Lena Ortiz for bedside medicine rounds at Mercy on Oct 3."
    assert mt.story_context([text]) == "professional"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Her NHI is QRT5512, licence expired 2019, drove herself in.", "QRT5512", "mrn"),
        ("UR number 0077 3120, 84F, K 6.9 on spironolactone.", "0077 3120", "mrn"),
        ("I wrote mine; the patient's PPSN is 8812047WA.", "8812047WA", "ssn"),
        (
            "The patient's CURP (GOMA610305MDFRRN07) went in the allergy field.",
            "GOMA610305MDFRRN07",
            "ssn",
        ),
        ("Pt's NDIS no. 431 227 905, 26M, C6 SCI after a dive.", "431 227 905", "other_id"),
    ],
)
def test_national_numbers(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


def test_the_wrong_name_in_capitals() -> None:
    text = "I emailed the cultures and it was the WRONG Nowicki. Reported myself."
    assert covered(text, "Nowicki", "name", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Ask about the 2nd and 3rd MCP joints!",
        STORY + "A teacher from a small town in Gauteng, lysed at a district hospital.",
        STORY + "Snakebite (Russell's viper), 20-min WBCT positive.",
        "Plenary in Toronto today: 14 trials, 9,000 pts, DOACs vs LMWH. Live notes 🧵",
        STORY + "ur 25yo self would be proud lol",
    ],
)
def test_round16_clean_texts(text: str) -> None:
    assert [f for f in findings(text) if f.category != "date"] == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Endoscopy at Children's Mercy within 2h; family from Olathe.",
            "Children's Mercy",
            "geographic",
        ),
        (
            "admitted from Briarwood Care Home with 'not himself'.",
            "Briarwood Care Home",
            "geographic",
        ),
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
    ],
)
def test_round16c_values(text: str, value: str, category: str | None) -> None:
    assert covered(text, value, category, context="patient")


def test_a_number_in_brackets_ends_before_the_bracket() -> None:
    text = "she faxed it from the shop (+52 55 5555 0199)."
    assert [f.text for f in findings(text, "patient") if f.category in ("fax", "phone")] == [
        "+52 55 5555 0199"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1/4 Quick thread on our new sepsis protocol at Parkland (Dallas). Launched Sept 1. "
        "Credit to the ED nursing team.",
        "Kudos to our unit: 400 free eGFR checks on World Kidney Day, 12 March!",
    ],
)
def test_unit_news_is_professional(text: str) -> None:
    assert mt.story_context([text]) == "professional"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
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
    ],
)
def test_round16d_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Lovely family, all six of them at bedside.",
        STORY + "The whole family came. The Holy Family statue in the chapel too.",
        STORY + "Left side weakness resolved.",
    ],
)
def test_round16d_clean(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.category in ("name", "geographic")] == []


@pytest.mark.parametrize(
    "text",
    [
        "pt from Pine Ridge drives 2.5 hrs each way for dialysis, never missed one. today she "
        "got the call: kidney offer. #nephrology #IHS",
        "yesterday a lady, 97 and proud of it, from Hyde Park told me I was too young. "
        "#cardiotwitter",
    ],
)
def test_community_hashtags_do_not_make_a_story_professional(text: str) -> None:
    assert mt.story_context([text]) == "patient"


def test_a_meetings_hashtag_is_professional() -> None:
    text = "LBCT at #ACC26: Dr. Bill Tran on bempedoic acid in statin-intolerant pts."
    assert mt.story_context([text]) == "professional"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("two ladies share a name; only diff is MR# 5512-0087 vs 5512-0078.", "5512-0078", "mrn"),
        (
            "mom gave us her Venmo @Keisha-Moore-9 to send the co-pay back",
            "@Keisha-Moore-9",
            "account",
        ),
        ('pt w/ a license plate vanity tag "HEMOGUY" parks in the same spot', "HEMOGUY", "vehicle"),
        ("daughter drove 3 hrs from kenosha county and got in", "kenosha county", "geographic"),
        (
            "fell at Our Savior's Lutheran Church during the service",
            "Our Savior's Lutheran Church",
            "geographic",
        ),
    ],
)
def test_round16f_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Vang, Mai Nhia, 23F, to our clinic w/ Hgb 7.0, MCV 61.", "Vang, Mai Nhia", "name"),
        (
            "pt's husband read it off her Aetna card: K 4418 2207 19. 45F.",
            "K 4418 2207 19",
            "health_plan",
        ),
        (
            'every answer is the last four of her SSN: "4410." How is the pain? "4410."',
            "4410",
            "ssn",
        ),
        ("matched a kidney at 2am, recipient UNOS ID QTR5512, cPRA 98%.", "QTR5512", "other_id"),
    ],
)
def test_round16g_values(text: str, value: str, category: str) -> None:
    nth = text.count(value) - 1
    assert covered(text, value, category, context="patient", nth=nth)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Homeless, 52, cellulitis, day 4 IV cefazolin.",
        STORY + "Pastor led a prayer in the waiting room.",
        STORY + "PPM (Abbott Assurity) interrogated: noise, no therapy.",
        STORY + "Maddrey 62, Lille day 7: 0.38, a responder.",
    ],
)
def test_round16g_clean(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.category in ("name", "geographic")] == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "pt picking up Suboxone at the Rite Aid on Maple told me her ex uses her card",
            "Rite Aid on Maple",
            "geographic",
        ),
        (
            "her processor was stolen at O'Hare; replacement needs the serial",
            "O'Hare",
            "geographic",
        ),
        ("She's a flight attendant based at DFW w/ a trip tomorrow", "DFW", "geographic"),
        (
            "Transferring a pt tonight to Mercy Fort Smith, DKA, pH 7.02",
            "Mercy Fort Smith",
            "geographic",
        ),
        ("Came from Baptist East with a K of 6.9", "Baptist East", "geographic"),
    ],
)
def test_round16h_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


def test_round16h_clean() -> None:
    text = STORY + "Target on warfarin is an INR of 2-3."
    assert [f for f in findings(text, "patient") if f.category == "geographic"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (STORY + "Raymond, I am your cardiologist, not your pen pal.", "Raymond"),
        (STORY + "Marcus please go home and sleep.", "Marcus"),
        (STORY + "Dale's truck was towed while he was in the ICU.", "Dale"),
    ],
)
def test_round16i_names(text: str, name: str) -> None:
    assert covered(text, name, "name", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Mate, I get it, your mum is sick.",
        STORY + "Sister's shift ends at 7. Doc, please sign the form.",
    ],
)
def test_round16i_clean(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.category == "name"] == []


def test_a_sentence_where_someone_lives_is_no_institution_news() -> None:
    text = STORY + "He lives at Riverside Manor in Kettering and staff keep saying he's fine."
    assert covered(text, "Kettering", "geographic", context="patient", slack=40)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 seizures since Feb. Levetiracetam 750 bd.", "Feb"),
        ("crabbing alone in Jul heat, 91M, temp 106", "Jul"),
        ("OUR OLDEST PT TURNED 103 ON SATURDAY and the nurses got her a cake", "SATURDAY"),
    ],
)
def test_round16j_dates(text: str, value: str) -> None:
    assert covered(text, value, "date", context="patient")


def test_a_name_spelt_like_a_month_is_still_a_name() -> None:
    text = "Jan Novak, 67, came in from the farm."
    assert covered(text, "Jan Novak", "name", context="patient")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("mixed her up with a namesake. two MRNs (20048815 / 20048851). fixed.", "20048851", "mrn"),
        (
            "merged two accts for my pt: 7710048823 and 7710048832. transposed.",
            "7710048832",
            "account",
        ),
        ("Pt coming from the VA, last 4 SSN 0719, needs records.", "0719", "ssn"),
        (
            "Mother of my pt gave her SIN 046 551 327 instead of her phone number.",
            "046 551 327",
            "ssn",
        ),
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
    ],
)
def test_round16k_ids(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ('she pulled a 9mm out of her walker basket in triage. 96. "For the coyotes."', "96"),
        ("We brought a cake with 91 candles (fire marshal said no).", "91"),
    ],
)
def test_round16l_ages(text: str, age: str) -> None:
    assert covered(text, age, "age", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + '"Mr. Potassium" and "Mrs. Sodium", says my kid about my pts.',
        STORY + 'the new fellow called "Keytruda" a nice lady from radiology.',
        "Pts in their 90s get CPR too, and deserve an honest talk first.",
    ],
)
def test_round16m_clean(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.category in ("name", "age")] == []


@pytest.mark.parametrize(
    "text",
    [
        "ECG Tuesday (textbook tracing, not a patient): sinus, delta waves, PR 100 ms. WPW.",
        "Happy to announce our new free clinic in the Ninth Ward, open Tue/Thu 5-8pm.",
    ],
)
def test_round16m_professional(text: str) -> None:
    assert mt.story_context([text]) == "professional"


def test_a_quoted_name_that_acts() -> None:
    text = 'she refused the DOAC bc "Walter took one and bled for a week". Stubborn.'
    assert covered(text, "Walter", "name", context="patient")


def test_a_lower_case_name_is_flagged_again_in_any_case() -> None:
    text = "my patient kevin says the dog ate his pills. Kevin's HR 102 off it."
    assert covered(text, "Kevin", "name", context="patient")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The pt's Tío Beto brought tamales and the EOB circled in red.", "Beto"),
        ("update: Big Mike is extubated and asking for brisket.", "Big Mike"),
    ],
)
def test_family_titles_and_size_nicknames(text: str, name: str) -> None:
    assert covered(text, name, "name", context="patient")


def test_a_town_right_after_a_clinical_age() -> None:
    text = "NEURO CASE: 88F, Kodiak, sudden R hemiplegia + aphasia, LKW 0710."
    assert covered(text, "Kodiak", "geographic", context="patient")


def test_a_relative_with_questions_is_still_a_story() -> None:
    text = "Daughter Miriam wants all updates by email; she has questions about the vanc trough."
    assert mt.story_context([text]) == "patient"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2/ she was transferred to Women & Infants for ECMO standby.", "Women & Infants"),
        ("just back from Conakry via JFK, T 39.4, myalgia.", "JFK"),
    ],
)
def test_round16n_places(text: str, value: str) -> None:
    assert covered(text, value, "geographic", context="patient")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "SCORTEN 2. Burn unit. 19F. Titrate lamotrigine slowly.",
        STORY + "Ehlers-Danlos, Beighton 7/9, POTS.",
        STORY + "69M from a small town in Alberta, CURB-65 of 3.",
        STORY + 'My co-intern asked if "Von Willebrand" was the attending.',
    ],
)
def test_round16o_clean(text: str) -> None:
    assert [f for f in findings(text, "patient") if f.rule != "date.relative"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His bed's patient ID barcode PID-0077120 scanned fine.", "PID-0077120"),
        ("No ID but his shelter bed card SHL-4410.", "SHL-4410"),
        ("had surgery here in April. Safety event #QE-55120. Disclosure today.", "QE-55120"),
        ("The medical examiner ref ME-61-2205 is now on the wrong chart.", "ME-61-2205"),
    ],
)
def test_round16p_other_ids(text: str, value: str) -> None:
    assert covered(text, value, "other_id", context="patient")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Then she told me her number tattoo is B-44120. Her BP was 122/70.", "B-44120"),
        ('no ID, ~50s, tattoo "ABUELA ROSA" on L forearm.', "ABUELA ROSA"),
    ],
)
def test_round16q_tattoos(text: str, value: str) -> None:
    assert covered(text, value, context="patient")


def test_a_tattooed_instruction_is_no_identifier() -> None:
    assert findings('tattoo "NO BLOOD" on his chest, Jehovah\'s Witness.', "patient") == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("his glasses are still in the plane. the tail number was N512QX.", "N512QX", "vehicle"),
        ("a 96 y/o who told me his license plate, HOTROD 2, was his pride", "HOTROD 2", "vehicle"),
        ("her print is still enrolled as FP-0077-2210 on the Pyxis", "FP-0077-2210", "biometric"),
        (
            "the tech put the pt's vein-scan ID (PalmSecure 55-0120-C) on the wrong chart",
            "55-0120-C",
            "biometric",
        ),
    ],
)
def test_round16r_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    "text",
    [
        '"do you know who I am?" - pt, Councilman Ortega of Ward 3. sir, you are in a gown.',
        "Trooper Malloy rolled his cruiser; 44M, GCS 15, seatbelt sign.",
    ],
)
def test_civic_titles_name_people(text: str) -> None:
    name = "Ortega" if "Ortega" in text else "Malloy"
    assert covered(text, name, "name", context="patient")


def test_a_kin_title_stays_outside_the_name() -> None:
    text = "pt admitted overnight, 58M. Grandma Rosa brought tamales."
    names = [f.text for f in findings(text, "patient") if f.category == "name"]
    assert names == ["Rosa"]


def test_rt_is_a_road_only_after_a_word_of_place() -> None:
    assert covered("crash on Rt 30 near the mill, 44M", "Rt 30", "geographic", context="patient")
    assert findings(STORY + "Rt 2 sided weakness resolved.", "patient") == []


@pytest.mark.parametrize(
    "text",
    [
        "Farewell dinner tonight for Dr. Marguerite Chen, retiring after 38 yrs at Brigham. "
        "She intubated me as an intern (on a mannequin). Legend.",
        "My med school classmate Dr. Olusegun Adebayo just opened a free clinic in Baltimore.",
    ],
)
def test_a_colleague_by_title_and_full_name_is_professional_news(text: str) -> None:
    assert mt.story_context([text]) == "professional"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "How old is too old for a TAVR? Ours was a hundred and two. Walked out POD2.",
            "a hundred and two",
            "age",
        ),
        ("She won the bingo though. 94 and unstoppable.", "94", "age"),
        ("My pt's SSN ended in 0614 and so did mine.", "0614", "ssn"),
        ('*reads aloud* "Moreau, Celine, adm 10/22, d/c 10/29"', "Moreau, Celine", "name"),
    ],
)
def test_round16s_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
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
    ],
)
def test_round17b_values(text: str, value: str, category: str) -> None:
    assert covered(text, value, category, context="patient")


def test_an_old_age_in_a_post_without_professional_cues_reads_as_a_story() -> None:
    text = "k so nana opal (ninety-two!!) got her 2nd cataract done on the 20th. rude. accurate."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, "ninety-two", "age")
