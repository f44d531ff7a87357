"""``digest``: a Markdown "what did I miss" summary of posts, plus counts-over-time charts.

Everything is computed in one pass over the posts (counters and a small heap), so a digest
of an archive streams: it never holds the posts themselves.
"""

from __future__ import annotations

import heapq
import os
import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from medtweet._errors import ValidationError
from medtweet.x._post import XPost
from medtweet.x._query import Query
from medtweet.x._search import CountBucket, CountSeries
from medtweet.x._tags import normalize_tag

__all__ = ["activity", "ascii_chart", "classify_link", "digest", "plot_counts"]

_STEPS = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}

_DOI = re.compile(r"(10\.\d{4,9}/[^\s?#]+)", re.IGNORECASE)
_PUBMED = re.compile(
    r"^(?:pubmed\.ncbi\.nlm\.nih\.gov/\d+|(?:www\.)?ncbi\.nlm\.nih\.gov/(?:pubmed/\d+|pmc/articles/pmc\d+)"
    r"|pmc\.ncbi\.nlm\.nih\.gov/articles/pmc\d+|europepmc\.org/)",
    re.IGNORECASE,
)
JOURNAL_HOSTS = frozenset(
    {
        "academic.oup.com",
        "ahajournals.org",
        "annals.org",
        "ascopubs.org",
        "ashpublications.org",
        "atsjournals.org",
        "biorxiv.org",
        "bmj.com",
        "cell.com",
        "cochranelibrary.com",
        "ersjournals.com",
        "frontiersin.org",
        "jacc.org",
        "jamanetwork.com",
        "journals.lww.com",
        "journals.plos.org",
        "karger.com",
        "link.springer.com",
        "medrxiv.org",
        "mdpi.com",
        "nature.com",
        "nejm.org",
        "onlinelibrary.wiley.com",
        "acpjournals.org",
        "science.org",
        "sciencedirect.com",
        "thelancet.com",
        "thieme-connect.com",
    }
)
"""Hosts whose links :func:`digest` lists as papers (journals and preprint servers)."""

_SOCIAL = re.compile(r"^(?:www\.|mobile\.)?(?:x|twitter)\.com$", re.IGNORECASE)


def classify_link(url: str) -> Literal["doi", "pubmed", "journal", "post", "other"]:
    """What a link points to: a DOI, PubMed/PMC, a journal or preprint server, a post, or other."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host in ("doi.org", "dx.doi.org") or _DOI.search(parts.path):
        return "doi"
    if _PUBMED.match(host + parts.path):
        return "pubmed"
    if any(host == known or host.endswith("." + known) for known in JOURNAL_HOSTS):
        return "journal"
    if _SOCIAL.match(host):
        return "post"
    return "other"


def _normalize_link(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")]
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def _bucket_start(moment: datetime, granularity: str) -> datetime:
    moment = moment.astimezone(UTC)
    if granularity == "minute":
        return moment.replace(second=0, microsecond=0)
    if granularity == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _series(counts: Counter[datetime], granularity: str, query: str) -> CountSeries:
    step = _STEPS[granularity]
    buckets: list[CountBucket] = []
    if counts:
        moment, last = min(counts), max(counts)
        while moment <= last:
            buckets.append(CountBucket(moment, moment + step, counts.get(moment, 0)))
            moment += step
    return CountSeries(query=query, granularity=granularity, buckets=tuple(buckets))


def activity(
    posts: Iterable[XPost], granularity: Literal["minute", "hour", "day"] = "hour"
) -> CountSeries:
    """Count posts per minute, hour or day (UTC), gaps filled with zeros, oldest first.

    Posts without ``created_at`` are not counted.
    """
    if granularity not in _STEPS:
        raise ValidationError(f"granularity must be 'minute', 'hour' or 'day', not {granularity!r}")
    counts: Counter[datetime] = Counter()
    for post in posts:
        if post.created_at is not None:
            counts[_bucket_start(post.created_at, granularity)] += 1
    return _series(counts, granularity, "")


def _label(moment: datetime, granularity: str) -> str:
    if granularity == "day":
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%d %H:%M")


def ascii_chart(series: CountSeries, *, width: int = 40) -> str:
    """Draw a count series as horizontal bars, one line per bucket (times in UTC).

    Example line: ``2026-11-24 14:00 │████████▌ 17``.
    """
    if width < 1:
        raise ValidationError(f"width must be at least 1, not {width}")
    if not series.buckets:
        return "(no posts)"
    peak = max(bucket.count for bucket in series.buckets) or 1
    eighths = " ▏▎▍▌▋▊▉"
    lines = []
    for bucket in series.buckets:
        size = bucket.count * width * 8 // peak
        bar = "█" * (size // 8) + (eighths[size % 8] if size % 8 else "")
        lines.append(f"{_label(bucket.start, series.granularity)} │{bar} {bucket.count}")
    return "\n".join(lines)


def plot_counts(
    series: CountSeries, path: str | os.PathLike[str], *, title: str | None = None
) -> Path:
    """Save a count series as a PNG bar chart (needs the ``medtweet[plot]`` extra).

    Raises:
        ImportError: matplotlib is not installed (``pip install 'medtweet[plot]'``).
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError(
            "plot_counts needs matplotlib; install it with: pip install 'medtweet[plot]'"
        ) from error
    target = Path(path)
    figure, axes = plt.subplots(figsize=(10, 4))
    try:
        epoch = datetime(1970, 1, 1, tzinfo=UTC)  # matplotlib's default date epoch
        starts = [(bucket.start - epoch) / timedelta(days=1) for bucket in series.buckets]
        counts = [bucket.count for bucket in series.buckets]
        step = _STEPS.get(series.granularity, timedelta(hours=1)) / timedelta(days=1)
        axes.bar(starts, counts, width=step * 0.9, align="edge", color="#1d6fa5")
        axes.xaxis_date()
        axes.set_ylabel("posts")
        axes.set_xlabel(f"time (UTC, per {series.granularity})")
        axes.set_title(title or series.query or "posts over time")
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(target, format="png", dpi=100)
    finally:
        plt.close(figure)
    return target


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _excerpt(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def _n(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _handle(post: XPost) -> str:
    return f"@{post.author_username}" if post.author_username else f"user {post.author_id}"


def digest(
    posts: Iterable[XPost],
    *,
    followed: Query | Iterable[str] = (),
    title: str = "What you missed",
    top: int = 5,
) -> str:
    """Summarise posts as Markdown: "what did I miss".

    Sections: top posts by engagement (likes + reposts + replies + quotes; reposts left
    out), papers and most-shared links (DOIs, PubMed and journals first), most active and
    most mentioned accounts, co-occurring hashtags (other than ``followed``), and posts per
    hour as an ASCII chart (per day when the posts span more than three days).

    Args:
        posts: the posts (an iterator is consumed once; nothing is kept but counts).
        followed: the hashtags you followed (or the ``Query``), left out of co-occurring tags.
        title: the heading.
        top: how many entries per section.
    """
    if top < 1:
        raise ValidationError(f"top must be at least 1, not {top}")
    skip = {normalize_tag(t) for t in (followed.tags if isinstance(followed, Query) else followed)}
    total = 0
    authors: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    mention_names: dict[str, str] = {}
    tags: Counter[str] = Counter()
    tag_names: dict[str, str] = {}
    links: Counter[str] = Counter()
    hours: Counter[datetime] = Counter()
    best: list[tuple[int, int, str, XPost]] = []
    seen_ids: set[str] = set()
    first: datetime | None = None
    last: datetime | None = None
    for post in posts:
        if post.id in seen_ids:
            continue
        seen_ids.add(post.id)
        total += 1
        authors[_handle(post)] += 1
        for name in dict.fromkeys(m.casefold() for m in post.mentions):
            mentions[name] += 1
        for name in post.mentions:
            mention_names.setdefault(name.casefold(), name)
        for tag in dict.fromkeys(post.hashtags):
            key = normalize_tag(tag)
            tag_names.setdefault(key, tag)
        for key in {normalize_tag(tag) for tag in post.hashtags} - skip:
            tags[key] += 1
        for link in dict.fromkeys(_normalize_link(u) for u in post.urls):
            links[link] += 1
        if post.created_at is not None:
            hours[_bucket_start(post.created_at, "hour")] += 1
            first = post.created_at if first is None else min(first, post.created_at)
            last = post.created_at if last is None else max(last, post.created_at)
        if not post.is_retweet:
            entry = (
                post.metrics.engagement,
                -int(post.id) if post.id.isdigit() else 0,
                post.id,
                post,
            )
            if len(best) < top:
                heapq.heappush(best, entry)
            elif entry[:3] > best[0][:3]:
                heapq.heapreplace(best, entry)

    out = [f"# {title}", ""]
    if total == 0:
        out.append("No posts.")
        return "\n".join(out) + "\n"
    span = ""
    if first is not None and last is not None:
        span = f", {first:%Y-%m-%d %H:%M} to {last:%Y-%m-%d %H:%M} UTC"
    out += [f"{_n(total, 'post')} by {_n(len(authors), 'account')}{span}.", ""]

    out += ["## Top posts", ""]
    ranked = sorted(best, key=lambda e: e[:3], reverse=True)
    for number, (_, _, _, post) in enumerate(ranked, 1):
        m = post.metrics
        out.append(
            f"{number}. **{_handle(post)}** ({_n(m.likes, 'like')}, {_n(m.reposts, 'repost')}, "
            f"{_n(m.replies, 'reply').replace('ys', 'ies')}): {_excerpt(post.text)} "
            f"[link]({post.url})"
        )
    out.append("")

    papers = [
        (u, c) for u, c in links.most_common() if classify_link(u) in ("doi", "pubmed", "journal")
    ]
    others = [(u, c) for u, c in links.most_common() if classify_link(u) == "other"]
    labels = {"doi": "DOI", "pubmed": "PubMed", "journal": "journal"}
    out += ["## Papers", ""]
    if papers:
        for url, count in papers[:top]:
            out.append(f"- [{url}]({url}) ({labels[classify_link(url)]}, shared {count}\u00d7)")
    else:
        out.append("No links to papers.")
    out += ["", "## Most-shared links", ""]
    if others:
        out += [f"- [{url}]({url}) (shared {count}\u00d7)" for url, count in others[:top]]
    else:
        out.append("No other links.")
    out.append("")

    out += ["## Most active accounts", ""]
    out += [f"- {_excerpt(name)}: {_n(count, 'post')}" for name, count in authors.most_common(top)]
    out += ["", "## Most mentioned accounts", ""]
    if mentions:
        out += [
            f"- @{_excerpt(mention_names[key])}: {_n(count, 'post')}"
            for key, count in mentions.most_common(top)
        ]
    else:
        out.append("No mentions.")
    out += ["", "## Co-occurring hashtags", ""]
    if tags:
        out.append(
            ", ".join(f"\\#{tag_names[key]} ({count})" for key, count in tags.most_common(top * 2))
        )
    else:
        out.append("No other hashtags.")
    out.append("")

    granularity = "hour"
    if first is not None and last is not None and last - first > timedelta(days=3):
        granularity = "day"
        days: Counter[datetime] = Counter()
        for moment, count in hours.items():
            days[_bucket_start(moment, "day")] += count
        series = _series(days, "day", "")
    else:
        series = _series(hours, "hour", "")
    out += [f"## Activity per {granularity} (UTC)", "", "```text", ascii_chart(series), "```", ""]
    return "\n".join(out)
