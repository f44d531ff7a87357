"""Names of patients and relatives (Safe Harbor (A)): honorifics, cues, kin, initials."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi import _languages as local
from medtweet.phi._context import CLOSE_KIN, OWNED_CLINICAL, PERSON_WORDS, POSSESSION
from medtweet.phi._gates import gate, lazy_gate
from medtweet.phi._geo import CARE_KINDS, COUNTRIES, LANGUAGES, STATE_NAMES
from medtweet.phi._hit import CAPS_COMMA, Hit, Scan, by_first_letter, lead, lowered
from medtweet.phi._lexicon import CALENDAR_NAMES, HOLIDAY_NAMES, lexicon, lower_set
from medtweet.phi._model import Category

__all__ = ["find_names", "joined_names", "repeated_names", "widen_name"]

_N = Category.NAME
# lower-case letters: Latin-1, Latin Extended-A and B, and Vietnamese ("Nguyễn", "Bảo")
_LOWER = "a-zß-öø-ÿ\u0100-\u024f\u1ea0-\u1ef9"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # capitals, Latin-1 ones too ("Ángel", "Émile")
_PREFIXES = ("Mc", "Mac", "O'", "D'", "Di", "De", "Le", "La")
_WORD_TAIL = rf"[{_LOWER}]+(?:[-'\u2019](?!s\b)[A-Z]?[{_LOWER}]+)*"
_WORD = rf"(?:{'|'.join(_PREFIXES)})?[{_UPPER}]{_WORD_TAIL}"


def _name_word(behind: str) -> str:
    """``(?=[A-Z])(?<![behind])(?P<name>_WORD)``, written to start with its capital's class.

    (A capital of Latin-1 too: "Åke", "Émile".)

    A pattern that starts with a character class lets the engine skip ahead to it in C; one
    that starts with a look-ahead is tried at every position. After the capital come the rest
    of a prefix ("Mc", "O'") and the next capital, or the lower-case rest of the word.
    """
    rests = "|".join(f"(?<={prefix[0]}){prefix[1:]}" for prefix in _PREFIXES)
    return rf"(?P<name>[{_UPPER}](?<![{behind}][{_UPPER}])(?:(?:{rests})[{_UPPER}]|){_WORD_TAIL})"


_INITIAL = r"[A-Z]\.?(?!\w)(?!['\u2019](?!s\b))"  # "Mrs. K", "Mrs. K's family"
_NICK = rf"(?:\s+[\"\u201c\u2018'][A-Z][{_LOWER}]+[\"\u201d\u2019'])?"
# lower-case particles inside a name: "Van der Berg", "Maria de la Cruz", "Ali bin Said"
_PARTICLE = r"(?:van|von|der|den|de|da|di|del|della|la|le|du|bin|ibn|al|el|ter|ten|dos|das)"
_SEQ = rf"{_WORD}{_NICK}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_WORD}|[A-Z]\.(?!\w))){{0,2}}"
_KIN = (
    r"husband|wife|spouse|partner|son|daughter|mother|mom|mum|father|dad|brother|sister|"
    r"grandson|granddaughter|grandmother|grandma|granny|grandfather|grandpa|uncle|aunt|auntie|"
    r"niece|nephew|cousin|boyfriend|girlfriend|fianc[eé]e?|caregiver|roommate|neighbou?r|"
    r"baby|infant|toddler|twin|stepson|stepdaughter|kid|child|boss|friend|widow|widower|"
    r"sibling|newborn|little one|boy|girl|parents|grandparents|family|grandkids|grandkid|twins|"
    r"buddy|pal|bestie|coworker|co-worker|landlord|landlady|mate|sponsor|carer|flatmate|"
    r"housemate|interpreter|translator|"
    # grandparents' and step-parents' homely names: "Gramma Pearl", "Meemaw Dot", "Pawpaw Lee"
    r"gramma|grammy|grampa|gramps|grandad|granddad|grandaddy|granddaddy|grandmom|grandpop|"
    r"meemaw|memaw|mawmaw|pawpaw|papaw|nanna|stepdad|stepmom|stepmother|stepfather|godmother|"
    r"godfather|"
    # plurals before two names: "her daughters Ana and Sofia"
    r"daughters|sons|grandsons|granddaughters|brothers|sisters|nieces|nephews|cousins|"
    r"grandchildren|children|siblings|"
    # family titles of many languages: "mama Folasade", "abuelita Chela", "nonna Pia"
    r"mama|papa|abuela|abuelo|abuelita|abuelito|nonna|nonno|lola|lolo|bubbe|zayde|tutu|aunty|"
    r"t[ií]o|t[ií]a|nana|dada|dadi|nani|oma|opa|ninang|ninong|"
    # and of South Asia, the Middle East, Africa and East Asia: "amma Lakshmi", "teta Wadad"
    r"amma|appa|ammi|abbu|ammachi|achan|paati|thatha|bhai|bhaiya|didi|behen|chacha|chachi|"
    r"mausi|mamu|mami|khala|khalu|phupho|teta|sitt|jiddo|jeddo|gogo|mkhulu|yaya|papou|"
    r"halmoni|halmeoni|harabeoji|obaasan|obaachan|ojiisan|ojiichan|nene|dede|popo|ahma|"
    # and relatives of European languages: "A mãe, Rosângela", "Datteren Lone", "oom Kobus"
    r"mãe|esposa|esposo|marido|filha|filho|neta|neto|irmã|irmão|avó|avô|hija|hijo|nieta|"
    r"nieto|hermana|hermano|mamá|papá|tochter|sohn|ehefrau|ehemann|enkelin|figlia|figlio|"
    r"moglie|marito|nipote|fille|fils|épouse|dochter|zoon|córka|żona|mąż|datter|datteren|"
    r"dotter|dottern|sønnen|sonen|hustru|oom|tannie|maman|mamma|pappa|"
    # and more: "Sa mère Afi", "son frère Ousmane", "her nan Rangi", "his koro Hemi"
    r"mère|père|sœur|soeur|frère|mamie|papi|papy|tante|oncle|vater|mutter|bruder|nan|koro|"
    r"kuia"
)
_KIN_WORDS = frozenset(
    word
    for word in _KIN.replace("[e\u00e9]e?", "e").replace("?", "").split("|")
    if "[" not in word
) | {
    "neighbor", "neighbour", "fiance", "fiancee", "mom", "twin", "twins", "kids", "tio",
    "t\u00edo", "tia", "t\u00eda",
}  # fmt: skip
_CLINICIAN_WORDS = frozenset(
    [
        "dr",
        "drs",
        "dre",
        "pr",
        "doctor",
        "prof",
        "professor",
        "nurse",
        "np",
        "pa",
        "rn",
        "md",
        "dra",
        "intern",
        "resident",
        "fellow",
        "attending",
        "student",
        "colleague",
        "pharmacist",
        "tech",
        "scribe",
        "chief",
        "medic",
        "paramedic",
        "consultant",
        "registrar",
        "hospitalist",
        "surgeon",
    ]
)
_HONORIFIC_WORDS = frozenset(
    [
        "se\u00f1ora",
        "se\u00f1or",
        "senora",
        "senor",
        "do\u00f1a",
        "dona",
        "don",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "mister",
        "sr",
        "sra",
        "srta",
        "mme",
        "mlle",
        "madame",
        "herr",
        "frau",
        "sister",
        "brother",
        "father",
        "fr",
        "rev",
        "reverend",
        "pastor",
        "rabbi",
        "imam",
        "deacon",
        "captain",
        "capt",
        "sgt",
        "sergeant",
        "officer",
        "coach",
        "judge",
        "senator",
        "mayor",
        "chief",
        "grandpa",
        "grandma",
        "granny",
        "uncle",
        "aunt",
        "auntie",
        "councilman",
        "councilwoman",
        "councilmember",
        "alderman",
        "alderwoman",
        "commissioner",
        "sheriff",
        "governor",
        "rep",
        "representative",
        "trooper",
        "deputy",
        "colonel",
        "col",
        "lt",
        "lieutenant",
        "cpl",
        "corporal",
        "pvt",
        "admiral",
        "commander",
        "cmdr",
        "ensign",
        # titles of respect of other languages: "Sri K. Ramesh", "Alhaji Musa", "Kuia Mere"
        "sri", "shri", "smt", "haji", "hajia", "hajiya", "alhaji", "alhaja", "encik", "puan",
        "datuk", "dato", "kuia", "koro", "mzee", "cucu", "gogo", "ouma", "oupa", "lola",
        "lolo", "madam", "sheikh", "aunty",
        # "Pani Ewa Nowak", "Ato Kebede", "Hagga Fathiya", "Teta Wadad", "Ibu Siti",
        # "Daw Khin Myint", "Khun Somchai", "Seu Valdir", "Ông Minh", "Bà Lan"
        "pani", "ato", "weyzero", "hagga", "hajja", "haja", "teta", "jiddo", "ibu", "bapak",
        "daw", "khun", "ustaz", "seu", "senhora", "\u00f4ng", "b\u00e0",
        # "Nong Ploy", "Chú Bảy", "Kuya Jepoy", "Tita Baby", "Mbah Karto", "Mdm Tay", "Iya
        # Bisi", "Omo Tobiloba", "Lij Yonas", "Lao Wang", "Hajji Mustafa", "Agha-ye Kamali"
        "nong", "ch\u00fa", "c\u00f4", "b\u00e1c", "kuya", "tita", "tito", "ate", "mbah",
        "mdm", "iya", "omo", "aama", "lij", "lao", "manang", "manong", "aling", "mang", "hajji",
        "agha", "aghaye", "agha-ye", "khanum", "khanum-e",
    ]
)  # fmt: skip
_PATIENT_WORDS = frozenset(["pt", "patient", "resident", "client", "paciente"])
_CALLED_WORDS = frozenset(
    [
        "named",
        "called",
        "calling",
        "goes",
        "nicknamed",
        "aka",
        "known",
        "charted",
        "registered",
        "listed",
        "name",
        "signed",
        "a",
        "misspelled",
        "spelled",
        "call",
        "calls",
    ]
)
# The titles _HONORIFIC reads before a name: every honorific word but the kin titles ("Grandma
# Rosa" is read by the kin rules, and the title stays outside the name), longest first
_KIN_TITLE_WORDS = frozenset(["grandpa", "grandma", "granny", "uncle", "aunt", "auntie"])
# military ranks as they are written: "SPC Ochoa", "LCpl Reyes-Batista", "SSG Wojcik"
_RANKS = (
    "SPC", "Spc", "PFC", "Pfc", "SSG", "SFC", "SGT", "CPL", "PVT", "LCpl", "LCPL", "CPT", "Cpt",
    "SSgt", "SSGT", "TSgt", "MSgt", "CPO", "LTC", "Pte", "PTE", "Bdr",
)  # fmt: skip
_TITLES = sorted(
    {word.capitalize() for word in _HONORIFIC_WORDS - _KIN_TITLE_WORDS} | set(_RANKS),
    key=lambda word: (-len(word), word),
)


_HONORIFIC = re.compile(
    rf"(?=[{''.join(sorted({title[0] for title in _TITLES}))}])\b(?:{by_first_letter(_TITLES)})"
    rf"\b\.?\s+"
    rf"(?:[\"\u201c][A-Z][\w'\u2019-]+[\"\u201d]\s+)?"  # a nickname: Mr. "Shorty" Jenkins
    # (an initial and the surname: "Sgt. R. Tanaka", "Spc D. Okonkwo")
    rf"(?P<name>[A-Z]\.\s?{_WORD}|{_SEQ}|{_INITIAL})"
    # lower-case honorifics: "mrs hobart", "mr. tisch", "mr Orvald Tisch"
    # (not after a number: "QRS 138 ms. NaHCO3" is milliseconds)
    rf"|(?=m)(?<!\d)(?<!\d )\b(?P<hon>mrs|mr|ms)(?P<dot>\.?)\s+"
    rf"(?:(?P<low>[a-z]{{3,}})\b|(?P<name2>{_SEQ}))"
)
# (it starts with its first letter's class, which the engine skips to in C, and reads the
# rest of each cue word after it: a leading look-ahead is tried at every position)
_PATIENT_CUE = re.compile(
    r"[PpRrCc](?<!\w[PpRrCc])(?:(?:(?<=[Pp])t|(?<=P)T|(?<=[Pp])atient|(?<=P)ATIENT|(?<=[Pp])aciente|"
    r"(?<=[Rr])esident|(?<=[Cc])lient)(?P<sep>\.?:?\s+|,\s+|"
    rf"\s*\(\s*|\s+(?:is|was)\s+(?=[A-Z](?:[a-z]+|\.)\s+[A-Z][a-z])|\s+name(?:\s+is)?:?\s+)"
    rf"(?P<name>{_SEQ}|[A-Z]\.\s?{_WORD}|[A-Z]\.\s?[A-Z]\.?(?:\s?[A-Z]\.)?|[A-Z]{{2,3}}\b(?!-))"
    rf"|(?<=p)t\s+(?:is\s+)?(?P<lowname>[a-z]{{3,}})\b)"
)
_PATIENT_CUE_WORDS = ("pt", "patient", "resident", "client", "paciente")
# titles of respect of other languages, before a name ("sig.ra Assunta Russo", "meneer de
# Groot", "pan Tadeusz", "κ. Νίκος") or after it in Turkish and Hungarian ("Fatma Öztürk
# hanım", "Mari néni"); Greek names too
_GREEK_WORD = r"[\u0386-\u038f\u0391-\u03ab][\u03ac-\u03ce]+"
_GREEK_NAME = rf"{_GREEK_WORD}(?: {_GREEK_WORD})?"
_LOCAL_TITLE = re.compile(
    rf"{local.TITLES} {local.NOT_COLLEAGUE}{local.NOT_PAN}"
    # (Dutch particles inside, no others: "dhr. Henk van den Broek", but "la signora Carmela
    # di Posillipo" is Carmela from Posillipo)
    rf"(?P<name>{local.DUTCH_PARTICLES}?"
    rf"(?:{_WORD}(?:\s+{local.DUTCH_PARTICLES}?(?:{_WORD}|[A-Z]\.(?!\w))){{0,2}}|{_INITIAL})"
    rf"|{_GREEK_NAME})"
    rf"|(?P<before>{_SEQ}) {local.TITLES_AFTER}"
)


_FIRST_CUE = re.compile("|".join(_PATIENT_CUE_WORDS))


def _first_cue(low: str) -> int:
    """Where ``_PATIENT_CUE`` can first match: the first of its cue words in ``low``."""
    first = _FIRST_CUE.search(low)  # the leftmost of the words: the least of their finds
    return first.start() if first is not None else 0


_AFTER_KIN = re.compile(
    rf"(?:'s|\u2019s)?\s*[,(:]?\s*(?:named\s+|called\s+)?(?P<name>{_SEQ})"
    rf"(?:\s+(?:and|&)\s+(?P<second>{_WORD}))?",
)


@functools.cache
def _word_regex(word: str) -> re.Pattern[str]:
    r"""``\b<word>\b``, written to start with the word (a literal is found fast)."""
    escaped = re.escape(word)
    if not (word[:1].isalnum() or word[:1] == "_"):
        return re.compile(rf"\b{escaped}\b")
    return re.compile(rf"{escaped}(?<!\w{escaped})\b")  # no word character before it


# what follows a kinship word that is also an eponym's first name ("Child-Pugh B", "Child
# Pugh class C"); not "Child Saifullah, 3yo"
_EPONYM_PAIR = re.compile(r"[-\u2013]|\s+(?:Pugh|Turcotte)\b")


def _kin_names(text: str, scan: Scan) -> Iterator[re.Match[str]]:
    """Name matches right after each kinship word of the text ("her husband Tom")."""
    kin_words = sorted(scan.cues & _KIN_WORDS)  # (the cues hold the text's kin words)
    if "little one" in scan.low:
        kin_words.append("little one")
    for kin in kin_words:
        for found in _word_regex(kin).finditer(scan.low):
            if text[found.start() : found.end()] in lexicon("eponyms") and _EPONYM_PAIR.match(
                text, found.end()
            ):
                continue  # "Child Pugh": an eponym spelt like a kinship word
            if kin == "twin" and text.startswith(" Cities", found.end()):
                continue  # "the Twin Cities": a place
            match = _AFTER_KIN.match(text, found.end())
            if match is not None:
                yield match


# a lower-case first name right after a kinship word: "her husband tom drove her in"


_SINGLE_KIN = frozenset(
    ["husband", "wife", "son", "daughter", "mom", "dad", "mother", "father", "brother",
     "sister", "grandson", "granddaughter", "grandma", "grandpa", "uncle", "aunt", "niece",
     "nephew", "cousin", "boyfriend", "girlfriend", "partner", "fiance", "fiancee"]
)  # fmt: skip
_OWNERS = frozenset(["his", "her", "their", "pt", "patient"])
_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|pt's|patient's|pt\u2019s|patient\u2019s) $")


@functools.cache
def _kin_then_lower(word: str) -> re.Pattern[str]:
    """``word`` then a lower-case word, on the lower-cased text (literal first: fast)."""
    return re.compile(rf"{word}(?<![\w]{word}),? (?P<low>[a-z]{{3,12}})\b(?![-'\u2019])")


# kinship words said as a title, owner or not: "abuela lupe", "grandpa walt"
_TITLE_KIN = frozenset(
    ["grandma", "grandpa", "granny", "nana", "abuela", "abuelo", "auntie", "tia", "tio",
     "mamaw", "papaw", "meemaw", "pawpaw", "teta", "jiddo", "amma", "paati", "thatha",
     "halmoni", "lola", "lolo"]
)  # fmt: skip


_ANY_KIN = _SINGLE_KIN | _TITLE_KIN


# a lower-case first name opening a post before an aside or an age ("sven (84) from ...",
# "ruth, 98, went home"), or spoken to at the end of a sentence ("yes lorraine.", "no, tyler.")
_LOWER_OPENING = re.compile(
    # (or in brackets with an age: "the kid (nova, 8) says ...")
    r"^(?P<name>[a-z]{3,})(?= ?\(|, ?\d{1,3},)|(?<=\()(?P<aged>[a-z]{3,})(?=,? \d{1,3}\))",
    re.MULTILINE,
)
_ADDRESS_WORDS = frozenset(["yes", "no", "ok", "okay", "thanks", "thank"])
# what stands in brackets before a number and is no name: "(over 90)", "(day 5)", "(tue 3)"
# (a month, "(mar 30)", is one of the calendar's names, tested apart)
_NOT_AGED_NAMES = frozenset(
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "over",
     "under", "about", "around", "age", "aged", "only", "just", "now", "day", "days", "week",
     "weeks", "year", "years", "month", "months", "grade", "stage", "type", "score", "bed",
     "room", "bay", "total", "max", "min", "avg", "mean", "est", "approx", "pod", "hd", "rm"]
)  # fmt: skip
_LOWER_ADDRESSED = re.compile(
    r"(?=[ynot])\b(?:yes|no|ok|okay|thanks|thank you),? (?P<name>[a-z]{3,})(?=[.!?]|\s*$)"
)


def _lower_opened_or_addressed(text: str, *, opened: bool, addressed: bool) -> Iterator[Hit]:
    """Lower-case first names opening a line before an aside or an age, or spoken to.

    ``opened`` and ``addressed`` tell whether the text can hold either.
    """
    matches = [
        *(_LOWER_OPENING.finditer(text) if opened else ()),
        *(_LOWER_ADDRESSED.finditer(text) if addressed else ()),
    ]
    for match in matches:
        group = "aged" if match.groupdict().get("aged") else "name"
        name = match[group]
        if (
            group == "aged"
            and _known(name.capitalize())
            and name not in _KIN_WORDS
            and name not in _NOT_AGED_NAMES
            and name.capitalize() not in _MONTHS_DAYS
        ):
            yield Hit(match.start(group), match.end(group), _N, "name.bare")  # "(nova, 8)"
        elif (
            name in _lower_first_names()
            and name not in _NOT_BARE_LOWER
            and name not in lower_set("first_name_words")
            and name not in lower_set("common_words")
        ):
            yield Hit(match.start(group), match.end(group), _N, "name.bare")


def _lower_kin_names(text: str, scan: Scan) -> Iterator[Hit]:
    first = _lower_first_names()
    common = lower_set("common_words")
    # "her husband tom", not "the grandkids sang": a singular relative with an owner
    matches = (
        match
        for kin in sorted(scan.cues & _ANY_KIN)  # (the cues hold the text's words of it)
        for match in _kin_then_lower(kin).finditer(scan.low)
        if kin in _TITLE_KIN
        or _OWNER_BEFORE.search(scan.low, max(0, match.start() - 12), match.start())
    )
    for match in matches:
        word = match["low"]
        if text[match.start("low") : match.end("low")] != word:
            continue  # "her husband Tom" is read by the capitalised rules
        if word in _KIN_WORDS:
            continue
        if (word in first and word not in common) or (
            # a name that is also a word, doing what a person does: "his wife grace drove"
            _known(word.capitalize())
            and (
                _VERB_AFTER.match(text, match.end("low")) or _ED_AFTER.match(text, match.end("low"))
            )
        ):
            yield Hit(match.start("low"), match.end("low"), _N, "name.kin")


# (the look-ahead holds the first letters of the cues, so the engine skips other letters)
_CALLED = re.compile(
    rf"(?=[ncgakrlsmNfR])\b(?:name(?:d| is| was|:|,| \(|['\u2019]s)|Name(?::|['\u2019]s)|"
    rf"(?i:real|full|legal) name|"
    # a field of a list: "DOB 4/2/1950, name Arvind Raman"
    rf"(?:(?<=, )|(?<=; ))name(?= [A-Z])|"
    rf"name on (?:the|his|her|their) (?:board|chart|label|bracelet|wristband|door|tube|req) "
    rf"(?:was|is|said|read)|called(?: him| her)?|calls? (?:him|her)|calling (?:him|her|them)|"
    rf"goes by|nicknamed|aka|a\.k\.a\.|known as|charted as|registered as|listed as|signed as|"
    rf"(?:mis)?spel(?:led|t) as)\s*[\"'\u201c\u2018]?"
    rf"(?P<name>[A-Z]\.\s?{_WORD}|{_SEQ})[\"'\u201d\u2019]?"
)
# a name given in Spanish or Portuguese: "Se llama Ponciano", "O nome dela é Ana Clara",
# "conocido como el Güero" (the article before a nickname is no part of it)
_CALLED_ROMANCE = re.compile(
    r"(?=[SsMmLlCcAaNnEeOo])\b(?i:se llama|se chama|me llamo|me chamo|llamad[oa]|chamad[oa]|"
    r"conocid[oa] como|conhecid[oa] como|apodad[oa]|apelidad[oa]|le dicen|"
    r"nombre(?: de (?:la|el) paciente)?(?: es|:)|"
    r"nome(?: d[oa]| dele| dela| d[oa] paciente)?(?: \u00e9|:)|"
    # and in French, German, Dutch and Italian: "s'appelle Noé", "au nom de Romain Peyrac",
    # "namens Jonas", "heißt Lena", "genaamd Daan", "si chiama Giulia"
    r"s['\u2019]appelle|au nom de|nomm\u00e9e?|pr\u00e9nomm\u00e9e?|surnomm\u00e9e?|namens|"
    r"hei\u00dft|heisst|genannt|genaamd|heet|si chiama|chiamat[oa])\s+"
    r"(?:(?:el|la|o|a) )?[\"'\u201c\u2018]?"
    rf"(?P<name>{_SEQ})[\"'\u201d\u2019]?"
)
_CALLED_ROMANCE_WORDS = frozenset(
    ["llama", "chama", "llamo", "chamo", "llamado", "llamada", "chamado", "chamada", "conocido",
     "conocida", "conhecido", "conhecida", "apodado", "apodada", "apelidado", "apelidada",
     "dicen", "nombre", "nome", "appelle", "nom", "nommé", "nommée", "prénommé", "prénommée",
     "surnommé", "surnommée", "namens", "heißt", "heisst", "genannt", "genaamd", "heet",
     "chiama", "chiamato", "chiamata"]
)  # fmt: skip
# what every match of _CALLED holds, lower-cased ("a", a gate word for "a.k.a.", is in most posts)
_CALLED_HEADS = (
    "name", "call", "goes", "aka", "a.k.a", "known", "charted", "registered", "listed", "signed",
    "spel",
)  # fmt: skip


def _called_possible(scan: Scan) -> bool:
    """Whether ``_CALLED`` can match: a cue word, and one of the texts its matches hold."""
    return bool(scan.gates & _CALLED_WORDS_BIT) and any(map(scan.low.__contains__, _CALLED_HEADS))


# These start with a capital class, not a look-behind, so the engine skips to capitals in C:
# "[A-Z](?<![\w.][A-Z])" is a capital with no word character or dot before it.
_INITIALS = re.compile(r"(?P<name>[A-Z](?<![\w.][A-Z])\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?![\w])")
# what every match of _INITIALS holds, found from its first dot (a literal is found fast)
_TWO_INITIALS = re.compile(r"\.(?<=[A-Z]\.)\s?[A-Z]\.")
_TITLE_WORD = re.compile(
    _name_word(r"\w'\u2019@#") + rf"(?=(?P<rest>(?:\s+(?:{_WORD}|[A-Z]\.(?!\w)))?))"
)
# "Earl, 92", "Bill (our pt, 89M)", "Jane, 54F", "Radomir (50s, welder)": a capitalised word
# with an age is a name.
# a years' or months' word of other languages after a bare age: "Grâce Agossou, 28 ans",
# "Hassane, 11 mois", "Pietro, 58 anni", "Jonas (6 Jahre)"
# (not a time since: "Hoje, 6 meses depois", "5 ans plus tard")
_LOCAL_YEARS = (
    r"(?:ans|anni|a\u00f1os|anos|Jahre|jaar|lat|let|mois|meses|mesi|Monate|maanden)\b"
    r"(?! (?:depois|despu\u00e9s|plus|apr\u00e8s|sp\u00e4ter|later|dopo|fa|geleden|atr\u00e1s|"
    r"antes|temu|ago|de|d'|di|van)\b)"
)
_WITH_AGE = re.compile(
    _name_word(r"\w'\u2019@#.-") + rf"(?:\s(?P<surname>{_WORD}))?\s*[,(]\s*"
    rf"(?:\d{{1,3}}\s?(?:yo\b|y/o|y\.o\.|"
    rf"[MF]\b|,|\)|{_LOCAL_YEARS})|(?<=\()[1-9]0s[,)]|"
    r"(?:our|my|the) (?:[a-z-]+ ){0,2}(?:pt|patient|resident)s?\b"
    r"|(?<=\()\d{1,2} (?:days?|weeks?|wks?|months?|mos?) old\))"
)
# a sentence opening on a person and where they are from: "Kalani from Waianae, 34",
# "Yaw Boateng from the Bronx came to clinic"
_NAME_FROM = re.compile(
    _name_word(r"\w'\u2019@#.-") + rf"(?:\s(?P<surname>{_WORD}))? from (?:the )?[A-Z]"
)
_FROM_PLACE = re.compile(r" from (?:the )?[A-Z]")  # (what its matches end on: a fast search)
_PLACE_THEN_AGE = re.compile(
    r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2},? \(?(?:\d|[1-9]\d|1[01]\d)"
    r"(?:\)|,|\s?(?:yo|y/o|[MF]|wks?|weeks)\b)"
    # or a place then what a patient did: "Suthida from Nonthaburi came to our clinic"
    r"|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2} (?:came|presented|walked|arrived|"
    r"pushed|delivered|brought|was|is|has|had|needs|needed)\b"
)
# a relative named by "baby of", "son of" ("B/O Rekha Devi", "Munni D/O Raju Paswan", as
# South Asian charts write them), or a mother by her pregnancy ("Snehal, 32/40", "Ana, G3,")
_OF_KIN = re.compile(
    rf"(?=[BDSWCbdsw])\b(?:[BDSWC]/O|[Bb]aby of|[Dd]aughter of|[Ss]on of|[Ww]ife of)\s+"
    rf"(?P<name>{_SEQ})"
)
_BEFORE_OF_KIN = re.compile(rf"(?P<before>{_WORD}(?: {_WORD}){{0,2}}) [DSW]/O\b")
_OF_KIN_WORDS = frozenset(["baby", "daughter", "son", "wife"])  # the words before its "of"
# (what follows the name, found first: a scan for a name is tried at every capital)
_PREGNANCY = re.compile(r", (?:G\d|[23]\d(?:\+\d)?/40|[23]\d ?(?:wks?|weeks)\b)")
_PREGNANT_NAME = re.compile(
    rf"(?P<name>{_WORD})(?: (?P<surname>{_WORD}))?, (?:G\d{{1,2}}\b|[23]\d(?:\+\d)?/40\b|"
    r"[23]\d ?(?:wks?|weeks)\b)"
)
# a name right after an age in a list of a patient's traits: "Ferry passenger, 82F, Morag,"
_AGE_THEN_NAME = re.compile(
    r"\d(?<![\w.]\d)\d{0,2}\s?(?:(?:yo|y/o|[MF]),|yo|y/o|yr old|year old|mo old|month old) "
    r"(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=, | \(| from )"
)
# what its matches hold: the end of an age, a blank and a capitalised word (a search of
# literals first, which the engine skips to, before the search from every digit)
_AGE_END_NAME = re.compile(r"(?:yo|y/o|yo,|y/o,|M,|F,|old) [A-Z][a-z]")
# names as records print them: "ROWE^CALVIN^M" (HL7 and DICOM), "NGUYEN, KIM", "SOTO, R"
_CARET_NAME = re.compile(r"(?<![\w^])[A-Z][A-Za-z'-]+\^[A-Z][A-Za-z'-]*(?:\^[A-Z][A-Za-z'-]*)*")
# A name as a label, band or form prints it: "Name on label: Fairbanks", "tube says
# Jaramillo, band says Jaramilla", 'tagged "PARDO LUZ"'
_LABEL_NAME = re.compile(
    r"(?=[NntTbBwWlLsSrReE])\b(?:[Nn]ame on (?:the )?(?:label|requisition|band|wristband|tube|"
    r"sticker|bracelet|specimen|form)|(?:tube|band|wristband|label|bracelet|sticker|requisition)"
    r" (?:says|said|reads|read)|tagged(?= [\"\u201c])"
    # a contact saved or listed by what the patient calls them: 'listed as "Babe"'
    r"|(?:listed|saved|entered) as(?= [\"\u201c]))\s*:?\s*[\"\u201c]?"
    r"(?P<name>[A-Z][A-Za-z'\u2019-]+(?:,? [A-Z][A-Za-z'\u2019-]+)?)"
)
_AS_QUOTE = (' as "', " as \u201c")
_LABEL_WORDS = frozenset(
    ["name", "says", "said", "reads", "read", "tagged", "listed", "saved", "entered"]
)
# Twins' and triplets' names after their letter: "Baby A Mila 5#2, Baby B Micah"
_BABY_LETTER = re.compile(r"\bBaby [A-D],? (?P<name>[A-Z][a-z]{2,})\b")
# A nickname and the full name in brackets after it: '"JoJo" (Josephine Alvarado)', "Pip
# (Penelope Arceneaux)"
_NICK_THEN_FULL = re.compile(
    r"(?P<nick>[A-Z](?<![\w'\u2019-][A-Z])[\w'\u2019-]+)[\"\u201d]? \((?P<full>[A-Z][a-z]+"
    r"(?: [A-Z][\w'\u2019-]+){1,2})\)"
)
# (what its matches hold, a full name in brackets: found from the literal " (")
_FULL_IN_BRACKETS = re.compile(r" \([A-Z][a-z]+ [A-Z]")
# A name with a title of respect after it: "Venkatesh garu", "Muthusamy thatha", "Tanaka san"
_TITLED_AFTER_WORDS = frozenset(
    ["garu", "thatha", "ji", "sahib", "saab", "bhai", "amma", "appa", "paati", "patti",
     "ammachi", "akka", "didi", "dadi", "nani", "sensei", "san", "sama", "begum"]
)  # fmt: skip
_TITLED_AFTER = re.compile(
    r"(?P<name>[A-Z](?<![\w'\u2019-][A-Z])[a-z]{2,}) "
    rf"(?:{'|'.join(sorted(_TITLED_AFTER_WORDS, key=lambda word: (-len(word), word)))})\b"
)
# capitals before a comma and a capital, what a record's name in capitals needs ("REYES, A"):
_RECORD_CAPS = re.compile(
    r"(?P<s>[A-Z](?<![\w'-][A-Z])[A-Z]+(?:[-'][A-Z]{2,})?), (?P<g>[A-Z]{2,}|[A-Z])(?![\w'./-])"
    r"(?: [A-Z](?![\w'./-]))?"  # a middle initial: "HOLLOWAY, EUGENE R"
)
# what a record's name follows: a quote opening it, or a field's word ("Subscriber NGUYEN, KIM")
_RECORD_FIELD_WORDS = frozenset(
    ["subscriber", "patient", "pt", "name", "member", "insured", "guarantor", "recipient",
     "admit", "resident"]
)  # fmt: skip
_RECORD_BEFORE = re.compile(rf"(?:[\"\u201c]|\b(?i:{'|'.join(sorted(_RECORD_FIELD_WORDS))}):? )$")
_RECORD_NOT_NAMES = frozenset(
    ["STAT", "NPO", "DNR", "DNI", "COPD", "CHF", "GERD", "ETOH", "NSTEMI", "STEMI", "PEEP",
     "BIPAP", "CPAP", "HIPAA", "ICU", "PACU", "NICU", "PICU", "MICU", "SICU", "CVICU", "ABX",
     "PRN", "BID", "TID", "QID", "ACLS", "PALS", "BLS", "ATLS", "NEJM", "JAMA", "FYI", "ASAP"]
)  # fmt: skip
# a list's or a label's surname in capitals and one initial, with no comma: "0900 MACLEOD A -
# pre-op", 'labelled "SMITH J"' (after a time, a list's mark or a quote, before a dash, a
# quote or the line's end)
# (it starts with its capital's class, which the engine skips to in C, and looks behind the
# capital for what goes before it, once two more capitals follow: look-behinds first were
# tried at every position)
_CAPS_SURNAME_INITIAL = re.compile(
    r"(?P<name>[A-Z](?=[A-Z]{2})(?:(?<=\d\d [A-Z])|(?<=[\"\u201c][A-Z])|(?<=^[A-Z])|(?<=/ [A-Z])|"
    r"(?<=\d\. [A-Z]))[A-Z]{2,}(?:['-][A-Z]{2,})? [A-Z])"
    # (or a tracking board's slash and age: '"RAMIREZ J / 88 / CP r/o ACS"')
    r"(?= [-\u2013]|[\"\u201d]|,? (?:DOB|MRN)\b| / \d{1,3} /|$)",
    re.MULTILINE,
)
# what must follow its name, as written: a dash, a quote, a record's cue, a slash or a new
# line (or the text's end, tested apart); most posts hold none, and the pattern is then not run
_CAPS_SURNAME_INITIAL_ENDS = (" -", " \u2013", '"', "\u201d", "DOB", "MRN", "\n", " / ")


def _caps_surname_initial_possible(text: str) -> bool:
    """Whether ``_CAPS_SURNAME_INITIAL`` can match: what follows its name is in ``text``."""
    ends_on_initial = text[-2:-1] == " " and "A" <= text[-1:] <= "Z"  # "... labelled SMITH J"
    followed = ends_on_initial or any(map(text.__contains__, _CAPS_SURNAME_INITIAL_ENDS))
    return followed and not text.isupper()


# someone a patient gave as their contact: 'emergency contact is "Smitty at the bar."'
_CONTACT_NAME = re.compile(
    r"(?=[Ee])\b(?i:emergency contact)(?: is|:)? [\"\u201c]?(?P<name>[A-Z][a-z]{2,})\b"
)
_KIN_IS = re.compile(rf"\b(?i:{CLOSE_KIN}) (?:is|was) $")
# endings of clinical and ordinary words, not of names: "Sepsis, 45F", "Troponin, 12M"
_TERM_ENDING = re.compile(
    r"(?:less|ful|sis|itis|emia|aemia|oma|pathy|ic|al|ine|osis|ectomy|otomy|plasty|gram|scopy|ure|"
    r"ion|ism|ness|ment|ity|ous|ive|ory|ary|ant|ent|ase|in|ol|ide|ate|ics|ogy|er|ed|ing)$"
)
# a word that introduces a person right before the name: "belongs to Tavita, 14yo"
_PERSON_WORD_BEFORE = re.compile(
    r"\b(?i:to|named|pt|patient|baby|kid|boy|girl|son|daughter|meet|"
    r"our|my|little|sweet|brave|"
    # the same in French and German: "petite Awa Ndiaye, 6 ans", "der kleine Jonas (4 Jahre)"
    r"petit|petite|b\u00e9b\u00e9|notre|kleine|kleiner|unser|unsere)\s+$"
)
_CARED_FOR = re.compile(r"\((?:our|my|the) (?:[a-z-]+ ){0,2}(?:pt|patient|resident)s?\b")
# a newborn's name and birth weight: "Nova, 3.2kg", "Rían, 3.8 kg", "Fiachra, 7lb 9oz"
_NAME_WEIGHT = re.compile(
    rf"(?P<name>{_WORD}), (?:[1-6][.,]\d{{1,3}} ?kg|\d{{1,2}} ?lbs? ?\d{{1,2}} ?oz)\b"
)
_BARE_AGE = re.compile(rf", (?:\d|[1-9]\d|1[01]\d)(?:,| {_LOCAL_YEARS})")
_CLINICAL_AGE = re.compile(r"\d\s?(?:yo\b|y/o|y\.o\.|[MF]\b)")
# someone named by their part in an emergency: "driver Ty Garrison", "caller Lupe Garza",
# "RP Judy McCall", "passenger R. Okpik"
_ROLE_NAME = re.compile(
    r"(?=[dDcCrRpPhHsSvVnN])\b(?i:driver|caller|rider|passenger|pedestrian|cyclist|hunter|"
    r"shooter|victim|rp|reporting party|complainant|nok):?\s+(?!(?i:named|called)\b)"
    rf"(?P<name>{_SEQ}|[A-Z]\.\s?{_WORD})"
)
_ROLE_NAME_WORDS = frozenset(
    ["driver", "caller", "rider", "passenger", "pedestrian", "cyclist", "hunter", "shooter",
     "victim", "rp", "reporting", "complainant", "nok"]
)  # fmt: skip
# a person's role or a relative's word before their name, besides the titles of
# _OPENING_TITLES: "Paciente Josefa Candia, 91,", "Rider Kevin Ouma, 23,", "Nonna Assunta"
_ROLE_WORDS = frozenset(
    ["paciente", "rider", "driver", "passenger", "nonna", "nonno", "mamie", "papi"]
)  # fmt: skip
# a full name of three to five words (with the particles names carry) opening a sentence
# with the person's age: "Luz Marina Zapata Restrepo, 63,", "Dawa Lhamu Sherpa, 29F,",
# "João Pedro dos Santos Ferreira, 19,"
_NAME_PARTICLES = (
    "de|del|della|da|das|do|dos|di|du|van|von|der|den|ter|te|bin|binti|bint|al|el|la|le|y|e"
)
_LONG_NAME_AGE = re.compile(
    rf"(?P<name>[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?"
    rf"(?: (?:(?:{_NAME_PARTICLES}) )?[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?){{2,4}}),"
    r" (?:\d|[1-9]\d|1[01]\d)(?:[MF]|yo)?(?=[,;:)]| \()"
)
# (what its matches end on, a word's letter, a comma and an age: found from the comma fast)
_LETTER_COMMA_AGE = re.compile(r", (?<=[^\W\d_], )(?:\d|[1-9]\d|1[01]\d)(?:[MF]|yo)?(?:[,;:)]| \()")
# (the blanks taken whole and a look-ahead on what each branch starts with: a comma or a
# bracket with no age after it fails at once)
_AGE_MARK = re.compile(
    rf"[,(]\s*+(?=[\domt])(?:\d{{1,3}}\s?(?:yo\b|y/o|y\.o\.|[MF]\b|,|\)|{_LOCAL_YEARS})|"
    r"(?<=\()[1-9]0s[,)]|"
    r"(?:our|my|the) (?:[a-z-]+ ){0,2}(?:pt|patient|resident)s?\b|"
    r"(?<=\()\d{1,2} (?:days?|weeks?|wks?|months?|mos?) old\))"
)
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|has|had|came|went|presented|said|says|asked|told|got|gets|needs|wants|"
    r"loves|loved|died|passed|left|returned|underwent|received|developed|walked|rode|"
    r"keeps|kept|wrote|texted|called|arrived|survived|smiled|cried|just|still|finally|"
    r"never|always|hit|hits|fell|falls|crashed|broke|tore|cut|drove|flew|ran|runs|comes|"
    r"brought|showed|stopped|tried|missed|made|gave|took|turned|is back|was back|"
    r"forgot|thought|knew|felt|found|lost|sat|stood|woke|ate|drank|slept|sang|spoke|heard|"
    r"began|caught|bought|paid|sent|spent|won|wore|grew|threw|drew|taught|fought|held|"
    r"led|meant|met|saw|shook|hid|chose|swore|sold|understood|reads|read|writes|"
    r"from(?=\s+[A-Z]))\b"
)
# a sentence-opening first name before a lower-case word: "Henry almost got the wrong chemo"
# (not one that is also a word: "Harm reduction first", "Soon after")
_LOWER_WORD_AFTER = re.compile(r" [a-z]{2,}\b")
# or a sentence of its own: "Lost a pt last night. Bernadette. Retired nurse."
_ALONE_AFTER = re.compile(r"[.!](?:\s|$)")
# a sentence-opening first name with a past-tense verb: "Gustavo coughed all night"
_ED_AFTER = re.compile(r"\s+[a-z]{2,}ed(?<!need)(?<!seed)(?<!speed)(?<!bed)\b")
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our) $")
_SCORE_AFTER = re.compile(
    r"\s+(?:\d|(?:stage|class|grade|type|score|definition|criteria)\b|[IV]{1,4}\b)"
)
_CITATION_AFTER = re.compile(r"\s*(?:et al|\(?(?:19|20)\d\d\b|,\s*(?:19|20)\d\d\b)")
# (a role word's full stop ends its sentence: "Hospice nurse. Walter died" names a patient)
_CLINICIAN = re.compile(
    # (French "Dre" and "Pr": docteure, professeur)
    # (a credential written after a name, with a full stop, ends a sentence: "Hospice MD.
    # Frank died ...")
    rf"(?=[A-Za-z])\b(?:(?:Dr|Drs|Doctor|Prof|Professor|Dra|Dre|Pr)\.?|(?:NP|PA|RN|MD)(?!\.)|"
    rf"(?:Nurse|(?i:intern|"
    rf"resident|fellow|attending|student|colleague|pharmacist|tech|scribe|chief|co-intern|"
    rf"charge nurse|nurse|medic|paramedic|consultant|registrar|hospitalist|surgeon)))\s+"
    rf"(?P<name>{_SEQ}|{_INITIAL})"
)
_NOT_INITIALS = frozenset(
    [
        "U.S.",
        "A.M.",
        "P.M.",
        "E.R.",
        "O.R.",
        "I.V.",
        "D.C.",
        "N.Y.",
        "L.A.",
        "M.D.",
        "D.O.",
        "R.N.",
        "P.A.",
        "N.P.",
        "B.P.",
        "Q.D.",
        "P.O.",
        "P.R.",
        "S.L.",
        "I.M.",
        "S.Q.",
        "U.K.",
        "E.U.",
        "U.N.",
        "B.S.",
        "M.S.",
        "B.A.",
        "M.A.",
        "A.D.",
        "B.C.",
        "E.D.",
        "I.D.",
        "O.D.",
        "O.S.",
        "O.U.",
        "A.S.",
        "A.U.",
        "H.S.",
        "T.B.",
        "G.I.",
        "C.T.",
        "O.T.",
        "P.T.",
        "R.T.",
        "S.T.",
        "V.S.",
        "E.G.",
        "I.E.",
        "N.B.",
        "P.S.",
        "Q.H.",
        "Q.I.",
        "D.D.",
        "D.S.",
        "M.D.S.",
        "B.I.D.",
        "T.I.D.",
        "Q.I.D.",
        "P.R.N.",
        "A.S.A.",
        "N.P.O.",
        "U.S.A.",
    ]
)
_ACRONYMS = frozenset(
    [
        "HH",
        "CT",
        "ED",
        "ER",
        "BP",
        "HR",
        "RR",
        "MI",
        "PE",
        "DVT",
        "UTI",
        "CHF",
        "AKI",
        "CKD",
        "ICU",
        "OR",
        "IV",
        "IM",
        "PO",
        "SL",
        "GI",
        "GU",
        "EP",
        "ENT",
        "CXR",
        "ECG",
        "EKG",
        "MRI",
        "ABG",
        "VBG",
        "CBC",
        "BMP",
        "CMP",
        "LFT",
        "INR",
        "PTT",
        "TSH",
        "AFIB",
        "AF",
        "SOB",
        "CP",
        "HTN",
        "DM",
        "COPD",
        "OSA",
        "CAD",
        "PAD",
        "TIA",
        "CVA",
        "SAH",
        "SDH",
        "GCS",
        "LOC",
        "NPO",
        "DNR",
        "DNI",
        "EMS",
        "HPI",
        "PMH",
        "ROS",
        "NKDA",
        "WBC",
        "HGB",
        "PLT",
        "BUN",
        "CR",
        "NA",
        "ESRD",
        "HD",
        "RA",
        "SLE",
        "MS",
        "ALS",
        "HIV",
        "HCV",
        "HBV",
        "TB",
        "RSV",
        "FLU",
        "OB",
        "NICU",
        "PICU",
        "SNF",
        "LTC",
        "IR",
        "GP",
        "PCP",
        "NP",
        "PA",
        "RN",
        "RT",
        "MD",
        "DO",
        "ID",
        "AMA",
        "OD",
        "HO",
        "PT",
        "OT",
        "ST",
        "SW",
        "CM",
        "US",
        "UK",
        "EU",
        "MRN",
        "DOB",
        "SSN",
        "VS",
        "REF",
        "NAD",
        "AOX",
        "ACS",
        "STEMI",
        "TTE",
        "TEE",
        "IT",
        "QI",
        "HE",
        "WE",
        "II",
        "IV",
        "VI",
        "IX",
        "XI",
        "XV",
        "XX",
        "ME",
        "MY",
        "NO",
        "SO",
        "OK",
        "UP",
        "GO",
        "BE",
        "IN",
        "ON",
        "AT",
        "TO",
        "OF",
        "IS",
        "AM",
        "AN",
        "IF",
        "DL",
        "POA",
        "HCP",
        "PR",
    ]
)
_STOP = frozenset(
    [
        "Apgar",
        "Apgars",
        # what follows "Family" in a department's name: "Family Medicine", "Family Court"
        "Medicine",
        "Practice",
        "Planning",
        "Services",
        "Therapy",
        "Court",
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Your",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "It",
        "I",
        "And",
        "But",
        "Or",
        "So",
        "Then",
        "When",
        "While",
        "After",
        "Before",
        "During",
        "Since",
        "Until",
        "If",
        "As",
        "At",
        "In",
        "On",
        "Of",
        "To",
        "From",
        "By",
        "With",
        "Without",
        "Over",
        "Under",
        "Day",
        "Week",
        "Month",
        "Year",
        "Today",
        "Yesterday",
        "Tonight",
        "Patient",
        "Pt",
        "Case",
        "Hospital",
        "Clinic",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "No",
        "Yes",
        "Not",
        "Never",
        "Always",
        "Also",
        "Just",
        "Only",
        "Please",
        "Thanks",
        "Thank",
        "Great",
        "Good",
        "Bad",
        "New",
        "Old",
        "Young",
        "Baby",
        "Boy",
        "Girl",
        "Man",
        "Woman",
        "Lady",
        "Sir",
        "Hi",
        "Hello",
        "Dear",
        "Happy",
        "Sad",
        "Sorry",
        "Wow",
        "Oh",
        "Ok",
        "Okay",
        "Here",
        "There",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Which",
        "Because",
        "Although",
        "However",
        "Meanwhile",
        "Later",
        "Earlier",
        "Now",
        "Still",
        "Again",
        "Once",
        "Twice",
        "Both",
        "All",
        "Some",
        "Any",
        "Each",
        "Every",
        "Many",
        "Most",
        "More",
        "Less",
        "Few",
        "Several",
        "Another",
        "Other",
        "Such",
        "Same",
        "Very",
        "Mom",
        "Dad",
        "Mother",
        "Father",
        "Sister",
        "Brother",
        "Son",
        "Daughter",
        "Wife",
        "Husband",
        "Family",
        "Aunt",
        "Uncle",
        "Grandma",
        "Grandpa",
        "Twin",
        "Twins",
        "Kid",
        "Kids",
        "Child",
        "Children",
        "Friend",
        "Friends",
        "Nurse",
        "Doctor",
        "English",
        "Spanish",
        "French",
        "German",
        "Chinese",
        "Portuguese",
        "Arabic",
        "Russian",
        "Hindi",
        "Korean",
        "Vietnamese",
        "Japanese",
        "Italian",
        "Polish",
        "Tagalog",
        "Creole",
        "Haitian",
        "Somali",
        "Amharic",
        "Farsi",
        "Christian",
        "Muslim",
        "Jewish",
        "Catholic",
        "Hindu",
        "Buddhist",
        "ASL",
        "Interpreter",
        "Jehovah",
        "Witness",
        "God",
        "Jesus",
        "Lord",
        "Allah",
        "Heaven",
        "Santa",
        # clinical shorthand
        "Dx",
        "Hx",
        "Rx",
        "Tx",
        "Sx",
        "Fx",
        "Px",
        "Bx",
        "Cx",
        "Sz",
        "Abx",
        "Ddx",
    ]
)
_MONTHS_DAYS = CALENDAR_NAMES | HOLIDAY_NAMES
_FOLLOW_CLINICAL = re.compile(
    r"(?:'s|\u2019s)?(?:\s+[a-z][\w-]*)?\s+(?:rules?|criteria|score|classification|scale)\b|"
    r"(?:'s|\u2019s)?\s+(?:disease|syndrome|sign|signs|criteria|score|palsy|sarcoma|lymphoma|"
    r"tumou?r|anomaly|phenomenon|reflex|test|maneuver|manoeuvre|ulcer|esophagus|"
    r"oesophagus|node|triad|pentad|law|rule|classification|scale|block|procedure|"
    r"operation|fracture|type|pattern|wave|waves|catheter|cyst|diverticulum|contracture|"
    r"encephalopathy|thyroiditis|disease's|point|murmur|lines|ring|nodes|dementia|"
    r"chorea|cells?|bodies|body|bundle|space|duct|canal|valve|repair|shunt|index|scores|"
    r"method|technique|incision|flap)\b",
    re.IGNORECASE,
)


# Lexicon first names that are also countries, drugs or ordinary words: a bare one is not
# taken for a name ("travelled to Jordan", "started Allegra", "Soon after...").
_DRUG_NAMES = frozenset(
    ["Lasix", "Haldol", "Ativan", "Keytruda", "Ella", "Potassium", "Sodium", "Calcium",
     "Magnesium", "Coumadin", "Eliquis", "Xarelto", "Keppra", "Tylenol", "Motrin", "Narcan",
     "Zofran", "Benadryl", "Xanax", "Valium", "Ambien", "Lyrica", "Allegra", "Humira", "Ozempic",
     "Wegovy", "Jardiance", "Entresto", "Lipitor", "Zoloft", "Prozac", "Lexapro", "Seroquel",
     "Abilify",
     # more brands that read like names: "said hi to Brilinta, Farxiga and Januvia today"
     "Brilinta", "Farxiga", "Trulicity", "Januvia", "Plavix", "Crestor", "Dupixent", "Opdivo",
     "Revlimid", "Tecentriq", "Imfinzi", "Celestone", "Invokana", "Victoza", "Toujeo",
     "Tresiba", "Levemir", "Novolog", "Humalog", "Synthroid", "Norvasc", "Zestril", "Cozaar",
     "Lovenox", "Heparin", "Kayexalate", "Veklury", "Evusheld", "Beyfortus", "Synagis"]
)  # fmt: skip
_NOT_BARE_NAMES = frozenset(
    [
        "Alberta", "Von",
        *_DRUG_NAMES,  # drugs and electrolytes joked about as people ("Mrs. Sodium")
        "Lilly",
        # device makers, titles and forms of address spelt like names
        "Abbott", "Medtronic", "Biotronik", "Pastor", "Deacon", "Chaplain", "Mate", "Sister",
        "Brother", "Buddy", "Doc", "Honey", "Sweetie", "Sir", "Folks", "Guys", "Bro", "Maman",
        "Mamma", "Pappa",
        # Spanish and Portuguese words spelt like a rare first name: "Essa menina", "Vino de"
        "Essa", "Esse", "Isso", "Vino", "Salud", "Pues", "Bueno", "Gracias", "Hoy", "Ayer",
        "Nada", "Nunca", "Siempre", "Ahora", "Gente",
        "Jordan", "Kenya", "Chad", "Israel", "Georgia", "India", "China", "Jamaica", "Ireland",
        "Cuba", "Peru", "Niger", "Mali", "Sudan", "Chile", "Brazil", "Egypt", "Syria", "Libya",
        "Iran", "Oman", "Yemen", "Tonga", "Samoa", "Fiji", "Haiti", "Guinea", "Ghana", "Panama",
        "Canada", "Mexico", "America", "Africa", "Asia", "Europe", "Austria", "Germany",
        "France", "Italy", "Spain", "Poland", "Russia", "Ukraine", "Sierra", "Leone", "Armenia",
        "Bolivia", "Colombia", "Nigeria", "Somalia", "Tunisia", "Algeria", "Morocco", "Eritrea",
        "Allegra", "Lyrica", "Celexa", "Adderall", "Vyvanse", "Ritalin", "Concerta", "Focalin",
        "Dexedrine", "Xanax", "Valium", "Ambien", "Norco", "Percocet", "Vicodin", "Dilaudid",
        "Narcan", "Suboxone", "Eliquis", "Xarelto", "Lasix", "Ozempic", "Wegovy", "Mounjaro",
        "Humira", "Keytruda", "Tamiflu", "Paxlovid", "Keflex", "Flagyl", "Zofran", "Reglan",
        "Ativan", "Haldol", "Seroquel", "Abilify", "Klonopin", "Lexapro", "Zoloft", "Prozac",
        "Tylenol", "Advil", "Motrin", "Aleve", "Benadryl", "Lantus", "Jardiance", "Entresto",
        "Soon", "Early", "Lately", "Merry", "Major", "Sunny", "Doe", "Nana", "Honey", "Buddy",
        "Sweetie", "Bubba", "Sis", "Babe", "Love", "Cheers", "Thanks",
        # a discharge in Spanish and Portuguese ("Alta no 7º dia", "Alta a domicilio"), and
        # pronouns, articles and titles of those languages opening a sentence ("Ele, 86,",
        # "Una paciente", "Dona de casa")
        "Alta", "Ele", "Ela", "Elle", "Una", "Uno", "Dona", "Numbers", "Neta", "Neto",
        # payers
        "Medicare", "Medicaid", "Medi-Cal", "Aetna", "Cigna", "Humana", "Anthem", "Tricare",
        "Kaiser", "Ambetter", "Centene", "Molina", "Wellcare", "Optum", "Oscar",
        # states (a state is not Safe Harbor geography, and alone it is not taken for a name)
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Delaware",
        "Florida", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
        "Maine", "Maryland", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
        "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming", "Dakota", "Carolina",
    ]
)  # fmt: skip
# Names that stand for no one: "John Doe", and radiology's "Aunt Minnie" (a finding known
# at a glance)
_PLACEHOLDER = re.compile(
    r"\b(?:John|Jane|Baby|Richard|Mary|Johnny|Janie)\s+Doe\b|\b(?i:aunt)\s+Minnie\b"
)
_MICROBES = frozenset(
    [
        "coli", "aureus", "pylori", "diff", "difficile", "pneumoniae", "aeruginosa", "fib",
        "flutter", "epidermidis", "faecalis", "faecium", "influenzae", "gondii", "jirovecii",
        "neoformans", "albicans", "auris", "fumigatus", "typhi", "enterica", "gonorrhoeae",
        "meningitidis", "pyogenes", "agalactiae", "monocytogenes", "burgdorferi", "pallidum",
        "trachomatis", "vulgaris", "marcescens", "cloacae", "baumannii", "tuberculosis",
        "avium", "kansasii", "falciparum", "vivax", "vaginalis", "lamblia", "histolytica",
        "perfringens", "botulinum", "tetani", "anthracis", "cereus", "rickettsii",
    ]
)  # fmt: skip
# What both initials patterns start with: a capital, a dot, a capital ("J. K.", "L. Hav"),
# found from the dot (a literal first character is found fast) with the capital looked behind.
_CAP_DOT = re.compile(r"\.(?<=[A-Z]\.)\s?[A-Z]")
# An initial and a surname in parentheses or after a patient cue: "(L. Haverford)".
# an age's decade before a sex's "M." ("50s M. Allergy clinic"): no Monsieur
_SEX_BEFORE = re.compile(r"\d\w?\s?$")
_AGE_AFTER_NAME = re.compile(
    r",? \(?\d{1,3}(?:\)|,|\.(?!\d)| ?(?:ans|anni|años|anos|jaar|år|Jahre|yo|y/o|[MF])\b)"
    # or a record's number, as a list gives it: "K. Whitehorse, 0447821"
    r"|, #?\d{4,}(?![\d/.-])"
)
# a list's mark before an initial and surname: "3. D. MacNeil washout", "/ - J. Ruiz"
_LIST_MARK_BEFORE = re.compile(r"(?:^|\n|/ )\s*(?:\d{1,2}[.)]\s*|[-\u2022*]\s*)$")
_INITIAL_SURNAME = re.compile(
    # one initial or two ("R.J. Mendez-Holt") before the surname (not a unit's: "60 °C. Scabies")
    r"(?P<name>[A-Z](?<![\w.\u00b0][A-Z])\.(?:[A-Z]\.)?\s?(?:Mc|Mac|O'|D')?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?+)"
    r"(?!\w|\.\w)"
)
# what its matches hold from the first dot on, found from that dot (a literal is found fast):
# an initial with no word character or dot before it, and the surname's start
_INITIAL_SURNAME_AT = re.compile(
    r"\.(?<![\w.\u00b0][A-Z]\.)(?<=[A-Z]\.)(?:[A-Z]\.)?\s?(?:Mc|Mac|O'|D')?[A-Z][a-z]{2}"
)


# after "L." or "R.", a side of the body, not a surname: "L. Side weakness", "R. Knee"
_BODY_SIDES = frozenset(
    ["Side", "Sided", "Lower", "Upper", "Arm", "Leg", "Eye", "Ear", "Hand", "Foot", "Knee",
     "Hip", "Lung", "Chest", "Flank", "Lobe", "Face", "Facial", "Gaze", "Pupil", "Breast",
     "Kidney", "Ovary", "Shoulder", "Wrist", "Ankle", "Elbow", "Heel", "Toe", "Thumb",
     "Temporal", "Frontal", "Parietal", "Occipital", "Hemisphere", "Neck", "Groin", "Calf"]
)  # fmt: skip
# what precedes an initial and surname written as a label: a quote, "Rm 4", "bed 12,"
_INITIAL_BEFORE = re.compile(r"(?:[\"\u201c]|(?:[Rr]m|[Rr]oom|[Bb]ed|#)\s*\d+[,:]?\s)$")
# ... or a word that names someone next: "claims denial for T. Vasquez", "resident M. Ochoa"
_INITIAL_CUE_BEFORE = re.compile(
    r"(?:\b(?:for|re:?|RE:?|pt|Pt|resident|patient|named|called|from|to|with|says|reads|"
    r"labell?ed|other|and|board:)|\w,) $"
)
_CAP_WORD = re.compile(r"[A-Z][\w\u00c0-\u024f'\u2019-]+")

# A name written the way records write it, next to a record cue: "Ana Ruiz, DOB 3/4/51",
# "Ruiz, Ana (MRN ...", "J. Ruiz, 54F", and "MRN 123, \"RUIZ, A\"" (after the cue).
_RECORD_CUE = (
    r"(?:DOB|D\.O\.B|dob|MRN|MR#|MR\s#|born|b\.\s*\d|[Aa]ge\s*:?\s*\d|"
    r"[Rr]m\s*\d|[Bb]ed\s*\d|acct|[Aa]ccount)"
)
_UPPER_NAME = r"[A-Z]{2,}(?:[-'][A-Z]{2,})?"
# the cue is found first, then the name that ends right before it (fast: few cues per text)
_CUE_AT = re.compile(rf"[,;(]\s*(?P<cue>{_RECORD_CUE})")
_NAME_TAIL = re.compile(
    rf"(?<![\w'\u2019@#.-])(?P<name>{_WORD}(?:,\s*{_WORD}|(?:\s+{_WORD}){{1,2}})"
    rf"|[A-Z]\.\s?{_WORD}|{_UPPER_NAME},\s*(?:{_UPPER_NAME}|[A-Z]\b\.?))\s*$"
    # a label in capitals: "ROSA IBARRA, DOB ..."
    rf"|(?<![\w'\u2019@#.-])(?P<caps>[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{1,2}})\s*$"
)
_CAPITAL = re.compile(r"[A-Z]")
_UPPER_QUOTED = re.compile(
    rf"[\"\u201c](?P<upper>{_UPPER_NAME},\s*(?:{_UPPER_NAME}|[A-Z]\b\.?))(?=[\"\u201d])"
)
_UPPER_LABEL = re.compile(
    rf"(?<![\w'\u2019@#.-])(?P<upper>{_UPPER_NAME},\s*{_UPPER_NAME})\s*[/|;,-]?\s*(?:MRN\b|MR#|DOB\b)"
)
# lower-case first names that are mostly words ("will", "mark", "sue"): not a name alone
_NOT_BARE_LOWER = frozenset(
    ["will", "mark", "sue", "bill", "pat", "rich", "may", "june", "april", "art", "joy", "hope",
     "grace", "faith", "rose", "ray", "dawn", "guy", "max", "sam", "jack", "frank", "gene",
     "bob", "don", "dee", "lee", "kay", "ivy", "she", "her", "his", "who", "this", "that"]
)  # fmt: skip
_NOT_IN_NAME = frozenset(["pt", "patient", "name", "dr", "mr", "mrs", "ms", "miss", "baby"])
_PARTICLES = frozenset(
    ["Van", "Von", "Der", "De", "Da", "Di", "Del", "Della", "Bin", "Ben", "Al", "El", "Le", "La",
     "Du", "Dos", "Das", "Ter", "Ten", "Mac", "Ap"]
)  # fmt: skip


_RECORD_WORDS = frozenset(
    ["dob", "d", "mrn", "mr", "born", "b", "age", "rm", "bed", "acct", "account"]
)


def _record_cue_possible(text: str, scan: Scan) -> bool:
    """Whether a record cue can follow a name (a record word), or a label is quoted."""
    # (a known first name with an age is read by the lexicon and age rules)
    return bool(scan.gates & _RECORD_WORDS_BIT) or '"' in text or "\u201c" in text


def _label_name(words: list[str]) -> bool:
    """Capital words that read as a label's name: a first name among them, no acronym."""
    return any(_known(w.title()) for w in words) and not any(
        w in _ACRONYMS or _bad_name(w.title(), strict=False) or w.title() in _MONTHS_DAYS
        for w in words
    )  # (a given name that is also a word stays one on a label: "OKONJO, GRACE")


def _record_names(text: str, tokens: frozenset[str] = _RECORD_WORDS) -> Iterator[Hit]:
    """Names written like a record's, next to a DOB, MRN, age or bed cue."""
    found: list[tuple[str, str, int, str]] = []
    cues = _CUE_AT.finditer(text) if not tokens.isdisjoint(_RECORD_WORDS) else ()
    for at_cue in cues:
        end = at_cue.start()
        if end == 0 or (not text[end - 1].isalpha() and text[end - 1] not in ". "):
            continue  # a name ends right before the cue ("Ana Ruiz, DOB", "J. Ruiz (MRN")
        offset = max(0, end - 48)
        if not _CAPITAL.search(text, offset, end):
            continue
        tail = _NAME_TAIL.search(text[offset:end])
        if tail is None:
            continue
        if tail["caps"] is not None:
            caps = tail["caps"].split()
            if (
                at_cue["cue"][:1].isalpha()
                and any(_known(w.title()) for w in caps)  # a first name among them
                and not any(
                    w in _ACRONYMS or _bad_name(w.title()) or w.title() in _MONTHS_DAYS
                    for w in caps
                )
            ):
                found.append(("upper", tail["caps"], offset + tail.start("caps"), at_cue["cue"]))
            continue
        found.append(("name", tail["name"], offset + tail.start("name"), at_cue["cue"]))
    if '"' in text or "\u201c" in text:
        found += [("upper", m["upper"], m.start("upper"), "") for m in _UPPER_QUOTED.finditer(text)]
    for m in _UPPER_LABEL.finditer(text) if "MR" in text or "DOB" in text else ():
        if _label_name(re.findall(r"[^\s,]+", m["upper"])):  # "HERNANDEZ, LUIS MRN 4471920"
            found.append(("upper", m["upper"], m.start("upper"), ""))
    for group, value, at, cue in found:
        spans = [m.span() for m in re.finditer(r"[^\s,]+", value)]
        words = [value[a:b] for a, b in spans]
        # drop leading cue words and ordinary words ("Pt Ana Ruiz", "Today Ana Ruiz")
        while group == "name" and (
            words[0].lower().rstrip(".") in _NOT_IN_NAME
            or words[0].lower() in _KIN_WORDS
            or (len(words[0]) > 2 and _bad_name(words[0].rstrip("."), strict=False))
        ):
            words.pop(0)
            spans.pop(0)
            if not words:
                break
        if not words or (group == "name" and value.isupper()):
            continue
        if group == "name" and any(
            _bad_name(w) and w not in _PARTICLES for w in words if len(w) > 2
        ):
            continue  # "Acute Angina, 54M": ordinary words, not a name
        if cue[:1].isdigit() or cue.startswith(("A", "a")):  # an age: a known first name leads
            first = words[0].rstrip(".")
            if not (len(first) == 1 or _known(first) or (len(words) > 1 and _known(words[1]))):
                continue
        if any(w in _MONTHS_DAYS or w in _NOT_BARE_NAMES or w in _STOP for w in words):
            continue  # "Dx, Hx, DOB unknown": shorthand, not a name
        yield Hit(at + spans[0][0], at + spans[-1][1], _N, "name.record")


# A full name after a record and "for": "faxed an H&P for Ana Ruiz", "acct # 55 for Li Wei"
# starts with the literal "for" (a leading \b would make the engine try every position)
_FOR_NAME = re.compile(rf"for(?<![\w]for)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})(?![\w'\u2019-])")
_RECORD_BEFORE_FOR = re.compile(
    r"\b(?i:h&p|chart|records?|notes?|rx|prescriptions?|script|orders?|labs|results|referral|"
    r"consult|bill|invoice|claim|acct|account|refills?|paperwork|forms?|letter|summary|sticker|"
    r"wristband|label|request)\b[^.!?\n]{0,24}$"
)
# what only a person does, after a quoted word: "\"Keoni was here\"", "\"Ama wants juice\""
_ACTS = re.compile(
    r"\s+(?:was here|is here|wanted|wants|says|said|loved|loves|asked|told|called|took|takes|"
    r"had|has|died|went|came|got|needs|needed|bled|fell|left|made|gave|brought|lost|kept)\b"
)
_FOR_WORDS = frozenset(
    ["chart", "record", "records", "note", "notes", "rx", "prescription", "prescriptions",
     "script", "order", "orders", "labs", "results", "referral", "consult", "bill", "invoice",
     "claim", "acct", "account", "refill", "refills", "paperwork", "form", "forms", "letter",
     "summary", "sticker", "wristband", "label", "request", "h"]
)  # fmt: skip
# "the wrong Smith": a patient told apart by surname
# (not before a noun: "the wrong Tylenol dose")
_WRONG = re.compile(
    rf"(?=[tT])\b(?i:the (?:wrong|right)) (?P<name>{_WORD})(?![\w'\u2019-]| [A-Z]|"
    rf" (?!for\b|in\b|on\b|and\b|who\b|was\b|got\b|is\b|had\b|with\b|to\b)[a-z])"
)


# endings of English nouns and adjectives, rare in names: "Physical Therapy", "Prior Auth..."
_WORD_END = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ure|ance|ence|ical|ogy|ics|apy|ive|ary|ory|ism|ist|ous|"
    r"able|ible|ful|less|ward|care|ealth|itis|osis|oma|emia|"
    # drug names: "Metoprolol Succinate", "Amoxicillin Clavulanate"
    r"ate|ide|olol|cin|mab|nib|pril|sartan|statin|azole|pam|lam|done|xacin|cillin|mycin|"
    r"parin|tide|vir|zumab|tinib|prazole)$"
)


def _full_name_ok(words: list[str]) -> bool:
    """Words that can make a person's full name (no ordinary, calendar or facility word)."""
    facility = lexicon("facility_words")
    return not any(
        (_bad_name(w) and w not in _PARTICLES and (len(w) > 2 or w in _STOP))
        or w in _NOT_BARE_NAMES
        or w in _MONTHS_DAYS
        or w in facility
        or w in lexicon("eponyms")
        for w in words
    )


# A quoted first name: "\"Ines\" on the whiteboard", "\"Ines wanted to go home.\""
_QUOTED = re.compile(
    rf"[\"\u201c](?P<name>{_WORD})(?=[\"\u201d]|\s+(?:wanted|wants|was|is|says|said|"
    rf"loved|loves|needs|will|would|can|could|has|had|did|does|made|asked|told|called|took|"
    rf"takes|died|went|came|got|needed|bled|fell|left|gave|brought|lost|kept)\b)"
)


def repeated_names(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """Every other occurrence of a word already found as a patient's or relative's name."""
    words: set[str] = set()
    worded: set[str] = set()  # names that are also common words
    seen: set[tuple[str, bool]] = set()  # each word is counted once (a long text, many hits)
    lowered_names: set[str] = set()  # names found in lower case: "kevin" ... "Kevin's"
    for hit in hits:
        if hit.category is not _N or not hit.blocking:
            continue
        found = text[hit.start : hit.end]
        if (
            found.islower()
            and found.isalpha()
            and len(found) >= 3
            and found not in lower_set("common_words")
            and found not in _KIN_WORDS
        ):
            lowered_names.add(found)
        for word in _CAP_WORD.findall(text, hit.start, hit.end):
            if word.endswith(("'s", "\u2019s")):
                word = word[:-2]
            label = word.isupper() and hit.rule == "name.record"
            if label:
                word = word.title()  # "HERNANDEZ, J" on a label, "Hernandez" in the text
            if len(word) < 3 or word in words or (word, label) in seen:
                continue
            seen.add((word, label))
            if text.count(word) < (1 if label else 2):
                continue
            lowered = word.lower()
            if not (
                _bad_name(word, strict=False)
                or lowered in _HONORIFIC_WORDS
                or lowered in _CLINICIAN_WORDS
                or lowered in _KIN_WORDS
            ):
                (worded if _bad_name(word) else words).add(word)
    for word in words:
        for match in re.finditer(rf"(?<![\w'\u2019@#]){re.escape(word)}(?!\w)", text):
            yield Hit(match.start(), match.end(), _N, "name.repeat")
    for word in worded:
        # a name that is also a word ("Joy", "Lane"), again with its capital: inside a
        # sentence, or opening one before what a person does ("Joy came in her dressing gown")
        for match in re.finditer(rf"(?<![\w'\u2019@#]){re.escape(word)}(?!\w)", text):
            end = match.end()
            if not _sentence_start(text, match.start()) or (
                _VERB_AFTER.match(text, end)
                or _ED_AFTER.match(text, end)
                or text.startswith((",", "'s", "\u2019s"), end)
            ):
                yield Hit(match.start(), end, _N, "name.repeat")
    for word in lowered_names:
        pattern = rf"(?<![\w'\u2019@#])(?i:{re.escape(word)})(?!\w)"
        for match in re.finditer(pattern, text) if text.lower().count(word) > 1 else ():
            yield Hit(match.start(), match.end(), _N, "name.repeat")
    yield from _initials_of_names(text, hits)


_INITIALS_TOKEN = re.compile(r"(?<![\w.'\u2019@#-])[A-Z]{2,3}(?![\w'\u2019-]|\.\w)")
_VALUE_AFTER = re.compile(r"\s*[#:]?\s*[A-Z0-9-]*\d|\s+(?:plan|auth|no|number|ID)\b")


def _initials_of_names(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """A found name's initials elsewhere in the post.

    "J.D." ... "JD", "Sean Michael O'Rourke (SMO on the whiteboard)", "DJ (Darius Johnson)".
    """
    if _INITIALS_TOKEN.search(text) is None:
        return  # (most posts: no run of two or three capitals standing alone)
    initials: set[str] = set()
    for hit in hits:
        if hit.category is not _N or not hit.blocking:
            continue
        found = text[hit.start : hit.end]
        parts = [p for p in re.split(r"[\s.]+", found) if p]
        while parts and parts[0].lower() in _OPENING_TITLES:
            parts = parts[1:]  # "Mr. Almeida" gives no "MA"
        if (
            2 <= len(parts) <= 3
            and all(p[:1].isupper() for p in parts)
            and parts[-1].lower() not in lower_set("facility_words")
        ):
            initials.add("".join(p[0] for p in parts))  # "J.D.", "Darius Johnson"
    for match in _INITIALS_TOKEN.finditer(text) if initials else ():
        if (
            match.group() in initials
            and match.group() not in _ACRONYMS
            and _VALUE_AFTER.match(text, match.end()) is None  # "SN RNB418803S": a cue
        ):
            yield Hit(match.start(), match.end(), _N, "name.repeat")


# Names joined in a list with a name found: "Eleni and Nikos", "Luna, Sol and Cielo",
# "Everly (4) and Beckett (6)"; an age in brackets may follow each
_LIST_AGE = r"(?: \((?:\d{1,2}|\d{1,2} ?(?:yo|y|mo|wk|wks|[MF]))\))?"
_LIST_AND = r"(?:,? (?:and|&) )"
_JOINED_AFTER = re.compile(
    rf"{_LIST_AGE}(?:(?P<and>{_LIST_AND})|, )(?P<name>{_WORD})(?P<surname> {_WORD})?"
)
_JOINED_BEFORE = re.compile(rf"(?<![\w'\u2019.@#-])(?P<name>{_WORD}){_LIST_AGE}(?:{_LIST_AND}|, )$")
_LIST_GOES_ON = re.compile(rf"{_LIST_AGE}(?:{_LIST_AND}|, )")
_CLINICIAN_TITLE_BEFORE = re.compile(r"\b(?:Dr|Dra|Drs|Prof|Professor|Nurse|NP|PA|RN)\.? $")


def _joinable(word: str) -> bool:
    """A word that is a name beside a name found: a first name ("Joy" too), or no word."""
    lowered = word.lower()
    if (
        len(word) < 3
        or word in _STOP
        or word in _MONTHS_DAYS
        or word.isupper()
        or lowered in _HONORIFIC_WORDS
        or lowered in _CLINICIAN_WORDS
        or lowered in _KIN_WORDS
    ):
        return False
    return _known(word) or (_name_alone_ok(word) and not _TERM_ENDING.search(word))


# what a list goes on with after a name (_JOINED_AFTER's start) and before one (the end of
# _JOINED_BEFORE's match, whose "$" also matches before a final newline): tested first
_AFTER_NAME_JOINTS = (" (", ", ", " and ", " & ")
_BEFORE_NAME_JOINTS = (", ", " and ", " & ", ", \n", " and \n", " & \n")


def joined_names(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """The other names of a list that holds a name found ("Maddy and Trent", "Sol, Luna")."""
    spans = [(h.start, h.end) for h in hits if h.category is _N and h.blocking]
    taken = set(spans)
    while spans:
        start, end = spans.pop()
        after = _JOINED_AFTER.match(text, end) if text.startswith(_AFTER_NAME_JOINTS, end) else None
        # after a comma alone the list must go on ("Sol, Luna and"): "Ana, Director" is none
        if (
            after
            and _joinable(after["name"])
            and (after["and"] or _LIST_GOES_ON.match(text, after.end("name")))
        ):
            last = after.end("name")
            if after["surname"] and _joinable(after["surname"].strip()):
                last = after.end("surname")
            if (after.start("name"), last) not in taken:
                taken.add((after.start("name"), last))
                spans.append((after.start("name"), last))
                yield Hit(after.start("name"), last, _N, "name.joined")
        before = (
            _JOINED_BEFORE.search(text, max(0, start - 40), start)
            if text.endswith(_BEFORE_NAME_JOINTS, 0, start)
            else None
        )
        if (
            before
            and _joinable(before["name"])
            and not _CLINICIAN_TITLE_BEFORE.search(
                text, max(0, before.start() - 12), before.start()
            )
        ) and (before.start("name"), before.end("name")) not in taken:
            taken.add((before.start("name"), before.end("name")))
            spans.append((before.start("name"), before.end("name")))
            yield Hit(before.start("name"), before.end("name"), _N, "name.joined")


@functools.cache
def _first_names() -> frozenset[str]:
    """First names read wherever a capitalised word stands like one (no English words)."""
    return lexicon("first_names") | lexicon("more_first_names")


@functools.cache
def _lower_first_names() -> frozenset[str]:
    return lower_set("first_names") | lower_set("more_first_names")


@functools.cache
def _known_names() -> frozenset[str]:
    return (
        lexicon("first_names")
        | lexicon("ambiguous_names")
        | lexicon("more_first_names")
        | lexicon("more_word_names")
    )


# a known first name in capitals after a relative's, a title's or a calling word in capitals,
# as a sign, a note or a shouted line in an ordinary post writes it: '"PAPA JOE LIKES COUNTRY
# MUSIC"', '"GRANDMA RUTH 1, HEART ATTACK 0"', '"CALL GLADYS BACK"', "PT DESHAWN WALKER ELOPED"
_CAPITAL_KIN_NAME = re.compile(
    r"\b(?:PAPA|MAMA|GRANDMA|GRANDPA|GRAMMY|NANA|POPS|AUNT|AUNTIE|UNCLE|MRS\.?|MR\.?|MS\.?|"
    r"MISS|PT|CALL|HUSBAND|WIFE|SON|DAUGHTER|BROTHER|SISTER|MOM|DAD|BABY|ABUELA|ABUELO) "
    r"(?P<name>[A-Z]{3,})\b(?![a-z'\u2019])"
)
# ("\b[A-Z]{2,}" written to open on a character class, which the engine skips to in C)
_CAPITAL_RUN_MARK = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]+\.? [A-Z]{3,}\b")


def _capital_kin_possible(text: str) -> bool:
    """Whether an ordinary post holds two capital words in a row (a shouted post is recased)."""
    return _CAPITAL_RUN_MARK.search(text) is not None


# a name right before a phone number, as a note, a header or a contact line writes it:
# 'header reads "ED BOLTON 804-555-0163"', '"Dale 0491 570 156"', '"Bisi - 0706 118 4420"'
_NAME_BEFORE_PHONE = re.compile(
    # (in capitals only with a surname in capitals: "CHI 0712349874" is a number's cue)
    r"(?<![\w'\u2019@#.-])(?:(?P<name>[A-Z][a-z]+)(?: (?P<sur>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|"
    r"[A-Z]\.))?|(?P<capital>[A-Z]{2,}) (?P<capsur>[A-Z]{4,}))[,;]?\s*(?:[-:\u2013]\s*)?"
    r"(?=(?:\+\d{1,3}[ .-]?)?\(?\d{2,5}\)?(?:[ .-]?\d{3,4}){2,3}(?![\d/:.-]))"
)
# what every phone number of _NAME_BEFORE_PHONE's look-ahead holds (the last two digits of its
# first group, all of its second, the first three of its third): its gate, which opens on a
# character class, where the pattern opens on a look-behind the engine tries everywhere
_PHONE_DIGITS = re.compile(r"\d\d\)?[ .-]?\d{3,4}[ .-]?\d{3}")
# a first name opening a quote before a record's number, as a board or a label shows it:
# '"Rosalind 7730215 - chest pain - 2h"'
_QUOTED_NAME_NUMBER = re.compile(r"[\"\u201c](?P<name>[A-Z][a-z]+) (?=\d{6,10}\b)")
# a first name opening a quoted note before a dash and what follows it: '"Hank - Shady Acres
# lot 14 - 555-0124"' (a glove's, a board's or a sticky note's)
_QUOTED_NAME_DASH = re.compile(r"[\"\u201c](?P<name>[A-Z][a-z]+) [-\u2013\u2014] ")
# patients listed by their initials, a line each, before what brought them: "- JT chest pain"
_LISTED_INITIALS = re.compile(
    r"(?:^|\n)[ \t]*(?:[-\u2022*]|\d{1,2}[.)])[ \t]*(?P<name>[A-Z]{2,3})(?= [a-z]{2,})"
)
# a baby's name before its birth: "the baby I posted about is Nova, born 3/22 at ...",
# "Welcome Autumn Rose, born at 23+6"
_NAME_BORN = re.compile(
    r"(?<![\w'\u2019@#.-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? born "
    r"(?=(?:on |at |in )?(?:\d|[A-Z][a-z]|today|tonight|this|last|yesterday|early|late))"
)
# a name opening a sentence with what is theirs after it: "DeShawn's first dialysis", "Chen
# Wei's last chemo was May 5th", "Jae-won's insulin pump"
_OPENING_POSSESSIVE = re.compile(
    # (a line's start or a sentence's, tested after the name's capital, which the engine skips
    # to in C: the string's start, a new line, or a sentence's end and a blank before it)
    r"(?P<name>[A-Z](?:(?<!(?s:..))|(?<=\n.)|(?<=[.!?] .))[a-z]+(?:[A-Z][a-z]+|-[A-Za-z][a-z]+)?"
    r"(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)?)['\u2019]s (?=[a-z])"
)
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![\w.])(?:[A-Z]|Dr|Drs|Dra|Mr|Mrs|Ms|Prof|St|Ste|Sr|Jr|Fr|Rev|Mt|Ft|Sgt|Capt|Col)\. $"
)
# what opens a sentence with a possessive and is no one's name
_NOT_POSSESSORS = frozenset(
    ["Tonight", "Everyone", "Nobody", "Someone", "Anyone", "Pt", "Patient", "Nana", "Papa",
     "Grandpa", "Grandma", "Dad", "Mom", "Mum", "Baby", "Women", "Men", "Children", "Kids",
     "Medicare", "Medicaid", "Harvard", "Hopkins", "Mayo", "Google", "Twitter", "Trump"]
)  # fmt: skip


def _possessive_name_ok(words: list[str]) -> bool:
    """Whether a sentence's opening ``words`` before "'s" are a person's name."""
    if any(
        w in _NOT_POSSESSORS or w in lexicon("eponyms") or w in lexicon("places") or w in _WARDS
        for w in words
    ) or " ".join(words) in lexicon("hospital_names"):
        return False
    first = words[0]
    if len(words) == 1:  # a known first name, or a name's own shape: "DeShawn", "Jae-won"
        if _known(first) and not _bad_name(first):
            return True
        if "-" in first:  # a part of it a known name ("Lily-Mae"), or two short syllables
            head, _, tail = first.partition("-")  # ("Jae-won", "Ji-hoon"; not "Great-grandpa")
            return _known(head) or _known(tail) or (len(head) <= 4 and len(tail) <= 4)
        return (
            first.lower() not in lower_set("common_words")
            and _INNER_CAPITAL.fullmatch(first) is not None
        )
    return (
        (_known(first) or first.lower() not in lower_set("common_words"))
        and not any(_bad_name(w, strict=False) for w in words)
        and words[-1].lower() not in lower_set("common_words")
    )


def _known(word: str) -> bool:
    """A first name from the lexicons, or a hyphenated one made of them ("Mei-Ling")."""
    known = _known_names()
    return word in known or ("-" in word and all(p in known for p in word.split("-")))


def _bad_name(word: str, *, strict: bool = True) -> bool:
    if word in _STOP or word in _MONTHS_DAYS or word.upper() == word:
        return True
    return strict and word.lower() in lower_set("common_words")


# (read on an ASCII window lower-cased: no look-behind, so the window alone decides)
_FOLLOW_CLINICAL_LOW = lowered(_FOLLOW_CLINICAL)


def _clinical_after(text: str, end: int) -> bool:
    window = text[end : end + 30]
    if window.isascii():
        return _FOLLOW_CLINICAL_LOW.match(window.lower()) is not None
    return bool(_FOLLOW_CLINICAL.match(text, end, min(len(text), end + 30)))


_NON_BLANK = re.compile(r"\S+")


def _name_span(match: re.Match[str], text: str) -> tuple[int, int] | None:
    """The cue-picked name, trimmed of trailing words that are not names."""
    start = match.start("name")
    name = match.group("name")
    words = [m.span() for m in _NON_BLANK.finditer(name)]
    if not words:
        return None
    first = name[words[0][0] : words[0][1]].rstrip(".")
    if _bad_name(first, strict=False) and len(first) > 1:
        return None
    if first in lexicon("eponyms") and _clinical_after(text, match.end("name")):
        return None
    while len(words) > 1:
        last = name[words[-1][0] : words[-1][1]]
        if len(last) > 2 and _bad_name(last, strict=False):
            words.pop()
        else:
            break
    return start, start + words[-1][1]


# what family call someone, not a name: "she calls her Nana"
_ENDEARMENTS = frozenset(
    ["Nana", "Nanna", "Granny", "Grandma", "Grandpa", "Mom", "Mama", "Dad", "Papa", "Honey",
     "Sweetie", "Babe", "Sis", "Bro", "Mommy", "Daddy", "Gran", "Pop", "Pops"]
)  # fmt: skip
_LAB_AFTER = re.compile(r"\s*(?:[<>=:~]|\d)")
_PET_BEFORE = re.compile(
    r"\b(?:dog|dogs|cat|cats|puppy|kitten|horse|pony|pet|bird|parrot|fish|goat|cow|hamster|"
    r"car|truck|boat)(?:['\u2019]s)?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_CLOSE_AFTER = re.compile(r"\s*[,)]")


_SPECIALTY_END = re.compile(r"(?:ology|iatry|iatrics|ics|surgery|medicine|nursing)$", re.I)


def _patient_name_ok(match: re.Match[str], text: str) -> bool:
    """A word after a patient cue that is a name, not a lab or the next sentence."""
    if _LAB_AFTER.match(text, match.end("name")):
        # "pt: Cr 0.6", "pt Na 128"; but "Pt Margaret 90": a first name and an age
        first = match.group("name")
        return len(first) > 2 and first in _first_names() and not _bad_name(first)
    sep = match.group("sep") or ""
    if not any(mark in sep for mark in ".,("):
        return True
    first = match.group("name").split()[0].rstrip(".")
    known = first in _known_names() and first.lower() not in lower_set("common_words")
    if "." in sep:  # "my pt. Turned out ...": a new sentence
        return known
    if "(" in sep:  # "pt (Farid Mansour)", "pt (Ines)", not "pt (Afib, CHF)"
        if not known and _SPECIALTY_END.search(first):
            return False  # a post's service: "Senior Resident (Nephrology)"
        return known or " " in match.group("name") or text[match.end("name") :][:1] == ")"
    return known or bool(_CLOSE_AFTER.match(text, match.end("name")))


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'\u201c\u2018(")
    if not before or before.endswith(("...", "\u2026")):
        return True
    return before[-1] in ".!?:\n;\u2014\u2013-\u2022*>"


_DISCOURSE_BEFORE = re.compile(r"(?:So|And|Then|Meet|Also|Now|Finally|Today|Tonight|Update:?) $")


def _opens_sentence(text: str, start: int) -> bool:
    """A sentence's start, or right after a word that opens one ("So Ciarán Gallagher, 19,")."""
    if _sentence_start(text, start):
        return True
    word = _DISCOURSE_BEFORE.search(text, max(0, start - 8), start)
    return word is not None and _sentence_start(text, word.start())


# words that go before a name without being part of it: titles, kin, "Baby", "Little"
_TITLE_WORDS = frozenset(
    ["dr", "drs", "prof", "professor", "nurse", "captain", "cpt", "capt", "coach", "pastor",
     "rev", "reverend", "chief", "judge", "officer", "sgt", "sergeant", "mayor", "senator",
     "president", "chair", "director", "dean", "baby", "little", "big", "young", "old", "sweet",
     "brave", "saint", "st", "pt", "patient", "parents", "contact", "room", "bed", "bay",
     "sir", "lady", "lord", "king", "queen", "prince", "princess", "nana", "papa", "mama",
     "baba", "granny", "gran", "nan", "abuela", "abuelo", "tia", "tio", "grandma", "grandpa"]
)  # fmt: skip
_OPENING_TITLES = _TITLE_WORDS | _HONORIFIC_WORDS
_WORD_BEFORE = re.compile(rf"(?<![\w'\u2019.@#-])(?:{_WORD}) $")
_FIRST_WORD = re.compile(r"[A-Z][\w'\u2019-]*")
_INITIAL_WORD = re.compile(r"[A-Z]\.")
_PLACE_WORDS = frozenset(["county", "parish", "township", "village", "city", "town", "borough"])
# a name's own shape: "DeShawn", "LaToya", "McKenzie"
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def _part_before(text: str, start: int, word: str, *, aged: bool) -> bool:
    """Whether ``word``, right before a name at ``start``, is another part of that name.

    A first name from the lexicons, a word of a name's shape, or any capitalised word that
    is no ordinary word, title, relative, month or place: inside a sentence, or opening one
    before a name given with an age or a hometown (``aged``: "Nguyen Thi Lan, 47").
    """
    low = word.lower()
    if (
        _bad_name(word)
        or word in _NOT_BARE_NAMES
        or low in _KIN_WORDS
        or low.removesuffix("s") in _KIN_WORDS  # "Siblings Everett (5) and ..."
        or low in _HONORIFIC_WORDS
        or low in _TITLE_WORDS
    ):
        return False
    if word in _first_names() or _INNER_CAPITAL.fullmatch(word):
        return True
    return (
        (aged or not _sentence_start(text, start))
        and _name_alone_ok(word)
        and not _TERM_ENDING.search(word)  # "Manager", "Practitioner", "County"
        and low not in _PLACE_WORDS
    )


# the second surname of a Spanish or Portuguese name after its first: "Marisela Peña [Tzul]",
# "Ana Lucía Sandoval [de León]", "Ángel Luis Rivera [Colón]"
_SURNAME_AFTER = re.compile(
    r" (?P<join>(?:de|del|de la|de los|da|do|dos|das|y|e) )?"
    r"(?P<w>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?![\w'\u2019@#-])"
)


_CAPITAL_NEXT = re.compile(r" (?:(?:de|del|y|e) )?[A-ZÀ-ÖØ-Þ]")


def _surnames_after(text: str, hit: Hit) -> Hit:
    """A full name, or a known first name, with a surname after it (``_SURNAME_AFTER``)."""
    end = hit.end
    if text[end : end + 1] != " ":
        return hit  # (most names: no blank after)
    if " " not in text[hit.start : end] and text[hit.start : end] not in lexicon("first_names"):
        return hit  # (a word alone that is no known first name: a surname or a nickname)
    for _ in range(2):
        after = _SURNAME_AFTER.match(text, end)
        if after is None:
            break
        word = after["w"]
        if (
            not _name_alone_ok(word)
            or word.startswith(("I'", "I\u2019"))  # "Amara I'm so proud of you"
            or word.lower() in lower_set("common_words")
            # (the next person of a list: "Ana Ruiz y Pedro"; not after "de": "Ruiz de León")
            or (word in lexicon("first_names") and not (after["join"] or "").startswith("d"))
            or word.lower() in _PLACE_WORDS
            or word in _NOT_SURNAMES  # "Hope Street", "Young Investigator Award"
            or word.lower() in lower_set("facility_words")
        ):
            break
        end = after.end()
    if end == hit.end or _CAPITAL_NEXT.match(text, end):
        return hit  # (a longer run of capitals is a title or a place: "Young Investigator Award")
    return Hit(hit.start, end, hit.category, hit.rule, hit.blocking)


def widen_name(text: str, hit: Hit) -> Hit:
    """A name with the other parts of it before it: "[Nguyen] Thi Lan", "[DeShawn] Mitchell".

    Up to two words before it join it (see ``_part_before``), and up to two surnames after a
    full name (see ``_SURNAME_AFTER``).
    """
    hit = _surnames_after(text, hit)
    start = hit.start
    if text.endswith(("Mohd. ", "Md. ", "Muhd. "), max(0, start - 6), start):
        return Hit(text.rindex("M", 0, start), hit.end, hit.category, hit.rule, hit.blocking)
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return hit  # (most names: nothing like a word right before)
    initial = start - 2  # the first letter of the word before
    while initial > 0 and (text[initial - 1].isalnum() or text[initial - 1] in "'\u2019-"):
        initial -= 1
    if not text[initial].isupper():
        return hit  # (or a lower-case word: "to Maria", "pt Maria")
    first = _FIRST_WORD.match(text, start)
    if first is None or first.group().lower() in _OPENING_TITLES:
        return hit  # "Mr Abernathy": a title opens the name
    aged = hit.rule in ("name.with_age", "name.from_place")
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if before is None or not _part_before(text, before.start(), before.group()[:-1], aged=aged):
            break
        start = before.start()
    if start == hit.start:
        return hit
    return Hit(start, hit.end, hit.category, hit.rule, hit.blocking)


_ADDRESS = re.compile(r"(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_LOCAL_RUN = re.compile(r"[\w.+-]*")


def _addresses(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ADDRESS.finditer(text)``, found from each "@" (a fast scan).

    The pattern, tried at every word character, reads the rest of each word before it fails;
    a match's local part is the run of its characters right before its one "@", from that
    run's start (or from the previous match's end), so it is tried there alone.
    """
    taken = 0  # (the end of the last match: matches do not overlap)
    at = text.find("@")
    while at != -1:
        # (the run before the "@", read backwards on the reversed text)
        run = _LOCAL_RUN.match(text[taken:at][::-1])
        start = at - run.end() if run is not None else at
        found = _ADDRESS.match(text, start) if start < at else None
        if found is not None:
            taken = found.end()
            yield found
        at = text.find("@", at + 1)


_LONG_WORD = re.compile(r"(?<![\w@.+-])[^\W\d_]{4,}(?![\w@-]|\.\w)")


def _names_in_addresses(text: str) -> Iterator[Hit]:
    """A name that an email address spells: "femi.ola@... Femi said", "... thanks Dolores".

    A sender's address often holds their name; the same name elsewhere in the post names
    them: a word that is one of the parts of the address's local part (in lower case, a
    first name of the lexicons: "sheila.vandam@... diarrhea, sheila"), or a first name of
    the lexicons inside it.
    """
    locals_ = [m["local"].lower() for m in _addresses(text)]
    if not locals_:
        return
    parts = {part for local in locals_ for part in re.split(r"[\W\d_]+", local)}
    for match in _LONG_WORD.finditer(text):
        word = match.group()
        low, name = word.lower(), word.capitalize()
        if low in parts:  # "Femi" after "femi.ola@...", "sheila" after "sheila.vandam@..."
            spelt = word[0].isupper() or name in _first_names()
        else:  # "thanks Dolores" after "tdolores.cg@..."
            spelt = _known(name) and any(low in local for local in locals_)
        if spelt and _name_alone_ok(name) and name not in _NOT_BARE_NAMES:
            yield Hit(match.start(), match.end(), _N, "name.in_address")


def find_names(text: str, scan: Scan) -> Iterator[Hit]:
    """Names of the patient and relatives, in a patient story (initials with an age anywhere)."""
    if not scan.patient:  # "the case of S.K., 44F" at grand rounds is still a patient
        return _aged_initials(text) if "." in text and _CAP_DOT.search(text) else iter(())
    hits = _find_names(text, scan)
    placeholder = "Doe" in text or "Minnie" in text
    return _drop_placeholders(text, hits) if placeholder else hits


_AGED_INITIALS = re.compile(
    r"(?P<name>[A-Z](?<![\w.][A-Z])\.\s?[A-Z]\.(?:\s?[A-Z]\.)?),?\s*\(?\d{1,3}\s?(?:[MF]|yo|y/o)\b"
)


def _aged_initials(text: str) -> Iterator[Hit]:
    for match in _AGED_INITIALS.finditer(text):
        if match["name"].replace(" ", "") not in _NOT_INITIALS:
            yield Hit(match.start("name"), match.end("name"), _N, "name.initials")


def _drop_placeholders(text: str, hits: Iterator[Hit]) -> Iterator[Hit]:
    """``hits`` without the ones inside a placeholder name ("John Doe", "Jane Doe")."""
    placeholders = [m.span() for m in _PLACEHOLDER.finditer(text)]
    for hit in hits:
        if not any(s <= hit.start and hit.end <= e for s, e in placeholders):
            yield hit


def _find_names(text: str, scan: Scan) -> Iterator[Hit]:
    """Names found by every cue (the work of :func:`find_names`)."""
    clinicians: list[tuple[int, int]] = []
    clinician = scan.gates & _CLINICIAN_WORDS_BIT
    for match in _CLINICIAN.finditer(text) if clinician else ():
        clinicians.append((match.start("name"), match.end("name")))
        yield Hit(match.start("name"), match.end("name"), _N, "name.clinician", blocking=False)
    # (most texts name no clinician: no comprehension to run)
    clinician_starts = {start for start, _ in clinicians} if clinicians else set()
    doctor_patient = "pt" in scan.words or "patient" in scan.words or "retired" in scan.words
    if clinicians and (doctor_patient or scan.longest_number >= 2):
        for match in _DOCTOR_PATIENT.finditer(text):  # a doctor who is the patient
            group = match.lastgroup or "other"
            yield Hit(match.start(group), match.end(group), _N, "name.patient")
    for match in _CAPITAL_KIN_NAME.finditer(text) if _capital_kin_possible(text) else ():
        first = match["name"].capitalize()
        if first in _first_names() and first.lower() not in lower_set("common_words"):
            # (the first name alone: a word in capitals after it may be a word, "CALL GLADYS
            # BACK"; the repeat of the name finds it elsewhere)
            yield Hit(match.start("name"), match.end("name"), _N, "name.kin")
    phone = scan.longest_number >= 3 and _PHONE_DIGITS.search(text) is not None
    for match in _NAME_BEFORE_PHONE.finditer(text) if phone else ():
        capital = match["capital"] is not None
        first = (match["capital"] if capital else match["name"]).capitalize()
        if _known(first) and first not in _MONTHS_DAYS and first not in _NOT_BARE_NAMES:
            start = match.start("capital" if capital else "name")
            end = match.end("capsur" if capital else "sur" if match["sur"] else "name")
            yield Hit(start, end, _N, "name.contact")
    quoted_number = scan.longest_number >= 6 and ('"' in text or "\u201c" in text)
    for match in _QUOTED_NAME_NUMBER.finditer(text) if quoted_number else ():
        if _known(match["name"]) and match["name"] not in _MONTHS_DAYS:
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    quoted_dash = ('"' in text or "\u201c" in text) and _QUOTED_NAME_DASH.search(text)
    for match in _QUOTED_NAME_DASH.finditer(text) if quoted_dash else ():
        name = match["name"]
        if _known(name) and name not in _MONTHS_DAYS and not _bad_name(name, strict=False):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    listed = [m for m in _LISTED_INITIALS.finditer(text)] if "\n" in text else []
    if len(listed) >= 2:  # (a list of them: one line alone may open with an acronym)
        for match in listed:
            if match["name"] not in _NOT_INITIALS and match["name"] not in _ACRONYMS:
                yield Hit(match.start("name"), match.end("name"), _N, "name.initials")
    for match in _NAME_BORN.finditer(text) if " born " in text else ():
        words = match["name"].split()
        if (
            _known(words[0])
            and not _bad_name(words[0], strict=False)
            and not any(w in lexicon("places") or w in _MONTHS_DAYS for w in words)
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.born")
    for match in _OPENING_POSSESSIVE.finditer(text) if "'s " in text or "\u2019s " in text else ():
        start = match.start("name")
        if _possessive_name_ok(match["name"].split()) and not _ABBREVIATION_BEFORE.search(
            text, max(0, start - 6), start
        ):  # ("Dr. Adeyemi's talk", "St. Luke's": a title's dot, no sentence's end)
            yield Hit(start, match.end("name"), _N, "name.possessive")
    kin = scan.gates & _KIN_WORDS_BIT or "little one" in scan.low
    patient_cue = scan.gates & _PATIENT_WORDS_BIT
    for regex, rule, pos in (
        (_HONORIFIC if scan.gates & _HONORIFIC_WORDS_BIT else None, "name.honorific", 0),
        (_PATIENT_CUE, "name.patient", _first_cue(scan.low)) if patient_cue else (None, "", 0),
        (None, "name.kin", 0),
        (_CALLED if _called_possible(scan) else None, "name.called", 0),
        (
            _CALLED_ROMANCE if scan.gates & _CALLED_ROMANCE_WORDS_BIT else None,
            "name.called",
            0,
        ),
    ):
        for match in regex.finditer(text, pos) if regex is not None else ():
            groups = match.groupdict()
            if groups.get("low") is not None:
                possessed = text.startswith(("'s", "\u2019s"), match.end("low"))
                if (
                    match["dot"] or match["hon"] == "mrs" or possessed
                ):  # "mr" alone may start a word
                    yield Hit(match.start("low"), match.end("low"), _N, rule)
                continue
            if groups.get("name2") is not None:  # "mr Orvald Tisch": a lower-case honorific
                first = match["name2"].split()[0]
                if not _bad_name(first, strict=False) and first not in _NOT_BARE_NAMES:
                    yield Hit(match.start(), match.end("name2"), _N, rule)
                continue
            lowname = groups.get("lowname")
            if lowname is not None:
                if lowname.capitalize() in lexicon("first_names"):
                    yield Hit(match.start("lowname"), match.end("lowname"), _N, rule)
                continue
            name = match.group("name")
            if rule in ("name.honorific", "name.called") and name.split()[0] in _DRUG_NAMES:
                continue  # "Mrs. Sodium", 'called "Keytruda" a nice lady': a drug
            if rule == "name.kin" and not name[:1].isupper():
                continue
            if rule == "name.patient" and not _patient_name_ok(match, text):
                continue
            if rule == "name.called" and (
                _PET_BEFORE.search(text, 0, match.start()) or name.split()[0] in _ENDEARMENTS
            ):
                continue  # "a dog named Biscuit", "she calls her Nana": no one identified
            if rule == "name.patient" and _INITIALS.fullmatch(name):
                yield Hit(match.start("name"), match.end("name"), _N, rule)
                continue
            if rule == "name.patient" and name.isupper() and name.replace(".", "") in _ACRONYMS:
                continue
            span = _name_span(match, text)
            if (
                span is not None
                and rule == "name.honorific"
                and text.startswith(_TITLED_COUNTRIES, match.start())
            ):
                continue  # "Sri Lanka", "Sri Lankan": a country opening on a title's word
            if span is not None and span[0] not in clinician_starts:
                # an honorific belongs to the name: "Mrs. Jones" redacts to "[NAME]"
                start = match.start() if rule == "name.honorific" else span[0]
                yield Hit(start, span[1], _N, rule)
                second = groups.get("second")
                if second and not _bad_name(second, strict=False):
                    yield Hit(match.start("second"), match.end("second"), _N, rule)
    for match in _LOCAL_TITLE.finditer(text) if scan.gates & _LOCAL_TITLE_BIT else ():
        group = "name" if match["name"] is not None else "before"
        if match[group].split()[-1] not in _DRUG_NAMES:  # "Frau Metformin": no one
            start = match.start() if group == "name" else match.start(group)
            yield Hit(start, match.end(group), _N, "name.honorific")
    owned_kin = scan.gates & _TITLE_KIN_BIT or (
        scan.gates & _SINGLE_KIN_BIT and scan.gates & _OWNERS_BIT
    )
    yield from _lower_kin_names(text, scan) if owned_kin else ()
    opened = text[:1].islower() or "\n" in text
    addressed = bool(scan.gates & _ADDRESS_WORDS_BIT)
    if opened or addressed:
        yield from _lower_opened_or_addressed(text, opened=opened, addressed=addressed)
    for match in _kin_names(text, scan) if kin else ():
        name, second = match.group("name"), match.group("second")
        if not name[:1].isupper() or name in lexicon("eponyms"):
            continue  # "9yo child, Lyme": a disease named after a place or person
        if name in COUNTRIES and not (_known(name) and _VERB_AFTER.match(text, match.end("name"))):
            continue  # "her son, Jordan" the country ... but "partner Jordan brought ..."
        if match.group(0).startswith(("'s", "\u2019s")) and (
            not _known(name.split()[0]) or name.split()[0] in _NOT_BARE_NAMES
        ):
            continue  # "his dad's Adderall", "mom's Honda": what a relative owns
        span = _name_span(match, text)
        if span is not None and text[span[1] : span[1] + 1].isupper():
            # "Grandkid FaceTime", "Hope FaceTimed": a product's name, a capital inside
            cut = text.rfind(" ", span[0], span[1])
            span = (span[0], cut) if cut > span[0] else None
        if span is not None and text[span[0] : span[1]] in LANGUAGES:
            span = None  # "Interpreter: Dari": the language, not a person
        if span is not None and span[0] not in clinician_starts:
            yield Hit(span[0], span[1], _N, "name.kin")
            if second and not _bad_name(second, strict=False):
                yield Hit(match.start("second"), match.end("second"), _N, "name.kin")
    initials = "." in text and _CAP_DOT.search(text) is not None
    two_initials = initials and _TWO_INITIALS.search(text) is not None
    for match in _INITIALS.finditer(text) if two_initials else ():
        if match["name"].replace(" ", "") not in _NOT_INITIALS:
            yield Hit(match.start(), match.end(), _N, "name.initials")
    surname_initials = initials and _INITIAL_SURNAME_AT.search(text) is not None
    for match in _INITIAL_SURNAME.finditer(text) if surname_initials else ():
        surname = match["name"][2:].strip()
        if (
            surname.lower() in _MICROBES
            or _bad_name(surname)
            or (match["name"][0] in "LR" and surname in _BODY_SIDES)
            or surname in _NOT_BARE_NAMES
            or match.start() in clinician_starts
            or _clinical_after(text, match.end())
            or text[max(0, match.start() - 4) : match.start()].rstrip().endswith(("Dr.", "Dr"))
            or not (
                text[max(0, match.start() - 2) : match.start()].rstrip().endswith(("(", "["))
                or _VERB_AFTER.match(text, match.end())
                or _INITIAL_BEFORE.search(text, max(0, match.start() - 8), match.start())
                or _INITIAL_CUE_BEFORE.search(text, max(0, match.start() - 10), match.start())
                or _LIST_MARK_BEFORE.search(text, max(0, match.start() - 8), match.start())
                or text.startswith(("'s ", "\u2019s "), match.end())
                # an age after it ("J. Whitfield, 58,"), or French "M." (Monsieur): "M. Benali"
                or _AGE_AFTER_NAME.match(text, match.end())
                or (
                    match["name"].startswith("M. ")
                    and not _SEX_BEFORE.search(text, max(0, match.start() - 6), match.start())
                )
            )
        ):
            continue
        yield Hit(match.start(), match.end(), _N, "name.initials")
    first_names = _first_names()
    eponyms = lexicon("eponyms")
    for match in _ROLE_NAME.finditer(text) if scan.gates & _ROLE_NAME_WORDS_BIT else ():
        span = _name_span(match, text)  # "driver Ty Garrison", "CALLER LUPE GARZA"
        if span is None or match["name"].split()[0] in _NOT_BARE_NAMES:
            continue
        start, end = span
        kept = text[start:end].split()
        while kept and _TERM_ENDING.search(kept[-1].title()) and not _known(kept[-1].title()):
            kept.pop()  # "K. ANDERSON HYPOTHERMIC", "Hunter Education"
        if kept and not (len(kept) == 1 and len(kept[0]) == 2 and kept[0].endswith(".")):
            yield Hit(start, start + len(" ".join(kept)), _N, "name.patient")
    weighed = ("kg" in text or "lb" in text) and _NAME_WEIGHT.search(text) is not None
    for match in _NAME_WEIGHT.finditer(text) if weighed else ():
        # "Nova, 3.2kg.", "Rían, 3.8kg, at ...": a newborn by their birth weight (an unknown
        # word of plain English letters may be any word: "Total, 3.4kg")
        name = match["name"]
        if _opens_sentence(text, match.start("name")) and (
            _known(name) or (not name.isascii() and _name_alone_ok(name))
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.with_age")
    aged = _AGE_MARK.search(text) is not None
    long_aged = aged and _LETTER_COMMA_AGE.search(text) is not None
    for match in _LONG_NAME_AGE.finditer(text) if long_aged else ():
        parts = [w for w in match["name"].split() if w[:1].isupper()]
        start = match.start("name")
        while len(parts) > 2 and (
            parts[0].lower() in _OPENING_TITLES or parts[0].lower() in _ROLE_WORDS
        ):
            start = text.index(parts[1], start + len(parts[0]))  # "Pani Ewa Nowak": a title
            parts = parts[1:]
        unknown = [w for w in parts if not _known(w)]
        if (
            _opens_sentence(text, match.start())
            and match["name"] not in lexicon("places")
            and not any(_bad_name(w) or w in eponyms or w in STATE_NAMES for w in unknown)
            # (two words ending as terms do: "Mean Arterial Pressure Goal, 65,")
            and sum(1 for w in unknown if _TERM_ENDING.search(w)) < 2
        ):
            yield Hit(start, match.end("name"), _N, "name.with_age")
    for match in _WITH_AGE.finditer(text) if aged else ():
        name, surname = match["name"], match["surname"]
        if (
            _known(name)
            and name not in eponyms
            and name not in _NOT_BARE_NAMES
            and name.lower() not in _KIN_WORDS  # "Amma, 78": a mother, no name
            and name.lower() not in _PEOPLE_WORDS  # "Man, 45,": a man
        ):
            # "Kwame Asante-Boateng, 90,": the surname goes with a known first name, even
            # one an eponym is named after ("Harold Beck, 97,", "Edna Graves, 91,")
            with_surname = surname is not None and not _bad_name(surname)
            end = match.end("surname") if with_surname else match.end("name")
            yield Hit(match.start("name"), end, _N, "name.with_age")
        elif surname is not None:
            # "Ngozi Adaeze (78F)": a first name of any origin before a known one;
            # "Dad is Venkat Iyer, 92,": two words of any origin after a relative's "is"
            # (not two unknown words before a clinical age alone: "Chronic Cough (60F)")
            kin_is = _KIN_IS.search(text, max(0, match.start() - 16), match.start())
            # "Rajesh Venkataraman, 72, from ...": two words of any origin opening a sentence
            # with a bare age
            opening = _opens_sentence(text, match.start()) and _BARE_AGE.fullmatch(
                match.group(), match.end("surname") - match.start()
            )
            if (
                (
                    _known(surname)
                    or (kin_is and _name_alone_ok(surname))
                    or (opening and _name_alone_ok(surname))
                )
                and _name_alone_ok(name)
                and not _TERM_ENDING.search(name)
            ):
                yield Hit(match.start("name"), match.end("surname"), _N, "name.with_age")
            continue
        elif (
            # "Seo-yeon (our pt, 31)": a person the writer cares for, by a name of any origin
            _CARED_FOR.search(match.group())
            or (
                _CLINICAL_AGE.search(match.group())
                and _PERSON_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
            )
            # a relative's name and age: "Mom is Ifeoma, 91,"
            or _KIN_IS.search(text, max(0, match.start() - 16), match.start())
            # a sentence opening on a person and their age: "Nkechi, 27, 3rd trimester"
            or (
                (_BARE_AGE.fullmatch(match.group(), len(name)) or match.group().endswith("old)"))
                and _sentence_start(text, match.start())
            )
            # or a clinical age and what they did: "Kovalenko, 49F, came in"
            or (
                _CLINICAL_AGE.search(match.group())
                and _sentence_start(text, match.start())
                and _VERB_AFTER.match(text, match.end() + text.startswith(",", match.end()))
            )
        ) and (_name_alone_ok(name) and not _TERM_ENDING.search(name)):
            # a name of any origin before a clinical age: "Tavita, 14yo", "Ikaika (16M)"
            yield Hit(match.start("name"), match.end("name"), _N, "name.with_age")
    from_place = " from " in text and _FROM_PLACE.search(text) is not None
    for match in _NAME_FROM.finditer(text) if from_place else ():
        if match.start() in clinician_starts or not _sentence_start(text, match.start()):
            continue
        name, surname = match["name"], match["surname"]
        if surname is None:  # one word: a first name, or any name with an age after the place
            ok = (name in first_names and not _bad_name(name)) or (
                _name_alone_ok(name)
                and not _TERM_ENDING.search(name)
                and not name.endswith("s")  # "Doctors from Haiti came": people in general
                and _PLACE_THEN_AGE.match(text, match.end() - 1) is not None
            )
        else:
            ok = all(_name_alone_ok(w) and not _TERM_ENDING.search(w) for w in (name, surname))
        if ok and name not in _NOT_BARE_NAMES:
            end = match.end("name") if surname is None else match.end("surname")
            yield Hit(match.start("name"), end, _N, "name.from_place")
    # (its age ends "M, ", "F, ", "yo", "y/o" or "old" and a blank)
    aged = scan.longest_number >= 1 and (
        "M, " in text
        or "F, " in text
        or "yo " in text
        or "yo, " in text
        or "y/o" in text
        or "old " in text
    )
    aged = aged and _AGE_END_NAME.search(text) is not None
    for match in _AGE_THEN_NAME.finditer(text) if aged else ():
        name = match["name"]
        known = name in first_names or _known(name)
        # "11yo Marwan, blast injury": a name of any origin right after a child's age
        alone = (
            "," not in text[match.start() : match.start("name")]  # (not "36F, Marshallese,")
            and text.startswith(", ", match.end())
            and _name_alone_ok(name)
        )
        if (known or alone) and not _bad_name(name) and name not in STATE_NAMES:
            yield Hit(match.start("name"), match.end("name"), _N, "name.with_age")
    of_kin_words = scan.gates & _OF_KIN_WORDS_BIT
    of_kin = (
        *(_OF_KIN.finditer(text) if "/O" in text or (" of " in text and of_kin_words) else ()),
        *(_BEFORE_OF_KIN.finditer(text) if "/O" in text else ()),
    )
    for match in of_kin:
        group = match.lastgroup or "name"
        first = match[group].split()[0]
        if _name_alone_ok(first) and not _TERM_ENDING.search(first):
            yield Hit(match.start(group), match.end(group), _N, "name.kin")
    pregnant = ("/40" in text or ", G" in text or "wk" in text or "week" in text) and (
        _PREGNANCY.search(text) is not None
    )
    for match in _PREGNANT_NAME.finditer(text) if pregnant else ():
        name, surname = match["name"], match["surname"]
        two_names = surname is not None and all(
            _name_alone_ok(w) and not _TERM_ENDING.search(w) for w in (name, surname)
        )  # "Sita Tamang, G2": two words of any origin
        if two_names or (surname is None and _known(name) and not _bad_name(name)):
            end = match.end("surname") if two_names else match.end("name")
            yield Hit(match.start("name"), end, _N, "name.with_age")
    for match in _BABY_LETTER.finditer(text) if "Baby " in text else ():
        if _name_alone_ok(match["name"]) or _known(match["name"]):
            yield Hit(match.start("name"), match.end("name"), _N, "name.baby")
    nick_full = " (" in text and _FULL_IN_BRACKETS.search(text) is not None
    for match in _NICK_THEN_FULL.finditer(text) if nick_full else ():
        full = match["full"].split()
        if match["nick"].isupper():
            continue  # "PPM (Abbott Assurity)": a device's maker and model
        if _known(full[0]) and not any(_bad_name(w) for w in full):
            yield Hit(match.start("full"), match.end("full"), _N, "name.called")
            if not _bad_name(match["nick"], strict=False):
                yield Hit(match.start("nick"), match.end("nick"), _N, "name.called")
    for match in _TITLED_AFTER.finditer(text) if scan.gates & _TITLED_AFTER_WORDS_BIT else ():
        if _name_alone_ok(match["name"]):
            yield Hit(match.start("name"), match.end("name"), _N, "name.honorific")
    for match in _LABEL_NAME.finditer(text) if scan.gates & _LABEL_WORDS_BIT else ():
        parts = [w.strip(",") for w in match["name"].split()]
        saved_as = text[max(0, match.start("name") - 5) : match.start("name")] in _AS_QUOTE
        if match["name"].isupper() and (len(parts) < 2 or saved_as):
            # "tube says EDTA": a capitalised word alone is no label's name; 'saved as "DON'T
            # ANSWER"': capitals saved as a contact's name are a warning
            continue
        if not any(_bad_name(w.title() if w.isupper() else w) for w in parts):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    for match in _CARET_NAME.finditer(text) if "^" in text else ():
        yield Hit(match.start(), match.end(), _N, "name.record")  # "ROWE^CALVIN" (HL7, DICOM)
    recorded = ", " in text and (
        '"' in text or "\u201c" in text or scan.gates & _RECORD_FIELD_WORDS_BIT
    )
    # (every match holds capitals before a comma and a capital)
    recorded = recorded and CAPS_COMMA.search(text) is not None
    for match in (
        _CAPS_SURNAME_INITIAL.finditer(text) if _caps_surname_initial_possible(text) else ()
    ):
        surname = match["name"][:-2]
        if (
            len(surname) >= 4
            and surname.lower() not in lower_set("common_words")
            and surname not in _RECORD_NOT_NAMES
        ):
            yield Hit(match.start(), match.end(), _N, "name.record")
    for match in _RECORD_CAPS.finditer(text) if recorded else ():
        surname, given = match["s"], match["g"]
        if (
            len(surname) >= 4
            # (a surname that is also a word, "FOSTER, DEREK", beside a known first name)
            and (
                surname.lower() not in lower_set("common_words")
                or (len(given) > 2 and _known(given.capitalize()))
            )
            and surname not in _RECORD_NOT_NAMES
            and (len(given) == 1 or _known(given.capitalize()))
            and not text.isupper()
            and _RECORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):  # 'bed 6 "SOTO, R CP r/o ACS"', "Subscriber NGUYEN, KIM": a record's name
            yield Hit(match.start(), match.end(), _N, "name.record")
    for match in (
        _LISTED_NAME.finditer(text)
        if ", " in text and ('"' in text or "/ " in text or "\u201c" in text)
        else ()
    ):
        if _known(match["g"].capitalize()) or len(match["g"].rstrip(".")) == 1:
            yield Hit(match.start("s"), match.end("g"), _N, "name.record")
    for match in _CONTACT_NAME.finditer(text) if "contact" in scan.low else ():
        if _name_alone_ok(match["name"]):  # (a nickname too: "Boomer")
            yield Hit(match.start("name"), match.end("name"), _N, "name.contact")
    if "@" in text:
        yield from _names_in_addresses(text)
    names_here = scan.gates & _LOWER_FIRST_NAMES_BIT
    for match in _TITLE_WORD.finditer(text) if names_here else ():
        word = match["name"]
        if word not in first_names or _bad_name(word) or match.start() in clinician_starts:
            continue
        if (
            word in _NOT_BARE_NAMES
            or word in _WARDS
            or text[max(0, match.start() - 7) : match.start()].endswith(_PLACE_LEADS)
            # (French names take no article: "dans le Douglas" is the pouch of Douglas)
            or text[max(0, match.start() - 4) : match.start()].endswith((" le ", " du "))
        ):
            continue  # "North Carolina", "West Virginia", "New Jersey", "Puerto Rico"
        end = match.end("rest")
        rest = match["rest"].split()
        initial = bool(rest) and _INITIAL_WORD.fullmatch(rest[0]) is not None
        # after a first name, a common word is a surname ("Anita Moss"), unless it stops a
        # name ("Maria Sunday"), names a site or is an eponym ("Robert Graves" of history)
        if (
            rest
            and not initial
            and (
                _bad_name(rest[0].rstrip("."), strict=False)
                or rest[0].lower() in lower_set("facility_words")
                or rest[0] in eponyms
            )
            and rest[0] not in _word_names()  # a double first name: "Lonnie Ray", "Sue Ellen"
        ):
            end = match.end("name")
            rest = []
        if _clinical_after(text, end) or (word in eponyms and not rest):
            continue
        if _SCORE_AFTER.match(text, end):
            continue  # "Rutherford 4", "Braden 12", "Hurley stage III": a score
        if text.startswith("-", end) and text[end + 1 : end + 2].isupper():
            continue  # "Dara-VRd": a regimen's drug, no one
        if not rest and _OWNED_BEFORE.search(text, max(0, match.start() - 7), match.start()):
            continue  # "living in her Sienna", "his Jordans": a thing someone owns
        if _sentence_start(text, match.start()) and not rest:
            after = text[end : end + 3]
            if (
                not after.startswith((",", " (", "'s", "\u2019s", " &"))  # "Lorraine & her wife"
                and not _VERB_AFTER.match(text, end)
                and not _ED_AFTER.match(text, end)
                and not (after == " in" and _IN_NUMBER_AFTER.match(text, end))
                and not _and_name_after(text, end)  # "Ethel and Bud were married 71 years"
                and not (
                    (_LOWER_WORD_AFTER.match(text, end) or _ALONE_AFTER.match(text, end))
                    and word not in lexicon("first_name_words")
                    and word not in _FUNCTION_NAMES
                )
            ):
                continue
        if _CITATION_AFTER.match(text, end):
            continue
        yield Hit(match.start(), end, _N, "name.lexicon")
    yield from _bare_names(text, scan, clinician_starts)
    for hit in _position_names(text, scan):
        if hit.start not in clinician_starts:
            yield hit
    # (the cues hold the text's record words: the set is registered, see _RECORD_WORDS_BIT)
    for hit in _record_names(text, scan.cues) if _record_cue_possible(text, scan) else ():
        if hit.start not in clinician_starts:
            yield hit
    for match in _FOR_NAME.finditer(text) if scan.gates & _FOR_WORDS_BIT else ():
        full = match["name"].split()
        if (
            _full_name_ok(full)
            and (any(_known(w) for w in full) or not any(_WORD_END.search(w) for w in full))
            and match.start("name") not in clinician_starts
            and _RECORD_BEFORE_FOR.search(text, max(0, match.start() - 40), match.start())
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    wrong = "the wrong " in scan.low or "the right " in scan.low
    for match in _WRONG.finditer(text) if wrong else ():
        word = match["name"]
        if (
            _full_name_ok([word])
            and word not in lexicon("places")
            and word not in _WARDS
            and not _SERVICE_END.search(word)
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    for match in _QUOTED.finditer(text) if '"' in text or "\u201c" in text else ():
        word = match["name"]
        said = text[match.end() : match.end() + 1] not in ('"', "\u201d")  # "Sol wanted ..."
        if word in lexicon("eponyms"):
            continue  # "\"Addison\" sounds like a name": the disease
        if (
            said
            and _ACTS.match(text, match.end())
            and _bare_ok(word, _known_names())
            and word not in _MONTHS_DAYS
            and not _WORD_END.search(word)
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.quoted")
            continue  # "\"Keoni was here\"": a word that acts, in quotes, is a name
        if (
            _known(word)
            and not _bad_name(word, strict=not said)
            and word not in _NOT_BARE_NAMES
            and word not in _WARDS
            and match.start("name") not in clinician_starts
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.quoted")


# Bare names by syntax, no title or kin word: "visited Walt at", "Lorraine in bed 9",
# "his bracelet said Ignatius", "DJ kept asking for his mom".
_VISIT = re.compile(
    r"(?=[vscthdmp])\b(?:visited|visiting|visit|saw|see|seeing|checked on|check on|checking on|"
    r"sat with|sitting with|talked (?:to|with)|spoke (?:to|with)|hugged|discharged|met|"
    r"prayed with|paged about|rounded on|rounding on) +(?=[a-z])"
)  # on the lower-cased text; the name is then read from the text
# a word of telling or asking before a known first name: "Told Jade I can't promise"
_TOLD = re.compile(
    r"(?=[tarw])\b(?:told|tell|telling|asked|ask|asking|reassured|thanked|reminded|warned) +"
    r"(?=[a-z])"
)  # on the lower-cased text, like _VISIT
_TOLD_WORDS = frozenset(
    ["told", "tell", "telling", "asked", "ask", "asking", "reassured", "thanked", "reminded",
     "warned"]
)  # fmt: skip
# a known first name called to at a sentence's end: "Yes, Hazel.", "Good call, Yaw."
_INTERJECTIONS = frozenset(
    ["yes", "no", "nope", "yep", "thanks", "sorry", "hi", "hey", "bye", "okay", "ok", "well",
     "oh", "congrats", "congratulations", "welcome", "goodbye", "cheers"]
)  # fmt: skip
_NAME_CALLED_TO = re.compile(rf", (?P<name>{_WORD})(?=[.!?]| *$| +[^\w\s,])")
_TITLE_NEXT = re.compile(r" [A-Z]")
_NAME_AT = re.compile(rf"(?P<name>{_WORD}(?:\s+[A-Z]\.(?!\w))?)(?![\w'\u2019-])")
_VISIT_WORDS = frozenset(
    ["visited", "visiting", "visit", "saw", "see", "seeing", "checked", "check", "checking",
     "sat", "sitting", "talked", "spoke", "hugged", "discharged", "met", "prayed",
     "paged", "rounded", "rounding"]
)  # fmt: skip
# ("Oyelaran in bed 12", "Oyelaran, bed 12")
_IN_BED = re.compile(
    r"(?=[if,])(?:(?<=[a-z] )(?:in|from) +|(?<=[a-z]), +)"
    r"(?:bed|room|rm|bay|pod|cubicle|chair|stretcher|hall bed|"
    r"hallway bed|exam room|trauma) *#? *\d"
)  # on the lower-cased text; the name before it is read from the text
# a patient by their bed, hospital speak: "Eleanor in 19 wants ..." (not "Paris in 2026")
_IN_NUMBER_AFTER = re.compile(r" in \d{1,3} [a-z]{2,}")
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019@#.-])(?P<name>{_WORD}) *$")
_SAID = re.compile(
    rf"(?=[LlIiBbWwAaCcTtDd])\b(?i:licen[cs]e|ID|badge|bracelet|wristband|armband|tag|card|"
    rf"chart|driver'?s license)\s+(?i:said|says|read|reads|showed|listed)\s*:?\s*"
    rf"[\"'\u201c\u2018]?(?P<name>{_SEQ})"
)
_SAID_WORDS = frozenset(["said", "says", "read", "reads", "showed", "listed"])
_NICKNAME_VERB = re.compile(
    r"(?=[A-Z])(?<![\w'\u2019@#.-])(?P<name>[A-Z]{2}|[A-Z]\.[A-Z]\.)\s+(?:kept|keeps|said|says|"
    r"asked|asks|told|tells|cried|smiled|laughed|wanted|wants|loves|loved|hugged|texted|waved|"
    r"whispered|joked|refused|insisted|begged|thanked|squeezed|giggled|screamed|yelled)\b"
    r"|(?=[A-Z])(?<![\w'\u2019@#.-])(?P<pair>[A-Z]{2})(?:(?:'s|\u2019s)\s+(?:mom|dad|mother|"
    r"father|grandma|grandpa|sister|brother|family|parents|wife|husband)\b|,\s*\d{1,2}\s*(?:yo\b|,))"
)
# ward and service names that are also first names in the lexicon, and what a ward cares
# for (``CARE_KINDS``: "Burns ward", "Stroke unit")
_WARDS = frozenset(
    ["Geri", "Peds", "Neuro", "Onc", "Ortho", "Tele", "Psych", "Cards", "Renal", "Neo", "Gen",
     "Surg", "Rehab", "Hospice", "Derm", "Rad", "Uro", "Pulm", "Heme", "Transplant",
     "Trauma", "Chaplain", "Security", "Pharmacy", "Nursing", "Gyn", "Anesthesia", "Endo",
     "Neph", "Path", "Lab", "Speech", "Nutrition", "Police", "Incident", "Retail", "Admin",
     "Triage", "Dialysis", "Wound", "Bed", "Room", "Case", "Consult", "Staff", "Everyone",
     "Mom", "Dad", "Grandma", "Grandpa", "Him", "Her", "Them", "Team", "Teams", "Ward"]
) | frozenset(kind.capitalize() for kind in CARE_KINDS)  # fmt: skip


_AND_NAME = re.compile(r" and (?P<name>[A-Z][a-z]+)\b(?! [A-Z])")


def _and_name_after(text: str, end: int) -> bool:
    """Whether a known first name follows ``end`` after "and", as a couple is told."""
    match = _AND_NAME.match(text, end) if text.startswith(" and ", end) else None
    return match is not None and _known(match["name"])


def _bare_ok(word: str, known: frozenset[str]) -> bool:
    """A capitalised word that can be a bare name: not a ward, role, kin or common word."""
    lowered = word.lower()
    if word in _WARDS or word in _NOT_BARE_NAMES or lowered in _KIN_WORDS:
        return False
    if word in lexicon("eponyms") and word not in known:
        return False  # "first time seeing Chvostek": a sign
    if lowered in _CLINICIAN_WORDS or lowered in _HONORIFIC_WORDS:
        return False
    if word in known:
        return True
    return len(word) <= 8 and not _bad_name(word) and not _SERVICE_END.search(word)


_SERVICE_END = re.compile(r"(?:ology|ogy|ics|ine|ery|ment|tion|ist|ists|ian|ary|ing|ed)$")


def _bare_names(text: str, scan: Scan, clinician_starts: set[int]) -> Iterator[Hit]:
    known = _known_names()
    found = []
    low = scan.low
    for verb in _VISIT.finditer(low) if scan.gates & _VISIT_WORDS_BIT else ():
        at = _NAME_AT.match(text, verb.end())
        if at is None or (at["name"] not in known and _TITLE_NEXT.match(text, at.end())):
            continue  # "see Guilty Pleasures": a title, not a person
        if _bare_ok(at["name"].split()[0], known):
            found.append(at)
    for verb in _TOLD.finditer(low) if scan.gates & _TOLD_WORDS_BIT else ():
        at = _NAME_AT.match(text, verb.end())
        if at is not None and at["name"].split()[0] in known and _bare_ok(at["name"], known):
            found.append(at)
    for match in _NAME_CALLED_TO.finditer(text) if ", " in text else ():
        name = match["name"]
        # (not the last of a list of names or the town after a date: "Drs. Ferrari, Olsen.",
        # "Nov 14-15, Austin.": the word before the comma is a lower-case one)
        words_before = text[max(0, match.start() - 20) : match.start()].split()
        if (
            words_before
            and (
                words_before[-1][:1].islower()
                or words_before[-1].rstrip(",").lower() in _INTERJECTIONS
            )
            and name in known
            and _bare_ok(name, known)
            and name not in lexicon("places")
        ):
            found.append(match)
    beds = scan.gates & _BED_WORDS_BIT
    for place in _IN_BED.finditer(low) if beds else ():
        before = _NAME_BEFORE.search(text, max(0, place.start() - 30), place.start())
        name = before["name"] if before is not None else ""
        if (
            before
            and name not in _WARDS
            and name not in _NOT_BARE_NAMES
            and (
                name in known
                or (
                    len(name) >= 4
                    and name.isalpha()
                    and _name_alone_ok(name)
                    and not _TERM_ENDING.search(name)
                )
            )
        ):  # "Oyelaran in bed 12 keeps asking": a name of any origin
            found.append(before)
    if scan.gates & _SAID_WORDS_BIT:
        found += [m for m in _SAID.finditer(text) if _bare_ok(m["name"].split()[0], known)]
    for match in found:
        span = _name_span(match, text)
        if span is not None and span[0] not in clinician_starts:
            yield Hit(span[0], span[1], _N, "name.bare")
    # (the cues hold the words of the nickname sets that the text has: fewer to look up)
    nickname = _nickname_possible(text, scan.cues, digits=scan.longest_number >= 1)
    for pair in _UPPER_PAIR.finditer(text) if nickname else ():
        if pair["p"].replace(".", "") in _ACRONYMS or pair["p"] in _CLINICAL_PAIRS:
            continue  # "ED said", "CT, 5 mm", "the MA cried": most capital pairs are acronyms
        nick = _NICKNAME_VERB.match(text, pair.start())
        if nick is not None:
            group = "name" if nick["name"] is not None else "pair"
            yield Hit(nick.start(group), nick.end(group), _N, "name.bare")


def _nickname_possible(text: str, words: frozenset[str], *, digits: bool = True) -> bool:
    """Whether ``_NICKNAME_VERB`` can match: one of its verbs, "'s" and a kin word, or an age.

    ``words`` are the text's words, or its cues (see ``_NICKNAME_WORDS_BIT``).
    ``digits=False`` tells that the text has no digit, so no age ("AJ, 7 yo") can follow.
    """
    return (
        not words.isdisjoint(_NICKNAME_VERBS)
        or ("s" in words and not words.isdisjoint(_NICKNAME_KIN))
        or (digits and "," in text and _PAIR_AGE.search(text) is not None)
    )


# two capitals, then an age ("AJ, 7 yo", "TJ, 16,"): found from its comma (a fast scan)
_PAIR_AGE = re.compile(r",(?<=[A-Z][A-Z],)\s*\d{1,2}\s*(?:yo\b|,)")


_NICKNAME_VERBS = frozenset(
    ["kept", "keeps", "said", "says", "asked", "asks", "told", "tells", "cried", "smiled",
     "laughed", "wanted", "wants", "loves", "loved", "hugged", "texted", "waved", "whispered",
     "joked", "refused", "insisted", "begged", "thanked", "squeezed", "giggled", "screamed",
     "yelled"]
)  # fmt: skip
_NICKNAME_KIN = frozenset(
    ["mom", "dad", "mother", "father", "grandma", "grandpa", "sister", "brother", "family",
     "parents", "wife", "husband"]
)  # fmt: skip
# starts with a capital class (see _INITIALS)
_UPPER_PAIR = re.compile(
    r"(?P<p>[A-Z](?<![\w'\u2019@#.-][A-Z])(?:[A-Z]|\.[A-Z]\.))(?= [a-z]|'s |\u2019s |, ?\d)"
)


# the first words of place names: "Puerto Rico", "Santa Rosa", "Fort Myers"
_PLACE_LEADS = (
    "North ", "South ", "West ", "East ", "New ", "Puerto ", "Costa ", "San ", "Santa ",
    "Fort ", "Port ", "Saint ", "St. ", "Mount ", "Mt. ", "Lake ", "Cape ",
)  # fmt: skip

# -- names by their position: a first name with an age, an initial or a verb ---------------

# "Tavi 19 y/o", "Juno 7yo": a first name right before a clinical age
_SPACE_AGE = re.compile(_name_word(r"\w'\u2019@#.-") + r" \d{1,3} ?(?:yo|y/o|y\.o\.)(?![a-z])")
# "Ines T.", "MARGO P.": a first name and the initial of a surname (found from the dot, the
# name then read before it)
_INITIAL_DOT = re.compile(r"\.(?<= [A-Z]\.)(?![\w.])")
_NAME_BEFORE_INITIAL = re.compile(rf"(?<![\w'\u2019@#.-])(?P<name>{_WORD}|[A-Z]{{3,}}) [A-Z]\.$")
# a first name that is also a word, told as a person: with an age, a verb, or as a subject
_WORD_NAME_AFTER = re.compile(
    r"(?: is \d{1,2}\b(?![.,]\d| ?(?:%|mg|cm|mm|kg|lb|days?|weeks?|hours?|hrs?|units|times)\b)"
    r"| ?\(\d{1,2}\)|, \d{1,3},|,? (?:asked|said|says|told|wants|wanted|rang|cried|smiled|"
    r"laughed|giggled|fell|broke|tore|came|went|walked|ran|rode|died|passed|keeps|kept|"
    r"insisted|refused|survived|woke|loves|loved|hugged|asks|made|got|is back|was back)\b)"
)
_NOT_AFTER = re.compile(
    r"(?:\b(?:the|a|an|of|in|on|with|for|and|to|my|our|his|her|their|your|no|some|any|"
    r"amazing|full|by|at|from|is|was|be)|#|@) $",
    re.IGNORECASE,
)
# a nickname in quotes, and the surname after it: "\"Big Tomas\" Orlov"
_NICKNAME = re.compile(
    rf"(?=[\"\u201c])[\"\u201c](?P<name>(?:Big|Little|Lil|Lil'|Old|Young|Tiny|Baby) {_WORD})"
    rf"[\"\u201d](?: (?P<second>{_WORD}))?"
)
_NICK_WORDS = frozenset(["big", "little", "lil", "old", "young", "tiny", "baby"])
# a relative named by whose they are: "Idris's wife", "Nkechi's family" (names of any origin)
_OWNER_OF_KIN = re.compile(
    _name_word(r"\w'\u2019@#.-") + r"['\u2019]s (?:family|wife|husband|son|"
    r"daughter|mom|dad|mother|father|kids|children|parents|grandson|granddaughter|sister|"
    r"brother|widow)\b"
)
_OWNER_KIN_WORDS = frozenset(
    ["family", "wife", "husband", "son", "daughter", "mom", "dad", "mother", "father", "kids",
     "children", "parents", "grandson", "granddaughter", "sister", "brother", "widow"]
)  # fmt: skip
# a person and, in brackets, their relative: "Oyelaran (her son interpreted)"
_NAME_THEN_KIN = re.compile(_name_word(r"\w'\u2019@#.-") + rf" \((?:his|her|their) (?:{_KIN})\b")
# a first name that is also a word, then a surname: "Hazel Obuya", "Guy Lemaire"
_WORD_NAME_SURNAME = re.compile(
    rf" (?P<surname>{_WORD})(?![\w'\u2019-])(?: (?:Jr|Sr)\.?(?!\w)| (?:II|III|IV)\b)?"
)
_NOT_OWNERS = frozenset(
    ["God", "Children", "Women", "Men", "People", "Nobody", "Everyone", "Someone", "Somebody",
     "Anyone", "Anybody", "Everybody", "Whoever", "Nobody"]
)  # fmt: skip


@functools.cache
def _word_names() -> frozenset[str]:
    names = lexicon("ambiguous_names") - _NOT_BARE_NAMES - _MONTHS_DAYS - _WARDS
    return frozenset(name for name in names if name.lower() not in _KIN_WORDS | _HONORIFIC_WORDS)


# a sentence that opens on a person and their age: "Aiyana is 11 and has had 4 admits"
# (found from its literal " is ", which the regex engine skips to fast; the name before it
# and the sentence start are checked after)
_IS_AGE = re.compile(
    r" is \d{1,2}(?:\s?(?:yo|y/o|years? old|mo|months? old))?(?=\s+and\b|[,.!;])"
    r"(?P<person>\s+and (?:has|had|told|is|was|wants|loves|asked|keeps|says|still|already)\b)?"
)
_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][a-z]{2,}|[a-z]{3,})$")
# a name set off by commas before what the person did: "our kid w/ CF, Eitan, got his vest"
_SET_OFF = re.compile(
    r", (?P<name>[A-Z][a-z]{2,}), (?=(?:got|gets|has|had|was|is|came|went|needs|asked|told|"
    r"said|wants|keeps|just|still|finally|walked|refused|loves)\b)"
)

_SET_OFF_VERBS = frozenset(
    ["got", "gets", "has", "had", "was", "is", "came", "went", "needs", "asked", "told", "said",
     "wants", "keeps", "just", "still", "finally", "walked", "refused", "loves"]
)  # fmt: skip


# one person by their work, age or station, where a name could stand ("Teen, 17, after a
# concussion"): no name (a first name spelt alike, "Hunter", stays one)
_PERSON_NOUNS = PERSON_WORDS | frozenset(
    ["gentleman", "gent", "lady", "teen", "teenager", "youngster", "retiree", "pensioner",
     "resident", "student", "teacher", "senior", "fellow", "chap", "lad", "lass", "neonate",
     "grandad", "granddad", "elder", "elderly", "septuagenarian", "octogenarian",
     "nonagenarian", "centenarian", "housewife", "homemaker", "shopkeeper", "vendor",
     "trader", "porter", "tailor", "weaver", "potter", "builder", "cleaner", "nanny",
     "priest", "monk", "nun", "imam", "pilgrim", "schoolboy", "schoolgirl", "villager"]
)  # fmt: skip
# a man, woman, boy, girl, child or patient (in English and other languages): no name even
# where a first name is spelt alike ("Man, 45,", "Kvinna, 52,")
_PEOPLE_WORDS = frozenset(
    ["man", "woman", "boy", "girl",
     "kvinna", "kvinne", "kvinde", "mann", "mand", "mies", "nainen", "poika", "tytt\u00f6",
     "frau", "junge", "m\u00e4dchen", "kind", "femme", "homme", "gar\u00e7on", "fille", "enfant",
     "mujer", "hombre", "ni\u00f1o", "ni\u00f1a", "chico", "chica", "mulher", "homem", "menino",
     "menina", "crian\u00e7a", "donna", "uomo", "ragazzo", "ragazza", "bambino", "bambina",
     "vrouw", "jongen", "meisje", "kobieta", "m\u0119\u017cczyzna", "ch\u0142opiec",
     "dziewczynka", "\u017eena", "mu\u017e", "dreng", "pige", "pojke", "flicka", "gutt",
     "jente", "pasient", "patientin", "paziente", "paciente", "pacient", "pacjent", "potilas",
     "pacjentka", "pacientka", "pacienta", "patiente", "patiënt", "patiënte", "pasienne",
     "patienten", "pazienti", "pacientes", "pacjenci",
     "hasta", "kad\u0131n", "erkek", "pasien", "wanita", "pria", "perempuan"]
)  # fmt: skip
_PERSON_NOUNS |= _PEOPLE_WORDS


def _name_alone_ok(name: str) -> bool:
    """A word standing where a name stands that is not an ordinary word, month or place."""
    if name.islower():
        return name.capitalize() in _known_names() and name not in _NOT_BARE_LOWER
    return not (
        _bad_name(name)
        or name in _NOT_BARE_NAMES
        or name.lower().removesuffix("s") in _KIN_WORDS  # "Siblings", "Cousins"
        or (name.lower() in _PERSON_NOUNS and not _known(name))  # "Gentleman, 88,"
        or name.lower() in _PEOPLE_WORDS
        or name in lexicon("eponyms")
        or (name in lexicon("places") and not _known(name))
    )


# a person to call, right before their number: 'sticky note: "call Darlene 5405550133"'
_CALL_NAME = re.compile(
    rf"(?=[CcTtAa])\b(?:[Cc]all|[Tt]ext|[Aa]sk for)\s+(?P<name>{_WORD})"
    r"(?=,?\s+(?:at\s+|on\s+)?(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s./-]?\d{3}[\s./-]?\d{4}|,?\s+(?:at\s+)?\d{3}-\d{4}\b)"
)


_CALL_NAME_WORDS = frozenset(["call", "text", "ask"])  # its cue words, each a whole word
# a full name owning a chart, a scan or a drug: "Kiona Whitehorse's chart", "Ana Ruiz's labs"
_OWNER = re.compile(rf"(?<![\w.'\u2019])(?P<name>{_WORD}(?: {_WORD})?)$")


# countries whose name opens on a title's word ("Sri Lanka"), and their peoples'
_TITLED_COUNTRIES = tuple(
    sorted(country for country in COUNTRIES if country.split()[0].lower() in _HONORIFIC_WORDS)
)
# a family by its kind, not its name: "Whole family off sugary drinks"
_KINDS_OF_FAMILY = frozenset(
    ["Whole", "Entire", "Extended", "Host", "Foster", "Blended", "Immediate", "Nuclear",
     "Adoptive", "Birth", "Grieving", "Young", "Big", "Large", "Same", "Royal"]
)  # fmt: skip


def _owner_names(text: str) -> Iterator[Hit]:
    for possession in POSSESSION.finditer(text):
        owned = possession["w"].lower()
        personal = owned in _OWNED_THINGS  # "Dale's truck": a known first name only
        if owned not in OWNED_CLINICAL and not personal and owned not in _KIN_OWNED:
            continue
        match = _OWNER.search(text, max(0, possession.start() - 40), possession.start())
        if match is None:
            continue
        name = match["name"]
        first = name.split()[0]
        if (
            owned in _KIN_OWNED
            and " " not in name
            and not _known(first)
            # (a town's name too: no town has a mother, "Moana", "Liang" are names here)
            and not _bad_name(name)
            and name not in _NOT_BARE_NAMES
            and name.lower() not in _PERSON_NOUNS
            and name.lower().removesuffix("s") not in _KIN_WORDS
            and name.lower() not in _ANYONE
            and name not in lexicon("eponyms")
            and not _TITLED_BEFORE.search(text, max(0, match.start() - 6), match.start())
        ):
            # a relative's word after a name of any origin: "Moana's dad rang at 3am"
            yield Hit(match.start("name"), match.end("name"), _N, "name.owner")
            continue
        if personal and (" " in name or not _known(first) or first in _NOT_BARE_NAMES):
            continue
        if (
            (_known(first) or " " in name or owned in _PERSONAL_PAGES)
            and all(
                (_known(w) or not _bad_name(w)) and w not in lexicon("eponyms")
                for w in name.split()
            )
            and not _TITLED_BEFORE.search(text, max(0, match.start() - 6), match.start())
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.owner")


# what a person owns, told of a first name in a patient story: "Dale's truck was towed"
_OWNED_THINGS = frozenset(
    ["truck", "car", "van", "pickup", "phone", "cell", "house", "trailer", "apartment", "dog",
     "cat", "voicemail", "email", "number", "address", "bike", "motorcycle", "boat", "farm",
     "shop", "kids", "grandkids", "funeral", "wedding", "birthday", "room", "bed",
     # relatives and a story: "Lily's mom asked me ...", "followed Grace's story"
     "mom", "mum", "dad", "mother", "father", "grandmother", "grandma", "grandfather",
     "grandpa", "parents", "baby", "twins", "story", "journey"]
)  # fmt: skip
# first names spelt like a pronoun or an article of French, German or Dutch, which open
# many a sentence there: "Sie lebt", "Elle va mieux", "Les patients", "Der Patient"
_FUNCTION_NAMES = frozenset(["Sie", "Elle", "Les", "Der", "Den", "Het", "Wie", "Ook"])
# no one in particular: "Someone's nan", "Everyone's mum"
_ANYONE = frozenset(
    [
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "anyone",
        "anybody",
        "nobody",
        "noone",
        "one",
        "each",
        "another",
        "other",
        "whoever",
    ]
)
# a relative, told of whose kin they are: "Liang's mother-in-law", "Moana's dad"
_KIN_OWNED = frozenset(
    ["mom", "mum", "dad", "mother", "father", "mother-in-law", "father-in-law", "husband",
     "wife", "partner", "nan", "nana", "grandma", "grandpa", "grandmother", "grandfather",
     "aunt", "auntie", "uncle", "sister", "brother", "parents", "stepdad", "stepmom",
     "stepmum", "fiance", "fiancee", "boyfriend", "girlfriend"]
)  # fmt: skip
# what only a person has: "Babajide's fundraiser"
_PERSONAL_PAGES = frozenset(["fundraiser", "gofundme", "caringbridge", "funeral", "obituary"])
_TITLED_BEFORE = re.compile(r"\b(?:Dr|Drs|Prof|Nurse)\.? $")


# a patient's full name in capitals after "pt": "pt ROSALIND OYELARAN MRN ..."
_PT_UPPER = re.compile(
    # "pt|Pt|PT|patient|Patient" after "\b", grouped by first letter with the "\b" after it
    # ("(?<!\w.)"), so that the pattern starts with its first characters (a fast scan in C)
    r"(?:p(?<!\w.)(?:t|atient)|P(?<!\w.)(?:t|T|atient))\.?:?\s+"
    r"(?P<name>[A-Z][A-Z'\u2019-]{2,}(?: [A-Z][A-Z'\u2019-]{2,}){1,2})(?![\w'\u2019-])"
)
_RECORD_LABELS = frozenset(["MRN", "DOB", "SSN", "ACCT", "FIN", "CSN", "ID", "RM", "BED"])
# a name with a quoted nickname inside: 'Ricky "Bones" Delacroix'
# (found from its opening quote, which the engine skips to; the first name before the quote
# is read after)
_INNER_NICKNAME = re.compile(rf"[\"\u201c]{_WORD}[\"\u201d] {_WORD}(?![\w'\u2019-])")
_FIRST_BEFORE_QUOTE = re.compile(rf"{_WORD} $")


# A record's name in capitals, surname first, as a wristband, a label or a header prints it:
# "GONZALEZ, MARIA DEL CARMEN / MR ...", '"O'BRIEN, MAUREEN \u2014 90F"', "BOUCHARD, Lucille."
# the cues a record prints after a name (no part of it): "DOB", "MRN", "NHS", a bed
_RECORD_CUES = "DOB|MRN|MR|ENC|ADM|RM|BED|NHS"
_CAPS_RECORD_NAME = re.compile(
    r"(?P<name>(?P<sur>[A-Z](?<![\w\u2019-][A-Z])(?<![A-Za-z]'[A-Z])(?:(?<=M)a?c)?"
    r"[A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+)?), "
    r"(?P<given>[A-Z][A-Za-z'\u2019-]+)"
    rf"(?: (?!(?:{_RECORD_CUES})\b)(?:[A-Z][A-Z'\u2019-]+|[A-Z]\.?))*)"
    rf"(?=\s*(?:[/\u2014\u2013|;\"'\u201d]|-\s|\.(?:\s|$)|$|(?:{_RECORD_CUES})\b|"
    r"\d{1,2}/\d{1,2}/\d{2,4}))"
)
# a record's own cue right after a name: a date of birth, a record's or the NHS's number
_RECORD_CUE_AFTER = re.compile(r"\s*(?:DOB|D\.O\.B|MRN|NHS|ENC|ADM)\b")
# a name in capitals before a record's cue: '"ROBERT T. KLINE DOB 03/18/1941"',
# '"PAULETTE DUNMORE / MRN ..."', '"DOROTHY KEMP bed 22"'
_CAPS_NAME_CUED = re.compile(
    r"(?P<name>(?P<first>[A-Z](?<![\w\u2019-][A-Z])(?<![A-Za-z]'[A-Z])[A-Z]+)(?: [A-Z]\.?)? "
    r"(?P<last>[A-Z][A-Z'\u2019-]+))"
    r"\s*(?:/\s*)?(?=(?:DOB|D\.O\.B\.?|MRN|MR#|[Bb]ed|BED|[Rr]m|RM|[Rr]oom|ROOM)\b)"
)
# a file named for a patient: "rosalind_pike_1931", "angelica_trujillo_rash3.jpg"
_FILE_NAME = re.compile(
    r"(?<![\w@./-])(?P<name>(?P<first>[a-z]{2,})_(?P<last>[a-z]{2,}(?:-[a-z]+)?))(?=[_.\d-])"
)


_FILE_WORDS = frozenset(
    ["meds", "labs", "notes", "rash", "scan", "photo", "frontal", "xray", "arrests", "chart",
     "report", "history", "ecg", "mri", "ct", "pic", "img", "final", "draft", "copy", "scans",
     "results", "letter", "referral", "wound", "derm", "consent", "file", "records"]
)  # fmt: skip
_NOT_SURNAMES_CAPS = frozenset(["AVE", "BLVD", "HWY", "WAY", "APT", "STE"])


# what the label names' cued pattern needs: a record's cue (on the lower-cased text, each
# cue as written holds one of these)
_LABEL_CUES = ("dob", "d.o.b", "mrn", "mr#", "bed", "rm", "oom")


# A patient or a relative spoken to: wished well at a post's end ("Get well soon, Tamsin!";
# a name thanked is a colleague's, see the clinician rules), or addressed before "I", "you"
# or "we" ("Bríd, I can't ring ..."); a name of any origin that is no word, place or team
_WISHES = (
    "Get well soon", "Well done", "Bless you", "Good luck", "Congrats", "Congratulations",
    "Rest easy", "Rest well", "Fly high", "Miss you", "Love you",
)  # fmt: skip
_ADDRESSED_NAME = re.compile(
    rf"\b(?:{'|'.join(_WISHES)}),? "
    r"(?P<name>[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff'\u2019-]+)(?=\s*[.!?\u2764\U0001f64f\U0001f499]|\s*$)"
    r"|(?:^|(?<=[.!?:] ))(?P<lead>[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff'\u2019-]+), (?=(?:I|you|we) )"
)
# what every match holds, as written: a wish, or a comma before "I", "you" or "we" (one
# search of literals, which the engine skips to, not a search for each)
_ADDRESSED_CUE = re.compile("|".join([*_WISHES, ", I ", ", you ", ", we "]))
# and as a word: a word of each wish, or "I", "you" or "we"
_ADDRESSED_WORDS = frozenset(
    ["soon", "done", "bless", "luck", "congrats", "congratulations", "easy", "rest", "fly",
     "miss", "love", "i", "you", "we"]
)  # fmt: skip


def _addressed_names(text: str) -> Iterator[Hit]:
    """Patients and relatives spoken to by name (see ``_ADDRESSED_NAME``)."""
    for match in _ADDRESSED_NAME.finditer(text):
        group = "name" if match["name"] is not None else "lead"
        name = match[group]
        # (a person's station is no name here even where a first name is spelt alike: "Hunter")
        if (
            not _name_alone_ok(name)
            or name.lower() in _PERSON_NOUNS
            or name.lower() in _ADDRESS_NOT_NAMES
        ):
            continue
        if group == "lead" and not (_known(name) or not name.isascii() or "-" in name):
            continue  # "Hunters, I am begging you", "Reader, I am 41": no one's name
        yield Hit(match.start(group), match.end(group), _N, "name.spoken_to")


_ADDRESS_NOT_NAMES = frozenset(
    ["team", "all", "everyone", "folks", "guys", "doc", "nurse", "nurses", "twitter", "friends",
     "colleagues", "sir", "ma'am", "mum", "mom", "dad", "god", "lord", "jesus", "honestly",
     "seriously", "anyway", "okay", "ok", "yes", "no", "sorry", "please", "also", "so", "now",
     "again", "everybody", "peeps", "y'all", "mate", "ladies", "gents", "pals"]
)  # fmt: skip


# A parent's name by their child's, as Arabic speakers call one another: "Abu Fadi", "Umm
# Ahmed" (not a place's "Abu Dhabi", "Umm Qasr", "Umm al-Quwain")
_KUNYA = re.compile(
    r"(?<![\w-])(?:Abu|Abou|Umm|Um|Oum)\s(?!(?:Dhabi|Ghraib|Qasr|Kabir|Simbel|Hamour|al|Al|"
    r"el|El)\b)[A-Z][a-z]{2,}(?![\w'-])"
)
_KUNYA_WORDS = frozenset(["abu", "abou", "umm", "um", "oum"])


def _label_names(text: str, low: str) -> Iterator[Hit]:
    """Names as a record, a label or a file prints them, in a patient story.

    ``low`` is the text lower-cased.
    """
    first_names = lexicon("first_names")
    capped = ", " in text and CAPS_COMMA.search(text) is not None
    for match in _CAPS_RECORD_NAME.finditer(text) if capped else ():
        surname = match["sur"].split()
        if text[max(0, match.start() - 2) : match.start()] == ", ":
            continue  # "DAPA, EMPEROR, GALACTIC, VICTORIA": a list of trials' names
        given = match["given"].title()
        if (
            (
                given in first_names
                or given in lexicon("more_first_names")
                or _RECORD_CUE_AFTER.match(text, match.end())
            )
            and len(surname[-1]) >= 3
            and surname[-1] not in _NOT_SURNAMES_CAPS
            and surname[-1] not in _ACRONYMS
            and match["given"].upper() not in _ACRONYMS
            and not any(_bad_name(word.title()) for word in surname)
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    cued = any(map(low.__contains__, _LABEL_CUES))
    for match in _CAPS_NAME_CUED.finditer(text) if cued else ():
        # (after a known first name a common word is a surname: "EILEEN MARSH bed 22")
        last = match["last"]
        if (
            match["first"].title() in first_names
            and match["first"] not in _ACRONYMS
            and len(last) >= 3
            and last not in _ACRONYMS
            and last.title() not in _MONTHS_DAYS
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    for match in _FILE_NAME.finditer(text) if "_" in text else ():
        if match["first"].capitalize() in first_names and match["first"] not in lower_set(
            "common_words"
        ):
            # the surname too, unless the file's second word tells what it holds ("jordy_meds")
            whole = not (match["last"] in _FILE_WORDS or match["last"] in lower_set("common_words"))
            end = match.end("name") if whole else match.end("first")
            yield Hit(match.start("name"), end, _N, "name.record")


# a family by its surname: "The Garcia-Nwosu family made a page"
# (or, opening a sentence or after a comma, a family alone: "condolences, Okafor family.")
_SURNAME_FAMILY = re.compile(
    rf"[Tt](?<![\w'\u2019][Tt])he (?P<name>{_WORD}) (?:family|Family|family's|family\u2019s|"
    r"brothers|sisters|twins|triplets|boys|girls|kids|siblings|women|men|clan|household|"
    # a research family: "the Okonkwo-Hale kindred", "the Pruett pedigree"
    r"kindred|pedigree|"
    # a family's land: "the Kessler place", "the Glaser farm"
    r"place|farm|ranch|homestead)\b"
    rf"|(?:^|(?<=[.!?,:;]\s)|(?<=\n))(?P<alone>{_WORD}) (?:family|family's|family\u2019s)\b"
    r"(?! (?:med|medicine|practice|physicians?|doctors?|planning|members?|history|meeting)\b)"
    # a family in Spanish, Portuguese, German, French, Italian or Dutch: "familia Ochoa"
    rf"|\b(?:[Ff]amilia|[Ff]am\u00edlia|Familie|[Ff]amille|[Ff]amiglia|familie) (?P<after>{_WORD})"
    r"(?![\w'\u2019-])"
)
# (behind a look-ahead on the first letters of its branches: "The", a capital, "familia")
_SURNAME_FAMILY = lead(_SURNAME_FAMILY, f"Tt{_UPPER}f")
_LAND_NOUNS = (" place", " farm", " ranch", " homestead")
_NOT_LAND_OWNERS = frozenset(
    ["Main", "First", "Second", "Third", "Last", "Good", "Best", "Old", "New", "Big", "Little",
     "Midwest", "North", "South", "East", "West", "Dairy", "Hobby", "Home", "Next", "Same",
     "Right", "Wrong", "Other", "Family", "Wind", "Solar", "Turkey", "Chicken", "Hog", "Pig",
     "Cattle", "Horse", "Fish", "Tree", "Christmas", "Pumpkin", "Berry", "Apple", "Goat"]
)  # fmt: skip
# a family praised rather than named: "Wonderful family.", "Wonderful family"
_ADJECTIVE_ENDS = ("ly", "ful", "ing", "ible", "able", "some", "est")
_FAMILY_NOUNS = frozenset(
    ["family", "brothers", "sisters", "twins", "triplets", "boys", "girls", "kids", "siblings",
     "women", "men", "clan", "household", "place", "farm", "ranch", "homestead", "kindred",
     "pedigree", "familia", "fam\u00edlia", "familie", "famille", "famiglia"]
)  # fmt: skip
# A newborn's hospital name: "Baby Boy Lindqvist", "Baby Girl Osei-Bonsu"
_NEWBORN = re.compile(rf"(?=B)\bBaby (?:Boy|Girl|boy|girl) (?P<name>{_WORD})(?![\w'\u2019-])")
# A patient by their bed: "bed 9 is Przybylski,", "Rm 9 = Adeyinka"
_BED_NUMBER = r"(?:[Bb]ed|[Rr]oom|[Rr]m|[Bb]ay) ?#?\d{1,3}[A-Z]?"
_BED_IS = re.compile(rf"(?=[bBrR])\b{_BED_NUMBER} (?:is|=) (?P<name>{_WORD})(?![\w'\u2019-])")
_BED_WORDS = frozenset(["bed", "room", "rm", "bay"])
# A census or label entry: "Rm 12 - WOJCIECHOWSKA, M - MRN ..." (surname in capitals, initial)
_UPPER_INITIAL = re.compile(
    r"(?=[A-Z])(?<![\w'\u2019@#.-])(?P<name>[A-Z]{4,}(?:-[A-Z]{2,})?, ?[A-Z])(?![\w.'\u2019])"
    r"(?! [a-z])"
)
# (its label: "Rm 12 - WOJCIECHOWSKA, M - MRN", not "ARDS, P/F 90")
_LABEL_AROUND_AFTER = re.compile(r"\s*[-\u2013\u2014|/;,:]?\s*(?:MRN|MR#|DOB|FIN|CSN|acct|Acct)\b")
_LABEL_AROUND_BEFORE = re.compile(rf"{_BED_NUMBER}\s*[-\u2013\u2014:|]?\s*$")
# A person and their spouse: "Takeshi and his wife walk laps of the unit"
_AND_SPOUSE = re.compile(
    rf"(?<![\w'\u2019@#.-])(?P<name>{_WORD}) and (?:his|her|their) (?:wife|husband|partner)\b"
)
# A doctor who is the patient: "my pt Dr. Halvorsen (retired GP)", "Dr. Ruiz, our pt,"
_DOCTOR_PATIENT = re.compile(
    r"(?=[mMoOtTdDcCrRpPaA])\b(?:(?:[Mm]y|[Oo]ur|[Tt]he)(?: own)? (?:pt|patient),? (?:is )?Dr\.? "
    rf"(?P<name>{_WORD}(?: {_WORD})?)"
    # "honored to care for Dr. Ilse Brandt", "Dr. Quist's mom was my patient" (a relative's name)
    rf"|(?i:care for|caring for|cared for) Dr\.? (?P<cared>{_WORD}(?: {_WORD})?)"
    # "retired surgeon, Dr. Hollis Graves", "retired GP Dr. Bernard Mazur", "Retired ER doc
    # pt, Dr. Farrow-Mills", "Colleague-as-patient today: Dr Mattila"
    r"|(?:[Rr]etired (?:[A-Za-z-]+ ){0,2}?[A-Za-z-]+|\b(?:pt|patient)|"
    r"[Aa]s[ -](?:a |my |our )?(?:pt|patient)(?: today)?),?:? (?:is )?Dr\.? "
    rf"(?P<retired>{_WORD}(?: {_WORD})?)"
    rf"|Dr\.? (?P<kin>{_WORD}(?: {_WORD})?)(?=['\u2019]s (?:{CLOSE_KIN})\b)"
    # "Dr. Wahl, our pt", "Dr Kowalski, retired dentist", "Dr Nakashima (retired GP, 93)",
    # "Dr. Morales, 92, brought ...", "Dr. Nwachukwu is now MY patient", "Dr Feeney (pt, not me)"
    rf"|Dr\.? (?P<other>{_WORD}(?: {_WORD})?)(?=,? \(?(?:our|my|the) (?:pt|patient)\b"
    r"|,? \(?(?:a |our )?retired [A-Za-z]+\b|,? \(?(?:9\d|1[01]\d)\b(?![./:%-]?\d)"
    r"(?! ?(?:min|mins|minutes|sec|hours?|hrs?|days?|pts|patients|mg|%)\b)"
    r"|,? \((?:pt|patient)\b| is (?:now )?(?i:my|our) (?:pt|patient)\b))"
)
# people named before what they are to a patient: "Kwame and Adjoa, parents of our NICU twins"
_KIN_OF_WORDS = frozenset(
    ["parents", "parent", "mom", "dad", "mother", "father", "wife", "husband", "son", "daughter",
     "sister", "brother", "grandma", "grandpa", "grandmother", "grandfather", "widow", "widower"]
)  # fmt: skip
_KIN_OF = re.compile(
    rf"(?<![\w'\u2019@#.-])(?P<a>{_WORD})(?: and (?P<b>{_WORD}))?, (?:the )?"
    rf"(?:{'|'.join(sorted(_KIN_OF_WORDS, key=len, reverse=True))}) of\b"
)
_SPOUSES = frozenset(["wife", "husband", "partner"])
_KNOWN_WORDS = frozenset(["known", "goes", "went"])
# A name someone goes by: 'known affectionately as "Skipper"', "goes by 'Boots'"
_KNOWN_AS = re.compile(
    r"(?=[kgw])\b(?:known|goes|went)(?: affectionately| lovingly| only| here)? (?:as|by) "
    r"[\"\u201c'\u2018](?P<name>[A-Z][\w' .-]{1,20}?)[\"\u201d'\u2019]"
)


# a record-style name opening a sentence: "Xiong, Pa Houa, 19F, to our clinic ..."
_SURNAME_FIRST = re.compile(
    r"(?P<name>[A-Z](?<![\w'\u2019-][A-Z])[a-z'\u2019-]+, [A-Z][a-z]+(?: [A-Z][a-z]+)?),"
    r"\s*(?:\d{1,3}\s?(?:[MF]|yo|y/o)\b|(?:adm|DOB|dob|MRN|DOA|d/c|admitted)\b)"
)


# a patient spoken to by first name: "Ray, I am your cardiologist", "Marcus please go home"
# (it starts with a capital, which the engine skips to; where the sentence starts is
# looked behind after it)
# (found from what is said after the name, then the name is read just before it)
_SPOKEN_AFTER = re.compile(
    r",\s*(?:I|you|your|please|pls|we|if|call|come)\b|\s+(?:please|pls)\b|"
    r"\s+[\u2014\u2013-]\s+(?:you|your)\b|\s+we (?:love|miss|believe)\b"
)
# (behind a look-ahead on a comma or a blank, what each branch starts with: the alternation
# was tried at every position)
_SPOKEN_AFTER = lead(_SPOKEN_AFTER, r",\s")
# (the name opens the text, a sentence, or follows a dash or an emoji: "... — Ray, we believe
# you", "goodnight \U0001f979 Ray, you'd hate this")
_VOCATIVE = re.compile(
    r"(?P<name>[A-Z](?:(?<=^[A-Z])|(?<=[.!?]\s[A-Z])|(?<=\n[A-Z])|(?<=[.!?]\s\s[A-Z])|"
    r"(?<=[.!?][\"\u201d]\s[A-Z])|(?<=[\u2014\u2013]\s[A-Z])|"
    r"(?<=[\U0001f300-\U0001faff]\s[A-Z]))[a-z]{2,})$"
)


# what the patterns above need before they are run: two words in capitals, a word said
# after a name spoken to, a comma before a clinical age
_CAPITAL_WORDS = re.compile(r"[A-Z][A-Z'\u2019-]{2,} [A-Z]{3}")
_SPOKEN_WORDS = frozenset(["i", "you", "your", "please", "pls", "we", "if", "call", "come"])
# (the words "we love ..." need: "we" is among them)
_COMMA_AGE_MARK = re.compile(r",\s*\d{1,3}\s?(?:[MF]|yo|y/o)\b")
# a list's or a board's line opening on "Surname, Given" before a dash, a slash or a number:
# '"Ng, Thomas - DNR/DNI"', '"Pruitt, Dale / 30982217"', "MRN: E44 / HARTLEY, JUNE / RM 512"
_LISTED_NAME = re.compile(
    r"(?:[\"\u201c]|(?<= )/ )(?P<s>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}), "
    r"(?P<g>[A-Z][a-z]+|[A-Z]{2,}|[A-Z]\.)(?= [-/\u2014\u2013|]| \d|[\"\u201d])"
)
_COMMA_RECORD_MARK = re.compile(r",\s*(?:adm|DOB|dob|MRN|DOA|d/c|admitted)\b")


# a nickname of size before a first name: "Big Mike is extubated", "Lil Dre"
_SIZE_NICKNAME = re.compile(r"\b(?P<name>(?:Big|Lil|Lil') [A-Z][a-z]+)(?![\w'\u2019-])")


# a full name right before a date of birth: "Specimen for ROSALIND PETTIGREW DOB 02/14/1961"
# (found from the cue, then the name is read in the 60 characters before it)
_DOB_CUE = re.compile(r"(?:DOB|D\.O\.B\.?|dob|[Dd]ate of birth)\b")
_BEFORE_DOB = re.compile(
    rf"(?<![\w'\u2019@#.-])(?P<name>(?:{_WORD}|[A-Z][A-Z'\u2019-]+)"
    rf"(?: (?:{_WORD}|[A-Z][A-Z'\u2019-]+)){{1,2}}),? \(?$"
)


# two capitals as initials right before a clinical age: "JB, 92M, presents", "Pt AK, 93F"
# (a capital with a lower-case letter after it fails at the look-ahead, before the look-behind)
_BARE_INITIALS = re.compile(
    r"(?P<name>[A-Z](?=[A-Z])(?<![\w.][A-Z])[A-Z])(?:\s*,\s*|\s+)\(?\d{1,3}\s?(?:[MF]|yo|y/o)\b"
)


# two-letter clinical abbreviations that stand before an age as a problem or a service
_CLINICAL_PAIRS = frozenset(
    ["HF", "MI", "PE", "DM", "CP", "UA", "LP", "AF", "VT", "VF", "GI", "GU", "OB", "ER",
     "ED", "OR", "IR", "ID", "IM", "FM", "EM", "PT", "OT", "ST", "RT", "TB", "MS", "CF", "RA",
     "OA", "CA", "BP", "HR", "RR", "AS", "AR", "MR", "TR", "PD", "HD", "CD", "UC", "LE",
     "UE", "RN", "NP", "PA", "MD", "DO", "CC", "HP", "SW", "BG", "OD", "BU", "RD", "MA"]
)  # fmt: skip


def _position_names(text: str, scan: Scan) -> Iterator[Hit]:
    """Names known by where they stand, in a patient story (see the patterns above)."""
    # (its age ends with M, F, yo or y/o)
    aged = scan.longest_number and ("M" in text or "F" in text or "yo" in text or "y/o" in text)
    # (a search first: most texts hold none, and a search that finds none is the cheaper)
    aged = aged and _BARE_INITIALS.search(text) is not None
    for match in _BARE_INITIALS.finditer(text) if aged else ():
        pair = match["name"]
        if pair not in _ACRONYMS and pair not in _NOT_INITIALS and pair not in _CLINICAL_PAIRS:
            yield Hit(match.start("name"), match.end("name"), _N, "name.initials")
    if "'s " in text or "\u2019s " in text:
        yield from _owner_names(text)
    called = scan.longest_number >= 4 and scan.gates & _CALL_NAME_WORDS_BIT
    for match in _CALL_NAME.finditer(text) if called else ():
        name = match["name"]
        if _name_alone_ok(name) and not name.endswith(("ology", "iatry", "ics", "acy")):
            yield Hit(match.start("name"), match.end("name"), _N, "name.to_call")  # not "Radiology"
    for match in _IS_AGE.finditer(text) if " is " in text else ():
        opening = _OPENING_WORD.search(text, max(0, match.start() - 24), match.start())
        if opening is None:
            continue
        name = opening["name"]  # a known first name, or a word told as a person
        if _name_alone_ok(name) and (match["person"] or _known(name.capitalize())):
            yield Hit(opening.start("name"), opening.end("name"), _N, "name.with_age")
    if scan.gates & _SET_OFF_VERBS_BIT and text.count(", ") > 1:
        for match in _SET_OFF.finditer(text):
            if _name_alone_ok(match["name"]):
                yield Hit(match.start("name"), match.end("name"), _N, "name.set_off")
    capitals = scan.gates & _PATIENT_WORDS_BIT and _CAPITAL_WORDS.search(text) is not None
    for match in _PT_UPPER.finditer(text) if capitals else ():
        upper = match["name"].split()
        while upper and (upper[-1] in _ACRONYMS or upper[-1] in _RECORD_LABELS):
            upper.pop()  # "pt MARGARET OYELOWO MRN ...": the name stops at the label
        parts = [w.title() for w in upper]
        if (
            len(parts) >= 2
            and _known(parts[0])
            and _full_name_ok(parts)
            and (not any(w in _ACRONYMS for w in upper))
        ):
            end = match.start("name") + len(" ".join(upper))
            yield Hit(match.start("name"), end, _N, "name.patient")
    spoken = scan.gates & _SPOKEN_WORDS_BIT and (
        ", " in text or "please" in scan.low or " \u2014 " in text or " \u2013 " in text
    )
    for said in _SPOKEN_AFTER.finditer(text) if spoken else ():
        spoken_to = _VOCATIVE.search(text, max(0, said.start() - 40), said.start())
        if spoken_to is None:
            continue
        name = spoken_to["name"]
        # (a name that is also a word is a name when spoken to: "Cliff, we believe you")
        if (
            _known(name)
            and not _bad_name(name, strict=False)
            and name not in _NOT_BARE_NAMES | _WARDS
            and name not in COUNTRIES  # "Thailand, please cook your larb"
        ):
            yield Hit(spoken_to.start("name"), spoken_to.end("name"), _N, "name.spoken_to")
    recorded = (
        text.count(",") >= 2
        and scan.longest_number
        and (_COMMA_AGE_MARK.search(text) or _COMMA_RECORD_MARK.search(text))
    )
    for match in _SURNAME_FIRST.finditer(text) if recorded else ():
        surname, *given = match["name"].replace(",", "").split()
        if (
            _sentence_start(text, match.start())
            and not _bad_name(surname)
            and surname not in _NOT_BARE_NAMES
            and not any(
                _bad_name(w, strict=False) or w in lexicon("eponyms") for w in [surname, *given]
            )
        ):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    if scan.patient:
        yield from _label_names(text, scan.low)
        if scan.gates & _ADDRESSED_WORDS_BIT and _ADDRESSED_CUE.search(text) is not None:
            yield from _addressed_names(text)
    kunya = scan.patient and not scan.words.isdisjoint(_KUNYA_WORDS)
    for match in _KUNYA.finditer(text) if kunya else ():
        yield Hit(match.start(), match.end(), _N, "name.kunya")  # "Abu Fadi", "Umm Ahmed"
    sized = "big" in scan.words or "lil" in scan.words
    for match in _SIZE_NICKNAME.finditer(text) if sized else ():
        if _known(match["name"].split()[1]):
            yield Hit(match.start("name"), match.end("name"), _N, "name.nickname")
    if scan.gates & _PLACED_WORDS_BIT or (scan.longest_number and ("MR" in text or "DOB" in text)):
        yield from _placed_names(text, scan)
    for match in _SURNAME_FAMILY.finditer(text) if scan.gates & _FAMILY_NOUNS_BIT else ():
        group = match.lastgroup or "name"
        surname = match[group]
        if match.group().endswith(_LAND_NOUNS) and (
            surname in _NOT_LAND_OWNERS or _bad_name(surname) or surname in STATE_NAMES
        ):
            continue  # "the Main place", "the Midwest farm": no family's land
        # "The Nakamura family": a surname spelt like a place is still the family's
        if (
            _owner_ok(surname, place_ok=group == "name")
            and surname not in _NOT_SURNAMES
            and surname.lower() not in lower_set("facility_words")
            and not _SERVICE_END.search(surname)
            and surname != "Holy"
            and surname not in _KINDS_OF_FAMILY
            and surname not in LANGUAGES  # "Kurdish family": a people's
            and not (group == "alone" and surname.endswith(_ADJECTIVE_ENDS))
        ):
            yield Hit(match.start(group), match.end(group), _N, "name.family")
    taken = 0  # (the end of the last name found: names do not overlap)
    for quoted in _INNER_NICKNAME.finditer(text) if '"' in text or "\u201c" in text else ():
        first = _FIRST_BEFORE_QUOTE.search(text, max(taken, quoted.start() - 30), quoted.start())
        if first is None:
            continue
        named = re.sub('["\u201c\u201d]', " ", text[first.start() : quoted.end()]).split()
        if _known(named[0]) and not _bad_name(named[-1]) and named[-1] not in _NOT_BARE_NAMES:
            taken = quoted.end()
            yield Hit(first.start(), quoted.end(), _N, "name.nickname")
    dob = "dob" in scan.low or "date of birth" in scan.low
    for cue in _DOB_CUE.finditer(text) if dob else ():
        before = _BEFORE_DOB.search(text, max(0, cue.start() - 60), cue.start())
        if before is None:
            continue
        parts = [w.title() if w.isupper() else w for w in before["name"].split()]
        if _full_name_ok(parts) and not any(w.upper() in _ACRONYMS for w in parts):
            yield Hit(before.start("name"), before.end("name"), _N, "name.record")
    known = _known_names()
    if "yo" in text or "y/o" in text or "y.o." in text:
        for match in _SPACE_AGE.finditer(text):
            name = match["name"]
            if _known(name) and name not in _NOT_BARE_NAMES and name not in _MONTHS_DAYS:
                yield Hit(match.start("name"), match.end("name"), _N, "name.with_age")
    dotted = (". " in text or text[-1:] == ".") and _INITIAL_DOT.search(text) is not None
    for dot in _INITIAL_DOT.finditer(text) if dotted else ():
        before = _NAME_BEFORE_INITIAL.search(text, max(0, dot.start() - 40), dot.end())
        if before is not None:
            name = before["name"]
            title = name.title() if name.isupper() else name
            if (
                title in known
                and title not in _NOT_BARE_NAMES
                and title not in _MONTHS_DAYS
                and title not in _WARDS
                and name not in _ACRONYMS
                and title.lower() not in _KIN_WORDS
            ):
                yield Hit(before.start(), before.end(), _N, "name.initials")
    word_names = _word_names()
    ambiguous = scan.gates & _AMBIGUOUS_NAMES_BIT
    for low_word in scan.cues & lower_set("ambiguous_names") if ambiguous else ():
        word = low_word.capitalize()
        if word not in word_names or word not in text or low_word in _PEOPLE_WORDS:
            continue
        for found in _word_regex(word).finditer(text):
            start, end = found.span()
            if _NOT_AFTER.search(text, max(0, start - 10), start):
                continue
            if _WORD_NAME_AFTER.match(text, end):
                yield Hit(start, end, _N, "name.word_name")
                continue
            sur = _WORD_NAME_SURNAME.match(text, end)
            if sur is not None and _surname_ok(sur["surname"]):
                yield Hit(start, sur.end(), _N, "name.word_name")
    for match in _NAME_THEN_KIN.finditer(text) if " (h" in text or " (t" in text else ():
        if _owner_ok(match["name"]):
            yield Hit(match.start("name"), match.end("name"), _N, "name.kin")
    if ("'s " in text or "\u2019s " in text) and scan.gates & _OWNER_KIN_WORDS_BIT:
        for match in _OWNER_OF_KIN.finditer(text):
            if not _owner_ok(match["name"]):
                continue
            yield Hit(match.start("name"), match.end("name"), _N, "name.kin")
    if scan.gates & _NICK_WORDS_BIT and ('"' in text or "\u201c" in text):
        for match in _NICKNAME.finditer(text):
            if match["name"].split()[-1] not in known:
                continue
            yield Hit(match.start("name"), match.end("name"), _N, "name.nickname")
            second = match["second"]
            if second and not _bad_name(second) and second not in _NOT_BARE_NAMES:
                yield Hit(match.start("second"), match.end("second"), _N, "name.nickname")


def _placed_names(text: str, scan: Scan) -> Iterator[Hit]:
    """Names known by a newborn's label, a bed, a census label, a spouse or "known as"."""
    words = scan.cues  # (the words looked up here are registered: see _PLACED_WORDS_BIT)
    for match in _NEWBORN.finditer(text) if "baby" in words else ():
        if _owner_ok(match["name"]):
            yield Hit(match.start(), match.end(), _N, "name.patient")
    for match in _BED_IS.finditer(text) if not words.isdisjoint(_BED_WORDS) else ():
        if _owner_ok(match["name"]):
            yield Hit(match.start("name"), match.end("name"), _N, "name.patient")
    labels = scan.longest_number and (
        not words.isdisjoint(_BED_WORDS) or "MR" in text or "DOB" in text or "acct" in words
    )
    for match in _UPPER_INITIAL.finditer(text) if labels else ():
        surname = match["name"].split(",")[0]
        labelled = _LABEL_AROUND_AFTER.match(text, match.end()) or _LABEL_AROUND_BEFORE.search(
            text, max(0, match.start() - 14), match.start()
        )
        if labelled and surname not in _ACRONYMS and _owner_ok(surname.title()):
            yield Hit(match.start("name"), match.end("name"), _N, "name.record")
    for match in _AND_SPOUSE.finditer(text) if not words.isdisjoint(_SPOUSES) else ():
        if _owner_ok(match["name"]) and match["name"].lower() not in _KIN_WORDS:
            yield Hit(match.start("name"), match.end("name"), _N, "name.kin")
    quoted = '"' in text or "'" in text or "\u201c" in text or "\u2018" in text
    for match in (
        _KIN_OF.finditer(text) if " of" in text and not words.isdisjoint(_KIN_OF_WORDS) else ()
    ):
        for group in ("a", "b"):
            if match[group] is not None and _owner_ok(match[group]):
                yield Hit(match.start(group), match.end(group), _N, "name.kin")
    for match in _KNOWN_AS.finditer(text) if quoted and not words.isdisjoint(_KNOWN_WORDS) else ():
        yield Hit(match.start("name"), match.end("name"), _N, "name.nickname")


def _owner_ok(name: str, *, place_ok: bool = False) -> bool:
    """A capitalised word that can be a person's name of any origin (not a word, a place...).

    With ``place_ok``, a known place can be one too ("The Nakamura family").
    """
    return not (
        _bad_name(name)
        or name in _NOT_OWNERS
        or name in _NOT_BARE_NAMES
        or name in _WARDS
        or name in lexicon("eponyms")
        or (not place_ok and name in lexicon("places"))
        or name.lower() in _KIN_WORDS
        or name.lower() in _CLINICIAN_WORDS
        or name.lower() in _HONORIFIC_WORDS
    )


def _surname_ok(word: str) -> bool:
    """A capitalised word after a first name that can be a surname."""
    return (
        _owner_ok(word)
        and word not in _known_names()
        and word.lower() not in lower_set("facility_words")
        and word not in _NOT_SURNAMES
        and not _SERVICE_END.search(word)
    )


# streets, landforms and things named "<word> <noun>": "Hope Street", "Rocky Mountain"
_NOT_SURNAMES = frozenset(
    ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Boulevard",
     "Blvd", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Highway", "Hwy", "Square",
     "Mountain", "Mountains", "Mount", "River", "Lake", "Valley", "Park", "Hill", "Hills",
     "Creek", "Springs", "Falls", "Island", "Beach", "Bay", "Point", "Ridge", "Forest",
     "Woods", "Grove", "Gardens", "Harbor", "Heights", "Meadows", "Village", "County",
     "City", "Town", "Fever", "Olympics", "Games", "Camp", "Break", "Season", "Festival",
     "Fund", "Foundation", "Project", "Award", "Awards", "Prize", "Series", "Cup",
     # the last word of a room or an institution: "Ellison Conference Room", "Tiny Lives Trust"
     "Theatre", "Theater", "Room", "School", "Schools", "Days", "Day", "Week", "Conference",
     "Trust", "Lecture", "Hall", "Society", "Association", "College", "Academy", "Team",
     "Group", "Program", "Programme", "Service", "Services", "Unit", "Ward", "Lab", "Network",
     "Council", "Board", "Museum", "Library", "Apt", "Suite",
     # verbs of advice before "family": "Check family hx!", "Screen family members"
     "Check", "Ask", "Screen", "Test", "Counsel", "Update", "Notify", "Involve", "Support"]
)  # fmt: skip


# word gates (see _gates.py): the bit of each cue-word set the checks above test
_CLINICIAN_WORDS_BIT = gate(_CLINICIAN_WORDS)
_KIN_WORDS_BIT = gate(_KIN_WORDS)
_PATIENT_WORDS_BIT = gate(_PATIENT_WORDS)
_ROLE_NAME_WORDS_BIT = gate(_ROLE_NAME_WORDS)
_HONORIFIC_WORDS_BIT = gate(_HONORIFIC_WORDS | {rank.lower() for rank in _RANKS})
_LOCAL_TITLE_BIT = gate(local.HONORIFIC_WORDS)
_CALLED_WORDS_BIT = gate(_CALLED_WORDS)
_SINGLE_KIN_BIT = gate(_SINGLE_KIN)
_TITLE_KIN_BIT = gate(_TITLE_KIN)
_OWNERS_BIT = gate(_OWNERS)
_FOR_WORDS_BIT = gate(_FOR_WORDS)
_VISIT_WORDS_BIT = gate(_VISIT_WORDS)
_TOLD_WORDS_BIT = gate(_TOLD_WORDS)
_SAID_WORDS_BIT = gate(_SAID_WORDS)
_OWNER_KIN_WORDS_BIT = gate(_OWNER_KIN_WORDS)
_NICK_WORDS_BIT = gate(_NICK_WORDS)
_PLACED_WORDS_BIT = gate(_BED_WORDS | _SPOUSES | _KNOWN_WORDS | _KIN_OF_WORDS | {"baby", "acct"})
_SET_OFF_VERBS_BIT = gate(_SET_OFF_VERBS)
_SPOKEN_WORDS_BIT = gate(_SPOKEN_WORDS)
_FAMILY_NOUNS_BIT = gate(_FAMILY_NOUNS)
_CALL_NAME_WORDS_BIT = gate(_CALL_NAME_WORDS)
# (registered so that a text's cues hold its words of these sets: _nickname_possible's)
_NICKNAME_WORDS_BIT = gate(_NICKNAME_VERBS | _NICKNAME_KIN | {"s"})
_RECORD_WORDS_BIT = gate(_RECORD_WORDS)
_CALLED_ROMANCE_WORDS_BIT = gate(_CALLED_ROMANCE_WORDS)
_ADDRESS_WORDS_BIT = gate(_ADDRESS_WORDS)
_TITLED_AFTER_WORDS_BIT = gate(_TITLED_AFTER_WORDS)
_LABEL_WORDS_BIT = gate(_LABEL_WORDS)
_RECORD_FIELD_WORDS_BIT = gate(_RECORD_FIELD_WORDS)
_BED_WORDS_BIT = gate(_BED_WORDS)
_ADDRESSED_WORDS_BIT = gate(_ADDRESSED_WORDS)
_OF_KIN_WORDS_BIT = gate(_OF_KIN_WORDS)
# and of the lexicon word sets, built on first use
_LOWER_FIRST_NAMES_BIT = lazy_gate(_lower_first_names)
_AMBIGUOUS_NAMES_BIT = lazy_gate(lambda: lower_set("ambiguous_names"))
