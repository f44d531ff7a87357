"""Round 13: clean posts with time spans, pain scores, eponymous diseases and provinces.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import findings

from medtweet.phi._context import story_context

STORY = "pt admitted overnight, 58M, intubated. "


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Fluids: half in the 1st 8h, the rest over 16h.",
        STORY + "Pain score went from 8/10 to 3/10 after the block.",
        STORY + "Ludwig's angina from a molar; Bell's palsy last year.",
        STORY + "Norovirus outbreak somewhere in Ontario; all recovered.",
    ],
)
def test_clean_story_texts(text: str) -> None:
    assert findings(text) == []


def test_a_colleague_passing_the_boards_is_professional_news() -> None:
    text = (
        "Congratulations to NP Riley Ashworth on passing the boards! First in her family. So proud."
    )
    assert story_context([text]) == "professional"
