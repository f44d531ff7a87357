"""The token sequence the splitter packs: tokens, gaps, atomic groups and break strengths.

A token is a run of non-whitespace; an atomic span that holds whitespace (``5 mg/kg``) ties
its tokens into one group, and a post may only break at the start of a group. Lengths are
kept as prefix sums so the length of any run of tokens is one subtraction.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from medtweet.compose import _sentences as s
from medtweet.compose._atomic import atomic_spans
from medtweet.compose._measure import Meter

__all__ = ["TokenSeq", "build", "grapheme_clusters"]

_TOKEN = re.compile(r"\S+")
_ENDINGS = re.compile(
    r"[.!?…‼⁉,;:—\u2013][\"'\u201d\u2019)\]}*_»]*(?=\s)"  # a token ending a sentence or clause
    r"|(?<=\s)(?:--?|—|\u2013)(?=\s)"  # a dash standing alone
)
_NEWLINE_GAP = re.compile(r"\s*\n\s*")
_EXTEND = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3})
_URLISH = re.compile(r"[.:](?=[^\W_])|://")
_URLISH_OR_REMOTE = re.compile(r"[.:](?=[^\W_])|://|@\w+@")


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

    def __init__(self) -> None:
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
        pairs = [w + g for w, g in zip(self.weights, self.gaps, strict=True)]
        self.prefix = [0, *accumulate(pairs)]
        self.ends_at = [0, *(p + w for p, w in zip(self.prefix, self.weights, strict=False))]
        bpairs = [w + g for w, g in zip(self.byte_weights, self.byte_gaps, strict=True)]
        self.byte_prefix = [0, *accumulate(bpairs)]
        self.byte_ends_at = [
            0,
            *(p + w for p, w in zip(self.byte_prefix, self.byte_weights, strict=False)),
        ]
        strength = self.strength
        group = self.group_start
        strong = [j for j, value in enumerate(strength) if value >= s.CLAUSE and group[j] == j]
        levels = {
            s.CLAUSE: strong,
            s.SENTENCE: [j for j in strong if strength[j] >= s.SENTENCE],
            s.PARAGRAPH: [j for j in strong if strength[j] >= s.PARAGRAPH],
        }
        self.levels = levels


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
    seq = TokenSeq()
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
    spans = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    tokens = [text[a:b] for a, b in spans]
    count = len(tokens)
    plain = [True] * count
    # A URL needs a dot before a letter or digit, or "://"; "@user@host" counts as "@user"
    # on Mastodon. Tokens holding either are measured by the text engine, the rest are
    # plain: in ASCII, their length is their size.
    suspects = _URLISH if not meter.platform.mention_counts_user_only else _URLISH_OR_REMOTE
    for match in suspects.finditer(text):
        t = bisect_right(starts, match.start()) - 1
        if t >= 0:
            plain[t] = False
    weights = meter.lengths(tokens, plain)
    base = seq.n
    byte_weights = meter.byte_lengths(tokens) if meter.has_bytes else [0] * count
    gap_texts = [text[ends[t] : starts[t + 1]] for t in range(count - 1)]
    gaps = meter.lengths(gap_texts, [True] * len(gap_texts))
    gaps.append(0)
    byte_gaps = meter.byte_lengths(gap_texts) if meter.has_bytes else [0] * len(gap_texts)
    byte_gaps.append(0)

    # break strengths (position t = before token t, local)
    strength = [s.WORD] * count
    for match in _ENDINGS.finditer(text):
        t = bisect_right(starts, match.start()) - 1
        if 0 <= t < count - 1 and ends[t] == match.end():
            strength[t + 1] = s.token_strength(tokens[t], tokens[t + 1])
    for match in _NEWLINE_GAP.finditer(text):
        t = bisect_left(starts, match.end())
        if 0 < t < count and starts[t] == match.end():
            strength[t] = s.PARAGRAPH if match.group().count("\n") >= 2 else s.SENTENCE

    # atomic groups
    group = list(range(count))
    for a, b in atomic_spans(text, with_whitespace_only=True):
        first = bisect_right(starts, a) - 1
        last = bisect_left(starts, b) - 1
        for t in range(max(first, 0) + 1, last + 1):
            if "\n" not in text[ends[t - 1] : starts[t]]:
                group[t] = group[t - 1]
    _release_long_groups(group, weights, gaps, byte_weights, byte_gaps, limit, byte_limit)

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
        seq.byte_weights.extend(byte_weights)
        seq.gaps.extend(gaps)
        seq.byte_gaps.extend(byte_gaps)
        strength[0] = s.PARAGRAPH
        seq.strength.extend(strength)
        seq.group_start.extend(g + base for g in group)
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
    group: list[int],
    weights: list[int],
    gaps: list[int],
    byte_weights: list[int],
    byte_gaps: list[int],
    limit: int,
    byte_limit: int | None,
) -> None:
    count = len(group)
    t = 0
    while t < count:
        end = t + 1
        while end < count and group[end] == t:
            end += 1
        if end - t > 1:
            size = sum(weights[t:end]) + sum(gaps[t : end - 1])
            size_bytes = sum(byte_weights[t:end]) + sum(byte_gaps[t : end - 1])
            if size > limit or (byte_limit is not None and size_bytes > byte_limit):
                for u in range(t, end):
                    group[u] = u
        t = end


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
