"""Plain-English messages: what was found, why it identifies, how to fix it."""

from __future__ import annotations

__all__ = ["message"]

_WHY = {
    "name": "names of patients and relatives are Safe Harbor identifier (A), even partial "
    "names and initials",
    "geographic": "places smaller than a state (street, city, county, ZIP, a hospital that "
    "locates the patient) are identifier (B)",
    "date": "every date element except the year, for dates about a patient, is identifier "
    "(C); a relative date plus the post's timestamp gives the date",
    "age": "ages over 89, and dates implying them, are identifier (C)",
    "phone": "telephone numbers are identifier (D)",
    "fax": "fax numbers are identifier (E)",
    "email": "e-mail addresses are identifier (F)",
    "ssn": "Social Security numbers, even the last four digits, are identifier (G)",
    "mrn": "medical record numbers are identifier (H)",
    "health_plan": "health plan beneficiary numbers are identifier (I)",
    "account": "account numbers are identifier (J)",
    "license": "certificate and licence numbers are identifier (K)",
    "vehicle": "vehicle identifiers (plates, VINs) are identifier (L)",
    "device": "device identifiers and serial numbers are identifier (M)",
    "url": "web addresses tied to the patient or family are identifier (N)",
    "ip": "IP addresses are identifier (O)",
    "biometric": "biometric identifiers are identifier (P)",
    "other_id": "any other unique identifying number or code is identifier (R)",
}
_FIX = {
    "name": "remove it or write 'the patient' / 'her husband'",
    "geographic": "remove it or name only the state",
    "date": "keep the year at most, or give an interval ('on day 3')",
    "age": "write '90+' or 'over 90'",
    "phone": "remove it",
    "fax": "remove it",
    "email": "remove it",
    "ssn": "remove it",
    "mrn": "remove it",
    "health_plan": "remove it",
    "account": "remove it",
    "license": "remove it",
    "vehicle": "remove it",
    "device": "remove it or give only the device model",
    "url": "remove the link",
    "ip": "remove it",
    "biometric": "remove it",
    "other_id": "remove it",
}
_SPECIAL = {
    "name.clinician": (
        "Clinician name {text!r}: not a Safe Harbor identifier, but it points to where the "
        "patient was treated; consider leaving it out."
    ),
    "date.timeframe": (
        "Time frame {text!r}: not a date element, but when an unusual event happened is how "
        "friends and family recognise a patient; consider leaving it out."
    ),
    "other_id.tattoo": (
        "Tattoo or engraving text {text!r}: a distinguishing mark or inscription identifies "
        "the patient (identifier (R)); remove it or describe it generically."
    ),
    "name.repeat": (
        "Name {text!r}: found as a patient's or relative's name elsewhere in this text, so "
        "every occurrence identifies (identifier (A)); remove it."
    ),
    "geo.zip3_restricted": (
        "ZIP prefix {text!r} is one of the 17 restricted 3-digit ZIP areas with 20,000 or "
        "fewer people (identifier (B)); remove it."
    ),
    "image.faces": (
        "medtweet cannot see faces, tattoos or burned-in labels in pixels: check the image "
        "yourself (full-face photographs are identifier (Q))."
    ),
    "image.dicom": (
        "This is a DICOM file, whose header holds the patient's name, ids and dates: export "
        "a de-identified JPEG or PNG instead."
    ),
}
_WHAT = {
    "name": "Name",
    "geographic": "Place",
    "date": "Date",
    "age": "Age",
    "phone": "Phone number",
    "fax": "Fax number",
    "email": "E-mail address",
    "ssn": "Social Security number",
    "mrn": "Medical record number",
    "health_plan": "Health plan number",
    "account": "Account number",
    "license": "Licence or certificate number",
    "vehicle": "Vehicle identifier",
    "device": "Device identifier",
    "url": "Web address",
    "ip": "IP address",
    "biometric": "Biometric identifier",
    "other_id": "Identifying number",
}


def message(category: str, rule: str, text: str) -> str:
    """The message of a finding of ``category`` by ``rule`` on ``text``."""
    shown = text if len(text) <= 60 else text[:57] + "..."
    if rule in _SPECIAL:
        return _SPECIAL[rule].format(text=shown)
    return f"{_WHAT[category]} {shown!r}: {_WHY[category]}; {_FIX[category]}."
