"""Where the content of each attribution stands in its paragraph's text, nested with the other marks.

:func:`mark_content` adds to the marks :func:`~newsdoc._write._parts.locate` found one mark
per piece of each attribution's :attr:`~newsdoc.Attribution.content`, and returns them all
sorted for nesting and never crossing, so that the HTML writer can open and close its
elements in turn.

A piece is looked for near its attribution's clause, on the side its span puts it
(``The talks`` before ``officials said``, ``will resume Monday`` after it), nearest the
clause first, within the content's length and :data:`_REACH` characters more. Where the
spans of the pieces and of the source place each piece at an offset from the source that
the text confirms, that place is taken without a search: spans are a hint, checked
against the text, never trusted alone (an article read from HTML has its spans in the HTML).
Content is only looked for in the paragraph of its attribution, and only where the clause
itself was found.

A content mark may contain quotes and other attributions, or stand inside a quote (a
quote is often the content of an attribution). Where a piece crosses a quote, a clause, a
source or a cue, it is cut at that mark's edge into parts that nest; where it crosses
the content of another attribution, the piece that opens later is left unmarked.

Every search is bounded by the content's length and the reach, and each mark is placed
once, so the work grows with the paragraph and its marks, not with their product.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Final

from newsdoc._model import Attribution, Paragraph
from newsdoc._write._parts import Located, nesting

__all__ = ["mark_content"]

_REACH: Final = 200
"""How many characters besides the content's own length a piece may stand from its clause:
room for the punctuation, quotation marks and words of time that separate them."""
_BEFORE, _AFTER, _EITHER = -1, 1, 0


def mark_content(paragraph: Paragraph, marks: list[Located], first: int) -> tuple[list[Located], dict[int, int]]:
    """``marks`` with the pieces of every attribution's content, sorted for nesting and never crossing.

    ``first`` is the number of the paragraph's first attribution in the article. Also returns,
    for each attribution that has a piece marked, its number by the ``id`` of the attribution
    (an attribution listed twice is numbered at its first place).
    """
    text = paragraph.text
    pieces: list[Located] = []
    numbers: dict[int, int] = {}
    for index, start, end, source in _clauses(paragraph, marks):
        attribution = paragraph.attributions[index]
        found = _place(text, attribution, start, end, source)
        if found:
            pieces.extend((s, e, attribution, "content") for s, e in found)
            numbers.setdefault(id(attribution), first + index)
    if not pieces:
        return marks, {}
    nested = _nest(marks, pieces)
    marked = {id(node) for _, _, node, part in nested if part == "content"}
    return nested, {key: number for key, number in numbers.items() if key in marked}


def _clauses(paragraph: Paragraph, marks: list[Located]) -> list[tuple[int, int, int, int]]:
    """``(index, start, end, source start)`` of each located attribution whose content is not empty.

    The clauses are disjoint and found in the order of the paragraph's attributions, and
    each holds its source: the located attributions are that list with some left out.
    """
    found: list[tuple[int, int, int, int]] = []
    attributions = paragraph.attributions
    index = -1
    for start, end, node, part in marks:
        if part == "attribution":
            index += 1
            while attributions[index] is not node:
                index += 1
            found.append((index, start, end, start))
        elif part == "source":
            found[-1] = (*found[-1][:3], start)
    return [c for c in found if attributions[c[0]].content]


def _pieces(attribution: Attribution) -> list[tuple[str, int]]:
    """The pieces of the content with the side of the clause each stands on.

    The content is cut where its spans say (each span as long as its piece, one space
    between pieces); without spans, or with spans that do not fit, it is one piece.
    """
    content = attribution.content or ""
    spans, clause = attribution.content_spans, attribution.span
    if not spans or sum(s.end - s.start for s in spans) + len(spans) - 1 != len(content):
        return [(content, _EITHER)]
    pieces: list[tuple[str, int]] = []
    at = 0
    for span in spans:
        end = at + span.end - span.start
        if at and content[at - 1] != " ":
            return [(content, _EITHER)]
        side = _EITHER
        if clause is not None:
            side = _BEFORE if span.end <= clause.start else _AFTER if span.start >= clause.end else _EITHER
        pieces.append((content[at:end], side))
        at = end + 1
    return pieces


def _place(text: str, attribution: Attribution, start: int, end: int, source: int) -> list[tuple[int, int]]:
    """Where the pieces of the attribution's content stand, for its clause at ``[start, end)``."""
    hinted = _hinted(text, attribution, source)
    if hinted is not None:
        return hinted
    pieces = _pieces(attribution)
    reach = len(attribution.content or "") + _REACH
    if len(pieces) == 1 and pieces[0][1] == _EITHER:
        piece = pieces[0][0]
        before = text.rfind(piece, max(0, start - reach), start)
        after = text.find(piece, end, end + reach)
        if after >= 0 and (before < 0 or after - end <= start - (before + len(piece))):
            return [(after, after + len(piece))]
        return [] if before < 0 else [(before, before + len(piece))]
    if any(side == _EITHER for _, side in pieces):
        return []
    placed: list[tuple[int, int]] = []
    limit = start
    for piece, _ in reversed([p for p in pieces if p[1] == _BEFORE]):
        at = text.rfind(piece, max(0, start - reach), limit)
        if at < 0:
            break
        placed.append((at, at + len(piece)))
        limit = at
    placed.reverse()
    pos = end
    for piece, _ in (p for p in pieces if p[1] == _AFTER):
        at = text.find(piece, pos, end + reach)
        if at < 0:
            break
        placed.append((at, at + len(piece)))
        pos = at + len(piece)
    return [(s, e) for s, e in placed if s < e]


def _hinted(text: str, attribution: Attribution, source: int) -> list[tuple[int, int]] | None:
    """The pieces where their spans put them, counted from the source found at ``source``, if
    the text holds each piece there; else None."""
    spans, source_span = attribution.content_spans, attribution.source_span
    if not spans or source_span is None:
        return None
    content = attribution.content or ""
    placed: list[tuple[int, int]] = []
    at, pos = 0, 0
    for span in spans:
        size = span.end - span.start
        start = source + span.start - source_span.start
        if (at and content[at - 1 : at] != " ") or start < pos or text[start : start + size] != content[at : at + size]:
            return None
        if size:
            placed.append((start, start + size))
        at, pos = at + size + 1, start + size
    return placed if at - 1 == len(content) else None


def _nest(marks: Sequence[Located], pieces: Sequence[Located]) -> list[Located]:
    """The marks and the content pieces as one list sorted for nesting, with no two ranges crossing.

    ``marks`` never cross each other. A piece that crosses one of them is cut at its edge;
    a piece that crosses another piece is dropped.
    """
    queue = [(nesting(m), n, m) for n, m in enumerate([*marks, *pieces])]
    heapq.heapify(queue)
    count = len(queue)
    kept: list[Located] = []
    open_: list[int] = []  # the indexes in ``kept`` of the marks open at this point, innermost last
    while queue:
        _, _, mark = heapq.heappop(queue)
        start, end, node, part = mark
        while open_ and kept[open_[-1]][1] <= start:
            open_.pop()
        if part == "content":
            if open_ and kept[open_[-1]][1] < end:
                inner = kept[open_[-1]]
                if inner[3] == "content":
                    continue
                rest: Located = (inner[1], end, node, part)
                heapq.heappush(queue, (nesting(rest), count, rest))
                count += 1
                end = inner[1]
            kept.append((start, end, node, part))
        else:
            # The pieces still open that end inside this mark are cut where it starts.
            while open_ and kept[open_[-1]][1] < end and kept[open_[-1]][3] == "content":
                cut = open_.pop()
                piece_start, piece_end, piece_node, _ = kept[cut]
                kept[cut] = (piece_start, start, piece_node, "content")
                rest = (start, piece_end, piece_node, "content")
                heapq.heappush(queue, (nesting(rest), count, rest))
                count += 1
            kept.append(mark)
        open_.append(len(kept) - 1)
    return kept
