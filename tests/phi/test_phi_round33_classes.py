"""Round 33 (from held-out corpora 44-73, after they were scored): a department's notices
and a research team's calls read as professional posts ("public line", "has moved", opening
hours, "looking for collaborators"); conference and job words of Spanish, Portuguese and
French; "pt" as a domain's ending or Pacific time is no patient; the other spellings of
large cities ("Saigon", "Napoli"); a town after an age and sex that open a line ("84F,
Castlebar."); a full name of three words or more opening a sentence with the person's
age ("Luz Marina Zapata Restrepo, 63,"); titles of respect of more languages ("Pani",
"Ato", "Khun", "Seu"); months in lower case after a word of time or with their day
("lapsed in june", "may 2nd") and a day before a month's short form ("9-Oct"); hills,
islands and a town's own services ("Grundy EMS", "Newark PD"); a place after a form's label
("location: Gatlinburg"); a ZIP in brackets after a state's code.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

from tests._phi_support import table_tests

from medtweet.phi._context import story_scores

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # the other spellings of large cities
    ("Pt 70F. Son drove up overnight, Saigon to the ICU in 9 hrs.", "Saigon", "geographic"),
    ("Pt 80M, a retired Napoli barber, still cooks.", "Napoli", "geographic"),
    ("76F, Bangalore, on home O2.", "Bangalore", "geographic"),
    ("Pt 60M, retired trucker, Philly born and raised.", "Philly", "geographic"),
    # a town after an age and sex that open a line, or in brackets with them
    ("Consult: 71M, Castleblayney. Gout flare.", "Castleblayney", "geographic"),
    ("Riya Shah (19F, Karsiyaka), anorexia, BMI 14.", "Karsiyaka", "geographic"),
    ("5yo, Kofar Mata, measles, unvaccinated.", "Kofar Mata", "geographic"),
    # a person's full name after the age stays a name
    ("Pain crisis, 31F, Mariama Bah. Waited 4h for meds.", "Mariama Bah", "name"),
    # a full name of three words or more opening a sentence with the person's age
    ("Mercedes Paredes Llanos, 58, from Arequipa. Lupus flare.", "Mercedes Paredes Llanos", "name"),
    ("Tenzing Norbu Lama, 40M, porter. HAPE at 4,900 m.", "Tenzing Norbu Lama", "name"),
    ("Ana Maria dos Reis Costa, 33, G2P1, PPH.", "Ana Maria dos Reis Costa", "name"),
    # titles of respect of more languages, before the name
    ("Pani Zdzisława przyszła z wnuczką, 88F.", "Zdzisława", "name"),
    ("Ato Tesfaye stopped his insulin for the fast.", "Tesfaye", "name"),
    ("Khun Noi wants to go home for Songkran.", "Noi", "name"),
    ("Seu Genivaldo não quer ficar internado, 80M.", "Genivaldo", "name"),
    # months in lower case, told as months; a day before a month's short form
    ("Pt 70F, insulin stopped in june when her coverage lapsed.", "june", "date"),
    ("Her DOB is may 2nd, pt 60F.", "may 2nd", "date"),
    ("admitted october 3 w/ DKA, 19F.", "october 3", "date"),
    ("The 9-Oct fall pt came back to say thanks, 80M.", "9-Oct", "date"),
    # hills, islands and a town's own services; a place after a form's label; a ZIP in
    # brackets after a state's code
    ("Pt 88F lives alone on Gallows Hill, fell.", "Gallows Hill", "geographic"),
    ("Pt 50M, lives alone on Chebeague Island, chest pain.", "Chebeague Island", "geographic"),
    ("Tillery ems brought a 40M off a tractor.", "Tillery ems", "geographic"),
    ("Pt 30M brought in by Brookfield PD after a fight.", "Brookfield PD", "geographic"),
    ("Dx: dog bite. location: Wetumpka. pt 9M.", "Wetumpka", "geographic"),
    ("Video visit from Cokeville, WY (83114), pt 70F.", "83114", "geographic"),
    # ages in Spanish and Portuguese, "years of age", an initial with an age in brackets,
    # "pt 91 couldn't", "Now 96,"
    ("Abuelito de 96 en la cama 4, muy lúcido.", "96", "age"),
    ("Seu Benedito tem 98 e ainda dirige.", "98", "age"),
    ("Paciente J.R.S., 95a, prontuário 118822.", "95", "age"),
    ("PT WALTER KOSS 92YOA, HIP FX.", "92YOA", "age"),
    ("R. (94) told me about the war.", "94", "age"),
    ("pump alarmed all night, pt 93 couldn't hear it.", "93", "age"),
    ("He farmed for 60 years. Now 97, on hospice.", "97", "age"),
    # a hospital or home named after its kind first; a hospital's acronym before "but"
    (
        "Pt 60M transferido do Hospital Regional de Caruaru.",
        "Hospital Regional de Caruaru",
        "geographic",
    ),
    ("La abuela, 95, vive en la Residencia San Telmo.", "Residencia San Telmo", "geographic"),
    ("Seu Jorge (92) mora no Lar Santa Luzia.", "Lar Santa Luzia", "geographic"),
    ("G2P1 booked at NMH but delivered on holiday, 30F.", "NMH", "geographic"),
    # rural roads and markers as dispatch writes them, a town after a direction
    ("TONED OUT 0214 MVC ROLLOVER US-2 MM 388. PT 40M EJECTED.", "US-2", "geographic"),
    ("TONED OUT 0214 MVC ROLLOVER US-2 MM 388. PT 40M EJECTED.", "MM 388", "geographic"),
    ("ATV ROLLOVER, TWP RD 612 & RGE RD 14. M/50 PINNED.", "RGE RD 14", "geographic"),
    ("Pt 62M, deer through the windshield on M-35 by Gwinn.", "M-35", "geographic"),
    ("Pt 30F: rollover on FM 2222, no helmet.", "FM 2222", "geographic"),
    ("Pt 50M: found in a ditch 3 mi west of Gackle, hypothermic.", "Gackle", "geographic"),
    # someone named by their part in an emergency
    ("Rollover on a gravel road. Driver Okpik wasn't belted, 19M.", "Okpik", "name"),
    ("Truck vs elk, passenger T. Nakai pinned 40 min, 50M.", "T. Nakai", "name"),
    # record, plan, licence, device, account and national numbers in Spanish and Portuguese
    ("Paciente 80F, prontuário 4471203, família pede tudo.", "4471203", "mrn"),
    ("Sra. Pilar (NHC 5520981), 88, fractura de cadera.", "5520981", "mrn"),
    (
        "Jubilado, afiliado PAMI 15-07718822-1-00, sin silla de ruedas.",
        "15-07718822-1-00",
        "health_plan",
    ),
    ("Chegou dirigindo, CNH 04417723981, 94 anos.", "04417723981", "license"),
    ("Marca-passo do Sr. Nilo, série MDT-AB-551203, no ERI.", "MDT-AB-551203", "device"),
    ("Refunded to his card ending 7731, pt 40M.", "7731", "account"),
    ("RG nº 4.552.118 na carteira, 91 anos.", "4.552.118", "ssn"),
    # a family's land and triplets by the family's name
    ("Pt 8M vs barbed wire on the Lindgren place near Ord.", "Lindgren", "name"),
    ("The Adeyemi triplets turned two today, ex-27 weekers.", "Adeyemi", "name"),
    # a primary school by name, a UK postcode district after a word of place
    ("Pt 5F started P1 at Kirkhill Primary this week.", "Kirkhill Primary", "geographic"),
    ("Measles at a nursery in BD7, pt 2M unvaccinated.", "BD7", "geographic"),
    # months of Spanish and Portuguese; Brazilian and Mexican phone numbers
    ("A bisneta nasce em setembro, ele tem 96.", "setembro", "date"),
    ("Llegó en febrero sin insulina, 70M.", "febrero", "date"),
    ("Anota o telefone da neta: (21) 98876-0143. Pt 99F.", "(21) 98876-0143", "phone"),
    ("La hija me pasó su whats 81 1555 0162, paciente de 70.", "81 1555 0162", "phone"),
    # a birth's time told with its date
    ("Baby Ines born 3/9 at 04:12, 3.1 kg.", "3/9 at 04:12", "date"),
    ("Twins born 22 Oct, 11.58pm and 23 Oct, 00.01am.", "22 Oct, 11.58pm", "date"),
    # a handle after "acct", "tag" or "tagged"
    (
        "my pt DM'd me from her burner acct @notreally_me22 about her swab.",
        "@notreally_me22",
        "url",
    ),
    ("Mum tagged us from @tiny_warrior_jax after discharge.", "@tiny_warrior_jax", "url"),
    # plates in Spanish and Portuguese
    ("A neta trouxe o caminhão (placa QRS5F42) até a porta, 92 anos.", "QRS5F42", "vehicle"),
    ("Matrícula 5521 KLP en la puerta de urgencias, 91 años.", "5521 KLP", "vehicle"),
    # a published line is still a patient's number in a story
    ("Pt's daughter left 602-555-0143 on the main line for a callback.", "602-555-0143", "phone"),
]

# (text, context): no finding (but relative dates) when checked with ``context``
CLEAN: list[tuple[str, str | None]] = [
    # a unit's published line, its hours and its moves
    ("Vascular lab public line: (503) 555-0190.", None),
    ("Our NICU follow-up clinic has moved! New location: Tower B. Main line 555-0172.", None),
    ("Wound clinic walk-ins M-F 7-3, phone 555-0135.", None),
    ("Departmental fax for lab results: +44 20 5550 3141.", None),
    ("The ICU phone line (555-0199) is down for maintenance Sunday 1-3am.", None),
    ("Dept email change: send all consult requests to gicalls@example.org from Monday.", None),
    (
        "Our cardiology clinic's referral address for providers: cardref@heart.example.org."
        " Patient info only via the portal.",
        None,
    ),
    # a research team's call, an intern's news
    ("Looking for collaborators on a family caregiver study, email kpark.lab@example.edu", None),
    ("Welcome our 9 new interns, 4 from Ohio, 2 from Peru! Orientation starts July 1.", None),
    # conference and job posts in Spanish and Portuguese, with ".pt" links
    ("Congreso Nacional de Geriatría, Sevilla, 12-14 de mayo. Programa: seg.pt/2027", None),
    ("Simpósio de Nefrologia, Coimbra, 8 de junho. Inscrições: spn.pt/simposio", None),
    ("Vaga: médico/a para USF, enviar CV para vagas@uls-norte.min-saude.pt", None),
    # a rhythm or a honorific after an age is no town
    ("Pt's claim denied for his ablation. 60M, AFib. Appeals take months.", "patient"),
    ("Cortisol high: 52M, Cushingoid, ACTH 98.", "patient"),
    # capitalised clinical words before a number are no name
    ("Mean Arterial Pressure Goal, 65, per the team.", "patient"),
    # "may" and "march" as words
    ("Pt 60M: we may try 2 more doses; march him to PT after.", "patient"),
    # a site of the body after a form's label, a service sent for, a week of EMS
    ("Pt 60M, location: Left Lower Lobe. Address: Homeless. Sent EMS to the car.", "patient"),
    ("Happy EMS Week to every medic and EMT!", None),
    # after holdout74-77 were scored: a mark named after a person, a skin type, a keepsake,
    # a product's name with a capital inside, pronouns and articles of other languages
    ("Pt 31F after a lightning strike: Osborn waves? no; Lichtenberg figures, yes.", "patient"),
    ("Chemical peel, 29F, Fitzpatrick V, 2 min contact.", "patient"),
    ("Comfort care for our 22-weeker: a handprint kit and a first bath.", "patient"),
    ("Pt 80M: his grandkid FaceTimes daily; mood better.", "patient"),
    ("Ela tem 79 anos, fratura de quadril. Una paciente tranquila. Numbers improving.", "patient"),
    # an aggregate age and a value in Spanish or Portuguese
    ("Idoso de 90+ com pneumonia. Saturação tem 93 de base, tiene 95% de sat.", "patient"),
    # a hospital's kind before an ordinary word, a battery's state
    ("Pt 70M: Hospital Medicine Week; Hospital IT fixed his chart. Battery at ERI.", "patient"),
    # a room, a firecracker, a vitamin
    ("Pt 17M, M-80 burns to the hand; RM 412; vitamin E of course.", "patient"),
    # an intensive care unit in Spanish, a grandchild in Portuguese
    ("Un niño de 10 años vio a su bisabuela en la UCI. Neta de 9 anos chorou.", "patient"),
    # a role word before an ordinary word
    (
        "Pt 40M: driver side impact; the caller ID showed nothing; hunter education class.",
        "patient",
    ),
    # a pen pal's age is no licence
    ("Pt 70F still writes to her pen pal. Pen pal is 54.", "patient"),
    # land that is no family's
    ("Pt 14M, the Midwest farm kid; the Main place; the First place prize.", "patient"),
    # a remission, a scanner, a spine's level, primary care
    ("Pt 60M: ALL in CR1; pt in CT2; disc at L5; seen at Mercy primary care.", "patient"),
    # a holiday's month, a member's number in 2-4-4 groups
    ("Pt 80M: cinco de mayo party on the ward, mole for everyone.", "patient"),
    # a clinician's own handle
    ("Pt 60M: tagged @DrLeeCardio for the consult, thanks.", "patient"),
    # Pacific time is no patient
    ("Stroke grand rounds livestream: youtube.com/@neurogr, Thu 8am PT.", None),
]

# (text, context): what ``check_phi`` decides for the post alone
CONTEXT: list[tuple[str, str]] = [
    ("Wound clinic walk-ins M-F 7-3, phone 555-0135.", "professional"),
    # a patient by their bed, a birth year, "paciente", a first name with an age in brackets
    ("shoutout to mrs. tate in bed 3 who taught me sweet tea. #nursing", "patient"),
    ("Born 1950, still roping. Proud of this rodeo legend. #ruralhealth", "patient"),
    ("Paciente Rosa Elena, dolor torácico, supra inferior.", "patient"),
    ("Mateo (6) lost his first tooth in my chair. #PedsDentistry", "patient"),
    # an age in Spanish or Portuguese is a story's cue; a time ago or an institution's is not
    ("La madre, 23 años, tranquila. Llegó en la ambulancia.", "patient"),
    ("Celebramos 50 años del servicio. Hace 20 años que trabajo aquí.", "professional"),
    # talks, study days, a unit's programme and guidance read as professional
    (
        "Excited to be speaking at the Spring Meeting in Leeds, 3-5 May, on frailty in the ED.",
        "professional",
    ),
    ("Neonatal Nursing Study Day, 6 June, education centre. Topics: family care.", "professional"),
    (
        "New provincial guidance on prehospital TXA is out today. EMS crews, read it.",
        "professional",
    ),
    ("Pt left a voicemail at 555-0143 about her refill.", "patient"),
]

test_found, test_clean, test_context = table_tests(FOUND, CLEAN, CONTEXT)


def test_a_first_name_with_an_age_in_brackets_weighs_as_a_strong_cue() -> None:
    # (round 7 counted it as a weak cue, 1; a named child with their age is one person)
    news = " Our team is on it."
    named = story_scores("Thaddeus (6) told me a joke." + news)[0]
    assert named == story_scores("The clown told me a joke." + news)[0] + 2
