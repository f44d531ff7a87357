"""Round 43.

Written from the residual misses of every corpus scored so far (0-137), before holdout138-141
were written:
- a business or site right before the street or town it stands on or in belongs to the place
  ("the laundromat on Greer St", "a salon on Mission St", "the Jennie-O turkey plant in
  Barron", "the needle exchange at 4th and Pine");
- a town spelt like a first name right after a site in it is the site's town ("the Elks
  Lodge in Cheyenne").

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import table_tests

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # a business or site before the street or town it is on or in
    (
        "She lives above the laundromat on Greer St, 58F, HTN.",
        "laundromat on Greer St",
        "geographic",
    ),
    ("Works at a bakery on Market St now. Sober 2 yrs.", "bakery on Market St", "geographic"),
    (
        "Works at the Jennie-O turkey plant in Barron. AFB neg.",
        "Jennie-O turkey plant in Barron",
        "geographic",
    ),
    (
        "Brought a cake to the needle exchange at 4th and Pine.",
        "needle exchange at 4th and Pine",
        "geographic",
    ),
    # a town spelt like a first name after a site in it
    (
        "Line dancing at the Elks Lodge in Cheyenne by spring, she says.",
        "Elks Lodge in Cheyenne",
        "geographic",
    ),
]

# (text, context): no finding but relative dates
CLEAN: list[tuple[str, str | None]] = [
    ("The cath lab on 4 North is closed for cleaning until noon.", None),
    ("Grand rounds at the station in Boston was great: thanks Dr. Lee.", None),
]

test_found, test_clean = table_tests(FOUND, CLEAN)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My pt works at a salon on Mission St and cried today.", "salon on Mission St"),
        ("Pt, 61M, fell at the Safeway parking garage on Broadway.", "parking garage on Broadway"),
    ],
)
def test_the_site_is_one_finding_with_its_street(text: str, place: str) -> None:
    found = [f for f in mt.check_phi(text, context="patient").findings if place in f.text]
    assert len(found) == 1
    assert found[0].category is mt.Category.GEOGRAPHIC


def test_an_article_before_the_site_is_left_out() -> None:
    found = mt.check_phi("She lives above the laundromat on Greer St.", context="patient")
    assert [f.text for f in found.findings] == ["laundromat on Greer St."]
