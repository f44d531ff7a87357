"""``Query``: X search queries built from parts, checked before any request is made.

X's syntax (operators page of the docs): a space is AND, ``OR`` is OR, AND binds before OR,
``-`` negates one operator (not a group), ``"..."`` is an exact phrase. Some operators stand
alone (keywords, phrases, ``#tag``, ``@user``, ``from:``, ``to:``, ``url:``,
``conversation_id:``); others only narrow a search and need a standalone term beside them
(``is:``, ``has:``, ``lang:``). A query must contain at least one non-negated standalone term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, TypeAlias

import attrs

from medtweet._errors import QueryError
from medtweet.platform import Platform, X
from medtweet.x._tags import USERNAME, is_valid_hashtag

__all__ = ["HAS_FEATURES", "IS_KINDS", "Query", "Tier", "check_query", "query_limit"]

Tier = Literal["basic", "pro", "enterprise"]
"""X API access tiers, by the query length they allow (512 / 1,024 / 4,096 characters)."""

Match = Literal["any", "all"]

IS_KINDS = frozenset({"retweet", "reply", "quote", "verified"})
"""What ``is:`` accepts."""

HAS_FEATURES = frozenset(
    {"links", "media", "images", "mentions", "hashtags", "cashtags", "video_link", "geo"}
)
"""What ``has:`` accepts."""

_LANG = re.compile(r"^(?:[a-z]{2,3}(?:-[a-z]{2,4})?|und)$", re.IGNORECASE)
_ID = re.compile(r"^[0-9]{1,19}$")
_BARE = re.compile(r'^[^\s"()\-:#@$][^\s"():]*$')
_RESERVED = frozenset({"OR", "AND"})


def query_limit(tier: Tier, platform: Platform = X) -> int:
    """The longest query (in characters) ``tier`` accepts, read from ``platform``.

    Raises:
        QueryError: ``platform`` has no search, or ``tier`` is unknown.
    """
    limits = dict(platform.search_query_limits)
    if tier not in limits:
        known = ", ".join(repr(name) for name in limits) or "none"
        raise QueryError(f"unknown access tier {tier!r} for {platform.name}; known: {known}")
    return limits[tier]


@attrs.frozen
class _Term:
    text: str
    standalone: bool
    negated: bool = False

    def render(self) -> str:
        return ("-" if self.negated else "") + self.text


@attrs.frozen
class _Group:
    op: Literal["AND", "OR"]
    children: tuple[_Term | _Group, ...]


_Node: TypeAlias = _Term | _Group


def _combine(op: Literal["AND", "OR"], nodes: Iterable[_Node | None]) -> _Node | None:
    flat: list[_Node] = []
    for node in nodes:
        if node is None:
            continue
        if isinstance(node, _Group) and node.op == op:
            flat.extend(node.children)
        else:
            flat.append(node)
    if not flat:
        return None
    if len(flat) == 1:
        return flat[0]
    return _Group(op, tuple(flat))


def _negate(node: _Node) -> _Node:
    """X cannot negate a group, so push negation down (De Morgan)."""
    if isinstance(node, _Term):
        return attrs.evolve(node, negated=not node.negated)
    other: Literal["AND", "OR"] = "OR" if node.op == "AND" else "AND"
    negated = _combine(other, (_negate(child) for child in node.children))
    assert negated is not None  # noqa: S101 - a group always has children
    return negated


def _render(node: _Node, nested: bool = False) -> str:
    if isinstance(node, _Term):
        return node.render()
    joiner = " " if node.op == "AND" else " OR "
    inner = joiner.join(_render(child, nested=True) for child in node.children)
    return f"({inner})" if nested else inner


def _anchored(node: _Node) -> bool:
    """Whether the node contains a positive standalone term on every OR branch."""
    if isinstance(node, _Term):
        return node.standalone and not node.negated
    if node.op == "AND":
        return any(_anchored(child) for child in node.children)
    return all(_anchored(child) for child in node.children)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _keyword(word: str, problems: list[str]) -> _Term | None:
    if not isinstance(word, str):
        raise TypeError(f"keywords must be str, not {type(word).__name__}")
    text = " ".join(word.split())
    if not text:
        problems.append(f"keyword {word!r} is empty")
        return None
    if _BARE.match(text) and text not in _RESERVED:
        return _Term(text, standalone=True)
    return _Term(_quote(text), standalone=True)


def _tag(tag: str, problems: list[str]) -> _Term | None:
    if not isinstance(tag, str):
        raise TypeError(f"hashtags must be str, not {type(tag).__name__}")
    body = tag.strip().lstrip("#\uff03")
    if not body or not is_valid_hashtag("#" + body):
        problems.append(
            f"hashtag {tag!r} is not a valid hashtag (letters, digits and underscores, "
            "not only digits)"
        )
        return None
    return _Term("#" + body, standalone=True)


def _user(name: str, operator: str, problems: list[str]) -> _Term | None:
    if not isinstance(name, str):
        raise TypeError(f"usernames must be str, not {type(name).__name__}")
    body = name.strip().lstrip("@")
    if not USERNAME.match(body):
        problems.append(
            f"{operator or '@'}{body!s} is not a valid X username (1-15 letters, digits or _)"
        )
        return None
    return _Term(f"{operator}{body}" if operator else f"@{body}", standalone=True)


def _raise(problems: list[str]) -> None:
    if problems:
        raise QueryError("; ".join(problems), problems=problems)


@attrs.frozen
class Query:
    """An X search query, built from parts; immutable, every builder returns a new query.

    Builders AND a new clause onto the query; ``|`` ORs two queries, ``&`` ANDs them and
    ``~`` negates one (X cannot negate a group, so the negation is pushed down to each
    operator). ``str(query)`` is exactly the string sent to X.

    Example:
        >>> q = Query().hashtags("AHA25", "AHA2025").exclude_retweets().lang("en")
        >>> str(q)
        '(#AHA25 OR #AHA2025) -is:retweet lang:en'
    """

    _root: _Node | None = attrs.field(default=None, alias="root", repr=False)

    def _and(self, node: _Node | None) -> Query:
        return Query(root=_combine("AND", (self._root, node)))

    def _clause(self, terms: list[_Term | None], match: Match, problems: list[str]) -> Query:
        if match not in ("any", "all"):
            problems.append(f"match must be 'any' or 'all', not {match!r}")
        _raise(problems)
        op: Literal["AND", "OR"] = "OR" if match == "any" else "AND"
        return self._and(_combine(op, terms))

    # ---- standalone operators -------------------------------------------------------------
    def hashtags(self, *tags: str, match: Match = "any") -> Query:
        """Posts with any (default) or all of these hashtags (``#`` optional)."""
        problems: list[str] = [] if tags else ["hashtags() needs at least one hashtag"]
        return self._clause([_tag(tag, problems) for tag in tags], match, problems)

    def keywords(self, *words: str, match: Match = "all") -> Query:
        """Posts with all (default) or any of these keywords.

        A keyword with spaces, quotes, parentheses, a colon, a leading ``-``/``#``/``@``/``$``
        or equal to ``OR``/``AND`` is sent as a quoted exact phrase.
        """
        problems: list[str] = [] if words else ["keywords() needs at least one keyword"]
        return self._clause([_keyword(word, problems) for word in words], match, problems)

    def phrase(self, text: str) -> Query:
        """Posts with this exact phrase (quoted; inner quotes and backslashes are escaped)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        collapsed = " ".join(text.split())
        _raise([] if collapsed else [f"phrase {text!r} is empty"])
        return self._and(_Term(_quote(collapsed), standalone=True))

    def without(self, *words: str) -> Query:
        """Exclude posts with any of these keywords (``-word``)."""
        problems: list[str] = [] if words else ["without() needs at least one keyword"]
        terms = [_keyword(word, problems) for word in words]
        _raise(problems)
        return self._and(_combine("AND", (_negate(t) for t in terms if t is not None)))

    def from_(self, *usernames: str) -> Query:
        """Posts written by any of these accounts (``from:``)."""
        problems: list[str] = [] if usernames else ["from_() needs at least one username"]
        return self._clause([_user(n, "from:", problems) for n in usernames], "any", problems)

    def to(self, *usernames: str) -> Query:
        """Posts replying to any of these accounts (``to:``)."""
        problems: list[str] = [] if usernames else ["to() needs at least one username"]
        return self._clause([_user(n, "to:", problems) for n in usernames], "any", problems)

    def mentions(self, *usernames: str, match: Match = "any") -> Query:
        """Posts mentioning any (default) or all of these accounts (``@user``)."""
        problems: list[str] = [] if usernames else ["mentions() needs at least one username"]
        return self._clause([_user(n, "", problems) for n in usernames], match, problems)

    def conversation(self, post_id: str | int) -> Query:
        """Posts of one conversation (``conversation_id:``), e.g. a tweetorial's replies."""
        value = str(post_id)
        _raise([] if _ID.match(value) else [f"conversation id {post_id!r} is not a post id"])
        return self._and(_Term(f"conversation_id:{value}", standalone=True))

    def url(self, text: str) -> Query:
        """Posts linking to a URL containing ``text`` (``url:``), e.g. ``"nejm.org"``."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        value = text.strip()
        ok = bool(value) and not any(c.isspace() for c in value)
        _raise([] if ok else [f"url: needs a URL or domain without spaces, not {text!r}"])
        # X's docs quote URLs with punctuation: url:"https://doi.org/10.1056"
        rendered = value if re.fullmatch(r"[\w.\-]+", value) else _quote(value)
        return self._and(_Term(f"url:{rendered}", standalone=True))

    # ---- narrowing operators --------------------------------------------------------------
    def is_(self, kind: str, *, negate: bool = False) -> Query:
        """Only (or, with ``negate``, no) retweets, replies, quotes or verified authors."""
        _raise([] if kind in IS_KINDS else [f"is:{kind} is unknown; use {sorted(IS_KINDS)}"])
        return self._and(_Term(f"is:{kind}", standalone=False, negated=negate))

    def exclude_retweets(self) -> Query:
        """Leave retweets out (``-is:retweet``)."""
        return self.is_("retweet", negate=True)

    def has(self, feature: str, *, negate: bool = False) -> Query:
        """Only posts with (or, with ``negate``, without) links, media, images, mentions..."""
        ok = feature in HAS_FEATURES
        _raise([] if ok else [f"has:{feature} is unknown; use {sorted(HAS_FEATURES)}"])
        return self._and(_Term(f"has:{feature}", standalone=False, negated=negate))

    def lang(self, code: str) -> Query:
        """Only posts X classified as this language (BCP 47 code such as ``"en"``)."""
        ok = isinstance(code, str) and bool(_LANG.match(code))
        _raise([] if ok else [f"lang:{code} is not a BCP 47 language code such as 'en'"])
        return self._and(_Term(f"lang:{code.lower()}", standalone=False))

    def raw(self, text: str, *, standalone: bool = True) -> Query:
        """AND an operator medtweet has no builder for, sent as written (e.g. ``"list:123"``)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        _raise([] if text.strip() else ["raw() needs a non-empty operator"])
        return self._and(_Term(text.strip(), standalone=standalone))

    # ---- combining ------------------------------------------------------------------------
    def __and__(self, other: Query) -> Query:
        if not isinstance(other, Query):
            return NotImplemented
        return Query(root=_combine("AND", (self._root, other._root)))

    def __or__(self, other: Query) -> Query:
        if not isinstance(other, Query):
            return NotImplemented
        if self._root is None or other._root is None:
            return Query(root=self._root or other._root)
        return Query(root=_combine("OR", (self._root, other._root)))

    def __invert__(self) -> Query:
        return Query(root=None if self._root is None else _negate(self._root))

    @classmethod
    def any_of(cls, *queries: Query) -> Query:
        """Posts matching any of ``queries``."""
        return Query(root=_combine("OR", (q._root for q in queries)))

    @classmethod
    def all_of(cls, *queries: Query) -> Query:
        """Posts matching all of ``queries``."""
        return Query(root=_combine("AND", (q._root for q in queries)))

    # ---- reading --------------------------------------------------------------------------
    def __str__(self) -> str:
        return "" if self._root is None else _render(self._root)

    def __repr__(self) -> str:
        return f"Query({str(self)!r})"

    def __len__(self) -> int:
        return len(str(self))

    @property
    def tags(self) -> tuple[str, ...]:
        """The hashtags the query asks for (not the negated ones), without ``#``."""
        found: list[str] = []

        def walk(node: _Node | None) -> None:
            if isinstance(node, _Term):
                if node.text.startswith("#") and not node.negated:
                    found.append(node.text[1:])
            elif node is not None:
                for child in node.children:
                    walk(child)

        walk(self._root)
        return tuple(dict.fromkeys(found))

    def check(self, tier: Tier = "basic", *, platform: Platform = X) -> Query:
        """Check the query against X's rules and ``tier``'s length limit.

        Returns:
            The query itself, so ``client.search_recent(q.check("pro"))`` reads well.

        Raises:
            QueryError: listing every problem: empty query, no standalone positive term,
                or too long (saying by how much).
        """
        _check(str(self), self._root, tier, platform)
        return self


def check_query(query: Query | str, *, tier: Tier = "basic", platform: Platform = X) -> str:
    """Check a query (a :class:`Query` or a string) and return the exact string to send.

    Raises:
        QueryError: see :meth:`Query.check`. For a string only emptiness and length are
            checked (medtweet does not parse query strings).
        TypeError: ``query`` is neither a ``Query`` nor a ``str``.
    """
    if isinstance(query, Query):
        return str(query.check(tier, platform=platform))
    if not isinstance(query, str):
        raise TypeError(f"query must be a Query or a str, not {type(query).__name__}")
    _check(query, None, tier, platform)
    return query


def _check(text: str, root: _Node | None, tier: Tier, platform: Platform) -> None:
    problems: list[str] = []
    if not text.strip():
        problems.append("the query is empty; add a hashtag, keyword or other standalone term")
    elif root is not None and not _anchored(root):
        problems.append(
            "the query needs a standalone, non-negated term on every OR branch (a keyword, "
            "phrase, #hashtag, @mention, from:, to:, url: or conversation_id:); is:, has: and "
            "lang: only narrow a search"
        )
    limit = query_limit(tier, platform)
    if len(text) > limit:
        problems.append(
            f"the query is {len(text)} characters, {len(text) - limit} over the {limit}-character "
            f"limit of the {tier} tier; shorten it or split it into several searches"
        )
    _raise(problems)
