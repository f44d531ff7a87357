"""Each identifier family: what must be flagged, and clinical look-alikes that must not."""

from __future__ import annotations

import pytest

import medtweet as mt
from medtweet.phi._ids import luhn_ok, vin_ok

STORY = "58yo M presented with chest pain. "


def flagged(text: str, context: str | None = "patient") -> dict[str, str]:
    report = mt.check_phi(text, context=context)  # type: ignore[arg-type]
    return {f.text: f.category.value for f in report.findings}


def covered(text: str, span: str, category: str, context: str = "patient") -> bool:
    """Some finding of ``category`` covers ``span`` (and at most its punctuation)."""
    start = text.index(span)
    report = mt.check_phi(text, context=context)  # type: ignore[arg-type]
    return any(
        f.category == category
        and f.start <= start
        and f.end >= start + len(span)
        and len(f.text.strip(".,;: ")) <= len(span) + 24
        for f in report.findings
    )


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # dates
        (STORY + "Seen on 3/14.", "3/14", "date"),
        (STORY + "Admitted 10/3 overnight.", "10/3", "date"),
        (STORY + "DOB 4/5/61.", "4/5/61", "date"),
        (STORY + "Came back March 14th.", "March 14th", "date"),
        (STORY + "Came back on the 14th.", "on the 14th", "date"),
        (STORY + "Admitted on the third of July.", "the third of July", "date"),
        (STORY + "Arrived yesterday.", "yesterday", "date"),
        (STORY + "Crashed this morning.", "this morning", "date"),
        (STORY + "Presented last Tuesday.", "last Tuesday", "date"),
        (STORY + "Came in on Christmas Eve.", "on Christmas Eve", "date"),
        (STORY + "Discharged 11/05/2023.", "11/05/2023", "date"),
        (STORY + "Back in March.", "March", "date"),
        # ages
        ("A 94-year-old woman presented with AF.", "94-year-old", "age"),
        ("94yo F with syncope, pt stable.", "94yo", "age"),
        ("Pt is 93 y/o, presented with fall.", "93 y/o", "age"),
        ("96M presented with sepsis.", "96M", "age"),
        (STORY + "She is aged 91.", "aged 91", "age"),
        (STORY + "Born 1929 per family.", "1929", "age"),
        (STORY + "A ninety-two year old.", "ninety-two year old", "age"),
        # names
        (STORY + "Mrs. Jones was worried.", "Jones", "name"),
        (STORY + "pt Jane K. was seen.", "Jane K.", "name"),
        (STORY + "Her husband Tom drove.", "Tom", "name"),
        (STORY + "We met baby Aiden.", "Aiden", "name"),
        (STORY + "Initials J.K. on the chart.", "J.K.", "name"),
        (STORY + "Marisol Ferndale-Ostrowski was seen.", "Marisol Ferndale-Ostrowski", "name"),
        # geography
        (STORY + "Lives at 4417 Old Kettle Rd.", "4417 Old Kettle Rd", "geographic"),
        (STORY + "Drove in from Boise.", "Boise", "geographic"),
        (STORY + "Lives in Tulare County.", "Tulare County", "geographic"),
        (STORY + "Home is Fresno, CA 93726.", "Fresno", "geographic"),
        (STORY + "Home is Fresno, CA 93726.", "93726", "geographic"),
        (STORY + "Transferred to St. Luke's.", "St. Luke's", "geographic"),
        (STORY + "Sent to Mercy General Hospital.", "Mercy General Hospital", "geographic"),
        (STORY + "Zip code 036.", "036", "geographic"),
        # contacts
        (STORY + "Call (559) 555-0142.", "(559) 555-0142", "phone"),
        (STORY + "Records faxed to 312-555-0198.", "312-555-0198", "fax"),
        (STORY + "Email m.ferndale@zephyr.example.", "m.ferndale@zephyr.example", "email"),
        (STORY + "Support: gofundme.com/f/help-tom", "gofundme.com/f/help-tom", "url"),
        (STORY + "Device at 10.34.201.7 reported.", "10.34.201.7", "ip"),
    ],
)
def test_flags(text: str, span: str, category: str) -> None:
    assert covered(text, span, category), flagged(text)


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("SSN 402-19-8877 on the form.", "402-19-8877", "ssn"),
        ("SSN as written: 402 19 8877.", "402 19 8877", "ssn"),
        ("last four of her SSN are 8877", "8877", "ssn"),
        ("Chart filed under mrn 2280 pending merge.", "2280", "mrn"),
        ("Encounter chartMRN04857211 closed.", "04857211", "mrn"),
        ("Member ID HPX-77-40921 on the card.", "HPX-77-40921", "health_plan"),
        ("Billing account 6620148833 was charged.", "6620148833", "account"),
        ("Licence number 1841007193 expired.", "1841007193", "license"),
        ("Car plate 8XYZ432 in the lot.", "8XYZ432", "vehicle"),
        ("VIN 1HGCM82633A004352 on file.", "1HGCM82633A004352", "vehicle"),
        ("Device serial SN-CG5-881207X.", "SN-CG5-881207X", "device"),
        ("Voiceprint template VP-559A is used.", "VP-559A", "biometric"),
        ("Study code CRIMSON-0447 links here.", "CRIMSON-0447", "other_id"),
        ("Her cell is 208-555-0177.", "208-555-0177", "phone"),
        ("mom's email is jo.smith@example.com", "jo.smith@example.com", "email"),
    ],
)
def test_flags_anywhere(text: str, span: str, category: str) -> None:
    assert covered(text, span, category, "professional"), flagged(text, "professional")


@pytest.mark.parametrize(
    "text",
    [
        STORY + "BP 120/80, HR 88, 3/6 holosystolic murmur, 10/10 pain, 5/5 strength.",
        STORY + "Given 1/2 NS at 100 mL/h, vision 20/20, 2/4 blood cultures positive.",
        STORY + "K 5.1, Cr 1.2, Trop 10000, WBC 12.5, Hgb 9.8, INR 2.3, pH 7.21.",
        STORY + "Metoprolol 25 mg BID, apixaban 5 mg, ICD-10 I50.22, CPT 93306.",
        STORY + "BRCA1 c.68_69delAG, QTc 480 ms, NYHA III, G2P1, POD 3, GCS 14, CHA2DS2-VASc 4.",
        STORY + "Symptoms for 3 days, at 2am, in 2023, 89yo grandmother-in-law aged 90+.",
        STORY + "Classic Wolff-Parkinson-White; ruled out Addison disease and Parkinson's.",
        STORY + "Recalled the SPRINT and DAPA-HF trials. Fever to 102F.",
    ],
)
def test_clinical_numbers_pass(text: str) -> None:
    assert flagged(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Join us at #ACC26 in Chicago, March 28-30! Speakers Dr. Smith and Jane Doe.",
        "Abstract deadline Jan 15. Questions: cardiology@example.org or 312-555-0100.",
        "Great journal club paper https://doi.org/10.1056/NEJMoa2034577 and PMID 32865377.",
        "Congrats to Maria Lopez on her fellowship! Grand rounds Tuesday at noon.",
        "See https://clinicaltrials.gov/study/NCT04564742 and https://www.acc.org/guidelines",
    ],
)
def test_professional_posts_pass(text: str) -> None:
    assert mt.check_phi(text).ok, mt.check_phi(text).findings


def test_checksums() -> None:
    assert vin_ok("1HGCM82633A004352")
    assert not vin_ok("1HGCM82633A004353")
    assert luhn_ok("4111 1111 1111 1111")
    assert not luhn_ok("4111 1111 1111 1112")


def test_context() -> None:
    assert mt.story_context(["72yo M presented with CP", "BP 90/60"]) == "patient"
    assert mt.story_context(["Conference registration open", "Speakers announced"]) == (
        "professional"
    )
    assert mt.check_phi("on 3/14 we met", context="patient").findings
    assert not mt.check_phi("on 3/14 we met", context="professional").findings


def test_type_errors() -> None:
    with pytest.raises(TypeError, match="text"):
        mt.check_phi(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        mt.redact(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        mt.story_context([1])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="context"):
        mt.check_phi("x", context="case")  # type: ignore[arg-type]


def test_finding_fields_and_redact() -> None:
    text = STORY + "Mrs. Jones came back on 3/14 from Boise."
    report = mt.check_phi(text)
    assert not report.ok
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.rule
        assert finding.message
    redacted = mt.redact(text)
    assert "[NAME]" in redacted
    assert "[DATE]" in redacted
    assert "[GEOGRAPHIC]" in redacted
    assert mt.check_phi(redacted).ok
    assert mt.redact(redacted) == redacted
    assert mt.check_phi(mt.redact(text, style="mask")).ok
