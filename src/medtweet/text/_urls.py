"""URL detection as twitter-text does it, in linear time.

twitter-text finds URLs with one large regular expression. Run naively in Python's
backtracking engine it takes quadratic time on long runs of domain characters, so this
module reproduces the expression's leftmost-greedy result with a scanner: a domain is a
chain of labels inside one run of domain characters, and the best chain for every
starting label is computed once per run (right to left).
"""

from __future__ import annotations

import bisect
import re

import attrs

from medtweet.text._chars import (
    CYRILLIC_CLASS,
    DIRECTIONAL_CLASS,
    INVALID,
    INVALID_CLASS,
    LATIN_ACCENTS_CLASS,
    SPACES_CLASS,
)
from medtweet.text._tlds import tld_end

MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
MAX_LABEL_LENGTH = 63
DEFAULT_PROTOCOL = "https://"

# A run of domain characters plus "-", "_" and "." (no ASCII punctuation otherwise).
_NOT_RUN = SPACES_CLASS + INVALID_CLASS + DIRECTIONAL_CLASS + r"!'#%&()*+,\\/:;<=>?@\[\]^{|}~$"
# A run with a dot that a TLD could follow (TLDs start with a letter); the match ends
# after that dot, the run itself goes on to the end of ``_RUN_REST``.
_DOTTED_RUN = re.compile(rf"(?<![^{_NOT_RUN}])[^{_NOT_RUN}]*?\.(?=[^0-9.\-_{_NOT_RUN}])")
_RUN_REST = re.compile(rf"[^{_NOT_RUN}]*")
_PROTOCOL = re.compile(r"[hH][tT][tT][pP][sS]?://")
# Characters inside a run that may precede a URL (twitter-text: not [A-Za-z0-9@$#], etc.).
_INNER_PRECEDING = re.compile(r"[^A-Za-z0-9\uff20\uff03]")
_NOT_PRECEDING = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@\uff20$#\uff03" + INVALID
)
_PORT = re.compile(r":([0-9]+)")
_PATH_EXTRA = re.compile(rf"[{CYRILLIC_CLASS}{LATIN_ACCENTS_CLASS}]")
_PATH_RUN = re.compile(
    rf"[A-Za-z0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{CYRILLIC_CLASS}{LATIN_ACCENTS_CLASS}]*"
)
_PATH_END_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-=_#/")
_QUERY = re.compile(r"[A-Za-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*")
_QUERY_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_&=#/")
_TCO = re.compile(
    r"https?://t\.co/([A-Za-z0-9]+)(?:\?[A-Za-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[A-Za-z0-9\-_&=#/])?",
    re.IGNORECASE | re.ASCII,
)
_ASCII_LABEL = re.compile(rf"[\-A-Za-z0-9{LATIN_ACCENTS_CLASS}]+")
_IDN_DOTS = re.compile("[\u3002\uff0e\uff61]")
_INVALID_PROTOCOLLESS_BEFORE = frozenset("-_./")


@attrs.frozen
class UrlMatch:
    """A URL found in a text: ``text[start:end] == url``."""

    start: int
    end: int
    url: str


def _is_path_end(c: str) -> bool:
    return c in _PATH_END_ASCII or _PATH_EXTRA.match(c) is not None


class _Run:
    """A run of domain characters with at least one dot, and its best label chains."""

    __slots__ = ("best", "ends", "starts", "text", "underscore")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        starts = [start]
        ends: list[int] = []
        dot = text.find(".", start, end)
        while dot != -1:
            ends.append(dot)
            starts.append(dot + 1)
            dot = text.find(".", dot + 1, end)
        ends.append(end)
        self.starts = starts
        self.ends = ends
        last = len(starts) - 1
        self.underscore = [text.rfind("_", s, e) for s, e in zip(starts, ends, strict=True)]
        # best[j]: for a domain starting with label j, the index of its domain-name label
        # (the one before the TLD), or -1. The expression is greedy, so the last label
        # that works wins, through a chain of valid subdomain labels only.
        best: list[int] = [-1] * (last + 2)
        for j in range(last - 1, -1, -1):
            if not self._sub_ok(starts[j], ends[j]):
                continue
            if best[j + 1] >= 0:
                best[j] = best[j + 1]
            elif self.underscore[j] < starts[j] and tld_end(text, starts[j + 1]) >= 0:
                best[j] = j
        self.best = best

    def _sub_ok(self, start: int, end: int) -> bool:
        text = self.text
        return end > start and text[start] not in "-_" and text[end - 1] not in "-_"

    def domain_end(self, d: int) -> int:
        """End of the domain starting at ``d`` (inside this run), or -1."""
        text = self.text
        j = bisect.bisect_right(self.starts, d) - 1
        if j >= len(self.starts) - 1 or d >= self.ends[j]:
            return -1
        if d == self.starts[j]:
            i = self.best[j]
        else:
            if not self._sub_ok(d, self.ends[j]):
                return -1
            i = self.best[j + 1]
            if i < 0 and self.underscore[j] < d and tld_end(text, self.starts[j + 1]) >= 0:
                i = j
        if i < 0:
            return -1
        return tld_end(text, self.starts[i + 1])


def _path_end(text: str, slash: int) -> int:
    """End of the path that starts with the ``/`` at ``slash``.

    twitter-text's path is a repetition of units, each either the longest run of path
    characters and balanced parentheses that ends on a path-ending *character*, or one
    balanced parenthesis group on its own (its ending-character class is substituted
    into the pattern without a group, so the ``|`` splits the unit there).
    """
    n = len(text)
    i = slash + 1
    no_end_char_before = -1  # between i and here there is no path-ending character
    while True:
        if i >= no_end_char_before:
            j = i
            last_end = -1
            while True:
                run_end = _PATH_RUN.match(text, j).end()  # type: ignore[union-attr]
                k = run_end
                while k > j and not _is_path_end(text[k - 1]):
                    k -= 1
                if k > j:
                    last_end = k
                j = run_end
                if j < n and text[j] == "(":
                    close = _balanced_parens(text, j)
                    if close < 0:
                        break
                    j = close
                else:
                    break
            no_end_char_before = j
            if last_end > i:
                i = last_end
                continue
        if i < n and text[i] == "(":
            close = _balanced_parens(text, i)
            if close >= 0:
                i = close
                continue
        return i


def _skip_path_chars(text: str, i: int) -> int:
    return _PATH_RUN.match(text, i).end()  # type: ignore[union-attr]


def _balanced_parens(text: str, i: int) -> int:
    """End of ``(chars)`` or ``(chars(chars)chars)`` at ``i``, or -1."""
    j = _skip_path_chars(text, i + 1)
    if j >= len(text):
        return -1
    if text[j] == ")":
        return j + 1 if j > i + 1 else -1
    if text[j] != "(":
        return -1
    k = _skip_path_chars(text, j + 1)
    if k == j + 1 or k >= len(text) or text[k] != ")":
        return -1
    m = _skip_path_chars(text, k + 1)
    if m < len(text) and text[m] == ")":
        return m + 1
    return -1


def _query_end(text: str, question: int) -> int:
    """End of the query that starts with the ``?`` at ``question``, or ``question``."""
    run = _QUERY.match(text, question + 1)
    end = run.end() if run else question + 1
    while end > question + 1 and text[end - 1] not in _QUERY_END:
        end -= 1
    return end if end > question + 1 else question


def ascii_domains(domain: str) -> list[tuple[int, int]]:
    """Spans of the ASCII(-ish) domains inside ``domain`` (twitter-text's ``validAsciiDomain``)."""
    found: list[tuple[int, int]] = []
    i = 0
    n = len(domain)
    while i < n:
        run = _ASCII_LABEL.search(domain, i)
        if run is None:
            break
        best = -1
        r = run.end()
        while r < n and domain[r] == ".":
            end = tld_end(domain, r + 1)
            if end >= 0:
                best = end
            nxt = _ASCII_LABEL.match(domain, r + 1)
            if nxt is None:
                break
            r = nxt.end()
        if best >= 0:
            found.append((run.start(), best))
            i = best
        else:
            i = max(r, run.end())
    return found


def _label_to_ascii(label: str) -> str:
    parts = _IDN_DOTS.split(label)
    out = []
    for part in parts:
        if part.isascii():
            out.append(part)
        else:
            try:
                out.append("xn--" + part.encode("punycode").decode("ascii"))
            except UnicodeError:  # pragma: no cover - the codec encodes any code point
                return ""
    return ".".join(out)


def _punycode_length(domain: str) -> int:
    """Length of the domain in punycode, or -1 when a label is empty or too long."""
    if domain.startswith("xn--") and not ascii_domains(domain):
        return -1
    total = -1
    for label in domain.split("."):
        encoded = label if label.isascii() else _label_to_ascii(label)
        if not 1 <= len(encoded) <= MAX_LABEL_LENGTH:
            return -1
        total += len(encoded) + 1
    return total


def _is_valid_length(url: str, protocol: str, domain: str) -> bool:
    puny = _punycode_length(domain)
    if puny < 0:
        return False
    return len(protocol) + len(url) + puny - len(domain) <= MAX_URL_LENGTH


def extract_url_matches(text: str, *, without_protocol: bool = True) -> list[UrlMatch]:
    """Every URL in ``text``, as twitter-text's ``extractUrlsWithIndices`` finds them."""
    if not text or ("." not in text if without_protocol else ":" not in text):
        return []
    runs: dict[int, _Run] = {}
    candidates: list[tuple[int, int, int, _Run | None]] = []
    pos_scan = 0
    n = len(text)
    while True:
        dotted = _DOTTED_RUN.search(text, pos_scan)
        if dotted is None:
            break
        start = dotted.start()
        rest = _RUN_REST.match(text, dotted.end())
        end = rest.end() if rest else dotted.end()
        pos_scan = max(end, start + 1)
        run = _Run(text, start, end)
        runs[start] = run
        if start == 0:
            candidates.append((0, 1, 0, run))
        elif text[start - 1] not in _NOT_PRECEDING:
            candidates.append((start - 1, 0, start, run))
        for inner in _INNER_PRECEDING.finditer(text, start, end - 1):
            i = inner.start()
            candidates.append((i, 0, i + 1, run))
    for proto in _PROTOCOL.finditer(text):
        s = proto.start()
        if proto.end() not in runs:
            continue
        if s == 0:
            candidates.append((0, 1, 0, None))
        elif text[s - 1] not in _NOT_PRECEDING:
            candidates.append((s - 1, 0, s, None))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], c[1], c[3] is not None))
    found: list[UrlMatch] = []
    pos = 0
    for p, anchored, d, owner in candidates:
        if (anchored and pos > 0) or (not anchored and p < pos):
            continue
        head = _PROTOCOL.match(text, d)
        protocol = ""
        if head is not None and head.end() in runs:
            dom_start = head.end()
            dom_end = runs[dom_start].domain_end(dom_start)
            if dom_end < 0:
                continue
            protocol = head.group()
        elif owner is not None:
            dom_start = d
            dom_end = owner.domain_end(d)
            if dom_end < 0:
                continue
        else:
            continue
        end = dom_end
        port = _PORT.match(text, end)
        if port is not None:
            end = port.end()
        has_path = end < n and text[end] == "/"
        if has_path:
            end = _path_end(text, end)
        if end < n and text[end] == "?":
            end = _query_end(text, end)
        pos = end
        url = text[d:end]
        domain = text[dom_start:dom_end]
        if not _is_valid_length(url, protocol or DEFAULT_PROTOCOL, domain):
            continue
        if not protocol:
            before = "" if anchored else text[p]
            if not without_protocol or (before and before in _INVALID_PROTOCOLLESS_BEFORE):
                continue
            spans = ascii_domains(domain)
            if not spans:
                continue
            for a, b in spans[:-1]:
                found.append(UrlMatch(dom_start + a, dom_start + b, domain[a:b]))
            a, b = spans[-1]
            if has_path:
                found.append(UrlMatch(dom_start + a, end, domain[a:b] + text[dom_end:end]))
            else:
                found.append(UrlMatch(dom_start + a, dom_start + b, domain[a:b]))
        else:
            tco = _TCO.match(url)
            if tco is not None:
                if len(tco.group(1)) > MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco.group()
                end = d + len(url)
            found.append(UrlMatch(d, end, url))
    return found
