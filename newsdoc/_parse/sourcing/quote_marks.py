"""Quote spans: pair the double quotation marks of each paragraph.

Straight marks (``"``) open and close in turn; a curly ``“`` opens and a curly ``”``
closes, except where one is typed for the other and the other reading pairs it: a ``”``
with nothing open, after a space and before a word, opens; a ``“`` in an open quote,
before a space or the end, closes. A ``“`` in an open quote that the next few curly marks
close, and then the outer quote, is a quote within the quote, part of its text. Single
marks are left alone: inside a quote they are part of its
text. A quote left open at the end of a paragraph continues into the next paragraph when
that paragraph opens with a mark (the convention for a quote that runs over several
paragraphs); otherwise it ends with its paragraph and is reported as ND201. A closing
mark with nothing open is reported as ND202 and otherwise ignored. Nothing here looks
beyond one paragraph, so an unclosed mark never swallows the rest of the article; and
no paragraph of prose holds hundreds of marks, so a paragraph is read up to its
:data:`MAX_MARKS`-th mark only (ND203 marks where reading stopped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Final

__all__ = ["MAX_MARKS", "QuoteSpan", "find_quote_spans", "quote_then_subject", "read_apostrophe_pairs"]

# Any double quotation mark. Stdlib ``re``: a one-class pattern, linear, and faster to
# scan with than the ``regex`` module.
_MARK: Final = re.compile('["\u201c\u201d]')
_OPENING: Final = "\u201c"
_CLOSING: Final = "\u201d"
_OPENERS: Final = ('"', _OPENING)
# Two apostrophes written for a quotation mark, as New York Times copy writes them, or three,
# where a single quotation mark stands inside them (``'old-school,'''``); not a longer run.
_APOSTROPHE_PAIR: Final = re.compile("(?<!')'''?(?!')")
_BEFORE_AN_OPENING: Final = frozenset("([\u2014\u2013")
MAX_MARKS: Final = 200
"""The most quotation marks read in one paragraph; the rest are reported (ND203) and left alone."""


@dataclass(init=False, slots=True)
class QuoteSpan:
    """Where a run of quoted words stands in one paragraph (offsets into its text)."""

    para: int
    """The index of the paragraph."""
    mark: int
    """The offset of the opening mark."""
    start: int
    """The offset of the first quoted character (after the mark)."""
    end: int
    """One past the last quoted character (before the closing mark)."""
    closed: bool
    """True where a closing mark ends the quote in this paragraph."""
    continues: bool = False
    """True where the quote runs on into the next paragraph."""
    continued: bool = False
    """True where this quote carries on a quote from the previous paragraph."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self, para: int, mark: int, start: int, end: int, closed: bool, continues: bool = False, continued: bool = False
    ) -> None:
        self.para = para
        self.mark = mark
        self.start = start
        self.end = end
        self.closed = closed
        self.continues = continues
        self.continued = continued


def read_apostrophe_pairs(text: str) -> str:
    """``text`` with each pair of apostrophes that stands for a quotation mark (``''It is,''
    he said``) read as a straight mark beside the quoted words and a space on the other side,
    so that every offset stays where it was: an opening pair becomes `` "`` and a closing one
    ``" ``.

    >>> read_apostrophe_pairs("''It is,'' he said.")
    ' "It is,"  he said.'
    """
    if "''" not in text:
        return text
    pieces: list[str] = []
    at = 0
    for m in _APOSTROPHE_PAIR.finditer(text):
        start, end = m.span()
        opening = start == 0 or text[start - 1].isspace() or text[start - 1] in _BEFORE_AN_OPENING
        single = "'" if end - start == 3 else ""  # the single mark stays inside the pair
        if single and opening and text[end : end + 1].strip() == "":
            continue  # three apostrophes between spaces open nothing
        pieces.append(text[at:start])
        pieces.append(' "' + single if opening else single + '" ')
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _pair(para: int, text: str) -> tuple[list[QuoteSpan], list[tuple[int, int, str]]]:
    """The quotes of one paragraph, and its problems as ``(paragraph, offset, code)``."""
    spans: list[QuoteSpan] = []
    problems: list[tuple[int, int, str]] = []
    open_at = -1
    inner = 0  # quotes inside the open one typed with double marks: ``“... the tent he calls “the palace” ...”``
    marks = [m.start() for m in islice(_MARK.finditer(text), MAX_MARKS + 1)]
    for n, at in enumerate(marks):
        if n == MAX_MARKS:
            problems.append((para, at, "ND203"))
            return spans, problems  # no paragraph of prose holds so many: the rest is not read
        ch = text[at]
        if open_at < 0:
            if ch == _CLOSING and not _opens(text, at):
                problems.append((para, at, "ND202"))
            else:
                open_at = at
        elif ch == _OPENING and not _closes(text, at):
            if _nests(text, marks, n):
                inner += 1
                continue
            spans.append(QuoteSpan(para, open_at, open_at + 1, at, closed=False))
            problems.append((para, open_at, "ND201"))
            open_at = at
        elif inner:
            inner -= 1
        else:
            if at > open_at + 1:
                spans.append(QuoteSpan(para, open_at, open_at + 1, at, closed=True))
            open_at = -1
    if open_at >= 0:
        end = len(text.rstrip())
        if end > open_at + 1:
            spans.append(QuoteSpan(para, open_at, open_at + 1, end, closed=False))
    return spans, problems


def _nests(text: str, marks: list[int], n: int) -> bool:
    """Whether the ``“`` at ``marks[n]``, inside an open quote, opens a quote within it: read on
    in curly marks, the few after it close it and then the outer quote. A straight mark, a ``“``
    typed to close or a ``”`` typed to open ends the reading: no depth can be told past them."""
    depth = 2
    for at in marks[n + 1 : min(n + 1 + _NEST_REACH, MAX_MARKS)]:
        ch = text[at]
        if ch == _CLOSING and not _opens(text, at):
            depth -= 1
            if depth == 0:
                return True
        elif ch == _OPENING and not _closes(text, at):
            depth += 1
        else:
            return False
    return False


_NEST_REACH: Final = 8
"""How many marks after an inner opening mark may close it and the outer quote: ``“... “a” and
“b” ...”`` takes five. A bound, so that a paragraph of opening marks costs no more than its length."""


def _opens(text: str, at: int) -> bool:
    """Whether a ``”`` with nothing open is a ``“`` typed for it: it follows a space or opens
    the paragraph, and a word follows it."""
    return (at == 0 or text[at - 1].isspace()) and text[at + 1 : at + 2].isalnum()


def _closes(text: str, at: int) -> bool:
    """Whether a ``“`` inside an open quote is a ``”`` typed for it: white space or the end follows."""
    return at + 1 == len(text) or text[at + 1].isspace()


def find_quote_spans(texts: Sequence[str]) -> tuple[list[list[QuoteSpan]], list[tuple[int, int, str]]]:
    """The quotes of every paragraph, and problems as ``(paragraph, offset, code)``.

    >>> spans, problems = find_quote_spans(['"One," she said. "Two', '"Three."'])
    >>> [(s.para, s.start, s.end, s.continues, s.continued) for row in spans for s in row]
    [(0, 1, 5, False, False), (0, 18, 21, True, False), (1, 1, 7, False, True)]
    >>> problems
    []
    """
    spans: list[list[QuoteSpan]] = []
    problems: list[tuple[int, int, str]] = []
    previous_open: QuoteSpan | None = None
    for i, text in enumerate(texts):
        if '"' not in text and _OPENING not in text and _CLOSING not in text:
            row: list[QuoteSpan] = []
        else:
            row, found = _pair(i, text)
            problems.extend(found)
        if previous_open is not None:
            if row and not text[: row[0].mark].strip() and text.lstrip().startswith(_OPENERS):
                spans[-1][-1] = replace(previous_open, continues=True)
                row[0] = replace(row[0], continued=True)
            else:
                problems.append((previous_open.para, previous_open.mark, "ND201"))
        previous_open = row[-1] if row and not row[-1].closed else None
        spans.append(row)
    if previous_open is not None:
        problems.append((previous_open.para, previous_open.mark, "ND201"))
    return spans, problems


def quote_then_subject(text: str, at: int) -> bool:
    """Whether a quote closes a few words before ``at`` with only its speaker between, or right
    before it: ``"...," Mr. Clarke recalled``, ``"...?" he asked``, ``"...?" asked the boy``."""
    before = text[max(0, at - _SUBJECT_REACH) : at]
    close = max(before.rfind('"'), before.rfind("\u201d"))
    if close < 0:
        return False
    between = before[close + 1 :].lstrip(" ,")
    return len(between.split()) <= _SUBJECT_WORDS and not any(c in between for c in '"\u201c\u201d!?;:')


_SUBJECT_REACH: Final = 80
_SUBJECT_WORDS: Final = 8
"""How many words a speaker between a quote and its verb may run to: ``"...," Mr. Clarke recalled``."""
