"""Reference markers: ``[@doi:…]``, ``[@pmid:…]``, ``[@url:…]`` become numbered ``[1]``.

No network is needed: the identifier (and an optional label from a definition line) is
enough to write a short citation with a ``doi.org`` or PubMed link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from medtweet._errors import DraftError
from medtweet.compose._model import Reference, ReferenceKind

__all__ = [
    "DEFINITION",
    "Registry",
    "citation_lines",
    "parse_definition",
    "restore_markers",
]

_GROUP = re.compile(r"\[@([^\[\]\n]*)\]")
_OPEN = re.compile(r"\[@")
_ITEM = re.compile(r"\s*@?(doi|pmid|url):(\S+?)\s*\Z", re.I)
_VALID: dict[str, re.Pattern[str]] = {
    "doi": re.compile(r"10\.\d{4,9}/\S+\Z"),
    "pmid": re.compile(r"\d{1,9}\Z"),
    "url": re.compile(r"https?://\S+\Z", re.I),
}
_HINT = {
    "doi": "a DOI starts with 10. and has a slash after the prefix: [@doi:10.1056/NEJMoa1911303]",
    "pmid": "a PMID is digits only, e.g. [@pmid:31475794]",
    "url": "a URL starts with http:// or https://, e.g. [@url:https://www.acc.org/guidelines]",
}
DEFINITION = re.compile(r"^\[@(doi|pmid|url):(\S+?)\]:[ \t]*(.*?)[ \t]*$", re.I)
_NUMBERED = re.compile(r"\[(\d+(?:, \d+)*)\]")


def _line_of(text: str, offset: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, offset)


def parse_item(raw: str, *, line: int | None) -> tuple[ReferenceKind, str]:
    """Read one ``doi:…`` / ``pmid:…`` / ``url:…`` item; raise :class:`DraftError` if malformed."""
    match = _ITEM.match(raw)
    if match is None:
        raise DraftError(
            f"malformed reference marker [@{raw}]: write [@doi:…], [@pmid:…] or [@url:…], "
            "several separated by ';'",
            line=line,
        )
    kind = match.group(1).lower()
    ident = match.group(2)
    if not _VALID[kind].match(ident):
        raise DraftError(f"malformed reference [@{raw}]: {_HINT[kind]}", line=line)
    return kind, ident  # type: ignore[return-value]


def parse_definition(line_text: str, *, line: int | None) -> tuple[ReferenceKind, str, str] | None:
    """Read a definition line ``[@pmid:31475794]: McMurray 2019, DAPA-HF`` (or ``None``)."""
    match = DEFINITION.match(line_text)
    if match is None:
        return None
    kind, ident = parse_item(f"{match.group(1)}:{match.group(2)}", line=line)
    if not match.group(3):
        raise DraftError(
            f"the reference definition [@{kind}:{ident}]: has no label; write a short "
            "citation after the colon or remove the line",
            line=line,
        )
    return kind, ident, match.group(3)


@attrs.define
class Registry:
    """Numbers references in order of first appearance across a whole thread."""

    labels: Mapping[tuple[str, str], str] = attrs.field(factory=dict)
    references: list[Reference] = attrs.field(factory=list)
    _numbers: dict[tuple[str, str], int] = attrs.field(factory=dict)

    def number(self, kind: ReferenceKind, ident: str) -> int:
        """The number of a reference, assigning the next one on first sight."""
        key = (kind, ident)
        found = self._numbers.get(key)
        if found is None:
            self.references.append(Reference(kind, ident, self.labels.get(key)))
            found = len(self.references)
            self._numbers[key] = found
        return found

    def replace(
        self, text: str, *, first_line: int | None = None
    ) -> tuple[str, list[tuple[int, int]]]:
        """Replace markers in ``text`` by ``[n]``.

        Returns:
            The new text and ``(offset, number)`` of every citation in it.

        Raises:
            DraftError: a marker is malformed or not closed (the line is named when
                ``first_line`` is given).
        """
        out: list[str] = []
        cites: list[tuple[int, int]] = []
        position = 0
        length = 0
        for match in _GROUP.finditer(text):
            try:
                parsed = [parse_item(item, line=None) for item in match.group(1).split(";")]
            except DraftError as error:
                if first_line is None:
                    raise
                line = _line_of(text, match.start(), first_line)  # counted only on error
                raise DraftError(str(error), line=line) from None
            numbers = [self.number(kind, ident) for kind, ident in parsed]
            before = text[position : match.start()]
            _check_unclosed(before, text, position, first_line)
            out.append(before)
            length += len(before)
            replacement = "[" + ", ".join(str(number) for number in numbers) + "]"
            cites.extend((length, number) for number in numbers)
            out.append(replacement)
            length += len(replacement)
            position = match.end()
        _check_unclosed(text[position:], text, position, first_line)
        out.append(text[position:])
        return "".join(out), cites


def _check_unclosed(chunk: str, text: str, base: int, first_line: int | None) -> None:
    found = _OPEN.search(chunk)
    if found is not None:
        line = None if first_line is None else _line_of(text, base + found.start(), first_line)
        raise DraftError(
            "a reference marker '[@' is not closed on its line: write [@doi:…], [@pmid:…] "
            "or [@url:…] with a closing ']'",
            line=line,
        )


def citation_lines(references: list[Reference] | tuple[Reference, ...]) -> list[str]:
    """The lines of the closing References post(s): ``[1] label link``."""
    return [f"[{number}] {ref.citation()}" for number, ref in enumerate(references, 1)]


def restore_markers(body: str, numbering: Mapping[int, Reference]) -> str:
    """Turn ``[1]`` / ``[1, 2]`` back into ``[@…]`` markers (for writing a draft)."""

    def swap(match: re.Match[str]) -> str:
        numbers = [int(part) for part in match.group(1).split(", ")]
        if not all(number in numbering for number in numbers):
            return match.group()
        return "[" + "; ".join("@" + numbering[n].marker[2:-1] for n in numbers) + "]"

    return _NUMBERED.sub(swap, body)
