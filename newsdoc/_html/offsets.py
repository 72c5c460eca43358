"""The seed text written from the HTML's blocks, and the map from its offsets back to the HTML."""

from __future__ import annotations

import bisect
import datetime
import re

from newsdoc._diagnostics import Span, make_span
from newsdoc._html.blocks import Block

__all__ = ["LineTable", "OffsetMap"]

_LINE_END = re.compile(r"\r\n|\r|\n")


class LineTable:
    """1-based line and column of an offset, as :func:`newsdoc._diagnostics.line_col` counts
    them (CR, LF and CRLF each end a line), in logarithmic time."""

    __slots__ = ("_starts",)

    def __init__(self, source: str) -> None:
        self._starts = [0, *(m.end() for m in _LINE_END.finditer(source))]

    def line_col(self, offset: int) -> tuple[int, int]:
        """The line and column where ``offset`` stands."""
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class OffsetMap:
    """The seed text of the blocks under a date header, with each character's HTML offsets.

    Characters the text format adds (the header, the blank lines, the list markers) map to
    nothing (-1); a span is mapped through the characters in it that came from the HTML.
    """

    __slots__ = ("_block_at", "_blocks", "_ends", "_size", "_starts", "text")

    def __init__(self, blocks: list[Block], date: datetime.date | None, size: int) -> None:
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        self._block_at: list[int] = []
        self._blocks = blocks
        self._size = size

        def synthetic(text: str) -> None:
            pieces.append(text)
            starts.extend([-1] * len(text))
            ends.extend([-1] * len(text))

        if date is not None:
            synthetic(f" date {date.isoformat()} ")
        for index, block in enumerate(blocks):
            if index:
                synthetic("\n" if block.marker is not None else "\n\n")
            self._block_at.append(len(starts))
            if block.marker is not None:
                synthetic(block.marker + " ")
            pieces.append(block.text)
            starts.extend(block.starts)
            ends.extend(block.ends)
        if blocks or date is not None:
            synthetic("\n\n")
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends

    def span(self, start: int, end: int) -> Span:
        """The HTML that wrote ``text[start:end]``, from its first character's markup to its last's."""
        starts, ends = self._starts, self._ends
        end = min(end, len(starts))
        first = start
        while first < end and starts[first] < 0:
            first += 1
        last = end - 1
        while last >= first and ends[last] < 0:
            last -= 1
        if first <= last:
            return make_span(starts[first], max(starts[first], ends[last]))
        at = self._anchor(start)
        return make_span(at, at)

    def element_span(self, start: int, end: int) -> Span:
        """The HTML elements of the blocks that ``text[start:end]`` covers, start tag to end tag."""
        if start >= end or not self._blocks:
            return self.span(start, end)
        first = max(0, bisect.bisect_right(self._block_at, start) - 1)
        last = max(0, bisect.bisect_right(self._block_at, end - 1) - 1)
        return make_span(self._blocks[first].element_start, self._blocks[last].element_end)

    def _anchor(self, offset: int) -> int:
        """An HTML offset for an empty span: the markup of the next character that has one."""
        starts = self._starts
        for at in range(max(0, offset), len(starts)):
            if starts[at] >= 0:
                return starts[at]
        return self._size
