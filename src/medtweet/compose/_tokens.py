"""The token sequence the splitter packs: tokens, gaps, atomic groups and break strengths.

A token is a run of non-whitespace; an atomic span that holds whitespace (``5 mg/kg``) ties
its tokens into one group, and a post may only break at the start of a group. Lengths are
kept as prefix sums so the length of any run of tokens is one subtraction.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, MutableSequence, Sequence
from itertools import accumulate, compress, repeat
from operator import add, ge, not_

from medtweet.compose import _sentences as s
from medtweet.compose._atomic import tying_bounds
from medtweet.compose._measure import Meter

__all__ = ["TokenSeq", "build", "grapheme_clusters"]

_SPLIT = re.compile(r"(\s+)")
_CLOSERS = "[\"'\u201d\u2019)\\]}*_»]*"
_SENTENCE_END = re.compile(rf"[.!?…‼⁉]{_CLOSERS}(?=\s)")
_CLAUSE_END = re.compile(rf"[,;:—\u2013]{_CLOSERS}(?=\s)")
# "-" or "--" standing alone between spaces (a lone em or en dash is found as a mark)
_DASH = re.compile(r"-(?<=\s-)-?(?=\s)")
_EXTEND = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3})
# (a character class first lets the scan skip to candidates; matching more is harmless)
_URLISH = re.compile(r"[.:](?=[^\W_]|//)")
_URLISH_OR_REMOTE = re.compile(r"[.:@](?:(?<=[.:])(?=[^\W_]|//)|(?<=@)(?=\w+@))")


def _is_extender(ch: str) -> bool:
    point = ord(ch)
    return (
        point in _EXTEND
        or 0x1F3FB <= point <= 0x1F3FF
        or 0xE0020 <= point <= 0xE007F
        or unicodedata.combining(ch) != 0
        or unicodedata.category(ch) in ("Mn", "Me", "Mc")
    )


def grapheme_clusters(text: str) -> list[str]:
    """Split text into user-perceived characters (close to extended grapheme clusters).

    Combining marks, variation selectors, skin tones, tag characters and anything joined by a
    zero-width joiner stay with their base; regional indicators pair into flags.
    """
    clusters: list[str] = []
    joined = False
    for ch in text:
        point = ord(ch)
        regional = 0x1F1E6 <= point <= 0x1F1FF
        if clusters and (
            joined
            or _is_extender(ch)
            or (regional and len(clusters[-1]) == 1 and 0x1F1E6 <= ord(clusters[-1]) <= 0x1F1FF)
        ):
            clusters[-1] += ch
        else:
            clusters.append(ch)
        joined = point == 0x200D
    return clusters


class TokenSeq:
    """Tokens of one or more sections with their lengths and break strengths.

    Index ``j`` in ``0..n`` is a break position: before token ``j``. Sections never share a
    post; ``sec_starts`` holds each section's first token index and ends with ``n``.
    """

    def __init__(self, *, has_bytes: bool = False) -> None:
        # integer columns are plain lists: faster to fill and to search than arrays
        self.has_bytes = has_bytes
        self.section: list[int] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.tokens: list[str] = []
        self.weights: list[int] = []
        self.gaps: list[int] = []
        self.byte_weights: list[int] = []
        self.byte_gaps: list[int] = []
        self.group_start: list[int] = []
        self.strength: list[int] = []
        self.sec_starts: list[int] = [0]
        self.cut: set[int] = set()
        self.prefix: list[int] = [0]
        self.ends_at: list[int] = [0]
        self.byte_prefix: list[int] = [0]
        self.byte_ends_at: list[int] = [0]
        self.levels: dict[int, list[int]] = {}

    @property
    def n(self) -> int:
        """Number of tokens."""
        return len(self.tokens)

    def length(self, i: int, j: int) -> int:
        """Length of tokens ``i..j-1`` with the gaps between them."""
        return self.ends_at[j] - self.prefix[i]

    def byte_length(self, i: int, j: int) -> int:
        """UTF-8 size of tokens ``i..j-1`` with the gaps between them."""
        return self.byte_ends_at[j] - self.byte_prefix[i]

    def section_of(self, j: int) -> int:
        """Index of the section holding token ``j``."""
        return bisect_right(self.sec_starts, j) - 1

    def section_bounds(self, j: int) -> tuple[int, int]:
        """First and past-the-last token of the section holding token ``j``."""
        index = self.section_of(j)
        return self.sec_starts[index], self.sec_starts[index + 1]

    def breakable(self, j: int) -> bool:
        """Whether a post may end before token ``j``."""
        return j >= self.n or self.group_start[j] == j

    def finish(self) -> None:
        """Compute prefix sums and the per-strength break lists."""
        self.prefix, self.ends_at = _sums(self.weights, self.gaps)
        if self.has_bytes:
            self.byte_prefix, self.byte_ends_at = _sums(self.byte_weights, self.byte_gaps)
        strength = self.strength
        group = self.group_start
        candidates = compress(range(len(strength)), map(ge, strength, repeat(s.CLAUSE)))
        strong = [j for j in candidates if group[j] == j]
        levels = {
            s.CLAUSE: strong,
            s.SENTENCE: [j for j in strong if strength[j] >= s.SENTENCE],
            s.PARAGRAPH: [j for j in strong if strength[j] >= s.PARAGRAPH],
        }
        self.levels = levels


def _sums(weights: list[int], gaps: list[int]) -> tuple[list[int], list[int]]:
    """Where each token starts and ends, counted from the start of the sequence."""
    steps = list(accumulate(map(add, weights, gaps), initial=0))
    ends = [0]
    ends += map(add, steps, weights)
    return steps, ends


def build(
    sections: Sequence[str],
    meter: Meter,
    *,
    max_token: Callable[[], tuple[int, int | None]],
) -> TokenSeq:
    """Tokenise sections into one :class:`TokenSeq`.

    Args:
        sections: the texts of the sections (already stripped, never empty).
        meter: measures tokens and gaps.
        max_token: the largest length (and byte size) a single token may have; longer
            tokens are cut between grapheme clusters, and atomic groups longer than that
            are released into their tokens.
    """
    seq = TokenSeq(has_bytes=meter.has_bytes)
    limit, byte_limit = max_token()
    for number, text in enumerate(sections):
        _add_section(seq, number, text, meter, limit, byte_limit)
        seq.sec_starts.append(seq.n)
    seq.strength.append(s.PARAGRAPH)
    seq.group_start.append(seq.n)
    seq.finish()
    return seq


def _add_section(
    seq: TokenSeq,
    number: int,
    text: str,
    meter: Meter,
    limit: int,
    byte_limit: int | None,
) -> None:
    # tokens and the whitespace between them in one split (the text is stripped)
    parts = _SPLIT.split(text)
    tokens = parts[0::2]
    gap_texts = parts[1::2]
    sizes = list(map(len, tokens))
    starts = list(accumulate(map(add, sizes, map(len, gap_texts)), initial=0))
    ends = list(map(add, starts, sizes))
    count = len(tokens)
    # Lengths. A token that is ASCII and cannot hold a URL (which needs "://" or a dot
    # before a letter or digit) or, on Mastodon, "@user@host" (which counts as "@user") is
    # as long as its size; every other token is measured by the text engine.
    weights = sizes  # (the sizes are not needed any more)
    # (a suspect starts inside a token t, which is the number of token ends before it)
    suspects = _URLISH if not meter.platform.mention_counts_user_only else _URLISH_OR_REMOTE
    found = [match.start() for match in suspects.finditer(text)]
    measured = set(map(bisect_right, repeat(ends), found))
    # tokens touched by a run of characters beyond ASCII: the ones holding such a character,
    # and the ones followed by whitespace holding one (str.isascii reads a flag of the string)
    wide: set[int] = set()
    spaces = "".join(gap_texts)
    if not text.isascii():
        wide.update(compress(range(count), map(not_, map(str.isascii, tokens))))
        if not spaces.isascii():
            wide.update(compress(range(count), map(not_, map(str.isascii, gap_texts))))
    if meter.ascii_unit:
        for index in measured | wide:
            if index >= 0:
                weights[index] = meter.length(tokens[index])
    else:
        weights = [meter.length(token) for token in tokens]
    byte_weights = [0] * count
    if meter.has_bytes:
        byte_weights = list(map(len, tokens))
        for index in wide:
            byte_weights[index] = len(tokens[index].encode("utf-8"))
    base = seq.n
    if meter.ascii_unit and spaces.isascii():
        gaps = list(map(len, gap_texts))
    else:
        gaps = [meter.length(gap) for gap in gap_texts]
    gaps.append(0)
    if meter.has_bytes:
        byte_gaps = [len(gap.encode("utf-8")) for gap in gap_texts]
    else:
        byte_gaps = [0] * len(gap_texts)
    byte_gaps.append(0)

    # break strengths (position t = before token t, local); the last token never breaks
    # after it. A mark (before closing quotes or brackets) followed by whitespace ends a
    # token: the number of token ends before the match's end is that token's index.
    strength = [s.WORD] * count
    last = count - 1
    clauses = [match.end() for match in _CLAUSE_END.finditer(text)]
    clauses += [match.end() for match in _DASH.finditer(text)]
    for t in map(bisect_left, repeat(ends), clauses):
        if t < last:
            strength[t + 1] = s.CLAUSE
    can_end: dict[str, bool] = {}  # by token
    can_start: dict[str, bool] = {}  # by first character
    sentences = [match.end() for match in _SENTENCE_END.finditer(text)]
    for t in map(bisect_left, repeat(ends), sentences):
        if t < last:
            token = tokens[t]
            ending = can_end.get(token)
            if ending is None:
                ending = can_end[token] = s.may_end_sentence(token)
            if ending:
                initial = tokens[t + 1][0]
                starting = can_start.get(initial)
                if starting is None:
                    starting = can_start[initial] = s.starts_sentence(initial)
                if starting:
                    strength[t + 1] = s.SENTENCE
    # a line break: the whitespace before the next token holds one (two: a blank line)
    broken: list[int] = []  # tokens after a line break
    position = text.find("\n")
    while position >= 0:
        t = bisect_right(starts, position)
        if t >= count:
            break
        strength[t] = s.PARAGRAPH if gap_texts[t - 1].count("\n") >= 2 else s.SENTENCE
        broken.append(t)
        position = text.find("\n", starts[t])

    # atomic groups: a token tied to the one before it points at its group's first token
    # (a span ties its tokens, but never across a line break)
    group = list(range(count))
    tied_first: list[int] = []  # first token of each tied group, and past its last
    tied_end: list[int] = []
    bound = bytearray(count)  # 1: tied to the token before
    span_starts, span_ends = tying_bounds(text)
    lows = map(bisect_right, repeat(starts), span_starts)
    highs = map(bisect_left, repeat(starts), span_ends)
    for low, high in zip(lows, highs, strict=True):
        first = max(low - 1, 0)
        if high - first > 1:
            bound[first + 1 : high] = b"\x01" * (high - first - 1)
            tied_first.append(first)
            tied_end.append(high)
    for t in broken:
        bound[t] = 0
    for u in compress(range(count), bound):
        group[u] = group[u - 1]
    _release_long_groups(
        group, tied_first, tied_end, weights, gaps, byte_weights, byte_gaps, limit, byte_limit
    )

    too_long: list[int] = []
    if (weights and max(weights) > limit) or (
        byte_limit is not None and byte_weights and max(byte_weights) > byte_limit
    ):
        too_long = [
            t
            for t in range(count)
            if weights[t] > limit or (byte_limit is not None and byte_weights[t] > byte_limit)
        ]
    if not too_long:
        seq.section.extend([number] * count)
        seq.starts.extend(starts)
        seq.ends.extend(ends)
        seq.tokens.extend(tokens)
        seq.weights.extend(weights)
        if meter.has_bytes:
            seq.byte_weights.extend(byte_weights)
            seq.byte_gaps.extend(byte_gaps)
        seq.gaps.extend(gaps)
        strength[0] = s.PARAGRAPH
        seq.strength.extend(strength)
        seq.group_start.extend(list(map(add, group, repeat(base))) if base else group)
        return
    cut_set = set(too_long)
    strength[0] = s.PARAGRAPH
    for t in range(count):
        if t not in cut_set:
            seq.section.append(number)
            seq.starts.append(starts[t])
            seq.ends.append(ends[t])
            seq.tokens.append(tokens[t])
            seq.weights.append(weights[t])
            seq.byte_weights.append(byte_weights[t])
            seq.gaps.append(gaps[t])
            seq.byte_gaps.append(byte_gaps[t])
            seq.strength.append(strength[t])
            seq.group_start.append(seq.n - 1 if group[t] == t else group[t] + base)
            continue
        offset = starts[t]
        pieces = _cut(tokens[t], meter, limit, byte_limit)
        for index, piece in enumerate(pieces):
            seq.section.append(number)
            seq.starts.append(offset)
            seq.ends.append(offset + len(piece))
            offset += len(piece)
            seq.tokens.append(piece)
            seq.weights.append(meter.length(piece))
            seq.byte_weights.append(len(piece.encode("utf-8")) if meter.has_bytes else 0)
            last = index == len(pieces) - 1
            seq.gaps.append(gaps[t] if last else 0)
            seq.byte_gaps.append(byte_gaps[t] if last else 0)
            if index == 0:
                seq.strength.append(strength[t])
            else:
                seq.strength.append(s.CUT)
                seq.cut.add(seq.n - 1)
            seq.group_start.append(seq.n - 1)
    _relink_groups(seq, base)


def _relink_groups(seq: TokenSeq, base: int) -> None:
    """After cutting, recompute group starts of a section from its protected gaps."""
    # groups never contain a cut token (cut tokens are alone), so a token whose original
    # group start pointed backwards simply joins the group of the token before it.
    for j in range(base + 1, seq.n):
        if seq.group_start[j] != j:
            seq.group_start[j] = seq.group_start[j - 1]


def _release_long_groups(
    group: MutableSequence[int],
    tied_first: list[int],
    tied_end: list[int],
    weights: list[int],
    gaps: list[int],
    byte_weights: list[int],
    byte_gaps: list[int],
    limit: int,
    byte_limit: int | None,
) -> None:
    """Untie atomic spans too long for any post: they break at their own whitespace."""
    for first, end in zip(tied_first, tied_end, strict=True):
        size = sum(weights[first:end]) + sum(gaps[first : end - 1])
        size_bytes = sum(byte_weights[first:end]) + sum(byte_gaps[first : end - 1])
        if size > limit or (byte_limit is not None and size_bytes > byte_limit):
            for u in range(first, end):
                group[u] = u


def _cut(token: str, meter: Meter, limit: int, byte_limit: int | None) -> list[str]:
    pieces: list[str] = []
    current = ""
    size = 0
    size_bytes = 0
    for cluster in grapheme_clusters(token):
        weight = meter.length(cluster)
        weight_bytes = len(cluster.encode("utf-8"))
        over = size + weight > limit or (
            byte_limit is not None and size_bytes + weight_bytes > byte_limit
        )
        if current and over:
            pieces.append(current)
            current, size, size_bytes = "", 0, 0
        current += cluster
        size += weight
        size_bytes += weight_bytes
    if current:
        pieces.append(current)
    return pieces
