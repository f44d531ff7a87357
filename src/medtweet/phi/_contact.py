"""Phone, fax, e-mail, URL and IP address (Safe Harbor (D)-(F), (N), (O)).

They count when they belong to the patient or a relative: anywhere in a patient story, or
elsewhere after a cue such as "his cell" or "mom's email". Scholarly, guideline, society
and registry links are never flagged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from medtweet.phi._context import FAMILY_CUE, FAMILY_SPECIALTY
from medtweet.phi._gates import gate
from medtweet.phi._hit import Hit, Scan, digits_at_least, lead, lowered
from medtweet.phi._model import Category

__all__ = ["find_contacts", "widen_phone"]

_PHONE = re.compile(
    r"(?=[\d(+])(?<![\w/.+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w-]|\.\d)"
    r"|(?=\+)(?<![\w/.+-])\+(?:[2-9]\d{0,2})(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w-])"
    r"|(?=\d)(?<![\w/.:+-])\d{3}[-.]\d{4}(?![\w-]|\.\d)"
    # a UK or Irish number with its area code in brackets: "(01865) 555 742"
    r"|(?=\()(?<![\w/.+-])\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}(?![\w-]|\.\d)"
    r"|(?=\d)(?<![\w/.:+-])[2-9]\d{2}/[2-9]\d{2}[/-]\d{4}(?![\w/-]|\.\d)"
    r"|(?<![\w/.+-])1-8\d\d-[A-Z0-9]{3}-[A-Z0-9]{4}\b"
    # a Brazilian number, its area code in brackets: "(24) 99855-0142", "(31) 3555-0192"
    r"|(?=\()(?<![\w/.+-])\([1-9]\d\)\s?9?\d{4}-\d{4}(?![\w-]|\.\d)"
    # a Mexican one in 2-4-4 groups: "33 1555 0187"
    r"|(?P<mx>(?=\d)(?<![\w/.:+-])[1-9]\d \d{4} \d{4})(?![\w-]|\.\d)"
    # a number with a national trunk prefix: "0491 570 156", "(02) 5550 4567", "07700 900461"
    r"|(?P<trunk>(?=[0(])(?<![\w/.:+-])(?:\(0\d{1,4}\)|0\d{1,4})[\s-]\d{3,4}[\s-]?\d{3,4})"
    r"(?![\w-]|\.\d)"
)
_PHONE = lead(_PHONE, "0-9(+")
_DASHES = {code: "-" for code in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212)}
_OTHER_DASH = re.compile("[\u2010-\u2014\u2212]")
_FAX_CUE = re.compile(r"\b(?:fax(?:ed|es)?|facsimile)\b[^\n]{0,50}$", re.IGNORECASE)
_FAX_AFTER = re.compile(r"\s*\(?(?:fax|facsimile)\b", re.IGNORECASE)
_EMAIL = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w.+-])[A-Za-z0-9][\w.+%-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"
)
# what every address holds from its "@" (found from the "@", which the engine skips to): most
# posts with an "@" hold a handle ("@drsmith"), which the whole pattern tries each word for
_EMAIL_AT = re.compile(r"@(?<=[\w.+%-]@)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")


def _email_possible(text: str) -> bool:
    """Whether ``_EMAIL`` can match ``text``."""
    return "@" in text and _EMAIL_AT.search(text) is not None


_URL = re.compile(
    r"(?=[hHwW])\b(?:https?://|www\.)[^\s<>\"'`]+"
    # a bare domain with a path, of any ending: "youtu.be/Qx7b", "rip.ie/death-notice/..."
    r"|(?=[A-Za-z0-9])(?<![\w@.-])(?:[a-z0-9-]+\.)*[a-z0-9-]{2,}\.[a-z]{2,24}/[^\s<>\"'`]*"
    r"|(?<![\w@.-])(?:gofund\.me|gofundme\.com|caringbridge\.org|linktr\.ee|venmo\.com|"
    r"paypal\.me|cash\.app)\b[^\s<>\"'`]*"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:blogspot|wordpress|substack|tumblr|wixsite|weebly|"
    r"squarespace|carrd|ghost|beehiiv|typepad|livejournal|github)\.(?:com|co|io|org)\b"
    r"[^\s<>\"'`]*",
    re.IGNORECASE,
)
_URL = lead(_URL, "A-Za-z0-9")
# (for ASCII text read lower-cased: the same spans, without IGNORECASE's folding)
_URL_LOW = lowered(_URL)


def _urls(text: str) -> Iterator[re.Match[str]]:
    """``_URL``'s finds in ``text`` (their spans: on ASCII text, those of its lower case)."""
    return _URL_LOW.finditer(text.lower()) if text.isascii() else _URL.finditer(text)


_IPV4 = re.compile(
    r"(?=\d)(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]\d)"
)
_IPV6 = re.compile(
    r"(?=[0-9a-fA-F:])(?<![\w:])(?=[0-9a-fA-F:]*[0-9a-fA-F])(?=(?:[0-9a-fA-F]*:){2})"
    r"(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){7}|"
    r"(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?::(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?)"
    r"(?:\.\d{1,3}\.\d{1,3}\.\d{1,3})?(?:%[\w.]+)?(?![\w:])"
)
_PHONE_DIGITS = re.compile(
    r"(?=[CcPpTtMmNnHh#])\b(?i:cell|phone|tel|mobile|number|call|text|home|#)\W{0,12}"
    r"(?P<v>(?<!\d)\d{10}(?!\d))"
)
_SCHOLARLY = re.compile(
    r"(?:^|\.)(?:doi\.org|dx\.doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|"
    r"nih\.gov|clinicaltrials\.gov|[a-z.]*\.gov|[a-z.]*\.edu|nejm\.org|jamanetwork\.com|"
    r"thelancet\.com|bmj\.com|ahajournals\.org|acc\.org|jacc\.org|heart\.org|escardio\.org|"
    r"academic\.oup\.com|nature\.com|sciencedirect\.com|springer\.com|link\.springer\.com|"
    r"wiley\.com|onlinelibrary\.wiley\.com|cochranelibrary\.com|medrxiv\.org|biorxiv\.org|"
    r"arxiv\.org|annals\.org|acpjournals\.org|journals\.lww\.com|sagepub\.com|"
    r"tandfonline\.com|cell\.com|science\.org|plos\.org|journals\.plos\.org|frontiersin\.org|"
    r"mdpi\.com|karger\.com|thieme-connect\.com|atsjournals\.org|chestnet\.org|"
    r"journal\.chestnet\.org|asco\.org|ascopubs\.org|idsociety\.org|thoracic\.org|"
    r"aafp\.org|acponline\.org|ama-assn\.org|aan\.com|acep\.org|acog\.org|aap\.org|"
    r"publications\.aap\.org|diabetesjournals\.org|kidney\.org|asn-online\.org|"
    r"gastro\.org|rheumatology\.org|hrsonline\.org|asecho\.org|scai\.org|sts\.org|"
    r"facs\.org|asahq\.org|nice\.org\.uk|who\.int|uspreventiveservicestaskforce\.org|"
    r"uptodate\.com|medscape\.com|guidelinecentral\.com|cdc\.gov|fda\.gov|cms\.gov|"
    r"ema\.europa\.eu|europepmc\.org|semanticscholar\.org|researchgate\.net|scholar\.google\.com|"
    r"orcid\.org|ctri\.nic\.in|isrctn\.com|clinicaltrialsregister\.eu|trialsearch\.who\.int|"
    r"mdcalc\.com|radiopaedia\.org|litfl\.com|nephjc\.com|ecgwaves\.com|statpearls\.com|"
    r"ncbi\.nlm\.nih\.gov|pmc\.ncbi\.nlm\.nih\.gov|youtu\.be/watch|"
    # more societies, guideline bodies and drug-safety references
    r"acr\.org|rsna\.org|auanet\.org|aad\.org|asge\.org|aasld\.org|ashp\.org|ismp\.org|"
    r"crediblemeds\.org|nccn\.org|cancer\.org|stroke\.org|jointcommission\.org|ihi\.org|"
    r"acgme\.org|aamc\.org|nbme\.org|usmle\.org|abim\.org|sccm\.org|ersnet\.org|"
    r"ginasthma\.org|goldcopd\.org|kdigo\.org|esmo\.org|hospitalmedicine\.org|sgim\.org|"
    r"aagp\.org|americangeriatrics\.org|psychiatry\.org|aaos\.org|aans\.org|"
    r"emra\.org|saem\.org|aapm\.org|asra\.com|aace\.com|endocrine\.org|hivma\.org)$",
    re.IGNORECASE,
)
# An address spelt out against scrapers: "jane dot doe at gmail dot com", "kim [at] mail.org".
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.@])[A-Za-z0-9][\w.+-]*(?: (?i:dot) [\w+-]+)* ?[\[(]?(?i:at)[\])]? ?"
    r"[A-Za-z0-9-]+(?:(?: ?[\[(]?(?i:dot)[\])]? ?|\.)[A-Za-z0-9-]+)*?"
    r"(?: ?[\[(]?(?i:dot)[\])]? ?|\.)(?i:com|org|net|edu|us|io|co|me)\b"
)
_JOBS_MAILBOX = re.compile(
    r"(?i:(?:[a-z0-9]+[._-])*(?:jobs|careers|career|recruit|recruiting|recruitment|hiring|"
    r"talent|apply|hr)(?:[._-][a-z0-9]+)*)@"
)
# Toll-free public lines (poison control, crisis and nurse lines) belong to no patient; an
# employer's toll-free hotline is still the employer's.
_PUBLIC_LINE = re.compile(
    r"(?i:poison|crisis|suicide|helpline|help line|nurse line|nurse advice|quit ?line|"
    r"samhsa|lifeline|insurer|insurance|medicare|medicaid|hotline)[^.!?\n]{0,30}$"
)
_TOLL_FREE = re.compile(r"(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]")
# a journal's article by the shape of its path: "/article/S0741-...", "/doi/10.", "/fulltext"
_PUBLISHED_PATH = re.compile(
    r"/(?:article|articles|doi|fulltext|abstract|full|pdf|content/\d|journals?|pmc|pubmed)"
    r"(?:/|$|\b)",
    re.IGNORECASE,
)


def _site_cued(text: str, start: int) -> bool:
    """A word before ``start`` that makes a link someone's ("her blog", "his site")."""
    return _cued(text, start) or _SITE_CUE.search(text, max(0, start - 40), start) is not None


# guideline sites, societies, colleges, journals: an institution's site, not a patient's
_INSTITUTIONAL = re.compile(
    r"(?:guidelines?|society|college|association|academy|foundation|journal)[a-z0-9-]*"
    r"\.[a-z.]+$",
    re.IGNORECASE,
)
_PATIENT_OWNED = re.compile(
    r"(?:^|\.)(?:gofundme\.com|gofund\.me|caringbridge\.org|fundly\.com|givesendgo\.com|"
    r"spotfund\.com|mealtrain\.com|lotsahelpinghands\.com|facebook\.com|fb\.com|"
    r"instagram\.com|tiktok\.com|linkedin\.com|youtube\.com|blogspot\.com|wordpress\.com|"
    r"medium\.com|substack\.com|tumblr\.com|wixsite\.com|weebly\.com|venmo\.com|paypal\.me|"
    r"cash\.app|linktr\.ee|squarespace\.com|carrd\.co|ghost\.io|beehiiv\.com|typepad\.com|"
    r"livejournal\.com|github\.io|x\.com|twitter\.com|threads\.net|bsky\.app|snapchat\.com|"
    r"pinterest\.com|reddit\.com|gofundme\.org|mychart\.[a-z.]+)$",
    re.IGNORECASE,
)


# "fe80::1ff", "2001:db8::7": two colons are enough with "::" and a hex group of 3+.
_SHORT_V6 = re.compile(r"(?=.*[0-9a-fA-F]{3})[0-9a-fA-F]{1,4}::[0-9a-fA-F]{1,4}(?:%[\w.]+)?")
# A bare personal domain in a patient story, after a word that says it is theirs.
_BARE_DOMAIN = re.compile(
    r"(?=[A-Za-z0-9])(?<![\w@./-])(?P<d>(?:[A-Za-z0-9-]+\.)+(?:com|net|org|blog|me|info|us|io|co|"
    r"site|online|page|life|family|love|app|fm|tv|ly|live|world|space|club|health|care|art))"
    r"(?![\w/@-])"
)
_TLDS = (
    "com", "net", "org", "blog", "me", "info", "us", "io", "co", "site", "online", "page",
    "life", "family", "love", "app", "fm", "tv", "ly", "live", "world", "space", "club",
    "health", "care", "art",
)  # fmt: skip
_TLD_GATE = re.compile(rf"\.(?:{'|'.join(_TLDS)})(?![\w/@-])")


def _tld(text: str, scan: Scan) -> bool:
    """Whether ``_TLD_GATE`` finds a domain ending; first whether the text holds its word."""
    return bool(scan.gates & _TLD_WORDS_BIT) and _TLD_GATE.search(text) is not None


_SITE_CUE = re.compile(
    r"\b(?:blog|blogs|blogged|blogging|site|website|page|updates?|follow|following|journey|story|"
    r"fundraiser|donate|donations|visit|posts|writes|wrote|diary|journal|newsletter|hosted|"
    r"podcast|vlog|channel|substack|saga|app)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
# The words FAMILY_CUE needs: without one, nothing outside a patient story can be cued.
_FAMILY_CUE_WORDS = frozenset(
    [
        "cell", "cellphone", "phone", "number", "mobile", "email", "mail", "address", "fax",
        "faxed", "faxing", "faxes",
        "blog", "page", "site", "website", "fundraiser", "gofundme", "profile", "account", "ip",
        "handle", "contact", "link", "instagram", "facebook", "tiktok", "kin", "nok",
    ]
)  # fmt: skip
# "123 4567", "+4", "1-800-" anywhere; it starts with a character class, which the engine
# skips to in C, and looks behind to tell which of the three shapes it is in
# a phone spoken of just before its number, in English, Spanish or Portuguese
_PHONE_SAID = re.compile(
    r"(?i:whats(?:app)?|tel[eé]?f?o?n?o?|cel(?:ular|l)?|fone|m[oó]vil|phone|call|n[uú]mero|"
    r"number)\b[^\d\n]{0,12}$"
)
_PHONE_GATE = re.compile(
    r"[0-9+](?:(?<=[0-9])[0-9]{2}[\s./-][0-9]{4}|(?<=\+)\s?[0-9]|(?<=1)-8[0-9][0-9]-"
    r"|(?<=0)[0-9]{1,4}[\s-][0-9]{3,4}[\s-]?[0-9]{3}|(?<=0)[0-9]{2,4}\)\s?[0-9]{3})"
)
_PHONE_WORDS = frozenset({"cell", "phone", "tel", "mobile", "number", "call", "text", "home"})
# Ten undivided digits shaped like a North American number ("called from 3185550111"), a
# phone when a calling word comes shortly before.
_NANP_DIGITS = re.compile(r"(?=[2-9])(?<![\w.-])[2-9]\d\d[2-9]\d{6}(?![\w-]|\.\d)")
_CALLED = re.compile(
    r"\b(?i:call(?:s|ed|ing)?|text(?:s|ed|ing)?|phon(?:e|es|ed|ing)|cell|mobile|number|"
    r"rang|dial(?:ed|led)?|reach(?:ed)? (?:her|him|them|us|me)? ?at|fax(?:ed|es)?|"
    r"cel|mob|whatsapp|viber|answering|"
    # "rappelez-moi au ...", "llamar al ...", "ligar para ...", "anrufen unter ..."
    r"rappelez|rappeler|appelez|appeler|llamar|llame|ligar|liga|anrufen|"
    # "TÉL 77 448 21 93", "joignables au 05 ...", "Handy 0171 ...", "bellen op 06-..."
    r"t[ée]l[ée]?(?:phone)?|joignables?|joindre|portable|num[ée]ro|telefon(?:nummer)?|handy|"
    r"erreichbar|telefoon|nummer|bellen|gebeld|appen|telefone|celular|simu)\b"
    r"[^.!?\n]{0,40}$"
)
_CALLED_WORDS = frozenset(
    ["call", "calls", "called", "calling", "text", "texts", "texted", "texting", "phone",
     "phones", "phoned", "phoning", "cell", "mobile", "number", "rang", "dial", "dialed",
     "dialled", "reach", "reached", "tel", "home", "fax", "faxed", "faxes", "cel", "mob",
     "whatsapp", "viber", "answering", "rappelez", "rappeler", "appelez", "appeler", "llamar",
     "llame", "ligar", "liga", "anrufen", "tél", "téléphone", "joignable", "joignables",
     "joindre", "portable", "numéro", "telefon", "telefonnummer", "handy", "erreichbar",
     "telefoon", "nummer", "bellen", "gebeld", "appen", "telefone", "celular", "simu"]
)  # fmt: skip
# Ten or eleven digits in groups as other countries print them ("33 1555 0178",
# "9845 022 113", "06 12 44 80 31", "9841-337120"): a phone number when a calling word
# comes shortly before.
_GROUPED_DIGITS = re.compile(
    r"(?=\d)(?<![\w/.:+,-])\d{2,5}(?:(?: \d{2,5}){1,4}|-\d{6,7})(?![\w-]|[.,]\d)"
)
# eight digits in two fours, as Hong Kong and Singapore print a mobile ("9876 0142"); ten
# or eleven digits run together after a trunk 0 ("answering on 0553184472")
_EIGHT_GROUPED = re.compile(r"[5689]\d{3} \d{4}")
_TRUNK_DIGITS = re.compile(r"(?=0)(?<![\w/.:+,-])0\d{9,10}(?![\w-]|[.,]\d)")
_TEN_DIGITS = re.compile(r"(?=\d)(?<!\d)\d{10}(?!\d)")
# ten digits in five pairs after a trunk 0, as France and its neighbours print a number
# ("06 71 42 88 19", "05.56.79.23.40"): a phone by its shape alone in a patient story, and
# after a calling word or a relative's cue in any post
# (its literal "0" first, which the engine skips to fast, what precedes it read after it: a
# look-ahead first makes the engine try every position)
_PAIRED_DIGITS = re.compile(
    r"0(?<![\w/.:+,-]0)[1-9](?P<sep>[ .])\d\d(?:(?P=sep)\d\d){3}(?![\w-]|[.,]\d)"
)


def _five_pairs_possible(scan: Scan) -> bool:
    """Whether ``_PAIRED_DIGITS`` can match: five runs of digits, ten digits in all."""
    numbers = scan.numbers
    return numbers is None or (len(numbers) >= 5 and sum(map(len, numbers)) >= 10)


_URL_SHAPE = re.compile(r"://|\.[A-Za-z]{2,24}/")
_URL_GATE = frozenset(
    [
        "www", "gofund", "gofundme", "caringbridge", "linktr", "venmo", "paypal", "app",
        "blogspot", "wordpress", "substack", "tumblr", "wixsite", "weebly", "squarespace",
        "carrd", "ghost", "beehiiv", "typepad", "livejournal", "github",
    ]
)  # fmt: skip


def _host(url: str) -> str:
    rest = re.sub(r"^(?:https?://)?", "", url, flags=re.IGNORECASE)
    host = re.split(r"[/?#:]", rest, maxsplit=1)[0].lower()
    return host.removeprefix("www.")


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"\u201d\u2019\u2026":
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


# FAMILY_CUE lower-cased, for an ASCII window read lower-cased: the same finds there (its
# escapes are all lower-case ones) at about a third of IGNORECASE's cost
_FAMILY_CUE_LOW = re.compile(FAMILY_CUE.pattern.lower())


def _cued(text: str, start: int) -> bool:
    # (one character more before the window: what ``\b`` at its start reads)
    lead = max(0, start - 41)
    window = text[lead:start]
    if window.isascii():
        return _FAMILY_CUE_LOW.search(window.lower(), max(0, start - 40) - lead) is not None
    return bool(FAMILY_CUE.search(text, max(0, start - 40), start))


# A fundraiser or personal-cause site is a patient's or family's wherever it appears.
_FUNDRAISER_HOST = re.compile(
    r"(?:^|\.)(?:gofundme\.com|gofund\.me|gofundme\.org|caringbridge\.org|mealtrain\.com|"
    r"fundly\.com|givesendgo\.com|spotfund\.com|lotsahelpinghands\.com|"
    r"[a-z0-9-]{2,}(?:s-?fight|fights|strong|warriors?|army|journey|miracle|recovery|"
    r"fundraiser|benefit)s?\.(?!(?:gov|mil|edu)\b)[a-z.]+)$"
)
_FUNDRAISER_PATH = re.compile(r"/fundraisers?\b", re.IGNORECASE)
# one person's social page, by its path: a TikTok or Instagram handle with a dot, an
# underscore or digits ("tiktok.com/@carlyrae_rodeo", "instagram.com/nando.na.pista"), a
# prayer or justice group ("facebook.com/groups/prayersforbubba"); not a clinician's, a
# service's or a society's handle
_PERSONAL_SOCIAL = re.compile(
    r"(?i:tiktok\.com/@|instagram\.com/@?)(?P<h>[a-z0-9_.]*[_.0-9][a-z0-9_.]*)"
    r"|(?i:facebook\.com/groups/)(?P<g>(?i:prayers?|pray4|justicefor|teamm?|support)[\w.-]+)"
)
_NOT_PERSONAL_HANDLE = re.compile(
    r"(?i)^(?:dr|doc|prof|the|official|md|rn)[._]?|nurs|medic|hospital|clinic|health|dept|"
    r"society|college|univ|nhs|team|unit|ward|icu|ems"
)
_FUNDRAISER_WORDS = frozenset(
    ["gofundme", "gofund", "caringbridge", "mealtrain", "fundly", "givesendgo", "spotfund",
     "lotsahelpinghands", "fundraiser", "fundraisers", "fight", "strong", "warriors",
     "journey", "army", "miracle", "recovery", "benefit"]
)  # fmt: skip
_CAUSE_PARTS = tuple(
    f"{word}{s}." for word in ("fight", "strong", "warrior", "army", "journey", "miracle",
                               "recovery", "fundraiser", "benefit") for s in ("", "s")
)  # fmt: skip
# Outside a patient story, an e-mail in a post about a patient or family (a first-person
# vent) is theirs, unless the post is a professional one or the address is a role's.
_WEAK_STORY_WORDS = frozenset(
    ["patient", "patients", "pt", "family", "families", "mom", "dad", "mother", "father",
     "husband", "wife", "son", "daughter", "kid", "kids", "baby", "grandma", "grandpa", "aunt",
     "uncle", "sister", "brother", "niece", "nephew", "widow", "widower", "caregiver"]
)  # fmt: skip
_PROFESSIONAL_CONTACT_WORDS = frozenset(
    ["hiring", "hire", "job", "jobs", "apply", "applications", "application", "fellowship",
     "residency", "department", "dept", "clinic", "hours", "cme", "conference", "abstract",
     "abstracts", "office", "program", "coordinator", "recruiting", "recruit", "submit",
     "register", "registration", "editor", "journal", "society", "university", "referrals",
     "referral", "appointments", "appointment", "position", "positions", "faculty", "course",
     "webinar", "rsvp", "questions", "queries", "inquiries", "enquiries", "contact", "interview",
     "meeting", "panel", "ticket", "tickets", "symposium", "summit", "congress", "workshop",
     # a research team's call: "looking for collaborators ... email me"
     "collaborators", "authors", "coauthors", "survey", "multicentre", "multicenter",
     "providers", "departmental"]
)  # fmt: skip
# a job post's or an event's notice, which may give a mailbox at a mail provider
# ("Walk-in interview 12 Nov. Queries: ...@gmail.com")
_NOTICE_WORDS = frozenset(
    ["hiring", "hire", "job", "jobs", "apply", "applications", "vacancy", "vacancies",
     "queries", "interview", "position", "positions", "recruiting", "fellowship", "residency",
     "register", "registration", "rsvp", "abstract", "abstracts", "webinar", "conference",
     "symposium", "congress", "workshop", "course", "collaborators", "coauthors", "authors",
     "multicentre", "multicenter", "survey"]
)  # fmt: skip
_NOTICE_BEFORE = re.compile(
    r"(?i:queries|enquiries|inquiries|contact|apply|cv|resume|rsvp|register|details|send)"
)
_ROLE_LOCAL = re.compile(
    r"^(?:info|contact|admin|office|dept|department|jobs?|careers?|hr|recruit\w*|fellowship|"
    r"residency|program|editor\w*|journal|press|media|support|help|appointments?|referrals?|"
    r"clinic|cme|education|events?|registration|abstracts?|noreply|no-reply|hello|team|"
    r"[a-z]*(?:ology|ics|medicine|surgery|nursing)\w*)(?:[._-]\w+)?$",
    re.IGNORECASE,
)


# A fax that went somewhere ("faxed the chart from", "wrong fax", "fax the POLST to their
# lawyer at"): the number is part of a record's journey, not a published line.
_FAX_EVENT = re.compile(
    r"\b(?:faxed|faxing|fax(?:es)? (?:to|the|it|them|over|me|us|his|her|their)|wrong fax|"
    r"return fax|cover sheet|"
    r"bounced|number on file)\b",
    re.IGNORECASE,
)
_PUBLISHED_LINE_WORDS = frozenset(
    ["department", "dept", "referral", "referrals", "directory", "directories", "inquiries",
     "enquiries", "scheduling", "appointments", "hours", "hiring", "update"]
)  # fmt: skip


def _fax_event(text: str, scan: Scan) -> bool:
    return not scan.gates & _PUBLISHED_LINE_WORDS_BIT and _FAX_EVENT.search(text) is not None


# A personal mail provider's address is someone's own, unless the writer gives their own
# ("email me at ..."): no department or society posts from one.
_FREEMAIL = re.compile(
    r"(?i:gmail|googlemail|yahoo|ymail|aol|hotmail|outlook|live|msn|icloud|me|mac|comcast|"
    r"att|sbcglobal|verizon|bellsouth|cox|charter|earthlink|proton|protonmail|gmx|mail)\."
    r"(?i:com|net|me)\b"
)
_SELF_BEFORE = re.compile(
    r"(?i:\b(?:me|us)(?: at| on| via)?:?\s*|\bmy (?:e-?mail|address)(?: is)?:?\s*)$"
)


def _weak_story(scan: Scan) -> bool:
    if scan.gates & _PROFESSIONAL_CONTACT_WORDS_BIT:
        return False
    low = scan.low
    aged = scan.longest_number >= 1 and ("yo" in low or "y/o" in low or "-y" in low)
    weak = scan.words & _WEAK_STORY_WORDS if scan.gates & _WEAK_STORY_WORDS_BIT else None
    if weak and not (
        (weak == {"family"} and FAMILY_SPECIALTY.search(low))  # "family medicine"
        or (weak == {"pt"} and not _PT_WORD.search(low))  # "spc.pt/...", "8am PT"
    ):
        return True
    return aged and _AGE_WORD.search(low) is not None


# "pt" as a word, not a domain's ending ("spc.pt") or Pacific time ("8am PT")
_PT_WORD = re.compile(r"(?<![.\w])(?<!\dam )(?<!\dpm )pt\b")
_AGE_WORD = re.compile(r"\d(?: ?(?:yo|y/o)|-year-old|-yr-old)\b")


def _story_links(text: str) -> Iterator[Hit]:
    """IP addresses and social or blog links in a post about a patient or family.

    Used where the post is not read as a case story; a society's or journal's page is never
    flagged.
    """
    for match in _ip_addresses(text, four=True):
        yield Hit(match.start(), match.end(), Category.IP, "ip.address")
    linked = _URL_SHAPE.search(text) is not None or _TLD_GATE.search(text) is not None
    for match in _urls(text) if linked else ():
        start, end = match.start(), _trim(text, *match.span())
        host = _host(text[start:end])
        if (
            _PATIENT_OWNED.search(host)
            and not _institutional(host)
            and ("/" in text[start:end] or host.count(".") >= 2)
        ):
            yield Hit(start, end, Category.URL, "url.patient_owned")


def _institutional(host: str) -> bool:
    return _INSTITUTIONAL.search(host) is not None and _PATIENT_OWNED.search(host) is None


def _ip_addresses(text: str, *, four: bool) -> Iterator[re.Match[str]]:
    """IPv4 (when ``four`` numbers could make one) and IPv6 addresses, in that order."""
    ips: tuple[re.Pattern[str], ...] = (_IPV4,) if four and text.count(".") >= 3 else ()
    ips += (_IPV6,) if text.count(":") >= 3 or "::" in text else ()
    for regex in ips:
        for match in regex.finditer(text):
            found = match.group()
            if regex is _IPV6 and found.count(":") < 3 and not _SHORT_V6.fullmatch(found):
                continue
            yield match


def _dotted_quad(text: str, numbers: tuple[str, ...]) -> bool:
    """Whether an IPv4 address can be in ``text``, whose runs of digits are ``numbers``.

    Every address holds a digit, a dot, up to three digits, a dot, up to three digits, a dot
    and a digit: one scan in C (linear in the text, so a 1 MB post stays fast) before the
    pattern.
    """
    if len(numbers) < 4 or text.count(".") < 3:
        return False
    return _DOTTED.search(text) is not None


# found from its first dot (rarer than digits, so the scan skips ahead in C); used only as a
# yes/no test, for which this is the same as "\d\.\d{1,3}\.\d{1,3}\.\d"
_DOTTED = re.compile(r"\.(?<=\d\.)\d{1,3}\.\d{1,3}\.\d")


def _called_number(text: str, start: int, end: int) -> Iterator[Hit]:
    """The digits at ``start:end`` as a phone or fax number, if a calling word comes just before.

    "called from 3185550111", "left his cel 33 1555 0178", "faxed to 6125550100".
    """
    if _CALLED.search(text, max(0, start - 40), start):
        if _FAX_CUE.search(text, max(0, start - 60), start):
            yield Hit(start, end, Category.FAX, "fax.number")
        else:
            yield Hit(start, end, Category.PHONE, "phone.number")


def find_contacts(text: str, scan: Scan) -> Iterator[Hit]:
    """Phones, faxes, e-mails, URLs and IPs of a patient or relative."""
    cause = not scan.patient and (
        scan.gates & _FUNDRAISER_WORDS_BIT
        or (_tld(text, scan) and any(map(scan.low.__contains__, _CAUSE_PARTS)))
        or any(map(scan.low.__contains__, _SOCIAL_HOSTS))
    )
    if cause:
        yield from _fundraisers(text, scan)
    if not scan.patient and _email_possible(text):
        weak = _weak_story(scan)
        published = bool(scan.gates & _NOTICE_WORDS_BIT)
        for match in _EMAIL.finditer(text):
            local, _, domain = match.group().partition("@")
            if _ROLE_LOCAL.match(local) or _cued(text, match.start()):
                continue  # (a cued address is found below)
            # a job post or clinic notice gives its own mailbox, some at a mail provider
            notice = published and _NOTICE_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            )
            personal = (
                not notice
                and _FREEMAIL.match(domain) is not None
                and not _SELF_BEFORE.search(text, max(0, match.start() - 24), match.start())
            )
            if weak or personal:  # "email my results to bigjim58@gmail.com"
                end = _trim(text, *match.span())
                yield Hit(match.start(), end, Category.EMAIL, "email.address")
    linkish = not scan.patient and (text.count(".") >= 3 or text.count(":") >= 3 or "/" in text)
    if not scan.patient and (linkish or _tld(text, scan)) and _weak_story(scan):
        yield from _story_links(text)
    if not scan.patient and not scan.gates & _FAMILY_CUE_WORDS_BIT:
        return  # outside a patient story only a family cue ("his cell") makes them count
    # dashes other than "-" ("555\u20110122", "867\u2013555"): read as "-", offsets unchanged
    other_dash = not text.isascii() and _OTHER_DASH.search(text) is not None  # none in ASCII
    dialled = text.translate(_DASHES) if other_dash else text
    # _PHONE_GATE needs four digits in a row, a "+", or a "1-8" toll-free lead
    dialable = scan.longest_number >= 4 or "+" in text
    dialable = dialable or (scan.longest_number >= 3 and "1-8" in dialled)
    phone = dialable and _PHONE_GATE.search(dialled) is not None
    for match in _PHONE.finditer(dialled) if phone else ():
        start, end = match.start(), match.end()
        if match.group().endswith(")") and match.group().count(")") > match.group().count("("):
            end -= 1  # "(+52 55 5555 0127)": the bracket closes around the number
        digits = sum(ch.isdigit() for ch in match.group())
        if digits < 7 or (match.group().startswith("+") and digits < 8):
            continue
        if match["trunk"] is not None and not 9 <= digits <= 11:
            continue  # "0800 1200 1600": dosing times, not a number to dial
        if match["mx"] is not None and not _PHONE_SAID.search(text, max(0, start - 30), start):
            continue  # "MEM 77 0412 9983": a member's number unless a phone is spoken of
        if (
            digits >= 10
            and _TOLL_FREE.match(match.group())
            and _PUBLIC_LINE.search(text, max(0, start - 40), start)
        ):
            continue
        before = text[max(0, start - 60) : start]
        fax = bool(_FAX_CUE.search(before)) or bool(_FAX_AFTER.match(text, end))
        if not (scan.patient or _cued(text, start) or (fax and _fax_event(text, scan))):
            continue
        if digits == 7 and not scan.patient:
            continue
        if (
            digits == 7
            and "." in match.group()
            and not _CALLED.search(text, max(0, start - 40), start)
        ):
            continue  # "135.1234" is a value; "phone 555.0142" a number
        if fax:
            yield Hit(start, end, Category.FAX, "fax.number")
        else:
            yield Hit(start, end, Category.PHONE, "phone.number")
    nanp = (
        scan.patient
        and scan.longest_number >= 10
        and (scan.gates & _CALLED_WORDS_BIT or "#" in text)
        and _TEN_DIGITS.search(text) is not None
    )
    grouped = scan.patient and scan.gates & _CALLED_WORDS_BIT and digits_at_least(scan, 8)
    for match in _GROUPED_DIGITS.finditer(text) if grouped else ():
        count = sum(ch.isdigit() for ch in match.group())
        if (
            10 <= count <= 11
            or (count == 8 and _EIGHT_GROUPED.fullmatch(match.group()))
            or (  # "TÉL 77 448 21 93", not the end of "(503) 555 0184 20 min"
                count == 9
                and match.group().count(" ") >= 2
                and not text.endswith(")", 0, match.start() - 1)
            )
        ):
            yield from _called_number(text, match.start(), match.end())
    for match in _PAIRED_DIGITS.finditer(text) if _five_pairs_possible(scan) else ():
        start = match.start()
        called = _CALLED.search(text, max(0, start - 40), start) is not None  # "Mobile: 03.93..."
        if not (scan.patient or called or _cued(text, start)):
            continue
        fax = _FAX_CUE.search(text[max(0, start - 60) : start]) is not None
        category, rule = (Category.FAX, "fax.number") if fax else (Category.PHONE, "phone.number")
        yield Hit(start, match.end(), category, rule)
    trunk = grouped and scan.longest_number >= 10
    for match in _TRUNK_DIGITS.finditer(text) if trunk else ():
        yield from _called_number(text, match.start(), match.end())
    ten = nanp and (scan.gates & _PHONE_WORDS_BIT or "#" in text)
    for match in _PHONE_DIGITS.finditer(text) if ten else ():
        yield Hit(match.start("v"), match.end("v"), Category.PHONE, "phone.number")
    for match in _NANP_DIGITS.finditer(text) if nanp else ():
        yield from _called_number(text, match.start(), match.end())
    for match in _SPELLED_EMAIL.finditer(text) if "dot" in scan.words else ():
        if not re.search(r"(?i)\bdot\b|[\[(]at[\])]", match.group()):
            continue  # "troponin at home.com": nothing is spelt out
        if scan.patient or _cued(text, match.start()):
            yield Hit(match.start(), match.end(), Category.EMAIL, "email.address")
    for match in _EMAIL.finditer(text) if _email_possible(text) else ():
        if _JOBS_MAILBOX.match(text, match.start()):
            continue  # an employer's hiring mailbox is no one's personal address
        if scan.patient or _cued(text, match.start()):
            yield Hit(match.start(), _trim(text, *match.span()), Category.EMAIL, "email.address")
    linked = ("/" in text and _URL_SHAPE.search(text) is not None) or scan.gates & _URL_GATE_BIT
    for match in _urls(text) if linked else ():
        start, end = match.start(), _trim(text, *match.span())
        host = _host(text[start:end])
        if not host or _SCHOLARLY.search(host):
            continue
        owned = bool(_PATIENT_OWNED.search(host))
        if not owned and _INSTITUTIONAL.search(host):
            continue  # a society's site
        if not owned and _PUBLISHED_PATH.search(text, start, end) and not _site_cued(text, start):
            continue  # a journal's article by its path, unless told as someone's site
        if scan.patient or (owned and _cued(text, start)):
            yield Hit(start, end, Category.URL, "url.patient_owned" if owned else "url.link")
    spoken = scan.patient and scan.gates & _DIGIT_WORDS_BIT
    yield from _spoken_numbers(text, scan.words) if spoken else ()
    bare = scan.patient and "." in text and _tld(text, scan)
    for match in _BARE_DOMAIN.finditer(text) if bare else ():
        host = match["d"].lower()
        if (
            _SCHOLARLY.search(host)
            or _institutional(host)
            or not _SITE_CUE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue
        yield Hit(match.start(), match.end(), Category.URL, "url.link")
    four = scan.numbers is None or _dotted_quad(text, scan.numbers)
    # (no address without four dotted numbers or a colon: most posts skip the generator)
    for match in _ip_addresses(text, four=four) if four or ":" in text else ():
        if scan.patient or _cued(text, match.start()):
            yield Hit(match.start(), match.end(), Category.IP, "ip.address")
    handles = scan.patient and "@" in text and scan.gates & _HANDLE_WORDS_BIT
    for match in _HANDLE.finditer(text) if handles else ():
        yield Hit(match.start("v"), match.end("v"), Category.URL, "url.handle")
    messaged = scan.patient and scan.gates & _MESSENGER_WORDS_BIT
    for match in _MESSENGER_ID.finditer(text) if messaged else ():
        value = match["v"]
        if any(not ch.isalpha() for ch in value.lstrip("@")):  # a made-up id, not a word
            yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.messenger")
    named = scan.patient and scan.gates & _USERNAME_WORDS_BIT
    for match in _USERNAME.finditer(text) if named else ():  # a portal or app login
        value = match["v"]
        if "_" in value or sum(ch.isdigit() for ch in value) >= 2 - ("." in value):
            # (a made-up id, not a word or a protocol: "IPv6")
            yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.username")


# a social-media handle told as someone's: "his IG @mateo_micro_preemie", "handle is @x"
_HANDLE_CUES = (
    "handle", "IG", "insta", "instagram", "tiktok", "twitter", "snap", "snapchat", "account",
    "profile", "page", "username",
    # "her burner acct @x", "tagged us from @x", "told us to tag her granddaughter @x"
    "acct", "tag", "tagged", "burner",
    # messages from someone, a name posted under: "keeps DMing me from @x", "tweeted at me
    # from @x", "live-tweeting his op as @x" (not "DM @dept for details", "hey @colleague")
    "DMing", "DM'd", "DMed", "messaging", "messaged", "tweeted", "tweeting", "live-tweeting",
    "as",
)  # fmt: skip
_HANDLE_WORDS = frozenset(cue.lower() for cue in _HANDLE_CUES)
_HANDLE = re.compile(
    rf"\b(?i:{'|'.join(_HANDLE_CUES)})\b[^@\n.!?]{{0,25}}?(?<![\w@])"
    # (not a clinician's own: "tagged me @drsmith_peds")
    r"(?P<v>@(?!(?i:dr|doc|prof)[a-z_.]?)[A-Za-z0-9_][\w.]{2,29})(?<!\.)(?![\w@])"
)


# an id on a messaging app, with or without its "@": "via WeChat (ID zhanglaoshi_1957)",
# "DM'd me on LINE (ploy.nk2009)", "messaged me on Kakao (sunja_grandkid88)"
_MESSENGER_ID = re.compile(
    r"\b(?:WeChat|Wechat|wechat|LINE|Kakao(?:Talk)?|kakao(?:talk)?|WhatsApp|Whatsapp|whatsapp|"
    r"Viber|viber|Telegram|telegram|Zalo|zalo|Signal|Messenger)\b[^\n.!?@]{0,20}?"
    r"[(\s](?:(?i:ID|handle|username)\s*:?\s*)?"
    r"(?P<v>@?[A-Za-z][A-Za-z0-9_.]{3,29})(?<!\.)(?![\w@])"
)
_MESSENGER_WORDS = frozenset(
    ["wechat", "line", "kakao", "kakaotalk", "whatsapp", "viber", "telegram", "zalo", "signal",
     "messenger"]
)  # fmt: skip
# a login told as someone's: "her username kittycat_71", "portal username: rosebud1954"
# ("under login kaylee.runs.26", "username on the file: spoke_77", "his handle whoop_mike62")
_USERNAME = re.compile(
    r"\b(?i:username|user name|screen name|login|log-in|handle|gamertag)\b"
    r"(?: (?:on|in|for) (?:the|his|her|their) [a-z]{2,12})?"
    r"\s*(?:(?:is|was|shows|=)\s*|:\s*)?[\"'\u201c]?"
    r"(?P<v>[A-Za-z][A-Za-z0-9_.]{2,29})(?<![.])(?![\w@])"
)


# (the words the cues are made of, as the post's words are split: "user name" holds "name")
_USERNAME_WORDS = frozenset(["username", "name", "login", "log", "handle", "gamertag"])


_SOCIAL_HOSTS = ("tiktok.com/@", "instagram.com/", "facebook.com/groups/")


def _personal_social(url: str) -> bool:
    """Whether ``url`` is one person's social page (see ``_PERSONAL_SOCIAL``)."""
    match = _PERSONAL_SOCIAL.search(url)
    if match is None:
        return False
    return match["g"] is not None or not _NOT_PERSONAL_HANDLE.search(match["h"])


def _fundraisers(text: str, scan: Scan) -> Iterator[Hit]:
    """Fundraiser and personal-cause links, in any post (a story's links are flagged anyway)."""
    for match in _urls(text):
        start, end = match.start(), _trim(text, *match.span())
        found = text[start:end]
        host = _host(found)
        if (
            _FUNDRAISER_HOST.search(host)
            or (_FUNDRAISER_PATH.search(found) and not _SCHOLARLY.search(host))
            or _personal_social(found)
        ):
            yield Hit(start, end, Category.URL, "url.patient_owned")
    for match in _BARE_DOMAIN.finditer(text) if _tld(text, scan) else ():
        if _FUNDRAISER_HOST.search(match["d"].lower()):
            yield Hit(match.start(), match.end(), Category.URL, "url.patient_owned")


# a number read out in words: "two one six, five five five, oh one nine one" (a phone),
# "four-one-two, seven-seven, nine-oh-oh-five" (an SSN when one is spoken of)
_DIGIT_VALUES = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_DIGIT_WORD = re.compile(rf"(?i:{'|'.join(_DIGIT_VALUES)})")
# (the gate: "one" and "zero" alone are too common to tell; a number read out holds another)
_DIGIT_WORDS = frozenset(_DIGIT_VALUES) - {"one", "zero"}
_SPOKEN_NUMBER = re.compile(
    rf"\b{_DIGIT_WORD.pattern}(?:(?:,\s*|\s+|-){_DIGIT_WORD.pattern}){{6,10}}\b"
)


def _spoken_numbers(text: str, words: frozenset[str]) -> Iterator[Hit]:
    """Phone numbers and SSNs read out digit by digit in words (``words``: the text's own)."""
    for match in _SPOKEN_NUMBER.finditer(text):
        said = [_DIGIT_VALUES[w.lower()] for w in _DIGIT_WORD.findall(match.group())]
        if all(b - a == 1 for a, b in itertools.pairwise(said)):
            continue  # "one two three four five six seven": counting
        digits = len(said)
        if digits in (7, 10) or (digits == 11 and match.group().lower().startswith("one")):
            yield Hit(match.start(), match.end(), Category.PHONE, "phone.spoken")
        elif digits == 9 and not words.isdisjoint(_SSN_SPOKEN_OF):
            yield Hit(match.start(), match.end(), Category.SSN, "ssn.spoken")


_SSN_SPOKEN_OF = frozenset(["social", "ssn", "ss"])
# a phone's extension after it: "+64 9 555 0197 ext 22", "555.0166 ext 2"
_EXTENSION = re.compile(r",? ?(?:ext\.?|x|extension|Ext\.?) ?\d{1,5}(?![\w-])")


def widen_phone(text: str, hit: Hit) -> Hit:
    """A phone number with its extension, when one follows it."""
    extension = _EXTENSION.match(text, hit.end) if text.startswith((" ", ","), hit.end) else None
    if extension is None:
        return hit
    return Hit(hit.start, extension.end(), hit.category, hit.rule, hit.blocking)


# word gates (see _gates.py): the bit of each cue-word set the checks above test
_PUBLISHED_LINE_WORDS_BIT = gate(_PUBLISHED_LINE_WORDS)
_WEAK_STORY_WORDS_BIT = gate(_WEAK_STORY_WORDS)
_PROFESSIONAL_CONTACT_WORDS_BIT = gate(_PROFESSIONAL_CONTACT_WORDS)
_NOTICE_WORDS_BIT = gate(_NOTICE_WORDS)
_FUNDRAISER_WORDS_BIT = gate(_FUNDRAISER_WORDS)
_FAMILY_CUE_WORDS_BIT = gate(_FAMILY_CUE_WORDS)
# (a domain ending of _TLD_GATE is a word of the text: "x.com" holds "com")
_TLD_WORDS_BIT = gate(_TLDS)
_CALLED_WORDS_BIT = gate(_CALLED_WORDS)
_PHONE_WORDS_BIT = gate(_PHONE_WORDS)
_URL_GATE_BIT = gate(_URL_GATE)
_HANDLE_WORDS_BIT = gate(_HANDLE_WORDS)
_DIGIT_WORDS_BIT = gate(_DIGIT_WORDS)
_MESSENGER_WORDS_BIT = gate(_MESSENGER_WORDS)
_USERNAME_WORDS_BIT = gate(_USERNAME_WORDS)
