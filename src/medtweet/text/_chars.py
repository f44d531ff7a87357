"""Character classes shared by the text rules (twitter-text's definitions)."""

from __future__ import annotations

# Unicode white space as twitter-text defines it.
SPACES = (
    "\u0009\u000a\u000b\u000c\u000d\u0020\u0085\u00a0\u1680\u180e"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
SPACES_CLASS = (
    r"\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)

# Characters that make a post invalid.
INVALID = "\ufffe\ufeff\uffff"
INVALID_CLASS = r"\ufffe\ufeff\uffff"

# Bidirectional controls (allowed before a URL, never inside a domain).
DIRECTIONAL_CLASS = r"\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"

# twitter-text's "punctuation" set (it lists the apostrophe twice and has no double quote).
PUNCT = "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$"
PUNCT_CLASS = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"

# Latin letters with accents and combining marks, as twitter-text lists them.
LATIN_ACCENTS_CLASS = (
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    r"\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)

# Cyrillic, allowed in URL paths.
CYRILLIC_CLASS = r"\u0400-\u04ff"
