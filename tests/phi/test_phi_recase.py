"""Posts written in capitals are read in ordinary case (``medtweet.phi._recase``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._phi_support import covered, findings

from medtweet.phi._recase import recased, shouting


def test_shouting_needs_mostly_capitals_and_enough_of_them() -> None:
    assert shouting("STOP POSTING PATIENT STICKERS IN YOUR SELFIES, PEOPLE")
    assert not shouting("Stop posting patient stickers in your selfies, people")
    assert not shouting("EF 35%, BNP 1200, CKD 3")  # a few acronyms, not a shouted post
    # a link keeps its own case and does not stop a shouted post from counting
    assert shouting("TODAY A PATIENT BROUGHT A PRINTOUT FROM www.example.com/my-heart LOL")


def test_recased_keeps_names_acronyms_and_cues() -> None:
    text = 'MR. OKAFOR, 92 Y/O, IN THE ED WITH HIS DAUGHTER GLORIA. DNR. "JOSEPH BEAULIEU"'
    out = recased(text)
    assert len(out) == len(text)
    assert out.startswith("Mr. Okafor")
    assert " ED " in out
    assert "DNR" in out
    assert "daughter Gloria" in out
    assert "Joseph Beaulieu" in out


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_recased_keeps_every_offset(text: str) -> None:
    assert len(recased(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (
            'RADIOLOGY AT 3AM: 93 Y/O MALE FROM YELLOWKNIFE, REQ SAYS ONLY "ARTHUR BELANGER".',
            "ARTHUR BELANGER",
            "name",
        ),
        (
            "SO DONE. TODAY MR. WISNIEWSKI BROUGHT ME HIS OWN BLOG PRINTOUT. EF 55%. HE IS FINE.",
            "MR. WISNIEWSKI",
            "name",
        ),
        (
            "FURIOUS: THE HOME SENT A 94YO WITH NO PAPERWORK. DAUGHTER MARLENE DID NOT KNOW.",
            "MARLENE",
            "name",
        ),
    ],
)
def test_shouted_posts_are_checked(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


def test_a_shouted_clean_post_stays_clean() -> None:
    text = "PSA: STOP POSTING YOUR CONFERENCE BADGE. EVERYONE AT THE MEETING CAN SEE IT. #MEDED"
    assert findings(text) == []
