"""Attribution clauses set off by a comma from the clause they comment on: ``..., officials
said on Monday, ...`` inside a sentence, ``As the mayor noted, ...`` or ``As reported by the
Tribune, ...`` before it, and ``..., she said as she left.`` after it, where what follows the
cue is no part of what was said."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import ASIDE_ADVERBS
from newsdoc._parse.lexicon.prepositions import OBJECT_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS
from newsdoc._parse.sourcing.content_edges import lead_words, strip_edges, that_end, time_end
from newsdoc._parse.sourcing.relatives import relative_opens
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = ["adverbial_after", "aside_end", "fronted_as"]

_MAX_ASIDE_WORDS: Final = 6
"""At most this many words of time or place between a cue set off by commas and its comma."""
_ASIDE_FIRST: Final = TIME_WORDS | TIME_OPENERS | PREPOSITIONS | ASIDE_ADVERBS
"""The first words of a phrase of time or place after a cue: ``on Monday``, ``earlier in``."""


def aside_end(text: str, right: int, end: int) -> int | None:
    """Where an attribution clause set off by commas ends: right after the comma that follows
    the cue, or follows a short phrase of time or place after it (``officials said on Monday,``)."""
    window = text[right : min(end, right + LOOK)]
    comma = window.find(",")
    if comma < 0:
        return None
    words = window[:comma].split()
    if words and (len(words) > _MAX_ASIDE_WORDS or words[0].lower() not in _ASIDE_FIRST):
        return None
    return right + comma + 1


def fronted_as(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> int | None:
    """Where the first word of the main clause starts after an attribution clause at ``clause``
    that opens its sentence with ``as`` (after any connectives) and that a comma closes (``As
    the mayor noted, the bridge is old``, ``But as first reported by the Tribune, the deal fell
    through``), past a relative clause of its source set off by commas (``As reported by the
    Tribune, which broke the story, ...``); None where the clause is no such opening.

    >>> t = "As reported by the Tribune, officials said the deal fell through."
    >>> fronted_as(t, (0, len(t)), (0, 26)), fronted_as(t, (0, len(t)), (28, 42))
    (28, None)
    """
    at = lead_words(text, sentence[0], clause[0])
    if text[at : at + 3].lower() != "as " or (at < clause[0] and text[at + 3 : clause[0]].strip()):
        return None
    end = aside_end(text, clause[1], sentence[1])
    if end is not None and relative_opens(text, end + 1):
        comma = text.find(",", end, min(sentence[1], end + LOOK))
        end = comma + 1 if comma >= 0 else None
    while end is not None and end < sentence[1] and text[end].isspace():
        end += 1
    return end


def adverbial_after(text: str, start: int, end: int, *, pledge: bool) -> bool:
    """Whether what follows the cue is an adverbial or another clause, not what was said: ``as she
    left``, ``, and a deal``, not ``in a speech that`` nor, after a ``pledge``, ``to support it``."""
    start, end = strip_edges(text, start, end)
    space = text.find(" ", start, end)
    first = text[start : space if space >= 0 else end].lower()
    if space >= 0 and that_end(text, start, end, first) is not None:
        return False
    at = time_end(text, start, end, first)
    if at > start:
        at = strip_edges(text, at, end)[0]
        if at >= end:
            return True  # a time alone: ``The talks will resume, officials said Monday.``
        space = text.find(" ", at, end)
        first = text[at : space if space >= 0 else end].lower()
    elif space < 0:
        return False
    if first == "to" and pledge and space >= 0 and _bare_verb(text[space + 1 : space + 1 + LOOK].split(None, 1)[:1]):
        return False
    return (
        first in SUBORDINATORS or first in COORDINATORS or (first in PREPOSITIONS and first not in OBJECT_PREPOSITIONS)
    )


def _bare_verb(words: list[str]) -> bool:
    """Whether a word after ``to`` may be a bare verb: no plural noun (``to supporters``), no pronoun."""
    verb = words[0] if words else ""
    return verb.isalpha() and verb.islower() and verb not in OBJECT_PRONOUNS and (verb[-1] != "s" or verb[-2:] == "ss")
