"""Post length and validity per platform: X's weighted count, graphemes, characters."""

from __future__ import annotations

import re
from typing import cast

from medtweet.platform import Platform, WeightRange, X
from medtweet.text._chars import INVALID_CLASS
from medtweet.text._emoji import find_emoji
from medtweet.text._graphemes import grapheme_bounds
from medtweet.text._model import TextStats
from medtweet.text._normalize import normalize
from medtweet.text._urls import extract_url_matches

# U+FFFE, U+FEFF, U+FFFF (twitter-text) and lone surrogates (not encodable) end validity.
_INVALID = re.compile(f"[{INVALID_CLASS}\ud800-\udfff]")
_MASTODON_MENTION = re.compile(
    r"(?<![\w/])(@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?)(@[\w.\-]*\w)?"
)


def _require_str(text: object, name: str = "text") -> str:
    if not isinstance(text, str):
        msg = f"{name} must be a str, not {type(text).__name__}; decode bytes first"
        raise TypeError(msg)
    return text


class _Weigher:
    """Sums code-point weights of a platform's ``ranges`` quickly."""

    def __init__(self, ranges: tuple[WeightRange, ...], default: int) -> None:
        self.default = default
        weights = {r.weight for r in ranges}
        self.uniform = weights.pop() if len(weights) == 1 else None
        self.ranges = ranges  # the first range that holds a code point decides, as in the configs
        if self.uniform is not None:
            klass = "".join(f"{_esc(r.start)}-{_esc(r.end)}" for r in self.ranges)
            self.heavy = re.compile(f"[^{klass}]")
            self.ascii_light = all(
                any(r.start <= cp <= r.end for r in self.ranges) for cp in range(128)
            )

    def weigh(self, s: str) -> int:
        if not self.ranges:
            return self.default * len(s)
        if self.uniform is not None:
            if self.ascii_light and s.isascii():
                return self.uniform * len(s)
            heavy = len(self.heavy.findall(s))
            return self.uniform * len(s) + (self.default - self.uniform) * heavy
        return sum(self.weigh_char(c) for c in s)

    def fitting(self, s: str, budget: int) -> int:
        """How many leading characters of ``s`` weigh at most ``budget`` in total."""
        if self.uniform is None or self.uniform <= 0 or not self.ranges:
            total = 0
            for i, c in enumerate(s):
                total += self.weigh_char(c)
                if total > budget:
                    return i
            return len(s)
        light, heavy = self.uniform, self.default
        at = 0
        for match in self.heavy.finditer(s):
            run = match.start() - at
            if run * light > budget:
                return at + budget // light
            budget -= run * light
            if heavy > budget:
                return match.start()
            budget -= heavy
            at = match.end()
        return min(len(s), at + budget // light)

    def weigh_char(self, c: str) -> int:
        cp = ord(c)
        for r in self.ranges:
            if r.start <= cp <= r.end:
                return r.weight
        return self.default


def _esc(cp: int) -> str:
    return re.escape(chr(cp)) if cp > 0x20 else f"\\x{cp:02x}"


_WEIGHERS: dict[tuple[int, int], tuple[tuple[WeightRange, ...], _Weigher]] = {}


def _weigher(ranges: tuple[WeightRange, ...], default: int) -> _Weigher:
    """The weigher for these ranges, cached by identity (hashing attrs values is slow)."""
    key = (id(ranges), default)
    hit = _WEIGHERS.get(key)
    if hit is not None and hit[0] is ranges:
        return hit[1]
    weigher = _Weigher(ranges, default)
    if len(_WEIGHERS) > 64:
        _WEIGHERS.clear()
    _WEIGHERS[key] = (ranges, weigher)
    return weigher


def _first_wins(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Spans sorted by start, each dropped when it starts inside the one kept before it.

    ``sorted`` is stable: on equal starts the span listed first wins (a URL before an
    emoji, as in twitter-text).
    """
    kept: list[tuple[int, int, int]] = []
    end = 0
    for span in sorted(spans, key=lambda s: s[0]):
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def _units(text: str, platform: Platform) -> list[tuple[int, int, int]]:
    """Atomic units ``(start, end, weight)`` of URLs and emoji, in order, not overlapping."""
    urls: list[tuple[int, int, int]] = []
    if platform.url_length is not None:
        weight = platform.url_length * platform.scale
        urls = [(u.start, u.end, weight) for u in extract_url_matches(text)]
    if not platform.emoji_parsing:
        return urls
    emoji = [(s, e, platform.default_weight) for s, e in find_emoji(text)]
    return _first_wins(urls + emoji) if urls and emoji else urls or emoji


def _weighted(text: str, platform: Platform) -> TextStats:
    norm = normalize(text)
    ntext = norm.text
    weigher = _weigher(platform.ranges, platform.default_weight)
    limit = platform.max_length * platform.scale
    bad = _INVALID.search(ntext)
    first_bad = bad.start() if bad else len(ntext)
    # One pass: sum the weights and note where the valid prefix ends (the longest run of
    # whole units that fits ``limit`` before the first invalid character).
    total = 0
    at = 0
    valid_end: int | None = None
    for start, end, weight in [*_units(ntext, platform), (len(ntext), len(ntext), 0)]:
        plain = ntext[at:start]
        cost = weigher.weigh(plain)
        if valid_end is None and (total + cost > limit or start > first_bad):
            fit = weigher.fitting(plain, limit - total)  # total <= limit until now
            valid_end = at + min(fit, max(first_bad - at, 0))
        total += cost + weight
        if valid_end is None and (total > limit or end > first_bad):
            valid_end = start
        at = end
    # Rounded up: with weights that are not multiples of ``scale``, 280.5 is over 280.
    return _stats(
        text,
        platform,
        -(-total // platform.scale),
        first_bad == len(ntext),
        norm.to_original(len(ntext) if valid_end is None else valid_end),
    )


def _graphemes(text: str, platform: Platform) -> TextStats:
    # Every cluster counts 1, except that a URL counts url_length when that is set. A URL
    # is atomic for the valid range either way, so a cut never breaks a link.
    urls = [(u.start, u.end) for u in extract_url_matches(text)]
    url_length = platform.url_length
    limit = platform.max_length
    byte_limit = platform.max_bytes
    bad = _INVALID.search(text)
    first_bad = bad.start() if bad else len(text)
    count = size = prev = u = valid_end = 0
    fits = True
    for end in grapheme_bounds(text):
        size += utf8_length(text[prev:end])
        while u < len(urls) and urls[u][1] <= prev:
            u += 1
        if u < len(urls) and prev >= urls[u][0]:
            if url_length is None:
                count += 1
            if end < urls[u][1]:
                prev = end
                continue
            if url_length is not None:
                count += url_length
        else:
            count += 1
        if fits and count <= limit and (byte_limit is None or size <= byte_limit):
            if end <= first_bad:
                valid_end = end
        else:
            fits = False
        prev = end
    within_bytes = byte_limit is None or size <= byte_limit
    return _stats(text, platform, count, first_bad == len(text) and within_bytes, valid_end)


def utf8_length(s: str) -> int:
    """The UTF-8 size of ``s`` in bytes (a lone surrogate counts as its three bytes)."""
    return len(s.encode("utf-8", "surrogatepass"))


def _characters(text: str, platform: Platform) -> TextStats:
    pieces: list[tuple[int, int, int]] = []
    if platform.url_length is not None:
        pieces = [
            (u.start, u.end, platform.url_length)
            for u in extract_url_matches(text, without_protocol=False)
        ]
    if platform.mention_counts_user_only and "@" in text:
        mentions = [(m.start(), m.end(), len(m.group(1))) for m in _MASTODON_MENTION.finditer(text)]
        pieces = _first_wins(pieces + mentions)
    bad = _INVALID.search(text)
    first_bad = bad.start() if bad else len(text)
    count = 0
    at = 0
    valid_end = -1
    for start, end, cost in [*pieces, (len(text), len(text), 0)]:
        if valid_end < 0 and count + (start - at) > platform.max_length:
            valid_end = at + platform.max_length - count
        count += start - at
        if end > start:
            count += cost
            if valid_end < 0 and count > platform.max_length:
                valid_end = start
        at = end
    if valid_end < 0:
        valid_end = len(text)
    return _stats(text, platform, count, first_bad == len(text), min(valid_end, first_bad))


def _stats(text: str, platform: Platform, length: int, clean: bool, valid_end: int) -> TextStats:
    valid = clean and 0 < length <= platform.max_length and bool(text.strip())
    return TextStats(
        weighted_length=length,
        permillage=length * 1000 // platform.max_length,
        valid=valid,
        display_range=(0, len(text)),
        valid_range=(0, valid_end),
    )


def parse_tweet(text: str, platform: Platform = X) -> TextStats:
    """Measure ``text`` as ``platform`` does and say whether it can be posted.

    On X (``counting == "weighted"``) this is twitter-text's ``parseTweet`` with the
    platform's weights: NFC first, every URL counts ``url_length``, every emoji sequence
    counts 2 (when ``emoji_parsing``), other code points by ``ranges``. Bluesky counts
    grapheme clusters (links as written) and also limits UTF-8 bytes; Mastodon counts
    code points, every ``http(s)://`` URL as ``url_length`` and ``@user@host`` as
    ``@user``. Empty or whitespace-only text, U+FFFE, U+FEFF, U+FFFF and lone
    surrogates make a text invalid; nothing raises except a non-``str`` argument.

    Args:
        text: the post text.
        platform: whose rules to apply (default: ``medtweet.X``).

    Returns:
        The length in the platform's unit, permillage of the limit, validity and
        Python ``(start, end)`` ranges into ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    _require_str(text)
    if not isinstance(cast("object", platform), Platform):
        msg = f"platform must be a medtweet.Platform, not {type(platform).__name__}"
        raise TypeError(msg)
    if platform.counting == "graphemes":
        return _graphemes(text, platform)
    if platform.counting == "characters":
        return _characters(text, platform)
    return _weighted(text, platform)


def weighted_length(text: str, platform: Platform = X) -> int:
    """Length of ``text`` in ``platform``'s own unit (see :func:`parse_tweet`).

    X: weighted characters (280 per post); Bluesky: graphemes; Mastodon: characters.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    return parse_tweet(text, platform).weighted_length
