"""Properties of check_phi and redact on arbitrary text (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import medtweet as mt

# Any str, including lone surrogates and control characters, plus text shaped like posts.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, min_codepoint=0), max_size=300)
PIECES = st.sampled_from(
    [
        "58yo M", "pt ", "Mrs. Jones", "her husband Tom", "on 3/14", "March 14th", "yesterday",
        "in Boise, ID 83702", "MRN 1234567", "SSN 123-45-6789", "(208) 555-0177",
        "x@example.com", "https://gofundme.com/f/x", "10.0.0.1", "94yo", "St. Luke's",
        "BP 120/80", "3/6 murmur", "\u202e", "\u200f", "\x00", "\ud800", " ", ", ", ".",
        "#MedTwitter", "@doc", "\n", "J.K.", "VIN 1HGCM82633A004352", "[NAME]", "[DATE]",
        "Baby Aiden", "(97)", "Pt Opal, 104,", "plate ABC 1234", "fingerprint",
    ]
)  # fmt: skip
POSTS = st.lists(st.one_of(PIECES, ANY_TEXT), max_size=12).map("".join)
TEXTS = st.one_of(ANY_TEXT, POSTS)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from([None, "patient", "professional"]))
def test_check_never_raises_and_spans_match(text: str, context: mt.phi.Context | None) -> None:
    report = mt.check_phi(text, context=context)
    previous_end = 0
    for finding in (*report.findings, *report.notes):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        assert isinstance(finding.category, mt.Category)
    for finding in report.findings:
        assert finding.start >= previous_end  # sorted, not overlapping
        previous_end = finding.end
    assert report.ok == (not report.findings)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_redact_output_checks_clean_and_is_idempotent(text: str) -> None:
    styles: tuple[mt.phi.RedactStyle, ...] = ("placeholder", "mask")
    contexts: tuple[mt.phi.Context, ...] = ("patient", "professional")
    for style in styles:
        once = mt.redact(text, style=style)
        assert mt.check_phi(once).ok
        assert mt.redact(once, style=style) == once
    for context in contexts:
        redacted = mt.redact(text, context=context)
        assert mt.check_phi(redacted, context=context).ok


@settings(max_examples=50, deadline=None)
@given(st.lists(TEXTS, max_size=5))
def test_story_context_is_total(texts: list[str]) -> None:
    assert mt.story_context(texts) in ("patient", "professional")


def test_one_megabyte_post() -> None:
    filler = "BP 120/80, HR 88, lactate 2.1, apixaban 5 mg BID, 3/6 murmur, EF 35%. " * 20
    chunk = filler + "58yo M presented on 3/14 to St. Luke's in Boise, MRN 1234567. "
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert len(report.findings) > 500
    part = text[:100_000]
    assert mt.check_phi(mt.redact(part)).ok


@pytest.mark.parametrize(
    "unit",
    [
        "HR 88 RR 16 T 37 Na 135 K 4.1 ",  # many short runs of digits, no date
        "hx 1998 2004 2011 CABG 2019 ",  # many years, no ISO date
        "123 45 6789 ",  # SSN-sized runs without the dashes
        "10.1 2.3 4.5 6.7 ",  # dotted numbers, no IPv4 address
    ],
)
def test_one_megabyte_of_number_runs(unit: str) -> None:
    # the digit gates scan the text once; a search per run of digits would take minutes here
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    assert mt.check_phi(text, context="patient").findings == ()
