"""Data only: which HTML elements the reader takes as paragraphs, which it reads through, and
which it drops. Add a tag here and nowhere else."""

from __future__ import annotations

from typing import Final

__all__ = [
    "DATE_METAS",
    "DROPPED",
    "DROPPED_BLOCKS",
    "INLINE",
    "LISTS",
    "PARAGRAPHS",
    "SILENT",
    "VOID",
]

PARAGRAPHS: Final = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6"})
"""Elements whose text is one paragraph: a ``<li>`` is a list item, a subhead a paragraph of its own."""

LISTS: Final = frozenset({"ul", "ol"})
"""List containers; ``<ol>`` numbers its items ``1.``, ``2.`` (from its ``start`` attribute)."""

INLINE: Final = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
"""Elements read through: their text belongs to the paragraph around them. Every other
element ends the paragraph before it (``<br>`` reads as a space)."""

DROPPED: Final[dict[str, str]] = {
    "img": "image",
    "picture": "image",
    "svg": "image",
    "figure": "figure",
    "figcaption": "caption",
    "iframe": "embed",
    "video": "embed",
    "audio": "embed",
    "object": "embed",
    "embed": "embed",
    "script": "script",
    "noscript": "script",
    "template": "script",
    "style": "style",
    "hr": "rule",
    "h1": "headline",
    "header": "header",
    "nav": "navigation",
    "aside": "aside",
    "footer": "footer",
    "form": "form",
    "button": "form",
    "select": "form",
    "textarea": "form",
}
"""Elements that are not paragraphs, with the kind the diagnostic counts them under. Nothing
inside them is read. Text standing directly in a ``<div>`` (a chart credit such as
``Data: ...; Chart: ...``) is counted as a ``caption``."""

DROPPED_BLOCKS: Final = frozenset({"aside", "figcaption", "figure", "footer", "form", "h1", "header", "hr", "nav"})
"""The dropped elements that end the paragraph before them; the others (an image, a script)
are cut out of the paragraph they stand in, which goes on after them."""

SILENT: Final = frozenset({"head", "title"})
"""Elements whose content is never article text and is not worth a diagnostic."""

VOID: Final = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
"""Elements that have no end tag and hold nothing."""

DATE_METAS: Final = frozenset({"article:published_time", "datepublished"})
"""The ``property``, ``name`` or ``itemprop`` values of a ``<meta>`` whose ``content`` is the
publication date (compared in lower case)."""
