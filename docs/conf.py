"""Sphinx configuration for the newsdoc documentation.

Build the site with ``python -m sphinx -W --keep-going -b html docs docs/_build/html``
and run every example on it with ``-b doctest``. Intersphinx is off: it needs the
network, and the build machines have none. Set ``NEWSDOC_DOCS_INTERSPHINX=1`` to link
the Python documentation when a network is at hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

import newsdoc  # noqa: E402  (after the path above, so a checkout builds without installing)

project = "newsdoc"
author = "The newsdoc developers"
copyright = "The newsdoc developers"
release = newsdoc.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
if os.environ.get("NEWSDOC_DOCS_INTERSPHINX") == "1":
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# MyST: ``:::`` fences for directives inside Markdown, definition lists for the
# reference pages, and anchors on headings up to level 3 for links between pages.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: document what each public name's own docstring says, in source order, with
# the attrs fields' docstrings under them.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"exclude-members": "__init__, __new__"}
# Show the public aliases by name rather than spelled out in every writer's signature.
autodoc_type_aliases = {"JSONObject": "newsdoc.JSONObject", "JSONValue": "newsdoc.JSONValue"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# doctest: every page's examples run from the project root with the public API imported,
# so that ``Path("seeds/...")`` reads the seed article as it does in the README.
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})
import newsdoc
from newsdoc import *
"""
doctest_test_doctest_blocks = "default"

html_theme = "furo"
html_title = f"newsdoc {release}"
html_static_path = [p for p in ("_static",) if (DOCS / p).is_dir()]
html_show_sourcelink = False


def _private_modules() -> list[str]:
    """The modules of newsdoc whose names the package re-exports."""
    return sorted(name for name in sys.modules if name.startswith("newsdoc._"))


def _data_docstring(_app: Sphinx, what: str, name: str, _obj: object, _options: object, lines: list[str]) -> None:
    """Give ``newsdoc.X`` the docstring written under ``X`` in the private module that defines it.

    autodoc looks for the docstring of a re-exported constant in ``newsdoc/__init__.py``
    and, not finding it there, falls back to the docstring of the value's type (``dict``,
    ``tuple``, ``str``), which says nothing about newsdoc.
    """
    if what != "data" or not name.startswith("newsdoc."):
        return
    attr = name.removeprefix("newsdoc.")
    for module in _private_modules():
        docs = ModuleAnalyzer.for_module(module).find_attr_docs()
        if ("", attr) in docs:
            lines[:] = docs[("", attr)]
            return
    lines.clear()


# napoleon reads the first line of an attribute's docstring as ``type: description``
# when it holds a colon, which turns "The label as written, without its colon:
# ``Why it matters``" into a type. Field docstrings here are prose: keep them from it.
_NAPOLEON_PRIORITY = 500
_PROSE_KINDS = frozenset({"attribute", "property", "data"})
_held: dict[str, list[str]] = {}


def _hold_prose(_app: Sphinx, what: str, name: str, _obj: object, _options: object, lines: list[str]) -> None:
    if what in _PROSE_KINDS:
        _held[name] = list(lines)
        lines.clear()


def _restore_prose(_app: Sphinx, what: str, name: str, _obj: object, _options: object, lines: list[str]) -> None:
    if what in _PROSE_KINDS and name in _held:
        lines[:] = _held.pop(name)


def _factory_defaults(
    _app: Sphinx, what: str, _name: str, _obj: object, _options: object, signature: str | None, annotation: str | None
) -> tuple[str | None, str | None]:
    """Write the default of an attrs field that comes from a factory as ``...``, as stubs do, not ``NOTHING``."""
    if what in ("class", "exception") and signature is not None:
        signature = signature.replace("= NOTHING", "= ...")
    return signature, annotation


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the docstring hooks above, around napoleon's own."""
    app.connect("autodoc-process-docstring", _data_docstring, priority=_NAPOLEON_PRIORITY - 20)
    app.connect("autodoc-process-docstring", _hold_prose, priority=_NAPOLEON_PRIORITY - 10)
    app.connect("autodoc-process-docstring", _restore_prose, priority=_NAPOLEON_PRIORITY + 10)
    app.connect("autodoc-process-signature", _factory_defaults)
    return {"parallel_read_safe": True}
