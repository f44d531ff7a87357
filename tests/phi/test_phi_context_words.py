"""Every cue word the story scores test by name is one the scores look up."""

from __future__ import annotations

import re
from pathlib import Path

from medtweet.phi import _context


def test_every_word_tested_in_present_is_scored() -> None:
    # `present` holds only the text's words that are in _SCORED: a word tested against it
    # that is not scored makes a cue that never counts (as "dr" once did)
    source = Path(_context.__file__).read_text(encoding="utf-8")
    tested = set(re.findall(r"\"([a-z&'-]+)\" in present", source))
    assert tested
    assert tested <= _context._SCORED
