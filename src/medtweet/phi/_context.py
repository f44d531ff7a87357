"""Does a text tell a patient's story, or is it a professional (non-patient) post?

Safe Harbor is about the patient and their relatives, employers and household, so dates,
places and names only identify someone when the post is about a patient. The decision is
made from cue words: ages written the clinical way (``54yo``, ``54M``), ``pt``, ``my patient``,
``presented``, ``admitted``, kinship with a possessive (``her husband``) and honorifics count
for a patient story; conference, journal-club, job and publication words count against it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from medtweet.phi import _languages as local
from medtweet.phi._gates import gate
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Context, require_str
from medtweet.phi._scripts import SCRIPT_STORY
from medtweet.phi._southeast import SOUTHEAST_STORY

__all__ = [
    "CLOSE_KIN",
    "FAMILY_CUE",
    "FAMILY_SPECIALTY",
    "OWNED_CLINICAL",
    "POSSESSION",
    "TOKEN",
    "decide",
    "scores",
    "story_context",
    "story_scores",
]

_KIN = (
    r"husband|wife|spouse|partner|son|daughter|mother|mom|mum|father|dad|brother|sister|"
    r"grandson|granddaughter|grandmother|grandma|grandfather|grandpa|grandchild|uncle|aunt|"
    r"niece|nephew|cousin|boyfriend|girlfriend|fianc[eé]e?|caregiver|guardian|roommate|"
    r"neighbou?r|family|parents?|kids?|children|child|baby|twins?|stepson|stepdaughter|"
    r"stepmother|stepfather|stepmom|stepdad|siblings?|grandkids?|grandchildren|employer|boss|"
    r"coworker|landlord|"
    # grandparents by their family titles: "Mamaw Hatfield", "her abuela"
    r"granny|nana|mamaw|papaw|meemaw|pawpaw|abuela|abuelo|abuelita|abuelito|mama|papa|"
    r"nonna|nonno|lola|lolo|bubbe|zayde|tutu|aunty|auntie"
)

_KIN_WORDS = frozenset(_KIN.replace("?", "").replace("[eé]e", "e").split("|")) | {
    "mom", "parent", "parents", "kid", "kids", "twin", "twins", "fiance", "fiancee",
    "neighbor", "neighbour", "child", "children",
}  # fmt: skip
TOKEN = re.compile(r"\w+")
"""Words of the lower-cased text, as the keyword gates of every detector see them."""

# Cues that are worth 2 (a patient story almost surely) or 1; professional cues are worth 1.
_STRONG_WORDS = (
    frozenset(
        [
            "admitted",
            "discharged",
            "intubated",
            "extubated",
            "coded",
            "hpi",
            "pmh",
            "dob",
            "mrn",
            "mrns",
            "ssn",
            "resus",
            "resuscitated",
            "discharge",
            "admit",
            "readmitted",
            # an obstetric history is one woman's: last period, due date
            "lmp",
            "edd",
            "edc",
        ]
    )
    | local.STORY_STRONG_WORDS
)
_STRONG_PHRASES = (
    "s/p", "c/o", "d/c", "the patient ", "the pt ", "year old", "year-old", "yr old",
    "lives alone", "lives with", "lives in", "lives on", "lives at", "lives under",
    "lives near", "lives by", "lives out", "resides in",
    "presented with", "presented to", "presents with", "presenting with",
    "old man", "old woman", "old lady", "old gentleman", "came to our",
    "brought in", "came in", "passed away", "case of a", "in the ed", "in the er",
    "in the icu", "trauma bay", "my patient", "our patient", "this patient", "a patient of",
    "the patient's", "baby boy", "baby girl", "showed up", "was found", "were found",
    "found down", "rolled in", "was rushed", "was airlifted", "was flown", "life-flighted",
    "walked in", "was brought", "was transferred", "got admitted", "drove himself",
    "drove herself", "was life-flighted",
    "frequent flyer", "frequent flier", "walks in", "walked into", "rolls in", "comes in",
    "my guy", "my lady", "this kiddo", "our kid ", "this kid ", "my pt ", "our pt ",
    "took care of a", "taking care of a", "took care of this", "cared for a",
    "fell off a ", "passed peacefully", "turned 9", "turned 10",
    "due date:", "welcome to the world", "emergency contact", "intake form", "number on file",
    "the family asked",
    # a theatre's, a clinic's or a call round's list of patients; a chart's diagnosis line;
    # an injury's event
    "theatre list", "theater list", "day list", "op list", "clinic list", "call list",
    "list tmrw", "list tomorrow", "ward list", "dx:", "trauma call", "kicked by", "bitten by",
    "thrown from", "came off his", "came off her", "his dose", "her dose", "at his spot",
    "at her spot",
)  # fmt: skip
# A third-person singular pronoun with a clinical event tells one person's story ("her ICD
# fired 11x", "he fell off a ladder"). Events that happen to a person count alone; words that
# also fit a colleague's news ("she works in the ICU", "her surgery rotation") need a second.
_PRONOUNS = frozenset({"she", "he", "her", "his", "him", "hers", "herself", "himself"})
_EVENTS = frozenset(
    [
        "fired", "shocked", "fell", "collapsed", "seized", "seizing", "coded", "arrested",
        "overdosed", "bled", "injured", "fractured", "stabbed", "drowned", "choked",
        "syncopized", "fainted", "hospitalized", "hospitalised", "transfused", "defibrillated",
        "intubated", "sedated", "unconscious", "unresponsive", "rollover", "mvc", "mva", "wreck",
        "bitten", "sprained", "dislocated", "vomited", "amputated", "pulseless", "rosc", "stung",
        "hypoxic", "bradycardic", "tachycardic", "hypotensive", "crashing", "anaphylaxis",
        "stemi", "nstemi", "dka", "alarmed", "extubated", "ruptured",
        # a wound, a bite, a crush or an arrest of one person ("bitten on the forearm")
        "bite", "crush", "arrest", "impaled", "entrapped", "electrocuted", "scalded",
    ]
)  # fmt: skip
# one person by their work or pastime, told with what happened to them ("Welder at the yard,
# flash burns both eyes", "mechanic ... crush injury", "Aussie backpacker, monkey bite"):
# these weigh as "he" or "she" do with the events below (a plural is people in general)
PERSON_WORDS = frozenset(
    [
        "welder", "mechanic", "worker", "herder", "guard", "lineman", "backpacker", "tourist",
        "fisherman", "trucker", "farmer", "soldier", "veteran", "player", "athlete", "runner",
        "cyclist", "rider", "climber", "diver", "hiker", "swimmer", "lifter", "firefighter",
        "miner", "roofer", "logger", "rancher", "carpenter", "plumber", "electrician",
        "driver", "passenger", "pedestrian", "cook", "chef", "waitress", "waiter", "cashier",
        "marine", "sailor", "crewman", "seafarer", "migrant", "refugee", "labourer",
        "laborer", "contractor", "gymnast", "wrestler", "boxer", "quarterback", "goalie",
        "jockey", "skier", "snowboarder", "scaffolder", "forklift", "warehouse",
        "traveller", "traveler", "hunter", "camper", "surfer", "lifeguard",
    ]
)  # fmt: skip
_SERVICES = frozenset(["ed", "er", "icu", "surgery", "dialysis", "transplant", "ems", "ambulance"])
_WEAK_EVENTS = frozenset(
    [
        "icd", "pacemaker", "lvad", "defibrillator", "implant", "stent", "ambulance", "ems",
        "ed", "er", "icu", "surgery", "chemo", "dialysis", "diagnosed", "biopsy", "septic",
        "cpr", "narcan", "naloxone", "vent", "ventilator", "trach", "intubation", "transplant",
        "discharged", "stroke", "sepsis", "pe", "mi", "seizure", "seizures", "pump", "glucose",
        "sugar", "contractions", "fracture", "overdose", "ladder", "burns", "tore", "paralyzed",
        "died", "syncope", "shocks", "bleeding", "crashed", "broke", "struck", "shot",
        "burned", "spleen", "hip", "skull", "wrist", "ribs", "concussion", "stitches",
        "broken", "collision",
        # procedures, findings and orders told of one person ("he keeps asking", "NGT, NPO")
        "sbo", "ngt", "npo", "whipple", "adhesions", "dissection", "cta", "anticoag",
        "sutured", "sutures", "lac", "laceration", "crisis", "pain", "hb", "hgb", "cath",
        "cabg", "tavr", "gsw", "exlap", "resection", "fx", "copd", "chf", "uti", "pneumonia",
        "lesion", "mass", "aphasia", "delirium", "dementia", "dnr", "colonoscopy", "endoscopy",
        "splint", "cast", "rewarmed", "ecmo", "extubation", "labor", "delivery", "c-section",
        # a finding, a lab or a drug of one person ("his warfarin", "INR was 6", "her AAA")
        "aaa", "rupture", "tendon", "acl", "mcl", "meniscus", "inr", "warfarin", "coumadin",
        "insulin", "lactate", "troponin", "funeral", "hospice",
        # a disease or treatment of one person ("his asthma", "her CGM", "his abx")
        "asthma", "endocarditis", "cgm", "abx", "oxygen", "concentrator", "refills", "dexcom",
        "omnipod", "libre", "inhaler",
        "wound", "injury", "burn", "sting", "exposure", "laceration", "amputation",
    ]
)  # fmt: skip
_STRONG_RES = (
    # "\d(?<!\w\d)" is "\b\d" written to start with a character class, which the regex
    # engine skips to in C (a pattern that starts with a look-around is tried everywhere);
    # the digits are taken whole ("{0,2}+": fewer leave a digit next, which nothing after
    # takes) and the look-ahead holds every character an ending can start with
    re.compile(
        # (not a time's minutes: "8-4:30 M-F" is a unit's hours)
        r"\d(?<!\w\d)(?<![:.]\d)\d{0,2}+(?=[\s\-yYMFmw])"
        r"[\s-]?(?:(?i:yo|y/o|y\.o\.)|yrs?\.? old|years? old|-?years?-old|"
        r"-?yr-old|"
        # an age in Spanish or Portuguese, not a time ago nor an institution's years
        r"(?<![Hh]ace \d )(?<![Hh]ace \d\d )(?<![Hh]\u00e1 \d )(?<![Hh]\u00e1 \d\d )"
        r"(?:a\u00f1os|anos)(?! d[eoa]l?\b)|"
        r"[ -](?:weeks?|wks?|months?|mos?|days?)[ -]old|"
        r"yo[MFmf]|M(?!-F\b)|F|mo|wk)\b(?!\.?\d)(?! (?:views|followers|users|downloads|people|"
        r"patients|members|impressions|subscribers|listeners|visits|steps|times)\b)"
    ),
    re.compile(
        r"(?=[MSDm])\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Mme|Mlle|Madame|Monsieur|Se\u00f1ora|Senora|"
        r"Se\u00f1or|Senor|Do\u00f1a|Dona|mr|mrs|ms)\.? [\"\u201c]?[A-Z]"
        # all in lower case, with its dot: "ms. adeyemi finally got her kidney" (not "120 ms.")
        r"|(?<![\d\w] )(?<!\d)(?:mr|mrs|ms)\. [a-z]{3,}\b"
    ),
    re.compile(
        r"(?=[hHtTpPwWcCrR])\b(?:his|her|their|pt's|patient's|whose|client's|resident's)\s+"
        r"(?:late\s+|ex-?)?(?:" + _KIN + r")\b",
        re.IGNORECASE,
    ),
    re.compile(r"(?=G)\bG\d\s?P\d|(?=P)\bPOD\s?#?\d"),
    # "pts" too, unless patients in general: "for pts >=75", "rural pts", "your pts"
    re.compile(
        r"(?=[pP])(?<!\.)\b(?:pt|Pt)\b|(?=[pP])(?<!\.)(?<!\bfor )(?<!\bof )(?<!\ball )(?<!\bmany )"
        r"(?<!\bmost )(?<!\bsome )(?<!\brural )(?<!\bolder )(?<!\bour )(?<!\bmy )(?<!\byour )"
        r"(?<!\bOur )(?<!\bMy )(?<!\bYour )"
        r"(?<!\bin )(?<!\d )"
        r"\b(?:pts|Pts)\b"
    ),
    re.compile(r"(?=\d)\b\d0s\s?(?:[MF]|man|woman|male|female)\b"),
)
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "sr", "sra", "mme", "mlle", "madame", "monsieur",
     "se\u00f1ora", "senora", "se\u00f1or", "senor", "do\u00f1a", "dona"}
)  # fmt: skip
_WEAK_WORDS = (
    frozenset(
        [
            # an injury's scene, as a medic's run report tells it (each counts alone: a
            # post about a pileup or a mauling tells of the people hurt in it)
            "pileup",
            "explosion",
            "mauling",
            "ejected",
            "unrestrained",
            "extricated",
            "extrication",
            "entrapment",
            "stabbing",
            "patient",
            "case",
            "admission",
            "ed",
            "er",
            "icu",
            "micu",
            "sicu",
            "cvicu",
            "ccu",
            "nicu",
            "picu",
            "triage",
            "diagnosed",
            "lab",
            "labs",
            "vitals",
            "ecg",
            "ekg",
            "mri",
            "cxr",
            "ward",
            "rounds",
            "shift",
            "overnight",
            "consult",
            "consulted",
            "intake",
            "chart",
            "charted",
            "ehr",
            "emr",
            "record",
            "records",
            "encounter",
            "callback",
            "home",
            "family",
            "clinic",
            "hospice",
            "nursing",
            "found",
            "unresponsive",
            "man",
            "woman",
            "gentleman",
            "lady",
            "grandpa",
            "grandma",
            "boy",
            "girl",
            "kid",
            "infant",
            "toddler",
            "teen",
            "sprain",
            "ambulance",
            "ems",
            "baby",
            "babies",
            "newborn",
            "twins",
            "twin",
            "born",
            "delivered",
            # one person, informally; a form that travels with one patient
            "guy",
            "dude",
            "kiddo",
            "fella",
            # the patient in Spanish and Portuguese
            "paciente",
            "polst",
            "molst",
        ]
    )
    | local.STORY_WEAK_WORDS
)
_PROFESSIONAL_WORDS = (
    frozenset(
        [
            "conference",
            "congress",
            "symposium",
            # a ward's own business: its rota, swaps, refreshers and their facilitators
            "rota",
            "rotas",
            "roster",
            "swap",
            "refresher",
            "facilitator",
            "facilitators",
            "derogations",
            "summit",
            "meeting",
            "webinar",
            "abstract",
            "abstracts",
            "registration",
            "deadline",
            "register",
            "keynote",
            "speaker",
            "speakers",
            "panel",
            "panelists",
            "session",
            "talk",
            "lecture",
            "slides",
            "poster",
            "hiring",
            "job",
            "jobs",
            "position",
            "apply",
            "application",
            "applications",
            "fellowship",
            "residency",
            "congrats",
            "congratulations",
            "welcome",
            "paper",
            "published",
            "publication",
            "study",
            "trial",
            "meta",
            "guideline",
            "guidelines",
            "review",
            "podcast",
            "tweetorial",
            "cme",
            "course",
            "workshop",
            "department",
            "colleague",
            "colleagues",
            "faculty",
            "chair",
            "award",
            "cohort",
            "registry",
            "rct",
            "preprint",
            "journal",
            "editorial",
            "booth",
            "venue",
            "agenda",
            "livestream",
            "seminar",
            "question",
            "quiz",
            "mksap",
            "answer",
            "answers",
            "poll",
            "vote",
            "recruiting",
            "postdoc",
            "applicants",
            "program",
            "info",
            "seeks",
            "seeking",
            "recert",
            "office",
            "gme",
            "nocturnist",
            "doi",
            "pmid",
            "pubmed",
            "pmc",
            "et",
            "al",
            "citation",
            "authors",
            # teaching, team news and outreach
            "students",
            "simulation",
            "icymi",
            "views",
            "followers",
            "proud",
            "shoutout",
            "funded",
            "funding",
            "rotation",
            "mentor",
            "qi",
            "presenter",
            "opens",
            "reopens",
            "satisfaction",
            "retires",
            "retiring",
            "retirement",
            "honored",
            "statement",
            "foundation",
            "proceeds",
            "scheduling",
            "memorial",
            "designation",
            "magnet",
            "boards",
            "graduated",
            "graduation",
            # a unit's or a society's news (rather than one patient's story)
            "launches",
            "launched",
            "launch",
            "kudos",
            "ext",
            "divert",
            "locum",
            "editor",
            "editors",
            "society",
            "president",
            "instructors",
            "educators",
            "potluck",
            "mentorship",
            "pioneer",
            "signing",
            "chaplain",
            "hospitalists",
            "moves",
            "largest",
            "protocol",
            "protocols",
            "grant",
            "grants",
            "certification",
            "recertification",
            "cms",
            "chapter",
            "helpdesk",
            "lbct",
            "plenary",
            "farewell",
            "classmate",
            "classmates",
            "legendary",
            "legend",
            "announce",
            "announcing",
            "textbook",
            "late-breaking",
            "latebreaker",
            # events and news of an institution: "M&M on Thursday", "the Quality Forum", "alum"
            "forum",
            "auditorium",
            "alum",
            "alumni",
            "alumna",
            "alumnus",
            "campus",
            "downtime",
            # drills, volunteers, training and history
            "drill",
            "volunteers",
            "auxiliary",
            "trained",
            "training",
            "visiting",
            "project",
            "coauthors",
            "founded",
            "invented",
            # a department's notices and a research team's calls ("Dept email change", "looking
            # for collaborators", "interview invite", "orientation starts")
            "departmental",
            "guidance",
            "programme",
            "shortlisted",
            "clerks",
            "awards",
            "inquiries",
            "enquiries",
            "collaborators",
            "multicentre",
            "multicenter",
            "interns",
            # trainees, their colleges and their curriculum: "new SHOs starting in August" (not
            # one SHO: "thanks to the SHO who caught it" tells a patient's story)
            "trainee",
            "trainees",
            "shos",
            "registrars",
            "curriculum",
            "rcog",
            "ranzcog",
            "orientation",
            "interview",
            # a committee's, a unit's or a school's notices ("agenda items to", "new badges
            # from Security", "diploma ... scholarships for candidates", "hackathon"; not
            # "my work inbox" or "EMS crews", which stories hold too)
            "committee",
            "agenda",
            "badges",
            "hackathon",
            "diploma",
            "scholarship",
            "scholarships",
            "candidates",
            "newsletter",
            # job notices and a colleague's passing ("ICU vacancies", "condolence meeting"; not
            # "obituary": a patient's obit link is a story's)
            "vacancy",
            "vacancies",
            "openings",
            "condolence",
            "condolences",
            # the same in Spanish, Portuguese and French ("Congresso Português de ...")
            "congreso",
            "congresso",
            "congr\u00e8s",
            "colloque",
            "simposio",
            "simp\u00f3sio",
            "jornadas",
            "palestra",
            "ponencia",
            "programa",
            "convocatoria",
            "inscripciones",
            "inscri\u00e7\u00f5es",
            "inscriptions",
        ]
    )
    | local.PROFESSIONAL_WORDS
)
# Event, teaching and job words weigh 3 in all (a case told at grand rounds is not a story
# about one's own patient); "fictional" and "hypothetical" settle it.
_PROFESSIONAL_STRONG = frozenset(
    [
        "conference",
        "congress",
        "symposium",
        "webinar",
        "keynote",
        "workshop",
        "abstract",
        "abstracts",
        "deadline",
        "hiring",
        "cme",
        "poster",
        "podcast",
        "seminar",
        "fictional",
        "hypothetical",
        "imaginary",
        "mksap",
        "quiz",
    ]
)
_FICTION = frozenset({"fictional", "hypothetical", "imaginary", "simulated", "fictitious"})
_PROFESSIONAL_PHRASES = (
    "grand rounds", "journal club", "join us", "save the date", "sign up", "board review",
    "question of the day", "et al", "clinic hours", "office hours", "now hiring",
    "we're hiring", "we are hiring", "apply now", "apply at", "apply by", "job opening",
    "contact us", "call us", "fax us", "email us", "our department", "our clinic is",
    "referrals to", "for referrals", "for appointments",
    "clinic phone", "clinic fax", "clinic line", "office phone", "is staffed",
    "call our", "our fax", "our phone number", "our office", "update your",
    "doctors' day", "doctors day", "nurses week", "nurses' week", "thank you to every",
    "accepting new patients", "our practice", "thanks to dr", "thank you to dr",
    "looking for", "trauma center", "credit to", "not a patient", "not a real patient",
    "tip for",
    "m&m", "not pt info", "not patient info", "no pt info", "referring docs", "referral office",
    "proud to work", "on this day", "co-authors", "boot camp", "press contact",
    # a unit's published line and its changes: "public line: (614) ...", "has moved!"
    "public line", "phone line", "backup line", "new location", "has moved", "for maintenance",
    "support line",
    # talks and study days: "speaking at the Spring Meeting", "Study Day, 6 September"
    "speaking at", "presenting at", "co-presenting", "study day", "lunch provided",
    "referral address", "records requests", "email change", "voicemail is", "walk-ins",
    # job notices, awareness days and a colleague's passing: "ICU nurse posts open",
    # "Part-time IBCLC", "Neonatal Nursing Day is", "Condolence meeting Friday"
    "posts open", "positions open", "hr line", "part-time", "full-time", "next batch",
    "bake sale", "former head", "awareness day", "awareness week", "awareness month",
    "nursing day", "in memoriam", "referral line", "for doctors", "huge ups", "kicks off",
    "closing date", "spot open", "spots open", "position open", "send cv",
    "send your cv", "cv to", "fellowship coordinator", "program coordinator",
    "open house", "shout-out", "shout out", "ted talk", "morning report", "tip of the",
    "work with us", "join our",
    # a unit's notices: "PROTOCOL UPDATE: effective ...", "Reminder: MDT is cancelled", "EMS
    # Week is ...", "adverts for 2 posts go live", "4 slots per term", "shadow our clinic"
    "protocol update", "is cancelled next", "ems week", "adverts for", "go live",
    "slots per", "per term", "shadow our", "thanks to everyone", "thank you to everyone",
    "interested in joining",
)  # fmt: skip


FAMILY_CUE = re.compile(
    r"\b(?:(?:his|her|their|pt'?s|patient'?s|the patient'?s|pts'|(?:" + _KIN + r")'?s|"
    r"(?:man|woman|guy|lady|gentleman|kid)'s|"
    r"family'?s?|relative'?s?)\s+(?:(?:home|personal|private|own|cell|mobile|work)\s+)?"
    r"(?:cell|cellphone|phone|number|mobile|e-?mail|address|fax|blog|page|site|website|"
    r"fundraiser|gofundme|profile|account|IP|handle|contact|link|instagram|facebook|tiktok|"
    r"bio|landline|channel|podcast|voicemail)"
    r"|next of kin|NOK|emergency contact)\b",
    re.IGNORECASE,
)
"""Words before a phone, e-mail, URL or address that tie it to a patient or relative
("his cell", "mom's email", "the patient's blog", "next of kin")."""


# one person's age, stated: "Jaylen, 19, and ...", "he's 77", "dad is 71"
# the age of a programme or a place, not of a person: "our residency is 50 years old"
_AGED_THING = re.compile(
    r"\b(?:residency|program|programme|hospital|clinic|department|society|journal|school|"
    r"unit|practice|center|centre|conference|meeting|course|fellowship|network|podcast|"
    r"it|this) (?:is|turns|turned|was) (?:now |just |officially )?$"
)


def _aged_thing(low: str, end: int) -> bool:
    r"""Whether ``low`` up to ``end`` ends as ``_AGED_THING`` does (a programme's age).

    Its matches are at most 29 characters long: only the last 40 are searched (the
    ``\b`` at the window's start still sees the character before it).
    """
    # (its match ends with one of these words and a blank, maybe before a final newline)
    stop = end - 1 if low[end - 1 : end] == "\n" else end
    if not low.endswith(_AGED_THING_ENDS, 0, stop):
        return False
    return _AGED_THING.search(low, max(0, end - 40), end) is not None


_AGED_THING_ENDS = ("is ", "turns ", "turned ", "was ", "now ", "just ", "officially ")


_COMMA_AGE = re.compile(r", \d{1,3}(?:,| (?:and|with|who|from|came|was|is)\b)")
# one person by name or by a word for them before the age: "Jaylen, 19,", "veteran, 96,"
_PERSON_BEFORE = re.compile(  # "R.K., 16,", "Sabine Körner, 44,"
    r"(?<![\w'])(?:[A-Za-zÀ-ÖØ-ÞĀ-Ž]?[a-zß-öø-ÿā-ž]{2,}|[A-Z]\.\s?[A-Z]\.)$"
)
# a named child or adult with the age in brackets: "Santiago (8) from ..."
# (or a decade, or "our pt": "Radomir (50s, welder)", "Ines (my pt, 70s)")
_NAME_AGE = re.compile(
    r"(?<![\w'])[A-Z][a-z]+ \((?:(?:\d|[1-9]\d|1[01]\d)(?:!*\)|,|\s?(?:yo|y/o|[MF])\b|"
    # "Grace W. (100!)", "Aditi (4 days old)"
    r" (?:days?|weeks?|wks?|months?|mos?) old\b)|"
    r"[1-9]0s[,)]|(?:my|our) (?:pt|patient)\b)"
)
# one person's measured value: "her TSH is 0.03", "his K was 6.4", "her A1c of 9.1"
_OWN_VALUE = re.compile(
    r"[hH](?<![\w'\u2019][hH])(?:is|er) [A-Z][A-Za-z0-9]{0,5} "
    r"(?:is |was |of |at |now |down to |up to )?(?:[<>~] ?)?\d"
)
# one person's body, belongings, circumstances or carers, told by "his" or "her": "a tattoo
# on his forearm", "scanned his palm", "sleep in his Civic", "her only phone", "I am her
# oncologist" (a colleague's "her talk", "his paper" or "her team" is none of these)
_OWN_THING = re.compile(
    r"[hH](?<![\w'\u2019][hH])(?:is|er) "
    r"(?:own |only |old |new |home |whole |usual |left |right |L |R )?"
    r"(?:forearm|arm|palm|hand|wrist|finger|thumb|leg|knee|ankle|foot|feet|toes?|chest|back|"
    r"neck|face|eyes?|ears?|skin|scalp|head|shoulder|belly|tattoos?|scar|wound|stump|"
    r"prosthesis|wheelchair|walker|car|truck|van|bike|Civic|dog|cat|house|flat|apartment|"
    r"tent|phone|wallet|meds|pills|insulin|inhaler|asthma|diabetes|seizures|symptoms|rash|"
    r"fever|labs|bloods|hunger strike|connection|shelter|probation|parole|sentence|cell|"
    r"benefits|landlord|rent|caseworker|key ?worker|social worker|PO|lawyer|discharge|"
    r"admission|bed|chart|wristband|bracelet|ID|passport|licen[cs]e|insurance|"
    # the clinicians who care for one person: "I AM her oncologist"
    r"oncologist|GP|PCP|surgeon|cardiologist|psychiatrist|therapist|midwife|carers?|"
    r"caregivers?)\b"
)
# a patient's family, named: "if you are the family of Otis Grange" (not a colleague's)
_FAMILY_OF = re.compile(r"(?=[Ff])\b[Ff]amily of (?!(?:Dr|Drs|Prof|Professor)\b)[A-Z][a-z]")
# a person by name with their age: "Marisol age 9, strep +" (not "Average age 79")
_NAMED_AGE = re.compile(r"[A-Z](?<![\w'\u2019][A-Z])[^\W\d_]+,? age \d{1,3}\b")
# a first name and a surname before an age, in any language ("Olga Petersson, 94,", "Jānis
# Bērziņš, 93 g.,", "Ona Kazlauskienė, 95 m.,"); the first name must be a known one
_FULL_NAME_AGE = re.compile(
    # (its capital first, then what may not come before it: a class the engine skips to in C)
    r"(?P<first>[A-ZÀ-ÖØ-Þ](?<![\w-].)[a-zß-öø-ÿ\u0100-\u017f]+)(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
    r" (?:[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'\u2019-]+ ){0,1}[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'\u2019-]+"
    r"(?:, (?:\d|[1-9]\d|1[01]\d)(?:[,.;)]| (?:år|ára|m\.|g\.|v\.|a\.|ans|anni|jaar|años|anos|"
    r"lat|let|J\.|Jahre|yo|y/o|yrs?)\b)| \((?:\d|[1-9]\d|1[01]\d)\))"
)
_NOT_NAMED_AGE = frozenset(["Average", "Mean", "Median", "Gestational", "Bone", "Maternal"])
# a patient spoken to ("sir, I cannot fax you your MRI", "ma'am, that's the refill
# number"), not a knight's title ("Sir Michael Marmot", "Sir Ganga Ram Hospital")
_ADDRESSED = re.compile(
    r"(?<![\w'\u2019])(?:sir|ma['\u2019]am|Sir|Ma['\u2019]am)(?![\w'\u2019])(?! (?!I\b)[A-Z])"
)
# patients by their bed: "Wendell in 14 pulled his IV", "Agnes in 22 wants tea", "a crit K
# on Lorna Vail in 12B."
# (found from its literal "in ", which the engine skips to; the name before is checked after)
_IN_BED_NUMBER = re.compile(
    r"in (?<=[a-z] in )(?:room |rm |bed |bay )?\d{1,3}(?:[A-Z](?![\w-]))?"
    r"(?: (?:is|was|has|had|wants|keeps|just|still|"
    r"asked|says|said|tried|got|needs|called|refused|[a-z]{2,}ed)\b|[.,;](?!\d))"
)
_BED_NAME_BEFORE = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]{2,} $")
# a measured value: "K 5.1", "A1c of 11.2", "INR 2.6", "40 mg", "FVC 52%", "BP 188/110"
_CLINICAL_VALUE = (
    r"\b(?:(?!I\b|A\b)[A-Z]{1,5}[0-9]?|A1[cC]|HbA1c|SpO2|FEV1|eGFR|Hgb|Plt|Na|Cr|Mg|Ca|pH|"
    r"[Ss]ats?(?! \d{1,2}/)|k|na|cr|hgb|hb|inr|plt|wbc|bp|hr|a1c|ldl|tsh|lactate|lipase|glucose|bg)"
    r" (?:of |was |is |at |now |down to |up to )?[<>~]?\d+(?:\.\d+)?\b"
    r"|\d(?:\.\d+)? ?(?:mg|mL|ml|kg|g|%|mmHg|bpm|mcg|units|mEq|mmol|cc)\b|\d{2,3}/\d{2,3}\b"
)
# (both behind a look-ahead on a letter or a digit, what every branch starts with: a pattern
# that opens with \b or an alternation is tried at every position of the text)
_CLINICAL_VALUES = re.compile(rf"(?=[A-Za-z\d])(?:{_CLINICAL_VALUE})")
_MEASURED = re.compile(
    r"(?=[A-Za-z\d])(?:"
    + _CLINICAL_VALUE
    # or a number of their own: a phone, an id, a bed ("her fax 1 (317) ...", "bed 9")
    + r"|(?<![\w.])(?!(?:19|20)\d\d\b)\d{3,}(?! ?(?:years|yrs|followers|views|people|members|"
    r"patients|pts|residents|nurses|hours|hrs|miles|km)\b)|\b(?:[Bb]ed|[Rr]oom|[Rr]m|[Bb]ay) \d"
    r")"
)
_STATED_WORDS = frozenset(["he", "she", "dad", "mom"])
_STATED_AGE = re.compile(
    r"(?=[hsdm])\b(?:he|she|dad|mom)(?:'s|\u2019s| is| was) (?:only |just |now )?"
    r"(?:\d{1,3}\b|(?:a |one )?hundred\b|ninety\b|ninety-\w+)"
    r"(?![.,]\d| ?(?:%|mg|kg|lb|min|hours?|hrs?|days?|weeks?|times|percent|mm|cm)\b)"
)


@functools.cache
def _kin_owns(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\bmy )\b{word}['\u2019]s (?!day\b)[a-z]")


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'.])[A-Z][a-z]{2,}$")


def _first_name_before(text: str, comma: int) -> bool:
    """Whether a known first name stands right before ``comma`` ("Bernadette, 71,")."""
    word = _CAPITALISED_BEFORE.search(text, max(0, comma - 20), comma)
    return word is not None and word.group() in lexicon("first_names")


_TITLED = re.compile(r"\b(?:Dr|Drs|Prof|Professor|Nurse|Dean|Chief|Coach)\.?(?: [A-Z][\w'-]*)* ?$")


def _aged_name(text: str, comma: int) -> bool:
    """A person's name or a word for them before ", NN," that is not a titled colleague's."""
    window = text[max(0, comma - 40) : comma]
    return bool(_PERSON_BEFORE.search(window)) and not _TITLED.search(window)


_NAMED_KIN = frozenset(
    ["siblings", "twins", "grandkids", "stepmom", "stepdad",
     "husband", "wife", "son", "daughter", "mom", "dad", "brother", "sister", "grandson",
     "granddaughter", "grandma", "grandpa", "uncle", "aunt", "auntie", "niece", "nephew",
     "cousin", "boyfriend", "girlfriend", "fiance", "fiancee", "granny", "nana", "mamaw",
     "papaw", "meemaw", "pawpaw", "abuela", "abuelo"]
)  # fmt: skip


@functools.cache
def _kin_named(word: str) -> re.Pattern[str]:
    # "her son Erik", and a kin title before a name: "Grandma Darlene", "Uncle Joe" (but a
    # capitalised "Sister Mary" or "Brother John" is a religious title)
    first = word[0]
    initial = rf"(?:{first}|(?<![a-z] ){first.upper()})"
    if word not in ("sister", "brother"):
        initial = f"[{first}{first.upper()}]"
    return re.compile(rf"\b{initial}{word[1:]},? [A-Z](?:[a-z]|[a-z][A-Z])[a-z]+\b")  # "LaToya"


# a named person's labs, drug or scan: "Kateryna's methotrexate", "Elijah Ruben's labs"
# (OWNED_CLINICAL: what a person's name owns in a patient story; the name rules use it too)
# (found from its literal "'s ", which the engine skips to; the name before is checked after)
POSSESSION = re.compile(r"['\u2019]s (?P<w>[A-Za-z][\w-]+)")
"""A possessive and the word after it ("Ana's labs", "Ana's BP"); shared with the name rules."""
_OWNER_BEFORE = re.compile(r"(?<![\w.'\u2019])[A-Z][\w'\u00e0-\u00ff-]+$")
OWNED_CLINICAL = frozenset(
    ["labs", "lab", "meds", "med", "chart", "scan", "scans", "biopsy", "surgery", "script",
     "prescription", "rx", "results", "result", "mri", "ct", "echo", "ekg", "ecg", "x-ray",
     "insulin", "warfarin", "methotrexate", "chemo", "dialysis", "pump", "pacemaker", "port",
     "cath", "path", "pathology", "potassium", "inr", "a1c", "discharge", "admission",
     "appointment", "referral", "records", "imaging", "wound", "stent", "fracture",
     "fundraiser", "gofundme", "caringbridge", "bp", "sats", "weight", "psa", "tsh", "hgb",
     "ecg",
     # a lab value or a marker of one person: "Anthony's CEA is 1.2"
     "cea", "ca-125", "ca125", "afp", "ldh", "ferritin", "hba1c", "creatinine", "egfr",
     "troponin", "trop", "bnp", "wbc", "platelets", "anc", "crp", "esr", "cd4", "glucose",
     "sugars", "sodium", "hemoglobin", "haemoglobin", "lactate", "albumin", "bilirubin",
     "tumour", "tumor", "mole", "rash", "ultrasound", "scan", "cast", "splint", "stitches",
     "sutures", "dressing", "dose", "wounds"]
)  # fmt: skip
# what a patient has, owned by the word for them: "the resident's Medicare number"
_CARED_FOR_OWNS = re.compile(r"\b(?:pt|patient|resident|client)['\u2019]s (?P<w>[a-z][\w-]*)")
_CARED_FOR_THINGS = OWNED_CLINICAL | frozenset(
    ["medicare", "medicaid", "insurance", "ssn", "mrn", "bracelet", "wristband", "family",
     "daughter", "son", "wife", "husband", "cell", "phone", "address", "account", "dob"]
)  # fmt: skip
# a record's label in quotes: '"ALVARES, MARIBEL"', '"ALVAREZ, M"'
_QUOTED_LABEL = re.compile(r"[\"\u201c][A-Z\u00c0-\u00de]{2,}(?:-[A-Z]{2,})?, ?[A-Z]")
# a named person's relative: "Bobby Joe's wife", "Ana's mom" (not "Dr. Obi's husband")
_NAME_OWNS_KIN = re.compile(
    r"(?<![\w.'])[A-Z][a-z]+(?: [A-Z][a-z]+)?['\u2019]s (?:" + _KIN + r")\b"
)
_TITLE_BEFORE = re.compile(r"(?:Dr|Drs|Prof|Mr|Mrs|Ms|The|the|of|in|at)\.? $")
# an age owned by the writer: "my 92 y/o", "our 3yo" (a patient of one's own)
# a person by name with their age: "Aiyana is 11 and has had 4 admits", "kwame is 6 and told me"
_NAME_IS_AGE = re.compile(
    r"(?<![\w'])[A-Za-z][a-z]{2,} is \d{1,3},? and (?:has|had|told|is|was|wants|loves|runs|says|"
    r"still|just|already|asked|keeps)\b"
)
# a spelled age of 90 or more, said of one person: "ninety-five, says the brake moved"
_SPELLED_OLD = re.compile(
    r"\bninety-(?:one|two|three|four|five|six|seven|eight|nine)\b(?! ?(?:percent|%|mg|times))"
)
_MY_AGE = re.compile(r"(?=[mo])\b(?:my|our) \d{1,3} ?(?:yo|y/o|y\.o\.|year[- ]old|yr[- ]old)\b")


_GESTATION = re.compile(r"\+[0-6](?<=(?<![\w.])[23]\d\+[0-6])(?![.\d])")
# a meeting's tag carries its year: "#ASCO26", "#AHA2025", "#ACC.26" (a specialty's or a
# community's tag, "#nephrology", "#MedTwitter", tells nothing either way)
_HASHTAG = re.compile(r"#[^\W\d_][\w.]*?\d")
_NCT = re.compile(r"\bNCT\d{8}\b")
_KEYNOTE_TALK = re.compile(r"\bkeynote(?!-\d)")
FAMILY_SPECIALTY = re.compile(
    r"\bfamily (?:med|medicine|practice|physicians?|doctors?|planning|health)\b"
)
""""Family" as a specialty or a clinic's name ("family med", "family health"), no relative."""
CLOSE_KIN = (
    r"mom|mother|dad|father|wife|husband|son|daughter|grandma|grandmother|grandpa|grandfather"
)
"""The nearest relatives, as a regex alternation ("Dr. Quist's mom": the doctor's relative)."""
# a relative as a whiteboard or a face sheet lists one: "Curtis (son) (614) 555-..."
_LISTED_RELATIVE = re.compile(
    rf"(?<![\w.'])[A-Z][a-z]+ \((?i:{CLOSE_KIN}|mum|sister|brother|niece|nephew|grandson|"
    r"granddaughter|spouse|partner|POA|HCP|NOK|next of kin)\)"
)
# (not a colleague's relative, who may be the patient: "pt is Dr. Farida Okoro's mother")
# (and by the titles of other languages: "dott.ssa Chiara Greco", "dr hab. Piotr Nowicki")
_TITLED_FULL = re.compile(
    r"\b(?:Dr|Drs|Dra|Prof|Dott|Dott\.ssa|Prof\.ssa|dr hab|dr n\. med|Dr\. med)\.? "
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+ [A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+"
    rf"(?!\w*['\u2019]s (?:{CLOSE_KIN})\b)"
)
# a titled colleague's passing, in the same sentence
_COLLEAGUE_DIED = re.compile(
    r"\b(?:Dr|Dra|Prof|Professor)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?[^.!?]{0,80}?"
    r"\b(?:passed away|passed on|died|has died|left us|nos dej[o\u00f3]|faleceu|falleci[o\u00f3]|"
    r"ist verstorben|est d\u00e9c\u00e9d\u00e9)"
)
# what every _COLLEAGUE_DIED match holds (tested first: the pattern is slow to fail)
_DEATH_WORDS = (
    "passed", "died", "left us", "nos dej", "faleceu", "falleci", "ist verstorben",
    "est d\u00e9c\u00e9d\u00e9",
)  # fmt: skip
# a unit's opening hours: "M-F 8-4", "Mon-Fri 9am-5pm"
_OPENING_HOURS = re.compile(
    r"\b(?:M-F|Mon(?:day)?\s?[-\u2013]\s?Fri(?:day)?)\b"
    r",? ?\d{1,2}(?::\d\d)?\s?(?:[ap]m?)?\s?[-\u2013]",
    re.IGNORECASE,
)
# (these start with their words' letters, which the engine finds in C; "our(?<!\wour)" is
# "\bour", as a look-behind after the word instead of a boundary tried at every position)
_OUR_UNIT = re.compile(
    r"our(?<!\wour) (?:new |free |own |main |rural |pediatric |outpatient |heart failure |"
    r"wound |diabetes |memory |sleep |pain |kidney |liver |lung |cancer |breast |spine ){0,2}"
    r"(?:clinic|ed|unit|hospital|group|department|practice|program|programme|site|"
    r"service|center|centre|lab|office|ward|icu)\b"
)
# a patient by their bed ("lady in bed 9", "beds 4 & 5"), not a unit's size ("a 20-bed ICU")
_BED_NUMBER = re.compile(r"(?<![\w-])(?:bed|beds|bay)\s?#?\d{1,3}[a-z]?\b(?!-)")
_BORN_YEAR = re.compile(r"\bborn (?:in )?(?:19|20)\d\d\b")
_PLURAL_PATIENTS = re.compile(r"(?:m(?<!\wm)y|o(?<!\wo)ur|y(?<!\wy)our|t(?<!\wt)heir) patients")
# a full name with an age in brackets: '"Sarge" (Vernon Blaylock, 96, Korea)'
_BRACKETED_NAME_AGE = re.compile(r"\((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+, (?:\d|[1-9]\d|1[01]\d)[,)]")
# the writer's own patient: "my old patient Desmond", "our pt's blog" (not "my patient panel")
# ("my patient" itself is a phrase of _STRONG_PHRASES)
_MY_PATIENT = re.compile(
    r"(?:m(?<!\wm)y|o(?<!\wo)ur) (?:(?:old|former|first|last|favou?rite|peds|little|elderly|"
    r"sweet|dear|new|young|oldest|youngest|own|lovely) (?:pt|patient)|pt)\b"
    r"(?! (?:population|panel|list|portal|care|safety|education|experience|satisfaction|"
    r"volume|census|load|flow|base|mix|advocate|advocates)\b)"
)
_PERSON_NOUNS = (
    r"pt|patient|kid|kiddo|child|boy|girl|baby|man|woman|lady|guy|gentleman|grandma|grandpa|"
    r"grandmother|grandfather|veteran|toddler|teen|teenager|infant|newborn|mom|dad|mother|"
    r"father|widow|widower|retiree"
)
# a person named or placed: "a kiddo named Nevaeh", "3 pts named Smith", "retired teacher
# from Chillicothe", "Patient from Kenner" (a person, not a speaker or a colleague)
_PERSON_NAMED = re.compile(
    rf"\b(?i:(?:{_PERSON_NOUNS}|husband|wife|son|daughter|twin|someone)s?) named [A-Z]"
)
# (found from " from " and a capital, the person's word read before it)
_FROM_PLACE = re.compile(r" (?i:from) (?:the )?[A-Z][a-z]")
_PERSON_BEFORE_FROM = re.compile(
    rf"\b(?i:{_PERSON_NOUNS}|teacher|farmer|mailman|trucker|rancher|fisherman|miner|welder|"
    r"mechanic)$"
)
# a child's own school, which is no news of a medical school: "his school", "Lincoln Adult School"
_OWN_SCHOOL = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) school\b|"
    r"\b(?:Adult|Middle|High|Elementary|Primary|Grade|Junior) School\b"
)
_NOT_OPENING_NAMES = frozenset(
    ["she", "he", "they", "we", "it", "you", "someone", "everyone", "nobody", "this", "that",
     "mom", "dad", "pt", "patient"]
)  # fmt: skip


def _opening_deed(text: str) -> bool:
    """Whether the post opens on a name and a deed ("Mateo rang the bell")."""
    opening = _OPENING_DEED.match(text)
    if opening is None:
        return False
    first = opening.group().split()[0].lower()
    return first not in _NOT_OPENING_NAMES and first not in lower_set("common_words")


# a post opening on someone by first name and what they did: "Mateo rang the bell",
# "Marisela got her GED" (a weak cue: a colleague's news opens so too)
_OPENING_DEED = re.compile(
    r"[A-Z](?<![\s\S][A-Z])[a-z]{2,}(?:-[A-Za-z][a-z]+)? (?:rang|got|told|asked|passed|died|"
    r"turned|celebrated|came|went|walked|wants|brought|finished|gave|called|texted|sent|"
    r"hugged|cried|laughed|smiled|beat|survived|is back|made it|has been|had)\b"
)


# words of a team, a clinic or an event speaking or addressed ("our", "staff", "reminder"),
# of a doctor's career ("My dad was a GP in ...") or of a day's work ("Interesting case
# today"): with them a post with a single weak story cue is news, not a story
_NEWS_WORDS = frozenset(
    ["our", "clinic", "referrals", "contact", "join", "hiring", "team", "staff",
     "nurses", "happy", "welcome", "welcoming", "congrats", "congratulations", "reminder",
     "psa", "schedule", "conference", "residents", "school", "gp", "doctor", "physician",
     "surgeon", "career", "case", "cases", "shift", "rounds", "data", "opened", "thrilled",
     "chief", "patients", "award", "teams", "authored", "coauthored"]
)  # fmt: skip


_OUR = re.compile(r"\bour\b")
# "our" before one person is no team speaking: "Our girl Lucia rang the bell"
_OUR_PERSON = re.compile(
    r"\bour (?:little |sweet |brave |favou?rite |own |beloved |dear )?(?:girl|boy|guy|lady|gal|"
    r"kiddo|kid|pt|patient|man|woman|gentleman|baby|fighter|warrior|friend|champ|hero)\b"
)
# a clinic spoken of as a team's ("our clinic", "the clinic will close"), not one a referral
# went to ("faxed to the wound clinic")
_CLINIC_NEWS = re.compile(r"\bour clinic|\bclinic (?:is|will|hours|closed|closes|opens|open)\b")


# taken in, brought in, sent home or born, in the Slavic languages and Romanian, whatever the
# ending ("przyjętego", "wypisaliśmy", "přivezli", "internată", "adusă", "primljena",
# "госпіталізований", "выписали", "ur. 3.II.1958")
_TAKEN_IN_STEM = re.compile(
    r"(?<!\w)(?:przyję|wypisa|przywiez|přija|propušt|přivez|hospitaliz|internat(?!ion)|"
    r"adus|primljen|otpušten|dovezen|примљен|госпіталіз|госпитализ|хоспитализ|випис|"
    r"выпис|изписа|поступи|доставлен|доставен|привез|ur\. \d)"
)
# the word for the patient in the Slavic and Baltic languages, Indonesian and Malay,
# whatever its ending ("Пациентът", "пацієнтку", "pacjentkę", "pacijentice", "pasiennya")
# (not the endings a word list of ``local`` already scores)
_PATIENT_STEM = re.compile(
    r"(?<!\w)(?:пациент|пацієнт|пацыент|пацијент|pacjent|pacijent|pacient|pasien|pesakit|"
    r"patsient)(?!(?:e|a|as|ė|ka|i|ei|u|ul|s|ов|ы|ите|ом)?(?!\w))"
)


# someone named who died, as a unit grieves them (not a colleague by title: "we lost Dr. Obi")
_WE_LOST = re.compile(
    r"\b(?:[Ww]e|I) lost (?:(?:our|my) (?:dear |beloved )?)?[A-Z][a-z]+(?: [A-Z][a-z]+)?\b(?<!Dr)"
)
# an injury's mechanism, as a run report opens: "Motorcycle vs deer", "Ped vs train"
_MECHANISM = re.compile(
    r"\b(?:ped|pedestrian|motorcycle|motorcyclist|moose|deer|elk|car|truck|bike|bicycle|"
    r"cyclist|snowmobile|snowmachine|atv|utv|boat|train|semi|suv|pickup|auto|mcc|horse|dog|"
    r"tractor|bull|bear|skier|snowboarder|golf cart)s? vs\.? "
)


def _news(present: frozenset[str], text: str, low: str) -> bool:
    """Whether a team, a clinic, an event or a day's work speaks in the post (its news words)."""
    news = present & _NEWS_WORDS
    if "our" in news and len(_OUR.findall(low)) == len(_OUR_PERSON.findall(low)):
        news -= {"our"}
    if "clinic" in news and not _CLINIC_NEWS.search(low) and "Clinic" not in text:
        news -= {"clinic"}
    return bool(news)


def _phrase_starts(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their first word, so only phrases whose first word occurs are counted."""
    starts: dict[str, list[str]] = {}
    for phrase in phrases:
        first = TOKEN.findall(phrase)[0]
        starts.setdefault(first, []).append(phrase)
    return {first: tuple(phrases) for first, phrases in starts.items()}


_PHRASE_STARTS = _phrase_starts(_STRONG_PHRASES)
_PROFESSIONAL_STARTS = _phrase_starts(_PROFESSIONAL_PHRASES)
# their first words as sets: a set intersects another set in C, but a dict by iterating it
_PHRASE_FIRSTS = frozenset(_PHRASE_STARTS)
_PROFESSIONAL_FIRSTS = frozenset(_PROFESSIONAL_STARTS)
# Every word ``scores`` looks up: one intersection first leaves a few words to look up.
# a named workplace that patients came from, in an occupational or cluster story: "3 forklift
# injuries, all from the Georgia-Pacific mill in Crossett", "ring avulsion at the Owens
# Corning plant" (a job post names an employer, not "the ... plant" its patients came from)
_WORKSITE_WORDS = frozenset(
    ["plant", "mill", "warehouse", "mine", "factory", "cannery", "refinery", "smelter", "quarry",
     "sawmill", "packinghouse"]
)  # fmt: skip
_WORKSITE = re.compile(
    r"\b(?:at|from|in) the (?:[A-Z][\w'&-]*\s){1,3}(?:[a-z]+\s)?"
    rf"(?:{'|'.join(sorted(_WORKSITE_WORDS))})\b"
)

_SCORED = frozenset().union(
    _WORKSITE_WORDS,
    _STRONG_WORDS,
    _WEAK_WORDS,
    _PRONOUNS,
    PERSON_WORDS,
    _EVENTS,
    _WEAK_EVENTS,
    _PROFESSIONAL_WORDS,
    _PROFESSIONAL_STRONG,
    _FICTION,
    _KIN_WORDS,
    _PHRASE_STARTS,
    _HONORIFICS,
    local.HONORIFIC_WORDS,
    local.AGE_WORDS,
    local.PERSON_OF_AGE_WORDS,
    ("pt", "pts", "dott"),
    # words the round-5 cues look up: "h&p", "our patients", "grand rounds", "auntie"
    (
        "p",
        "patients",
        "grand",
        "rounds",
        "auntie",
        "he",
        "she",
        "dad",
        "mom",
        "dr",
        "drs",
        "dra",
        "prof",
    ),
    ("sir", "ma"),
    ("named", "from", "school", "bed", "beds", "bay", "born"),
    _NEWS_WORDS,
    _PROFESSIONAL_STARTS,
)
# (registered as a gate's words: check_phi passes ``scores`` only the text's registered words)
gate(_SCORED)


def scores(
    text: str, low: str, tokens: Iterable[str], *, settle: bool = False, digits: bool = True
) -> tuple[int, int]:
    """Patient-story and professional cue scores, from the text, its lower case and words.

    ``tokens`` may be only those of the words that a registered gate holds (see
    ``_gates.cues_of``): the words scored are among them.

    ``digits=False`` tells that the text has no digit, so the cues made of numbers are skipped.

    With ``settle``, the scores may stop short once :func:`decide` can no longer change:
    the professional score is complete and the patient score, which only grows from there
    on, already wins.
    """
    # Each distinct cue word counts once per text (a thread adds its texts' scores).
    # set & frozenset iterates over the smaller side
    present = (tokens if isinstance(tokens, frozenset) else frozenset(tokens)) & _SCORED
    if "family" in present and FAMILY_SPECIALTY.search(low):  # "our family med rotation"
        present -= {"family"}
    if ("al" in present or "et" in present) and "et al" not in low:
        present -= {"al", "et"}  # "Al-Rashid": a name; Danish "et": "a"; neither a citation
    if "job" in present and ("job site" in low or "job-site" in low):  # a worksite, no post
        present -= {"job"}
    if "school" in present and _OWN_SCHOOL.search(text):
        present -= {"school"}
    patient = 2 * len(present & _STRONG_WORDS) + len(present & _WEAK_WORDS)
    if "p" in present and "h&p" in low:  # a history and physical
        patient += 1
    if not present.isdisjoint(_PRONOUNS) or not present.isdisjoint(PERSON_WORDS):
        strong_events = len(present & _EVENTS)
        events = strong_events + len(present & _WEAK_EVENTS)
        if strong_events or events >= 2:
            patient += 2 if events == 1 else 3
        elif events and present.isdisjoint(_SERVICES):  # "she blogs about chemo"
            patient += 1  # one event, worth less alone; "her ICU job" is a colleague's news
    professional = len(present & _PROFESSIONAL_WORDS)
    if not present.isdisjoint(("dr", "drs", "dra", "prof", "dott")) and _TITLED_FULL.search(text):
        professional += 2  # a colleague by title and full name: "Dr. Amara Yusuf"
        if any(map(text.__contains__, _DEATH_WORDS)) and _COLLEAGUE_DIED.search(text):
            professional += 2  # "Dr. Horacio Quintana ... passed away": a colleague's passing
    if "our" in present and _OUR_UNIT.search(low):
        professional += 1  # "our clinic at Grady", "our ED at Harborview"
    # ("fr", not "fri": IGNORECASE matches a dotless "\u0131" to "i")
    if digits and ("m-f" in low or ("mon" in low and "fr" in low)) and _OPENING_HOURS.search(text):
        professional += 1  # a unit's opening hours: "Walk-ins M-F 8-4", "Mon-Fri 9-5"
    if "#" in low:  # a hashtag, not "# 4417" or "#3" (a number sign)
        professional += len(_HASHTAG.findall(low))
    if "NCT" in text:  # a registered trial: "(NCT05670000)"
        professional += 2 * len(_NCT.findall(text))
    professional += 2 * len(present & _PROFESSIONAL_STRONG) + 6 * len(present & _FICTION)
    if "keynote" in present and "keynote-" in low and not _KEYNOTE_TALK.search(low):
        professional -= 3  # only the KEYNOTE-522 trial, no talk
    for first in present & _PROFESSIONAL_FIRSTS:  # only phrases whose first word
        professional += 3 * sum(map(low.count, _PROFESSIONAL_STARTS[first]))  # occurs
    # the cues that lower the patient score come first: from here on every cue only adds,
    # and ``settle`` may stop as soon as the patient score wins
    if "patients" in present:  # "our patients", "my patients": patients in general
        patient -= 2 * len(_PLURAL_PATIENTS.findall(low))
    if "grand" in present and "rounds" in present:  # "grand rounds" is an event, not a ward
        patient -= low.count("grand rounds")
    if not present.isdisjoint(_WORKSITE_WORDS) and _WORKSITE.search(text):
        patient += 2  # patients from a named workplace
    if settle and patient >= 2 and patient > professional:
        return patient, professional
    kin = present & _KIN_WORDS
    if len(kin) > 1:  # one family's members: "daughter ... update on dad", "father and son"
        patient += 1
    own = "own " in low  # "my own grandmother"
    for word in kin:
        patient += low.count("my " + word) + low.count("our " + word)
        if own:
            patient += low.count("own " + word)
        if word + "'s " in low or word + "\u2019s " in low:  # "a dad's hand", "the son's cell"
            if word == "children" and ("Children's" in text or "Children\u2019s" in text):
                continue  # "Children's Mercy": a hospital's name
            patient += len(_kin_owns(word).findall(low))
    age, honorific, possessive, obstetric, pt, decade = _STRONG_RES
    strong = 0
    sexed = False
    for m in age.finditer(text) if digits else ():
        if m.group().endswith(("mo", "wk")) and text[m.start() - 1 : m.start()] == ".":
            continue  # "median PFS 28.4 mo": a decimal is a duration, not an infant's age
        if not _aged_thing(low, m.start()):
            strong += 1
            if not sexed and m.group()[-1:] in ("M", "F") and text[m.end() : m.end() + 1] != "/":
                # an age with a sex ("44F from Duluth") tells one person's case, in a quiz, a
                # morning report or an M&M as much as in a story: it outweighs a teaching cue
                # (not a published case read at a journal club)
                sexed = True
                if "case report" not in low and "journal club" not in low:
                    patient += 3
            if settle and patient + 2 * strong >= 2 and patient + 2 * strong > professional:
                return patient + 2 * strong, professional  # (the rest of the text unread)
    for first in present & _PHRASE_FIRSTS:
        patient += 2 * sum(map(low.count, _PHRASE_STARTS[first]))
    if settle and patient + 2 * strong >= 2 and patient + 2 * strong > professional:
        return patient + 2 * strong, professional  # every cue below only adds
    if not present.isdisjoint(_HONORIFICS):
        strong += len(honorific.findall(text))
    if not present.isdisjoint(local.HONORIFIC_WORDS):  # "Herr Kowalczyk", "la sig.ra Assunta"
        strong += len(local.HONORIFIC.findall(text))
    if digits and (
        not present.isdisjoint(local.AGE_WORDS) or local.GLUED_AGE.search(text) is not None
    ):  # "Pietro Galli, 58 anni", "90 yaşında", "45enne"
        strong += len(local.AGE.findall(text))
    if digits and not present.isdisjoint(local.PERSON_OF_AGE_WORDS):  # "señora de 78 años"
        strong += len(local.PERSON_OF_AGE.findall(text))
    if kin:
        strong += len(possessive.findall(text))
    if "G" in text or "POD" in text:
        strong += len(obstetric.findall(text))
    if "+" in text:  # a gestational age: "39+2", "at 28+3 wks"
        strong += len(_GESTATION.findall(text))
    if "pt" in present or "pts" in present:
        strong += len(pt.findall(text))
    if settle and patient + 2 * strong >= 2 and patient + 2 * strong > professional:
        return patient + 2 * strong, professional  # (most stories settle by here)
    if "0s" in low:
        strong += len(decade.findall(text))
    # these count once each (not twice): colleagues' news can carry them too
    if digits and ", " in text and _COMMA_AGE.search(text):  # "Jaylen, 19," not "Dr. Ana Obi, 61,"
        patient += sum(
            1 + _first_name_before(text, m.start())
            for m in _COMMA_AGE.finditer(text)
            if _aged_name(text, m.start())
        )  # "Bernadette, 71, from ...": a first name with an age counts twice
    if " (" in text:
        patient += 2 * len(_NAME_AGE.findall(text))
    if digits and ("bed" in present or "bay" in present or "beds" in present):
        patient += min(len(_BED_NUMBER.findall(low)), 1)  # "in bed 3", "beds 4 & 5", "bay 9"
    if digits and "born" in present and _BORN_YEAR.search(low):
        strong += 1  # "born 1931": one person's birth
    if not present.isdisjoint(_STATED_WORDS) and (
        "he's " in low
        or "he is " in low
        or "he was " in low
        or "he\u2019s " in low
        or "dad is " in low
        or "dad was " in low
        or "mom is " in low
        or "mom was " in low
    ):  # "he's 77", "she is 101", "dad is 71" ("he" is in "she"): one person's age,
        # a patient's unless a titled colleague is named ("Dr. Obi ... She's 61")
        weight = 1 if "Dr" in text or "Prof" in text else 2
        patient += weight * len(_STATED_AGE.findall(low))
    if kin or "auntie" in present:  # a relative named: "auntie Rosa", "her son Erik"
        for word in present & _NAMED_KIN:
            strong += len(_kin_named(word).findall(text))
        if "'s " in text or "\u2019s " in text:  # "Bobby Joe's wife": a named person's relative
            for m in _NAME_OWNS_KIN.finditer(text):
                if not _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    strong += 1
    if digits and ("his " in low or "her " in low):  # "her TSH is 0.03"
        strong += len(_OWN_VALUE.findall(text))
    if "his " in low or "her " in low:  # "a tattoo on his forearm"
        strong += min(len(_OWN_THING.findall(text)), 2)
    if "family of " in low:  # "the family of Otis Grange"
        strong += len(_FAMILY_OF.findall(text))
    if digits and ", " in text:  # "Olga Petersson, 94,", "Helju Tamm, 99.": a person's age
        strong += min(
            sum(1 for m in _FULL_NAME_AGE.finditer(text) if m["first"] in lexicon("first_names")),
            2,
        )
    if digits and " age " in low:  # "Marisol age 9"
        strong += sum(
            1
            for m in _NAMED_AGE.finditer(text)
            if m.group().split()[0].rstrip(",") not in _NOT_NAMED_AGE
        )
    if "sir" in present or "ma" in present:  # "sir", "ma'am": a patient spoken to
        strong += len(_ADDRESSED.findall(text))
    if digits and " in " in text:  # "Wendell in 14 pulled his IV"
        strong += sum(
            1
            for m in _IN_BED_NUMBER.finditer(text)
            if _BED_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
        )
    if " is " in low and " and " in low:  # "esperanza is 7 and wants ...": one named child
        patient += 2 * len(_NAME_IS_AGE.findall(low))
    if "ninety-" in low:
        patient += len(_SPELLED_OLD.findall(low))
    if "'s " in text or "\u2019s " in text:  # "Kateryna's methotrexate"
        for m in POSSESSION.finditer(text):
            if m["w"].lower() not in OWNED_CLINICAL:  # "Lucía's BP", "Ana's labs"
                continue
            owner = _OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if owner and not _TITLE_BEFORE.search(text, max(0, owner.start() - 6), owner.start()):
                strong += 1
    if "'s " in low or "\u2019s " in low:  # "the resident's Medicare number", "pt's chart"
        strong += sum(1 for m in _CARED_FOR_OWNS.finditer(low) if m["w"] in _CARED_FOR_THINGS)
    if '"' in text or "\u201c" in text:
        strong += len(_QUOTED_LABEL.findall(text))
    if " (" in text:
        strong += len(_LISTED_RELATIVE.findall(text))
    if ("my " in low or "our " in low) and ("yo" in low or "y/o" in low or "old" in low):
        # "my 92 y/o": the writer's own patient
        strong += len(_MY_AGE.findall(low))
    if "patient" in present or "pt" in present:
        strong += len(_MY_PATIENT.findall(low))
    if "named" in present:
        strong += len(_PERSON_NAMED.findall(text))
    if "from" in present:
        strong += sum(
            1
            for m in _FROM_PLACE.finditer(text)
            if _PERSON_BEFORE_FROM.search(text, max(0, m.start() - 16), m.start())
        )
    if " (" in text and digits:
        strong += len(_BRACKETED_NAME_AGE.findall(text))
    if _opening_deed(text):
        patient += 1
    if "lost " in low:  # "We lost Eldridge Parnell on Oct 13": a patient who died
        strong += len(_WE_LOST.findall(text))
    if " vs" in low:  # "Moose vs SUV", "ped vs train": how one person was hurt
        strong += len(_MECHANISM.findall(low))
    if not professional and digits and patient + 2 * strong < 2:
        if not present.isdisjoint(_PRONOUNS) and _MEASURED.search(text) is not None:
            strong += 1  # "he livestreams his dialysis ... K 5.1": one person's values
        elif len(set(_CLINICAL_VALUES.findall(text))) + min(patient + 2 * strong, 1) >= 2:
            strong += 1  # "cellulitis, WBC 16, cefazolin 2g": one person's chart
    undecided_abroad = patient + 2 * strong < 2 and not text.isascii()
    if (undecided_abroad or " ur. " in low) and _TAKEN_IN_STEM.search(low) is not None:
        strong += 1  # "przyjętego", "přijat", "internată", "госпіталізований": taken in
    if undecided_abroad:
        # a patient's word, an age, a title, a stay in Arabic, Persian, Hebrew or Thai
        strong += min(2, len(set(SCRIPT_STORY.findall(text))))
    if patient + 2 * strong < 2 and not professional:
        # a title before a name, a patient's or an age's word, a stay, in Vietnamese,
        # Indonesian, Malay or Filipino
        strong += min(2, len(set(SOUTHEAST_STORY.findall(text))))
    if patient + 2 * strong < 2 and _PATIENT_STEM.search(low) is not None:
        patient += 1  # "Пациентът", "pacjentkę", "pasiennya": the patient, in any ending
    # one weak cue, or "she"/"he", and no professional cue, no news: someone's story
    weak = patient + 2 * strong
    if (
        0 <= weak <= 1  # (below 0: patients in general, "my patients")
        and not professional
        and (weak == 1 or not present.isdisjoint(_PRONOUNS))
        and not _news(present, text, low)
    ):
        patient, strong = 2, 0
    return patient + 2 * strong, professional


def story_scores(text: str) -> tuple[int, int]:
    """Patient-story and professional cue scores of ``text``."""
    low = text.lower()
    return scores(text, low, TOKEN.findall(low))


def decide(patient: int, professional: int) -> Context:
    """The context that cue scores point to."""
    return "patient" if patient >= 2 and patient > professional else "professional"


def story_context(texts: Iterable[str]) -> Context:
    """Decide once whether a thread (or a single post) tells a patient's story.

    A thread decides from all its posts together and passes the result to each
    :func:`medtweet.check_phi` call, so a case told over several posts is checked as one.

    Args:
        texts: the posts (and alt texts) of the thread.

    Returns:
        ``"patient"`` when patient-story cues (``54yo``, ``pt``, ``presented``, ``her
        husband``...) outweigh professional ones (conference, paper, deadline...), else
        ``"professional"``.

    Raises:
        TypeError: if an item is not a ``str``.
    """
    patient = professional = 0
    for text in texts:
        p, q = story_scores(require_str(text, "texts", "story_context"))
        patient += p
        professional += q
    return decide(patient, professional)
