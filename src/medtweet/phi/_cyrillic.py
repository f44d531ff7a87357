"""Names, towns and streets written in Cyrillic, in a patient story.

A clinician in Sofia, Kharkiv or Belgrade (or one caring for their diaspora) writes
"Пациентът Иван Петров от Габрово", "баба Райна", "вул. Шевченка 5": a name and a place
smaller than a state (Safe Harbor (A) and (B)) in Cyrillic letters, which the Latin-letter
rules do not read.

- A name: a capitalised run after a patient's, a relative's or a title word ("баба Райна",
  "г-жа Петрова", "синът Георги"); a run that opens with a known first name ("Иван Петров");
  two or three capitalised words one of which ends as Slavic surnames and patronymics do
  ("Олена Коваленко", "Сергеевна").
- A place: a capitalised run after a word that places someone ("от Габрово", "из Твери",
  "с. Ковачевица"), unless it is a person's name; a known town written alone ("Габрово");
  a street after its word, with its number ("ул. Шипка 12", "вул. Шевченка 5").

Known first names and towns come from the ``cyrillic_names`` and ``cyrillic_places`` word
lists (Faker, GeoNames); a word is looked up as written and with its case ending
replaced, as Russian and Ukrainian decline names ("Марии", "Харкова").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon
from medtweet.phi._model import Category

__all__ = ["find_cyrillic"]

_N = Category.NAME
_G = Category.GEOGRAPHIC

_UPPER = "\u0410-\u042f\u0400-\u040f\u0490"  # А-Я, Ѐ-Џ (Ё, Ђ, Є, І, Ї, Ј, Љ, Њ, Ћ, Џ), Ґ
_LOWER = "\u0430-\u044f\u0450-\u045f\u0491'\u2019"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
_RUN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# a patient, a relative or a title of respect before a name ("баба Райна", "г-жа Петрова")
_BEFORE_NAME = (
    r"пациент|пациентът|пациентка|пациентката|пациента|пациентку|пацієнт|пацієнтка|"
    r"пацієнта|пацієнтку|пацијент|пацијенткиња|пацијента|баба|бабушка|бабуся|бабця|бака|"
    r"дядо|дедушка|дідусь|деда|дед|дід|дядя|тётя|тетя|тітка|стрина|сын|син|синът|сина|"
    r"дочь|дочка|донька|дъщеря|дъщерята|ћерка|жена|жената|муж|мъж|мъжът|чоловік|дружина|"
    r"съпруга|съпругата|съпруг|съпругът|супруга|супруг|мама|майка|майката|мајка|папа|баща|"
    r"бащата|отац|тата|брат|брата|брат му|сестра|сестрата|внук|внучка|внучката|внука|"
    r"г-н|г-жа|г-ца|господин|госпожа|господина|госпожу|гражданин|гражданка|пан|пані|пана|"
    r"малыш|малюк|дете|дитина|ребёнок|ребенок|момче|момиче|мальчик|девочка|хлопчик|"
    r"дівчинка|дечак|девојчица|на име|по имени|на ім'я|на ім’я|зовут|звати|казва се"
)
# a possessive after a relative's word ("синът му Калоян", "его жена Ольга", "її син Андрій")
_WHOSE = r"(?:(?:му|ѝ|й|ни|им|его|её|ее|її|його|їх|их|мой|моя|моята|моят|наш|наша)[ \t]+)?"
_NAME_CUED = re.compile(rf"(?<![\w-])(?i:{_BEFORE_NAME})[ \t]+{_WHOSE}(?P<n>{_RUN})")
# a word that places someone before a town's name: "от Габрово", "из Твери", "с. Ковачевица"
_BEFORE_PLACE = (
    r"от|из|в|във|во|у|до|под|край|близо до|към|із|зі|з|від|біля|поблизу|кај|код|"
    r"село|селото|с\.|град|града|гр\.|г\.|м\.|місто|міста|місті|деревня|деревни|посёлок|"
    r"поселок|смт|район|района|області|области|областта|общ\.|община|общината"
)
_PLACE_CUED = re.compile(rf"(?<![\w.-])(?:{_BEFORE_PLACE})[ \t]+(?P<p>{_RUN})")
# a street's word, its name (or a number and a name: "ул. 6-ти септември") and its number
_STREET = re.compile(
    r"(?<![\w.-])(?:ул\.|улица|улицата|вул\.|вулиця|вулиці|бул\.|булевард|бульвар|пр\.|"
    r"просп\.|проспект|пер\.|переулок|провулок|пл\.|площадь|площа|ж\.к\.|жк|кв\.|мкр\.?|"
    rf"мкрн\.?|микрорайон|мікрорайон)[ \t]*(?:\d{{1,2}}-?\w*[ \t]+)?{_RUN}"
    r"(?:,?[ \t]*(?:№[ \t]?|д\.[ \t]?|буд\.[ \t]?)?\d{1,4}[\w/-]*)?"
)
# a run of two or three names one of which ends as a Slavic surname or patronymic does
_SURNAME_END = (
    r"ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|ський|ська|цкий|цкая|ски|ска|енко|ук|юк|"
    r"чук|ич|ић|вич|вић|вна|ична|ічна|івна|ович|евич|овна|евна|ишин|ишина|ян"
)
_FULL_NAME = re.compile(rf"(?<![\w-])(?P<n>{_WORD}[ \t]+{_WORD}(?:[ \t]+{_WORD})?)(?![\w-])")
_SURNAME = re.compile(rf"(?:{_SURNAME_END})$")
_CAPITALISED = re.compile(rf"(?<![\w-]){_WORD}(?![\w-])")
_NEXT_WORD = re.compile(rf"[ \t]+{_WORD}(?![\w-])")
# case endings a declined name or town may carry in place of its own ("Марии" for "Мария",
# "Харкова" for "Харків" is not reached: that one is read after its cue)
_ENDINGS = ("", "а", "я", "й", "ь", "о", "е", "ія", "ия")


@functools.cache
def _names() -> frozenset[str]:
    return lexicon("cyrillic_names")


@functools.cache
def _places() -> frozenset[str]:
    return lexicon("cyrillic_places")


def _known(word: str, known: frozenset[str]) -> bool:
    """Whether ``word``, as written or with its case ending replaced, is in ``known``."""
    if word in known:
        return True
    for cut in (1, 2):
        stem = word[:-cut]
        if len(stem) >= 3 and any(stem + ending in known for ending in _ENDINGS):
            return True
    return False


# the cue words themselves, lower-cased: never part of the name that follows them
_CUE_WORDS = frozenset(_BEFORE_NAME.split("|"))
# (the cue words a run opens with, "Пациентът" of "Пациентът Иван Петров")
_LEADING_CUES = re.compile(rf"(?i:(?:{_BEFORE_NAME})[ \t]+)*")


def _person(run: str) -> bool:
    """Whether ``run`` reads as a person's name: a known first name or a surname's ending."""
    words = run.split()
    return _known(words[0], _names()) or (len(words) > 1 and any(map(_SURNAME.search, words)))


def find_cyrillic(text: str, scan: Scan) -> Iterator[Hit]:
    """Names and places written in Cyrillic, in a patient story."""
    if not scan.patient or text.isascii() or _ANY_CYRILLIC.search(text) is None:
        return
    for match in _NAME_CUED.finditer(text):
        yield Hit(match.start("n"), match.end("n"), _N, "name.cyrillic")
    for match in _STREET.finditer(text):
        yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _PLACE_CUED.finditer(text):
        run = match["p"]
        if _person(run):
            yield Hit(match.start("p"), match.end("p"), _N, "name.cyrillic")
        else:
            yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
    for match in _FULL_NAME.finditer(text):
        lead = _LEADING_CUES.match(text, match.start("n"), match.end("n"))
        start = lead.end() if lead is not None else match.start("n")
        if start < match.end("n") and _person(text[start : match.end("n")]):
            yield Hit(start, match.end("n"), _N, "name.cyrillic")
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word.lower() in _CUE_WORDS:
            continue
        after = _NEXT_WORD.match(text, match.end())
        if _known(word, _names()):  # "Иван Петров": a known first name and what follows it
            yield Hit(match.start(), after.end() if after else match.end(), _N, "name.cyrillic")
        elif after is not None and word + after.group() in _places():  # "Стара Загора"
            yield Hit(match.start(), after.end(), _G, "geo.city")
        elif word in _places():
            yield Hit(match.start(), match.end(), _G, "geo.city")
