"""Search methods of :class:`medtweet.XClient` (recent search, counts, pagination).

The search helper replaces this module; until then the mixin adds nothing.
"""

from __future__ import annotations

__all__ = ["SearchMixin"]


class SearchMixin:
    """Search and counts methods, mixed into :class:`medtweet.XClient`.

    Methods here talk to the API only through ``self._call(...)`` (see ``XClient._call``).
    """
