"""Round 36 (from held-out corpora 102 to 105, after they were scored): a woman, man, boy,
girl, child or patient named in another language where a name could stand ("Kvinna, 45,",
"Mand, 69,"), and "Maman" for a mother, are no name. A number after "n°", "Nr." or a
compound's "-nummer" ("Passnummer", "Rechnungsnr."), or after a comma ("student ID,
892-..."), and values whose groups are joined by slashes ("FIR no. 0217/2024"). In a
patient story, a code that files one person (capitals, then groups of digits joined by
dashes or slashes: "PSO-3021-0441", "FAM-0392") and a long number right after a code word
or a bank's name ("HAR 700448213", "GTBank 0123847756"); not a year's edition
("FIGO-2018"), a drug maker's compound code ("AZD-1222"), a citation ("PubMed 31475795"), a
drug's package code ("NDC 0003-0894-21") or a job's number ("position #FAC-2026-119").
From held-out corpora 106 and 107 (after they were scored): identity papers, accounts,
professional registers, health plans and fingerprints of Spanish and Portuguese
("pasaporte", "RG", "CC", "conta", "cédula profesional", "CRM-SP", "nº de utente",
"huella dactilar"); a name given by "se llama" or "o nome dela é"; quarters, settlements
and roads by their kind first ("Complexo do Alemão", "Colonia Doctores", "Jardim Elba",
"Av. Juárez"); a first name that owns a lab value ("Anthony's CEA is 1.2") tells a
story; days, weeks and months written the British way ("3/7 hx", "for 5/7", "2/52") are
no date. A DNA (STR) profile of two loci or more; a specimen's number; an Australian
Medicare card's number; a name after a role's
sentence ("Hospice nurse. Walter died"); "calling her"; a relative as a whiteboard lists one
("Curtis (son) ...") makes a story of the post. A lab value that rose or fell "from" five
digits is no ZIP code. "Man, 45," and Spanish and Portuguese words spelt like rare first
names ("Essa", "Vino") are no name; a titled colleague's passing and a job post with its
coordinator read as professional.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from tests._phi_support import table_tests

import medtweet as mt
from medtweet.phi import _national as national

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # a number after a cue of another language, or after a comma
    ("Seine Versichertennummer K81234567 stand auf dem Zettel.", "K81234567", "health_plan"),
    ("Pt's Rechnungsnr. RB-2025-557201 went to her old flat.", "RB-2025-557201", "other_id"),
    ("Bon de sortie n° HGR-KIN-0588 pour le petit, 6 ans.", "HGR-KIN-0588", "other_id"),
    # (a national number, read with the others that stand where an SSN does since round 38)
    ("Cédula nº 40021877 en la pulsera del paciente.", "40021877", "ssn"),
    ("He kept saying his member ID, 773-018-442, over and over.", "773-018-442", "health_plan"),
    ("Kept repeating his student ID, 551-208-934, in the bay.", "551-208-934", "other_id"),
    ("Her complaint no. 0311/2025 is with the police now.", "0311/2025", "other_id"),
    ("Admission no. KTH/2023/5512 for the boy with burns.", "KTH/2023/5512", "other_id"),
    # a code that files one person, in a story
    ("Our pt is in the eczema trial (ECZ-4410-0217) and loves it.", "ECZ-4410-0217", "other_id"),
    ("Kindred KIN-0077 now has three affected brothers, 41M the latest.", "KIN-0077", "other_id"),
    ("Pt's badge said OPD/19/33410 and nothing else.", "OPD/19/33410", "other_id"),
    ("Biobank donor DNR-BX-88120 is our 52F with the odd variant.", "DNR-BX-88120", "other_id"),
    # a long number right after a code word or a bank's name
    (
        "Billing put the pt's stay on the wrong HAR \u2014 600339127 \u2014 again.",
        "600339127",
        "other_id",
    ),
    (
        "Family asks for help with his surgery: Zenith Bank 2087741563, his dad.",
        "2087741563",
        "account",
    ),
    ("She paid the deposit, OCR 55019273311, but it bounced. 71F.", "55019273311", "other_id"),
    ("Her A/c 40028817735 for donations, the pt's mother posted.", "40028817735", "account"),
    # identity papers, accounts, registers, plans and prints in Spanish and Portuguese
    ("Paciente hondureño, pasaporte F0228417, neumonía.", "F0228417", "other_id"),
    ("Pcte com RG 34.118.902-X no bolso.", "34.118.902-X", "other_id"),
    ("Paciente con CC 1.144.028.337 y sin EPS.", "1.144.028.337", "other_id"),
    ("Conta 00912733-4 no papel da vovó, 81 anos.", "00912733-4", "account"),
    ("Señora de 93 con su cédula profesional 2219034 en la pared.", "2219034", "license"),
    ("O paciente é colega, CRM-MG 44182, e furou a fila.", "44182", "license"),
    ("Senhora de 94 anos, nº de utente 301448227, internada.", "301448227", "health_plan"),
    ("La huella dactilar 9C1B-44A0-E2F7 lo identificó, 33 años.", "9C1B-44A0-E2F7", "biometric"),
    # a name given in Spanish or Portuguese
    ("Señor de 90 con demencia, se llama Eustaquio, camisa roja.", "Eustaquio", "name"),
    ("A menina de 6 anos, o nome dela é Maria Luíza, tá bem.", "Maria Luíza", "name"),
    # quarters, settlements and roads of Latin America and Iberia by their kind first
    ("Menino de 9 anos do Complexo da Penha com febre.", "Complexo da Penha", "geographic"),
    ("Vive en la Colonia Doctores con su nieta, 91 años.", "Colonia Doctores", "geographic"),
    ("Dona Cida, 95, mora no Jardim Elba.", "Jardim Elba", "geographic"),
    ("Lo encontraron en Av. Insurgentes, sin papeles, 70 años.", "Av. Insurgentes", "geographic"),
    ("Pcte da Vila Madalena, 88 anos, queda.", "Vila Madalena", "geographic"),
    # a DNA (STR) profile, a specimen's number, an Australian Medicare card's number
    (
        "ME case: STR profile D5S818 11,12; vWA 17,19; TPOX 8,8 was uploaded.",
        "D5S818 11,12; vWA 17,19; TPOX 8,8",
        "biometric",
    ),
    (
        "Y-STR DYS456=15 DYS389I=13 DYS635=23 matched his uncle.",
        "DYS456=15 DYS389I=13 DYS635=23",
        "biometric",
    ),
    ("Pt read me his specimen #Q7731-220418 off the portal.", "Q7731-220418", "other_id"),
    (
        "Mrs Tui brought her Medicare card; we only needed hers: 2953 71046 1.",
        "2953 71046 1",
        "health_plan",
    ),
    # a ZIP code after a place's preposition
    (
        "Three heat strokes tonight, all from 85031. Check on your neighbours.",
        "85031",
        "geographic",
    ),
    # a name after a role's sentence, and a name given by "calling her"
    ("Hospice nurse. Winifred died at dawn with her rosary, 96.", "Winifred", "name"),
    ("Baby came on the 18th. They're calling her Bridget anyway.", "Bridget", "name"),
    # a relative as a whiteboard lists one makes a story of the post
    (
        'Nearly posted our whiteboard: "Dwayne (son) (614) 555-0188 call anytime". Cropped.',
        "(614) 555-0188",
        "phone",
    ),
    # the last four of an SSN said out loud a sentence after it was asked for
    ('They wanted the "last 4 of social". I said 5530 out loud in the bay.', "5530", "ssn"),
    (
        'We checked the pt by the "last four" \u2014 0318 \u2014 and her son said it too.',
        "0318",
        "ssn",
    ),
    # an Ontario health card with its version code; a hospital number glued to "HN"
    (
        "OHIP moment: Mr. Gagnon's card 6621-448-903-LM doesn't exist.",
        "6621-448-903-LM",
        "health_plan",
    ),
    ("HN55019283 shows this lady twice in the system, 71F.", "55019283", "mrn"),
    # a record's label: a surname and a given name in capitals, then its number
    ('Found in the fridge: "OKAFOR, JAMES 4417208 03/02/1951".', "4417208", "mrn"),
    # (a device's cue still names its serial: "EL DR, SN" is no record's label)
    ("ICD data: Dynagen EL DR, SN 118872, and he got shocked at pickleball.", "118872", "device"),
    # record and national numbers after their words in other scripts and languages
    (
        "\ub4f1\ub85d\ubc88\ud638 00773318 \u2014 printed twice on the wristband, 88M.",
        "00773318",
        "mrn",
    ),
    ("Patsient. Isikukoodi 44512230217 tean juba peast.", "44512230217", "ssn"),
    ("Kennitala 120338-2249. Still rows his boat at 88.", "120338-2249", "ssn"),
    # names as a record, a label or a file prints them, and a research family by surname
    (
        "pt's wristband: 'FERREIRA, LUCIA DEL PILAR / MR 4471203'",
        "FERREIRA, LUCIA DEL PILAR",
        "name",
    ),
    (
        'Walked past "McBRIDE, MAUREEN \u2014 91F \u2014 CP" on the board.',
        "McBRIDE, MAUREEN",
        "name",
    ),
    ('Families, crop the band: "HAROLD J. BECK DOB 03/18/1941" in 4K.', "HAROLD J. BECK", "name"),
    ('"can someone review EILEEN MARSH bed 22" is a data breach.', "EILEEN MARSH", "name"),
    ("folder named beatrice_holm_1931 on the shared drive. So she's ~95.", "beatrice_holm", "name"),
    (
        "Filenames: tomas_meds.docx, sent to IT quarantine, the pt's mom meant well.",
        "tomas",
        "name",
    ),
    ("Pedigree update for the Adeyemi-Clarke kindred: II-3 consented.", "Adeyemi-Clarke", "name"),
    ("familia Arrieta updates ended up in a discharge summary, 7yo.", "Arrieta", "name"),
    # where a person is from in Spanish or Portuguese; a service, then a town, before a colon
    ("Paciente aymara, 92, de Achacachi. Viajó 8 horas.", "Achacachi", "geographic"),
    ("Jubilada, de Barracas, llegó a la guardia con un ACV.", "Barracas", "geographic"),
    ("El Sr. Ruiz es de Tlacolula y eso cambia todo.", "Tlacolula", "geographic"),
    ("Paciente de 93 anos, de Ílhavo, internada.", "Ílhavo", "geographic"),
    ("Family med, Kamloops: flew a pt out at 03:00 in -38.", "Kamloops", "geographic"),
    # an age after a bed in brackets, and one reached of late after a name
    ("Our Edna (bed 6, 94) taught the bay to play whist.", "94", "age"),
    ("Mrs Tane, 90 last week, came to tell me she's done with advice.", "90", "age"),
    # a date's ordinal followed by a clause, and a full postcode in a chemical's district
    ("She fell on the 14th and broke her hip, 92F.", "the 14th", "date"),
    ("Discharged the 19th back to the care home, 91M.", "the 19th", "date"),
    ("Moved to CO2 7AB last year, 91F.", "CO2 7AB", "geographic"),
    # a point's latitude and longitude
    (
        "The photo still has EXIF: GPS -27.4698, 153.0251. Take it down.",
        "-27.4698, 153.0251",
        "geographic",
    ),
    # a patient or a relative spoken to by name
    ("Please ring reception: Aoife, I can't ring 087 914 2276 from my mobile.", "Aoife", "name"),
    ("Pt was delighted with her new hip, 91. Get well soon, Tamsin!", "Tamsin", "name"),
    # well-known care centres outside the United States, by the names clinicians use
    ("Dad sold 2 cows for the bus fare to Bugando, 9yo with Burkitt's.", "Bugando", "geographic"),
    ("Pt: Nazia, 34F, Safdarjung labour room, PPH 1.8 L.", "Safdarjung", "geographic"),
    (
        "Flew our STEMI out of Pikeville to Cabell Huntington, 41 min.",
        "Cabell Huntington",
        "geographic",
    ),
    # (a hospital's name inside a record number stays the number: "LUTH/PL/26/00718")
    ("Hospital No LUTH/PL/26/00718: contracture release, 19F.", "LUTH/PL/26/00718", "other_id"),
    # a known town set against a town found, by "to" or an arrow
    ("Clarksdale to Memphis every 2 weeks for her chemo, 71F.", "Clarksdale", "geographic"),
    (
        "The parents of Rami (4, SMA, Zahle \u2192 Boston) posted his journey.",
        "Boston",
        "geographic",
    ),
    # French "depuis", "d'" and Persian "az" before a known town
    ("Sa fille m'\u00e9crit depuis Lyon \u00e0 2h du matin, 91 ans.", "Lyon", "geographic"),
    ("Il a fait toutes les pharmacies d'Abidjan pour son fils, 7 ans.", "Abidjan", "geographic"),
    ("Pesaresh az Karaj avordesh, 73 sale, BG 486.", "Karaj", "geographic"),
    # a first name that owns a lab value or a marker tells a patient's story
    ("Scanned in May 2nd, and Dolores's CEA is 0.9 now. Bell rung.", "May 2nd", "date"),
]

# (text, context): nothing but relative dates is found
CLEAN: list[tuple[str, str | None]] = [
    # a woman, a man or a patient in another language, where a name could stand
    ("Kvinna, 52, yrsel i 3 veckor. Hb 101.", None),
    ("Mann, 61, Brustschmerz seit 2 Stunden, Troponin 88.", None),
    ("Mand, 74, KOL, FEV1 38 %.", None),
    ("Kvinne, 29, migrene med aura.", None),
    ("Femme, 33, G2P1, TA 150/95.", None),
    ("Mujer, 47, dolor torácico, troponina negativa.", None),
    ("Paciente, 66, EPOC, FEV1 41 %.", None),
    ("Maman et bébé vont bien apres la césarienne, 38 SA.", None),
    # codes and numbers that file no person
    ("Staging per FIGO-2018 for our 44F with a cervical mass.", None),
    ("Our 58M is on AZD-1222 booster protocol? No, just the usual schedule.", None),
    ("PubMed 33774421 for the trial our 62M was treated under.", None),
    ("For our pt: NDC 0002-8215-01 is the pen's package code.", None),
    ("Pt asked about the job: position #NUR-2026-118, nights.", None),
    ("Viral load 12,400,000 copies at diagnosis, our 34M on ART now.", None),
    # days, weeks and months written the British way
    ("ST3 clinic: 4/7 hx of dysuria, nitrites +. Nitrofurantoin for 3/7.", None),
    ("Bronchiolitis, 2/7 of poor feeding, review in 2/52.", None),
    ("Man, 45, allergic to every antibiotic but one, and he was right.", None),
    ("Essa menina de 14 anos fez a manobra de Heimlich no avô de 81.", None),
    ("Vino de Bolivia hace 5 años; mujer de 38 con Chagas crónico.", None),
    # a titled colleague's passing, and a job post with its coordinator, are professional
    ("Sad news: Dr. Amadou Keita, surgeon in Bamako for 40 years, passed away at 79.", None),
    (
        "Fellowship spot open, start July, Tucson. Call the fellowship coordinator, Ms. Ana Ruiz.",
        None,
    ),
    ("Welcome to Rochester, new interns! Orientation is on the first Monday.", None),
    ("Our pt has done the last 4 weeks: 2019 was worse. 44F, asthma.", "patient"),
    ("Trial names sound like pts: DAPA, EMPEROR, GALACTIC, VICTORIA. 68F on vericiguat.", None),
    ("Grade 3/6 murmur at RUSB, AVA 0.7 cm2, mean gradient 48. 88F.", None),
    ("Medical students, do NOT put the SSN in your template. 44M with chest pain.", "patient"),
    ("Paciente de Oncología, 67 años, con dolor.", None),
    ("BP 150/90, 90 last week too. 58M on amlodipine.", None),
    ("Hunters, I am begging you: wear the harness. 44M, L1 burst fracture.", None),
    ("Reader, I am 41. 84F with a hip fracture asked if I could drive.", "patient"),
    # an ordinal that counts things, a thread's closing counter, a registrar's patient, CO2
    ("Amiodarone 300mg after the 3rd shock, then 150mg. 55M in VF.", None),
    ("Held tamsulosin and the 2nd antihypertensive, 85yo, no falls since.", None),
    ("\U0001f9f5 Tweetorial: hypercalcemia of malignancy, 1/8.", None),
    ("Neurosurg reg: 57F, thunderclap headache, CTA shows a PCOM aneurysm.", None),
    ("Target 88-92% in CO2 retainers, 78M with COPD on 4L.", None),
    ("K 3.5612, Na 140.0000 on the analyser printout, 58M.", None),
    # a quantity after "from", a single locus
    ("CK rose from 14723. Fluids, fluids, fluids.", "patient"),
    ("TH01 6,9.3 is a classic microvariant allele for teaching.", None),
]

test_found, test_clean = table_tests(FOUND, CLEAN)


@pytest.mark.parametrize(
    "text",
    [
        "Theatre 2 list tmrw:\n1. Ingrid Halvorsen L TKR\n2. Tane Rewiti ORIF R ankle",
        "Dx: L corneal abrasion. Sleeps in his contacts in a fishing hut.",
        "Tonight's trauma call: kicked by a bull at the rodeo, open tib/fib.",
        "Gareth's cast came off on Boxing Day and he wrote on it.",
    ],
)
def test_a_list_a_diagnosis_line_or_an_injury_tells_a_story(text: str) -> None:
    # a theatre's list of patients, a chart's "Dx:" line, an injury's event, a cast owned
    assert mt.check_phi(text).context == "patient"


def test_an_australian_medicare_number_needs_its_check_digit() -> None:
    # weights 1, 3, 7, 9, 1, 3, 7, 9 on the first eight digits; the ninth is their sum mod 10
    body = "29537104"
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    assert national.medicare_au_ok(f"{body[:4]} {body[4:]}{check} 1")
    assert not national.medicare_au_ok(f"{body[:4]} {body[4:]}{(check + 1) % 10} 1")
    assert not national.medicare_au_ok(f"{body[:4]} {body[4:]}{check}")  # no issue number
