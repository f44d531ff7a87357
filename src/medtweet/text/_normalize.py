"""NFC normalisation that remembers where each piece came from."""

from __future__ import annotations

import bisect
import unicodedata

import attrs


@attrs.frozen
class Normalized:
    """``text`` in NFC, with a map from positions in it back to the original.

    ``orig_starts``/``norm_starts`` are the starts of matching pieces; a position inside a
    piece that normalisation changed maps to the start of that piece (never past it).
    When the pieces do not add up to the NFC of the whole text (compositions across
    pieces, which are very rare), positions shift by the difference in length, as
    twitter-text does.
    """

    original: str
    text: str
    orig_starts: tuple[int, ...] = ()
    norm_starts: tuple[int, ...] = ()
    changed: tuple[bool, ...] = ()

    def to_original(self, index: int) -> int:
        """Map an index into the normalised text to an index into the original."""
        if self.text is self.original or self.text == self.original:
            return index
        if index >= len(self.text):
            return len(self.original)
        if not self.norm_starts:
            return max(0, min(len(self.original), index + len(self.original) - len(self.text)))
        k = bisect.bisect_right(self.norm_starts, index) - 1
        offset = index - self.norm_starts[k]
        if self.changed[k] and offset:
            return self.orig_starts[k]
        return self.orig_starts[k] + offset


def normalize(text: str) -> Normalized:
    """NFC-normalise ``text`` (twitter-text counts the normalised text)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return Normalized(text, text)
    whole = unicodedata.normalize("NFC", text)
    orig_starts: list[int] = []
    norm_starts: list[int] = []
    changed: list[bool] = []
    pieces: list[str] = []
    n = len(text)
    i = 0
    at = 0
    while i < n:
        j = i + 1
        while j < n and (
            unicodedata.combining(text[j]) or (not text[j].isascii() and _joins(text[j]))
        ):
            j += 1
        piece = text[i:j]
        norm = unicodedata.normalize("NFC", piece)
        orig_starts.append(i)
        norm_starts.append(at)
        changed.append(norm != piece)
        pieces.append(norm)
        at += len(norm)
        i = j
    if "".join(pieces) != whole:
        return Normalized(text, whole)
    return Normalized(text, whole, tuple(orig_starts), tuple(norm_starts), tuple(changed))


def _joins(c: str) -> bool:
    """Whether ``c`` may compose with what precedes it although its combining class is 0."""
    return unicodedata.normalize("NFC", "\u0041" + c) != "\u0041" + c or _is_jamo_vt(c)


def _is_jamo_vt(c: str) -> bool:
    cp = ord(c)
    return 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FB
