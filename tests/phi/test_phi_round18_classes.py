"""Rounds 18 and 19: own numbers that show a story, one person's values and ages, employers,
places with their side, lot, unit or exit, names by bed, label, spouse or newborn's tag.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import covered, table_tests

import medtweet as mt

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    ("58M, a Caterpillar machinist, crush injury to the L hand.", "Caterpillar", "geographic"),
    ("pt is a retired Southwest Airlines pilot, now with AF.", "Southwest Airlines", "geographic"),
    ("71F, found down in South Lawndale, lactate 6.", "South Lawndale", "geographic"),
    ("EMS: rollover on I-70 near exit 231, GCS 9, intubated.", "I-70 near exit 231", "geographic"),
    (
        "lives at Shady Acres Mobile Home Park lot 9, 66M, COPD.",
        "Shady Acres Mobile Home Park lot 9",
        "geographic",
    ),
    ("Mr. Haverford is 97, EF 20%, wants to go home.", "97", "age"),
    ("her dad 94 still splits his own wood. INR 3.1 today.", "94", "age"),
    ("Pt admitted with CAP. 96, sharp, reads the paper daily.", "96", "age"),
    ("Pt admitted with CAP. 97 and still drives to church.", "97", "age"),
    ("Abuela Reyna is 99, came in with a UTI and a casserole.", "99", "age"),
    ("Pt's old chart: birth certificate said 1921. Delirium resolved.", "1921", "age"),
    ("Handoff: bed 9 is Przybylski, K 3.0 repleting, AM lytes.", "Przybylski", "name"),
    (
        "Census photo showed 'Rm 12 - WOJCIECHOWSKA, M - MRN 4471230' in the back.",
        "WOJCIECHOWSKA, M",
        "name",
    ),
    ("NICU: Baby Girl Oyelaran-Smith off CPAP today, 31 wk.", "Baby Girl Oyelaran-Smith", "name"),
    ("The Haddad brothers (both 17) came in after the same dirt-bike crash.", "Haddad", "name"),
    ("Pt admitted. Takeshi and his wife walk laps of the unit at 6am.", "Takeshi", "name"),
    ('frequent flyer known affectionately as "Skipper" back in bay 4, BAC 0.3', "Skipper", "name"),
    ("Night shift: Wendell in 14 pulled his IV again. 71M, delirium.", "Wendell", "name"),
    ("pt lives at 4417 N. Kimball, 60625, alone with 3 cats.", "4417 N. Kimball", "geographic"),
    ("Birth year 1931, lives independently, sharp as a tack. 58? no. CHF.", "1931", "age"),
    ("we celebrated on 6 South with the night nurses. 95 today, sharp. CHF.", "95", "age"),
    (
        "EMS run sheet: pt found at 1400 block of Polk St, 44M, BGL 38.",
        "1400 block of Polk St",
        "geographic",
    ),
    (
        "address RR 3 Box 211, the ambulance will not find it. 70F, fall.",
        "RR 3 Box 211",
        "geographic",
    ),
    ("Mr. Adeyemi (00512277) finally went home today, adm 9/2.", "00512277", "mrn"),
    ("Kofi and Efua, parents of our NICU twins, made us a cake. 27 wk.", "Efua", "name"),
    ("Our pt spent May 17 (Syttende Mai!) on the unit, 88F, CAP.", "Syttende Mai", "date"),
    (
        "she taught me to make cafecito on Nochebuena. 81F, passed the next week.",
        "Nochebuena",
        "date",
    ),
    ("72F, R CVA. Her goal: make pierogi for Wigilia. OT with dough.", "Wigilia", "date"),
    ("bday today!! Mr. Ostrowski is 100 \U0001f382 the whole floor sang.", "100", "age"),
    ("Rounding thought: Winifred in room 6 is 101 and asked for her lipstick.", "101", "age"),
    ("wife asked me to tweet it because the website is wrong. Pt 93.", "93", "age"),
    ("95 yo F on apixaban. Admitted 3/3 for a fall. Dose?", "3/3", "date"),
    ("admission date: 9/3, surgery: 9/4, home: 9/10. Walked out.", "9/10", "date"),
    (
        "Rosa came in the day after Thanksgiving, gout, every year. 61F",
        "the day after Thanksgiving",
        "date",
    ),
    ("homeless since his landlord on Aurora Ave N evicted him. 52M", "Aurora Ave N", "geographic"),
    (
        "Geri psych consult: retired Army nurse, Colonel Winifred Ames, 88.",
        "Colonel Winifred Ames",
        "name",
    ),
    (
        "her portal username: marigold_knits58 was on the printout. 71F.",
        "marigold_knits58",
        "other_id",
    ),
    (
        "he was born on Christmas Day 1933 and still gets one present. 80s? no, 92.",
        "Christmas Day 1933",
        "date",
    ),
    ("Aunt Soo-ah is 94 (says 95) and refuses hearing aids.", "94", "age"),
    ("our ICU patient Thảo is 96! extubated herself.", "96", "age"),
    ("Grandpa Ruben is 99 & in the ED with a hip fx.", "99", "age"),
    ("Mr. Lomax admitted 10/2, d/c 10/6, NSTEMI, EF 40%.", "10/6", "date"),
    ("58M admitted 10/10 of all days. Urosepsis, lactate 4.", "10/10", "date"),
    ("s/p lap chole, home POD1. Back on the 23rd with a bile leak.", "on the 23rd", "date"),
    (
        "admitted on the 3rd\nreadmitted on the 9th\n\n2 days later same sx. 61F",
        "on the 9th",
        "date",
    ),
    (
        "58M found under the I-64 overpass by Shelbyville, frostbite.",
        "I-64 overpass by Shelbyville",
        "geographic",
    ),
    (
        "EMS to Unit 7, Cypress Court Apartments: 80F, hip fx.",
        "Unit 7, Cypress Court Apartments",
        "geographic",
    ),
    (
        "found down at Maple Grove apartments, bldg D, 66M, hypothermic.",
        "Maple Grove apartments, bldg D",
        "geographic",
    ),
    ("his fax for the FMLA forms is 614/555-0172, 44M, LBP.", "614/555-0172", "fax"),
    ("drives in from the rez 3x/wk in a truck with KD 2218 plates. 61M, HD.", "KD 2218", "vehicle"),
    ("SSN? She read hers out (4471, last 4) to the whole bay. 70F.", "4471", "ssn"),
    (
        "Workers' comp wanted his employee ID, R-0045512, before the CT. 39M.",
        "R-0045512",
        "other_id",
    ),
    ("pharmacy needs PA ref PA-2026-7731190 for her GLP-1. 52F.", "PA-2026-7731190", "other_id"),
    ("my pt Dr. Lindqvist (retired GP, 81) corrected my dosing, again.", "Lindqvist", "name"),
    ("Dr. Okereke, our pt, wants his own echo images. 66M.", "Okereke", "name"),
    ("insurance denied the MRI for T. Halvorsen, 58M, radicular pain.", "T. Halvorsen", "name"),
    (
        "15F, sophomore at Brookfield Community College, LP: xanthochromia.",
        "Brookfield Community College",
        "geographic",
    ),
    (
        "9M from Maplewood Elementary, anaphylaxis at lunch, epi x2.",
        "Maplewood Elementary",
        "geographic",
    ),
    ("pt found down at her apartment on N. Halsted Ave, 72F.", "N. Halsted Ave", "geographic"),
    (
        "his dad works at the Infosys office in Plano, 4M, croup.",
        "Infosys office in Plano",
        "geographic",
    ),
]

# (text, context): clean posts that must stay without findings (context None: decided alone)
CLEAN: list[tuple[str, str | None]] = [
    ("54M, a Spanish teacher, STEMI, door to balloon 58 min.", "patient"),
    ("61F, a retired Army nurse, new AF with RVR.", "patient"),
    ("44M, a Tesla driver, MVC at 40 mph, belted, CT neg.", "patient"),
    ("Our IRB study no. 2024-041277 was approved for the registry.", None),
    (
        "New paper out (doi:10.1016/S0140-6736(26)04411-7) from our study of rural stroke.",
        None,
    ),
    ("Average age 79 in our deprescribing clinic; 14 pts on 10+ meds.", "patient"),
    ("65M, ARDS, P/F 88 on 100%, proned 16 h. Stage IIIB, R-CHOP x6 before.", "patient"),
    ("Professor Sir Michael Kemp gives grand rounds Tuesday at noon, CME credit.", None),
    ("#ESC2026 Lisbon, day 3: median PFS 31.2 mo vs 24.8 mo, HR 0.71. Wow.", None),
    ("Our clinic's asthma line is open daily: 555-201-0144. Share with your pts.", None),
    ("48M, tophi of the 2nd/4th MTPs, urate 11.2. Allopurinol 100 mg, titrate.", "patient"),
    ("71F on warfarin 'since the Carter administration', INR 2.4, CHA2DS2-VASc 4.", "patient"),
    ("39F, mass near her Adam's apple, TI-RADS 4, FNA Bethesda III.", "patient"),
    ("58M, tearing chest pain, CTA: Stanford A, root 5.1 cm. To the OR.", "patient"),
    ("A Southern ED at 0300: 33M, chainsaw lac, 2u O-neg.", "patient"),
    ("80M keeps his glucose log in Excel, A1c 6.9, no hypos.", "patient"),
    ("R-CHOP x6 for DLBCL, IPI 3, Deauville 2 after C4. 66M, remission.", "patient"),
    ("Pt in her 70s in a Midwest nursing home, c diff x3, FMT. No recurrence.", "patient"),
    ("66M, 8 mm RUL nodule, Lung-RADS 4A. acr.org/Clinical-Resources/Lung-RADS", "patient"),
    ("pt aged 90+ with hip fx, Nottingham Hip Fracture Score 6, RCRI 2.", "patient"),
    ('"Doc is this the Lewis trial?" no sir. 78M, MoCA 19/30, Lewy body.', "patient"),
    ("APGAR 2/5/8 at 1/5/10 min, cord pH 6.94. Cooled 72h. Term baby.", "patient"),
    ("62M, smoldering myeloma, 20/2/20 criteria = high risk.", "patient"),
    ("58M, ischemia on stress echo in LAD territory. Thanks Dr. Okafor.", "patient"),
    ("Tweetorial 1/8: the anion gap. Case: a 70M, Na 138, Cl 100, HCO3 12.", None),
    ("Ethics 1/5: a pt in their 80s, capacity intact. Hospice at home. 2/5 ...", "patient"),
    ("Burns: 51M, 30% TBSA. Parkland: 4 x 90 kg x 30 = 10,800 mL in 24h.", "patient"),
    ("45M, LDL 8.1, xanthomata, Dutch Lipid Clinic Network score 10: definite FH.", "patient"),
    ("HTN emergency: goal 25% reduction in the 1st hr, nicardipine 5 mg/h. 60M.", "patient"),
    (
        "Guideline: ahajournals.org/doi/10.1161/CIR.0000000000001123, our 64M is on all 4.",
        "patient",
    ),
    ("31M, Brugada type 1, FHx SCD. EP says ICD. Agreed.", "patient"),
    ("OB: 31F 35 wks, AFI 4, BPP 6/8, NST reactive. Deliver at 37 wks.", "patient"),
]

# (text, context): what check_phi decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    ("Pharmacy: Rx # RX5512087 for Wendell Pruitt, early refill again.", "patient"),
    ("Docket no. 2026-CV-08812, re: Lonnie Whitt. Deposition Friday.", "patient"),
    ("send the notes attn: neuro re: Imelda Vance, DOB 03/14/1961, thx", "patient"),
    ("her TSH is 0.03 now on methimazole, still tremulous, thanks for the update", "patient"),
    ("R.K., 16, from the county high school, syncope at practice. ECG: long QT.", "patient"),
    ("if you are the family of Otis Grange, please call the unit back", "patient"),
    ("Walk-in: Marisol age 9, strep +, PCN allergic.", "patient"),
    ("Job ref # PA-2026-14: pathology assistant, apply by email.", "professional"),
    ("Tweetorial 1/6: The pt, R.K., a 61F from Yakima, presents w/ jaundice, bili 12.", "patient"),
    ("MY PT FROM LAST MONTH CAME BACK TO SAY HI. brought muffins.", "patient"),
    ("Rounding thought: Winifred in room 6 is 100 and asked for her lipstick.", "patient"),
    ('"Doc just email my labs to lou.perrault61@yahoo.com" - every retiree ever.', "patient"),
    (
        "MS3 looking for a mentor! Email me at k.obi.med@gmail.com #MedStudentTwitter",
        "professional",
    ),
    ("link in his bio: linktr.ee/sober_sam_runs. 3 yrs sober, came back with donuts.", "patient"),
    ('"Doc, text me the results to my cell" sir I cannot text you your PSA.', "patient"),
    ("Night float: Agnes in 22 wants to know why the moon is loud. 3 hrs left.", "patient"),
    ("Took care of a roofer after the storm, rhabdo, CK 22,000. Fluids.", "patient"),
    ("He streams his infusions on his channel. Told him fine, just not my face. K 4.9.", "patient"),
    (
        "Reminder: the new clinic line is open 8-5 and she is the contact, 555-201-0144.",
        "professional",
    ),
    ("She texted me from 555-201-0190 at midnight with rash pics. Use the portal pls.", "patient"),
    ("My dad was a GP in Duluth for 40 years and he still checks my BP.", "professional"),
    ("Lab paged at 0300: crit K 7.1 on Lorna Vail in 12B. Redraw 4.3. Hemolyzed.", "patient"),
    ("2/ Today Odalys came to clinic and Odalys's BP was 112/70 off all meds.", "patient"),
]


test_found, test_clean, test_context = table_tests(FOUND, CLEAN, CONTEXT)


def test_a_prescription_number_read_again_flags_the_name_too() -> None:
    text = "Pharmacy: Rx # RX5512087 for Wendell Pruitt, early refill again."
    assert covered(text, "RX5512087", "other_id")
    assert covered(text, "Wendell Pruitt", "name")


def test_a_date_of_birth_outweighs_an_office_s_cues() -> None:
    text = "Please fax our office the records re: Imelda Vance, DOB 03/14/1961. Our fax is down."
    report = mt.check_phi(text)
    assert report.context == "patient"
    assert covered(text, "Imelda Vance", "name")


def test_a_holiday_takes_only_a_year_of_ninety_or_more_years_ago() -> None:
    old = mt.check_phi("44M, born on Christmas Day 1929.", context="patient", year=2026)
    recent = mt.check_phi("44M, seen on Christmas Eve 2019.", context="patient", year=2026)
    assert [f.text for f in old.findings] == ["on Christmas Day 1929"]
    assert [f.text for f in recent.findings] == ["on Christmas Eve"]


HOLIDAYS = [
    "Christmas Eve", "Thanksgiving", "New Year's Eve", "Easter Sunday", "Halloween",
    "July 4th", "Memorial Day", "Labor Day", "Valentine's Day", "Mother's Day",
    "St. Patrick's Day", "Black Friday", "Hanukkah", "Yom Kippur", "Rosh Hashanah",
    "Passover", "Diwali", "Juneteenth", "MLK Day", "Veterans Day", "Cinco de Mayo",
    "Mardi Gras", "Boxing Day", "Lunar New Year", "Kwanzaa", "Nowruz", "Vesak", "Purim",
    "Chuseok", "Canada Day", "Bastille Day", "Anzac Day", "Nochebuena", "Nochevieja",
    "Wigilia", "Syttende Mai", "Rizal Day",
]  # fmt: skip


@pytest.mark.parametrize("holiday", HOLIDAYS)
def test_every_holiday_the_pattern_names_is_looked_up(holiday: str) -> None:
    # a holiday the pattern knows but whose word is missing from its gate is never read
    text = f"71F, admitted with CAP. She fell at home on {holiday}, INR 3.1."
    assert covered(text, holiday, "date", context="patient")
