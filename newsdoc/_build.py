"""Which build of newsdoc is running: the pure package, or the one compiled with mypyc."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from newsdoc._parse import parser

__all__ = ["COMPILED", "build_name"]

COMPILED: bool = parser.__file__.endswith(tuple(EXTENSION_SUFFIXES))
"""Whether the parser runs as an extension module built by mypyc (``NEWSDOC_MYPYC=1 pip install .``)."""


def build_name() -> str:
    """``compiled`` or ``pure Python``, as ``newsdoc --version`` says it.

    >>> build_name() in ("compiled", "pure Python")
    True
    """
    return "compiled" if COMPILED else "pure Python"
