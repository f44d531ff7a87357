"""The values a PHI check returns: categories, findings and the report."""

from __future__ import annotations

import enum
from typing import Literal

import attrs

__all__ = ["Category", "Context", "Finding", "PhiReport", "require_str"]


def require_str(value: object, arg: str, func: str) -> str:
    """``value`` if it is a ``str``; else a TypeError naming the argument."""
    if not isinstance(value, str):
        msg = f"{func}() argument {arg!r} must be str, not {type(value).__name__}"
        raise TypeError(msg)
    return value


Context = Literal["patient", "professional"]
"""Whether a text tells a patient's story or is a professional (non-patient) post."""


class Category(enum.StrEnum):
    """The Safe Harbor identifier families of 45 CFR 164.514(b)(2)(i)(A)-(R)."""

    NAME = "name"
    GEOGRAPHIC = "geographic"
    DATE = "date"
    AGE = "age"
    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"
    SSN = "ssn"
    MRN = "mrn"
    HEALTH_PLAN = "health_plan"
    ACCOUNT = "account"
    LICENSE = "license"
    VEHICLE = "vehicle"
    DEVICE = "device"
    URL = "url"
    IP = "ip"
    BIOMETRIC = "biometric"
    OTHER_ID = "other_id"

    @property
    def placeholder(self) -> str:
        """The text :func:`medtweet.redact` puts in place of a finding, e.g. ``[DATE]``."""
        return f"[{self.value.upper()}]"


@attrs.frozen(kw_only=True)
class Finding:
    """Something in a post (or image) that could identify a patient.

    Attributes:
        category: the Safe Harbor identifier family.
        start: code-point offset where the identifier starts (images: 0).
        end: code-point offset just past it (exclusive; images: 0).
        text: the identifier as written, ``text[start:end]`` of the checked text.
        rule: a stable id of the rule that fired, such as ``date.relative`` or ``geo.zip5``.
        message: what was found, why it identifies a patient, and how to fix it.
        blocking: ``False`` for advice that should not stop posting (report notes).
    """

    category: Category
    start: int
    end: int
    text: str
    rule: str
    message: str
    blocking: bool = True


@attrs.frozen(kw_only=True)
class PhiReport:
    """The result of :func:`medtweet.check_phi`.

    Attributes:
        findings: identifiers that block posting until fixed or acknowledged, in text order.
        notes: non-blocking advice (time frames, clinician names, ...), in text order.
        context: the context the text was checked in (``"patient"`` or ``"professional"``).
    """

    findings: tuple[Finding, ...] = ()
    notes: tuple[Finding, ...] = ()
    context: Context = "professional"

    @property
    def ok(self) -> bool:
        """True when nothing blocks posting."""
        return not self.findings
