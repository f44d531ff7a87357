"""Streets, declined towns, names and feasts as Nordic and Baltic posts write them.

A clinician in Tromsø, Tampere, Tartu or Kaunas writes "Storgata 14, 9900 Kirkenes",
"Kauppakatu 9 B 12, Kajaani", "Brīvības ielā 112-4, Rīgā", "Laisvės al. 53, Kaune",
"Nokialta", "Kuopiosta", "no Cēsīm", "Helju Tamm, 99", "vappuaattona", "Jaanipäeval": a
street, a town smaller than a state, a name or a date element (Safe Harbor (A)-(C)) that
the English rules do not read. In a patient story:

- a street: a word ending as a Nordic, Finnish or Estonian street's name ends ("-gata",
  "-vägen", "-vej", "-katu", "-tie", "-tänav"), or the words before a separate street word
  ("Kong Oscars gate", "Brīvības ielā", "Pilies g.", "Laisvės al."), with its number, its
  staircase and flat ("9 B 12", "41-7"), and the postcode and town after it; a word and a
  house-and-flat number before a known town ("Vanemuise 41-7, Tartu");
- a known town in one of the cases Finnish, Estonian, Latvian, Lithuanian, Icelandic and
  the Scandinavian languages give it ("Kuopiosta", "Joensuussa", "Tartus", "Rīgā",
  "Liepājas", "Kaune", "Trakų", "Akureyrar", "Umeås"), unless it is a first name;
- a name of two or three capitalised words, one written with letters beyond ASCII, before
  an age ("Helju Tamm, 99", "Áilu Niillas Gaup, 58", "Ingebjørg, 94");
- a feast, whatever its case ending ("vappuaattona", "Itsenäisyyspäivänä", "Jaanipäeval",
  "Joninių", "lillejulaften", "Valborgsmässoafton", "Luciamorgonen");
- a day and a month with their dots after a word of admission, birth or death ("innlagt
  3.11", "juhli 9.7."), or before a lower-case word ("9.7. ja");
- an age of 90 or more said of someone ("Han är 90", "Hun er 96", "hon har fyllt 101");
- Lithuania's personal code after its short cue ("a.k. 34112051833").
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon
from medtweet.phi._model import Category

__all__ = ["find_nordic"]

_G = Category.GEOGRAPHIC
_N = Category.NAME
_D = Category.DATE

_UP = "A-ZÀ-ÖØ-ÞĀČĒĢĪĶĻŅŠŪŽĖĮŲŌ"
_LOW = "a-zß-öø-ÿāčēģīķļņšūžėįųōđŋŧ"
_CAP = rf"[{_UP}][{_LOW}'\u2019]+(?:-[{_UP}]?[{_LOW}]+)?"
# letters a Nordic or Baltic language writes that English does not: the gate of the rules
# (not the acute accents Icelandic shares with Spanish, nor the umlaut German has too)
_NORDIC_LETTERS = re.compile(r"[åäöøæõšžāēīūėųįčņļķģðþÅÄÖØÆÕŠŽĀĒĪŪĖŲĮČŅĻĶĢÐÞ]")


_STREET_ENDINGS = (
    "gatan|gata|gate|gaten|gade|gaden|vägen|väg|vej|vejen|veien|vei|vegen|veg|vegur|vegi|"
    "götu|gränd|stræde|stræti|allé|plass|plads|torget|torg|katu|kadulla|tie|kuja|polku|"
    "raitti|väylä|tänav|puiestee|maantee"
)
# the street words a post in plain ASCII may hold ("Storgata 14", "Pilies g. 14"): the
# endings of its words (lower-cased), a cheap gate on the street rules
_STREET_SUFFIXES = (*_STREET_ENDINGS.split("|"), "iela", "mnt", "pst")
# a flat's number after the house's: "9 B 12", "41-7", "14 A", "112-4"
_NUMBER = r"\d{1,4}(?:[ ]?[A-Z](?:[ ]\d{1,3})?(?![\w])|-\d{1,3}|/\d{1,3})?"
# a postcode and its town after a street: ", 9900 Kirkenes", ", 981 38 Kiruna", ", LV-1010 Rīga"
_TOWN_AFTER = (
    rf"(?:,?[ ](?:\d{{4,5}}|\d{{3}} \d{{2}}|[A-Z]{{2}}-\d{{4,5}})[ ]{_CAP}(?:[ ][A-Z]\b)?)"
)
_STREET = re.compile(
    rf"(?<![\w-])(?:{_CAP}[ ])?[{_UP}][{_LOW}'\u2019-]*(?:{_STREET_ENDINGS})[ ]{_NUMBER}"
    rf"{_TOWN_AFTER}?"
    # or the words before a separate street's word: "Kong Oscars gate 22", "Pilies g. 14"
    rf"|(?<![\w-])(?:{_CAP}[ ]){{1,3}}(?:gate|gata|gatan|vei|veg|vej|iela|ielā|ielu|g\.|"
    rf"gatvė|gatvėje|al\.|alėja|pr\.|prospektas|tänav|mnt\.|pst\.)[ ]{_NUMBER}{_TOWN_AFTER}?"
)
# a word and a house-and-flat number before a town: "Vanemuise 41-7, Tartu"
_HOUSE_BEFORE_TOWN = re.compile(
    rf"(?<![\w-])(?P<street>[{_UP}][{_LOW}]+[ ]\d{{1,4}}[-/]\d{{1,3}}),[ ](?P<town>{_CAP})"
)
# the case endings a town takes, and what its own name ends with instead ("" for nothing)
_CASES = (
    # Finnish: from, in, on, to, into, of ("Kuopiosta", "Joensuussa", "Turkuun", "Espooseen")
    ("sta", ""), ("stä", ""), ("ssa", ""), ("ssä", ""), ("lta", ""), ("ltä", ""),
    ("lla", ""), ("llä", ""), ("lle", ""), ("seen", ""), ("n", ""), ("un", ""), ("uun", "u"),
    ("oon", "o"), ("iin", "i"), ("aan", "a"), ("ään", "ä"), ("yyn", "y"), ("elle", "i"),
    ("en", "i"), ("ella", "i"), ("esta", "i"), ("essa", "i"),
    # (after a name ending in a consonant, with "i" between: "Taysista", "Taysissa")
    ("ista", ""), ("issa", ""), ("illa", ""), ("ille", ""), ("ilta", ""),
    # Estonian: in, from, into, to ("Tartus", "Pärnusse")
    ("s", ""), ("st", ""), ("sse", ""), ("le", ""), ("lt", ""),
    # Latvian: in, of, to ("Rīgā", "Liepājas", "Talsiem", "Cēsīm")
    ("ā", "a"), ("as", "a"), ("ai", "a"), ("iem", "i"), ("īm", "is"), ("os", "i"), ("ī", "s"),
    # Lithuanian: of, in ("Klaipėdos", "Kaune", "Vilniuje", "Alytaus", "Trakų", "Kernavėje")
    ("os", "a"), ("oje", "a"), ("e", "as"), ("uje", "us"), ("aus", "us"), ("ų", "ai"),
    ("ėje", "ė"), ("ės", "ė"), ("iaus", "ius"), ("yje", "is"),
    # Icelandic: of ("Akureyrar")
    ("ar", "i"),
)  # fmt: skip
_BALTIC_LETTERS = re.compile("[āēīūėųįņļķģĀĒĪŪĖŲĮŅĻĶĢ]")
_NORDIC_WORD = re.compile(r"\w*[åäöøæõšžāēīūėųįčņļķģðþÅÄÖØÆÕŠŽĀĒĪŪĖŲĮČŅĻĶĢÐÞ]\w*")
# English's commonest words: a post with one is written in English
_ENGLISH = frozenset(
    ["the", "and", "with", "was", "is", "of", "for", "her", "his", "had", "has",
     "she", "an", "at", "our", "my", "this", "that", "from", "after"]
)  # fmt: skip
# a day past the 12th and a month with a slash, as the region writes them ("23/12", "27/7")
_DAY_MONTH = re.compile(r"(?<![\w/.,-])(?:3[01]|2\d|1[3-9])/(?:1[0-2]|0?[1-9])(?![\w/]|[.,]\d)")
_AFTER_CAPITAL = re.compile(rf"[{_UP}][{_LOW}]+[ ]$")
_CAPITALISED = re.compile(rf"(?<![\w-])[{_UP}][{_LOW}]{{3,}}(?![\w-])")
# a name before an age: two or three capitalised words (or one, with letters beyond ASCII)
_NAME_AGE = re.compile(
    # (not a people's name in brackets: "Aroha (Māori, 91)")
    rf"(?<![\w(-])(?P<n>{_CAP}(?:[ ](?:á[ ])?{_CAP}){{0,2}})(?:,[ ]|[ ]\()"
    r"(?:\d|[1-9]\d|1[01]\d)(?:[,.)]|[ ](?:år|ára|m\.|g\.|v\.|a\.|aastane)|$)"
)
# an age of 90 or more said of someone: "Han är 90", "Hun er 96", "Rouva on 92", "hon har
# fyllt 101"
_IS_AGED = re.compile(
    r"(?<![\w-])(?:[Hh]an|[Hh]on|[Hh]un|[Hh]ann|[Hh]ún|[Hh]än|[Ss]e|[Vv]iņš|[Vv]iņa|[Jj]is|"
    r"[Jj]i|[Tt]a|Rouva|Herra|Mummo|Pappa|Mormor|Farmor|Morfar|Farfar|Bestemor|Bestefar)"
    r"[ ](?:(?:är|er|on|ir|yra|er nú|har|hefur|blev|ble|blir|bliver|täytti|täyttää|fyllde|"
    r"fylte|fyldte|varð)[ ])+(?:fyllt[ ]|fylt[ ]|fyldt[ ]|orðin[ ]|orðinn[ ])?"
    r"(?P<a>\d{2,3})(?!\d|[.,]\d)"
)
# a capitalised word after a word that places someone, in the Nordic languages: "från Orsa",
# "fra Samsø", "på Holmön", "frá Grímsey", "iš Trakų"
_PLACED = re.compile(
    rf"(?<![\w-])(?:från|fra|frå|frá|på|i|í|til|till|ved|vid|nær|nära|iš|no|á)[ ]"
    rf"(?P<p>[{_UP}][{_LOW}]{{2,}})(?![\w-])"
)
# the endings of an agency's or a service's name, no town: "Socialstyrelsen", "Helsenorge"
_AGENCY_ENDINGS = (
    "styrelsen", "verket", "direktoratet", "myndigheten", "instituttet", "institutet", "rådet",
    "tilsynet", "centret", "senteret", "kontoret", "appen", "norge", "sverige", "danmark",
)  # fmt: skip
# a Nordic phone number in pairs after a calling word: "ringer fra 20 41 73 88"
_CALLED = re.compile(
    r"(?i:ringer|ringte|ringde|ringe|ring|tlf\.?|tel\.?|mob\.?|mobil|puh\.?|numerosta|"
    r"nummer|numret|numeriu|telefon|telefonnummer|hringdi|síma)"
    r"(?:[ ][a-zåäöøæ]+){0,2}[ ](?P<v>\d{2}(?:[ ]\d{2}){3}|\d{3}[ ]\d{2}[ ]\d{3})(?![\d])"
)
# a name before a Nordic national number's shape, or after an age's word or a worker's word:
# "Pentti Heikkinen 150552-3148", "92-vuotias Aino Mäkelä", "kuljettaja Reijo Ollila"
_NAME_BY = re.compile(
    rf"(?<![\w-])(?P<a>{_CAP}[ ]{_CAP}),?[ ]\d{{6}}[-+A]\d{{3}}[\dA-Z](?![\w-])"
    rf"|(?:\d-vuotias|\d-aastane|\d-årig|\d-årige|\d åriga|kuljettaja|förare|sjåfør|"
    rf"chaufför|potilas|pasient|patienten|pacientas|pacients)[ ](?P<b>{_CAP}[ ]{_CAP})(?![\w-])"
)
# Lithuania's personal code after its short cue: "a.k. 34112051833"
_LITHUANIAN_ID = re.compile(r"(?<![\w.])a\.\s?k\.:?\s?(?P<v>[3-6]\d{10})(?!\d)")
_FEASTS = re.compile(
    r"(?i)(?<![\w-])(?:lillejulaft\w*|julaft\w*|valborgsmässoaft\w*|valborg(?:s)?(?:natt|kväll)"
    r"\w*|lucia(?:morgon|dag)\w*|självstyrelsedag\w*|vappu\w*|itsenäisyyspäiv\w*|"
    r"jouluaat\w*|joulupäiv\w*|uudenvuodenaat\w*|jaanipäev\w*|jaaniõhtu\w*|jõululaupäev\w*|"
    r"joninių|joninės|joninėse|kūčių|kūčios|kūčiose|vėlinių|vėlinės|grundlovsdag\w*|"
    r"þjóðhátíð\w*|sumardagurinn\s+fyrsti|sumardaginn\s+fyrsta|syttende\s+mai|"
    r"jāņu\s+(?:nakt\w*|vakar\w*|dien\w*)|līgo\s+(?:vakar\w*|dien\w*))"
)
_FEAST_STEMS = (
    "julaft", "valborg", "lucia", "självstyrelse", "vappu", "itsenäisyys", "joulu", "uudenvuoden",
    "jaani", "jõulu", "jonin", "kūči", "vėlin", "grundlov", "þjóðhát", "sumardag", "syttende",
    "jāņu", "līgo",
)  # fmt: skip
# a day and a month with their dots after a word of admission, birth or death, or a
# celebration: "innlagt 3.11", "juhli 9.7.", "født 4.5.", "död 12.1."
_DOTTED = re.compile(
    r"(?<![\w])(?i:innlagt|innlagd|inlagd|indlagt|indlagd|lagt inn|opereret|operert|"
    r"opererad|født|född|fødd|død|döda?|døde|dog|juhli|juhlii|syntyi|kuoli|saapui|tuli|"
    r"sündis|suri|dzimis|mira|gimė|mirė|fæddist|lést|kom|kommer|den|d\.)"
    r"(?:[ ][a-zäöåøæ]+)?[ ](?P<d>(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?)"
    r"(?![\d.]|\.\d)"
    # or with both its dots before a lower-case word: "9.7. ja päätyi"
    r"|(?<![\w.,])(?P<t>(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?=[ ][a-zäöåøæõü])"
)


# the words before a dotted date, lower-cased (a gate, in a post with no Nordic letter too)
_DOTTED_WORDS = frozenset(
    ["innlagt", "innlagd", "inlagd", "indlagt", "indlagd", "opereret", "operert", "opererad",
     "født", "född", "fødd", "død", "död", "döda", "døde", "juhli", "juhlii", "syntyi", "kuoli",
     "saapui", "sündis", "suri", "dzimis", "mira", "gimė", "mirė", "fæddist", "lést"]
)  # fmt: skip


@functools.cache
def _places() -> frozenset[str]:
    """Known towns and hospitals, as written and without their diacritics."""
    places = lexicon("places") | lexicon("ambiguous_places") | lexicon("hospital_names")
    return places | {_plain(place) for place in places}


@functools.cache
def _first_names() -> frozenset[str]:
    return lexicon("first_names") | lexicon("more_first_names")


@functools.cache
def _common_words() -> frozenset[str]:
    return lexicon("common_words")


def _plain(word: str) -> str:
    """``word`` without its diacritics ("Rīga" -> "Riga")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _declined_town(word: str) -> bool:
    """Whether ``word`` is a known town in one of its cases (and no first name)."""
    places = _places()
    if word in places or word in _first_names() or word.lower() in _common_words():
        return False
    for ending, own in _CASES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)] + own
            # (Latvian and Lithuanian towns are often listed without their long vowels:
            # "Rīga" as "Riga"; no other letters are dropped, "Någo" is no "Nago")
            if stem in places or (_BALTIC_LETTERS.search(stem) and _plain(stem) in places):
                return stem not in _first_names()
    return False


# the word for the patient, in the languages of the region ("Pacientė, 45 m.")
_PATIENT_WORD = re.compile(r"(?i)(?:pacient|patient|pasient|potila|patsient|pacjent|sjúkling)")


def _person(run: str) -> bool:
    """Whether a capitalised run before an age reads as a person's name, not a town."""
    words = run.split()
    if any(word in _places() for word in words) or _PATIENT_WORD.match(run):
        return False
    return len(words) > 1 or _NORDIC_LETTERS.search(run) is not None


# whether a word ends as a street's name does (called from ``map``, in C)
_ENDS_AS_STREET = operator.methodcaller("endswith", _STREET_SUFFIXES)


def find_nordic(text: str, scan: Scan) -> Iterator[Hit]:
    """Streets, declined towns, names and feasts of Nordic and Baltic posts, in a story."""
    if not scan.patient:
        return
    low = scan.low
    if any(map(low.__contains__, _FEAST_STEMS)):  # (mapped in C: no generator to run)
        for match in _FEASTS.finditer(text):
            yield Hit(match.start(), match.end(), _D, "date.holiday")
    nordic = not text.isascii() and _NORDIC_LETTERS.search(text) is not None
    streets = nordic or (scan.longest_number and any(map(_ENDS_AS_STREET, scan.words)))
    if streets:
        for match in _STREET.finditer(text):
            yield Hit(match.start(), match.end(), _G, "geo.street")
    # a dotted date in a post with a Nordic letter, or with a word of admission, birth or death
    # (those words are read in a post with no such letter too: "innlagt 3.11")
    if scan.longest_number and (nordic or not scan.words.isdisjoint(_DOTTED_WORDS)):
        for match in _DOTTED.finditer(text):
            group = "d" if match["d"] else "t"
            yield Hit(match.start(group), match.end(group), _D, "date.numeric")
    if not nordic:
        return
    for match in _HOUSE_BEFORE_TOWN.finditer(text):
        if match["town"] in _places() or _declined_town(match["town"]):
            yield Hit(match.start(), match.end(), _G, "geo.street")
    # (a town's case is read only in a post written in those languages, not in English with
    # a word of theirs: "Tube" and "Mentors" beside "Māori whānau" are no "Tubas", "Mentor")
    written = _NORDIC_WORD.search(text) is not None and scan.words.isdisjoint(_ENGLISH)
    for match in _CAPITALISED.finditer(text) if written else ():
        # (not a name's last word after a first name: "11 Tomás Villanuevas", many people of
        # one name)
        # (the word right before, looked for in the few letters before it only)
        before = _AFTER_CAPITAL.search(text, max(0, match.start() - 64), match.start())
        if (before is None or before.group().strip() not in _first_names()) and _declined_town(
            match.group()
        ):
            yield Hit(match.start(), match.end(), _G, "geo.city")
    for match in _PLACED.finditer(text):
        word = match["p"]
        if (
            word not in _first_names()
            and word.lower() not in _common_words()
            and not word.lower().endswith(_AGENCY_ENDINGS)
        ):
            yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
    for match in _CALLED.finditer(text) if scan.longest_number else ():
        yield Hit(match.start("v"), match.end("v"), Category.PHONE, "phone.number")
    for match in _NAME_BY.finditer(text):
        group = "a" if match["a"] else "b"
        if _person(match[group]):
            yield Hit(match.start(group), match.end(group), _N, "name.with_age")
    for match in _DAY_MONTH.finditer(text) if written and scan.longest_number else ():
        yield Hit(match.start(), match.end(), _D, "date.numeric")
    for match in _NAME_AGE.finditer(text):
        if _person(match["n"]):
            yield Hit(match.start("n"), match.end("n"), _N, "name.with_age")
    if scan.longest_number == 11:
        for match in _LITHUANIAN_ID.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.national")
    if scan.longest_number:
        for match in _IS_AGED.finditer(text):
            if 90 <= int(match["a"]) <= 125:
                yield Hit(match.start("a"), match.end("a"), Category.AGE, "age.over_89")
