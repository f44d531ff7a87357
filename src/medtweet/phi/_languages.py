"""Words of other languages of Europe, Turkish and Greek that the PHI checks read.

A clinician in Milan or Izmir writes "il sig. Galli, 58 anni, ricoverato" or "Ayşe hanım,
93 yaşında, taburcu": the same cues as "Mr Galli, 58yo, admitted", in other words. The
story-context decision (``_context.scores``) adds this module's cues to its English ones:
words that weigh like "admitted" (2) or "patient" (1), words of a professional post
(conference, course, job), a title of respect before or after a name ("Herr", "sig.ra",
"mevrouw", "Pani", "κ.", "... hanım") and an age in words ("58 anni", "94 jaar",
"23-Jähriger", "90 yaşında"). The detectors read the same titles before a name, the ages
of 90 and over, the months with their day and the feasts of these languages.

Every word is spelled as a word of the lower-cased text.
"""

from __future__ import annotations

import re

__all__ = [
    "AGE",
    "AGE_WORDS",
    "DAY_MONTH",
    "DUTCH_PARTICLES",
    "GLUED_AGE",
    "HOLIDAY",
    "HOLIDAY_WORDS",
    "HONORIFIC",
    "HONORIFIC_WORDS",
    "MONTH_WORDS",
    "NOT_COLLEAGUE",
    "NOT_PAN",
    "PERSON_OF_AGE",
    "PERSON_OF_AGE_WORDS",
    "PROFESSIONAL_WORDS",
    "STORY_STRONG_WORDS",
    "STORY_WEAK_WORDS",
    "TITLES",
    "TITLES_AFTER",
]

# one person taken in, sent home, intubated or resuscitated: worth 2, like "admitted"
STORY_STRONG_WORDS = frozenset(
    [
        # German
        "aufgenommen", "eingeliefert", "entlassen", "intubiert", "reanimiert",
        # French
        "hospitalisé", "hospitalisée", "intubé", "intubée", "réanimé", "réanimée",
        # Italian
        "ricoverato", "ricoverata", "dimesso", "dimessa", "intubato", "intubata", "rianimato",
        "rianimata",
        # Dutch ("opgenomen" is also "recorded": a weak cue below)
        "geïntubeerd", "gereanimeerd",
        # Polish
        "przyjęty", "przyjęta", "wypisany", "wypisana", "zaintubowany", "zaintubowana",
        "hospitalizowany", "hospitalizowana", "reanimowany", "reanimowana",
        # Turkish
        "yatırıldı", "yatirildi", "taburcu", "entübe",
        # Greek
        "εισήχθη", "νοσηλεύτηκε", "νοσηλεύεται", "εξιτήριο", "διασωληνώθηκε",
        # Swedish, Danish, Norwegian
        "inlagd", "utskriven", "intuberad", "indlagt", "udskrevet", "intuberet", "innlagt",
        "utskrevet", "intubert",
        # Czech, Hungarian, Portuguese, Spanish
        "propuštěn", "propuštěna", "hospitalizován", "hospitalizována", "felvették",
        "internado", "internada", "ingresó", "ingresado", "ingresada",
        # more Spanish and Portuguese, Romanian, Lithuanian
        "ingresaron", "ingresamos", "trasladamos", "trasladado", "trasladada", "intubado",
        "intubada", "exitus", "internou", "internat", "internată", "išrašytas", "išrašyta",
        # Russian, Ukrainian and Bulgarian: taken in, brought in, sent home
        "госпитализирован", "госпитализирована", "госпіталізований", "госпіталізована",
        "госпіталізовано", "хоспитализиран", "хоспитализирана", "поступил", "поступила",
        "поступив", "доставлен", "доставлена", "доставлено", "доставен", "доставена",
        "выписан", "выписана", "виписаний", "виписана", "изписан", "изписана",
        "приет", "приета", "интубирован", "интубирована", "інтубований", "інтубована",
    ]
)  # fmt: skip
# the patient, a relative, a ward or a night on call: worth 1, like "patient" or "shift"
STORY_WEAK_WORDS = frozenset(
    [
        # the patient ("Patienten" is also the German plural; Turkish "hasta" is Spanish "until")
        "patientin", "patienten", "paziente", "patiente", "patiënt", "patiënte",
        "pacjent", "pacjentka", "pacjenta", "pacjentki", "hastamız", "hastamiz", "hastaya",
        "hastam", "hastanın", "ασθενής", "ασθενή", "ασθενούς", "pacient", "pacientka",
        "pacienta", "beteg", "betegem", "páciens", "doente", "opgenomen",
        "ricovero",
        "pcte", "pcta", "gestante", "pacientul", "pacienta", "potilas", "pacientas",
        "pacientė", "patsiendi",
        # Spanish and Portuguese relatives, a room, the emergency room, a shift
        "hijo", "hija", "esposo", "esposa", "mamá", "papá", "nieto", "nieta", "sobrina",
        "sobrino", "yerno", "nuera", "filho", "filha", "marido", "neto", "neta", "irmão",
        "irmã", "hab", "urgencias", "emergencia", "plantão", "atendí", "atendimos", "papás",
        "mamás", "padres", "pais",
        # sent home: "se fue de alta", "teve alta"
        "alta",
        # one child, a pregnancy, a birth, an arrival, a death, a grandparent, a midwife
        "niña", "niño", "nena", "nene", "bebé", "bebê", "embarazada", "grávida", "nacida",
        "nacido", "nasceu", "llegó", "llegaron", "chegou", "trajo", "trajeron", "trouxe",
        "trouxeram", "sobrevivió", "sobreviveu", "murió", "falleció", "morreu", "avó", "avô",
        "vovó", "vovô", "partera", "parteira", "comadrona",
        # born ("geb. 03.05.1949", "Né en 1932", "nata nel 1931"; not "nato", NATO)
        "geb", "geboren", "né", "nata", "urodzony", "urodzona", "doğumlu",
        # a relative
        "tochter", "sohn", "ehemann", "ehefrau", "enkel", "enkelin", "oma", "opa", "mutter",
        "vater", "figlio", "figlia", "marito", "moglie", "nipote", "nonno", "fils", "fille",
        "mari", "épouse", "mère", "père", "sœur", "soeur", "frère", "dochter", "zoon",
        "echtgenoot", "echtgenote", "kleinzoon", "kleindochter", "buurman", "buurvrouw",
        "córka", "syn", "mąż", "żona", "wnuczka", "wnuk", "rodzice", "oğlu", "kızı", "eşi",
        "annesi", "babası", "torunu", "κόρη", "γιος", "σύζυγος", "εγγονή", "εγγονός",
        "dotter", "datter", "sønn", "søn", "hustru", "dcera", "manžel", "manželka", "lánya",
        "férje", "felesége", "unoka",
        # the emergency room, a ward, a night on call
        "notaufnahme", "zna", "nachtdienst", "urgences", "garde", "reparto", "pronto",
        "guardia", "seh", "sor", "dyżur", "dyżurze", "acil", "nöbet", "nöbette", "εφημερία",
        "akuten", "skadestuen", "legevakten", "legevakt", "akutmodtagelsen", "akutmottaket",
        "vagt", "vakt", "vårdcentralen", "fastlege", "fastlegen", "pasient", "pasienten",
        # fell, in the Nordic languages
        "faldt", "föll", "falt",
        # the patient, a night on call, a grandparent or a neighbour in the South Slavic
        # languages, Bulgarian, Finnish, Estonian, Latvian and Polish
        "pacijent", "pacijentica", "pacijenta", "dežurstvo", "dežurstva", "baka", "djed",
        "deda", "unuka", "unuk", "пациент", "пациентка", "пацијент", "пацијенткиња",
        "пацієнт", "пацієнтка",
        "дежурство", "\u0431\u0430\u0431\u0430", "дядо", "деда", "внучка", "внук", "линейка",
        "päivystys",
        "päivystyksessä", "mummo", "vaari", "naapuri", "kiirabi", "vanaema", "naabrimees",
        "pacients", "pacientei", "pacientu", "vecmāmiņa", "kaimiņš", "babcia", "dziadek",
        "sąsiad", "sąsiadka", "karetka", "pogotowie",
        # Russian, Ukrainian and Bulgarian relatives, the ward, the ambulance, the emergency room
        "сын", "дочь", "жена", "муж", "мама", "папа", "бабушка", "дедушка", "внук", "син",
        "синът", "донька", "дочка", "дружина", "чоловік", "бабуся", "дідусь", "дъщеря",
        "дъщерята", "съпруга", "съпругата", "съпруг", "съпругът", "майка", "баща", "сестра",
        "брат", "отделение", "отделении", "отделението", "відділення", "скорая", "скорой",
        "швидка", "швидкої", "спешно", "спешното", "реанимация", "реанимации", "реанімація",
        "реанімації", "приёмное", "приемное", "приймальне",
    ]
)  # fmt: skip
# a meeting, a course, a talk, a post to fill, a study or a guideline: worth 1
PROFESSIONAL_WORDS = frozenset(
    [
        # German
        "kongress", "tagung", "jahrestagung", "fortbildung", "vortrag", "referent",
        "referentin", "anmeldung", "stellenangebot", "stellenausschreibung", "bewerbung",
        "weiterbildung", "leitlinie", "leitlinien", "publikation", "kollegen", "kolleginnen",
        # French
        "webinaire", "conférence", "séminaire", "atelier", "recrutement",
        "recrute", "recrutons", "recommandations", "collègues", "intervenants",
        # Italian
        "convegno", "corso", "iscrizioni", "iscrizione", "relatore", "relatori", "relatrice",
        "seminario", "scadenza", "bando", "pubblicato", "colleghi", "linee",
        # Dutch
        "congres", "nascholing", "inschrijving", "inschrijven", "vacature", "spreker",
        "sprekers", "richtlijn", "cursus",
        # Polish
        "konferencja", "konferencji", "kongres", "zjazd", "szkolenie", "szkolenia",
        "seminarium", "zapisy", "rejestracja", "wykład", "prelegent", "prelegenci",
        "warsztaty", "rekrutacja", "wytyczne", "publikacja",
        # Turkish
        "kongre", "kongresi", "sempozyum", "kurs", "kursu", "kayıt", "başvuru", "seminer",
        "konuşmacı", "kılavuz", "makale",
        # Greek
        "συνέδριο", "συνεδρίου", "σεμινάριο", "ημερίδα", "ομιλία", "ομιλητές", "εγγραφές",
        "μελέτη",
        # Swedish, Danish, Norwegian
        "konferens", "konference", "konferanse", "kursus", "föreläsning", "forelæsning",
        "foredrag", "anmälan", "tilmelding", "påmelding", "riktlinjer", "retningslinjer",
        # Czech, Hungarian
        "konference", "sympozium", "přednáška", "seminář", "kurz", "registrace",
        "konferencia", "kongresszus", "előadás", "tanfolyam", "jelentkezés",
        # Portuguese and Spanish
        "jornada", "curso", "vaga", "vacante", "diretrizes", "congreso", "congresso",
        "simposio", "simpósio", "ponencia", "ponente", "palestra", "palestrante", "taller",
        "talleres", "inscripciones", "inscrições", "convocatoria", "certificación",
        "certificação",
    ]
)  # fmt: skip

# A title of respect before a name: "Herr Kowalczyk", "la sig.ra Assunta", "mevrouw Jansen",
# "pan Tadeusz", "ο κ. Νίκος", "Mari néni" (not a colleague's: "Frau Dr. Meyer", "Herr Prof.
# Huber"), or after one in Turkish and Hungarian: "Fatma Öztürk hanım", "Feri bácsi".
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſΆ-Ϋ"  # (the range to "ſ" also holds Extended-A's lower case: harmless)
_LOWER = "a-zß-öø-ÿĀ-ſά-ώ"
NOT_COLLEAGUE = r"(?!(?:Dr|Prof|Doktor|Doctor|Professor|Dott|PD|Doz|OA|dr|prof|dott)\b)"
"""A look-ahead: the word after a title is no colleague's title ("Frau Dr. Meyer")."""
# "Pan" before a continent is the English prefix: "Pan American", "Pan African Congress"
NOT_PAN = (
    r"(?!(?:Am|American|Americas|Africa|African|Asia|Asian|Arab|Arabian|Europe|European|"
    r"Pacific|Canadian|Celtic|Hellenic|Slavic)\b)"
)
"""A look-ahead: the word after "Pan" is no continent ("Pan American")."""
TITLES = (
    r"(?<![\w.])(?:Herrn?|Frau|frau|[Ss]ig\.(?:ra|na)?|[Ss]ignor[ae]?|[Mm]eneer|[Mm]evrouw|"
    r"[Mm]evr\.|[Mm]w\.|[Dd]hr\.|Pan|Pani|pan|pani|paní|Paní|κ\.|κα|Κος|Κα|κυρία|κύριος|"
    r"κυρ|Monsieur|monsieur|"
    # Spanish and Portuguese in lower case ("la señora Ofelia", "doña Zoila", "seu Manoel"),
    # Romanian, Slovak and Lithuanian
    # (capitalised too, opening a sentence: "Seu Osvaldo", "Doña Rufina"; but not "Don", an
    # English name too)
    r"[Ss]eñora|[Ss]eñor|[Dd]oña|don|[Ss]eu|[Dd]ona|[Ss]enhora|[Ss]enhor|domnul|doamna|pán|"
    r"ponas|ponia|"
    # Swahili and Amharic: "Mzee Juma", "Bibi Mwanaisha", "Bw. Hamisi", "W/ro Almaz"
    r"Mzee|mzee|Bibi|Bw\.|Bi\.|W/ro|W/t|"
    # French "M." for Monsieur, not "45 M." or "50s M." (male), a middle initial ("J. M.
    # Dupuis", "Janka M. Szász") nor a colleague's initial ("Pr M. Roux", "Dr. M. Diallo")
    r"(?<!\d )(?<!\ds )(?<![A-Z]\. )(?<!Dr )(?<!Dr\. )(?<!Pr )(?<!Pr\. )(?<!Prof\. )"
    + "".join(rf"(?<![{_UPPER}][{_LOWER}]{{{n}}} )" for n in range(1, 12))
    + r"M\.)"
)
"""Titles of respect before a name, as a regex ("Herr", "sig.ra", "mevrouw", "pan", "κ.")."""
TITLES_AFTER = (
    r"(?:[Hh]anım|[Hh]anim|[Bb]ey|amca|teyze|abla|néni|bácsi|khanum|khanom|khanoom|"
    r"obaachan|obaasan|ojiichan|ojiisan)(?!\w)"
)
"""Titles of respect after a name, as a regex (Turkish "hanım", "bey", "abla"; Hungarian
"néni"; Persian "khanum"; Japanese "obaachan")."""
DUTCH_PARTICLES = r"(?:(?:van der|van den|van de|van|de|den|der|ter|te) )"
"""A Dutch name's particle and its blank, as a regex ("de Groot", "van der Meulen")."""
HONORIFIC = re.compile(
    # (a Dutch name may start with its "de", "van", "ter": "meneer de Groot"; or be an initial)
    rf"{TITLES} {NOT_COLLEAGUE}{NOT_PAN}{DUTCH_PARTICLES}?"
    rf"[{_UPPER}](?:[{_LOWER}]|\.)"
    rf"|[{_UPPER}][{_LOWER}]+ {TITLES_AFTER}"
)
HONORIFIC_WORDS = frozenset(
    ["señora", "señor", "doña", "don", "seu", "dona", "senhora", "senhor", "domnul", "doamna",
     "pán", "ponas", "ponia", "mzee", "bibi", "bw", "bi", "ro", "m",
     "herr", "herrn", "frau", "sig", "signor", "signora", "signore", "meneer", "mevrouw",
     "mevr", "mw", "dhr", "pan", "pani", "paní", "κ", "κα", "κος", "κυρία", "κύριος", "κυρ",
     "monsieur", "hanım", "hanim", "bey", "amca", "teyze", "abla", "néni", "bácsi",
     "khanum", "khanom", "khanoom", "obaachan", "obaasan", "ojiichan", "ojiisan"]
)  # fmt: skip

# An age in words: "Pietro Galli, 58 anni", "Léa, 19 ans", "Kuba, 6 lat", "(7 ans", "una
# donna di 45 anni", "âgée de 34 ans", "90 yaşında", "96 ετών", "78 Jahre alt", "94 jaar
# oud", "23-Jähriger", "82-årig", "45enne", "45letý"; a bare number of years only after a
# comma, a bracket, "di" or "âgé de" (not "dopo 5 anni", "depuis 3 ans", "10 jaar geleden",
# "più di 5 anni").
# (the number is group n, m or o, by branch: ``match.lastgroup`` names it)
# (each branch starts with a digit, which the engine skips to in C; the look-behinds after
# it read what stood before the number)
_YEARS = (
    r"anni|ans|jaar|lat|lata|let|år|jahre|j\.|éves|mies\.?|miesięcy|mois|mesi|maanden|monate|"
    r"månader|måneder|anys|de ani|ani|rokov|roky|godina|godine|metų|m\.|gadi|gadus|l\.|г\.|"
    # Russian, Ukrainian, Bulgarian, Vietnamese, Indonesian and Malay, Filipino, and Hindi
    # and Urdu, Persian, Arabic and Amharic written in Latin letters (Spanish and
    # Portuguese years have their own branch below)
    r"лет|года|годы|років|роки|рік|р\.|години|година|tuổi|tahun|thn|th|anyos|taon|"
    r"saal|sal|sale|sana|amet"
)
# the years of an age that no duration is written in, whatever stands before the number
# ("Бабушка Нина 87 лет", "Bà Lan 82 tuổi", "Lolo Ernesto 93 anyos", "Dadi ji 72 saal")
_AGE_ONLY_YEARS = r"лет|років|години|tuổi|anyos|taong gulang|saal"
# Spanish and Portuguese years, not after the words of a duration or a time ago ("hace 10
# años", "há 5 anos", "los últimos 3 años") nor before them ("5 años atrás", "10 años de
# evolución", "50 años del servicio", "20 años que trabajo aquí"), nor in a list after a
# lower-case word ("fellowship de medicina paliativa, 2 años": how long it lasts)
_NOT_DURATION = "".join(
    rf"(?<!{word} \d)"
    for word in ("hace", "desde", "durante", "por", "de", "há", "em", "los", "las", "unos",
                 "cada", "tras", "após", "apos", "últimos", "ultimos", "mais")
)  # fmt: skip
AGE = re.compile(
    r"(?P<n>\d(?:(?<=, \d)|(?<=\(\d)|(?<=\bdi \d)(?<!più di \d)(?<!meno di \d)|"
    r"(?<=\bâgé de \d)|(?<=\bâgée de \d)|(?<=\bw wieku \d)|(?<=\bim alter von \d))"
    rf"\d{{0,2}}+) (?:{_YEARS})(?=[\s,.;:)!?]|$)"
    r"(?! (?:fa|ago|geleden|temu|sedan|siden|di|de|d'|od|van|lang|sonra|önce|me|us|him|her|"
    r"them|it)\b)"
    r"|(?P<m>\d(?<!\w\d)\d{0,2}+) (?:jahre alt|jaar oud|år gammal|år gammel|år gamle|yaşında|"
    r"yaşındaki|yasinda|ετών|χρονών)(?!\w)"
    # Swahili puts the years first: "miaka 96", "umri wa miaka 90"
    r"|(?<![\w])miaka (?P<p>\d{1,3})(?!\d)"
    # a Dutch age as an ordinal after "at her" or "since his": "op haar 96ste", "sinds zijn 12e"
    r"|(?<![\w])(?:op|sinds) (?:haar|zijn) (?P<d>\d{1,3})(?:ste|de|e)(?!\w)"
    # Romanian "are 99 de ani"; a birthday reached in Ukrainian, Russian, Bulgarian, Polish,
    # Czech ("виповнилося 94", "исполнилось 92", "skończyła 95", "oslavila 93")
    r"|(?<![\w])are (?P<r>\d{1,3}) de ani(?!\w)"
    r"|(?<![\w])(?:виповнилося|виповнилось|исполнилось|исполняется|навърши|навършва|"
    r"skończył|skończyła|skończy|oslavil|oslavila|oslaví|împlinit|împlinește) "
    r"(?P<b>\d{1,3})(?![\d.,]\d)"
    rf"|(?P<a>\d(?<!\w\d)\d{{0,2}}+) (?:{_AGE_ONLY_YEARS})(?!\w)"
    rf"|(?P<s>\d(?<!\w\d)(?<![a-zß-ÿ], \d){_NOT_DURATION}\d{{0,2}}+) (?:años|anos)(?!\w)"
    r"(?! (?:atrás|atras|antes|después|depois|de(?! edad| idade)|del|da|do|dos|das|con|com|"
    r"sin|sem|y|e|que|en|no|na|el|la|los|las|o|a)\b)"
    r"|(?P<o>\d(?<!\w\d)\d{0,2}+)-?(?:jährige|jähriger|jährigen|jährig|årig|åriga|årige|åringen|åring|"
    r"latek|"
    r"vuotias|vuotiaana|aastane|añera|añero|"
    r"latka|letni|letnia|jarige|enne|letý|letá)(?!\w)",
    re.IGNORECASE,
)
# (not "let" or "j", English words: "82 let" and "78 J." count in a post with another cue)
AGE_WORDS = frozenset(
    ["anni", "ans", "jaar", "lat", "lata", "år", "jahre", "mies", "miesięcy",
     "mois", "mesi", "maanden", "monate", "månader", "måneder", "yaşında", "yaşındaki",
     "yasinda", "ετών", "χρονών", "éves", "jährige", "jähriger", "jährigen", "jährig", "årig",
     "åriga", "årige", "åring", "latek", "latka", "letni", "letnia", "jarige", "anys", "ani",
     "rokov", "roky", "godina", "godine", "metų", "gadi", "gadus", "vuotias", "aastane",
     "miaka", "р", "виповнилося", "виповнилось", "исполнилось", "исполняется", "навърши",
     "навършва", "skończył", "skończyła", "skończy", "oslavil", "oslavila", "oslaví",
     "împlinit", "împlinește", "años", "anos", "лет", "года", "годы", "років", "роки", "рік",
     "години", "година", "tuổi", "tahun", "thn", "th", "anyos", "taon", "saal", "sal", "sale",
     "sana", "amet", "haar", "zijn"]
)  # fmt: skip
# a person and the years they are ("una señora de 78 años", "hombre de 50", "un enfant de
# 4 ans", "jongen van 17"): the person's word, "de" (or "van", "di") and the age, which
# no unit follows (not the words English shares, "patient", "home", "dame": the pattern
# would run on most English posts)
PERSON_OF_AGE_WORDS = frozenset(
    ["hombre", "mujer", "señora", "señor", "paciente", "niña", "niño", "nena", "nene",
     "bebé", "joven", "anciana", "anciano", "abuela", "abuelo", "abuelita", "abuelito",
     "chica", "chico", "muchacho", "muchacha", "senhora", "senhor", "menino", "menina",
     "homem", "mulher", "idosa", "idoso", "rapaz", "garoto", "garota", "enfant", "homme",
     "femme", "garçon", "fille", "monsieur", "patiente", "bébé", "nourrisson", "jongen",
     "meisje", "vrouw", "uomo", "donna", "ragazzo", "ragazza", "bambino", "bambina",
     "signora", "signore", "anziana", "anziano", "nen", "dona"]
)  # fmt: skip
PERSON_OF_AGE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(PERSON_OF_AGE_WORDS, key=len, reverse=True)) + r")"
    r" (?:de|di|van) (?P<age>[1-9]\d{0,2})(?![\d.,:/]\d|\d|\+)"
    r"(?! ?(?:%|mg|mcg|kg|g|ml|cm|mm|l|h|min|semanas|semana|sem|weken|week|settimane|"
    r"semaines|semaine|mes|meses|mois|mesi|maanden|días|dias|dia|jours|giorni|dagen|horas|"
    r"heures|ore|uur|años de evolución|anos de evolução|kilos|litros|puntos|points|de la|del)\b)"
)
"""A person's word with their age: "señora de 78 años", "hombre de 50", "enfant de 4 ans"."""
GLUED_AGE = re.compile(
    r"\d-?(?:enne|letý|letá|jähr|Jähr|årig|åring|latek|latka|jarige|vuotias|aastane|añer)"
)
"""An age's ending written onto the number, one word with it ("45enne", "45letý", "23-Jähriger")."""

# The months of these languages (Polish, Czech and Greek in the genitive a day takes)
_MONTHS = (
    # French, Italian
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
    "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "gennaio", "febbraio",
    "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
    "dicembre",
    # German, Dutch, Swedish, Danish, Norwegian
    "januar", "jänner", "februar", "märz", "maerz", "april", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "januari", "februari", "maart", "mei",
    "augustus", "december", "maj", "augusti", "marts", "desember",
    # Polish, Czech, Hungarian
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia", "ledna", "února", "března", "dubna",
    "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince",
    "január", "február", "március", "április", "május", "június", "július", "augusztus",
    "szeptember", "október",
    # Swahili
    "februari", "machi", "aprili", "julai", "agosti", "septemba", "oktoba", "novemba",
    "desemba",
    # Turkish, Greek, Romanian
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
    "ekim", "kasım", "aralık", "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου",
    "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου",
    "δεκεμβρίου", "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie",
    "septembrie", "octombrie", "noiembrie", "decembrie",
    # Finnish (partitive), Estonian, Latvian (and the locative a day takes), Icelandic
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
    "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
    "jaanuar", "veebruar", "märts", "aprill", "juuni", "juuli", "oktoober", "detsember",
    "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
    "septembris", "oktobris", "novembris", "decembris", "janvārī", "februārī", "martā",
    "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī",
    "decembrī", "janúar", "febrúar", "apríl", "maí", "júní", "júlí", "ágúst", "nóvember",
    # Croatian, Bosnian and Serbian in Latin letters (the genitive a day takes)
    "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
    "rujna", "studenoga", "prosinca", "januara", "februara", "marta", "aprila", "juna",
    "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra",
    # Bulgarian and Serbian in Cyrillic
    "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
    "октомври", "ноември", "декември", "јануар", "фебруар", "мај", "јун", "јул",
    "септембар", "октобар", "новембар", "децембар", "јануара", "фебруара", "марта",
    "априла", "јуна", "јула", "августа", "септембра", "октобра", "новембра", "децембра",
    # Russian and Ukrainian (the genitive a day takes)
    "января", "февраля", "апреля", "мая", "июня", "июля", "сентября", "октября", "ноября",
    "декабря", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
    "вересня", "жовтня", "листопада", "грудня",
    # the Ethiopian, Nepali (Bikram Sambat), Bengali and Islamic calendars, as clinicians
    # there date a visit ("12 Meskerem 2017 EC", "3 Baisakh", "15 Shawwal 1445")
    # (not the short ones that are words too: "tir", "sene", "push", "saun", "asar")
    "meskerem", "tikimt", "tiqimt", "hidar", "tahsas", "yekatit", "megabit", "miyazya",
    "ginbot", "hamle", "nehase", "pagume", "baisakh", "baishakh", "jestha", "asadh",
    "shrawan", "bhadra", "bhadau", "asoj", "ashwin", "kartik", "mangsir", "poush", "magh",
    "falgun", "phagun", "chaitra", "boishakh",
    "joishtho", "asharh", "shrabon", "bhadro", "ogrohayon", "choitro", "muharram", "safar",
    "rajab", "shaban", "sha'ban", "ramadan", "ramzan", "shawwal", "dhul-hijjah",
    "dhul-qadah",
)  # fmt: skip
# (the gate of DAY_MONTH: its months and weekdays, but the months English spells the same,
# which the English rules read; Turkish "I" lower-cases to "i")
_WEEKDAYS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes",
    "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta",
    "quinta", "sexta", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
    "domenica", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili",
)  # fmt: skip
MONTH_WORDS = (
    frozenset(_MONTHS) - {"april", "august", "september", "november", "december"}
    | {"mayis", "kasim", "aralik"}
    | frozenset(_WEEKDAYS)
)
# A day and a month, perhaps a year (or, in Hungarian, a month and a day): "3 novembre 2024",
# "le 1er mars", "3. März", "12 maart", "17 lutego", "28 Ekim'de", "2 Σεπτεμβρίου"; or a
# month and a year ("März 2024")
_MONTH_ALTERNATION = "|".join(sorted(_MONTHS, key=len, reverse=True))
DAY_MONTH = re.compile(
    r"(?:(?<![\d.,/:])(?:[12]\d|3[01]|0?[1-9])(?:er|\.)? "
    rf"(?:{_MONTH_ALTERNATION})(?!\w)(?: (?:19|20)\d\d(?!\d))?"
    rf"|(?<!\w)(?:{_MONTH_ALTERNATION}) (?:19|20)\d\d(?!\d)"
    # a weekday and its day: "lundi 14", "el domingo 12", "martedì 3", "Freitag, 13."
    r"|(?<!\w)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|lunedì|martedì|"
    r"mercoledì|giovedì|venerdì|sabato|domenica|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag|Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili),? "
    # (not hours, "viernes, 8-15 h", nor a range of days, "lunes a viernes")
    rf"(?:[12]\d|3[01]|0?[1-9])(?:\.? (?:{_MONTH_ALTERNATION})(?!\w))?"
    r"(?![\d:/.,]\d|\d|\s?[-\u2013]| ?(?:h|hs|hrs|heures|horas|ore|Uhr)\b)"
    # Hungarian puts the month first: "március 15-én", "május 3."
    # ("november" and "december" are English too, read by the English rules)
    r"|(?<!\w)(?:január|február|március|április|május|június|július|augusztus|szeptember|"
    r"október) (?:[12]\d|3[01]|0?[1-9])(?:\.|-[a-záéó]{1,4})?(?![\w.]\d))",
    re.IGNORECASE,
)

# Feasts and holidays of these languages, which date a story as "on Christmas Eve" does:
# "Tweede Kerstdag", "Heiligabend", "Koningsdag", "Ferragosto", "Sabato Santo", "la
# Saint-Sylvestre", "Wigilia" (English "Easter" and "Christmas" are read by the English rules)
_DAY_NUMBER = r"(?:[12]\d|30|0?[1-9])"
_HIJRI_MONTHS = (
    r"Muharram|Safar|Rabi[\u02bf'\u2018]?\s?(?:al-)?(?:Awwal|Thani|Akhir)|"
    r"Jumada\s(?:al-)?(?:Ula|Awwal|Akhirah|Thani)|Rajab|Sha[\u02bf'\u2018\u2019]?ban|"
    r"Ramadan|Shawwal|Dhu[l]?[- ](?:al-)?Qa[\u02bf'\u2019]?dah|Dhu[l]?[- ](?:al-)?Hijjah"
)
_PERSIAN_MONTHS = r"Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
_NEPALI_MONTHS = (
    r"Baisakh|Baishakh|Jestha|Jeth|Asar|Asadh|Shrawan|Saun|Bhadra|Bhadau|Ashwin|Asoj|"
    r"Kartik|Mangsir|Poush|Magh|Falgun|Fagun|Chaitra|Chait"
)
HOLIDAY = re.compile(
    r"(?<![\w-])(?:(?:Erster|Zweiter|Eerste|Tweede)\s+(?:Weihnachts|Kerst|Pinkster|Paas)[a-z]*|"
    # (feasts that are also names, only after a preposition: "an Silvester", "a Natale", "la
    # Toussaint"; "Bernice Toussaint" is a name)
    r"(?:(?<=\b[Ll]a )|(?<=\b[Àà] )|(?<=\b[Aa] )|(?<=\bdi )|(?<=\b[Zz]u )|(?<=\b[Aa]n )|"
    r"(?<=\b[Nn]ach )|(?<=\b[Vv]or )|(?<=\b[Pp]er )|(?<=\b[Dd]opo )|(?<=\b[Ss]eit ))"
    r"(?:Toussaint|Natale|Silvester)|"
    r"Heiligabend|Heiligen\s+Abend|Weihnachten|Karfreitag|Ostersonntag|Ostermontag|"
    r"Neujahr|Kerstavond|Kerstmis|Oudejaarsavond|Oudjaar|Nieuwjaarsdag|Koningsdag|Sinterklaas|"
    r"Vigilia\s+di\s+Natale|Capodanno|Ferragosto|Pasquetta|Sabato\s+Santo|"
    r"Ognissanti|Nouvel\s+An|(?:la\s+)?Saint-Sylvestre|Réveillon|Boże\s+Narodzenie|"
    r"Wielkanoc|Sylwester|Wszystkich\s+Świętych|(?:Kurban|Ramazan|Şeker)\s+Bayram[ıi]|"
    r"Χριστούγεννα|Πρωτοχρονιά|Πάσχα|"
    # the Nordic feasts, written in lower case as often as not: "midsommarafton", "1. juledag"
    r"(?i:julafton|juldagen|midsommar(?:afton|dagen)?|juleaften|(?:[12]\.\s+)?juledag|"
    r"nytt?årsaften|nyttårsdag|nyårsafton|nyårsdagen|sankthans(?:aften)?|långfredag(?:en)?|"
    r"langfredag|påskdagen|påskedag|skärtorsdag(?:en)?|skjærtorsdag|skærtorsdag|pinsedag|"
    r"pingstdagen)(?!\w)|"
    r"(?:Jueves|Viernes|S[áa]bado|Domingo)\s+Santo|Domingo\s+de\s+(?:Ramos|Resurrecci[óo]n)|"
    r"Mi[ée]rcoles\s+de\s+Ceniza|"
    r"Día\s+de\s+Reyes|Semana\s+Santa|Nochevieja|"
    r"Mồng\s+\d\s+Tết|Sant\s+Jordi|Badnjak|Jāņ[ia]\w*|[Jj]uhannus\w*|"
    r"Δεκαπενταύγουστο\w*|(?:d[ií]a\s+de\s+(?:la\s+)?)?Caridad\s+del\s+Cobre|"
    r"d[ií]a\s+de\s+la\s+Virgen\s+de\s+Guadalupe|Three\s+Kings'?\s+Day|"
    r"D[ií]a\s+de\s+(?:los\s+)?(?:Reyes|la\s+Candelaria)|Noche\s+de\s+San\s+Juan|"
    r"Fiestas\s+Patrias|Ramzan|Tabaski|Meskel|Meskal|Timkat|Timket|Genna|Enkutatash|"
    r"Bakrid|Bakri\s+Eid|Chhath|Ganesh\s+Chaturthi|Karva\s+Chauth|Journée\s+de\s+la\s+femme|"
    r"(?:Tir|Hidar|Tikimt|Meskerem|Tahsas|Yekatit|Megabit|Miyazya|Ginbot|Sene|Hamle|Nehase)"
    r"\s+(?:[12]\d|30|[1-9])(?!\d)|"
    # feasts of the Middle East, South and East Asia: "on the Day of Arafah", "Yalda night",
    # "Sham el-Nessim", "Qingming", "Seollal", "Tuen Ng", "on Avurudu day", "Dashain tika day"
    r"(?:the\s+)?Day\s+of\s+Arafah?|Arafat\s+Day|(?:Shab-e\s+)?Yalda(?:\s+night)?|"
    r"Sham\s+[Ee]l[- ]Ne(?:ss|s)im|Chaharshanbe\s+Suri|Sizdah\s+Bedar|Arbaeen|Ashura|"
    r"Mawlid(?:\s+al-Nabi)?|Laylat\s+al-Qadr|Lunar\s+New\s+Year'?s\s+Eve|"
    r"Mid-Autumn(?:\s+Festival)?|Qingming(?:\s+Festival)?|Ching\s+Ming|O-?bon|Seollal|"
    r"Chuseok|Tuen\s+Ng|Dragon\s+Boat\s+Festival|Yuan\s+Xiao|Lantern\s+Festival|"
    r"Children'?s\s+Day|Hari\s+Raya(?:\s+(?:Aidilfitri|Haji|Puasa))?|Deepavali|Thaipusam|"
    r"Loy\s+Krathong|Nyepi|Undas|Avurudu(?:\s+day)?|Dashain(?:\s+tika)?(?:\s+day)?|Tihar|"
    r"Akshaya\s+Tritiya|Makar\s+Sankranti|Ugadi|Gudi\s+Padwa|Janmashtami|Bihu|Rakhi|"
    r"d[ií]a\s+de\s+la\s+Virgen|"
    # Aotearoa's, Quebec's and France's days: "on Matariki morning", "la Saint-Jean", "le 14
    # Juillet" is read by the date rules
    r"Matariki|"
    # and of East and Southeast Asia in Latin letters: "Mùng 2 Tết", "on 30 Tết",
    # "Hinamatsuri", "over Golden Week", "Songkran", "mudik Lebaran", "Idul Fitri", "Imlek"
    r"M[ùồ]ng\s+\d{1,2}\s+T[ếe]t|(?:29|30)\s+T[ếe]t|T[ếe]t\s+Nguy[êe]n\s+[ĐD][áa]n|"
    r"Hinamatsuri|Golden\s+Week|Songkran|Lebaran|Idul\s+Fitri|Imlek|"
    r"(?:(?<=\b[Ll]a )|(?<=\b[Àà] )|(?<=\b[Dd]e )|(?<=^))Saint-Jean(?![\w-])|"
    r"F\u00eate\s+nationale|F\u00eate\s+de\s+la\s+musique|"
    # a day of the Hijri, Persian or Nepali month: "17 Rajab", "the 15th of Sha'ban", "the
    # 27th night of Ramadan", "11 Dhul-Hijjah 1446", "5 Azar", "Magh 3"
    rf"(?:the\s+)?{_DAY_NUMBER}(?:st|nd|rd|th)?(?:\s+(?:night|day))?(?:\s+of)?\s+"
    rf"(?:{_HIJRI_MONTHS}|{_PERSIAN_MONTHS}|{_NEPALI_MONTHS})(?:,?\s+1[34]\d\d)?(?!\d)|"
    rf"(?:{_PERSIAN_MONTHS}|{_NEPALI_MONTHS})\s+{_DAY_NUMBER}(?!\d))(?![\w-])"
)
HOLIDAY_WORDS = frozenset(
    ["erster", "zweiter", "eerste", "tweede", "heiligabend", "heiligen", "silvester",
     "weihnachten", "karfreitag", "ostersonntag", "ostermontag", "neujahr", "kerstavond",
     "kerstmis", "oudejaarsavond", "oudjaar", "nieuwjaarsdag", "koningsdag", "sinterklaas",
     "natale", "capodanno", "ferragosto", "pasquetta", "sabato", "ognissanti", "nouvel",
     "sylvestre", "réveillon", "toussaint", "boże", "wielkanoc", "sylwester", "wszystkich",
     "bayramı", "bayrami", "χριστούγεννα", "πρωτοχρονιά", "πάσχα", "julafton", "juldagen",
     "midsommar", "midsommarafton", "midsommardagen", "juleaften", "juledag", "nyttårsaften",
     "nytårsaften", "nyttårsdag", "nyårsafton", "nyårsdagen", "långfredag", "långfredagen",
     "langfredag", "påskdagen", "påskedag", "skärtorsdag", "skärtorsdagen", "skjærtorsdag",
     "skærtorsdag", "pinsedag", "pingstdagen", "jueves", "viernes", "sábado", "sabado", "domingo",
     "miércoles", "miercoles", "sankthans",
     "sankthansaften", "reyes", "semana", "nochevieja", "tết", "jordi", "badnjak", "jāņi",
     "jāņiem", "jāņos", "juhannus", "juhannusaattona", "juhannuksena", "δεκαπενταύγουστου",
     "δεκαπενταύγουστο", "cobre", "guadalupe", "kings", "candelaria", "juan", "patrias",
     "ramzan", "tabaski", "meskel", "meskal", "timkat", "timket", "genna", "enkutatash",
     "bakrid", "bakri", "chhath", "chaturthi", "chauth", "femme", "tir", "hidar", "tikimt",
     "meskerem", "tahsas", "yekatit", "megabit", "miyazya", "ginbot", "sene", "hamle",
     "nehase",
     "matariki", "saint-jean", "jean", "fête", "nationale", "mùng", "tết", "tet",
     "hinamatsuri", "golden", "songkran", "lebaran", "idul", "imlek",
     "arafah", "arafa", "arafat", "yalda", "nessim", "nesim", "chaharshanbe", "sizdah",
     "arbaeen", "ashura", "mawlid", "laylat", "lunar", "autumn", "qingming", "ching", "obon",
     "bon", "seollal", "chuseok", "tuen", "dragon", "yuan", "lantern", "children", "raya",
     "deepavali", "thaipusam", "krathong", "nyepi", "undas", "avurudu", "dashain", "tihar",
     "tritiya", "sankranti", "ugadi", "padwa", "janmashtami", "bihu", "rakhi", "virgen",
     "muharram", "safar", "rabi", "jumada", "rajab", "sha", "shaban", "ramadan", "shawwal",
     "dhul", "dhu", "qadah", "hijjah", "farvardin", "ordibehesht", "khordad", "mordad",
     "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand", "baisakh", "baishakh",
     "jestha", "jeth", "asar", "asadh", "shrawan", "saun", "bhadra", "bhadau", "ashwin",
     "asoj", "kartik", "mangsir", "poush", "magh", "falgun", "fagun", "chaitra", "chait"]
)  # fmt: skip
