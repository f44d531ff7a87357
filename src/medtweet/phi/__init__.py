"""De-identification checks: find what in a post could identify a patient.

The checks follow the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)): rules, checksums,
context and small word lists, no network and no models. See ``docs/phi.md``.
"""

from __future__ import annotations

from medtweet.phi._check import check_phi
from medtweet.phi._context import story_context
from medtweet.phi._image import check_image, strip_metadata
from medtweet.phi._model import Category, Context, Finding, PhiReport
from medtweet.phi._redact import RedactStyle, redact

__all__ = [
    "Category",
    "Context",
    "Finding",
    "PhiReport",
    "RedactStyle",
    "check_image",
    "check_phi",
    "redact",
    "story_context",
    "strip_metadata",
]
