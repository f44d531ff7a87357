"""Round 6: name, age, date and story-context classes, with near-miss negatives for each.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered
from tests._phi_support import findings as _findings

from medtweet.phi._context import story_context

# -- the patient-story decision ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised kin title before a name
        "Palliative team. Grandpa Anselm asked for his banjo and we found one.",
        "Uncle Teodor keeps the ward laughing; comfort care going well.",
        # a named person's relative
        "Wendell Ray's daughter drove four hours to sign the consent.",
        # the writer's own aged patient
        "insurance denied the rehab stay for my 91 y/o w/ a pelvic fx. #geri #ortho",
        # a finding, lab or drug told of one person
        "Reviewing imaging: she has a 5.8 cm AAA, no rupture. #radiology",
        "the pharmacist called bc he skipped his warfarin; INR was 5.9.",
        # an accident of one person, a death, a birthday of the very old
        "Tobin fell off a hay wagon and broke both wrists. Casted and home.",
        "hospice visit: she passed peacefully with her hymns on.",
        "the ward threw a party, Mrs. Quill turned 97 and ate two slices.",
    ],
)
def test_patient_story_cues(text: str) -> None:
    assert story_context([text]) == "patient"


@pytest.mark.parametrize(
    "text",
    [
        "Grand rounds today: Dr. Okafor's husband gave the keynote on sepsis. #MedEd",
        "Our department turned 100 this year; join us at the conference gala.",
        "New AAA screening guideline out; abstract deadline Friday. #vascular",
        "Warfarin vs DOACs: journal club tonight, slides in the thread. #pharmacy",
    ],
)
def test_professional_posts_stay_professional(text: str) -> None:
    assert story_context([text]) == "professional"


# -- names by position, ages standing alone --------------------------------------------------

STORY = "pt admitted overnight, she was intubated. "


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a first name that is also a word, told as a person
        (STORY + "Our little Hazel is 4 and runs the unit.", "Hazel"),
        (STORY + "the bronchiolitis kiddo, Ivy, asked for popsicles.", "Ivy"),
        (STORY + "Joy (7) from the next county, femur fx.", "Joy"),
        # a first name and a surname initial, also in capitals
        (STORY + 'the tube was labeled only "Harriet W." and no MRN.', "Harriet W."),
        (STORY + 'the bag said "PETRA L. / DOB 3/3" on it.', "PETRA L."),
        # a first name right before a clinical age
        (STORY + "ortho: Paulo 19 y/o tore his ACL.", "Paulo"),
        # a nickname in quotes and the surname after it
        (STORY + '"Little Earl" Baxter waved from the stretcher.', "Little Earl"),
        (STORY + '"Little Earl" Baxter waved from the stretcher.', "Baxter"),
        # a full name after "pt is"
        ("pt is Farouk Haddad, 41M, MSSA bacteremia.", "Farouk Haddad"),
    ],
)
def test_names_by_position(text: str, span: str) -> None:
    assert covered(text, span, "name")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Hope is the plan; Grace period for the refill ends soon.",
        STORY + "the summer (2) were busy; Will be back at 6.",
        STORY + "Son asked us to fix the chart.",
    ],
)
def test_word_names_not_flagged_as_words(text: str) -> None:
    found = {f.text for f in _findings(text) if f.category == "name"}
    assert not found & {"Hope", "Grace", "Will", "Son", "summer"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("pt in bay 6, 94, from the east side, code stroke called.", "94"),
        ("pt coded overnight and we stopped. 96, widowed, DNR on file.", "96"),
        ("pt insists he's 97 because his papers were lost.", "97"),
    ],
)
def test_ages_standing_alone(text: str, span: str) -> None:
    assert covered(text, span, "age")


@pytest.mark.parametrize(
    "text",
    [
        "pt in bed 12, 110, on 2L, admitted with CHF.",
        "pt admitted. Sats 94, on 2L. RR 22, HR 96, afebrile.",
    ],
)
def test_clinical_numbers_are_not_ages(text: str) -> None:
    assert not any(f.category == "age" for f in _findings(text))


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # a relative named by whose they are, for names of any origin
        (STORY + "Nkechi's family runs a bakery and sent bread.", "Nkechi", "name"),
        # a double first name
        (STORY + "Lonnie Ray didn't pick up his insulin.", "Lonnie Ray", "name"),
        # a national day as the date of an event
        ("pt came in by ambulance on Constitution Day, STEMI.", "Constitution Day", "date"),
    ],
)
def test_more_name_and_date_classes(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Someone's dad called; Crohn's family history noted.",
        STORY + "she moved here from Puerto Rico last year.",
    ],
)
def test_owners_and_place_words_are_not_names(text: str) -> None:
    assert not any(f.category == "name" for f in _findings(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a first name that is also a word, then a surname
        (STORY + 'the label said "Guy Lemaire" and the req said otherwise.', "Guy Lemaire"),
        # a person and, in brackets, their relative
        (STORY + "Oyelaran (her son interpreted) said yes to the drain.", "Oyelaran"),
    ],
)
def test_word_name_surnames_and_bracketed_kin(text: str, span: str) -> None:
    assert covered(text, span, "name")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "she lives off Hope Street near the park.",
        STORY + "tick bite, Rocky Mountain spotted fever on the list.",
    ],
)
def test_word_name_then_place_noun_is_not_a_name(text: str) -> None:
    assert not any(f.category == "name" for f in _findings(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (STORY + 'the req said "Guy Lemaire Jr." in pen.', "Guy Lemaire Jr."),
        (
            STORY + "name on the board was K. Abebech until the charge nurse changed it.",
            "K. Abebech",
        ),
    ],
)
def test_suffixes_and_names_on_a_board(text: str, span: str) -> None:
    assert covered(text, span, "name")


# -- a fraction of counted things is not a date ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pt 71M, dyspnea. Lung US: B-lines in 6/8 zones, bilateral effusions.",
        "Our pt's prostate biopsy: 12/12 cores positive, Gleason 4+4.",
        "Pt with fever and rash, meets 3/4 criteria for Kawasaki; echo pending.",
    ],
)
def test_a_fraction_of_counted_things_is_not_a_date(text: str) -> None:
    assert not [f for f in _findings(text, "patient") if f.category == "date"]


def test_a_date_before_a_place_word_is_still_a_date() -> None:
    text = "Pt 71M seen 6/8 at the zone clinic for follow-up."
    assert covered(text, "6/8", "date")
