"""Check digits of national numbers of Europe, Turkey and Greece, and of IBANs.

Every number is invented: its check digits were computed with the validators' arithmetic
and checked again by the independent computations of the properties below.
"""

from __future__ import annotations

import datetime
import string
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
