"""Paragraph blocks read from HTML: their text, and where each character came from.

A block keeps, for every character of its text, the offsets in the HTML of the markup that
wrote it: a letter maps to itself, an entity such as ``&amp;`` maps to the whole entity, and
a run of white space read as one space maps to the whole run. Spans of the parsed text are
mapped back to the HTML through these offsets (see :mod:`newsdoc._html.offsets`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Block", "BlockBuilder"]

_SPACE_TO_COLLAPSE = re.compile(r"\s{2,}|[^\S ]")
"""White space that is not one plain space: a run of two or more, or a single tab, line end,
no-break space... Each is read as one space (a single space is already one)."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the article as read from the HTML."""

    text: str
    """The paragraph's text, white space collapsed and trimmed (never empty)."""
    starts: list[int]
    """For each character of :attr:`text`, the HTML offset of the markup that wrote it."""
    ends: list[int]
    """For each character of :attr:`text`, the HTML offset one past that markup."""
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

    __slots__ = ("_ends", "_pieces", "_starts", "element_start", "marker")

    def __init__(self, element_start: int, marker: str | None) -> None:
        self.element_start = element_start
        self.marker = marker
        self._pieces: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    @property
    def empty(self) -> bool:
        """Whether no text has been added yet."""
        return not self._pieces

    @property
    def last_end(self) -> int:
        """One past the markup of the last character added (the element's start if none)."""
        return self._ends[-1] if self._ends else self.element_start

    def add_verbatim(self, text: str, start: int) -> None:
        """Add ``text``, which stands as it is at offset ``start`` of the HTML."""
        if text:
            self._pieces.append(text)
            self._starts.extend(range(start, start + len(text)))
            self._ends.extend(range(start + 1, start + len(text) + 1))

    def add_decoded(self, text: str, start: int, end: int) -> None:
        """Add ``text``, which the markup ``html[start:end]`` (an entity, a ``<br>``) stands for."""
        if text:
            self._pieces.append(text)
            self._starts.extend([start] * len(text))
            self._ends.extend([end] * len(text))

    def finish(self, element_end: int, article: int, in_body: bool) -> Block | None:
        """The block, white space collapsed and trimmed, or None where it holds no text."""
        raw = "".join(self._pieces)
        starts, ends = self._starts, self._ends
        text: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        at = 0
        for run in _SPACE_TO_COLLAPSE.finditer(raw):
            begin, stop = run.span()
            text.append(raw[at:begin])
            new_starts.extend(starts[at:begin])
            new_ends.extend(ends[at:begin])
            text.append(" ")  # one space, mapped to the whole run
            new_starts.append(starts[begin])
            new_ends.append(ends[stop - 1])
            at = stop
        if at:
            text.append(raw[at:])
            new_starts.extend(starts[at:])
            new_ends.extend(ends[at:])
            joined = "".join(text)
        else:  # nothing to collapse: the common case of a paragraph of words and single spaces
            joined, new_starts, new_ends = raw, starts, ends
        first = len(joined) - len(joined.lstrip(" "))
        last = len(joined.rstrip(" "))
        if first >= last:
            return None
        if first or last < len(joined):
            joined, new_starts, new_ends = joined[first:last], new_starts[first:last], new_ends[first:last]
        return Block(
            text=joined,
            starts=new_starts,
            ends=new_ends,
            marker=self.marker,
            element_start=self.element_start,
            element_end=max(element_end, new_ends[-1]),
            article=article,
            in_body=in_body,
        )
