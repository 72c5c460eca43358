"""What the Markdown, HTML, ninjs and JSON-LD writers share.

- :func:`visible_text`: a paragraph as a reader sees it, label and prefix included.
- :func:`body_text`: the whole body as plain text, for search indexes and metadata.
- :func:`heading_level`: 2 for a standalone subhead, 3 for one that ends in a colon.
- :func:`locate`: where the quotes and attributions of a paragraph stand in its text.

Quotes and attributions are found by searching the paragraph's text, never by offsets:
an article read from JSON or built by hand may have no spans, and the parser's spans
index the source, not :attr:`Paragraph.text`.
"""

from __future__ import annotations

import bisect
import functools
from typing import Final, TypeAlias

import attrs
import regex

from newsdoc._model import Article, Attribution, Paragraph, Quote
from newsdoc._write.text import to_text

__all__ = [
    "Located",
    "body_text",
    "heading_level",
    "list_kind",
    "locate",
    "nesting",
    "replace_controls",
    "visible_text",
]

# Control characters other than tab: HTML calls them parse errors, CommonMark turns
# U+0000 into U+FFFD, and the parser removes them (ND118).
_CONTROL: Final = regex.compile(r"[\p{Cc}--\t]", flags=regex.V1)
_REPLACEMENT: Final = "\ufffd"
# A list marker that numbers an ordered list, as CommonMark reads one: ``1.`` or ``2)``.
_ORDERED_MARKER: Final = regex.compile(r"(?P<number>\d{1,9})(?P<delimiter>[.)])")


def replace_controls(text: str) -> str:
    """``text`` with each control character other than tab replaced by U+FFFD."""
    # A printable text holds no control character: the test is a twentieth of the substitution's cost.
    return text if text.isprintable() else _CONTROL.sub(_REPLACEMENT, text)


def visible_text(paragraph: Paragraph) -> str:
    """The paragraph as read, without its list marker: ``🧠 Why it matters: Time is short.``."""
    if paragraph.label is None:
        return paragraph.text
    body = f" {paragraph.text}" if paragraph.text else ""
    return f"{paragraph.label_prefix or ''}{paragraph.label}:{body}"


def body_text(article: Article) -> str:
    """The lede and every paragraph as plain text, without the date.

    Paragraphs are separated by a blank line and list items stand on the lines under
    their paragraph with their markers, as in the seed format.
    """
    return to_text(attrs.evolve(article, date=None)).strip("\n")


def heading_level(paragraph: Paragraph) -> int:
    """3 for a heading that ends in a colon and leads into what follows, else 2."""
    return 3 if paragraph.text.endswith(":") else 2


# Items repeat a few markers (``-``, ``1.``, ``2.``), each read once.
@functools.lru_cache(maxsize=1024)
def list_kind(marker: str | None) -> tuple[str, int | None]:
    """The list an item with this marker belongs to: ``("-", None)``, or ``(".", 3)`` for ``3.``.

    Consecutive items of the same kind make one list; the number is the item's own.
    """
    m = _ORDERED_MARKER.fullmatch(marker or "")
    return ("-", None) if m is None else (m.group("delimiter"), int(m.group("number")))


Located: TypeAlias = tuple[int, int, Quote | Attribution, str]
"""A quote or an attribution (or one of its parts) found in a paragraph's text:
``(start, end, node, part)``, where the part is ``quote``, ``attribution`` (the whole
clause), ``source``, ``cue`` or ``content`` (a piece of what the attribution credits, which
:func:`~newsdoc._write._content.mark_content` adds).

A plain tuple: making the three of an attribution as named tuples took a seventh of the
time ``to_html`` takes for a paragraph that holds one.
"""


def locate(paragraph: Paragraph) -> list[Located]:
    """Where the paragraph's quotes and attributions stand in its text, sorted for nesting.

    Each quote is searched after the previous quote found. Each attribution's source is
    searched after the previous attribution, at word boundaries and outside the quotes;
    its cue is the occurrence nearest the source (after it, on a tie). Each attribution whose source is found
    gives its clause (from the first to the last of source and cue) and its parts, the
    source and, where it is found, the cue. What is not found is left out.

    The result never has two ranges that cross: quotes are disjoint, clauses are
    disjoint, and a quote is either inside a clause or apart from it. Sorting by start,
    then by end descending, puts every range before the ranges it contains. The quotes
    are found in that order, and so are the attributions' ranges (each clause after the
    one before, ahead of its parts): only a paragraph with both needs them sorted together.

    Each distinct source and cue is searched for once per paragraph, and each attribution
    then picks its occurrence by bisection, so the time grows with the text and the
    number of marks, not with their product.
    """
    if not paragraph.quotes and not paragraph.attributions:
        return []
    text = paragraph.text
    quotes: list[Located] = []
    words = _Occurrences(text)
    pos = 0
    for quote in paragraph.quotes:
        at = text.find(quote.text, pos) if quote.text else -1
        if at >= 0:
            end = at + len(quote.text)
            words.add_quote(at, end)
            quotes.append((at, end, quote, "quote"))
            pos = end
    clauses: list[Located] = []
    pos = 0
    for attribution in paragraph.attributions:
        source = words.first(attribution.source, pos)
        if source is None:
            continue
        source_start, source_end = source
        cue = words.nearest(attribution.cue, pos, source)
        if cue is None:
            clauses.append((source_start, source_end, attribution, "attribution"))
            clauses.append((source_start, source_end, attribution, "source"))
            pos = source_end
            continue
        start, end = min(source_start, cue[0]), max(source_end, cue[1])
        clauses.append((start, end, attribution, "attribution"))
        parts = ((source_start, source_end, attribution, "source"), (cue[0], cue[1], attribution, "cue"))
        clauses.extend(parts if source_start < cue[0] else reversed(parts))
        pos = end
    if not quotes or not clauses:
        return quotes or clauses
    return sorted(quotes + clauses, key=nesting)


# Among ranges with the same start and end, the outer one comes first; content is innermost.
_DEPTH: Final = {"attribution": 0, "quote": 1, "source": 2, "cue": 2, "content": 3}


def nesting(mark: Located) -> tuple[int, int, int]:
    """The sort key that puts every range before the ranges it contains."""
    start, end, _, part = mark
    return start, -end, _DEPTH[part]


class _Occurrences:
    """The whole-word occurrences of words in a text that overlap none of its quotes.

    The quotes are added first, disjoint and in order. Each word's occurrences are then
    found once, in one pass over the text, and kept sorted by start.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._quote_starts: list[int] = []
        self._quote_ends: list[int] = []
        self._starts: dict[str, list[int]] = {}

    def add_quote(self, start: int, end: int) -> None:
        """A quote that the occurrences must stay out of, after every quote added before it."""
        self._quote_starts.append(start)
        self._quote_ends.append(end)

    def starts(self, needle: str) -> list[int]:
        """The sorted starts of every whole-word occurrence of ``needle`` outside the quotes."""
        cached = self._starts.get(needle)
        if cached is not None:
            return cached
        text, size = self._text, len(needle)
        # Whether a letter or digit beside the needle would make it part of a longer word.
        joins_before, joins_after = needle[:1].isalnum(), needle[-1:].isalnum()
        out: list[int] = []
        at = text.find(needle) if needle else -1
        while at >= 0:
            end = at + size
            whole = not (joins_before and at > 0 and text[at - 1].isalnum()) and not (
                joins_after and end < len(text) and text[end].isalnum()
            )
            if whole and not (self._quote_starts and self._in_quote(at, end)):
                out.append(at)
            at = text.find(needle, at + 1)
        self._starts[needle] = out
        return out

    def _in_quote(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a quote: the last quote that starts before ``end`` ends after ``start``."""
        i = bisect.bisect_left(self._quote_starts, end) - 1
        return i >= 0 and self._quote_ends[i] > start

    def first(self, needle: str, pos: int) -> tuple[int, int] | None:
        """The first occurrence of ``needle`` that starts at ``pos`` or later."""
        starts = self.starts(needle)
        i = bisect.bisect_left(starts, pos)
        return (starts[i], starts[i] + len(needle)) if i < len(starts) else None

    def nearest(self, needle: str, pos: int, source: tuple[int, int]) -> tuple[int, int] | None:
        """The occurrence from ``pos`` on nearest ``source`` and apart from it; on a tie, the one after it."""
        starts = self.starts(needle)
        size = len(needle)
        i = bisect.bisect_left(starts, source[1])
        after = starts[i] if i < len(starts) else None
        # The last occurrence that ends at or before the source starts, if it starts at pos or later.
        j = bisect.bisect_right(starts, source[0] - size) - 1
        before = starts[j] if j >= 0 and starts[j] >= pos else None
        if after is not None and (before is None or after - source[1] <= source[0] - (before + size)):
            return after, after + size
        return None if before is None else (before, before + size)
