"""Round 5: classes of identifiers blind writers used, with near-miss negatives for each.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered
from tests._phi_support import findings as _findings

import medtweet as mt

STORY = "67yo F admitted with pneumonia. "


# -- the patient-story decision ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a stated age of one person: "Name, NN," / "he's NN" / "dad is NN"
        "gout flare again for Oswin, 58, and he swears off shellfish. Labs pending.",
        "rural clinic life: he's 81 and still fixes his own roof.",
        "a voicemail from the son's phone at 4am: dad is 71 and fine.",
        # an age in weeks or days
        "Pyloric stenosis repair, 5 weeks old, projectile vomiting resolved.",
        # a relative's possession
        "sutured a dad's thumb after pumpkin carving; he was sheepish. 6-0 nylon.",
        # a pronoun with one person's procedures and orders
        "He is back with another SBO; NGT and NPO again.",
        # a gestational age; a client's relative; "my own" relative; a regular
        "L&D: she delivered at 38+4 in triage, 3.1kg. Everyone cried.",
        "Therapy intern here: a client's sister phones daily about forms.",
        "It's my own grandmother in the ICU, and she okayed this post.",
        "Our frequent flyer returned again tonight with the same cough.",
        # one person, informally; a form that travels with one patient
        "retail pharmacy: some dude paid with a check, he is also a patient here.",
        "the family brought the POLST form in a shoebox.",
        # a relative named; a history and physical
        "night shift: auntie Marisela phoned four times about her nephew. he is fine.",
        "Someone sent the H&P to the wrong clinic; his surgeon never got it.",
        # a pronoun with one clinical event
        "she keeps a chemo diary online, and patient families love it.",
    ],
)
def test_patient_story_cues(text: str) -> None:
    assert mt.story_context([text]) == "patient"


@pytest.mark.parametrize(
    "text",
    [
        # patients in general, not one patient
        "Shout-out to the respiratory therapists who keep our patients breathing. ❤️",
        # a view count is not an age
        "Our chaplain's podcast on grief hit 3M downloads. Proud of her!",
        # teaching events, open houses, team news
        "PA students: sim center open house next Thursday, 3-5 pm. Bring questions!",
        "Nephrology grand rounds this week: Dr. Ines Varga on hyponatremia in the ED.",
        "Our urgent care in Millbrook opens Monday; come work with us at jobs@example.org",
        # coming back from a meeting; a note template
        "Came back from #ACC26 in Chicago energized. Great sessions on HFpEF.",
        "Our H&P template got an update, made by the informatics team in Omaha.",
        # a titled colleague's age; the poster's own relative's things
        "Our chief, Dr. Ines Obi, 61, retires Friday. She's 61 and still runs marathons.",
        "My dad's old stethoscope still works. He was a GP in Duluth for 40 years.",
    ],
)
def test_professional_posts(text: str) -> None:
    assert mt.story_context([text]) == "professional"
    assert _findings(text) == []


def test_number_sign_is_not_a_hashtag() -> None:
    # "# 4417" and "#3" are number signs; only "#word" counts as a hashtag
    assert mt.story_context(["pt's wristband # 4417 scanned twice, incident report #3"]) == (
        "patient"
    )


# -- ages and dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # a worded age on its own, between punctuation
        (STORY + "Her grandfather, ninety-three, drove her in.", "ninety-three", "age"),
        (STORY + "Her neighbor (ninety-seven!) brought soup.", "ninety-seven", "age"),
        (STORY + "Uncle Bert (one hundred and one!) came too.", "one hundred and one", "age"),
        # the same age said again
        ("Admitted a 97F, and yes, 97, still does crosswords.", "yes, 97", None),
        ("Ortho consult: 93M; honestly, 93 and faster than me. Hip fx.", "93 and", None),
        ("Clinic: a 101yo (yes, 101) beat me at chess.", "yes, 101", None),
        # an age after "I am only"
        (STORY + '"I am only 92," her mother told the resident.', "92", "age"),
        # an age given roughly
        (STORY + "Her great-aunt, nearly 100, sends cookies.", "100", "age"),
        (STORY + "Her father is pushing 96 and still drives.", "96", "age"),
        # an age as a noun
        (STORY + "Her aunt is a feisty 96, and proud of it.", "96", "age"),
        (STORY + "93 and still driving to church, she told us.", "93", "age"),
        # a birth year a few words after "born"
        ("78F born in Tarnow in 1931, admitted for a fall.", "1931", "age"),
        # a weekday with its day
        (STORY + "Fell off a ladder on Sunday the 9th.", "Sunday the 9th", "date"),
        (STORY + "Seen in urgent care Sat 6/21, then here.", "Sat 6/21", "date"),
        (STORY + "Seen Thurs, the 12th, in clinic.", "Thurs, the 12th", "date"),
        # holidays of many traditions
        (STORY + "She came in dehydrated the day after Nowruz.", "Nowruz", "date"),
        (STORY + "Burned by fireworks on Bonfire Night.", "Bonfire Night", "date"),
    ],
)
def test_ages_and_dates(text: str, span: str, category: str | None) -> None:
    if category is None:  # the repeated value itself is the age
        number = "".join(ch for ch in span if ch.isdigit())
        start = text.index(span) + span.index(number)
        assert any(
            f.category == "age" and f.start <= start and f.end >= start + len(number)
            for f in _findings(text)
        ), [(f.text, f.rule) for f in _findings(text)]
        return
    found = [(f.text, f.category.value) for f in _findings(text)]
    assert covered(text, span, category), found


@pytest.mark.parametrize(
    "text",
    [
        # numbers that repeat an age's value but are clinical values
        "AM rounds: 93M, HR 93, sat 93% on RA, glucose 93. Stable.",
        # a grade or a vital, not an age as a noun
        STORY + "She got a solid 95 on the exam. BP 94 and still falling.",
        # rough values that are vitals, not ages
        STORY + "sats nearly 100, HR almost 95, temp close to 99.",
        # worded numbers that are not ages
        STORY + "ninety minutes of CPR; ninety percent occluded; ninety-five mg given.",
        "Staff tip: aged ninety and over counts as the 90+ group.",
        # "Tet" is tetanus here
        STORY + "Tet shot given in triage.",
        # ordinals that count things
        STORY + "Everyone forgets the 2nd half of the bolus; the 3rd bag ran fast.",
        # a birth year under 90 years ago
        "44F born in Krakow in 1982, admitted for asthma.",
    ],
)
def test_age_and_date_near_misses(text: str) -> None:
    found = [(f.text, f.rule) for f in _findings(text) if f.category.value in ("age", "date")]
    assert found == ([("93M", "age.over_89")] if "93M" in text else [])


# -- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # letters beyond Latin-1 inside a name
        (STORY + "Her son, Przemysław Wiśniewski, signed the consent.", "Przemysław Wiśniewski"),
        # a name written like a record, next to a DOB, MRN, age or bed cue
        (STORY + 'the printout by the copier said "Tran Minh Duc, DOB 5/6/1960".', "Tran Minh Duc"),
        (
            STORY + "Okonkwo, Adaeze, DOB 2/2/1970 was on the fax cover sheet.",
            "Okonkwo, Adaeze",
        ),
        (STORY + 'the label (MRN 5512044, "OKAFOR, C") was on the wrong tube.', "OKAFOR, C"),
        (STORY + "R. Abernathy, DOB 1/1/1950 was taped to the door all day.", "R. Abernathy"),
        (STORY + "the sticker read DOUGLAS FENWICK (MRN 5512233) in the hall.", "DOUGLAS FENWICK"),
        (STORY + "the tracking board read Rm 7 T. Vasquez-Lund for all to see.", "T. Vasquez-Lund"),
        # naming words: "name, X", "misspelled as X", "Name: P. Surname"
        (STORY + "the sticker had her name, Philippa, in huge font.", "Philippa"),
        (STORY + 'wristband misspelled as "Jonhatan" again.', "Jonhatan"),
        (STORY + "Name: K. Oyelaran. That was on the fax.", "K. Oyelaran"),
        # a patient cue with a comma or parenthesis
        ("Great news from clinic today: my pt, Tavion, finally got his new hip.", "Tavion"),
        ("Sat with the family of my pt (Farid Mansour) after the MRI. 70M.", "Farid Mansour"),
        # lower-case particles inside a name
        (STORY + "Mrs. Van der Velde, 80, fell at home.", "Mrs. Van der Velde"),
        # a quoted first name
        (STORY + 'the board listed "Graciela" for the whole waiting room to see.', "Graciela"),
        (STORY + 'He kept saying "Marguerite wanted the window open."', "Marguerite"),
        # a full name after a record and "for"; a patient told apart by surname
        (
            STORY + "discharge paperwork for Devaraj Pillai went to the wrong printer.",
            "Devaraj Pillai",
        ),
        (STORY + "the claim for Bo Ying Tse bounced twice this week.", "Bo Ying Tse"),
        (STORY + "the results went to the wrong Okonjo; same floor.", "Okonjo"),
        # a capitalised word that acts, inside quotes
        (STORY + 'The sign on his door: "Makoa says hi".', "Makoa"),
        # a lower-case first name after a relative
        (STORY + "her husband tom drove her in at 2am.", "tom"),
        # plural kin before names; "call him"
        (STORY + "her daughters Imelda and Rocio took turns overnight.", "Imelda"),
        (STORY + "her daughters Imelda and Rocio took turns overnight.", "Rocio"),
        (STORY + "the whole unit calls him Big Teodoro.", "Big Teodoro"),
        (STORY + "She asked to be called 'Birdie' on the unit.", "Birdie"),
        # a hyphenated first name with an age; a first name from the wider lexicon
        (STORY + "Min-Jun, 41, came back with the same rash.", "Min-Jun"),
        (STORY + "Kamari, 22, came in after a dirt bike crash.", "Kamari"),
        # a known first name opening a sentence with a verb or "from <Place>"
        (STORY + "Gustavo from Yonkers came back for his cast check.", "Gustavo"),
        (STORY + "Marcus hit a guardrail on his motorbike.", "Marcus"),
        (STORY + "Gustavo coughed all night; we moved him.", "Gustavo"),
    ],
)
def test_names(text: str, span: str) -> None:
    found = [(f.text, f.category.value, f.rule) for f in _findings(text)]
    assert covered(text, span, "name"), found


def test_a_label_name_recurs_in_title_case() -> None:
    text = STORY + 'the label (MRN 5512044, "OKAFOR, C") was wrong; Okafor got the wrong tube.'
    start = text.index("Okafor")
    assert any(f.start == start and f.category == "name" for f in _findings(text))


@pytest.mark.parametrize(
    "text",
    [
        # a lab value after a patient cue; a new sentence after "pt."
        "Our 71F pt: Cr 0.9, weight 60 kg. Dose capped.",
        "Cap kept falling off for my pt. Turned out the clip was broken. 70M.",
        # pets and cars named in a story
        STORY + "She misses her dog named Biscuit.",
        STORY + "She calls her Nana every night.",
        STORY + "She sleeps in her Mercedes behind the church.",
        # an initial before a capitalised word and a verb in -ed
        "58F, Child-Pugh C. Paracentesis performed, albumin given.",
        STORY + "His grandkids sang. Her son said no; the family asked.",
        # department acronyms before a verb
        STORY + "IT says the scanner is fixed.",
        # eponymous scores and classifications with their number or stage
        STORY + "Claudication, Rutherford 3; Braden 14; Hurley stage II.",
        # an eponym in quotes
        STORY + 'Is "Cushing" a person or a syndrome? Cortisol high.',
        # ordinary capitalised words before an age or a DOB-like cue
        STORY + "Stable Angina, 54M, on aspirin.",
        # quoted ordinary words; a quoted service or drug that acts
        STORY + 'She calls it her "Hope" bracelet. "Cardiology" said fine.',
        STORY + '"Cardiology is useless" he said. "Lasix was held" per the note.',
        # quoted diseases that "act"; roman numerals before an age-like number
        STORY + '"Sepsis kills" she said. "Hypoxia is bad"; the note said "Lupus was ruled out".',
        STORY + "Stage IV, 45, no mets. Type II, 12, ok.",
        # an eponym spelt like a kinship word
        "72M w/ cirrhosis: Child Pugh, 9, MELD 22. Paracentesis 6L.",
        # drugs after a record and "for" or "the wrong"; a diagnosis in parentheses
        "68M w/ AF: refill for Metoprolol Succinate; script for Eliquis Starter Pack.",
        "The wrong Tylenol dose was given. 30F. Pt (Afib, CHF) 77M.",
        # a side of the body after a room number; shorthand before DOB
        "45M, Rm 12 L. Side weakness. CVA code. NIHSS 14, Dx, Hx, DOB unknown.",
        # words in capitals before a DOB that are not a name
        STORY + "MEDICAL RECORD, DOB field left blank. STAT CBC ORDER, DOB unknown.",
        # a record "for" a service or a procedure
        STORY + "referral for Physical Therapy; request for Prior Authorization denied.",
        # a record "for" a facility or a drug; "the other" service
        STORY + "labs for Mercy General Hospital came back; orders for Tylenol Extra Strength.",
        STORY + "the same Tuesday; the other Cardiology team.",
    ],
)
def test_name_near_misses(text: str) -> None:
    found = [(f.text, f.rule) for f in _findings(text) if f.category.value == "name"]
    assert found == []


def test_ordinals_that_count_patients_are_not_dates() -> None:
    text = "fracture clinic: a buckle fx first; for the 2nd pt a cast; the 3rd got a splint."
    assert [f for f in _findings(text) if f.category == "date"] == []
    dated = STORY + "Colles fx in the ER on the 3rd."
    assert covered(dated, "the 3rd", "date")


@pytest.mark.parametrize(
    "text",
    [
        # a habit, not a date
        STORY + "She plays bingo every Thursday at the center.",
        # ordinals that count things
        STORY + "Dad picked up on the 1st ring; the 2nd identifier we used was her name.",
        # a plural score name before a fraction
        "Baby boy 3.4kg, APGARs 7/9, to the newborn nursery. G2P2.",
        # a document abbreviation before a verb
        STORY + "Her DL shows an old address; ID checked.",
        # a sign-off to a colleague
        STORY + "Chart cleaned up before noon. Thanks, Marcus.",
    ],
)
def test_round5_near_misses(text: str) -> None:
    found = [(f.text, f.rule) for f in _findings(text)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a lower-case honorific before a capitalised name
        ("clinic day: first pt was mr Elwood Prantle, 93, still farming.", "Elwood Prantle"),
        ("home visit to mrs Quennell today; 80F with CHF.", "Quennell"),
    ],
)
def test_lower_case_honorific(text: str, span: str) -> None:
    assert covered(text, span, "name"), [(f.text, f.rule) for f in _findings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # what a relative owns is not a name; payers are not people
        STORY + "He picked up his grandpa's Lyrica refill.",
        STORY + "Billing said Humana denied it; Medicare covered the rest.",
        # a capital pronoun for emphasis; an object named by staff
        STORY + "Texts went to the wrong phone so HE never saw them.",
        STORY + "The kids named it Sprocket, the hallway wheelchair.",
        # a unit word must be a whole word: "mom" is not "mo"
        "Peds: 4yo with a raisin in his ear since 10-03. mom was mortified.",
    ],
)
def test_round5_name_near_misses(text: str) -> None:
    found = [(f.text, f.rule) for f in _findings(text) if f.category.value == "name"]
    assert found == []
    if "10-03" in text:
        assert covered(text, "10-03", "date")


def test_initials_with_an_age_in_a_teaching_post() -> None:
    text = "Journal club tweetorial: the case report of T.W., 52M, a baker with endocarditis."
    assert mt.check_phi(text).context == "professional"
    assert covered(text, "T.W.", "name")
    assert _findings("Journal club tweetorial: U.S. data on 52M adults with endocarditis.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Form tip from our office: DOB: April 5, 1961 goes on page 2.", "April 5, 1961"),
        ("Registration sheet read born 5 April 1961 for the wrong chart.", "5 April 1961"),
    ],
)
def test_worded_birth_dates_in_any_post(text: str, span: str) -> None:
    assert covered(text, span, "date"), [(f.text, f.rule) for f in _findings(text)]


def test_the_age_a_birth_date_implies_said_again() -> None:
    text = "DOB 02-03-1931 per the wristband; the intake form says 95. Hip fx."
    start = text.index("95")
    found = mt.check_phi(text, year=2026).findings
    assert any(f.category == "age" and f.start == start for f in found), found
    younger = mt.check_phi(text.replace("1931", "1951"), year=2026).findings
    assert not any(f.category == "age" for f in younger)
