"""newsdoc JSON written a paragraph at a time, for the command line's large inputs.

:func:`json_chunks` gives the same text as :func:`~newsdoc._json.codec.to_json`, in pieces:
the document around its sections, then each section around its paragraphs, then each
paragraph. Only one paragraph's dict exists at a time, where ``to_json`` first builds the
dict of the whole article, which for a large article takes several times the memory of
the article itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final, TypeVar

import attrs

from newsdoc._json.codec import escape_surrogates, to_dict
from newsdoc._json.compact import paragraph_json
from newsdoc._json.dicts import paragraph_dict, section_dict
from newsdoc._model import Article, Paragraph, Section

__all__ = ["json_chunks"]

_T = TypeVar("_T")
# Stands in for an array that is written in pieces: where json.dumps writes it, the pieces go.
_SPLICE: Final = "\x00newsdoc-splice\x00"


def json_chunks(article: Article, *, indent: int | None = None) -> Iterator[str]:
    """``to_json(article, indent=indent)`` in pieces, each a run of whole JSON tokens.

    >>> from newsdoc import parse, to_json
    >>> art = parse(" date 2023-10-16 Lede.\\n\\nWhy it matters: Because.\\n\\n")
    >>> "".join(json_chunks(art, indent=2)) == to_json(art, indent=2)
    True
    """
    skeleton = to_dict(attrs.evolve(article, sections=()))
    skeleton["sections"] = _SPLICE
    yield from _around(skeleton, "sections", article.sections, depth=0, indent=indent, item=_section)


def _section(section: Section, depth: int, indent: int | None) -> Iterator[str]:
    # The first paragraph only, which a labeled section must keep; its place is then spliced.
    skeleton = section_dict(attrs.evolve(section, paragraphs=section.paragraphs[:1]))
    skeleton["paragraphs"] = _SPLICE
    yield from _around(skeleton, "paragraphs", section.paragraphs, depth=depth, indent=indent, item=_paragraph)


def _paragraph(paragraph: Paragraph, depth: int, indent: int | None) -> Iterator[str]:
    if indent is None:
        yield escape_surrogates(paragraph_json(paragraph))
    else:
        yield _dumps(paragraph_dict(paragraph), depth, indent)


def _around(
    skeleton: Mapping[str, object],
    key: str,
    items: Sequence[_T],
    *,
    depth: int,
    indent: int | None,
    item: Callable[[_T, int, int | None], Iterator[str]],
) -> Iterator[str]:
    """``skeleton`` as JSON at ``depth``, with the array ``items`` written in place of its ``key``."""
    text = _dumps(skeleton, depth, indent)
    marker = f"{json.dumps(key)}: {json.dumps(_SPLICE)}"
    # A key and its value: inside a JSON string a quote is escaped, so this occurs once.
    at = text.index(marker) + len(json.dumps(key)) + 2
    yield text[:at]
    if not items:
        yield "[]"
    else:
        inner = "" if indent is None else "\n" + " " * indent * (depth + 2)
        outer = "" if indent is None else "\n" + " " * indent * (depth + 1)
        between = ", " if indent is None else ","
        yield "[" + inner
        for n, value in enumerate(items):
            if n:
                yield between + inner
            yield from item(value, depth + 2, indent)
        yield outer + "]"
    yield text[at + len(json.dumps(_SPLICE)) :]


def _dumps(value: object, depth: int, indent: int | None) -> str:
    """``value`` as JSON whose lines are indented for an object ``depth`` levels down."""
    text = escape_surrogates(json.dumps(value, ensure_ascii=False, indent=indent))
    return text if indent is None or depth == 0 else text.replace("\n", "\n" + " " * indent * depth)
