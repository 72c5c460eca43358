"""Blocks: the date header, paragraphs between blank lines, and list items under them.

The reader walks the normalised text line by line (a run of plain paragraphs at once). It
never copies a line: each block is a pair of offsets into the text, trimmed of spaces and tabs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

import regex

from newsdoc._diagnostics import Diagnostic
from newsdoc._parse.layout.header import Header, could_become_header, looks_like_header, read_header
from newsdoc._parse.layout.input_text import InputText
from newsdoc._parse.layout.records import Block, Layout

__all__ = ["read_blocks"]

# A list marker at a line's start: a bullet, or a number with a dot or parenthesis, then white space or the line's end.
_MARKER: Final = regex.compile(r"(?:(?P<bullet>[-*•+])|(?P<num>\d{1,3})(?P<close>[.)]))(?:[ \t]+|$)")
_CANONICAL_BULLET: Final = "-"
_MARKER_FIRST: Final = frozenset("-*+0123456789")
# One or more blank lines (nothing but spaces and tabs), each with its LF. Each repeat ends
# at an LF, so the pattern cannot backtrack.
_BLANK_LINES: Final = re.compile(r"(?:[ \t]*\n)+")
# A run of plain paragraphs, the form of nearly every paragraph: each one line, followed by
# one blank line, that opens with no space, tab or list marker and ends with no space or tab,
# and so needs none of the reader's tidying. A repeat takes its line whole and ends at the
# blank line, and the run gives nothing back, so it is read in one pass. ``re`` scans twice
# as fast as ``regex``, but ``regex``'s ``\d`` (in ``_MARKER``) knows digits of a newer Unicode:
# so no line that opens outside the BMP is taken, where all of those digits are.
_PLAIN_RUN: Final = re.compile(r"(?:[^ \t\n\-*+•\d\U00010000-\U0010ffff][^\n]*+(?<![ \t])\n\n)++")


class _Tally:
    """Counts one kind of tidying and remembers where it first happened."""

    __slots__ = ("count", "first")

    def __init__(self) -> None:
        self.count = 0
        self.first: tuple[int, int] | None = None

    def add(self, start: int, end: int, times: int = 1) -> None:
        self.count += times
        if self.first is None:
            self.first = (start, end)

    def diagnostic(self, src: InputText, code: str) -> list[Diagnostic]:
        if self.first is None:
            return []
        n = self.count
        return [src.diagnostic(code, *self.first, f"{n} place{'s' if n != 1 else ''}, the first here")]


def read_blocks(src: InputText) -> Layout:
    """Split the normalised text into its header and blocks.

    Lines are found with ``str.find``; a run of blank lines, however long, is read in one
    step, and so is a run of plain paragraphs after it. The remainder after a final LF is
    not a line.
    """
    reader = _Reader(src)
    text = src.text
    n = len(text)
    pos = 0
    while pos < n:
        if text[pos] in " \t\n":
            blank = _BLANK_LINES.match(text, pos)
            if blank is not None:
                reader.blank_lines(pos, blank.end())
                pos = reader.plain_paragraphs(blank.end())
                continue
        nl = text.find("\n", pos)
        if nl < 0:
            reader.line(pos, n)
            break
        reader.line(pos, nl)
        pos = nl + 1
    return reader.finish()


class _Reader:
    """Reads one line at a time; a blank line closes the block being read."""

    def __init__(self, src: InputText) -> None:
        self.src = src
        self.text = src.text
        self.diags: list[Diagnostic] = []
        self.trailing, self.leading, self.blanks, self.joins = _Tally(), _Tally(), _Tally(), _Tally()
        self.blocks: list[Block] = []
        self.header: Header | None = None
        self.pending_lede = False
        self.in_block = False
        self.blank_run = 0
        self.blank_start = 0
        self.header_end = 0
        self.lede_may_become_header = False
        """True while the lede of a dateless article could still grow into a header by joining lines."""

    def blank_lines(self, start: int, end: int) -> None:
        """Read the blank lines of ``text[start:end]`` (each ends with its LF) as one run."""
        text = self.text
        with_spaces = text.count(" \n", start, end) + text.count("\t\n", start, end)
        if with_spaces:
            first = min(i for i in (text.find(" \n", start, end), text.find("\t\n", start, end)) if i >= 0) + 1
            line_start = max(start, text.rfind("\n", start, first) + 1)
            self.trailing.add(line_start, first, with_spaces)
        self._blank(start, text.count("\n", start, end))

    def plain_paragraphs(self, pos: int) -> int:
        """Read the plain paragraphs (``_PLAIN_RUN``) from ``pos``, after one blank line, each a block
        as :meth:`line` reads it; return where they end, the reader as after their last blank line."""
        if self.blank_run != 1 or self.header is None or self.pending_lede:
            return pos
        run = _PLAIN_RUN.match(self.text, pos)
        if run is None:
            return pos
        end = run.end()
        text, blocks = self.text, self.blocks
        while pos < end:
            nl = text.find("\n", pos)
            blocks.append(Block(pos, pos, nl))
            pos = nl + 2
        self.blank_start = end - 1
        return end

    def _blank(self, ls: int, count: int) -> None:
        if self.pending_lede and self.header is not None and self.header.canonical:
            self._empty_lede()
        if self.blank_run == 0:
            self.blank_start = ls
        self.blank_run += count
        self.in_block = False

    def line(self, ls: int, le: int) -> None:
        text = self.text
        ts, te = ls, le
        if text[ls] in " \t":
            ts = le - len(text[ls:le].lstrip(" \t"))
        if te > ts and text[te - 1] in " \t":
            te = ts + len(text[ts:le].rstrip(" \t"))
        if te < le or (ts == te and le > ls):
            self.trailing.add(te if te < le else ls, le)
        if ts == te:
            self._blank(ls, 1)
            return
        if self.blank_run > 1 or (self.blank_run and self.header is None):
            self.blanks.add(self.blank_start, ls)
        self.blank_run = 0
        if self.header is None:
            self._header(ls, te)
            return
        if ts > ls:
            self.leading.add(ls, ts)
        self._content(ts, te)
        self.in_block = True

    def _header(self, ls: int, te: int) -> None:
        header = self.header = read_header(self.src, ls, te)
        self.diags.extend(header.diagnostics)
        self.in_block = True
        self.header_end = te
        if header.lede_start is not None:
            gap = header.lede_start
            while gap > ls and self.text[gap - 1] in " \t":
                gap -= 1
            if header.lede_start - gap > 1:  # the header writes one space before the lede
                self.leading.add(gap + 1, header.lede_start)
            self._lede(Block(header.lede_start, header.lede_start, te))
        else:
            # The lede is the next line; a canonical header alone in its block has an empty lede.
            self.pending_lede = True

    def _empty_lede(self) -> None:
        at = self.header_end if self.header is not None and self.header.canonical else len(self.text)
        self.blocks.append(Block(at, at, at))
        self.pending_lede = False

    def _content(self, ts: int, te: int) -> None:
        first = self.text[ts]
        # Only a bullet, an ASCII digit or a character outside ASCII (•, other digits) can open a marker.
        m = _MARKER.match(self.text, ts, te) if first in _MARKER_FIRST or not first.isascii() else None
        is_item = m is not None and (self.in_block or m.group("bullet") is not None)
        if self.pending_lede:
            self.pending_lede = False
            header = self.header
            if header is not None and header.date is None and (is_item or looks_like_header(self.text, ts, te)):
                # After a header with no valid date, an article has no empty lede, and a lede
                # that reads as a header would be read as one when written back: the header's
                # own line is the lede instead.
                self.blocks.append(Block(header.start, header.start, self.header_end))
            elif not is_item:
                self._lede(Block(ts, ts, te))
                return
            else:
                self._empty_lede()
        if m is not None and is_item:
            self.blocks.append(Block(ts, m.end(), te, _marker(self.src, m, self.diags)))
        elif self.in_block and self.blocks and not self._joins_into_a_header(te):
            last = self.blocks[-1]
            if last.body == last.end:
                # A marker alone on its line: the item's text is the next line (no space before it).
                self.blocks[-1] = replace(last, body=ts, end=te)
            else:
                self.joins.add(last.end, ts)
                self.blocks[-1] = replace(last, joined=True, end=te)
        else:
            self.blocks.append(Block(ts, ts, te))

    def _lede(self, block: Block) -> None:
        self.blocks.append(block)
        header = self.header
        if header is not None and header.date is None:
            lede = block.text(self.src)
            self.lede_may_become_header = not looks_like_header(lede, 0, len(lede)) and could_become_header(lede)

    def _joins_into_a_header(self, te: int) -> bool:
        """Whether joining the line that ends at ``te`` to a dateless lede would make the lede read
        as a header (``date`` then ``2``): written back on one line, it would be read as one. The
        line then opens a paragraph of its own. Only a lede that could still grow into a header
        is checked, so this costs nothing after its first lines."""
        if not self.lede_may_become_header or len(self.blocks) != 1:
            return False
        lede = self.text[self.blocks[0].body : te].replace("\n", " ")
        if looks_like_header(lede, 0, len(lede)):
            self.lede_may_become_header = False
            return True
        self.lede_may_become_header = could_become_header(lede)
        return False

    def finish(self) -> Layout:
        src, text = self.src, self.text
        if self.blank_run > 1:
            self.blanks.add(self.blank_start, len(text))
        header = self.header
        if header is None:
            self.diags.append(src.diagnostic("ND100", 0, 0, "no text to read"))
            header = Header(date=None, lede_start=None, canonical=False, diagnostics=())
        elif self.pending_lede:
            self._empty_lede()
        diags = self.diags
        diags.extend(_ending(src))
        tallies = {"ND113": self.trailing, "ND116": self.leading, "ND112": self.blanks, "ND120": self.joins}
        for code, tally in tallies.items():
            diags.extend(tally.diagnostic(src, code))
        return Layout(header=header, blocks=tuple(self.blocks), diagnostics=tuple(diags))


def _marker(src: InputText, m: regex.Match[str], diags: list[Diagnostic]) -> str:
    bullet = m.group("bullet")
    if bullet is not None:
        if bullet != _CANONICAL_BULLET:
            diags.append(src.diagnostic("ND131", m.start(), m.start() + 1, f"{bullet!r} read as '-'"))
        return _CANONICAL_BULLET
    number = m.group("num")
    if m.group("close") != ".":
        diags.append(src.diagnostic("ND131", m.start(), m.end("close"), f"{number}) read as {number}."))
    return f"{number}."


def _ending(src: InputText) -> list[Diagnostic]:
    """The canonical text ends with one blank line: ``\\n\\n``."""
    text = src.text
    body_end = len(text.rstrip(" \t\n"))
    if body_end == 0 or text.count("\n", body_end) >= 2:
        return []
    return [src.diagnostic("ND117", len(text), len(text))]
