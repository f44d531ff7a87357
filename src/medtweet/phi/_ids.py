"""Numbers that identify (Safe Harbor (G)-(M), (P), (R)), in any post, by shape or cue.

SSNs, record, plan, account, licence, vehicle, device, biometric and other ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._model import Category

__all__ = ["find_ids", "luhn_ok", "vin_ok"]

# Between a cue and its value: "MRN: 123", "member ID # is X-1", "plate number 8XYZ432".
_GAP = (
    r"\s*(?:(?:[:#=]|no\.?|nos\.?|num(?:ber)?s?\.?|nr\.?|ID|id|is|was|are|reads|of|on file"
    r"(?: is)?|ending(?: in)?|ends in|listed|below|\(|-)\s*){0,4}"
)
# An id value: 3+ characters with at least two digits (letters, digits and dashes).
_VALUE = (
    r"(?P<v>(?=[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d)(?!(?:19|20)\d\d\b)"
    r"[A-Za-z0-9][A-Za-z0-9-]{1,24}[A-Za-z0-9])(?![\w/-]|\.\d)"
)
_VALUE1 = (
    r"(?P<v>(?=[A-Za-z0-9-]*\d)(?!(?:19|20)\d\d\b)"
    r"[A-Za-z0-9][A-Za-z0-9-]{1,24}[A-Za-z0-9])(?![\w/-]|\.\d)"
)


def _cue(words: str, token: str = _VALUE) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\b{_GAP}{token}", re.IGNORECASE)


_SSN = re.compile(
    r"(?<![\w-])(?P<v>\d{3}-\d{2}-\d{4})(?![\w-])"
    r"|\b(?:SSN|SS#|SSNs|social security(?: number| no\.?| #)?|social|SS no\.?)"
    r"[^\n]{0,40}?(?P<s>\d{3}[\s.]\d{2}[\s.]\d{4}|\d{9})\b"
    r"|\b(?:SSN|SS#|social security(?: number)?|social)[^\n]{0,30}?(?:last (?:4|four)(?: digits)?"
    r"|ending(?: in)?|ends in|xxx-xx-|\*{3}-\*{2}-|x{3}-?x{2}-?)\W{0,6}(?:(?:is|are|of|:)\s*)?"
    r"(?P<l>\d{4})\b"
    r"|\blast (?:4|four)(?: digits)? of (?:(?:his|her|their|the|pt'?s|patient'?s)\s+)?"
    r"(?:SSN|social(?: security(?: number)?)?)\W{0,4}(?:(?:is|are|was|were|:)\s*)?(?P<l2>\d{4})\b",
    re.IGNORECASE,
)
_MRN_GLUED = re.compile(r"(?:MRN|MR#|Mrn|mrn)[:#]?(?P<v>\d{4,})\b")
_RULES: tuple[tuple[re.Pattern[str], Category, str], ...] = (
    (
        _cue(
            r"MRN|MR#|MR no|med(?:ical)?[- ]rec(?:ord)?s?|record|chart|hospital number|"
            r"patient ID|pt ID|patient number|encounter|visit number|FIN|CSN|accession|"
            r"case ID|HAR|EMPI|unit number|filed under mrn"
        ),
        Category.MRN,
        "mrn.cue",
    ),
    (
        _cue(
            r"member|subscriber|beneficiary|policy|insurance|insurer|health plan|plan ID|"
            r"Medicaid|Medicare|MBI|HICN|group number|group #|BCBS|Aetna|Cigna|Humana|"
            r"UnitedHealthcare|Tricare"
        ),
        Category.HEALTH_PLAN,
        "health_plan.cue",
    ),
    (
        _cue(
            r"account|acct|billing|invoice|claim|bank|routing|IBAN|credit card|debit card|"
            r"card number|card #|guarantor"
        ),
        Category.ACCOUNT,
        "account.cue",
    ),
    (
        _cue(
            r"license|licence|lic|DL|driver'?s license|driver'?s licence|driving licen[cs]e|"
            r"certificate|cert|DEA|NPI|permit|passport|state ID|CDL|registration number"
        ),
        Category.LICENSE,
        "license.cue",
    ),
    (
        _cue(r"plate|plates|license plate|licence plate|tag number|tags|reg plate", _VALUE1),
        Category.VEHICLE,
        "vehicle.plate",
    ),
    (
        _cue(
            r"serial|S/N|SN|serial number|device ID|device|UDI|IMEI|MEID|model/serial|"
            r"lot/serial|implant ID|pump ID|generator|lead serial|pacemaker|ICD serial|"
            r"CGM|transmitter ID|sensor ID|hearing aid",
            _VALUE1,
        ),
        Category.DEVICE,
        "device.serial",
    ),
    (
        _cue(
            r"voiceprint|voice print|fingerprint|finger print|thumbprint|retina(?:l)? scan|"
            r"iris scan|palm print|palmprint|faceprint|face ID|biometric|DNA profile|"
            r"gait signature|(?:voiceprint|fingerprint|biometric) template|template",
            _VALUE1,
        ),
        Category.BIOMETRIC,
        "biometric.cue",
    ),
    (
        _cue(
            r"study code|study ID|participant ID|participant|subject ID|subject|enrollment code|"
            r"enrolment code|badge|employee ID|employee number|case number|ID|identifier|"
            r"inmate|booking number|voter ID|student ID|record locator|case no"
        ),
        Category.OTHER_ID,
        "other_id.cue",
    ),
)
_VIN = re.compile(r"(?<![A-Za-z0-9])(?P<v>[A-HJ-NPR-Z0-9]{17})(?![A-Za-z0-9])")
_VIN_CUE = re.compile(r"\bVIN\b\W{0,4}(?P<v>[A-HJ-NPR-Z0-9]{11,17})\b", re.IGNORECASE)
_CARD = re.compile(r"(?<![\d-])(?P<v>\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7})(?![\d-])")
_MAC = re.compile(r"(?<![\w:-])(?P<v>[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5})(?![\w:-])")
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(vin: str) -> bool:
    """Whether a 17-character VIN carries a valid check digit (position 9, ISO 3779/NHTSA)."""
    if len(vin) != 17 or any(ch not in _VIN_VALUES for ch in vin):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


def luhn_ok(number: str) -> bool:
    """Whether a digit string passes the Luhn checksum (payment cards)."""
    digits = [int(ch) for ch in number if ch.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return total % 10 == 0


def find_ids(text: str, scan: Scan) -> Iterator[Hit]:
    """Identifying numbers, in any post: by shape (SSN, VIN, card) or by their cue word."""
    for match in _SSN.finditer(text):
        group = match.lastgroup or "v"
        rule = "ssn.last4" if group in ("l", "l2") else "ssn.number"
        yield Hit(match.start(group), match.end(group), Category.SSN, rule)
    for match in _MRN_GLUED.finditer(text):
        yield Hit(match.start("v"), match.end("v"), Category.MRN, "mrn.cue")
    for regex, category, rule in _RULES:
        for match in regex.finditer(text):
            yield Hit(match.start("v"), match.end("v"), category, rule)
    for match in _VIN.finditer(text):
        value = match["v"]
        if vin_ok(value) and not value.isdigit():
            yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.vin")
    for match in _VIN_CUE.finditer(text):
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.vin")
    for match in _CARD.finditer(text):
        if luhn_ok(match["v"]):
            yield Hit(match.start("v"), match.end("v"), Category.ACCOUNT, "account.card")
    for match in _MAC.finditer(text):
        yield Hit(match.start("v"), match.end("v"), Category.DEVICE, "device.mac")
