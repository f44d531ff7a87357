"""Round 9: eponyms, journal links, towns spelt like words, firms, ids and names on labels.

Every example is invented for the class it stands for; none is taken from a corpus. Each
class has near-miss negatives that must stay quiet.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, findings

from medtweet.phi._context import story_context

STORY = "pt admitted overnight, she was intubated. "


# -- clean posts stay clean ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eponyms before what they name, and again in a list of eponyms
        STORY + "Osler nodes, Janeway lesions and Roth spots. Eponyms: Osler, Roth.",
        STORY + "MRI with Dawson fingers; McDonald 2017 criteria met.",
        # a journal's article link, a screening score, lymph nodes, a murmur grade
        STORY + "per https://www.examplejournal.org/article/S0000-1111(20)1/fulltext today",
        STORY.replace(" overnight", "") + "GDS 12/15; pT3N1a (2/18 LN); 3/6 is a murmur grade.",
        # a newborn's scores after "Baby", a department after "Family"
        STORY + "Baby Apgars 8/9. Family Medicine will follow up.",
        # "from" before a word that is no town
        STORY + "From Normal saline to LR overnight.",
    ],
)
def test_clean_story_texts(text: str) -> None:
    assert [f.rule for f in findings(text) if f.rule != "date.relative"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Our nursing team won the Magnet designation again! Congrats to every bedside nurse.",
        "Department phone tree: scheduling 555-0113, referrals fax 555-0114. Share it.",
        "Onc pearl: KEYNOTE-522 regimen for TNBC, pCR 64.8%. #oncology",
    ],
)
def test_professional_posts_stay_professional(text: str) -> None:
    assert story_context([text]) == "professional"


def test_a_trial_named_keynote_does_not_outweigh_a_patient() -> None:
    text = "Onc: 41F, TNBC, KEYNOTE-522 regimen. Her blog: https://annesroad.example.com."
    assert story_context([text]) == "patient"


# -- what identifies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # towns spelt like common words, after a residence cue or a "from" that ends the phrase
        (STORY + "She lives in Flint with her sister.", "Flint", "geographic"),
        (STORY + "A retired welder from Mobile, 66M.", "Mobile", "geographic"),
        (STORY + "They rent on Carver Ave in Flint.", "Flint", "geographic"),
        # firms by their kind word, first or last
        (STORY + "She works at Pruitt & Vance LLP downtown.", "Pruitt & Vance LLP", "geographic"),
        (STORY + "Drives for Ridgeway Freight, long haul.", "Ridgeway Freight", "geographic"),
        (STORY + "She cuts hair at Salon Aurélie on Pine St.", "Salon Aurélie", "geographic"),
        (STORY + "Stabbed outside Club Nova at 0200.", "Club Nova", "geographic"),
        (STORY + "Referred by Eastgate Family Medicine.", "Eastgate Family Medicine", "geographic"),
        # places of worship and halls by name
        (STORY + "Her son prays at Masjid Al-Noor on Fridays.", "Masjid Al-Noor", "geographic"),
        (STORY + "Found near the VFW hall at dusk.", "VFW hall", "geographic"),
        # a person to call, right before the number
        (STORY + 'Sticky note: "call Rosalind 5405550177".', "Rosalind", "name"),
        (STORY + "real name Tremaine Oduya, 27.", "Tremaine Oduya", "name"),
        # an initial and a surname after "pt"
        (STORY + "Tele box for pt J. Sørlie kept dropping.", "J. Sørlie", "name"),
        # a label in capitals with a separator before its MRN
        (STORY + 'Tube label: "OKORO-BELL, MARY / MRN 5519204".', "OKORO-BELL, MARY", "name"),
        # ids: serial cues, plates with a dash, claim numbers in groups, a glued "last4"
        (STORY + "PPM ser# QRT448210K interrogated.", "QRT448210K", "device"),
        (STORY + "CGM txmtr 7H2KQ9 never alarmed.", "7H2KQ9", "device"),
        (STORY + "Security ran the plate, KLM-4410, for a ride.", "KLM-4410", "vehicle"),
        (STORY + "claim # CLM 2026 55190 03 was denied.", "CLM 2026 55190 03", "account"),
        (STORY + "SSN on file shows last4 x-7731 only.", "7731", "ssn"),
    ],
)
def test_identifiers(text: str, span: str, category: str) -> None:
    assert covered(text, span, category)


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Call Radiology at 4411 for the read.",
        STORY + "Club soda helped the nausea.",
        STORY + "She is on tele overnight for runs of NSVT.",
    ],
)
def test_near_misses(text: str) -> None:
    assert findings(text) == []
