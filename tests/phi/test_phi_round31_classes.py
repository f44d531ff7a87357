"""Round 31 (from held-out corpora 58-61, scored first): story cues for the writer's own
patient ("my old patient"), for a person named ("a kiddo named ...") or placed ("retired
teacher from ..."), for a post opening on a first name and a deed, an age in brackets with
"!" or in days; a child's own school is no news; full names of any origin opening a
sentence with a bare age, a single name with a clinical age and a deed, a name opening a
sentence with a hometown; the other parts of a name before the part found; "the man is
100"; an age before a colon; a visit's ordinal day whatever follows; "ZIP code, 59301"; a
maker's name before a bracelet's number; other countries' health-cover, register and civic
number cues; plates as India, Kenya and the UK print them; ids with a year between
slashes, digit groups after a letter and a letter after digit groups.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

from tests._phi_support import table_tests

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # names of any origin opening a sentence with an age or a hometown
    (
        "Follow-up: Oluwaseun Adebanjo, 58, from Irving, new AF on the monitor.",
        "Oluwaseun Adebanjo",
        "name",
    ),
    ("Przybylski, 61M, came in with a third DVT this year.", "Przybylski", "name"),
    ("Remember: Tavita from Kalihi, 22, leptospirosis after a hike.", "Tavita", "name"),
    ("Kwabena Mensah from the Bronx came back for his staples.", "Kwabena Mensah", "name"),
    # the other parts of a name before the part found
    ("Case: Tran Van Duc, 66, presented with melena and a Hb of 6.", "Tran Van Duc", "name"),
    ("Frequent visitor LaShonda Brooks is back with DKA.", "LaShonda Brooks", "name"),
    # ages
    ("The woman is 101 and still walks to the pharmacy.", "101", "age"),
    ("Her son swears she's 99: the card says otherwise.", "99", "age"),
    # dates
    ("A man came in the 14th to bring us cookies for saving his wife.", "the 14th", "date"),
    # places and ids
    ("She has lived in one ZIP code, 49684, all her life. 91 now.", "49684", "geographic"),
    (
        "His bracelet reads MedicAlert 3318-7720 and it listed the warfarin.",
        "3318-7720",
        "other_id",
    ),
    ("Pt, NHIF KE-5512-0093, admitted with malaria.", "KE-5512-0093", "health_plan"),
    ("KVNR B987654321 on the referral, wrong surname again.", "B987654321", "health_plan"),
    ("CareCard 9123 456 789 on the form; pt septic.", "9123 456 789", "health_plan"),
    ("Pt's own register number: HCPC OT051122 (she is an OT).", "OT051122", "license"),
    ("AHPRA NMW0001234567 of the pt, a nurse admitted with burnout.", "NMW0001234567", "license"),
    ("Pt's Centrelink CRN 318 220 457K is on the form.", "318 220 457K", "other_id"),
    (
        "Tenant reference HB-QX-551902 for the flat; pt waits for a ramp.",
        "HB-QX-551902",
        "other_id",
    ),
    ("Hospital file no KGH/2025/008812 for the pt with eclampsia.", "KGH/2025/008812", "mrn"),
    ("Blood unit ID H0417 25 330918 on the pt's reaction form.", "H0417 25 330918", "other_id"),
    # (second pass) names and ages after "pt", in brackets in days, after an age, as a contact
    ("Pt Winifred 97 from the farm, can't see the TV any more.", "Winifred", "name"),
    ("Pt Winifred 97 from the farm, can't see the TV any more.", "97", "age"),
    ("Loss: Ishaan (3 days old) died at dawn. We made footprints.", "Ishaan", "name"),
    ("So Pádraig Donnelly, 23, came in with a torsion.", "Pádraig Donnelly", "name"),
    ("Hiker, 71M, Gordon, fell on the ridge trail.", "Gordon", "name"),
    ('Her emergency contact is "Boomer at the garage." He came.', "Boomer", "name"),
    ("his buddy Reggie drove him in.", "Reggie", "name"),
    # more feasts and national days, "opening day" in any case
    ("Slipped on the ice on Shrove Tuesday, 81F, wrist fx.", "Shrove Tuesday", "date"),
    ("Admitted over Onam with a UTI, 77F.", "Onam", "date"),
    ("Collapsed at the parade on Jamhuri Day, 58M.", "Jamhuri Day", "date"),
    ("HOOKED HIS THUMB ON OPENING DAY OF TROUT SEASON, 60M.", "OPENING DAY", "date"),
    # another age given for the same person, an age alone in brackets, an age opening a line
    ("Daughter says she's 96, maybe 97, nobody is sure.", "97", "age"),
    ("Her husband (also 93!) sat by the bed all night.", "93", "age"),
    ("Great-grandma Ines (100 on May 2!!!) went home.", "100", "age"),
    ("HAPPY BIRTHDAY to our Mr. Ashby!!!\n102 today and still on the crossword.", "102", "age"),
    # bare personal sites after more cue words and endings, extensions, numbers read out
    (
        "Her son blogged the saga at strongmomma.example.com, pt 70F.",
        "strongmomma.example.com",
        "url",
    ),
    (
        "Pt's nephew hosted the med tracker at pillpal4tia.example.app.",
        "pillpal4tia.example.app",
        "url",
    ),
    (
        "Dad asked us to ring his work at +61 2 5550 1234 ext 31 after surgery.",
        "+61 2 5550 1234 ext 31",
        "phone",
    ),
    (
        "She read her cell as six one four, five five five, oh one six three.",
        "six one four, five five five, oh one six three",
        "phone",
    ),
    (
        "Pt gave her social as two-one-nine, four-four, oh-three-eight-one.",
        "two-one-nine, four-four, oh-three-eight-one",
        "ssn",
    ),
    # an id by its shape in a story that speaks of a plan; Medicare's MBI
    (
        "Insurer wants the policy number again. It's K771-2093-48. 61F.",
        "K771-2093-48",
        "health_plan",
    ),
    ("The Aetna card said 553920118-01, pt paid cash for months.", "553920118-01", "health_plan"),
    ("Pt read her Medicare number as her phone: 2FH7-QA3-JK81.", "2FH7-QA3-JK81", "health_plan"),
    # "pt 91 didn't", "93 now.", a UK number with its area code in brackets
    ("The kiosk kept his face. Pt 92 didn't consent to it.", "92", "age"),
    ("He knew every dog on his route. 94 now. Asked after ours.", "94", "age"),
    (
        "Pt's landline (01632) 960 118 was cut off, so no one could reach her.",
        "(01632) 960 118",
        "phone",
    ),
    # (after holdout62-65 were scored) pictures and recordings of a face, prints, an eye or a
    # voice, and a lab's accession numbers
    ("Her son posted a full-face photo of her from the ward.", "full-face photo", "biometric"),
    ("We saved his gait video for the neurologist in Boise.", "gait video", "biometric"),
    ("The kiosk stored a thumbprint image of the pt at check-in.", "thumbprint image", "biometric"),
    ("Frozen section back at 4:52 pm: S26-30418 A1, margins clear.", "S26-30418", "other_id"),
    ("Flow on specimen 26-HEM-20577 shows a B-cell clone, pt 70F.", "26-HEM-20577", "other_id"),
    # names as records print them
    (
        "DICOM tags on a teaching case: PatientName HOLLIS^WADE^J, PatientID 5510.",
        "HOLLIS^WADE^J",
        "name",
    ),
    ('Whiteboard on someone\'s story: bed 4 "TORRES, M CP r/o ACS".', "TORRES, M", "name"),
    (
        'Eligibility pasted in chat: "Subscriber OKAFOR, GRACE  Member W2 8813".',
        "OKAFOR, GRACE",
        "name",
    ),
    # a name an email address spells
    ("Femi sent his labs from femi.ola.runs@example.com at 3am.", "Femi", "name"),
    ("Mail from tdolores.cg@example.com again. Dolores called too.", "Dolores", "name"),
    ("why Mg 1.6? diarrhea, sheila. (she wrote from sheila.vandam@example.net)", "sheila", "name"),
    # towns of any name after a person's age
    ("Wiremu (94) from Kaikohe, brought in by his mokopuna.", "Kaikohe", "geographic"),
    ("Mrs Olivier, 92, Bellville South, fell at church.", "Bellville South", "geographic"),
    ("Patient's PIN code 600004 on the referral.", "600004", "geographic"),
    # plates printed as other countries print them
    ("Pt crashed his car MH 12 AB 3344 on the ghat road.", "MH 12 AB 3344", "vehicle"),
    ("Pt, 40M, at the wheel of DL3C AX 5521 when he seized.", "DL3C AX 5521", "vehicle"),
    ("Pt's matatu KCB 442J rolled on the highway.", "KCB 442J", "vehicle"),
]

# (text, context): no finding (but relative dates) when checked with ``context``
CLEAN: list[tuple[str, str | None]] = [
    ("Syncope, 45F, in the ED with a normal ECG.", "patient"),
    ("Pizza from the usual place at noon for the pt's birthday.", "patient"),
    ("She was born the 3rd of five kids, 60F, new HF.", None),
    ("Pt, 45M, Hispanic, chest pain.", "patient"),
    ("Pt (70) from Poland, chest pain.", "patient"),
    ("Pt, 61M, HFrEF, on the monitor.", "patient"),
    ("Pt, 17yo, Louisiana, no bed for 3 days.", "patient"),
    ("Pt 70M, BP (96 on the monitor) then 88 after the bolus.", "patient"),
    ("Pt 70M, HR 96, or 98 on recheck, no AF.", "patient"),
    ("Pt 4yo counted one two three four five six seven for us.", "patient"),
    ("Pt 70F, insurance denied the CT; HR 88, BP 132/80, Cr 1.1.", "patient"),
    ("Biopsy: fingerprint-like inclusions on electron microscopy, 14yo.", "patient"),
    ("Pt 50M, ARDS, P/F ratio 90, proned.", "patient"),
    ("Happy retirement to Nurse Manager Betty Olsen!", "professional"),
]

# (text, context): what ``check_phi`` decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    (
        "Ran into my old patient at the hardware store. Holding a lawnmower like a trophy.",
        "patient",
    ),
    ("Our pt's blog explains lupus better than my textbook. Sent it to my students.", "patient"),
    ("We had 2 pts named Garcia in rooms 3 and 4. Use two identifiers.", "patient"),
    ("Retired welder from Kokomo. Fingers white in the cold. Raynaud's?", "patient"),
    ("Anneliese rang the bell today!!! Last chemo ever. His school made a banner.", "patient"),
    ("Zuberi got his GED at Lincoln Adult School while on dialysis.", "patient"),
    ("Imelda (100!) from Tulsa celebrated on our ward with a choir.", "patient"),
    ('Unit nicknames: "Chief" (Ambrose Kettle, 94, Navy) and "Doc" (Mabel Fry, 89).', "patient"),
    # "our" before one person, and a clinic a referral went to, are no news
    ("Our girl Sunniva rang the bell today!!! She picked the song herself.", "patient"),
    ("Sent the referral to the wound clinic at 555-0100 and she waited 3 weeks.", "patient"),
    # colleagues and patients in general stay news
    ("The Mayo Clinic and Duke teams co-authored a consensus. Today. Miracles.", "professional"),
    ("Our patients deserve better access to insulin: call your senator.", "professional"),
    ("Our med school is hiring faculty for the fall.", "professional"),
]

test_found, test_clean, test_context = table_tests(FOUND, CLEAN, CONTEXT)


def test_words_before_a_name_that_are_not_part_of_it() -> None:
    text = "Greetings from Chicago! Parents Kyle and Dana stayed calm. Two Rosa Lims on the board."
    names = [
        text[f.start : f.end]
        for f in mt.check_phi(text, context="patient").findings
        if f.category == "name"
    ]
    assert names
    assert not any(name.startswith(("Greetings", "Parents", "Two")) for name in names), names


def test_an_ordinary_word_inside_an_address_is_no_name() -> None:
    text = "Residency questions? Write to imresidency@example.edu. Residency is fun."
    report = mt.check_phi(text, context="patient")
    assert [f.category for f in report.findings] == ["email"]


def test_a_serial_found_by_its_cue_keeps_its_family_in_a_plan_story() -> None:
    text = "Pt's insurance covered the implant, processor serial CI-88214770, 2yo."
    found = [(f.text, f.category) for f in mt.check_phi(text, context="patient").findings]
    assert ("CI-88214770", "device") in found
