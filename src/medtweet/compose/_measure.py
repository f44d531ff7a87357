"""Lengths for the splitter: each token and gap measured once, with the text engine.

Lengths are additive across whitespace for every platform's counting mode (weighted code
points with URLs at a fixed weight, graphemes, characters, UTF-8 bytes), so the splitter adds
up token lengths instead of re-counting a growing post. Tokens in plain ASCII that overlap no
entity need no call at all: their length is their size. A few tokens count otherwise after
whitespace than at the start of a post (a link whose first letter twitter-text may take for
the character before it, a combining mark joining the space before it): they are measured
both ways, the gap before them taking the difference (``_tokens._lead_in``).
``Thread.check()`` measures every finished post whole, and the property tests compare the
sums with whole-post counting.
"""

from __future__ import annotations

from medtweet.platform import Platform
from medtweet.text import weighted_length

__all__ = ["Meter"]


def _ascii_is_unit(platform: Platform) -> bool:
    if platform.counting != "weighted":
        return True
    for point in range(33, 127):
        weight = platform.default_weight
        for rng in platform.ranges:
            if rng.start <= point <= rng.end:
                weight = rng.weight
                break
        if weight != platform.scale:
            return False
    return True


class Meter:
    """Measures text for one platform, remembering what it has measured."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.ascii_unit = _ascii_is_unit(platform)
        self.has_bytes = platform.max_bytes is not None
        self._cache: dict[str, int] = {}

    def length(self, text: str) -> int:
        """The platform length of ``text`` (memoised)."""
        found = self._cache.get(text)
        if found is None:
            found = weighted_length(text, self.platform)
            self._cache[text] = found
        return found
