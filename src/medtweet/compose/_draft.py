r"""The draft format: plain UTF-8 a person writes in any editor (``docs/drafts.md``).

Header lines (``key: value``) at the top, then the text. A line holding only ``---`` starts a
new post (``--- reveal``, ``--- disclosure`` and ``--- continued`` add a meaning). Images are
Markdown image lines, a poll is a fenced ```` ```poll ```` block, references are inline
``[@doi:…]`` markers with optional ``[@doi:…]: label`` definition lines. A line starting
with ``\`` is text, whatever follows.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from datetime import datetime
from pathlib import Path

import attrs

from medtweet._errors import DraftError, PollError, ValidationError
from medtweet.compose._compose import Layout, Section, compose_sections
from medtweet.compose._model import Media, OptOut, media_type_for, require_str
from medtweet.compose._numbering import CARRY_ON, NUMBERINGS, POSITIONS
from medtweet.compose._references import DEFINITION, parse_definition, parse_item, restore_markers
from medtweet.compose._thread import Thread
from medtweet.platform import BLUESKY, MASTODON, X_PREMIUM, Platform, X
from medtweet.poll import Poll, describe_duration

__all__ = ["PLATFORMS", "read_draft", "write_draft"]

PLATFORMS: dict[str, Platform] = {p.name: p for p in (X, X_PREMIUM, BLUESKY, MASTODON)}
HEADERS = (
    "title",
    "platform",
    "numbering",
    "label-position",
    "hashtags",
    "hashtags-on",
    "disclosure",
    "disclosure-position",
    "paid-partnership",
    "embargo",
    "opt-out",
)
_HEADER = re.compile(r"^([a-z][a-z-]*):(?:[ \t]+(.*?))?[ \t]*$")
_BREAK = re.compile(r"^---(?:[ \t]+(.*?))?[ \t]*$")
_BREAK_WORDS = ("reveal", "disclosure", "continued")
_IMAGE = re.compile(r"^!\[((?:[^\]\\]|\\.)*)\]\((<[^>\n]*>|[^)\s]+)\)[ \t]*$")
_FENCE = re.compile(r"^```poll(?:[ \t]+(.*?))?[ \t]*$")
_FENCE_END = re.compile(r"^```[ \t]*$")
_MARKER = re.compile(r"\[@([^\[\]\n]*)\]")
_TAG = re.compile(r"[#@\uff03\uff20][\w.]+\Z")
_OPT_OUT = re.compile(r"^(.*?)(?:\s*\(([^()]*)\))?$")
_YES = {"yes": True, "true": True, "no": False, "false": False}
_DEFAULT_POLL = "1d"


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("]", "\\]").replace("\n", "\\n")


@attrs.define
class _Part:
    lines: list[tuple[int, str]] = attrs.field(factory=list)
    media: list[tuple[int, Media]] = attrs.field(factory=list)  # (text line count, media)
    polls: list[tuple[int, Poll]] = attrs.field(factory=list)
    reveal: bool = False
    disclosure: bool = False
    continued: bool = False
    break_line: int | None = None


def _header_value(key: str, value: str, line: int, found: dict[str, object]) -> None:
    if key not in HEADERS:
        raise DraftError(
            f"unknown header '{key}:'; known headers are {', '.join(HEADERS)}. If this line is "
            "text, start the draft with a blank line",
            line=line,
        )
    if key != "opt-out" and key in found:
        raise DraftError(f"header '{key}:' is given twice; keep one", line=line)
    if key == "platform":
        found[key] = (value, line)
    elif key == "numbering":
        style = "🧵" if value == "thread" else value
        if style not in NUMBERINGS:
            raise DraftError(f"numbering must be one of {', '.join(NUMBERINGS)}", line=line)
        found[key] = style
    elif key == "label-position":
        if value not in POSITIONS:
            raise DraftError("label-position must be 'prefix' or 'suffix'", line=line)
        found[key] = value
    elif key == "hashtags-on":
        if value not in CARRY_ON:
            raise DraftError("hashtags-on must be 'first', 'last' or 'every'", line=line)
        found[key] = value
    elif key == "disclosure-position":
        if value not in ("first", "last"):
            raise DraftError("disclosure-position must be 'first' or 'last'", line=line)
        found[key] = value
    elif key == "hashtags":
        tags = tuple(value.split())
        bad = [tag for tag in tags if not _TAG.match(tag)]
        if bad:
            raise DraftError(
                f"{', '.join(bad)} is not a #hashtag or @mention; separate tags with spaces",
                line=line,
            )
        found[key] = tags
    elif key == "paid-partnership":
        if value.lower() not in _YES:
            raise DraftError("paid-partnership must be 'yes' or 'no'", line=line)
        found[key] = _YES[value.lower()]
    elif key == "embargo":
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            raise DraftError(
                f"embargo {value!r} is not a date and time; write ISO 8601 such as "
                "2026-08-30T10:30:00+02:00",
                line=line,
            ) from None
        if when.tzinfo is None:
            raise DraftError(
                "embargo has no time zone; add one (Z or +02:00) so it means one instant",
                line=line,
            )
        found[key] = when
    elif key == "opt-out":
        found.setdefault("opt-out", [])
        opt_outs = found["opt-out"]
        assert isinstance(opt_outs, list)  # noqa: S101
        opt_outs.append(_opt_out(value, line))
    else:
        if not value:
            raise DraftError(f"header '{key}:' has no value; write one or remove it", line=line)
        found[key] = value


def _all_of(problems: list[DraftError]) -> DraftError:
    """One error for every problem: the first names its line, ``problems`` lists them all."""
    problems.sort(key=lambda error: error.line or 0)
    first = problems[0]
    message = first.problems[0] if len(first.problems) == 1 else str(first)
    message = message.split(": ", 1)[1] if message.startswith("line ") else message
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more problem(s): see .problems)"
    return DraftError(message, line=first.line, problems=[str(error) for error in problems])


def _platform(given: object) -> Platform:
    if given is None:
        return X
    assert isinstance(given, tuple)  # noqa: S101
    name, line = str(given[0]), int(given[1])
    if name not in PLATFORMS:
        raise DraftError(
            f"unknown platform {name!r}; use one of {', '.join(PLATFORMS)} (or pass "
            "platform= to Thread.from_draft for an instance's own limits)",
            line=line,
        )
    return PLATFORMS[name]


def _opt_out(value: str, line: int) -> OptOut:
    match = _OPT_OUT.match(value.strip())
    who = match.group(1).strip() if match else ""
    what = (match.group(2) or "no photo, no quote") if match else ""
    if not who:
        raise DraftError("opt-out needs a @handle or a name", line=line)
    words = {w.strip().lower() for w in what.split(",")}
    unknown = words - {"no photo", "no quote"}
    if unknown:
        raise DraftError(
            f"opt-out: unknown {', '.join(sorted(unknown))}; write (no photo), (no quote) "
            "or (no photo, no quote)",
            line=line,
        )
    handle = who if who.startswith("@") else None
    return OptOut(
        handle=handle,
        name=None if handle else who,
        photo="no photo" in words,
        quote="no quote" in words,
    )


def _media(alt: str, target: str, line: int, base: Path) -> Media:
    alt_text = _unescape(alt) if alt.strip() else None
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1]
    if target.startswith("data:"):
        head, _, payload = target.partition(",")
        media_type = head[5:].split(";")[0] or "application/octet-stream"
        if ";base64" not in head:
            raise DraftError("a data: image must be base64 (data:image/png;base64,...)", line=line)
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise DraftError("the data: image is not valid base64", line=line) from None
        return Media(data=data, media_type=media_type, alt_text=alt_text)
    path = Path(target)
    full = path if path.is_absolute() else base / path
    if not full.is_file():
        raise DraftError(
            f"image file {target} does not exist; check the path (relative to the draft's "
            "folder) or add the file",
            line=line,
        )
    return Media(path=str(full.resolve()), media_type=media_type_for(target), alt_text=alt_text)


def _poll(spec: str | None, options: list[str], line: int) -> Poll:
    words = (spec or "").split()
    multiple = "multiple" in words
    hide = "hide-totals" in words
    rest = [w for w in words if w not in ("multiple", "hide-totals")]
    duration = " ".join(rest) or _DEFAULT_POLL
    if len(options) < 2:
        raise DraftError(
            f"the poll has {len(options)} option(s); a poll needs at least 2, one per line "
            "inside the ```poll block",
            line=line,
        )
    try:
        return Poll(options, duration, multiple=multiple, hide_totals=hide)
    except PollError as error:
        raise DraftError(f"invalid poll: {error}", line=line) from None


def read_draft(
    source: str, *, base_dir: str | Path | None = None, platform: Platform | None = None
) -> Thread:
    """Parse a draft into a composed :class:`Thread` (see the module docstring)."""
    source = require_str(source, "source")
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    lines = source.splitlines()
    if not source.strip():
        raise DraftError("the draft is empty; write the text of at least one post", line=1)
    headers: dict[str, object] = {}
    problems: list[DraftError] = []  # every problem is collected, then raised once
    index = 0
    while index < len(lines):
        match = _HEADER.match(lines[index])
        if match is None:
            break
        try:
            _header_value(match.group(1), (match.group(2) or "").strip(), index + 1, headers)
        except DraftError as error:
            problems.append(error)
        index += 1
    labels: dict[tuple[str, str], str] = {}
    defined_on: dict[tuple[str, str], int] = {}
    parts: list[_Part] = [_Part()]
    fence: tuple[int, str | None, list[str]] | None = None
    for number in range(index + 1, len(lines) + 1):
        try:
            raw = lines[number - 1]
            part = parts[-1]
            if fence is not None:
                if _FENCE_END.match(raw):
                    start, spec, options = fence
                    fence = None
                    part.polls.append((len(part.lines), _poll(spec, options, start)))
                elif raw.strip():
                    fence[2].append(re.sub(r"^\s*(?:[-*]|\d+[.)])\s+", "", raw).strip())
                continue
            if raw.startswith("\\"):
                part.lines.append((number, raw[1:]))
                continue
            if (found := _BREAK.match(raw)) is not None:
                words = (found.group(1) or "").split()
                unknown = [w for w in words if w not in _BREAK_WORDS]
                if unknown:  # reported, and the line still breaks the post
                    problems.append(
                        DraftError(
                            f"unknown word {unknown[0]!r} after '---'; use '---' alone or "
                            "with reveal, disclosure or continued",
                            line=number,
                        )
                    )
                first = len(parts) == 1 and not any(t.strip() for _, t in part.lines)
                if first and not part.media and not part.polls:
                    parts[0] = _Part(break_line=number)
                    part = parts[0]
                else:
                    part.continued = "continued" in words
                    part = _Part(break_line=number)
                    parts.append(part)
                part.reveal = "reveal" in words
                part.disclosure = "disclosure" in words
                continue
            if (found := _IMAGE.match(raw)) is not None:
                part.media.append(
                    (len(part.lines), _media(found.group(1), found.group(2), number, base))
                )
                continue
            if (found := _FENCE.match(raw)) is not None:
                fence = (number, found.group(1), [])
                continue
            if DEFINITION.match(raw):
                definition = parse_definition(raw, line=number)
                assert definition is not None  # noqa: S101
                kind, ident, label = definition
                if (kind, ident) in defined_on:
                    raise DraftError(
                        f"[@{kind}:{ident}] is defined twice (also on line "
                        f"{defined_on[(kind, ident)]}); keep one definition",
                        line=number,
                    )
                labels[(kind, ident)] = label
                defined_on[(kind, ident)] = number
                continue
            for marker in _MARKER.finditer(raw):
                for item in marker.group(1).split(";"):
                    parse_item(item, line=number)
            if "[@" in _MARKER.sub("", raw):
                raise DraftError(
                    "a reference marker '[@' is not closed on its line: write [@doi:…], "
                    "[@pmid:…] or [@url:…] with a closing ']'",
                    line=number,
                )
            part.lines.append((number, raw))
        except DraftError as error:
            problems.append(error)
    if fence is not None:
        problems.append(
            DraftError("the ```poll block is never closed; end it with a line ```", line=fence[0])
        )
    sections: list[Section] = []
    for index, part in enumerate(parts):
        try:
            sections.append(_section(part, index, len(lines)))
        except DraftError as error:
            problems.append(error)
    disclosure = headers.get("disclosure")
    position = str(headers.get("disclosure-position", "last"))
    if isinstance(disclosure, str):
        extra = Section(text=disclosure, role="disclosure")
        if position == "first":
            sections.insert(0, extra)
        else:
            sections.append(extra)
    try:
        target = platform or _platform(headers.get("platform"))
    except DraftError as error:
        problems.append(error)
    if problems:
        raise _all_of(problems)
    layout = Layout(
        numbering=headers.get("numbering", "n/N"),  # type: ignore[arg-type]
        label_position=headers.get("label-position", "suffix"),  # type: ignore[arg-type]
        hashtags=headers.get("hashtags", ()),  # type: ignore[arg-type]
        hashtags_on=headers.get("hashtags-on", "last"),  # type: ignore[arg-type]
    )
    try:
        posts, references = compose_sections(
            sections, platform=target, layout=layout, labels=labels
        )
    except DraftError:
        raise
    except ValidationError as error:
        raise DraftError(f"{error}", line=None) from None
    cited = {(ref.kind, ref.id) for ref in references}
    unused = [
        DraftError(
            f"[@{kind}:{ident}] is defined but never cited; cite it with [@{kind}:{ident}] in "
            "a post or remove the definition",
            line=line,
        )
        for (kind, ident), line in defined_on.items()
        if (kind, ident) not in cited
    ]
    if unused:
        raise _all_of(unused)
    title = headers.get("title")
    embargo = headers.get("embargo")
    return Thread(
        posts=posts,
        platform=target,
        numbering=layout.numbering,
        label_position=layout.label_position,
        hashtags=layout.hashtags,
        hashtags_on=layout.hashtags_on,
        references=references,
        title=title if isinstance(title, str) else None,
        paid_partnership=bool(headers.get("paid-partnership", False)),
        embargo=embargo if isinstance(embargo, datetime) else None,
        opt_outs=tuple(headers.get("opt-out", ())),  # type: ignore[arg-type]
    )


def _section(part: _Part, index: int, total: int) -> Section:
    texts = [text for _, text in part.lines]
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) + 1
    raw = "\n".join(texts)
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    where = part.break_line or (part.lines[0][0] if part.lines else None)
    if not text:
        if part.media or part.polls:
            raise DraftError(
                "an image or poll stands in a post with no text; write the post's text before it",
                line=where,
            )
        if part.break_line is not None:
            raise DraftError(
                "nothing between two '---' lines; remove one of them or write the post",
                line=part.break_line,
            )
        raise DraftError("the draft has no text; write at least one post", line=total)

    def offset(count: int) -> int:
        at = starts[count] if count < len(starts) else len(raw)
        return max(0, min(len(text), at - lead))

    first_text = next((n for n, t in part.lines if t.strip()), None)
    return Section(
        text=text,
        role="disclosure" if part.disclosure else "body",
        reveal=part.reveal,
        continued=part.continued,
        media=tuple((offset(count), media) for count, media in part.media),
        polls=tuple((offset(count), poll) for count, poll in part.polls),
        first_line=first_text,
    )


_SPECIAL = re.compile(r"^(?:\\|---|!\[|```|\[@)")
_HEADERY = re.compile(r"^[a-z][a-z-]*:(?:[ \t]|$)")


def _poll_block(poll: Poll) -> list[str]:
    spec = [describe_duration(poll.duration)]
    if poll.multiple:
        spec.append("multiple")
    if poll.hide_totals:
        spec.append("hide-totals")
    return ["```poll " + " ".join(spec), *(f"- {option}" for option in poll.options), "```"]


def _relative(path: str, base: Path | None) -> str:
    if base is None:
        return path
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows: keep the full path
        return path


def write_draft(thread: Thread, *, relative_to: str | Path | None = None) -> str:
    """Write ``thread`` as a draft that reads back to an equal thread.

    Args:
        thread: the thread.
        relative_to: write image paths relative to this folder (read the draft back with
            ``base_dir`` set to it); by default they are written in full.
    """
    base = Path(relative_to).resolve() if relative_to is not None else None
    out: list[str] = []
    if thread.title:
        out.append(f"title: {thread.title}")
    out.append(f"platform: {thread.platform.name}")
    out.append(f"numbering: {thread.numbering}")
    out.append(f"label-position: {thread.label_position}")
    if thread.hashtags:
        out.append(f"hashtags: {' '.join(thread.hashtags)}")
        out.append(f"hashtags-on: {thread.hashtags_on}")
    if thread.paid_partnership:
        out.append("paid-partnership: yes")
    if thread.embargo is not None:
        out.append(f"embargo: {thread.embargo.isoformat()}")
    for opt in thread.opt_outs:
        what = ", ".join(w for w, on in (("no photo", opt.photo), ("no quote", opt.quote)) if on)
        out.append(f"opt-out: {opt.handle or opt.name} ({what})")
    out.append("")
    numbering = dict(enumerate(thread.references, 1))
    previous = None
    for post in thread.posts:
        if post.role == "references":
            continue
        words = []
        if previous is not None and previous.continued:
            words.append("continued")
        if post.reveal:
            words.append("reveal")
        if post.role == "disclosure":
            words.append("disclosure")
        if previous is not None or words:
            out.append(" ".join(["---", *words]))
        for line in restore_markers(post.body, numbering).split("\n"):
            out.append("\\" + line if _SPECIAL.match(line) else line)
        for media in post.media:
            target = _relative(media.path, base) if media.path is not None else media.source
            if any(ch.isspace() for ch in target) or ")" in target:
                target = f"<{target}>"
            out.append(f"![{_escape(media.alt_text or '')}]({target})")
        if post.poll is not None:
            out.extend(_poll_block(post.poll))
        previous = post
    labelled = [ref for ref in thread.references if ref.label]
    if labelled:
        out.append("")
        out.extend(f"{ref.marker}: {ref.label}" for ref in labelled)
    return "\n".join(out) + "\n"
