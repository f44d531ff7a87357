"""Sphinx configuration for medtweet's documentation (MyST Markdown, furo, autodoc)."""

from __future__ import annotations

import importlib.metadata

project = "medtweet"
author = "The medtweet developers"
copyright = "2026, The medtweet developers"
release = importlib.metadata.version("medtweet")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
# No intersphinx: CI builds with -W and without network.
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
html_theme = "furo"
html_title = "medtweet"
suppress_warnings = ["myst.xref_missing"]
napoleon_use_ivar = True
