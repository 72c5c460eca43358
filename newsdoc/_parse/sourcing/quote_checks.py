"""Quotes next to a cue: whether one follows it, opens right after it, touches it from before
or holds it, and whether a quote before it stands in an aside of its source.

Each test reads a bounded slice of the paragraph next to the cue, or bisects the sorted
opening marks of the paragraph's quotes.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import SPEAKING_ADVERBS
from newsdoc._parse.lexicon.conjunctions import REPORTED_CLAUSE_OPENERS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS, REACTION_PREPOSITIONS
from newsdoc._parse.sourcing.cue_forms import PARTICIPLES, PLAIN_SPEECH
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.tokens import LOOK, QUOTE_MARKS

__all__ = [
    "CLOSING_MARKS",
    "OPENING_MARKS",
    "aside_quote",
    "colon_ends",
    "inside_quote",
    "quote_after",
    "quote_next",
    "quote_touching",
    "reported_after",
]

# Module functions as constants: compiled with mypyc, ``bisect.bisect_left`` is an attribute
# look-up on the module at every call, where a ``Final`` name is a C static.
_bisect_left: Final = bisect.bisect_left
_bisect_right: Final = bisect.bisect_right

_QUOTE_REACH: Final = 120
"""How far after a verb like ``called`` its quote may open."""


def colon_ends(text: str, at: int) -> bool:
    """Whether a colon ends the paragraph a few words after the verb ending at ``at``, with no
    quotation mark between: ``Cruz continued:``, ``Cruz called them on it:``, where the next
    paragraph holds what was said."""
    rest = text[at:].rstrip()
    return (
        rest.endswith(":")
        and len(rest.split()) <= _COLON_WORDS
        and not any(mark in rest for mark in QUOTE_MARKS)
        and ":" not in rest[:-1]
    )


_COLON_WORDS: Final = 6
"""The most words between a verb and the colon that ends its paragraph in :func:`colon_ends`."""


def quote_after(text: str, quotes: list[QuoteSpan], marks: list[int], at: int, limit: int) -> bool:
    """Whether a quote of words (not a title) opens soon after ``at``, before ``limit``;
    ``marks`` are the sorted opening marks of ``quotes``."""
    j = _bisect_left(marks, at)
    if j >= len(marks) or marks[j] >= min(limit, at + _QUOTE_REACH):
        return False
    if _PARTICIPLE_CLAUSE.search(text, at, marks[j]) is not None or _JOINED_SAYING.search(text, at, marks[j]):
        return False  # ``mocked it, saying it "..."``, ``smiled and said, "..."``: the quote is the later verb's
    q = quotes[j]
    quoted = text[q.start : q.end]
    if not quoted.lstrip()[:1].isupper() or quoted.rstrip()[-1:] in ("!", "?"):
        return True  # its first word is not capitalised, or it exclaims or asks: no title
    words = quoted.split()
    return not (words and len(words) > 1 and all(w[:1].isupper() for w in words))  # ``dubbed the "VC-25B Bridge"``


def quote_next(text: str, marks: list[int], at: int) -> bool:
    """Whether a quote opens right after ``at``, past at most an adverb and a comma or a colon
    (``wondered aloud: "..."``, ``mused, "..."``) or a short phrase that a comma closes
    (``pleaded with the crowd, "..."``, ``mused in an interview last week, "..."``); with no mark
    between, a quote names a plea or a term (``pleaded "not guilty"``, ``wondered "what if"``).
    ``marks`` are the sorted opening marks of the quotes."""
    j = _bisect_left(marks, at)
    return j < len(marks) and marks[j] - at <= _NEXT_REACH and _NEXT_GAP.fullmatch(text, at, marks[j]) is not None


_NEXT_GAP: Final = re.compile(
    r"(?:\s+(?:[a-z]+ly|" + alternatives(SPEAKING_ADVERBS) + r"))?"
    r"(?:\s*[,:]|,?\s+(?:" + alternatives(PREPOSITIONS) + r")\s[^\"\u201c\u201d.;!?,:]{1,60}[,:])\s*"
)
"""What may stand between a verb and the quote right after it."""
_NEXT_REACH: Final = 80


def reported_after(text: str, at: int) -> bool:
    """Whether a clause of reported speech or thought opens within a few words after ``at``
    (``mused in the debate that``, ``wondered whether``), not a reaction (``scoffed at``)."""
    words = text[at : at + LOOK].split(None, _REPORTED_REACH)[:_REPORTED_REACH]
    if not words or words[0].lower() in REACTION_PREPOSITIONS:
        return False
    return any(w.lower().rstrip(",;:") in REPORTED_CLAUSE_OPENERS for w in words)


_REPORTED_REACH: Final = 8


_PARTICIPLE_CLAUSE: Final = re.compile(r",\s+(?:" + alternatives(PARTICIPLES) + r")\b")
"""A participle clause of speech after a comma, which takes the quote that follows it."""
_JOINED_SAYING: Final = re.compile(r"\s(?:and|but)\s+(?:" + alternatives(PLAIN_SPEECH) + r")\b")
"""A plain verb of saying joined by ``and`` or ``but``, which takes the quote that follows it."""


def inside_quote(quotes: list[QuoteSpan], marks: list[int], at: int) -> bool:
    """Whether ``at`` lies inside one of ``quotes``, whose opening marks are ``marks``."""
    j = _bisect_right(marks, at) - 1
    return j >= 0 and quotes[j].start <= at < quotes[j].end


CLOSING_MARKS: Final = ('"', "\u201d", "\u201c")
"""Marks that close a quote where a verb follows them: a ``\u201c`` there is a ``\u201d`` typed
for it, since an opening mark stands before the words it quotes."""


def quote_touching(text: str, at: int, s_start: int) -> bool:
    """Whether a quote of speech closes just before ``at``, with only a comma between (``"...,"
    she replied``): a comma or an end mark closes its words, or a comma follows it; a name or a
    title in quotes does not (``the "Never Trump" movement continues``)."""
    window = text[max(s_start, at - LOOK) : at]
    before = window.rstrip(" ,")
    if not before.endswith(CLOSING_MARKS):
        return False
    inner = before[:-1].rstrip("'\u2019")  # past a quote inside it: ``"... bro,'" Keidis continued``
    if inner[-1:] in _SPEECH_ENDS or "," in window[len(before) :]:
        return True
    opening = max(inner.rfind(mark) for mark in OPENING_MARKS)  # ``"Enough is enough" the crowd chanted``
    return opening >= 0 and not inner[:opening].strip() and len(window) < LOOK


def aside_quote(text: str, at: int, s_start: int) -> bool:
    """Whether the quote that closes before ``at`` stands in an aside that a comma and words open
    before it (``Marlowe, who acted in "Ashes," posted``), where it is no speech the verb reports."""
    window = text[max(s_start, at - LOOK) : at]
    before = window.rstrip(" ,")
    if not before.endswith(CLOSING_MARKS):
        return False
    opening = max(window.rfind(mark, 0, len(before) - 1) for mark in OPENING_MARKS)
    comma = window.rfind(",", 0, opening) if opening > 0 else -1
    return comma >= 0 and bool(window[comma + 1 : opening].strip())  # words open the aside: not ``Yet, "...," added``


OPENING_MARKS: Final = ('"', "\u201c")
_SPEECH_ENDS: Final = frozenset(",.?!\u2014-\u2026")
"""What ends quoted speech just inside its closing mark: ``"...," he said``, ``"...?" she asked``."""
