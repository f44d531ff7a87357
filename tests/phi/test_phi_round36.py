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

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

from tests._phi_support import table_tests

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # a number after a cue of another language, or after a comma
    ("Seine Versichertennummer K81234567 stand auf dem Zettel.", "K81234567", "health_plan"),
    ("Pt's Rechnungsnr. RB-2025-557201 went to her old flat.", "RB-2025-557201", "other_id"),
    ("Bon de sortie n° HGR-KIN-0588 pour le petit, 6 ans.", "HGR-KIN-0588", "other_id"),
    ("Cédula nº 40021877 en la pulsera del paciente.", "40021877", "other_id"),
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
]

test_found, test_clean = table_tests(FOUND, CLEAN)
