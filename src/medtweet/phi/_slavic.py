"""Names, towns and dates written in the Latin letters of Central and Eastern Europe.

Polish, Czech, Slovak, Serbian, Croatian, Bosnian and Romanian decline a name or a town after
the word before it: "do syna Piotra" (Piotr), "wnuczkę Agatę" (Agata), "z Olomouce"
(Olomouc), "iz Čačka" (Čačak). The lexicons hold the names as written alone, so in a
patient story these are read by their cue instead (Safe Harbor (A) and (B)):

- a name after a relative's or a title's word in any of its cases ("syna Piotra", "pana
  Edwarda", "Bunica Ecaterina", "Čika Žika", "unukom Nemanjom");
- a town after the word for "from" ("z Kolína", "iz Smedereva", "din Pitești", "aus Cherson"),
  unless it is a country, a ward or an institution ("z Ukrainy", "z Oddziału");
- a date whose month is a Roman numeral ("ur. 3.II.1958", "od 14.XI."), as these languages
  write it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._model import Category

__all__ = ["find_slavic"]

_N = Category.NAME
_G = Category.GEOGRAPHIC
_D = Category.DATE

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĢĪĶĹĽŁŃŅŇŌŐŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_LOWER = "a-zß-öø-ÿāăąćčďđēęěģīķĺľłńņňōőŕřśşšţťūůűųźżžșț"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_RUN = rf"{_WORD}(?:[ \t]+{_WORD})?"

# a relative's or a title's word, in the cases a name after it takes
_BEFORE_NAME = (
    # Polish
    r"syn|syna|synem|synowi|córki|córkę|córką|wnuk|wnuka|wnukiem|wnuczka|wnuczki|"
    r"wnuczkę|wnuczką|żony|żonę|żoną|męża|mężem|mamy|mamę|mamą|tata|taty|"
    r"babcia|babci|babcię|dziadek|dziadka|siostra|siostry|siostrę|brat|brata|bratem|ciocia|"
    r"cioci|wujek|wujka|sąsiad|sąsiada|sąsiadka|pan|pana|panu|panem|pani|panią|"
    # Czech and Slovak
    r"dcera|dcery|dceru|vnuk|vnuka|vnučka|vnučky|manžel|manžela|manželka|manželky|babička|"
    r"babičky|dědeček|děda|dědy|teta|tety|strýc|paní|pán|"
    # Serbian, Croatian, Bosnian
    r"sin|sina|sinom|kći|kćer|ćerka|ćerkom|ćerke|unuk|unuka|unukom|unuku|žena|žene|ženom|"
    r"muž|muža|mužem|baka|bake|deda|djed|djeda|čika|tetka|ujak|stric|gospodin|gospođa|"
    r"gospodina|gospođe|"
    # Romanian
    r"fiul|fiica|fiicei|nepotul|nepoata|soția|soțul|soției|tatăl|bunica|bunicul|"
    r"bunicii|fratele|domnul|doamna|doamnei|domnului|tanti"
)
_NAME_CUED = re.compile(
    rf"(?<![\w.])(?i:{_BEFORE_NAME})[ \t]+(?:(?i:jego|jej|ich|său|sa|lui)[ \t]+)?(?P<n>{_RUN})"
)
# (the capitalised words after a title that are no name: "pani doktor", "Pan Bóg")
_NOT_NAMES = frozenset(["Doktor", "Doktorze", "Doktora", "Bóg", "Boga", "Profesor", "Dr"])
# "from", before a town: Polish, Czech, Slovak "z"/"ze", Serbian and Croatian "iz",
# Romanian "din", German "aus" (a refugee's town in a German post)
_FROM = re.compile(rf"(?<![\w.])(?:z|ze|iz|din|aus|zpod|spod)[ \t]+(?P<p>{_RUN})(?![\w])")
# the first letters of countries, continents, wards and institutions in these languages
# (a country is larger than a state; a ward or an institution is no town)
_NOT_TOWNS = (
    "Ukrain", "Ukrajin", "Ucrain", "Polsk", "Polski", "Polen", "Niem", "Němec", "Německ",
    "Njemačk", "Nemačk", "Germani", "Deutschland", "Rumun", "Romani", "Român", "Rumänien",
    "Serbi", "Srbij", "Srbsk", "Mołdaw", "Moldov", "Włoch", "Itali", "Angli", "Anglie",
    "Franc", "Hiszpan", "Spani", "Irland", "Kanad", "Ameryk", "Americ", "Czech", "Česk",
    "Słowac", "Slovak", "Sloven", "Węgier", "Maďar", "Ungar", "Austri", "Rakousk",
    "Österreich", "Litw", "Łotw", "Białoru", "Bělorus", "Rosj", "Rusk", "Rusij", "Rusia",
    "Russland", "Bułgar", "Bulgar", "Chorwac", "Hrvatsk", "Kroatien", "Bosn", "Europ", "Evrop",
    "Afryk", "Afric", "Afrik", "Azji", "Asia", "Asien", "Izrael", "Turc", "Turk", "Türk",
    "Grec", "Syri", "Kosov", "Makedon", "Gruzj", "Georgi", "Szwecj", "Švéd", "Suedi",
    "Norweg", "Norveg", "Holand", "Olanda", "Belgi", "Portugal", "Schweiz", "Afghanistan",
    "Irak", "Iran", "Oddzia", "Klinik", "Szpital", "Spital", "Nemocnic", "Bolnic", "Kranken",
    "Notauf", "Prax", "Pogotow", "Przychodn", "Hospic", "Ośrod", "Centr", "Zentr", "Instytut",
    "Institut", "Uniwersytet", "Univerzit", "Universit", "Urgen", "Ambulan", "Domu", "Dom ",
    "Bogiem", "Bogom", "Panem", "Panią", "Pani", "Pan ", "Doktor", "Dr",
)  # fmt: skip
# a day, a month in Roman numerals and perhaps a year: "3.II.1958", "14. XI. 2023", "od 3.II"
_ROMAN_DATE = re.compile(
    r"(?<![\w.])(?:[12]\d|3[01]|0?[1-9])\.(?:[ \t]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
    r"\.(?:[ \t]?(?:19|20)\d\d(?!\d))?|(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\w.]))"
)


# the patterns' words, as the post's words are split and lower-cased: each pattern runs
# only where one of its words is (a set test, not a search of the text)
_CUE_WORDS = frozenset(_BEFORE_NAME.replace("\\", "").split("|"))
_FROM_WORDS = frozenset(["z", "ze", "iz", "din", "aus", "zpod", "spod"])
# (a digit, a dot, a Roman numeral: found from the dot, a literal the engine skips to faster
# than to a class)
_ROMAN_GATE = re.compile(r"\.(?<=\d\.)[ \t]?[IVX]")


def find_slavic(text: str, scan: Scan) -> Iterator[Hit]:
    """Declined names and towns, and Roman-numeral dates, in a patient story."""
    if not scan.patient:
        return
    for match in _ROMAN_DATE.finditer(text) if _ROMAN_GATE.search(text) else ():
        yield Hit(match.start(), match.end(), _D, "date.roman_month")
    cued = not scan.words.isdisjoint(_CUE_WORDS)
    for match in _NAME_CUED.finditer(text) if cued else ():
        name = match["n"]
        if name.split()[0] not in _NOT_NAMES:
            yield Hit(match.start("n"), match.end("n"), _N, "name.declined")
    placed = not scan.words.isdisjoint(_FROM_WORDS)
    for match in _FROM.finditer(text) if placed else ():
        town = match["p"]
        if not town.startswith(_NOT_TOWNS) and not town.isupper():
            yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
