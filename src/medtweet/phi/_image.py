"""Image metadata: placeholder until the parser lands."""

from __future__ import annotations

from medtweet.phi._model import Finding

__all__ = ["check_image", "strip_metadata"]


def check_image(data: bytes) -> tuple[Finding, ...]:
    """Metadata in an image that could identify a patient."""
    raise NotImplementedError


def strip_metadata(data: bytes) -> bytes:
    """The image without identifying metadata, pixel data unchanged."""
    raise NotImplementedError
