"""The committed emoji table matches the installed ``emoji`` package's data."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import emoji

from medtweet.text import _emoji_data

TOOL = Path(__file__).resolve().parents[2] / "tools" / "gen_emoji_table.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_emoji_table", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_table_is_as_new_as_the_installed_emoji_data() -> None:
    gen = _generator()
    seqs = gen.sequences()
    assert gen.digest(seqs) == _emoji_data.SOURCE_SHA256, (
        f"src/medtweet/text/_emoji_data.py was made from emoji {_emoji_data.SOURCE_VERSION}, "
        f"but emoji {emoji.__version__} is installed: run python tools/gen_emoji_table.py"
    )
    assert list(_emoji_data.SEQUENCES) == seqs


def test_table_has_current_unicode() -> None:
    assert _emoji_data.EMOJI_VERSION >= 16.0
    table = set(_emoji_data.SEQUENCES)
    assert "\U0001fac6" in table  # fingerprint, Emoji 16.0
    assert "\u00a9" not in table
    assert "\u00a9\ufe0f" in table
    assert not any(len(s) == 1 and s.isascii() for s in table)
