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
    "replace_controls",
    "visible_text",
]

# Control characters other than tab: HTML calls them parse errors, CommonMark turns
# U+0000 into U+FFFD, and the parser removes them (ND118).
_CONTROL = regex.compile(r"[\p{Cc}--\t]", flags=regex.V1)
_REPLACEMENT = "\ufffd"
# A list marker that numbers an ordered list, as CommonMark reads one: ``1.`` or ``2)``.
_ORDERED_MARKER = regex.compile(r"(?P<number>\d{1,9})(?P<delimiter>[.)])")


def replace_controls(text: str) -> str:
    """``text`` with each control character other than tab replaced by U+FFFD."""
    return _CONTROL.sub(_REPLACEMENT, text)


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


def list_kind(marker: str | None) -> tuple[str, int | None]:
    """The list an item with this marker belongs to: ``("-", None)``, or ``(".", 3)`` for ``3.``.

    Consecutive items of the same kind make one list; the number is the item's own.
    """
    m = _ORDERED_MARKER.fullmatch(marker or "")
    return ("-", None) if m is None else (m.group("delimiter"), int(m.group("number")))


@attrs.frozen
class Located:
    """A quote or an attribution (or one of its parts) found in a paragraph's text."""

    start: int
    end: int
    node: Quote | Attribution
    part: str
    """``quote``, ``attribution`` (the whole clause), ``source`` or ``cue``."""


def locate(paragraph: Paragraph) -> list[Located]:
    """Where the paragraph's quotes and attributions stand in its text, sorted for nesting.

    Each quote is searched after the previous quote found. Each attribution's source is
    searched after the previous attribution, at word boundaries and outside the quotes;
    its cue is the occurrence nearest the source (after it, on a tie). Each attribution whose source is found
    gives its clause (from the first to the last of source and cue) and its parts, the
    source and, where it is found, the cue. What is not found is left out.

    The result never has two ranges that cross: quotes are disjoint, clauses are
    disjoint, and a quote is either inside a clause or apart from it. Sorting by start,
    then by end descending, puts every range before the ranges it contains.
    """
    text = paragraph.text
    found: list[Located] = []
    quotes: list[tuple[int, int]] = []
    pos = 0
    for quote in paragraph.quotes:
        at = text.find(quote.text, pos) if quote.text else -1
        if at >= 0:
            end = at + len(quote.text)
            quotes.append((at, end))
            found.append(Located(at, end, quote, "quote"))
            pos = end
    pos = 0
    for attribution in paragraph.attributions:
        source = _first(text, attribution.source, pos, quotes)
        if source is None:
            continue
        cue = _nearest(text, attribution.cue, pos, source, quotes)
        if cue is None:
            found.append(Located(*source, attribution, "attribution"))
            found.append(Located(*source, attribution, "source"))
            pos = source[1]
            continue
        start, end = min(source[0], cue[0]), max(source[1], cue[1])
        found.append(Located(start, end, attribution, "attribution"))
        found.append(Located(*source, attribution, "source"))
        found.append(Located(*cue, attribution, "cue"))
        pos = end
    found.sort(key=lambda m: (m.start, -m.end, _DEPTH[m.part]))
    return found


# Among ranges with the same start and end, the outer one comes first.
_DEPTH = {"attribution": 0, "quote": 1, "source": 2, "cue": 2}


def _occurrences(text: str, needle: str, pos: int, avoid: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``needle`` from ``pos`` on that overlaps no range of ``avoid``."""
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    at = text.find(needle, pos)
    while at >= 0:
        end = at + len(needle)
        whole = not (at > 0 and text[at - 1].isalnum() and needle[0].isalnum()) and not (
            end < len(text) and text[end].isalnum() and needle[-1].isalnum()
        )
        if whole and not any(a < end and at < b for a, b in avoid):
            out.append((at, end))
        at = text.find(needle, at + 1)
    return out


def _first(text: str, needle: str, pos: int, avoid: list[tuple[int, int]]) -> tuple[int, int] | None:
    hits = _occurrences(text, needle, pos, avoid)
    return hits[0] if hits else None


def _nearest(
    text: str, needle: str, pos: int, source: tuple[int, int], avoid: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The occurrence of the cue closest to the source, outside the quotes; on a tie, the one after it."""
    hits = _occurrences(text, needle, pos, [*avoid, source])
    if not hits:
        return None
    return min(hits, key=lambda h: (h[0] - source[1], 0) if h[0] >= source[1] else (source[0] - h[1], 1))
