"""Paragraph blocks read from HTML: their text, and where each character came from.

A block keeps, as :class:`~newsdoc._html.runs.Runs`, the offsets in the HTML of the markup
that wrote each character: a letter maps to itself, an entity such as ``&amp;`` maps to the
whole entity, and a run of white space read as one space maps to the whole run. Spans of the
parsed text are mapped back to the HTML through them (see :mod:`newsdoc._html.offsets`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsdoc._html.runs import VERBATIM, Runs

__all__ = ["Block", "BlockBuilder"]

_SPACE_TO_COLLAPSE: Final = re.compile(r"\s{2,}|[^\S ]")
"""White space that is not one plain space: a run of two or more, or a single tab, line end,
no-break space... Each is read as one space (a single space is already one)."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the article as read from the HTML."""

    text: str
    """The paragraph's text, white space collapsed and trimmed (never empty)."""
    runs: Runs
    """Where each character of :attr:`text` came from in the HTML."""
    marker: str | None
    """``-`` for an item of ``<ul>``, ``1.``, ``2.``... for an item of ``<ol>``, else None."""
    element_start: int
    """Where the paragraph's element (``<p>``, ``<li>``...) starts in the HTML."""
    element_end: int
    """One past its end tag, or past its last character where it has no end tag."""
    article: int
    """The index of the ``<article>`` element it stands in, counted from 0, or -1."""
    in_body: bool
    """Whether it stands inside ``<body>``."""


class BlockBuilder:
    """Collects the text of one paragraph as the HTML is scanned."""

    __slots__ = ("_last_end", "_length", "_pieces", "_runs", "element_start", "marker")

    def __init__(self, element_start: int, marker: str | None) -> None:
        self.element_start = element_start
        self.marker = marker
        self._pieces: list[str] = []
        self._runs = Runs()
        self._length = 0
        self._last_end = element_start

    @property
    def empty(self) -> bool:
        """Whether no text has been added yet."""
        return not self._pieces

    @property
    def last_end(self) -> int:
        """One past the markup of the last character added (the element's start if none)."""
        return self._last_end

    def add_verbatim(self, text: str, start: int) -> None:
        """Add ``text``, which stands as it is at offset ``start`` of the HTML."""
        if text:
            self._add(text, start, VERBATIM, start + len(text))

    def add_decoded(self, text: str, start: int, end: int) -> None:
        """Add ``text``, which the markup ``html[start:end]`` (an entity, a ``<br>``) stands for."""
        if text:
            self._add(text, start, end, end)

    def _add(self, text: str, html_start: int, html_end: int, last_end: int) -> None:
        self._pieces.append(text)
        self._runs.add(self._length, self._length + len(text), html_start, html_end)
        self._length += len(text)
        self._last_end = last_end

    def finish(self, element_end: int, article: int, in_body: bool) -> Block | None:
        """The block, white space collapsed and trimmed, or None where it holds no text."""
        raw = "".join(self._pieces)
        runs = self._runs
        # Every white space but the plain space is unprintable: most paragraphs pass this test
        # in C and skip the search (about 4% of parse_html on the corpus's feed stories).
        if ("  " in raw or not raw.isprintable()) and _SPACE_TO_COLLAPSE.search(raw) is not None:
            raw, runs = _collapsed(raw, runs)
        first = len(raw) - len(raw.lstrip(" "))
        last = len(raw.rstrip(" "))
        if first >= last:
            return None
        if first or last < len(raw):
            trimmed = Runs()
            trimmed.copy_range(runs, first, last, -first)
            raw, runs = raw[first:last], trimmed
        return Block(
            text=raw,
            runs=runs,
            marker=self.marker,
            element_start=self.element_start,
            element_end=max(element_end, runs.html_end(len(raw) - 1)),
            article=article,
            in_body=in_body,
        )


def _collapsed(raw: str, runs: Runs) -> tuple[str, Runs]:
    """``raw`` with each stretch of white space to collapse read as one space, and its runs:
    the space maps to the markup from the stretch's first character to its last."""
    text: list[str] = []
    out = Runs()
    at = shift = 0
    for stretch in _SPACE_TO_COLLAPSE.finditer(raw):
        begin, stop = stretch.span()
        text.append(raw[at:begin])
        out.copy_range(runs, at, begin, shift)
        text.append(" ")
        out.add(begin + shift, begin + shift + 1, runs.html_start(begin), runs.html_end(stop - 1))
        shift -= stop - begin - 1
        at = stop
    text.append(raw[at:])
    out.copy_range(runs, at, len(raw), shift)
    return "".join(text), out
