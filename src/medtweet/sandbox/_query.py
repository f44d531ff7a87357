"""X's search query language, parsed and evaluated against stored posts.

Space is AND (it binds tighter than ``OR``), ``-`` negates, parentheses group. Standalone
terms: keywords, ``"exact phrases"``, ``#hashtags``, ``@mentions``, ``$cashtags``, ``from:``,
``to:``, ``url:``, ``conversation_id:``, ``in_reply_to_tweet_id:``, ``quotes_of_tweet_id:``,
``retweets_of:``. Terms that need a standalone term beside them: ``is:retweet|reply|quote|
verified``, ``has:links|media|images|videos|mentions|hashtags|cashtags``, ``lang:``.
Matching is case-insensitive; keywords and phrases also ignore accents; hashtags compare
NFKC + case-folded, as extracted by :mod:`medtweet.text`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import attrs

from medtweet.sandbox import _text
from medtweet.sandbox._state import PostRecord, Store

__all__ = ["Query", "QuerySyntaxError", "parse_query"]


class QuerySyntaxError(ValueError):
    """A query X would reject; ``position`` is 1-based like X's messages."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at position {position})")
        self.position = position


_STANDALONE_OPS = {
    "from",
    "to",
    "url",
    "conversation_id",
    "in_reply_to_tweet_id",
    "quotes_of_tweet_id",
    "retweets_of",
}
_CONJUNCTION_OPS = {"is", "has", "lang"}
_IS_VALUES = {"retweet", "reply", "quote", "verified"}
_HAS_VALUES = {"links", "media", "images", "videos", "mentions", "hashtags", "cashtags"}
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<neg>-)(?=[^\s)])
      | (?P<phrase>"(?:[^"\\]|\\.)*")
      | (?P<op>[a-z_]+):(?P<opval>"(?:[^"\\]|\\.)*"|[^\s()]+)
      | (?P<word>[^\s()"]+)
    )""",
    re.X,
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for keywords and phrases."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


@attrs.frozen
class _Term:
    kind: str  # keyword | phrase | hashtag | mention | cashtag | op
    value: str
    position: int
    op: str = ""

    @property
    def standalone(self) -> bool:
        return not (self.kind == "op" and self.op in _CONJUNCTION_OPS)


@attrs.frozen
class _Not:
    child: Node
    position: int


@attrs.frozen
class _And:
    children: tuple[Node, ...]


@attrs.frozen
class _Or:
    children: tuple[Node, ...]


Node = _Term | _Not | _And | _Or


class _Context:
    """What a post looks like to the evaluator (computed once per post)."""

    def __init__(self, post: PostRecord, store: Store) -> None:
        self.post = post
        self.store = store
        self.words = _words(post.text)
        self.hashtags: set[str] = set()
        self.mentions: set[str] = set()
        self.cashtags: set[str] = set()
        self.urls: list[str] = []
        for entity in _text.entities(post.text):
            if entity.kind == "hashtag":
                self.hashtags.add(_text.normalize_tag(entity.value))
            elif entity.kind == "mention":
                self.mentions.add(entity.value.casefold())
            elif entity.kind == "cashtag":
                self.cashtags.add(entity.value.casefold())
            elif entity.kind == "url":
                self.urls.append(entity.value.casefold())

    def author_is(self, name: str) -> bool:
        user = self.store.users.get(self.post.author_id)
        return user is not None and name.casefold() in (user.username.casefold(), user.id)

    def has_phrase(self, words: list[str]) -> bool:
        if not words:
            return False
        size = len(words)
        return any(self.words[i : i + size] == words for i in range(len(self.words) - size + 1))


@attrs.frozen
class Query:
    """A parsed query: ``matches(post, store)`` says whether a post answers it."""

    source: str
    root: Node

    def matches(self, post: PostRecord, store: Store) -> bool:
        """Whether ``post`` matches the query."""
        return _evaluate(self.root, _Context(post, store))


def _term_matcher(term: _Term) -> Callable[[_Context], bool]:
    value = term.value
    if term.kind in ("keyword", "phrase"):
        words = _words(value)
        return lambda c: c.has_phrase(words)
    if term.kind == "hashtag":
        tag = _text.normalize_tag(value)
        return lambda c: tag in c.hashtags
    if term.kind == "mention":
        name = value.casefold()
        return lambda c: name in c.mentions
    if term.kind == "cashtag":
        name = value.casefold()
        return lambda c: name in c.cashtags
    op = term.op
    if op == "from":
        return lambda c: c.author_is(value.lstrip("@"))
    if op == "to":
        name = value.lstrip("@").casefold()

        def to(c: _Context) -> bool:
            user = c.store.users.get(c.post.in_reply_to_user_id or "")
            return user is not None and name in (user.username.casefold(), user.id)

        return to
    if op == "url":
        needle = value.casefold()
        return lambda c: any(needle in url for url in c.urls)
    if op == "conversation_id":
        return lambda c: c.post.conversation_id == value
    if op == "in_reply_to_tweet_id":
        return lambda c: c.post.in_reply_to_id == value
    if op == "quotes_of_tweet_id":
        return lambda c: c.post.quote_id == value
    if op == "retweets_of":
        name = value.lstrip("@").casefold()

        def retweets_of(c: _Context) -> bool:
            original = c.store.posts.get(c.post.retweet_of_id or "")
            user = c.store.users.get(original.author_id) if original else None
            return user is not None and name in (user.username.casefold(), user.id)

        return retweets_of
    if op == "lang":
        return lambda c: c.post.lang.casefold() == value.casefold()
    if op == "is":
        checks: dict[str, Callable[[_Context], bool]] = {
            "retweet": lambda c: c.post.retweet_of_id is not None,
            "reply": lambda c: c.post.in_reply_to_id is not None,
            "quote": lambda c: c.post.quote_id is not None,
            "verified": lambda c: c.store.users[c.post.author_id].verified,
        }
        return checks[value]
    kinds = {"images": ("photo",), "videos": ("video", "animated_gif")}
    has_checks: dict[str, Callable[[_Context], bool]] = {
        "links": lambda c: bool(c.urls),
        "media": lambda c: bool(c.post.media_ids),
        "mentions": lambda c: bool(c.mentions),
        "hashtags": lambda c: bool(c.hashtags),
        "cashtags": lambda c: bool(c.cashtags),
    }
    if value in kinds:
        wanted = kinds[value]
        return lambda c: any(c.store.media[m].kind in wanted for m in c.post.media_ids)
    return has_checks[value]


def _evaluate(node: Node, context: _Context) -> bool:
    if isinstance(node, _Term):
        return _term_matcher(node)(context)
    if isinstance(node, _Not):
        return not _evaluate(node.child, context)
    if isinstance(node, _And):
        return all(_evaluate(child, context) for child in node.children)
    return any(_evaluate(child, context) for child in node.children)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens: list[tuple[str, str, str, int]] = []
        position = 0
        while position < len(source):
            match = _TOKEN.match(source, position)
            if match is None or match.end() == position:
                if source[position:].strip() == "":
                    break
                raise QuerySyntaxError(
                    "There were errors processing your request: unexpected character", position + 1
                )
            kind = match.lastgroup or ""
            if kind == "opval":
                kind = "op"
            start = match.start(kind) + 1
            value = match.group(kind) if kind != "op" else match.group("opval")
            self.tokens.append((kind, value or "", match.group("op") or "", start))
            position = match.end()
        self.index = 0

    def peek(self) -> tuple[str, str, str, int] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> tuple[str, str, str, int]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            raise QuerySyntaxError(
                "There were errors processing your request: the query is empty", 1
            )
        node = self.expression()
        extra = self.peek()
        if extra is not None:
            raise QuerySyntaxError(
                "There were errors processing your request: unbalanced parenthesis ')'",
                extra[3],
            )
        return node

    def expression(self) -> Node:
        parts = [self.conjunction()]
        while (token := self.peek()) is not None and token[0] == "word" and token[1] == "OR":
            self.take()
            if self.peek() is None or self.peek()[0] == "rparen":  # type: ignore[index]
                raise QuerySyntaxError(
                    "There were errors processing your request: nothing after OR", token[3]
                )
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else _Or(tuple(parts))

    def conjunction(self) -> Node:
        parts: list[Node] = []
        while (
            (token := self.peek()) is not None
            and token[0] != "rparen"
            and not (token[0] == "word" and token[1] == "OR")
        ):
            parts.append(self.unary())
        if not parts:
            token = self.peek()
            where = token[3] if token else len(self.source)
            raise QuerySyntaxError(
                "There were errors processing your request: expected a term", where
            )
        return parts[0] if len(parts) == 1 else _And(tuple(parts))

    def unary(self) -> Node:
        token = self.take()
        if token[0] == "neg":
            inner = self.unary()
            return _Not(inner, token[3])
        if token[0] == "lparen":
            node = self.expression()
            closing = self.peek()
            if closing is None or closing[0] != "rparen":
                raise QuerySyntaxError(
                    "There were errors processing your request: missing closing parenthesis",
                    token[3],
                )
            self.take()
            return node
        kind, value, op, position = token
        if kind == "phrase":
            return _Term("phrase", value[1:-1].replace('\\"', '"'), position)
        if kind == "op":
            return self.operator(op, value.strip('"'), position)
        if value.startswith(("#", "\uff03")) and len(value) > 1:
            return _Term("hashtag", value[1:], position)
        if value.startswith(("@", "\uff20")) and len(value) > 1:
            return _Term("mention", value[1:], position)
        if value.startswith("$") and len(value) > 1 and not value[1:].isdigit():
            return _Term("cashtag", value[1:], position)
        return _Term("keyword", value, position)

    def operator(self, op: str, value: str, position: int) -> _Term:
        prefix = "There were errors processing your request: "
        if op not in _STANDALONE_OPS | _CONJUNCTION_OPS:
            raise QuerySyntaxError(
                f"{prefix}Reference to invalid operator '{op}'. Operator "
                "is not available in current product or product packaging.",
                position,
            )
        if op == "is" and value not in _IS_VALUES:
            raise QuerySyntaxError(f"{prefix}Reference to invalid field '{value}'", position)
        if op == "has" and value not in _HAS_VALUES:
            raise QuerySyntaxError(f"{prefix}Reference to invalid field '{value}'", position)
        if op in ("conversation_id", "in_reply_to_tweet_id", "quotes_of_tweet_id") and not (
            value.isdigit()
        ):
            raise QuerySyntaxError(f"{prefix}'{op}' needs a numeric post id", position)
        if not value:
            raise QuerySyntaxError(f"{prefix}'{op}:' needs a value", position)
        return _Term("op", value, position, op=op)


def _standalone_positive(node: Node) -> bool:
    """Whether every way of satisfying ``node`` includes a standalone, non-negated term."""
    if isinstance(node, _Term):
        return node.standalone
    if isinstance(node, _Not):
        return False
    if isinstance(node, _And):
        return any(_standalone_positive(child) for child in node.children)
    return all(_standalone_positive(child) for child in node.children)


def _has_positive(node: Node) -> bool:
    if isinstance(node, _Term):
        return True
    if isinstance(node, _Not):
        return False
    if isinstance(node, _And):
        return any(_has_positive(child) for child in node.children)
    return all(_has_positive(child) for child in node.children)


def _first_term(node: Node) -> _Term | None:
    if isinstance(node, _Term):
        return node
    if isinstance(node, _Not):
        return _first_term(node.child)
    for child in node.children:
        found = _first_term(child)
        if found is not None:
            return found
    return None


def parse_query(source: str) -> Query:
    """Parse ``source``; raise :class:`QuerySyntaxError` like X's 400 would."""
    root = _Parser(source).parse()
    if not _has_positive(root):
        raise QuerySyntaxError(
            "There were errors processing your request: Rules must contain a non-negation term", 1
        )
    if not _standalone_positive(root):
        term = _first_term(root)
        name = f"{term.op}:{term.value}" if term and term.op else "this operator"
        raise QuerySyntaxError(
            "There were errors processing your request: Rules must contain at least one "
            f"standalone operator; '{name}' needs a keyword, #hashtag, @mention, from: or "
            "another standalone term beside it",
            term.position if term else 1,
        )
    return Query(source, root)
