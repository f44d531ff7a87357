"""Round 28: first names opening a sentence, families by surname alone, cared-for names of
any origin, a decade in brackets, siblings and grandkids, one person's chart values; towns of
two words whose first is a common word, a street address with its state code and ZIP, a
patient's treatment sessions (no institution's); an id-shaped value in the clause after a
biometric word; ages after any person's name or an aside, worded with the sex, "hundred and
one"; holidays in any case, Ramadan, abbreviated weekdays before a comma or at the end; months,
weekdays and holidays kept as names when a shouted post is read in ordinary case.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import table_tests

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    ("pt with AML. Gretchen almost got the wrong bag hung today.", "Gretchen", "name"),
    ("Lost a pt last night. Bernadette. Retired nurse, 88F.", "Bernadette", "name"),
    ("his name is anselmo, he is 88, he fixed every clock on the unit.", "anselmo", "name"),
    ("Night shift. priya in room 12 asked if she could go home at 3am.", "priya", "name"),
    ("email from pt: 'dr its rohan, my sugars are 400s again'", "rohan", "name"),
    ("esperanza (my pt, 70s) calls me mijo. BP 150/90.", "esperanza", "name"),
    ("pt brought in his whole bumper as evidence — Cliff, we believe you.", "Cliff", "name"),
    ("73M, stable angina. Rudy we love you but 40 people got that text.", "Rudy", "name"),
    ("his grandkids still play his voicemail \U0001f979 Dale, you'd hate this. pt", "Dale", "name"),
    ("Honored to care for Dr. Anselm Roth, retired GP, 94, at home. pt", "Anselm Roth", "name"),
    ("Dr. Quist's mom was my patient, I found out at the funeral.", "Quist", "name"),
    ("A 92-year-old retired surgeon, Dr. Odile Perrin, taught me. pt", "Odile Perrin", "name"),
    ("CT ordered on Anita Moss (MRN 2049318) by mistake.", "Anita Moss", "name"),
    ("Pt in 6 is sweet. Desmond does crosswords in pen. CHF.", "Desmond", "name"),
    ("pt died on the unit overnight. Condolences, Oyelowo family.", "Oyelowo", "name"),
    ("Przybyszewski family in room 4 asked for an interpreter. 80F.", "Przybyszewski", "name"),
    ("Seo-yeon (our pt, 31) finally got her transplant call.", "Seo-yeon", "name"),
    ("Radomir (50s, welder) came in with a flash burn to both eyes.", "Radomir", "name"),
    (
        "her dialysis unit in Pembroke Pines shut, she missed 2 sessions, K 6.9.",
        "Pembroke Pines",
        "geographic",
    ),
    ("his boat is still moored in Golden Valley, 70M, CHF.", "Golden Valley", "geographic"),
    (
        "kiosk logged her fingerprint template FP#51207-R against another chart.",
        "51207-R",
        "biometric",
    ),
    (
        "the app stored his iris code IRC-0a4d-7713 in the chart as verified.",
        "IRC-0a4d-7713",
        "biometric",
    ),
    (
        "pharmacy line enrolled her voice (print hash c0ffee4417) last year.",
        "c0ffee4417",
        "biometric",
    ),
    (
        "found downtown, ID'd by prints, AFIS # 00771236-K. Family called.",
        "00771236-K",
        "biometric",
    ),
    (
        "enrolled in the facial-geometry check-in at clinic, hash fg_1a2b3c4d5e.",
        "fg_1a2b3c4d5e",
        "biometric",
    ),
    ("Interpreter came in 5 min. Nanaji is 94 and won't stop telling jokes.", "94", "age"),
    ("My pt Mrs. V. (not her real initial) is 96, DNR, wants tea.", "96", "age"),
    ("ninety-three F, walker, mild dementia, lives with her son.", "ninety-three F", "age"),
    ("hundred and two years old and her only complaint is the food.", "hundred and two", "age"),
    ("He came in at 95 with a BP of 200/110, on no meds.", "95", "age"),
    ("discharged her Dec 22 so she could be home for xmas. 80F, CHF.", "xmas", "date"),
    ("admitted 12/24 (christmas eve), 71M, GI bleed.", "christmas eve", "date"),
    ("A K OF 8.9 AND SHE TALKED TO ME. MS. DUARTE, ON MOTHER'S DAY.", "MOTHER'S DAY", "date"),
    ("58M, T2DM, glargine cut to 16 units for Ramadan.", "Ramadan", "date"),
    ("Mr. Amato is home! extubated Thurs, walked out. 77M.", "Thurs", "date"),
    ("ICD shock at the game. VF. device clinic f/u Mon", "Mon", "date"),
    (
        "MY PT FROM LAST FRIDAY CAME BACK WITH COOKIES. NOT SICK. JUST TO SAY HI.",
        "LAST FRIDAY",
        "date",
    ),
    (
        "PT'S PHARMACY HAS NOT FILLED IT SINCE NOVEMBER 4. MR. ODOM IS OUT OF INSULIN.",
        "NOVEMBER 4",
        "date",
    ),
    (
        "his charge account at Hanley's Drug on Main has paid for it, 70M.",
        "Hanley's Drug on Main",
        "geographic",
    ),
    (
        "4yo, ear infection #3. Daycare (Busy Bees on Elm) has a RSV wave.",
        "Busy Bees on Elm",
        "geographic",
    ),
    ("Keon from Ward 7 was told for years it was anxiety. 44M, STEMI.", "Ward 7", "geographic"),
    ("4yo from the Seventh Ward, 5th asthma admit this year.", "Seventh Ward", "geographic"),
    ("EMS: rollover near exit 118, GCS 9, intubated. 38M.", "exit 118", "geographic"),
    (
        "a note for his employer at Amazon MKE1 so he can sit. 51M, gout.",
        "Amazon MKE1",
        "geographic",
    ),
    (
        "I dialed her employer, Kessler Paints in Maple Heights, by mistake. 50F.",
        "Kessler Paints in Maple Heights",
        "geographic",
    ),
    ("his daughter is at UTEP taking a final, pt's cell is dead.", "UTEP", "geographic"),
    ("She's at UVA now, 31F, new MS, ocrelizumab started.", "UVA", "geographic"),
    (
        "referral for 77F at 14 W Birch Ave, Dayton OH 45402 - oops, wrong window.",
        "14 W Birch Ave, Dayton OH 45402",
        "geographic",
    ),
]

# (text, context): clean posts that must stay without findings (context None: decided alone)
CLEAN: list[tuple[str, str | None]] = [
    ("xylazine wound, 33F, bup 16 mg started. Harm reduction saves lives.", "patient"),
    ("Peer support works. 44M, 2 yrs sober, A1c 6.2.", "patient"),
    ("Soon after the 2nd dose, 61F felt better. CRP 12.", "patient"),
    ("Tiny humans, big hearts: 28 wk twins, 900 g and 1.1 kg. #NICU", "patient"),
    ("Manual BP 188/104 in both arms, 70M, no headache.", "patient"),
    ("Wonderful family. 79F, CHF, home with hospice.", "patient"),
    ("Midwest family med: 45M, SOB, BNP 900.", "patient"),
    ("Ulcer in the duodenum, Forrest IIa, clipped. Hgb 6.9.", "patient"),
    ("NAS: Finnegan scores 9-11, no morphine needed. 3 day old.", "patient"),
    ("AUC 5 dosing via Calvert, CrCl 60. 58F, ovarian ca.", "patient"),
    ("ABG 7.22/60/64, BiPAP 12/5, repeat gas in 1 h. 66M, COPD.", "patient"),
    ("Sodium is 119! 70F, confused, 3% saline.", "patient"),
    ("pt's daughter asked us to 'turn the dialysis down' so he can make the UNC game.", "patient"),
    ("Charcot foot, A1c 9.4, 61M. Geisinger foot clinic guidelines are great.", "patient"),
    ("this is huge, pt 70M with a K of 2.1, its late, pt in bed 4.", "patient"),
    ("QRS 120 ms. the rest of the ECG is normal, 58M. Learn the criteria.", None),
    ("pt on the 4th ward, bed 3, 70M, CAP, CURB-65 2.", "patient"),
    ("Factor VIII inhibitor 12 BU, 70M, thigh hematoma, rFVIIa.", "patient"),
    ("8yo child, Lyme, doxy 4.4 mg/kg x 28 days.", "patient"),
    ("Saw Trousseau in real life today. 41F post-thyroidectomy, Ca 6.8.", "patient"),
    ("BRCA1 185delAG in a 38F; common in Ashkenazi Jewish pts.", "patient"),
    ("His angina had a Monday-Friday pattern: cold walks to work. 61M, LAD.", "patient"),
    ("PT MAY NEED DIALYSIS TONIGHT IF K STAYS 7.1. 70M, ESRD.", "patient"),
    ("she loves christmas cookies and her A1c is 6.4. 80F.", "patient"),
    ("Glucose is 104, A1c 6.1. 66M, diet only.", "patient"),
    ("Iris recognition on iPhone 15 failed after her cataract surgery, 2 attempts.", "patient"),
    ("Fingerprint login down since 0700; call 555-0147 for the IT desk.", None),
]

# (text, context): what check_phi decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    ("Big Ray is back. cellulitis LLE, WBC 17, cefazolin 2 g q8h.", "patient"),
    ("Case: siblings Ama & Kojo, both with SCD, HU 25 mg/kg.", "patient"),
    ("Ignatius (60s, bus driver) slipped on the ice, GCS 15, open tib fx.", "patient"),
    ("Gerald (50s, roofer) fell at a job site, GCS 15, open tib fx. wear harnesses", "patient"),
    ("ms. adeyemi finally got her kidney. called me from pre-op. cried together.", "patient"),
    ("CC: 'my watch said AFib'. Rosalind, 71, from the coast. sinus w/ PACs.", "patient"),
    ("Our clinic line for referrals: 555-201-0144, fax 555-201-0145.", "professional"),
    ("pt is Dr. Farida Okoro's mother, she asked me not to say so.", "patient"),
    (
        "M&M this week at our place: anchoring bias in the ED. no names. 7am, auditorium.",
        "professional",
    ),
    (
        "New fax for the referral office: 555-201-0111. Tell your referring docs! (not pt info)",
        "professional",
    ),
    ("happy 100th birthday to our school's oldest living alum, Dr. Ruth Amsel 🎂", "professional"),
]

# (text): professional posts whose society or meeting mailbox is no one's own
MAILBOXES: list[str] = [
    "The FMX meeting is Sept 22-25. On the panel re: rural family med. tickets: fmx@aafp.example",
]


test_found, test_clean, test_context = table_tests(FOUND, CLEAN, CONTEXT)


@pytest.mark.parametrize("text", MAILBOXES)
def test_a_meeting_mailbox_is_no_one_s_own(text: str) -> None:
    report = mt.check_phi(text)
    assert report.context == "professional"
    assert report.findings == ()


def test_a_word_that_is_also_a_first_name_does_not_open_a_sentence_as_one() -> None:
    text = "Pt with AUD. Harm reduction first. Soon after, Gretchen called."
    names = [f.text for f in mt.check_phi(text, context="patient").findings]
    assert names == ["Gretchen"]


def test_a_weekday_or_a_holiday_after_on_is_no_street() -> None:
    text = "seen at Grandview on Tuesday and at Lakeside on Labor Day. 70F."
    places = [
        f.text for f in mt.check_phi(text, context="patient").findings if f.category == "geographic"
    ]
    assert all(" on " not in place for place in places)
