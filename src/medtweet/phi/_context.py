"""Does a text tell a patient's story, or is it a professional (non-patient) post?

Safe Harbor is about the patient and their relatives, employers and household, so dates,
places and names only identify someone when the post is about a patient. The decision is
made from cue words: ages written the clinical way (``54yo``, ``54M``), ``pt``, ``my patient``,
``presented``, ``admitted``, kinship with a possessive (``her husband``) and honorifics count
for a patient story; conference, journal-club, job and publication words count against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from medtweet.phi._model import Context, require_str

__all__ = ["FAMILY_CUE", "story_context", "story_scores"]

_KIN = (
    r"husband|wife|spouse|partner|son|daughter|mother|mom|mum|father|dad|brother|sister|"
    r"grandson|granddaughter|grandmother|grandma|grandfather|grandpa|grandchild|uncle|aunt|"
    r"niece|nephew|cousin|boyfriend|girlfriend|fianc[eé]e?|caregiver|guardian|roommate|"
    r"neighbou?r|family|parents?|kids?|children|child|baby|twins?|stepson|stepdaughter|"
    r"stepmother|stepfather|employer|boss|coworker|landlord"
)

_STRONG = re.compile(
    r"\b\d{1,3}\s?(?:yo|y/o|y\.o\.|yrs?\.? old|years? old|-?years?-old|-?yr-old|yoM|yoF|yom|yof)\b"
    r"|\b\d{1,3}\s?(?:[MF]|mo|wk)\b(?!\.?\d)"
    r"|\b(?i:my|our|this|a|the) (?:pt|patient|pt's|patient's)\b(?! (?:experience|safety|care|"
    r"population|outcomes?|education|advocacy|engagement|portal|voice|perspectives?)\b)"
    r"|\b(?:pt|Pt|PT)\b\.?|\bpts?'s\b"
    r"|\bpresent(?:ed|s|ing)? (?:with|to|w/)|\badmitted\b|\bdischarged\b|\bbrought in\b"
    r"|\bcame in\b|\bintubated\b|\bcoded\b|\bpassed away\b|\bHPI\b|\bPMH\b|\bs/p\b|\bc/o\b"
    r"|\bDOB\b|\bMRN\b|\b(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z]"
    r"|\b(?:his|her|their|pt's|patient's|whose)\s+(?:" + _KIN + r")\b"
    r"|\bG\d\s?P\d|\bPOD\s?#?\d|\bcase of (?:a|an)\b|\bbaby (?:boy|girl|[A-Z])"
    r"|\bresus(?:citated)?\b|\bin the (?:ED|ER|ICU|clinic|trauma bay)\b",
)
_WEAK = re.compile(
    r"\b(?:patient|case|bedside|admission|ED|ER|ICU|NICU|PICU|triage|diagnosed|exam|labs?|"
    r"vitals|ECG|EKG|CT|MRI|CXR|ward|rounds|shift|on call|overnight|consult(?:ed)?|intake|"
    r"chart|charted|EHR|EMR|records?|encounter|callback|home|resides|lives)\b"
    r"|\b(?:my|our) (?:" + _KIN + r")\b",
    re.IGNORECASE,
)
_PROFESSIONAL = re.compile(
    r"\b(?:conference|congress|symposium|summit|meeting|webinar|grand rounds|journal club|"
    r"abstracts?|deadline|registration|register|keynote|speakers?|panel(?:ists?)?|session|"
    r"talk|lecture|slides|poster|hiring|jobs?|position|apply|applications?|fellowship|"
    r"residency|congrat(?:s|ulations)|welcome|paper|published|publication|study|trial|"
    r"meta-analysis|guidelines?|review|podcast|tweetorial|join us|save the date|CME|course|"
    r"workshop|department|dept|colleagues?|faculty|chair|award|cohort|registry|RCT|"
    r"preprint|journal|editorial|booth|venue|agenda|livestream|seminar)\b|#\w+",
    re.IGNORECASE,
)

FAMILY_CUE = re.compile(
    r"\b(?:his|her|their|pt'?s|patient'?s|the patient|pts'|(?:" + _KIN + r")'?s|home|"
    r"family|relative|next of kin|NOK|emergency contact|contact)\b",
    re.IGNORECASE,
)
"""Words before a phone, e-mail, URL or address that tie it to a patient or relative."""


def story_scores(text: str) -> tuple[int, int]:
    """Patient-story and professional cue scores of ``text``."""
    patient = 2 * len(_STRONG.findall(text)) + len(_WEAK.findall(text))
    professional = len(_PROFESSIONAL.findall(text))
    return patient, professional


def _decide(patient: int, professional: int) -> Context:
    return "patient" if patient >= 2 and patient > professional else "professional"


def story_context(texts: Iterable[str]) -> Context:
    """Decide once whether a thread (or a single post) tells a patient's story.

    A thread decides from all its posts together and passes the result to each
    :func:`medtweet.check_phi` call, so a case told over several posts is checked as one.

    Args:
        texts: the posts (and alt texts) of the thread.

    Returns:
        ``"patient"`` when patient-story cues (``54yo``, ``pt``, ``presented``, ``her
        husband``...) outweigh professional ones (conference, paper, deadline...), else
        ``"professional"``.

    Raises:
        TypeError: if an item is not a ``str``.
    """
    patient = professional = 0
    for text in texts:
        p, q = story_scores(require_str(text, "texts", "story_context"))
        patient += p
        professional += q
    return _decide(patient, professional)
