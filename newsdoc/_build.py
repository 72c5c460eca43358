"""Which build of newsdoc is running: the pure package, or the one compiled with mypyc."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from typing import Final

from newsdoc._parse.sourcing import pipeline

__all__ = ["COMPILED", "build_name"]

COMPILED: Final[bool] = pipeline.__file__.endswith(tuple(EXTENSION_SUFFIXES))
"""Whether the parser's stages run as extension modules built by mypyc (``NEWSDOC_MYPYC=1 pip
install .``): the sourcing pipeline, where parse spends most of its time, stands for them."""


def build_name() -> str:
    """``compiled`` or ``pure Python``, as ``newsdoc --version`` says it.

    >>> build_name() in ("compiled", "pure Python")
    True
    """
    return "compiled" if COMPILED else "pure Python"
