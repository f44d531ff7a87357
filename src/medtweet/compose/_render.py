"""Views of a thread: a terminal preview and a Markdown export for a teaching portfolio."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from medtweet.compose._model import Media, ThreadFinding
from medtweet.poll import describe_duration
from medtweet.text import parse_tweet

if TYPE_CHECKING:
    from medtweet.compose._thread import Thread

__all__ = ["preview", "to_markdown"]

_RULE = "─" * 60


def _media_name(media: Media) -> str:
    return Path(media.path).name if media.path else f"{len(media.data or b'')} bytes"


def _indent(text: str, pad: str = "    ") -> str:
    return "\n".join(pad + line if line else pad.rstrip() for line in text.split("\n"))


def preview(thread: Thread, findings: tuple[ThreadFinding, ...]) -> str:
    """Render ``thread`` and ``findings`` as plain text for a terminal."""
    platform = thread.platform
    title = f"{thread.title} — " if thread.title else ""
    lines = [
        f"{title}{len(thread.posts)} posts for {platform.name} "
        f"(limit {platform.max_length}, numbering {thread.numbering})",
    ]
    if thread.paid_partnership:
        lines.append("Paid partnership: disclosed on every post")
    if thread.embargo is not None:
        lines.append(f"Embargo until {thread.embargo.isoformat()}")
    by_post: dict[int, list[ThreadFinding]] = {}
    general: list[ThreadFinding] = []
    for finding in findings:
        if finding.path.startswith("posts["):
            index = int(finding.path[6 : finding.path.index("]")])
            by_post.setdefault(index, []).append(finding)
        else:
            general.append(finding)
    for index, post in enumerate(thread.posts):
        count = parse_tweet(post.text, platform).weighted_length
        tags: list[str] = [post.role] if post.role != "body" else []
        if post.reveal:
            tags.append("reveal: after the poll closes")
        extra = f"  [{', '.join(tags)}]" if tags else ""
        lines.append(_RULE)
        lines.append(f"Post {index + 1}  {count}/{platform.max_length}{extra}")
        lines.append(_indent(post.text))
        for number, media in enumerate(post.media):
            alt = media.alt_text if media.alt_text else "(no alt text)"
            lines.append(f"    [media {number + 1}] {_media_name(media)} ({media.media_type})")
            lines.append(f"        alt: {alt}")
        if post.poll is not None:
            poll = post.poll
            lines.append(f"    [poll, {describe_duration(poll.duration)}]")
            lines.extend(f"        {n}. {option}" for n, option in enumerate(poll.options, 1))
        for finding in by_post.get(index, []):
            mark = "BLOCKING" if finding.blocking else "advice"
            lines.append(f"    ! {mark}: {finding.path}: {finding.message}")
    lines.append(_RULE)
    blocking = sum(1 for f in findings if f.blocking)
    advice = len(findings) - blocking
    for finding in general:
        mark = "BLOCKING" if finding.blocking else "advice"
        lines.append(f"! {mark}: {finding.path}: {finding.message}")
    lines.append(f"Findings: {blocking} blocking, {advice} advice")
    return "\n".join(lines) + "\n"


def to_markdown(thread: Thread, *, relative_to: str | Path | None = None) -> str:
    """Export ``thread`` as Markdown: title, numbered posts, media, poll, references."""
    base = Path(relative_to).resolve() if relative_to is not None else None
    out = [f"# {thread.title or 'Tweetorial'}", ""]
    out.append(f"*A thread of {len(thread.posts)} posts for {thread.platform.name}.*")
    out.append("")
    number = 0
    disclosures: list[str] = []
    for post in thread.posts:
        if post.role == "references":
            continue
        if post.role == "disclosure":
            disclosures.append(post.body)
            continue
        number += 1
        reveal = " *(reveal, after the poll closes)*" if post.reveal else ""
        first, *rest = f"{post.body}{reveal}".split("\n")
        out.append(f"{number}. {first}")
        out.extend(f"   {line}" if line.strip() else "" for line in rest)
        for media in post.media:
            alt = (media.alt_text or "").replace("]", "\\]").replace("\n", " ")
            where = _media_name(media)
            if media.path is not None:
                where = os.path.relpath(media.path, base) if base is not None else media.path
            out.append(f"   ![{alt}]({where})")
        if post.poll is not None:
            out.append(f"   Poll ({describe_duration(post.poll.duration)}):")
            out.extend(f"   - {option}" for option in post.poll.options)
        out.append("")
    if thread.references:
        out.extend(["## References", ""])
        for index, ref in enumerate(thread.references, 1):
            label = ref.label or {"doi": f"doi:{ref.id}", "pmid": f"PMID {ref.id}"}.get(
                ref.kind, ref.id
            )
            out.append(f"{index}. {label}. <{ref.url}>")
        out.append("")
    if disclosures or thread.paid_partnership:
        out.extend(["## Disclosure", ""])
        out.extend(disclosures)
        if thread.paid_partnership:
            out.append("This thread is a paid partnership.")
        out.append("")
    return "\n".join(out)
