"""Round 5: classes of identifiers blind writers used, with near-miss negatives for each.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

import medtweet as mt

STORY = "67yo F admitted with pneumonia. "


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
        # a stated age of one person: "Name, NN," / "he's NN" / "dad is NN"
        "gout flare again for Oswin, 58, and he swears off shellfish every time.",
        "rural clinic life: he's 81 and still fixes his own roof.",
        "text at 3am from a worried son. dad is 71. dad was asleep.",
        # an age in weeks or days
        "Pyloric stenosis repair, 5 weeks old, projectile vomiting resolved.",
        # a relative's possession
        "sutured a dad's thumb after the pumpkin carving. 6-0 nylon.",
        # a pronoun with one person's procedures and orders
        "He is back with his 3rd SBO. NGT, NPO, serial exams, surgery aware.",
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
        "Our ICU nurse's TED talk on burnout passed 2M views! Proud of her.",
        # teaching events, open houses, team news
        "Nursing students: the simulation lab open house is Thursday, 3-5 pm. Bring questions!",
        "Cardiology grand rounds today: Dr. Ines Varga on syncope workup in the ED.",
        "Our new clinic opens Monday! 12 exam rooms, come work with us at jobs@example.org",
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
