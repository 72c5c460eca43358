"""Scan article HTML with the standard library's ``html.parser`` into paragraph blocks.

The scanner keeps a stack of the open elements and closes them as browsers mostly do: an
end tag closes the most recent open element of its name and everything opened after it;
an end tag with no open element of its name is ignored. Any element that is not inline
ends the paragraph before it.
"""

from __future__ import annotations

import datetime
import html
import re
from collections import Counter
from html.parser import HTMLParser
from typing import Final

from newsdoc._html.blocks import Block, BlockBuilder
from newsdoc._html.tags import DATE_METAS, DROPPED, DROPPED_BLOCKS, INLINE, LISTS, PARAGRAPHS, SILENT, VOID

__all__ = ["Drop", "Scanner"]

_ISO_DATE: Final = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
"""The date at the start of a ``datetime`` or ``content`` value."""

Drop = tuple[str, int, int, bool]
"""A dropped element: its kind, its offset, the article it stands in (or -1), whether in ``<body>``."""


def _iso_date(value: str | None) -> datetime.date | None:
    match = _ISO_DATE.match(value or "")
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


class Scanner(HTMLParser):
    """Reads one HTML string into :attr:`blocks`, :attr:`drops` and the dates it names."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.blocks: list[Block] = []
        self.drops: list[Drop] = []
        self.time_dates: list[tuple[datetime.date, int, bool]] = []
        self.meta_date: datetime.date | None = None
        self.articles = 0
        self.body_seen = False
        self._open: list[str] = []
        self._counts: Counter[str] = Counter()
        self._lists: list[int | None] = []
        self._captioned: set[int] = set()
        self._article = -1
        self._block: BlockBuilder | None = None
        self._skip = 0

    # Positions -------------------------------------------------------------------------

    def _offset(self) -> int:
        """The parser's position as an offset into the source (``getpos()`` is line and column)."""
        return self._line_starts[self.lineno - 1] + self.offset

    def _tag_end(self, start: int) -> int:
        """Where a declaration that opens at ``start`` of the parser's buffer ends: after the next
        ``>``, or at the end of the buffer (an index into the buffer, which is not the source)."""
        end = self.rawdata.find(">", start)
        return len(self.rawdata) if end < 0 else end + 1

    # The element stack ------------------------------------------------------------------

    def _push(self, tag: str) -> None:
        self._open.append(tag)
        self._counts[tag] += 1
        if tag in DROPPED or tag in SILENT:
            self._skip += 1
        if tag == "article" and self._counts[tag] == 1:
            self._article = self.articles
            self.articles += 1
        elif tag == "body":
            self.body_seen = True

    def _pop_to(self, tag: str) -> None:
        while self._open:
            top = self._open.pop()
            self._counts[top] -= 1
            if top in DROPPED or top in SILENT:
                self._skip -= 1
            self._captioned.discard(len(self._open))
            if top in LISTS:
                self._lists.pop()
            if top == "article" and not self._counts[top]:
                self._article = -1
            if top == tag:
                return

    # Blocks -----------------------------------------------------------------------------

    def _flush(self, element_end: int = -1) -> None:
        block, self._block = self._block, None
        if block is not None:
            end = element_end if element_end >= 0 else block.last_end
            done = block.finish(end, self._article, self._counts["body"] > 0)
            if done is not None:
                self.blocks.append(done)

    def _marker(self) -> str | None:
        if not self._lists or self._lists[-1] is None:
            return "-"
        number = self._lists[-1]
        self._lists[-1] = number + 1
        return f"{number}."

    def _text(self, text: str, start: int, end: int, verbatim: bool) -> None:
        if self._skip > 0:
            return
        if self._block is None:
            if not text.strip():
                return
            container = next((k for k in range(len(self._open) - 1, -1, -1) if self._open[k] not in INLINE), -1)
            if container >= 0 and self._open[container] == "div":
                if container not in self._captioned:
                    self._captioned.add(container)
                    self._drop("caption", start)
                return
            self._block = BlockBuilder(start, None)
        if verbatim:
            self._block.add_verbatim(text, start)
        else:
            self._block.add_decoded(text, start, end)

    def _drop(self, kind: str, at: int) -> None:
        self.drops.append((kind, at, self._article, self._counts["body"] > 0))

    # html.parser callbacks ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if tag == "meta":
            self._meta(dict(attrs))
        if tag == "time" and (found := _iso_date(dict(attrs).get("datetime"))) is not None:
            self.time_dates.append((found, self._article, self._counts["body"] > 0))
        if tag == "body" and self._counts["head"]:
            self._pop_to("head")  # a page that never closes <head>: <body> closes it
        if self._skip > 0:
            if tag not in VOID:
                self._push(tag)
            return
        if tag in DROPPED:
            if tag in DROPPED_BLOCKS:
                self._flush()
            self._drop(DROPPED[tag], start)
        elif tag == "br":
            if self._block is not None:
                self._block.add_decoded(" ", start, start + len(self.get_starttag_text() or ""))
        elif tag in PARAGRAPHS:
            if tag == "p" and self._block is not None and self._block.marker is not None and self._block.empty:
                pass  # <li><p>: the paragraph is the item
            else:
                self._flush()
                self._block = BlockBuilder(start, self._marker() if tag == "li" else None)
        elif tag not in INLINE:
            self._flush()
        if tag in LISTS:
            start_at = _integer(dict(attrs).get("start")) if tag == "ol" else None
            self._lists.append(None if tag == "ul" else (1 if start_at is None else start_at))
        if tag not in VOID:
            self._push(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self._pop_to(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self._counts[tag]:
            if tag not in INLINE and not self._skip > 0:
                self._flush()
            return
        if not self._skip > 0 and tag not in INLINE:
            start = self._offset()
            self._flush(self._tag_end(start) if tag in PARAGRAPHS else -1)
        self._pop_to(tag)

    def handle_data(self, data: str) -> None:
        start = self._offset()
        if self._source.startswith(data, start):
            self._text(data, start, start + len(data), verbatim=True)
        else:
            self._text(data, start, start, verbatim=False)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, raw: str) -> None:
        start = self._offset()
        end = start + len(raw)
        if self._source.startswith(";", end):
            end += 1
        self._text(html.unescape(self._source[start:end]), start, end, verbatim=False)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        names = {(attrs.get(key) or "").lower() for key in ("property", "name", "itemprop")}
        if self.meta_date is None and names & DATE_METAS:
            self.meta_date = _iso_date(attrs.get("content"))

    # Declarations html.parser cannot read: read as a bogus comment, as browsers do ---------

    # Before it raises, html.parser moves its position past what it read; the caller moves it
    # again over the whole declaration, so the position is put back first.

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            return self._tag_end(i)

    def parse_declaration(self, i: int) -> int:
        position = self.lineno, self.offset
        try:
            return super().parse_declaration(i)
        except AssertionError:
            self.lineno, self.offset = position
            return self._tag_end(i)

    def finish(self) -> None:
        """Read what is left and close the last paragraph."""
        if self.rawdata.startswith("<!--"):
            self.rawdata = ""  # a comment never closed runs to the end, as in browsers
        self.close()
        self._flush()


def _integer(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None
