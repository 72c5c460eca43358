"""The seed text written from the HTML's blocks, and the map from its offsets back to the HTML."""

from __future__ import annotations

import bisect
import datetime
import re
from typing import Final

from newsdoc._diagnostics import Span
from newsdoc._html.blocks import Block
from newsdoc._html.runs import Runs
from newsdoc._unvalidated import trusted_span

__all__ = ["LineTable", "OffsetMap"]

_LINE_END: Final = re.compile(r"\r\n|\r|\n")


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
    """The seed text of the blocks under a date header, with where its characters came from.

    Characters the text format adds (the header, the blank lines, the list markers) map to
    nothing; a span is mapped through the characters in it that came from the HTML.
    """

    __slots__ = ("_block_at", "_blocks", "_runs", "_size", "text")

    def __init__(self, blocks: list[Block], date: datetime.date | None, size: int) -> None:
        pieces: list[str] = []
        self._runs = Runs()
        self._block_at: list[int] = []
        self._blocks = blocks
        self._size = size
        length = 0
        if date is not None:
            pieces.append(f" date {date.isoformat()} ")
            length += len(pieces[-1])
        for index, block in enumerate(blocks):
            added = ("\n" if block.marker is not None else "\n\n") if index else ""
            self._block_at.append(length + len(added))
            if block.marker is not None:
                added += block.marker + " "
            pieces.append(added)
            length += len(added)
            pieces.append(block.text)
            self._runs.extend(block.runs, length)
            length += len(block.text)
        if blocks or date is not None:
            pieces.append("\n\n")
        self.text = "".join(pieces)

    def span(self, start: int, end: int) -> Span:
        """The HTML that wrote ``text[start:end]``, from its first character's markup to its last's."""
        runs = self._runs
        first = runs.first_mapped(start, end)
        last = runs.last_mapped(start, end) if first >= 0 else -1
        if first >= 0 and last >= first:
            html_start = runs.html_start(first)
            return trusted_span(html_start, max(html_start, runs.html_end(last)))
        at = self._anchor(start)
        return trusted_span(at, at)

    def element_span(self, start: int, end: int) -> Span:
        """The HTML elements of the blocks that ``text[start:end]`` covers, start tag to end tag."""
        if start >= end or not self._blocks:
            return self.span(start, end)
        first = max(0, bisect.bisect_right(self._block_at, start) - 1)
        last = max(0, bisect.bisect_right(self._block_at, end - 1) - 1)
        return trusted_span(self._blocks[first].element_start, self._blocks[last].element_end)

    def _anchor(self, offset: int) -> int:
        """An HTML offset for an empty span: the markup of the next character that has one."""
        at = self._runs.first_mapped(max(0, offset), len(self.text))
        return self._runs.html_start(at) if at >= 0 else self._size
