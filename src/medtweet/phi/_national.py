"""Check digits of national numbers of Europe, the Middle East and Asia, and of IBANs.

Each validator is pure: it takes a number as written (with the separators its scheme prints)
and tells whether its check digits hold and, where the number encodes a date of birth,
whether that date is a real one. The finders in ``_ids`` decide where a number may stand.
"""

from __future__ import annotations

import datetime
import re
import string

__all__ = [
    "IBAN_LENGTHS",
    "amka_ok",
    "belgian_ok",
    "bsn_ok",
    "codice_fiscale_ok",
    "cpr_ok",
    "dni_ok",
    "fodselsnummer_ok",
    "hkid_ok",
    "iban_ok",
    "iran_code_ok",
    "kuwait_civil_ok",
    "medicare_au_ok",
    "my_number_ok",
    "nir_ok",
    "nric_ok",
    "pesel_ok",
    "personnummer_ok",
    "rrn_ok",
    "saudi_id_ok",
    "tckn_ok",
]


def _date_ok(year: int, month: int, day: int, latest: int | None = None) -> bool:
    """Whether year-month-day is a day of the calendar, in year ``latest`` or before."""
    if latest is not None and year > latest:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _some_century(yy: int, month: int, day: int, latest: int | None) -> bool:
    """Whether a two-digit year, month and day make a real date in the 1900s or 2000s."""
    return any(_date_ok(century + yy, month, day, latest) for century in (1900, 2000))


def _luhn(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check (any length)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        digit = int(ch) * (2 if i % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def _compact(value: str, separators: str) -> str:
    """``value`` without any of ``separators``."""
    return value.translate({ord(ch): None for ch in separators})


# Italy's codice fiscale: the value of each character at an odd place (1st, 3rd, ...) and at
# an even place, from the official table; a digit counts as the letter in its place ("0" as "A")
_CF_ODD = dict(
    zip(
        string.ascii_uppercase,
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
         24, 23),
        strict=True,
    )
)  # fmt: skip
_CF_ODD.update(
    {digit: _CF_ODD[letter] for digit, letter in zip(string.digits, "ABCDEFGHIJ", strict=True)}
)
_CF_EVEN = {ch: i for i, ch in enumerate(string.ascii_uppercase)} | {
    digit: int(digit) for digit in string.digits
}
# the months' letters, and the letters that stand for digits 0-9 where two people would share
# a code (omocodia): they replace the digits from the right
_CF_MONTHS = "ABCDEHLMPRST"
_CF_OMOCODIA = "LMNPQRSTUV"
_CF_SHAPE = re.compile(
    r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
)
_CF_DIGIT_PLACES = (6, 7, 9, 10, 12, 13, 14)
_CF_SUBSTITUTED = re.compile(r"\d*[LMNPQRSTUV]*")


def codice_fiscale_ok(value: str, *, year: int | None = None) -> bool:
    """Whether an Italian codice fiscale has a real birth day and its check letter.

    (``year``, here and below: the current year; a birth date after it fails.)
    """
    if not _CF_SHAPE.fullmatch(value):
        return False
    places = "".join(value[i] for i in _CF_DIGIT_PLACES)
    if not _CF_SUBSTITUTED.fullmatch(places):
        return False  # letters for digits only from the right
    digits = places.translate(str.maketrans(_CF_OMOCODIA, string.digits))
    day = int(digits[2:4])
    day -= 40 if day > 40 else 0  # (a woman's day of birth is written plus 40)
    if not _some_century(int(digits[:2]), _CF_MONTHS.index(value[8]) + 1, day, year):
        return False
    total = sum((_CF_ODD if i % 2 == 0 else _CF_EVEN)[ch] for i, ch in enumerate(value[:15]))
    return value[15] == string.ascii_uppercase[total % 26]


# The length of an IBAN in each European and Middle-Eastern country that issues them (the
# IBAN registry); a number from a country not listed is not taken for one.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BY": 28, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24,
    "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22,
    "XK": 20,
}  # fmt: skip


def iban_ok(value: str) -> bool:
    """Whether an IBAN (spaces allowed) has its country's length and a remainder of 1 mod 97."""
    compact = _compact(value, " ")
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    if not (compact.isascii() and compact.isalnum() and compact[2:4].isdigit()):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# the century of a PESEL's year, by what is added to its month
_PESEL_CENTURIES = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}


def pesel_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Polish PESEL has its weighted check digit and a real date of birth."""
    if len(value) != 11 or not value.isdigit():
        return False
    digits = [int(ch) for ch in value]
    total = sum(w * d for w, d in zip(_PESEL_WEIGHTS, digits, strict=False))
    if (10 - total % 10) % 10 != digits[10]:
        return False
    month = int(value[2:4])
    offset = month // 20 * 20
    born = _PESEL_CENTURIES[offset] + int(value[:2])
    return _date_ok(born, month - offset, int(value[4:6]), year)


def tckn_ok(value: str) -> bool:
    """Whether a Turkish identity number (TC kimlik) has its two check digits."""
    if len(value) != 11 or not value.isdigit() or value[0] == "0":
        return False
    d = [int(ch) for ch in value]
    tenth = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def amka_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Greek AMKA opens with a real date (DDMMYY) and passes the Luhn check."""
    if len(value) != 11 or not value.isdigit():
        return False
    date = (int(value[4:6]), int(value[2:4]), int(value[:2]))
    return _some_century(*date, year) and _luhn(value)


def bsn_ok(value: str) -> bool:
    """Whether a Dutch BSN (nine digits) passes the 11-test."""
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    total = sum(int(ch) * w for ch, w in zip(value, range(9, 1, -1), strict=False))
    return (total - int(value[8])) % 11 == 0


_NIR = re.compile(r"[1278]\d{4}(?:\d\d|2[AB])\d{8}")


def nir_ok(value: str) -> bool:
    """Whether a French NIR (spaces allowed) has its key, 97 less the number mod 97.

    Corsica's departments 2A and 2B count as 19 and 18 in the number.
    """
    compact = _compact(value, " ")
    if not _NIR.fullmatch(compact):
        return False
    month = int(compact[3:5])
    if not (1 <= month <= 12 or month >= 20) or compact[5:7] == "00":
        return False  # (20 and over: a month unknown when the number was given)
    body = compact[:5] + {"2A": "19", "2B": "18"}.get(compact[5:7], compact[5:7]) + compact[7:13]
    return int(compact[13:]) == 97 - int(body) % 97


def belgian_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Belgian national number (YY.MM.DD-XXX.XX) has its mod-97 check.

    Those born in 2000 or later have a 2 set before the nine digits the check is made on;
    the date is then read in that century. A month or day of 0 stands for one not known,
    and a month plus 20 or 40 for a number of the second register.
    """
    compact = _compact(value, ".- ")
    if len(compact) != 11 or not compact.isdigit():
        return False
    body, check = int(compact[:9]), int(compact[9:])
    yy, month, day = int(compact[:2]), int(compact[2:4]), int(compact[4:6])
    if month > 52 or month % 20 > 12 or day > 31:
        return False
    for century, prefixed in ((1900, body), (2000, 2_000_000_000 + body)):
        if check == 97 - prefixed % 97:
            if year is not None and century + yy > year:
                return False
            return month % 20 == 0 or day == 0 or _date_ok(century + yy, month % 20, day)
    return False


_PERSONNUMMER = re.compile(r"(?P<c>\d\d)?(?P<d>\d{6})[-+](?P<n>\d{4})")


def personnummer_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Swedish personnummer (YYMMDD-XXXX, YYYYMMDD-XXXX) passes Luhn on ten digits.

    A coordination number (samordningsnummer) has its day plus 60.
    """
    match = _PERSONNUMMER.fullmatch(value)
    if match is None or not _luhn(match["d"] + match["n"]):
        return False
    yy, month, day = int(match["d"][:2]), int(match["d"][2:4]), int(match["d"][4:])
    day -= 60 if day > 60 else 0
    if match["c"] is not None:
        return _date_ok(int(match["c"]) * 100 + yy, month, day, year)
    return _some_century(yy, month, day, year)


def _cpr_century(seventh: int, yy: int) -> int:
    """The century of a Danish CPR number's year, from its seventh digit."""
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Danish CPR number (DDMMYY-XXXX) holds a real date of birth.

    (Numbers given since 2007 need not pass the old mod-11 check, so the date is all there
    is to check.)
    """
    compact = _compact(value, "-")
    if len(compact) != 10 or not compact.isdigit():
        return False
    yy = int(compact[4:6])
    century = _cpr_century(int(compact[6]), yy)
    return _date_ok(century + yy, int(compact[2:4]), int(compact[:2]), year)


_NO_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    """The mod-11 check digit of ``digits`` (``None`` when the remainder leaves none)."""
    check = 11 - sum(w * d for w, d in zip(weights, digits, strict=False)) % 11
    return None if check == 10 else check % 11


def _no_century(individual: int, yy: int) -> int | None:
    """The century of a Norwegian number's year, from its individual number."""
    if individual < 500:
        return 1900
    if individual < 750 and yy >= 54:
        return 1800
    if yy < 40:
        return 2000
    return 1900 if individual >= 900 else None


def fodselsnummer_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Norwegian fødselsnummer has both mod-11 check digits and a real birth date.

    A D-number has its day plus 40, an H-number its month plus 40.
    """
    if len(value) != 11 or not value.isdigit():
        return False
    d = [int(ch) for ch in value]
    if _mod11_digit(d, _NO_WEIGHTS_1) != d[9] or _mod11_digit(d, _NO_WEIGHTS_2) != d[10]:
        return False
    day, month, yy = int(value[:2]), int(value[2:4]), int(value[4:6])
    day -= 40 if day > 40 else 0
    month -= 40 if month > 40 else 0
    century = _no_century(int(value[6:9]), yy)
    return century is not None and _date_ok(century + yy, month, day, year)


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI = re.compile(r"(?P<p>[XYZ]?)(?P<n>\d{7,8})(?P<l>[A-Z])")


def dni_ok(value: str) -> bool:
    """Whether a Spanish DNI (8 digits) or NIE (X, Y or Z and 7 digits) has its check letter."""
    match = _DNI.fullmatch(_compact(value, "- "))
    if match is None or len(match["p"] + match["n"]) != 8:
        return False
    number = int(str("XYZ".index(match["p"])) + match["n"]) if match["p"] else int(match["n"])
    return match["l"] == _DNI_LETTERS[number % 23]


def iran_code_ok(value: str) -> bool:
    """Whether ten digits are an Iranian national code (kod-e melli) with its check digit."""
    if len(value) != 10 or not value.isdigit() or len(set(value)) == 1:
        return False
    rest = sum(int(value[i]) * (10 - i) for i in range(9)) % 11
    return int(value[9]) == (rest if rest < 2 else 11 - rest)


def saudi_id_ok(value: str) -> bool:
    """Whether ten digits are a Saudi national ID (1...) or iqama (2...) with its Luhn digit."""
    return len(value) == 10 and value.isdigit() and value[0] in "12" and _luhn(value)


_RRN = re.compile(r"(?P<d>\d{6})-?(?P<s>\d)(?P<n>\d{5})(?P<c>\d)")


def rrn_ok(value: str, *, year: int | None = None) -> bool:
    """Whether a Korean resident registration number has a real birth date and check digit."""
    match = _RRN.fullmatch(value)
    if match is None:
        return False
    century = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "5": 1900, "6": 1900}.get(
        match["s"], 2000
    )
    d = match["d"]
    if not _date_ok(century + int(d[:2]), int(d[2:4]), int(d[4:]), year):
        return False
    digits = [int(ch) for ch in d + match["s"] + match["n"]]
    total = sum(
        digit * weight
        for digit, weight in zip(digits, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)
    )
    return (11 - total % 11) % 10 == int(match["c"])


_HKID = re.compile(r"(?P<l>[A-Z]{1,2})(?P<n>\d{6})\(?(?P<c>[0-9A])\)?")


def hkid_ok(value: str) -> bool:
    """Whether a Hong Kong identity card number ("K518230(1)") has its check digit."""
    match = _HKID.fullmatch(value)
    if match is None:
        return False
    letters = match["l"].rjust(2)
    values = [36 if ch == " " else ord(ch) - 55 for ch in letters] + [int(d) for d in match["n"]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return match["c"] == ("A" if check == 10 else str(check))


_NRIC = re.compile(r"(?P<p>[STFG])(?P<n>\d{7})(?P<c>[A-Z])")


def nric_ok(value: str) -> bool:
    """Whether a Singapore NRIC or FIN ("S1234567D") has its check letter."""
    match = _NRIC.fullmatch(value)
    if match is None:
        return False
    total = sum(int(d) * w for d, w in zip(match["n"], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if match["p"] in "TG" else 0
    letters = "JZIHGFEDCBA" if match["p"] in "ST" else "XWUTRQPNMLK"
    return letters[total % 11] == match["c"]


def my_number_ok(value: str) -> bool:
    """Whether twelve digits (spaced or not) are a Japanese My Number with its check digit."""
    digits = _compact(value, " -")
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = digits[:11][::-1]
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(body, start=1))
    rest = total % 11
    return int(digits[11]) == (0 if rest <= 1 else 11 - rest)


def kuwait_civil_ok(value: str, *, year: int | None = None) -> bool:
    """Whether twelve digits are a Kuwaiti civil ID: a century, a birth date, a check digit."""
    if len(value) != 12 or not value.isdigit() or value[0] not in "23":
        return False
    century = 1800 + 100 * int(value[0])
    if not _date_ok(century + int(value[1:3]), int(value[3:5]), int(value[5:7]), year):
        return False
    weights = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = 11 - sum(int(d) * w for d, w in zip(value[:11], weights, strict=True)) % 11
    return check < 10 and check == int(value[11])


def medicare_au_ok(value: str) -> bool:
    """Whether an Australian Medicare number's ninth digit checks its first eight."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) < 10:
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 10 == digits[8]
