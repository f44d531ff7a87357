"""The token sequence the splitter packs: tokens, gaps, atomic groups and break strengths.

A token is a run of non-whitespace; an atomic span that holds whitespace (``5 mg/kg``) ties
its tokens into one group, and a post may only break at the start of a group. Lengths are
kept as prefix sums so the length of any run of tokens is one subtraction.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, MutableSequence, Sequence
from itertools import accumulate, compress, repeat
from operator import add, ge, lt, not_, sub

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


class _Words:
    """A section's tokens and the whitespace between them (``gaps[t]`` follows token ``t``)."""

    def __init__(self, text: str, meter: Meter) -> None:
        plain = _split_plain(text) if meter.ascii_unit else None
        self.gap_texts: list[str] | None = None  # kept only when a gap needs measuring
        self.line_starts: list[int]  # tokens that start a line
        self.after_blank: list[bool]  # ... after a blank line
        if plain is not None:
            self.tokens, self.gaps, self.line_starts, self.after_blank = plain
        else:
            parts = _SPLIT.split(text)
            self.tokens = parts[0::2]
            self.gap_texts = parts[1::2]
            self.gaps = list(map(len, self.gap_texts))
            self.gaps.append(0)
        self.sizes = list(map(len, self.tokens))
        self.starts = list(accumulate(map(add, self.sizes, self.gaps), initial=0))
        self.starts.pop()
        self.ends = list(map(add, self.starts, self.sizes))
        if self.gap_texts is not None:
            self.line_starts, self.after_blank = _line_breaks(text, self.gap_texts, self.starts)


def _split_plain(
    text: str,
) -> tuple[list[str], list[int], list[int], list[bool]] | None:
    """Tokens, gap sizes and lines (see :func:`_line_breaks`) of text spaced by " " and line breaks.

    ``None`` unless every gap is one space or holds a line break: then ``str.split`` finds
    the tokens much faster than a regex, and only the gaps that break a line need a look.
    """
    if "  " in text or text[:1].isspace() or text[-1:].isspace():
        return None
    tokens = text.split()
    if len(text) - sum(map(len, tokens)) != text.count(" ") + text.count("\n"):
        return None  # other whitespace
    gaps = [1] * len(tokens)
    gaps[-1] = 0
    line_starts: list[int] = []
    after_blank: list[bool] = []
    index = -1  # of the gap
    end = 0  # of the last line-breaking gap
    position = text.find("\n")
    while position >= 0:  # (the text is stripped: it neither starts nor ends in whitespace)
        start = position - 1 if text[position - 1] == " " else position
        stop = position + 1
        while text[stop] in " \n":
            stop += 1
        index += 1 + text.count(" ", end, start)  # the single-space gaps before it
        gaps[index] = stop - start
        line_starts.append(index + 1)
        after_blank.append(text.count("\n", position, stop) >= 2)
        end = stop
        position = text.find("\n", stop)
    return tokens, gaps, line_starts, after_blank


def _line_breaks(
    text: str, gap_texts: list[str], starts: list[int]
) -> tuple[list[int], list[bool]]:
    """The tokens that start a line, and whether a blank line comes before each.

    (Two lists rather than pairs: objects that hold others, such as tuples, make the
    garbage collector run, and each run walks the long lists made so far.)
    """
    line_starts: list[int] = []
    after_blank: list[bool] = []
    count = len(starts)
    position = text.find("\n")
    while position >= 0:
        t = bisect_right(starts, position)
        if t >= count:
            break
        line_starts.append(t)
        after_blank.append(gap_texts[t - 1].count("\n") >= 2)
        position = text.find("\n", starts[t])
    return line_starts, after_blank


def _set_all(values: list[int], indices: Iterable[int], value: int) -> None:
    """Set ``values[i] = value`` at every index (the loop runs in C)."""
    deque(map(values.__setitem__, indices, repeat(value)), maxlen=0)


def _strengths(text: str, words: _Words) -> tuple[list[int], list[int]]:
    """Break strength before each token, and the tokens that start a line.

    Position ``t`` is the break before token ``t``. A mark (before closing quotes or
    brackets) followed by whitespace ends a token: the number of token ends before the
    match's end is that token's index. Every such mark has a token after it.
    """
    tokens = words.tokens
    ends = words.ends
    strength = [s.WORD] * len(tokens)
    clauses = [match.end() for match in _CLAUSE_END.finditer(text)]
    clauses += [match.end() for match in _DASH.finditer(text)]
    _set_all(strength, map(bisect_right, repeat(ends), clauses), s.CLAUSE)
    # a sentence mark ends a sentence unless the token is an abbreviation (or the like) or
    # the next token cannot start a sentence; both are decided once per distinct token
    marked = list(map(bisect_left, repeat(ends), (m.end() for m in _SENTENCE_END.finditer(text))))
    enders = list(map(tokens.__getitem__, marked))
    can_end = {token: s.may_end_sentence(token) for token in set(enders)}
    after = list(map(add, compress(marked, map(can_end.__getitem__, enders)), repeat(1)))
    initials = [tokens[t][0] for t in after]
    can_start = {initial: s.starts_sentence(initial) for initial in set(initials)}
    _set_all(strength, compress(after, map(can_start.__getitem__, initials)), s.SENTENCE)
    # a line break: a blank line (two breaks) starts a paragraph
    for t, blank in zip(words.line_starts, words.after_blank, strict=True):
        strength[t] = s.PARAGRAPH if blank else s.SENTENCE
    return strength, words.line_starts


def _add_section(
    seq: TokenSeq,
    number: int,
    text: str,
    meter: Meter,
    limit: int,
    byte_limit: int | None,
) -> None:
    words = _Words(text, meter)
    tokens = words.tokens
    gap_texts = words.gap_texts
    starts = words.starts
    ends = words.ends
    count = len(tokens)
    # Lengths. A token that is ASCII and cannot hold a URL (which needs "://" or a dot
    # before a letter or digit) or, on Mastodon, "@user@host" (which counts as "@user") is
    # as long as its size; every other token is measured by the text engine.
    weights = words.sizes  # (the sizes are not needed any more)
    # (a suspect starts inside a token t, which is the number of token ends before it)
    suspects = _URLISH if not meter.platform.mention_counts_user_only else _URLISH_OR_REMOTE
    found = [match.start() for match in suspects.finditer(text)]
    measured = set(map(bisect_right, repeat(ends), found))
    # tokens touched by a run of characters beyond ASCII: the ones holding such a character,
    # and the ones followed by whitespace holding one (str.isascii reads a flag of the string)
    wide: set[int] = set()
    spaces_ascii = gap_texts is None or "".join(gap_texts).isascii()
    if not text.isascii():
        wide.update(compress(range(count), map(not_, map(str.isascii, tokens))))
        if gap_texts is not None and not spaces_ascii:
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
    gaps = words.gaps
    if gap_texts is not None and not (meter.ascii_unit and spaces_ascii):
        gaps = [meter.length(gap) for gap in gap_texts]
        gaps.append(0)
    if not meter.has_bytes:
        byte_gaps = [0] * count
    elif gap_texts is None:
        byte_gaps = gaps  # single spaces and line breaks
    else:
        byte_gaps = [len(gap.encode("utf-8")) for gap in gap_texts]
        byte_gaps.append(0)

    strength, broken = _strengths(text, words)
    group, tied_first, tied_end = _groups(text, starts, broken)
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


def _groups(
    text: str, starts: list[int], broken: list[int]
) -> tuple[list[int], list[int], list[int]]:
    """Each token's group start, and the first token and past the last of each tied span.

    A span ties its tokens, but never across a line break: a token tied to the one before
    it points at its group's first token.
    """
    count = len(starts)
    span_starts, span_ends = tying_bounds(text)
    firsts = list(map(bisect_right, repeat(starts), span_starts))  # (one past the first)
    firsts = list(map(sub, firsts, repeat(1)))
    highs = list(map(bisect_left, repeat(starts), span_ends))
    tying = list(map(lt, repeat(1), map(sub, highs, firsts)))  # spans of two tokens or more
    firsts = list(compress(firsts, tying))
    highs = list(compress(highs, tying))
    group = list(range(count))
    # spans come in order and share at most one token, so a span's first token has its
    # final group when the span is reached
    for first, high in zip(firsts, highs, strict=True):
        group[first + 1 : high] = [group[first]] * (high - first - 1)
    for t in broken:  # (a list marker's span may start in the whitespace before its line)
        tied_to = group[t]
        if tied_to != t:
            u = t
            while u < count and group[u] == tied_to:
                group[u] = t
                u += 1
    return group, firsts, highs


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
    over = set(
        compress(
            range(len(tied_first)),
            map(lt, repeat(limit), _run_lengths(weights, gaps, tied_first, tied_end)),
        )
    )
    if byte_limit is not None:
        sizes = _run_lengths(byte_weights, byte_gaps, tied_first, tied_end)
        over.update(compress(range(len(tied_first)), map(lt, repeat(byte_limit), sizes)))
    for index in sorted(over):
        for u in range(tied_first[index], tied_end[index]):
            group[u] = u


def _run_lengths(
    weights: list[int], gaps: list[int], firsts: list[int], ends: list[int]
) -> list[int]:
    """The length of tokens ``first..end-1`` with the gaps between them, for each pair."""
    steps = list(accumulate(map(add, weights, gaps), initial=0))
    pick = steps.__getitem__
    spans = map(sub, map(pick, ends), map(pick, firsts))
    return list(map(sub, spans, map(gaps.__getitem__, map(sub, ends, repeat(1)))))


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
