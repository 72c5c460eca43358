"""Attribution clauses set off by a comma from the clause they comment on: ``..., officials
said on Monday, ...`` inside a sentence, and ``As the mayor noted, ...`` or ``As reported by
the Tribune, ...`` before it."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.grammar import ASIDE_ADVERBS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.sourcing.content_edges import lead_words
from newsdoc._parse.sourcing.relatives import relative_opens
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = ["aside_end", "fronted_as"]

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
