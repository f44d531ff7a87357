"""The token sequence the splitter packs: tokens, gaps, atomic groups and break strengths.

A token is a run of non-whitespace; an atomic span that holds whitespace (``5 mg/kg``) ties
its tokens into one group, and a post may only break at the start of a group. Lengths are
kept as prefix sums so the length of any run of tokens is one subtraction.

A long section is tokenised a piece at a time (see :data:`PIECE_SIZE`): the lists made for
one piece fit in the processor's caches, and only the columns the splitter reads are kept.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, compress, repeat
from operator import add, ge, lt, not_, sub
from typing import TypeVar

import attrs

from medtweet.compose import _sentences as s
from medtweet.compose._atomic import tying_bounds
from medtweet.compose._measure import Meter
from medtweet.text import extract_entities
from medtweet.text._count import utf8_length

__all__ = ["PIECE_SIZE", "TokenSeq", "build", "grapheme_clusters"]

_T = TypeVar("_T")

PIECE_SIZE = 32_000
"""The fewest characters of a section tokenised at a time (a piece ends at a blank line)."""

# The whitespace between two pieces: a blank line of spaces and line breaks that ends in a
# line break. No token, tying span (none holds or starts at a line break) or mark pattern
# reaches across it, a piece starts where a line starts, and the first token of a piece
# starts a paragraph, as the first token of a section does.
_PIECE_BREAK = re.compile(r"(?<=\S) *\n[ \n]*\n(?=\S)")

_SPLIT = re.compile(r"(\s+)")
_CLOSERS = "[\"'\u201d\u2019)\\]}*_»]*"
_SENTENCE_END = re.compile(rf"[.!?…‼⁉]{_CLOSERS}(?=\s)")
_CLAUSE_END = re.compile(rf"[,;:—\u2013]{_CLOSERS}(?=\s)")
# "-" or "--" standing alone between spaces (a lone em or en dash is found as a mark)
_DASH = re.compile(r"-(?<=\s-)-?(?=\s)")
_EXTEND = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3})
# (a character class first lets the scan skip to candidates; matching more is harmless)
# (each match runs to the end of its token, so a token is found once)
_URLISH = re.compile(r"[.:](?=[^\W_]|//)\S*")
_URLISH_OR_REMOTE = re.compile(r"[.:@](?:(?<=[.:])(?=[^\W_]|//)|(?<=@)(?=\w+@))\S*")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f\s]\S*")


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
        # Columns of small numbers are plain lists: fast to fill and to search (small numbers
        # are shared objects). Large numbers kept for every token (prefix sums, offsets) are
        # arrays, 8 bytes a number rather than a pointer and a 32-byte object: memory the
        # splitter reads a post at a time stays in the caches, and less of it is paged in.
        self.has_bytes = has_bytes
        self.total = 0  # the tokens' total length (without gaps)
        self.gaps: list[int] = []
        self.tied: dict[int, int] = {}  # a token in a group (not its first): the group's first
        self.strength: list[int] = []
        self.sec_starts: list[int] = [0]
        self.cut: set[int] = set()
        self.prefix = _compact([0])
        self.byte_prefix = _compact([0])
        self.byte_ends_at = _compact([0])
        self.levels: dict[int, list[int]] = {s.CLAUSE: [], s.SENTENCE: [], s.PARAGRAPH: []}
        self.heaviest = 0  # the largest token length
        # Where each piece's tokens start in their section, and their sizes, in characters:
        # read only where posts break, so kept as each piece made them.
        self.piece_firsts: list[int] = []
        self.piece_starts: list[array[int]] = []
        self.piece_sizes: list[list[int]] = []

    @property
    def n(self) -> int:
        """Number of tokens."""
        return len(self.gaps)

    def end_at(self, j: int) -> int:
        """Length of tokens ``0..j-1`` with the gaps between them (not the one after)."""
        return self.prefix[j] - self.gaps[j - 1] if j else 0

    def length(self, i: int, j: int) -> int:
        """Length of tokens ``i..j-1`` with the gaps between them."""
        return (self.prefix[j] - self.gaps[j - 1] if j else 0) - self.prefix[i]

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
        return j not in self.tied

    def group_of(self, j: int) -> int:
        """The first token of the atomic group holding token ``j``."""
        return self.tied.get(j, j)

    def char_starts(self, tokens: list[int]) -> list[int]:
        """Where each token starts in its section's text (``tokens`` in increasing order)."""
        found: list[int] = []
        for starts, _, local in self._by_piece(tokens):
            found += map(starts.__getitem__, local)
        return found

    def char_ends(self, tokens: list[int]) -> list[int]:
        """Where each token ends in its section's text (``tokens`` in increasing order)."""
        found: list[int] = []
        for starts, sizes, local in self._by_piece(tokens):
            found += map(add, map(starts.__getitem__, local), map(sizes.__getitem__, local))
        return found

    def _by_piece(self, tokens: list[int]) -> Iterator[tuple[array[int], list[int], list[int]]]:
        """Each piece's starts and sizes, and the given tokens in it, counted in the piece."""
        low = 0
        for first, starts, sizes in zip(
            self.piece_firsts, self.piece_starts, self.piece_sizes, strict=True
        ):
            high = bisect_left(tokens, first + len(starts), low)
            yield starts, sizes, list(map(sub, tokens[low:high], repeat(first)))
            low = high

    def add(self, part: _Part) -> None:
        """Append the tokens of a piece."""
        base = self.n
        self.piece_firsts.append(base)
        self.piece_starts.append(_compact(part.starts))
        self.piece_sizes.append(part.sizes)
        self.total += sum(part.weights)
        self.heaviest = max(self.heaviest, part.heaviest)
        self._add_levels(part, base)
        tied = part.tied
        if base:
            keys = map(add, tied, repeat(base))
            tied = dict(zip(keys, map(add, tied.values(), repeat(base)), strict=True))
        self.tied = _joined_dict(self.tied, tied)
        self.cut.update(map(add, part.cut, repeat(base)))
        self.gaps = _joined(self.gaps, part.gaps)
        self.strength = _joined(self.strength, part.strength)
        self.prefix.fromlist(part.steps[1:])
        if self.has_bytes:
            sizes = map(add, part.byte_weights, part.byte_gaps)
            byte_steps = list(accumulate(sizes, initial=self.byte_prefix[-1]))
            self.byte_ends_at.fromlist(list(map(add, byte_steps, part.byte_weights)))
            self.byte_prefix.fromlist(byte_steps[1:])

    def _add_levels(self, part: _Part, base: int) -> None:
        """Add the piece's untied clause, sentence and paragraph breaks to ``levels``."""
        strong = part.strong
        strengths = list(map(part.strength.__getitem__, strong))
        for level, kept in (
            (s.CLAUSE, strong),
            (s.SENTENCE, compress(strong, map(ge, strengths, repeat(s.SENTENCE)))),
            (s.PARAGRAPH, compress(strong, map(ge, strengths, repeat(s.PARAGRAPH)))),
        ):
            self.levels[level] += map(add, kept, repeat(base)) if base else kept

    def finish(self) -> None:
        """Close the sequence: the end of the text is a paragraph break."""
        self.strength.append(s.PARAGRAPH)
        for positions in self.levels.values():
            positions.append(self.n)


def _compact(numbers: list[int]) -> array[int]:
    """Non-negative whole numbers in an array."""
    out = array("L")  # (the type code whose fromlist converts a list fastest)
    out.fromlist(numbers)
    return out


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
    for text in sections:
        _add_section(seq, text, meter, limit, byte_limit)
        seq.sec_starts.append(seq.n)
    seq.finish()
    return seq


class _Words:
    """A piece's tokens and the whitespace between them (``gaps[t]`` follows token ``t``).

    The piece is ``text[start:end]`` (stripped); ``starts`` are offsets in ``text``.
    """

    def __init__(self, text: str, meter: Meter, start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        self.start, self.end = start, end
        self.text = text = text[start:end]  # (the whole text itself when it is one piece)
        self.gap_texts: list[str] | None = None  # kept only when a gap needs measuring
        self.line_starts: list[int]  # tokens that start a line
        self.after_blank: list[bool]  # ... after a blank line
        # When every gap is one space or holds a line break, str.split finds the tokens
        # much faster than a regex, and only the gaps that break a line need a look.
        plain = meter.ascii_unit and not (
            "  " in text or not text or text[0].isspace() or text[-1].isspace()
        )
        if plain:
            self.tokens = text.split()
            self.sizes = list(map(len, self.tokens))
            plain = len(text) - sum(self.sizes) == text.count(" ") + text.count("\n")
        if plain:
            self.gaps, self.line_starts, self.after_blank = _plain_gaps(text, len(self.tokens))
        else:
            parts = _SPLIT.split(text)
            self.tokens = parts[0::2]
            self.sizes = list(map(len, self.tokens))
            self.gap_texts = parts[1::2]
            self.gaps = list(map(len, self.gap_texts))
            self.gaps.append(0)
        self.starts = list(accumulate(map(add, self.sizes, self.gaps), initial=start))
        self.starts.pop()
        if self.gap_texts is not None:
            self.line_starts, self.after_blank = _line_breaks(
                text, self.gap_texts, self.starts, start
            )


def _plain_gaps(text: str, count: int) -> tuple[list[int], list[int], list[bool]]:
    """Gap sizes and lines (see :func:`_line_breaks`) of text spaced by " " and line breaks.

    The text is stripped, and every gap is one space or holds a line break.
    """
    gaps = [1] * count
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
    return gaps, line_starts, after_blank


def _line_breaks(
    text: str, gap_texts: list[str], starts: list[int], offset: int
) -> tuple[list[int], list[bool]]:
    """The tokens that start a line, and whether a blank line comes before each.

    ``starts`` are counted from ``offset`` characters before ``text``.

    (Two lists rather than pairs: objects that hold others, such as tuples, make the
    garbage collector run, and each run walks the long lists made so far.)
    """
    line_starts: list[int] = []
    after_blank: list[bool] = []
    count = len(starts)
    position = text.find("\n")
    while position >= 0:
        t = bisect_right(starts, position + offset)
        if t >= count:
            break
        line_starts.append(t)
        after_blank.append(gap_texts[t - 1].count("\n") >= 2)
        position = text.find("\n", starts[t] - offset)
    return line_starts, after_blank


def _assign(values: list[int], indices: Iterable[int], new: Iterable[int]) -> None:
    """Set ``values[i]`` to the next of ``new`` for every index (the loop runs in C)."""
    deque(map(values.__setitem__, indices, new), maxlen=0)


def _set_all(values: list[int], indices: Iterable[int], value: int) -> None:
    """Set ``values[i] = value`` at every index."""
    _assign(values, indices, repeat(value))


def _strengths(text: str, words: _Words) -> tuple[list[int], set[int]]:
    """Break strength before each token, and where it is a clause break or stronger.

    Position ``t`` is the break before token ``t``. A mark (before closing quotes or
    brackets) followed by whitespace ends a token: the number of token starts up to the
    match's end is the index of the token after it (every such mark in the piece has one;
    the patterns look behind the piece's start, and not beyond its end, where a blank line
    comes, which makes the next token a paragraph's first). The first token starts a
    paragraph.
    """
    tokens = words.tokens
    starts = words.starts
    strength = [s.WORD] * len(tokens)
    start, end = words.start, words.end
    clauses = _ends(_CLAUSE_END, text, start, end) + _ends(_DASH, text, start, end)
    clause_at = list(map(bisect_right, repeat(starts), clauses))
    _set_all(strength, clause_at, s.CLAUSE)
    # a sentence mark ends a sentence unless the token is an abbreviation (or the like) or
    # the next token cannot start a sentence; both are decided once per distinct token
    following = list(map(bisect_right, repeat(starts), _ends(_SENTENCE_END, text, start, end)))
    enders = list(map(tokens.__getitem__, map(sub, following, repeat(1))))
    can_end = {token: s.may_end_sentence(token) for token in set(enders)}
    after = list(compress(following, map(can_end.__getitem__, enders)))
    initials = [tokens[t][0] for t in after]
    can_start = {initial: s.starts_sentence(initial) for initial in set(initials)}
    sentence_at = list(compress(after, map(can_start.__getitem__, initials)))
    _set_all(strength, sentence_at, s.SENTENCE)
    # a line break: a blank line (two breaks) starts a paragraph
    for t, blank in zip(words.line_starts, words.after_blank, strict=True):
        strength[t] = s.PARAGRAPH if blank else s.SENTENCE
    strength[0] = s.PARAGRAPH
    return strength, {0, *clause_at, *sentence_at, *words.line_starts}


def _lengths(
    text: str, words: _Words, meter: Meter
) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """The length and UTF-8 size of each token and of the gap after it, measured alone.

    A token that is ASCII and cannot hold a URL (which needs "://" or a dot before a letter
    or digit) or, on Mastodon, "@user@host" (which counts as "@user") is as long as its
    size; every other token is measured by the text engine. Byte sizes are zeros on
    platforms without a byte limit. Last come the tokens that may count otherwise after
    whitespace than alone (see :func:`_lead_in`): those that may hold a URL starting after
    their first character, and those that start with a mark joining the one before it.
    """
    tokens = words.tokens
    gap_texts = words.gap_texts
    count = len(tokens)
    start, end = words.start, words.end
    suspects = _URLISH if not meter.platform.mention_counts_user_only else _URLISH_OR_REMOTE
    measured = _holding(words.starts, _starts(suspects, text, start, end))
    # tokens touched by a run of characters beyond ASCII: the ones holding such a character,
    # and the ones followed by whitespace holding one (str.isascii reads a flag of the string)
    wide: set[int] = set()
    spaces_ascii = gap_texts is None or "".join(gap_texts).isascii()
    if not words.text.isascii():
        wide.update(_holding(words.starts, _starts(_BEYOND_ASCII, text, start, end)))
        if gap_texts is not None and not spaces_ascii:
            wide.update(compress(range(count), map(not_, map(str.isascii, gap_texts))))
    if meter.ascii_unit:
        weights = words.sizes.copy()
        remeasured = list(measured | wide)
        texts = list(map(tokens.__getitem__, remeasured))
        lengths = {token: meter.length(token) for token in set(texts)}  # once per distinct token
        _assign(weights, remeasured, map(lengths.__getitem__, texts))
    else:
        weights = [meter.length(token) for token in tokens]
    byte_weights = [0] * count
    if meter.has_bytes:
        byte_weights = list(map(len, tokens))
        for index in wide:
            byte_weights[index] = utf8_length(tokens[index])
    gaps = words.gaps
    if gap_texts is not None and not (meter.ascii_unit and spaces_ascii):
        gaps = [meter.length(gap) for gap in gap_texts]
        gaps.append(0)
    if not meter.has_bytes:
        byte_gaps = [0] * count
    elif gap_texts is None:
        byte_gaps = list(gaps)  # single spaces and line breaks
    else:
        byte_gaps = [utf8_length(gap) for gap in gap_texts]
        byte_gaps.append(0)
    sensitive = {t for t in measured if _may_lead_otherwise(tokens[t][0])}
    sensitive.update(t for t in wide if not tokens[t][0].isascii() and _is_extender(tokens[t][0]))
    return weights, byte_weights, gaps, byte_gaps, sorted(sensitive)


def _may_lead_otherwise(first: str) -> bool:
    """Whether a URL in a token starting with ``first`` may start otherwise after whitespace.

    twitter-text takes a character in a domain's run that is no ASCII letter or digit for the
    one before a URL: at the start of a text it tries that first, after whitespace it tries
    the whitespace first. A token starting with an ASCII letter, digit or other punctuation
    starts its URLs at the same place either way.
    """
    return not first.isascii() or first in "-_."


def _lead_in(
    seq: TokenSeq,
    text: str,
    words: _Words,
    meter: Meter,
    sensitive: list[int],
    weights: list[int],
    gaps: list[int],
    limit: int,
) -> None:
    """Count the ``sensitive`` tokens as they count in a post, after whitespace or first.

    The text engine counts a few tokens otherwise after whitespace than at the start of a
    text: twitter-text's URL pattern takes the "é" that starts "éc.ec" alone for the
    character before a URL "c.ec" (24) but after a space finds the URL "éc.ec" (23), and a
    combining mark starting a token makes one grapheme with a space before it. A post holds
    a token either first (alone, or after a label and its space) or after the gap before
    it. So the token's length becomes the most it counts first, and the gap before it
    gives back what the token counts less after that gap (down to nothing), so that a post
    is measured as it is written wherever it breaks, or longer (never shorter).

    A token longer than ``limit``, to be cut, keeps the gap before it (its pieces are
    measured alone, as they start a post or follow one another). The gap before
    the first token of a piece that starts no section is the last one already in ``seq``.
    """
    starts = words.starts
    tokens = words.tokens
    space = meter.length(" ")
    for t in sensitive:
        token = tokens[t]
        alone = weights[t]
        spaced = meter.length(" " + token) - space
        first = max(alone, spaced)
        weights[t] = first
        at = starts[t]
        if at == 0 or first > limit:  # a section's first token always starts a post
            continue
        before = text[at - 1]  # the whitespace character before the token
        after = spaced if before == " " else meter.length(before + token) - meter.length(before)
        if first == after:
            continue
        if t:
            gaps[t - 1] = max(0, gaps[t - 1] + after - first)
        else:  # the gap that ended the piece before
            kept = max(0, seq.gaps[-1] + after - first)
            seq.prefix[-1] -= seq.gaps[-1] - kept
            seq.gaps[-1] = kept


def _starts(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    """Where the matches of ``pattern`` in ``text[start:end]`` start."""
    return [match.start() for match in pattern.finditer(text, start, end)]


def _ends(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    """Where the matches of ``pattern`` in ``text[start:end]`` end."""
    return [match.end() for match in pattern.finditer(text, start, end)]


def _holding(starts: list[int], positions: list[int]) -> set[int]:
    """The tokens holding the given character positions (none of them whitespace)."""
    return set(map(sub, map(bisect_right, repeat(starts), positions), repeat(1)))


@attrs.frozen(kw_only=True)
class _Piece:
    """``text[start:end]``, and the whitespace after it (empty at the end of the text)."""

    text: str
    start: int
    end: int
    gap: str


def _pieces(text: str) -> Iterator[_Piece]:
    """The section cut at blank lines into pieces of :data:`PIECE_SIZE` characters or more."""
    start = 0
    while True:
        match = None
        if len(text) - start > PIECE_SIZE:
            match = _PIECE_BREAK.search(text, start + PIECE_SIZE)
        if match is None:
            yield _Piece(text=text, start=start, end=len(text), gap="")
            return
        yield _Piece(text=text, start=start, end=match.start(), gap=match.group())
        start = match.end()


def _add_section(
    seq: TokenSeq, text: str, meter: Meter, limit: int, byte_limit: int | None
) -> None:
    """Add the tokens of a section, a piece at a time."""
    span_starts, span_ends = tying_bounds(text)
    low = 0
    for piece in _pieces(text):
        high = bisect_left(span_starts, piece.end, low)
        spans = (span_starts[low:high], span_ends[low:high])
        _add_piece(seq, piece, spans, meter, limit, byte_limit)
        low = high


@attrs.frozen(kw_only=True)
class _Part:
    """The columns of a piece's tokens, as :meth:`TokenSeq.add` appends them.

    ``tied`` and ``cut`` count tokens from the piece's first; ``steps`` are the prefix sums
    of the tokens' lengths with their gaps, from the sum of the pieces before.
    """

    steps: list[int]
    starts: list[int]
    sizes: list[int]
    weights: list[int]
    byte_weights: list[int]
    gaps: list[int]
    byte_gaps: list[int]
    strength: list[int]
    strong: list[int]  # the untied clause breaks or stronger, in order
    tied: dict[int, int]
    heaviest: int  # the largest token length
    cut: set[int] = attrs.field(factory=set)


def _add_piece(
    seq: TokenSeq,
    piece: _Piece,
    spans: tuple[list[int], list[int]],
    meter: Meter,
    limit: int,
    byte_limit: int | None,
) -> None:
    """Add the tokens of a piece (``spans``: the tying spans in it, as starts and ends)."""
    text = piece.text
    words = _Words(text, meter, piece.start, piece.end)
    starts = words.starts
    weights, byte_weights, gaps, byte_gaps, sensitive = _lengths(text, words, meter)
    if piece.gap:  # spaces and line breaks: their length is their size on every platform
        gaps[-1] = meter.length(piece.gap)
        if meter.has_bytes:
            byte_gaps[-1] = len(piece.gap)
    if sensitive:
        kept = [t for t in sensitive if byte_limit is None or byte_weights[t] <= byte_limit]
        _lead_in(seq, text, words, meter, kept, weights, gaps, limit)
    strength, strong = _strengths(text, words)
    tied, tied_first, tied_end = _groups(starts, words.line_starts, *spans)
    steps = list(accumulate(map(add, weights, gaps), initial=seq.prefix[-1]))
    _release_long_groups(
        tied, tied_first, tied_end, steps, gaps, byte_weights, byte_gaps, limit, byte_limit
    )
    heaviest = max(weights, default=0)
    part = _Part(
        heaviest=heaviest,
        steps=steps,
        starts=starts,
        sizes=words.sizes,
        weights=weights,
        byte_weights=byte_weights,
        gaps=gaps,
        byte_gaps=byte_gaps,
        strength=strength,
        strong=sorted(strong.difference(tied)),
        tied=tied,
    )
    too_long = heaviest > limit or (
        byte_limit is not None and max(byte_weights, default=0) > byte_limit
    )
    seq.add(_cut_long(part, words.tokens, meter, limit, byte_limit) if too_long else part)


def _cut_long(
    part: _Part, tokens: list[str], meter: Meter, limit: int, byte_limit: int | None
) -> _Part:
    """The piece with each token too long for a post cut between grapheme clusters.

    The token is cut at every place it may be cut (each grapheme cluster, or each URL in
    it, a token of its own with no gap before the next), so the splitter chooses where its
    posts end inside it: cut once into pieces as long as a post, the pieces could not share
    posts with the words around them as they might (three posts where two hold it all).
    """
    weights = part.weights
    byte_weights = part.byte_weights
    out = _Part(
        heaviest=0,
        steps=[],
        starts=[],
        sizes=[],
        weights=[],
        byte_weights=[],
        gaps=[],
        byte_gaps=[],
        strength=[],
        strong=[],
        tied={},
    )
    for t, token in enumerate(tokens):
        if weights[t] <= limit and (byte_limit is None or byte_weights[t] <= byte_limit):
            if t in part.tied:  # it joins the group of the token now before it
                before = len(out.sizes) - 1
                out.tied[before + 1] = out.tied.get(before, before)
            out.starts.append(part.starts[t])
            out.sizes.append(part.sizes[t])
            out.weights.append(weights[t])
            out.byte_weights.append(byte_weights[t])
            out.gaps.append(part.gaps[t])
            out.byte_gaps.append(part.byte_gaps[t])
            out.strength.append(part.strength[t])
            continue
        offset = part.starts[t]
        fragments = _cut_units(token)
        for index, fragment in enumerate(fragments):
            if index:
                out.cut.add(len(out.sizes))
            out.starts.append(offset)
            offset += len(fragment)
            out.sizes.append(len(fragment))
            out.weights.append(meter.length(fragment))
            out.byte_weights.append(utf8_length(fragment) if meter.has_bytes else 0)
            last = index == len(fragments) - 1
            out.gaps.append(part.gaps[t] if last else 0)
            out.byte_gaps.append(part.byte_gaps[t] if last else 0)
            out.strength.append(s.CUT if index else part.strength[t])
    steps = list(accumulate(map(add, out.weights, out.gaps), initial=part.steps[0]))
    strong = [t for t, level in enumerate(out.strength) if level >= s.CLAUSE]
    return attrs.evolve(
        out,
        steps=steps,
        strong=[t for t in strong if t not in out.tied],
        heaviest=max(out.weights, default=0),
    )


def _joined(column: list[_T], values: list[_T]) -> list[_T]:
    """``column`` extended by ``values``; ``values`` itself (no copy) when ``column`` is empty."""
    if not column:
        return values
    column.extend(values)
    return column


def _joined_dict(mapping: dict[int, int], more: dict[int, int]) -> dict[int, int]:
    """``mapping`` updated with ``more``; ``more`` itself when ``mapping`` is empty."""
    if not mapping:
        return more
    mapping.update(more)
    return mapping


def _groups(
    starts: list[int], broken: list[int], span_starts: list[int], span_ends: list[int]
) -> tuple[dict[int, int], list[int], list[int]]:
    """The tied tokens, and the first token and past the last of each tying span.

    A span ties its tokens, but never across a line break: each token tied to the one
    before it maps to its group's first token.
    """
    firsts = list(map(bisect_right, repeat(starts), span_starts))  # (one past the first)
    firsts = list(map(sub, firsts, repeat(1)))
    highs = list(map(bisect_left, repeat(starts), span_ends))
    tying = list(map(lt, repeat(1), map(sub, highs, firsts)))  # spans of two tokens or more
    firsts = list(compress(firsts, tying))
    highs = list(compress(highs, tying))
    tied = dict(_tied_pairs(firsts, highs))
    # spans come in order and share at most one token: a span starting on a tied token
    # joins that token's group (whose first token is final by then)
    for u in list(compress(tied, map(tied.__contains__, tied.values()))):
        tied[u] = tied[tied[u]]
    for t in broken:  # (a list marker's span may start in the whitespace before its line)
        tied_to = tied.pop(t, None)
        u = t + 1
        while tied_to is not None and tied.get(u) == tied_to:
            tied[u] = t
            u += 1
    return tied, firsts, highs


def _tied_pairs(firsts: list[int], highs: list[int]) -> Iterator[tuple[int, int]]:
    """``(token, first token of its span)`` for the tokens after the first of each span."""
    for first, high in zip(firsts, highs, strict=True):
        for u in range(first + 1, high):
            yield u, first


def _release_long_groups(
    tied: dict[int, int],
    tied_first: list[int],
    tied_end: list[int],
    steps: list[int],
    gaps: list[int],
    byte_weights: list[int],
    byte_gaps: list[int],
    limit: int,
    byte_limit: int | None,
) -> None:
    """Untie atomic spans too long for any post: they break at their own whitespace.

    ``steps`` are the prefix sums of token lengths with their gaps.
    """
    count = len(tied_first)
    over = set(
        compress(
            range(count), map(lt, repeat(limit), _run_lengths(steps, gaps, tied_first, tied_end))
        )
    )
    if byte_limit is not None:
        byte_steps = list(accumulate(map(add, byte_weights, byte_gaps), initial=0))
        sizes = _run_lengths(byte_steps, byte_gaps, tied_first, tied_end)
        over.update(compress(range(count), map(lt, repeat(byte_limit), sizes)))
    for index in sorted(over):
        for u in range(tied_first[index], tied_end[index]):
            tied.pop(u, None)


def _run_lengths(
    steps: list[int], gaps: list[int], firsts: list[int], ends: list[int]
) -> list[int]:
    """The length of tokens ``first..end-1`` with the gaps between them, for each pair.

    ``steps`` are the prefix sums of token lengths with the gaps after them.
    """
    pick = steps.__getitem__
    spans = map(sub, map(pick, ends), map(pick, firsts))
    return list(map(sub, spans, map(gaps.__getitem__, map(sub, ends, repeat(1)))))


def _cut_units(token: str) -> list[str]:
    """The grapheme clusters of ``token``, each URL in it kept whole as one unit."""
    urls = [(e.start, e.end) for e in extract_entities(token) if e.kind == "url"]
    if not urls:
        return grapheme_clusters(token)
    units: list[str] = []
    position = 0
    for start, end in urls:
        units.extend(grapheme_clusters(token[position:start]))
        units.append(token[start:end])
        position = end
    units.extend(grapheme_clusters(token[position:]))
    return units
