"""Sentences: where the sentences of a paragraph start, and which one holds an offset.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing marks after it) followed by
white space and a capital letter, a digit or an opening mark, unless the period belongs
to an abbreviation (``Sen.``, ``U.S.``, an initial) or the end stands inside a quote.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsdoc._parse.lexicon.abbreviations import LEADING_ABBREVIATIONS
from newsdoc._parse.lexicon.grammar import FUNCTION_WORDS, INTRO_OPENERS
from newsdoc._parse.lexicon.people import STATE_TITLES, TITLES
from newsdoc._parse.lexicon.pronouns import SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.tokens import is_abbreviation, title_period, tokens

__all__ = ["sentence_of", "sentence_starts"]

# Module functions as constants: compiled with mypyc, ``bisect.bisect_left`` is an attribute
# look-up on the module at every call, where a ``Final`` name is a C static.
_bisect_right: Final = bisect.bisect_right

# A candidate sentence end: end punctuation, closing marks, white space, then what may
# open a sentence. The lookahead is one character long. The run of end punctuation must
# start the match and is possessive, so a run of thousands of periods is read once, not
# once from each of its periods. The pattern opens with the character class, not with the
# lookbehind, so that the engine skips to the next ``.``, ``!`` or ``?`` in C; the
# lookbehind after it then checks that no end punctuation stands just before the run.
_SENTENCE_END: Final = re.compile(
    '[.!?](?<![.!?][.!?])[.!?]*+["\u201d\u2019\')\\]]*+\\s+(?=[(\\[]? ?["\u201c]?[A-Z0-9])'  # ``. ( "We``: a paired ''
)
_END_MARKS: Final = ".!?"
"""The marks that end a sentence, one of which opens every match of the pattern above."""


def sentence_starts(text: str, quotes: list[QuoteSpan]) -> list[int]:
    """The offsets where the sentences of ``text`` start, the first being 0.

    >>> sentence_starts('Sen. Smith spoke. "It ended. Now," he said. Then U.S. aid came.', [])
    [0, 18, 29, 44]
    """
    # No sentence ends before the first end mark, which ``str.find`` reaches several times faster
    # than the pattern's search does: where it is the paragraph's last, the search reads only it.
    start = len(text)
    for mark in _END_MARKS:
        at = text.find(mark, 0, start)
        if at >= 0:
            start = at
    first = _SENTENCE_END.search(text, start) if start < len(text) else None
    if first is None:
        return [0]  # most paragraphs: one sentence, read with one search and no iterator
    starts = [0]
    bounds = [(q.start, q.end) for q in quotes] if quotes else None
    for m in _SENTENCE_END.finditer(text, first.start()):
        stop = m.start()
        if text[stop] == "." and not _period_ends(text, stop):
            continue
        at = m.end()
        if bounds and _inside(bounds, at):
            continue
        starts.append(at)
    return starts


def _period_ends(text: str, stop: int) -> bool:
    """Whether the period at ``text[stop]``, which a candidate sentence end opens, ends a
    sentence: not after an abbreviation (``Sen.``, ``U.S.``) unless a word that opens a clause
    follows it (``Washington D.C. According to``), nor after a title that is also a
    state's before a name (``said Del. Stacey Plaskett``; but ``The plant is in Del. Residents``)."""
    word = text[text.rfind(" ", 0, stop) + 1 : stop]
    bare = word.lstrip('"“(')
    if not word.endswith((")", '"', "\u201d")) and is_abbreviation(bare):
        return _opens_clause(text, bare, stop + 1)
    return not (word.lower() in STATE_TITLES and _title_before_name(text, stop))


def _opens_clause(text: str, abbreviation: str, at: int) -> bool:
    """Whether an abbreviation that is no title ends its sentence before a capitalised word
    after ``at`` that opens a clause and no name (``Washington D.C. According to``, ``Acme Inc.
    The company``); not ``U.S. Rep. Jane Roe`` nor ``Mr. The``."""
    following = text[at : at + _OPENER_REACH].split(None, 1)[:1]
    low = abbreviation.lower()
    if not following or not following[0][:1].isupper() or low in TITLES or low in LEADING_ABBREVIATIONS:
        return False  # ``Mr. The``; ``Smith vs. The State``, ``e.g. The Long Road``
    return following[0].rstrip(",").lower() in _CLAUSE_OPENERS


_OPENER_REACH: Final = 16
"""Characters enough to hold the word that may open the next sentence."""
_CLAUSE_OPENERS: Final = FUNCTION_WORDS | INTRO_OPENERS | (SUBJECT_PRONOUNS - {"i"})
"""Words that, capitalised, open a sentence and no name: ``The``, ``According``, ``He``; not
``I``, which is capitalised anywhere (``After moving to the U.S. I found work``)."""


def _title_before_name(text: str, stop: int) -> bool:
    """Whether the abbreviation whose period is at ``text[stop]`` is a title before a name, read
    as the scans over a source read it (:func:`~newsdoc._parse.sourcing.tokens.title_period`) on
    the words around it."""
    start = text.rfind(" ", 0, max(0, stop - _TITLE_REACH)) + 1  # from the start of a word
    toks = tokens(text, start, min(len(text), stop + 1 + _TITLE_REACH))
    k = next((j for j, t in enumerate(toks) if t.start == stop), -1)
    return k > 0 and title_period(toks, k)


_TITLE_REACH: Final = 40
"""Characters read on each side of a title that may be a state's: two words at most."""


def _inside(bounds: list[tuple[int, int]], at: int) -> bool:
    i = _bisect_right(bounds, (at, at)) - 1
    return i >= 0 and bounds[i][0] < at < bounds[i][1]


def sentence_of(starts: list[int], at: int, length: int) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence holding offset ``at``."""
    i = _bisect_right(starts, at) - 1
    end = starts[i + 1] if i + 1 < len(starts) else length
    return starts[max(i, 0)], end
