"""A long section tokenised a piece at a time gives the sequence of one pass over it."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.compose.test_compose_properties import PIECES, medical_text

import medtweet as mt
from medtweet.compose import _tokens
from medtweet.compose._measure import Meter
from medtweet.compose._tokens import TokenSeq, build

ALL_PLATFORMS = [mt.X, mt.X_PREMIUM, mt.BLUESKY, mt.MASTODON]
NARROW = mt.X.with_limits(max_length=40, name="x-40")

# what may stand between two paragraphs, and what may begin or end one: piece breaks are
# only the blank lines of spaces and line breaks that end in a line break
BLANKS = ["\n\n", "\n\n\n", " \n\n", "\n \n", "\n\n ", "\n\t\n", "\n\u00a0\n", "\n", " \n \n"]
EDGES = ["- ", "-- ", "--- ", "1. ", "  - ", "• ", "[2] ", "(Smith et al., 2020) ", "Dr. ", ""]


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """Paragraphs of medical text between blank lines, with list markers and dashes."""
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        edge = draw(st.sampled_from(EDGES))
        body = draw(medical_text(max_pieces=12))
        tail = draw(st.sampled_from(["", " -", " —", ".", ",", " x" * 150]))
        parts.append(edge + body + tail)
        parts.append(draw(st.sampled_from(BLANKS)))
    return "".join(parts[:-1]).strip() or "word"


def columns(seq: TokenSeq) -> dict[str, object]:
    every = list(range(seq.n))
    return {
        "n": seq.n,
        "total": seq.total,
        "heaviest": seq.heaviest,
        "gaps": seq.gaps,
        "strength": seq.strength,
        "prefix": seq.prefix,
        "byte_prefix": seq.byte_prefix,
        "byte_ends_at": seq.byte_ends_at,
        "tied": seq.tied,
        "cut": seq.cut,
        "levels": seq.levels,
        "sec_starts": seq.sec_starts,
        "starts": seq.char_starts(every),
        "ends": seq.char_ends(every),
    }


def built(
    sections: list[str], platform: mt.Platform, piece_size: int, monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    monkeypatch.setattr(_tokens, "PIECE_SIZE", piece_size)
    width = max(platform.max_length - 10, 1)
    return columns(build(sections, Meter(platform), max_token=lambda: (width, 280)))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(paragraphs(), min_size=1, max_size=3),
    st.sampled_from([*ALL_PLATFORMS, NARROW]),
    st.integers(1, 200),
)
def test_pieces_make_the_sequence_of_one_pass(
    sections: list[str], platform: mt.Platform, piece_size: int
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        whole = built(sections, platform, 10**9, monkeypatch)
        pieces = built(sections, platform, piece_size, monkeypatch)
    assert pieces == whole


def test_a_piece_starts_after_a_blank_line_of_spaces_and_line_breaks() -> None:
    text = "a b\n\nc d\n \n- e\n\n f\n\u00a0\ng\n\n\n" + "h " * 4 + "h"
    cuts = [(piece.start, piece.end, piece.gap) for piece in _pieces_of(text, 1)]
    assert [text[a:b] for a, b, _ in cuts] == ["a b", "c d", "- e\n\n f\n\u00a0\ng", "h h h h h"]
    assert [gap for _, _, gap in cuts] == ["\n\n", "\n \n", "\n\n\n", ""]


def _pieces_of(text: str, size: int) -> list[_tokens._Piece]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(_tokens, "PIECE_SIZE", size)
        return list(_tokens._pieces(text))


@pytest.mark.parametrize("platform", ALL_PLATFORMS, ids=lambda p: p.name)
def test_a_blank_line_weighs_its_size(platform: mt.Platform) -> None:
    # the length of the whitespace between two pieces is taken on its own
    meter = Meter(platform)
    for size in range(2, 7):
        for blank in map("".join, itertools.product(" \n", repeat=size)):
            assert meter.length(blank) == len(blank)


def test_a_long_thread_composes_alike_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(" ".join(PIECES[k : k + 9]) for k in range(0, len(PIECES), 3)) * 3
    whole = mt.compose_thread(text, platform=NARROW)
    monkeypatch.setattr(_tokens, "PIECE_SIZE", 50)
    assert mt.compose_thread(text, platform=NARROW) == whole
