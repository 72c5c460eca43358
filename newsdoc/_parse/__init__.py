"""The tolerant parser: text in the seed format to an :class:`~newsdoc.Article`."""

from __future__ import annotations

from newsdoc._parse.parser import parse

__all__ = ["parse"]
