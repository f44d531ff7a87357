"""Shared fixtures: where the reference material in ``../shared`` lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI must be reproducible: the same commit gives the same examples. Local runs stay random
# (and keep hypothesis's example database), so they keep exploring new inputs.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ``../shared``; skip the test when it is absent, fail in CI where it must exist."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("MEDTWEET_REQUIRE_SHARED") or os.environ.get("CI"):
            pytest.fail(f"{path.relative_to(REPO.parent)} is missing; CI needs ../shared")
        pytest.skip(f"../shared/{'/'.join(parts)} is not beside this checkout")
    return path


@pytest.fixture
def shared() -> Path:
    """The ``../shared`` folder (skips when absent outside CI)."""
    return shared_path()
