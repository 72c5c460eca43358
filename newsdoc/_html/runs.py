"""Where each character of text read from HTML came from, kept as runs rather than per character.

A run covers ``text[start:end]``. A run read verbatim maps its characters one to one onto the
HTML from ``html_start`` (its ``html_end`` is :data:`VERBATIM`); a decoded run (an entity such
as ``&amp;``, a ``<br>``, a run of white space read as one space) maps every one of its
characters to the whole markup ``html[html_start:html_end]``. Looking a character up is a
binary search over the runs, and a paragraph of plain words is a single run, so reading HTML
costs a few numbers per piece of markup instead of two lists of offsets per character.
"""

from __future__ import annotations

import bisect
from typing import Final

__all__ = ["VERBATIM", "Runs"]

VERBATIM: Final = -1
"""The ``html_end`` of a run whose characters stand as they are in the HTML."""


class Runs:
    """Runs in the order of their text, none overlapping; text between them maps to nothing."""

    __slots__ = ("ends", "html_ends", "html_starts", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.html_starts: list[int] = []
        self.html_ends: list[int] = []

    def add(self, start: int, end: int, html_start: int, html_end: int) -> None:
        """Map ``text[start:end]`` (after every run so far) from ``html_start``; ``html_end`` is
        :data:`VERBATIM` or the end of the markup that every character stands for."""
        if start < end:
            self.starts.append(start)
            self.ends.append(end)
            self.html_starts.append(html_start)
            self.html_ends.append(html_end)

    def extend(self, other: Runs, shift: int) -> None:
        """Add every run of ``other``, its text offsets moved on by ``shift``."""
        self.starts.extend(s + shift for s in other.starts)
        self.ends.extend(e + shift for e in other.ends)
        self.html_starts.extend(other.html_starts)
        self.html_ends.extend(other.html_ends)

    def copy_range(self, other: Runs, start: int, end: int, shift: int) -> None:
        """Add the runs of ``other`` over its text ``[start, end)``, cut to it and moved by ``shift``."""
        k = max(0, bisect.bisect_right(other.starts, start) - 1)
        while k < len(other.starts) and other.starts[k] < end:
            lo, hi = max(start, other.starts[k]), min(end, other.ends[k])
            if lo < hi:
                html_end = other.html_ends[k]
                html_start = other.html_starts[k]
                if html_end == VERBATIM:
                    html_start += lo - other.starts[k]
                self.add(lo + shift, hi + shift, html_start, html_end)
            k += 1

    def _run(self, at: int) -> int:
        """The index of the run that holds text offset ``at``, which a run must map."""
        k = bisect.bisect_right(self.starts, at) - 1
        if k < 0 or at >= self.ends[k]:
            msg = f"no run maps offset {at}"
            raise IndexError(msg)
        return k

    def html_start(self, at: int) -> int:
        """Where the markup of the mapped character at ``at`` starts."""
        k = self._run(at)
        start = self.html_starts[k]
        return start + at - self.starts[k] if self.html_ends[k] == VERBATIM else start

    def html_end(self, at: int) -> int:
        """One past the markup of the mapped character at ``at``."""
        k = self._run(at)
        end = self.html_ends[k]
        return self.html_starts[k] + at - self.starts[k] + 1 if end == VERBATIM else end

    def first_mapped(self, start: int, end: int) -> int:
        """The first offset in ``[start, end)`` that a run maps, or -1."""
        k = bisect.bisect_right(self.starts, start) - 1
        if k >= 0 and start < self.ends[k]:
            return start if start < end else -1
        k += 1
        return self.starts[k] if k < len(self.starts) and self.starts[k] < end else -1

    def last_mapped(self, start: int, end: int) -> int:
        """The last offset in ``[start, end)`` that a run maps, or -1."""
        k = bisect.bisect_right(self.starts, end - 1) - 1
        if k < 0:
            return -1
        last = min(end, self.ends[k]) - 1
        return last if last >= start else -1
