"""Streets and neighbourhoods written in Spanish or Portuguese, in a patient story.

A street is named after its word ("Calle 16 de Septiembre", "Rua Barão de Jaguara 880",
"Carrera 7 #45-10") with its number; a neighbourhood after its word ("col. Bellavista",
"en el barrio San Felipe de Jesús", "la vereda El Tablón"), or with its number ("Comuna 13").
Both are smaller than a state (Safe Harbor (B)), and the names they carry (a date, a saint, a
first name) are read as the place, not as what they would be alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._model import Category

__all__ = ["find_barrios"]

_G = Category.GEOGRAPHIC

# a capitalised word of a place's name, accents and all, or a number ("5 de Mayo")
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'\u2019-]*|\d{1,3}\b)"
# the small words inside a name: "Barão de Jaguara", "San Felipe de Jesús", "El Tablón"
_JOIN = r"(?:de|del|de la|de los|de las|do|da|dos|das|el|la|los|las|y|e)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,3}}"
# (a Colombian "Carrera" only with its number: the word is a surname too)
_STREET_WORDS = (
    r"Calle|Avenida|Av\.|Avda\.|(?:Carrera|Cra\.)(?= \d)|Rua|Travessa|Callej[oó]n|Paseo|"
    r"Calzada|Alameda|Jir[oó]n|Pasaje|Camino"
)
# the street's number: "#214", "# 45-10", ", 140", " 880", "nº 12"
_NUMBER = r"(?:[ \t]*#[ \t]?\d{1,5}[A-Z]?(?:-\d{1,4})?|,?[ \t]+(?:n[º°o]\.?[ \t]*)?\d{1,5}[A-Z]?\b)"
_STREET = re.compile(rf"\b(?:{_STREET_WORDS})[ \t]+(?:{_JOIN}[ \t]+)?{_NAME}{_NUMBER}?")
_NEIGHBOURHOOD_WORDS = (
    # ("Col." capitalised only after a comma, as an address goes on: not a colonel's title)
    r"col\.|(?<=, )Col\.|[Cc]olonia|[Bb]arrio|[Bb]airro|[Ff]raccionamiento|[Ff]racc\.|[Vv]ereda|"
    r"[Aa]ldea|[Cc]aser[ií]o|[Ff]avela|[Aa]sentamiento|[Uu]rbanizaci[oó]n|[Uu]rb\."
)
_NEIGHBOURHOOD = re.compile(
    rf"(?<![\w.])(?:{_NEIGHBOURHOOD_WORDS})[ \t]+(?P<p>{_NAME})"
    # a city's numbered part keeps its word: "Comuna 13", "Zona 18"
    r"|\b(?:Comuna|Zona|Distrito|Sector)[ \t]+\d{1,3}\b"
)
# the patterns' words, as the post's words are split and lower-cased: the patterns run only
# where one of them is (a set test, not a search of the text)
_WORDS = frozenset(
    ["calle", "avenida", "av", "avda", "carrera", "cra", "rua", "travessa", "callejon",
     "callejón", "paseo", "calzada", "alameda", "jiron", "jirón", "pasaje", "camino", "col",
     "colonia", "barrio", "bairro", "fraccionamiento", "fracc", "vereda", "aldea", "caserio",
     "caserío", "favela", "asentamiento", "urbanizacion", "urbanización", "urb", "comuna",
     "zona", "distrito", "sector"]
)  # fmt: skip


def find_barrios(text: str, scan: Scan) -> Iterator[Hit]:
    """Spanish and Portuguese streets and neighbourhoods in a patient story."""
    if not scan.patient or scan.words.isdisjoint(_WORDS):
        return
    for match in _STREET.finditer(text):
        yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _NEIGHBOURHOOD.finditer(text):
        group = "p" if match["p"] is not None else 0
        yield Hit(match.start(group), match.end(group), _G, "geo.neighbourhood")
