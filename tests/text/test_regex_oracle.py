"""The scanners agree with twitter-text's regular expressions, transcribed literally.

medtweet finds URLs and hashtags with linear-time scanners instead of twitter-text's
backtracking regular expressions. Here the expressions are rebuilt as twitter-text
composes them (including the quirks of their composition) and run with Python's ``re``
on short texts, where backtracking is harmless; Hypothesis checks that both give the
same entities.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

from hypothesis import example, given, settings
from hypothesis import strategies as st

from medtweet.text._hashtags import hashtag_entities
from medtweet.text._tld_data import COUNTRY, GENERIC
from medtweet.text._urls import extract_url_matches

SPACES = r"\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
INVALID = r"\ufffe\ufeff\uffff"
DIRECTIONAL = r"\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"
PUNCT = r"!'#%&'()*+,\\\-./:;<=>?@\[\]^_{|}~$"
LATIN = (
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    r"\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
CYRILLIC = r"\u0400-\u04ff"


def _alternation(names: frozenset[str]) -> str:
    # twitter-text lists longer names before their prefixes; sorting by length does that.
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


@cache
def url_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    domain_char = f"[^{PUNCT}{SPACES}{INVALID}{DIRECTIONAL}]"
    subdomain = rf"(?:(?:{domain_char}(?:[_-]|{domain_char})*)?{domain_char}\.)"
    domain_name = rf"(?:(?:{domain_char}(?:-|{domain_char})*)?{domain_char}\.)"
    after_tld = r"(?=[^0-9a-zA-Z@+-]|$)"
    gtld = rf"(?:(?:{_alternation(GENERIC)}){after_tld})"
    cctld = rf"(?:(?:{_alternation(COUNTRY)}){after_tld})"
    punycode = r"(?:xn--[\-0-9a-z]+)"
    domain = rf"(?:{subdomain}*{domain_name}(?:{gtld}|{cctld}|{punycode}))"
    path_char = rf"[a-z{CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{LATIN}]"
    parens = rf"\((?:{path_char}+|(?:{path_char}*\({path_char}+\){path_char}*))\)"
    # The ending class is substituted without a group: its "|" splits the unit.
    ending = rf"[+\-a-z{CYRILLIC}0-9=_#/{LATIN}]|(?:{parens})"
    path = rf"(?:(?:{path_char}*(?:{parens}{path_char}*)*{ending})|(?:@{path_char}+/))"
    query = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
    query_end = r"[a-z0-9\-_&=#/]"
    preceding = rf"(?:[^A-Za-z0-9@\uff20$#\uff03{INVALID}]|[{DIRECTIONAL}]|^)"
    # re.ASCII keeps case folding to ASCII, like JavaScript's /i without /u.
    flags = re.IGNORECASE | re.ASCII
    extract = re.compile(
        rf"({preceding})((https?://)?({domain})(?::([0-9]+))?(/{path}*)?(\?{query}*{query_end})?)",
        flags,
    )
    ascii_domain = re.compile(rf"(?:(?:[\-a-z0-9{LATIN}]+)\.)+(?:{gtld}|{cctld}|{punycode})", flags)
    tco = re.compile(rf"^https?://t\.co/([a-z0-9]+)(?:\?{query}*{query_end})?", flags)
    return extract, ascii_domain, tco


def _punycode_ok(domain: str, ascii_domain: re.Pattern[str]) -> int:
    if domain.startswith("xn--") and not ascii_domain.search(domain):
        return -1
    total = -1
    for label in domain.split("."):
        parts = re.split("[\u3002\uff0e\uff61]", label)
        encoded = ".".join(
            p if p.isascii() else "xn--" + p.encode("punycode").decode("ascii") for p in parts
        )
        if not 1 <= len(encoded) <= 63:
            return -1
        total += len(encoded) + 1
    return total


def oracle_urls(text: str) -> list[tuple[str, int, int]]:
    """twitter-text's ``extractUrlsWithIndices`` with its regular expressions."""
    extract, ascii_domain, tco = url_patterns()
    if "." not in text:
        return []
    found: list[tuple[str, int, int]] = []
    for m in extract.finditer(text):
        before, url, protocol, domain = m.group(1), m.group(2), m.group(3), m.group(4)
        path = m.group(6)
        end = m.end()
        start = end - len(url)
        puny = _punycode_ok(domain, ascii_domain)
        if puny < 0 or len(protocol or "https://") + len(url) + puny - len(domain) > 4096:
            continue
        if not protocol:
            if before and before in "-_./":
                continue
            spans = [
                (a.group(), start + a.start(), start + a.end())
                for a in ascii_domain.finditer(domain)
            ]
            if not spans:
                continue
            found.extend(spans)
            if path:
                name, first, _ = spans[-1]
                found[-1] = (url.replace(domain, name, 1), first, end)
        else:
            t = tco.match(url)
            if t:
                if len(t.group(1)) > 40:
                    continue
                url = t.group()
                end = start + len(url)
            found.append((url, start, end))
    return found


@cache
def hashtag_pattern() -> re.Pattern[str]:
    letters: list[str] = []
    digits: list[str] = []
    for cp in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(cp))
        if category[0] in "LM":
            letters.append(chr(cp))
        elif category == "Nd":
            digits.append(chr(cp))
    special = (
        "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003"
        "\u0f0b\u0f0c\u00b7"
    )
    alpha = "[" + _ranges(letters) + "]"
    alnum = "[" + _ranges(letters) + _ranges(digits) + re.escape(special) + "]"
    boundary = rf"(?:^|[\ufe0e\ufe0f]|(?!{alnum}|&)(?s:.))"
    return re.compile(rf"{boundary}([#\uff03])(?![\ufe0f\u20e3])({alnum}*{alpha}{alnum}*)")


def _ranges(chars: list[str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        lo, hi = re.escape(chars[i]), re.escape(chars[j])
        out.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(out)


def oracle_hashtags(text: str) -> list[tuple[str, int, int]]:
    """twitter-text's ``extractHashtagsWithIndices`` without the URL-overlap check."""
    found = []
    for m in hashtag_pattern().finditer(text):
        if re.match(r"[#\uff03]|://", text[m.end() :]):
            continue
        found.append((m.group(2), m.start(1), m.end()))
    return found


PIECES = [
    "#", "\uff03", "#MedEd", "#1st", "#12", "&", "\ufe0f", "\u20e3", "\ufe0e", "_", "\u00b7",
    "a", "Z", "9", "\u00e9", "\u0301", "\u65e5", "\u0e01", "\U00020021", "\U0001f637", "://",
    "http", "https://", "t.co/", "www.", "example", ".com", ".co", ".uk", ".al", ".md", ".",
    "/", "(", ")", "(x)", "?", "=", "!", ",", "-", "@", "$", ":", "8080", "xn--ls8h",
    "\u202a", "\u3002", "\u0436", "\u2013", " ", " ", "\n", "\u00a0", "x" * 64, "\u2265",
]  # fmt: skip
snippets = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
ORACLE = settings(max_examples=200, deadline=None)


@ORACLE
@given(snippets)
@example("a.com\uff03.com/")
@example("b a.com\u65e5.com/")
def test_urls_match_the_regular_expression(text: str) -> None:
    # Positions must agree. The URL text is ours to define: twitter-text reports a domain
    # with non-ASCII labels cut out ("a.com/" for "a.com\u65e5.com/"), while medtweet
    # reports the exact slice, so that ``text[start:end]`` is always the entity's text.
    ours = [(m.start, m.end) for m in extract_url_matches(text)]
    assert ours == [(start, end) for _, start, end in oracle_urls(text)]
    for match in extract_url_matches(text):
        assert match.url == text[match.start : match.end]


@ORACLE
@given(snippets)
def test_hashtags_match_the_regular_expression(text: str) -> None:
    ours = [(e.value, e.start, e.end) for e in hashtag_entities(text)]
    assert ours == oracle_hashtags(text)
