"""Reading article HTML into the model: HTML to seed text with an offset map, then :func:`newsdoc.parse`."""

from __future__ import annotations

from newsdoc._html.reader import parse_html

__all__ = ["parse_html"]
