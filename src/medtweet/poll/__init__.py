"""Polls: build one that the platform will accept, post it, and turn its results into a post.

``Poll`` checks a platform's rules (X, Mastodon and its instances) before anything is sent
and gives the request fragment; ``PostedPoll`` knows when voting closes; ``PollResults``
reads votes from X or Mastodon and renders a reveal post. Bluesky has no polls:
``Poll.as_text`` writes a reply-with-a-number post instead.
"""

from __future__ import annotations

from medtweet.poll._duration import DurationLike, describe_duration, parse_duration
from medtweet.poll._poll import Poll, PostedPoll
from medtweet.poll._results import PollResults, largest_remainder

__all__ = [
    "DurationLike",
    "Poll",
    "PollResults",
    "PostedPoll",
    "describe_duration",
    "largest_remainder",
    "parse_duration",
]
