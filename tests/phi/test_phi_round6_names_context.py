"""Round 6: name, age, date and story-context classes, with near-miss negatives for each.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

import medtweet as mt
from medtweet.phi._context import story_context


def _findings(text: str, context: str | None = None) -> list[mt.Finding]:
    return list(mt.check_phi(text, context=context).findings)  # type: ignore[arg-type]


def covered(text: str, span: str, category: str | None = None) -> bool:
    """A finding (of ``category``, if given) covers ``span`` (and little more)."""
    start = text.index(span)
    return any(
        (category is None or f.category == category)
        and f.start <= start
        and f.end >= start + len(span)
        and len(f.text) <= len(span) + 14
        for f in _findings(text)
    )


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
