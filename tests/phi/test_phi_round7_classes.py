"""Round 7: story cues, landmarks, stations, care homes, fax digits and regions.

Every example is invented for the class it stands for; none is taken from a corpus. Each
class has near-miss negatives that must stay quiet.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

from medtweet.phi._context import story_context, story_scores

# -- the patient-story decision ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an SSN is always someone's
        "Her SSN was printed on the bracelet - 219-09-9999. Who approved that design?",
        # an age written with a hyphen before "yo"
        "The 103-yo from the valley wants her nails done before the photo.",
        # a late relative
        "The bill went to her late husband's account again. Third time.",
        # where a person lives
        "we love Ozzie. 4th admission this year. lives under the overpass again.",
        # one disease or treatment of one person
        "Ambrose finished his abx today and his endocarditis is clearing.",
    ],
)
def test_patient_story_cues(text: str) -> None:
    assert story_context([text]) == "patient"


@pytest.mark.parametrize(
    ("text", "control"),
    [
        # a word for one person before ", NN,"
        ("Retired machinist, 93, still waiting.", "Retired machinist still waiting."),
        # two relatives of one family
        ("Son called; wants an update on mom.", "Son called; wants an update."),
    ],
)
def test_weak_patient_cues_add_to_the_score(text: str, control: str) -> None:
    # one weak cue adds to the others (with news words, as here, it makes no story alone;
    # see round 30)
    news = " Our team is on it."
    assert story_scores(text + news)[0] == story_scores(control + news)[0] + 1


@pytest.mark.parametrize(
    "text",
    [
        "Happy Doctors' Day! Thank you to every physician on our team. #MedTwitter",
        "Father and son podcast on asthma guidelines, episode 12 out now.",
        "Journal club: SSN misuse in research registries, slides in the thread. #HIPAA",
    ],
)
def test_professional_posts_stay_professional(text: str) -> None:
    assert story_context([text]) == "professional"


# -- places ----------------------------------------------------------------------------------

STORY = "pt admitted overnight, she was intubated. "


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a named station or landmark
        (STORY + "Last seen near Tremont Station at dusk.", "Tremont Station"),
        # a numbered fire or ambulance station, an employer that locates a relative
        (STORY + "Her son works at Station 22 downtown.", "Station 22"),
        (STORY + "Husband is a medic at Fire Station No. 5.", "Fire Station No. 5"),
        # care homes by their kind
        (STORY + "Sent back to Willowbrook Assisted Living.", "Willowbrook Assisted Living"),
        (STORY + "From Harbor View Memory Care, DNR in place.", "Harbor View Memory Care"),
        (STORY + "Lives at Elm Court Retirement Community.", "Elm Court Retirement Community"),
        # a business located by its street, with or without the suffix
        (STORY + "She works at the Kroger on Delmar Ave.", "Kroger on Delmar Ave"),
        (STORY + "She works at the same Walgreens on 8th as my sister.", "Walgreens on 8th"),
        # a people's nation as one place
        (STORY + "Transferred from the Hopi Reservation clinic.", "Hopi Reservation"),
    ],
)
def test_places(text: str, span: str) -> None:
    assert covered(text, span, "geographic")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Meds at the Nurses Station, then Skills Station 3 for the students.",
        STORY + "Ampicillin on 3rd day, switched on 5th.",
        STORY + "Swallowed a CR2025 coin cell, removed endoscopically.",
        STORY + "Retired to the Pacific Northwest; 70s, PSA 9.",
        STORY + "A man in his 60s from the Upper Midwest, Gleason 3+4.",
        STORY + "Rads pearl: the Aunt Minnie of the week is a hamartoma.",
        STORY + "Had to scramble for a new concentrator on a Friday.",
    ],
)
def test_not_places_or_dates(text: str) -> None:
    assert findings(text) == []


# -- phone and fax -----------------------------------------------------------------------------


def test_undivided_fax_digits_after_a_fax_cue() -> None:
    text = STORY + "Please fax 5305550142 the discharge summary, her PCP asked."
    assert covered(text, "5305550142", "fax")


def test_undivided_digits_after_a_call_word_stay_a_phone() -> None:
    text = STORY + "Daughter asked us to call 5305550142 after rounds."
    assert covered(text, "5305550142", "phone")


def test_spaced_international_format_in_a_story() -> None:
    text = "Daughter left a voicemail from +1 530 555 0142 asking about dad in the MICU."
    assert covered(text, "+1 530 555 0142", "phone")
