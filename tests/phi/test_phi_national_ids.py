"""National identity, insurance, record and licence numbers of Europe, Turkey and Greece.

Cue words in the local languages (identity and social numbers, health cover, records,
driving and medical licences, plates, bank accounts); numbers told by their shape and check
digits: Italy's codice fiscale and IBANs in any post, the others (PESEL, TC kimlik, AMKA,
BSN, NIR, Belgium's national number, Sweden's personnummer, Denmark's CPR, Norway's
fødselsnummer, Spain's DNI and NIE) in a patient story or after their cue.

Every number is invented: its check digits were computed with the validators' arithmetic
and checked again by the independent computations of the properties below.
"""

from __future__ import annotations

import datetime
import re
import string
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._phi_support import findings, table_tests

from medtweet.phi import _ids
from medtweet.phi._hit import Scan
from medtweet.phi._national import (
    IBAN_LENGTHS,
    amka_ok,
    belgian_ok,
    bsn_ok,
    codice_fiscale_ok,
    cpr_ok,
    dni_ok,
    fodselsnummer_ok,
    iban_ok,
    nir_ok,
    personnummer_ok,
    pesel_ok,
    tckn_ok,
)

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # identity and social numbers after their cue
    ("Pt 60M, BSN 448120732, op de SEH.", "448120732", "ssn"),
    ("Pt 60M, burgerservicenummer 448120732, val.", "448120732", "ssn"),
    ("Pt 72M, \u0391\u039c\u039a\u0391 12039144816, fall.", "12039144816", "ssn"),
    ("Pt 72M, AMKA 12039144816, fall.", "12039144816", "ssn"),
    ("Hasta 60M, TC 44812077362, düştü.", "44812077362", "ssn"),
    ("Hasta 60M, TCKN 44812077362, düştü.", "44812077362", "ssn"),
    ("Hasta 60M, kimlik no 44812077362, düştü.", "44812077362", "ssn"),
    ("Paziente 35F, codice fiscale KWZJXQ91C52H501Y, caduta.", "KWZJXQ91C52H501Y", "ssn"),
    ("Pt 60M, Steuer-ID 44 812 077 310 on the form.", "44 812 077 310", "ssn"),
    ("Pt 60M, Steueridentifikationsnummer 44812077310.", "44812077310", "ssn"),
    ("Pt 60M, SVNR 4471 120391, Sturz.", "4471 120391", "ssn"),
    ("Pt 60M, Sozialversicherungsnummer 4471 120391, Sturz.", "4471 120391", "ssn"),
    ("Pt 60M, SV-Nummer 4471 120391, Sturz.", "4471 120391", "ssn"),
    ("Pt 60M, AHV-Nr. 756.4481.2077.31, Sturz.", "756.4481.2077.31", "ssn"),
    ("Patiente 34F, NIR 2 91 03 75 448 120 80, adressée.", "2 91 03 75 448 120 80", "ssn"),
    ("Pt 60M, n° sécu 291037544812080, chute.", "291037544812080", "ssn"),
    ("Pt 60M, numéro de sécurité sociale 291037544812080.", "291037544812080", "ssn"),
    ("Pt 60M, NISS 85.07.30-033.28, chute.", "85.07.30-033.28", "ssn"),
    ("Pt 60M, INSZ 85073003328, val.", "85073003328", "ssn"),
    ("Pt 41M, rijksregisternummer 85.07.30-033.28.", "85.07.30-033.28", "ssn"),
    ("Pt 35F, personnummer 910312-4484, akut buksmärta.", "910312-4484", "ssn"),
    ("Pt 35F, CPR 120391-4410, faldet.", "120391-4410", "ssn"),
    ("Pt 35F, CPR-nr. 120391-4410, faldet.", "120391-4410", "ssn"),
    ("Pt 35F, fødselsnummer 12039144814, falt.", "12039144814", "ssn"),
    ("Pt 60M, henkilötunnus 120391-448T.", "120391-448T", "ssn"),
    ("Pt 60M, HETU 120391-448T, kaatuminen.", "120391-448T", "ssn"),
    ("Pt 60M, rodné číslo 915312/4481, pád.", "915312/4481", "ssn"),
    ("Pt 60M, RČ 9153124481, pád.", "9153124481", "ssn"),
    ("Pt 60M, TAJ 044 718 295, elesett.", "044 718 295", "ssn"),
    ("Pt 60M, TAJ szám 044 718 295, elesett.", "044 718 295", "ssn"),
    ("Pt 60M, NIF 44812077G, caída.", "44812077G", "ssn"),
    ("Pt 60M, NUSS 284481207731, caída.", "284481207731", "ssn"),
    ("Pt 60M, numero utente 448120773, queda.", "448120773", "ssn"),
    ("Pt 60M, nº utente 448120773, queda.", "448120773", "ssn"),
    ("Pt 60M, Cartão de Cidadão 44812077 3 ZX4, queda.", "44812077", "ssn"),
    ("Pt 60M, EGN 9103124481, fall.", "9103124481", "ssn"),
    ("Pt 60M, OIB 44812077310, pad.", "44812077310", "ssn"),
    ("Pt 60M, JMBG 1203991448120, pad.", "1203991448120", "ssn"),
    ("Pt 60M, EMŠO 1203991500447, padec.", "1203991500447", "ssn"),
    # health cover
    ("Pt 60M, Versichertennummer K220044718, Sturz.", "K220044718", "health_plan"),
    ("pt 60M, Versichertennr. K220044718, Sturz.", "K220044718", "health_plan"),
    ("Pt 60M, Versicherungsnummer 44120391K447, Sturz.", "44120391K447", "health_plan"),
    ("Pt 60M, Krankenkasse Nr. K220044718, Sturz.", "K220044718", "health_plan"),
    ("Pt 60M, eGK K448120773, Sturz.", "K448120773", "health_plan"),
    ("Pt 60M, carte Vitale 291037544812080, chute.", "291037544812080", "health_plan"),
    ("Pt 60M, mutuelle n° 44812077, chute.", "44812077", "health_plan"),
    ("Pt 60M, tessera sanitaria 80380004481207731, caduta.", "80380004481207731", "health_plan"),
    ("Pt 60M, TEAM card 80380000448120773, caduta.", "80380000448120773", "health_plan"),
    ("Pt 60M, EHIC 448120773, fall.", "448120773", "health_plan"),
    ("Pt 60M, zorgverzekering 448120773, val.", "448120773", "health_plan"),
    ("Pt 60M, polisnummer 448120773, val.", "448120773", "health_plan"),
    ("Pt 60M, NFZ 44812077, upadek.", "44812077", "health_plan"),
    ("Pt 60M, karta EKUZ 44812077, upadek.", "44812077", "health_plan"),
    ("Hasta 60M, SGK no 448120773, düştü.", "448120773", "health_plan"),
    ("Pt 60M, \u0395\u039f\u03a0\u03a5\u03a5 448120773, fall.", "448120773", "health_plan"),
    ("Pt 60M, EOPYY 448120773, fall.", "448120773", "health_plan"),
    ("Pt 60M, SNS 448 120 773, queda.", "448 120 773", "health_plan"),
    ("Pt 60M, número de utente 448120773, queda.", "448120773", "health_plan"),
    # records
    ("Pt 60M, Pat.-Nr. 4471203, Sturz.", "4471203", "mrn"),
    ("Pt 60M, Patientennummer 4471203, Sturz.", "4471203", "mrn"),
    ("Pt 60M, Fallnummer 26004471, Sturz.", "26004471", "mrn"),
    ("Pt 60M, Fall-Nr. 26-0044712, Sturz.", "26-0044712", "mrn"),
    ("Pt 60M, Aufnahmenummer 2026-004471, Sturz.", "2026-004471", "mrn"),
    ("Pt 60M, numéro de dossier 448120, chute.", "448120", "mrn"),
    ("Pt 60M, IPP 80044712, chute.", "80044712", "mrn"),
    ("Pt 60M, NIP 448120773, chute.", "448120773", "mrn"),
    ("Pt 60M, cartella clinica 2026/118832, caduta.", "2026/118832", "mrn"),
    ("Pt 60M, n. cartella 448120, caduta.", "448120", "mrn"),
    ("Pt 60M, codice paziente 448120, caduta.", "448120", "mrn"),
    ("Pt 60M, SDO 2026004471, caduta.", "2026004471", "mrn"),
    ("Pt 60M, patiëntnummer 4481207, val.", "4481207", "mrn"),
    ("Pt 60M, dossiernummer 4481207, val.", "4481207", "mrn"),
    ("Pt 60M, numer historii choroby 4471/2026, upadek.", "4471/2026", "mrn"),
    ("Pt 60M, nr historii 44712, upadek.", "44712", "mrn"),
    ("Hasta 60M, protokol no 448120, düştü.", "448120", "mrn"),
    ("Hasta 60M, dosya no 448120, düştü.", "448120", "mrn"),
    ("Hasta 60M, hasta no 448120, düştü.", "448120", "mrn"),
    ("Pt 60M, journalnummer 88120, faldet.", "88120", "mrn"),
    # driving licences and doctors' registers
    ("Pt 60M, Führerschein B072RRE2I55, Sturz.", "B072RRE2I55", "license"),
    ("Pt 60M, Führerscheinnummer B072RRE2I55, Sturz.", "B072RRE2I55", "license"),
    ("Pt 60M, permis de conduire 120475200448, chute.", "120475200448", "license"),
    ("Pt 60M, patente U1H448120T, caduta.", "U1H448120T", "license"),
    ("Pt 60M, rijbewijs 4481207730, val.", "4481207730", "license"),
    ("Pt 60M, prawo jazdy 4481207730, upadek.", "4481207730", "license"),
    ("Hasta 60M, ehliyet 448120, düştü.", "448120", "license"),
    ("Pt 60M, körkort 44812077, föll.", "44812077", "license"),
    ("Pt 60M, førerkort 448120773, falt.", "448120773", "license"),
    ("Pt 60M, kørekort 44812077, faldet.", "44812077", "license"),
    ("Pt 60M, řidičský průkaz EF 448120, pád.", "EF 448120", "license"),
    ("Dr K., Approbation 448120.", "448120", "license"),
    ("Pt 60M, numéro RPPS 10100448812.", "10100448812", "license"),
    ("Ordine dei Medici n. 44812, Dr K.", "44812", "license"),
    ("Pt 60M, BIG-nummer 44812077301.", "44812077301", "license"),
    ("Pt 60M, BIG-registratie 44812077301.", "44812077301", "license"),
    ("Pt 60M, NPWZ 4481207.", "4481207", "license"),
    # plates
    ("Pt 72M, Kennzeichen B-KL 4471, Unfall.", "B-KL 4471", "vehicle"),
    ("Pt 60M, Nummernschild HH-KL 448, Sturz.", "HH-KL 448", "vehicle"),
    ("Pt 60M, plaque d'immatriculation GH-448-KT, chute.", "GH-448-KT", "vehicle"),
    ("Pt 60M, plaque GH-448-KT, chute.", "GH-448-KT", "vehicle"),
    ("Pt 60M, immatriculation GH-448-KT, chute.", "GH-448-KT", "vehicle"),
    ("Paziente 70F, targa GH 448 KT, investita.", "GH 448 KT", "vehicle"),
    ("Pt 60M, kenteken 12-KTX-4, val.", "12-KTX-4", "vehicle"),
    ("Pt 60M, tablica rejestracyjna WA 44812, upadek.", "WA 44812", "vehicle"),
    ("Pt 60M, rejestracja KR 4481G, upadek.", "KR 4481G", "vehicle"),
    ("Hasta 40M, plaka 34 KLM 448, kaza.", "34 KLM 448", "vehicle"),
    ("Pt 60M, registreringsnummer KLM 448, föll.", "KLM 448", "vehicle"),
    ("Pt 60M, SPZ 4A7 2281, pád.", "4A7 2281", "vehicle"),
    # bank accounts
    ("Pt 60M, Konto 0044712088.", "0044712088", "account"),
    ("Pt 60M, Kontonummer 0044712088 für die Spende.", "0044712088", "account"),
    ("Pt 60M, numer konta 44109010140000071219812874.", "44109010140000071219812874", "account"),
    ("Pt 60M, compte 00044812077, chute.", "00044812077", "account"),
    ("Pt 60M, RIB 30004 00448 00044812077 44.", "30004 00448 00044812077", "account"),
    ("Pt 60M, conto 000044812077, caduta.", "000044812077", "account"),
    ("Pt 60M, rekeningnummer 0448120773, val.", "0448120773", "account"),
    ("Hasta 60M, hesap no 44812077, düştü.", "44812077", "account"),
    # numbers told by their shape and check digits in a story, without a cue
    ("Pt 34F came in; 91031244802 on the referral, allergic.", "91031244802", "ssn"),
    ("Pt 34F came in; 05220377101 on the referral.", "05220377101", "ssn"),  # (born 2005)
    ("Hasta 60M; 44812077362 on the referral.", "44812077362", "ssn"),
    ("Pt 72F; 12039144816 on the referral.", "12039144816", "ssn"),
    ("Pt 35F; 12039144814 on the referral.", "12039144814", "ssn"),
    ("Pt 41M; 85073003328 on the referral.", "85073003328", "ssn"),
    ("Pt 41M; 85.07.30-033.28 on the referral.", "85.07.30-033.28", "ssn"),
    ("Pt 19F; 05031244826 on the referral.", "05031244826", "ssn"),  # (born 2005)
    ("Patiënt 50M, 448120732 op het polsbandje.", "448120732", "ssn"),
    ("Patiënt 50M, 172940588 op de verwijzing.", "172940588", "ssn"),
    ("Patiente 34F, 2 91 03 75 448 120 80 sur la carte.", "2 91 03 75 448 120 80", "ssn"),
    ("Patiente 34F, 291037544812080 sur la carte.", "291037544812080", "ssn"),
    ("Patient 42M, 1 84 07 2A 004 120 43 sur la carte.", "1 84 07 2A 004 120 43", "ssn"),
    ("Pt 35F; 910312-4484 on the referral.", "910312-4484", "ssn"),
    ("Pt 35F; 19910312-4484 on the referral.", "19910312-4484", "ssn"),
    ("Pt 35F; 120391-4410 on the referral.", "120391-4410", "ssn"),
    ("Pt 35F; 44812077G on the referral, caída.", "44812077G", "ssn"),
    ("Pt 35F; X4481207W on the referral, caída.", "X4481207W", "ssn"),
    ("Pt 35F; KWZJXQ91C52H501Y on the referral.", "KWZJXQ91C52H501Y", "ssn"),
    ("Pt 35F; KWZJXQ91C52H50MQ on the referral.", "KWZJXQ91C52H50MQ", "ssn"),  # (omocodia)
    ("Famiglia chiede aiuto: NL87KLMB0448120773.", "NL87KLMB0448120773", "account"),
    (
        "Family asked me to share DE81 4481 2077 3004 4812 07.",
        "DE81 4481 2077 3004 4812 07",
        "account",
    ),
    (
        "Aile destek istiyor: TR17 0004 4812 0773 0044 8120 77.",
        "TR17 0004 4812 0773 0044 8120 77",
        "account",
    ),
]

# (text, context): no finding (but relative dates) when checked with ``context``
CLEAN: list[tuple[str, str | None]] = [
    # a valid-looking number whose check digits are wrong, in a story
    ("Pt 34F came in; 91031244803 on the referral, allergic to penicillin.", "patient"),
    ("Pt 50M, 448120733 on the referral, chest pain.", "patient"),
    ("Pt 41M, 85.07.30-033.29 on the referral.", "patient"),
    ("Patiente 34F, 2 91 03 75 448 120 81 sur le courrier.", "patient"),
    ("Pt 35F, 910312-4485 on the referral, akut buksmärta.", "patient"),
    ("Pt 35F, 44812077H on the referral, caída.", "patient"),
    ("Pt 35F, KWZJXQ91C52H501Z on the referral.", "patient"),
    ("Pt 35F, KWZJXQ91C52H5M1Q on the referral.", "patient"),  # (a letter before a digit)
    ("Family asked me to share: NL88KLMB0448120773.", "patient"),
    # eleven digits that pass a check, as a unit's phone number
    ("Clinic bookings on 91031244802, Mon-Fri 9-5.", None),
    ("Clinic bookings on 91031244802, Mon-Fri 9-5.", "professional"),
    # the new cue words in English, with no number after them
    (
        "Fall prevention week: our CF team, the IPP audit and the SDO review all point one"
        " way. Big thanks to Pat and the TEAM card crew.",
        None,
    ),
    (
        "Pt 80F, rib 4-7 fractures after the fall, NIR spectroscopy normal, CPR 30:2 started,"
        " plaque 40% stenosis.",
        "patient",
    ),
    ("Our audit compte rendu, the conto finale and the Konto overview are on the drive.", None),
    # a DOI and trial ids
    ("New paper: doi:10.1056/91031244802 and https://doi.org/10.1000/448120732 to read.", None),
    ("Recruiting now: NCT04480773, EudraCT 2021-004481-20, ISRCTN 44812077.", None),
]

test_found, test_clean = table_tests(FOUND, CLEAN)


# (text, value, category): found in a professional post too
PROFESSIONAL: list[tuple[str, str, str]] = [
    ("Form example: KWZJXQ91C52H501Y is how a code looks.", "KWZJXQ91C52H501Y", "ssn"),
    (
        "Quota congresso: IBAN DE81 4481 2077 3004 4812 07 entro il 30.",
        "DE81 4481 2077 3004 4812 07",
        "account",
    ),
    ("Template check: NIR 2 91 03 75 448 120 80 fails our form.", "2 91 03 75 448 120 80", "ssn"),
    ("Registry test: PESEL 91031244802 rejected by the portal.", "91031244802", "ssn"),
]


@pytest.mark.parametrize(("text", "value", "category"), PROFESSIONAL)
def test_found_in_a_professional_post(text: str, value: str, category: str) -> None:
    spans = [(f.text, f.category.value) for f in findings(text, "professional")]
    assert (value, category) in spans


# (text, context): a number that passes a check is no SSN where a phone or a link holds it
NOT_NATIONAL: list[tuple[str, str | None]] = [
    ("Pt 34F, daughter's mobile 91031244802, call after 5.", "patient"),
    ("Pt 34F, tel. +48 91031244802 for the family.", "patient"),
    ("Pt 34F, the scan link was https://pacs.example.org/study/91031244802 today.", "patient"),
    ("Pt 34F, see 91031244802123 on the printout.", "patient"),  # (a longer number)
    ("A number like 91031244802 in a professional post.", "professional"),
]


@pytest.mark.parametrize(("text", "context"), NOT_NATIONAL)
def test_no_national_number_in_a_phone_or_a_link(text: str, context: str | None) -> None:
    assert all(f.rule != "ssn.national" for f in findings(text, context))


# ---------------------------------------------------------------- validators, by example
VALID = [
    (pesel_ok, "91031244802"),
    (pesel_ok, "05220377101"),
    (tckn_ok, "44812077362"),
    (amka_ok, "12039144816"),
    (bsn_ok, "448120732"),
    (bsn_ok, "172940588"),
    (fodselsnummer_ok, "12039144814"),
    (belgian_ok, "85.07.30-033.28"),
    (belgian_ok, "05031244826"),
    (nir_ok, "2 91 03 75 448 120 80"),
    (nir_ok, "184072A00412043"),
    (personnummer_ok, "910312-4484"),
    (personnummer_ok, "19910312-4484"),
    (personnummer_ok, "910372-4481"),  # (a coordination number: the day plus 60)
    (cpr_ok, "120391-4410"),
    (dni_ok, "44812077G"),
    (dni_ok, "X4481207W"),
    (codice_fiscale_ok, "KWZJXQ91C52H501Y"),
    (codice_fiscale_ok, "KWZJXQ91C52H50MQ"),
    (codice_fiscale_ok, "KWZJXQ85T10F205E"),
    (iban_ok, "NL87KLMB0448120773"),
    (iban_ok, "DE81 4481 2077 3004 4812 07"),
    (iban_ok, "GB96KLMB44812077300448"),
]
INVALID = [
    (pesel_ok, "91031244803"),  # check digit
    (pesel_ok, "91133244809"),  # month 13
    (tckn_ok, "04481207736"),  # a leading 0
    (amka_ok, "32039144816"),  # day 32
    (bsn_ok, "000000000"),
    (fodselsnummer_ok, "12039144815"),
    (belgian_ok, "85.07.30-033.29"),
    (nir_ok, "2 91 13 75 448 120 80"),  # month 13
    (nir_ok, "3 91 03 75 448 120 80"),  # no such first digit
    (personnummer_ok, "910312-4485"),
    (personnummer_ok, "9103124484"),  # (no separator: not taken)
    (cpr_ok, "310291-4410"),  # 31 February
    (dni_ok, "44812077H"),
    (dni_ok, "W4481207W"),
    (codice_fiscale_ok, "KWZJXQ91C52H501Z"),
    (codice_fiscale_ok, "KWZJXQ91C52H5M1Q"),  # letters for digits only from the right
    (codice_fiscale_ok, "KWZJXQ91F52H501Y"),  # F is no month's letter
    (iban_ok, "NL88KLMB0448120773"),
    (iban_ok, "NL87KLMB04481207730"),  # one character too many for the Netherlands
    (iban_ok, "QQ87KLMB0448120773"),  # no such country
]


@pytest.mark.parametrize(("valid", "number"), VALID)
def test_valid_numbers(valid: Callable[[str], bool], number: str) -> None:
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), INVALID)
def test_invalid_numbers(valid: Callable[[str], bool], number: str) -> None:
    assert not valid(number)


def test_a_future_birth_date_fails_only_when_the_year_is_given() -> None:
    assert cpr_ok("120357-5410")
    assert not cpr_ok("120357-5410", year=2026)  # (born in 2057)
    assert pesel_ok("57320377103")
    assert pesel_ok("57320377103", year=2060)
    assert not pesel_ok("57320377103", year=2026)


# ---------------------------------------------------------------- validators, properties
# Each valid number below is made by an independent computation of its check digits (the
# scheme's rule written another way); changing any one digit must then fail the validator,
# which holds for these schemes (their weights are prime to the modulus).

_DATES = st.dates(min_value=datetime.date(1901, 1, 1), max_value=datetime.date(2019, 12, 31))


def _digits(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=string.digits, min_size=count, max_size=count)


def _one_digit_changed(number: str, place: int, offset: int) -> str:
    """``number`` with its ``place``-th digit (among the digits) moved by ``offset`` (1-9)."""
    where = [i for i, ch in enumerate(number) if ch.isdigit()]
    i = where[place % len(where)]
    return number[:i] + str((int(number[i]) + offset) % 10) + number[i + 1 :]


@st.composite
def _pesels(draw: st.DrawFn) -> str:
    born = draw(_DATES)
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    body = f"{born:%y}{month:02d}{born:%d}" + draw(_digits(4))
    # weights with the check digit's 1: the whole sum is a multiple of 10
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(w * int(d) for w, d in zip(weights, body, strict=True))
    return body + str(-total % 10)


@st.composite
def _tckns(draw: st.DrawFn) -> str:
    d = [draw(st.integers(1, 9)), *(int(ch) for ch in draw(_digits(8)))]
    odd, even = d[0] + d[2] + d[4] + d[6] + d[8], d[1] + d[3] + d[5] + d[7]
    tenth = (odd * 7 + even * 9) % 10  # (the same as 7 * odd - even, mod 10)
    return "".join(map(str, d)) + str(tenth) + str((odd + even + tenth) % 10)


def _luhn_digit(body: str) -> str:
    """The digit that completes ``body`` for the Luhn check (doubling from the right)."""
    doubled = {str(d): (2 * d) // 10 + (2 * d) % 10 for d in range(10)}
    total = sum(doubled[ch] if i % 2 == 0 else int(ch) for i, ch in enumerate(reversed(body)))
    return str(-total % 10)


@st.composite
def _amkas(draw: st.DrawFn) -> str:
    body = f"{draw(_DATES):%d%m%y}" + draw(_digits(4))
    return body + _luhn_digit(body)


def _bsn_check(body: str) -> int:
    """The ninth digit that makes nine BSN digits pass, the weights 9..2 then -1 (10: none)."""
    return sum((9 - i) * int(ch) for i, ch in enumerate(body)) % 11


@st.composite
def _bsns(draw: st.DrawFn) -> str:
    head = str(draw(st.integers(1, 9))) + draw(_digits(6))
    # (the eighth digit moves the remainder by 2 a step: at most one leaves none)
    body = next(b for b in (head + str(d) for d in range(10)) if _bsn_check(b) < 10)
    return body + str(_bsn_check(body))


def _no_checks(digits: str) -> list[int]:
    """Norway's check digits: each makes its weighted sum (own weight 1) a multiple of 11."""
    checks: list[int] = []
    for weights in ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)):
        known = [int(ch) for ch in digits] + checks
        checks.append(-sum(w * d for w, d in zip(weights, known, strict=True)) % 11)
    return checks


@st.composite
def _fodselsnummers(draw: st.DrawFn) -> str:
    born = draw(st.dates(datetime.date(1901, 1, 1), datetime.date(1999, 12, 31)))
    start = draw(st.integers(0, 499))
    # (individual numbers from ``start`` on: some leave a check of 10, which no number has)
    for individual in [*range(start, 500), *range(start)]:
        digits = f"{born:%d%m%y}{individual:03d}"
        checks = _no_checks(digits)
        if max(checks) < 10:
            return digits + "".join(map(str, checks))
    raise AssertionError(born)


@st.composite
def _nirs(draw: st.DrawFn) -> str:
    body = draw(st.sampled_from("12")) + f"{draw(_DATES):%y%m}"
    body += f"{draw(st.integers(1, 95)):02d}" + draw(_digits(6))
    return body + f"{-int(body) % 97 or 97:02d}"  # body + key is a multiple of 97


@st.composite
def _personnummers(draw: st.DrawFn) -> str:
    body = f"{draw(_DATES):%y%m%d}" + draw(_digits(3))
    return body[:6] + "-" + body[6:] + _luhn_digit(body)


@st.composite
def _dnis(draw: st.DrawFn) -> str:
    number = draw(_digits(8))
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


@st.composite
def _ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_LENGTHS)))
    bban = draw(_digits(IBAN_LENGTHS[country] - 4))
    # letters as 10-35, the country and "00" moved to the end: 98 less the remainder
    moved = bban + "".join(str(ord(ch) - 55) for ch in country) + "00"
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


@st.composite
def _codici(draw: st.DrawFn) -> str:
    letters = draw(st.text(alphabet=string.ascii_uppercase, min_size=6, max_size=6))
    born = draw(_DATES)
    day = born.day + draw(st.sampled_from([0, 40]))
    body = f"{letters}{born:%y}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}"
    body += draw(st.sampled_from(string.ascii_uppercase)) + draw(_digits(3))
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
           25, 24, 23]  # fmt: skip
    total = 0
    for i, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[value] if i % 2 == 0 else value
    return body + chr(65 + total % 26)


SCHEMES = [
    (pesel_ok, _pesels()),
    (tckn_ok, _tckns()),
    (amka_ok, _amkas()),
    (bsn_ok, _bsns()),
    (fodselsnummer_ok, _fodselsnummers()),
    (nir_ok, _nirs()),
    (personnummer_ok, _personnummers()),
    (dni_ok, _dnis()),
    (iban_ok, _ibans()),
    (codice_fiscale_ok, _codici()),
]


@pytest.mark.parametrize(("valid", "numbers"), SCHEMES, ids=lambda x: getattr(x, "__name__", ""))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_valid_number_with_one_digit_changed_fails(
    valid: Callable[[str], bool], numbers: st.SearchStrategy[str], data: st.DataObject
) -> None:
    number = data.draw(numbers)
    assert valid(number), number
    place, offset = data.draw(st.integers(0, 40)), data.draw(st.integers(1, 9))
    assert not valid(_one_digit_changed(number, place, offset)), number


_PIECES = st.sampled_from(
    ["KWZJXQ91C52H50MQ", "NL87KLMB0448120773", "DE81 4481", " 2077 3004", "184072A",
     "2 91 03 75 448 120 80", "00412043", "85.07.30-033.28", "X-4481207-W", "44812077G",
     "910312-4484", "19910312+4484", "448120732", "Pt ",
     "ab", "AB", "12", " ", "é", "\n", "-", "."]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_marks_never_hide_a_shape(text: str) -> None:
    marks = _ids._shape_marks(text)
    if _ids._CODICE_FISCALE.search(text):
        assert _ids._marked(marks, _ids._CF_MARKS)
    if _ids._IBAN.search(text):
        assert _ids._marked(marks, _ids._IBAN_MARKS)
    if _ids._NIR_SHAPE.search(text):
        assert _ids._marked(marks, _ids._NIR_END)
    if _ids._BELGIAN_SHAPE.search(text):
        assert _ids._marked(marks, _ids._BELGIAN_MARKS)
    if _ids._DNI_SHAPE.search(text):
        assert _ids._marked(marks, _ids._DNI_MARKS)


def test_the_shapes_are_found_when_the_runs_of_digits_are_not_known() -> None:
    text = "Pt 41M; 85.07.30-033.28 and 2 91 03 75 448 120 80 on the referral."
    scan = Scan(patient=True, year=2026, low=text.lower(), words=frozenset(["pt", "referral"]))
    values = {text[hit.start : hit.end] for hit in _ids.find_ids(text, scan)}
    assert {"85.07.30-033.28", "2 91 03 75 448 120 80"} <= values


def test_cues_grouped_by_a_greek_or_czech_first_letter_match_as_written() -> None:
    texts = [
        "\u0391\u039c\u039a\u0391 12039144816",
        "\u03b1\u03bc\u03ba\u03b1 12039144816",
        "\u0395\u039f\u03a0\u03a5\u03a5 448120773",
        "řidičský průkaz EF 448120",
        "AMKA 12039144816",
        "BSN 448120732",
    ]
    for regex in _ids._CUE_WORDS:
        words = _ids._CUE_WORDS[regex]
        plain = re.compile(rf"\b(?:{words})(?![A-Za-z0-9]){_ids._GAP}", re.IGNORECASE)
        grouped = re.compile(
            rf"\b(?:{_ids._by_first_letter(words)})(?![A-Za-z0-9]){_ids._GAP}", re.IGNORECASE
        )
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in grouped.finditer(text)
            ]
    assert _ids._groupable("ř")
    assert _ids._groupable("\u0391")  # Greek alpha
    assert not _ids._groupable("\u017f")  # the long s
    assert not _ids._groupable("\u03c2")  # the final sigma
