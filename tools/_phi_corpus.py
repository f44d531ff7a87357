"""The PHI corpus format, shared by the corpus builders, their tests and the PHI benchmark.

A corpus is JSON Lines: one object per text with ``id``, ``group``, ``text`` and ``spans``
(each ``start``, ``end``, ``category``; code-point offsets, end exclusive). Texts of the
``patient`` group carry gold spans; texts of the clean groups carry none.

The builders (tools/build_phi_corpus.py, tools/build_phi_holdout.py) write corpora from
marked-up sources with :func:`strip_marks` and :func:`check_record`; tests and
benchmarks/_phi_scoring.py read them with :func:`read_records`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "name",
    "geographic",
    "date",
    "age",
    "phone",
    "fax",
    "email",
    "ssn",
    "mrn",
    "health_plan",
    "account",
    "license",
    "vehicle",
    "device",
    "url",
    "ip",
    "biometric",
    "other_id",
)
GROUPS: tuple[str, ...] = ("patient", "deid_patient", "professional")
CLEAN_GROUPS: tuple[str, ...] = ("deid_patient", "professional")
MAX_LEN = 280  # code points: every corpus text is short enough to be one post

Record = dict[str, Any]


def read_records(path: Path) -> list[Record]:
    """The records of a corpus file, as plain dicts, in file order (blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def render(records: Iterable[Mapping[str, object]]) -> str:
    """One JSON object per line, UTF-8, no ASCII escaping, keys in the records' order."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def surfaces(records: Iterable[Mapping[str, Any]], category: str) -> list[str]:
    """The text of every gold span of ``category``, in corpus order."""
    return [
        r["text"][s["start"] : s["end"]]
        for r in records
        for s in r["spans"]
        if s["category"] == category
    ]


def strip_marks(
    line: str, mark: re.Pattern[str], aliases: Mapping[str, str] | None = None
) -> tuple[str, list[dict[str, object]]]:
    """Remove span markers from ``line``; return the text and its spans.

    ``mark`` matches one marker with the category in group 1 and the surface in group 2;
    ``aliases`` maps short category names to the real ones.

    Raises:
        ValueError: an unknown category, or a surface with outer spaces or no letter/digit.
    """
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in mark.finditer(line):
        before = line[pos : m.start()]
        out.append(before)
        length += len(before)
        category = (aliases or {}).get(m.group(1), m.group(1))
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {m.group(1)!r} in {line!r}")
        surface = m.group(2)
        if surface != surface.strip() or not any(ch.isalnum() for ch in surface):
            raise ValueError(f"span {surface!r} has outer spaces or no letters/digits in {line!r}")
        spans.append({"start": length, "end": length + len(surface), "category": category})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans


def span_problems(record: Mapping[str, Any]) -> list[str]:
    """What is wrong with a record's spans (empty when all is well).

    A span must lie inside the text, start after the previous one ends, and be trimmed
    text with at least one letter or digit.
    """
    text = record["text"]
    problems: list[str] = []
    prev_end = 0
    for s in record["spans"]:
        where = f"{record['id']} span {s['start']}-{s['end']}"
        if not 0 <= s["start"] < s["end"] <= len(text):
            problems.append(f"{where}: outside the text")
            continue
        if s["start"] < prev_end:
            problems.append(f"{where}: overlaps or precedes the span before it")
        surface = text[s["start"] : s["end"]]
        if surface != surface.strip() or not any(ch.isalnum() for ch in surface):
            problems.append(f"{where}: {surface!r} is padded or has no letter/digit")
        prev_end = s["end"]
    return problems


def check_record(record: Mapping[str, Any], where: str) -> None:
    """Refuse a record that breaks the rules every corpus keeps.

    Raises:
        ValueError: empty or padded text, more than :data:`MAX_LEN` characters, a patient
            story without spans, or spans in a clean group; the message starts with ``where``.
    """
    text, spans = record["text"], record["spans"]
    if not text or text != text.strip():
        raise ValueError(f"{where}: empty text or outer whitespace")
    if len(text) > MAX_LEN:
        raise ValueError(f"{where}: {len(text)} characters > {MAX_LEN}")
    if record["group"] == "patient" and not spans:
        raise ValueError(f"{where}: a patient story needs at least one span")
    if record["group"] != "patient" and spans:
        raise ValueError(f"{where}: clean groups carry no spans")


def check_unique(records: Iterable[Mapping[str, Any]]) -> None:
    """Refuse a corpus that holds the same text twice.

    Raises:
        ValueError: naming the first repeated text.
    """
    seen: set[str] = set()
    for record in records:
        if record["text"] in seen:
            raise ValueError(f"duplicate text: {record['text']!r}")
        seen.add(record["text"])


_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")


def vin_ok(vin: str) -> bool:
    """True when a 17-character VIN carries a valid check digit (position 9)."""
    if not _VIN.fullmatch(vin):
        return False
    values = {str(d): d for d in range(10)}
    for letters, first in (("ABCDEFGH", 1), ("JKLMN", 1), ("STUVWXYZ", 2)):
        values.update({ch: first + i for i, ch in enumerate(letters)})
    values.update({"P": 7, "R": 9})
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(values[ch] * w for ch, w in zip(vin, weights, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))
