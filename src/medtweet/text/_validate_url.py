"""Strict validation of one URL (twitter-text's ``isValidUrl``, RFC 3986 based)."""

from __future__ import annotations

import re

from medtweet.text._count import _require_str

_UNENCODED = re.compile(r"(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+\-.]*")
_UNRESERVED = r"[A-Za-z\u0400-\u04ff0-9\-._~]"
_PCT = r"%[0-9A-Fa-f]{2}"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|[:|@])"
_PATH = re.compile(rf"(?:/{_PCHAR}*)*")
_QUERY = re.compile(rf"(?:{_PCHAR}|/|\?)*")
_USERINFO = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*"
_DEC_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])"
_IPV4 = rf"(?:{_DEC_OCTET}(?:\.{_DEC_OCTET}){{3}})"
_IPV6 = r"(?:\[[A-Fa-f0-9:.]+\])"
_U = r"[^\x00-\x7f]"
_SUB_SEGMENT = rf"(?:(?:[A-Za-z0-9]|{_U})(?:(?:[A-Za-z0-9_\-]|{_U})*(?:[A-Za-z0-9]|{_U}))?)"
_SEGMENT = rf"(?:(?:[A-Za-z0-9]|{_U})(?:(?:[A-Za-z0-9\-]|{_U})*(?:[A-Za-z0-9]|{_U}))?)"
_TLD = rf"(?:(?:[A-Za-z]|{_U})(?:(?:[A-Za-z0-9\-]|{_U})*(?:[A-Za-z0-9]|{_U}))?)"
_DOMAIN = rf"(?:(?:{_SUB_SEGMENT}\.)*(?:{_SEGMENT}\.){_TLD})"
_AUTHORITY = re.compile(rf"(?:{_USERINFO}@)?(?:{_IPV4}|{_IPV6}|{_DOMAIN})(?::[0-9]{{1,5}})?")


def is_valid_url(s: str, require_protocol: bool = True) -> bool:
    """Whether ``s`` is exactly one valid ``http(s)`` URL (Unicode domains allowed).

    Args:
        s: the candidate URL, nothing else (no surrounding space).
        require_protocol: when ``False``, ``example.com/path`` is valid too.

    Raises:
        TypeError: ``s`` is not a ``str``.
    """
    _require_str(s, "s")
    if not s:
        return False
    parts = _UNENCODED.fullmatch(s)
    if parts is None:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if require_protocol and (
        scheme is None
        or _SCHEME.fullmatch(scheme) is None
        or scheme.lower() not in ("http", "https")
    ):
        return False
    if _PATH.fullmatch(path) is None:
        return False
    if query and _QUERY.fullmatch(query) is None:
        return False
    if fragment and _QUERY.fullmatch(fragment) is None:
        return False
    return _AUTHORITY.fullmatch(authority) is not None
