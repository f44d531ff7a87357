"""Load the repository's scripts (``tools/``, ``benchmarks/``) as modules in tests.

They are not a package, so a test imports one by path::

    from tests._scripts import REPO, load_script

    builder = load_script("tools/build_phi_corpus.py")
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def load_script(relative: str, name: str | None = None) -> ModuleType:
    """Import the script at ``REPO / relative`` (registered in ``sys.modules`` as ``name``).

    ``name`` defaults to the file's stem; a script already imported under it is reused.
    """
    path = REPO / relative
    name = name or path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
