"""The X API edge of medtweet: search, counts, follow, archives and digests.

Only this package does HTTP (through :class:`medtweet.XClient`); everything else in it
is pure and works offline on archives.
"""

from __future__ import annotations

from medtweet.x._archive import (
    Provenance,
    archive,
    read_archive,
    read_provenance,
    search_archive,
)
from medtweet.x._digest import activity, ascii_chart, classify_link, digest, plot_counts
from medtweet.x._post import PostMetrics, ReferencedPost, XPost, posts_of_page
from medtweet.x._query import Query
from medtweet.x._search import CountBucket, CountSeries, SearchMixin, SearchPage
from medtweet.x._timewin import parse_time, resolve_window, rfc3339

__all__ = [
    "CountBucket",
    "CountSeries",
    "PostMetrics",
    "Provenance",
    "Query",
    "ReferencedPost",
    "SearchMixin",
    "SearchPage",
    "XPost",
    "activity",
    "archive",
    "ascii_chart",
    "classify_link",
    "digest",
    "parse_time",
    "plot_counts",
    "posts_of_page",
    "read_archive",
    "read_provenance",
    "resolve_window",
    "rfc3339",
    "search_archive",
]
