"""What a verb of asking or doubting reports: a question, a request, or a thing doubted.

``asked`` and ``questioned`` report speech only where what follows shows it: ``asked whether``,
``asked for a delay``, ``asked, "..."``, ``questioned the wisdom of the plan``; not ``asked the
question in 1976`` or ``questioned the driver for two hours``. Each test reads a bounded slice
of the paragraph right after the verb.

>>> asks(" whether the vote would pass", 0), asks(" the question in 1976", 0)
(True, False)
>>> asks(" the plan's cost", 0), asks(" the plan's cost", 0, doubt=True)
(False, True)
>>> doubted(" the wisdom of the plan.", 0), doubted(" the driver for two hours.", 0)
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_WORDS
from newsdoc._parse.lexicon.grammar import ASKED_WHAT, CLAUSE_WORDS, WH_WORDS
from newsdoc._parse.lexicon.nouns import (
    ABSTRACT_ENDINGS,
    ABSTRACT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUN_ENDINGS,
)
from newsdoc._parse.lexicon.people import ROLE_NOUNS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, REFLEXIVES
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, WORK_NOUNS, adverb_like, singular

__all__ = ["asks", "doubted", "in_asked_opener", "opens_asked"]

# A question (``whether``, ``if``, ``how``...), a request (``for``, ``to``) or speech (a quote,
# a colon, the end of the clause), within a few words (``asked the senator during a town hall
# whether``); or a quote after a few words and a comma or a colon (``asked again, "..."``); or a
# question after a colon or quotation mark (``asked the crowd "Who ...?"``, ``asked them: Who ...?``),
# not a quoted term (``asked the so-called "experts"``) nor a list (``asked two people: Roe and Lee``).
_ASKED_WHAT: Final = re.compile(
    r"\s*(?:[,.:;?!\"“”—]|\Z)"
    r"|(?:\s+[\w.'’\"“”-]+){0,8}?\s+(?:" + alternatives(ASKED_WHAT, any_space=True) + r")\b"
    r"|(?:\s+[\w.'’-]+){1,6}?[,:]\s*[\"“]"
    r"|(?:\s+[\w.'’-]+){1,8}?(?::\s+|\s+[\"“])[A-Z][^.!\"”:]*\?"
)
_OBJECT_WORDS: Final = 6
"""The most words of an object read after a verb of doubt."""
_OBJECT_ENDS: Final = PREPOSITIONS | CLAUSE_WORDS | AUXILIARIES
"""Words that end the object's noun phrase (``the wisdom`` | ``of the plan``), or show that
none follows (``the records that Smith questioned are``)."""
_PERSONS: Final = PEOPLE_NOUNS | ROLE_NOUNS | GROUP_NOUNS | ORG_NOUNS
"""Nouns for the people and bodies that are questioned rather than doubted."""
_OBJECT_ONLY: Final = (OBJECT_PRONOUNS - POSSESSIVE_DETERMINERS) | REFLEXIVES
"""Pronouns that stand for a person as an object and never before a noun: ``questioned him``."""
_PERSON_OBJECTS: Final = _OBJECT_ONLY | {"her"}
"""Those and ``her``, which ends an object alone: ``questioned her``."""


def asks(text: str, at: int, *, doubt: bool = False) -> bool:
    """Whether a question, a request or a quote follows a verb of asking that ends at ``at``;
    for a verb of doubt (``doubt``), also a thing doubted: ``questioned the plan``."""
    return _ASKED_WHAT.match(text, at) is not None or (doubt and doubted(text, at))


def doubted(text: str, at: int) -> bool:
    """Whether the object after a verb of doubt that ends at ``at`` names a thing doubted (its
    head is no person, body or pronoun for one): ``questioned Cruz's eligibility``,
    ``questioned the science of climate change``, not ``questioned him`` or ``questioned the
    suspects in the case``."""
    head = ""
    for n, word in enumerate(text[at : at + LOOK].split(None, _OBJECT_WORDS)[:_OBJECT_WORDS]):
        bare = word.rstrip(',.;:!?)"”’')
        low = bare.lower()
        if low in _OBJECT_ENDS or not bare[:1].isalnum():
            break
        if n == 0 and low in _OBJECT_ONLY:
            return False  # ``questioned him closely``; but ``questioned her judgment``
        if adverb_like(low) or low in TIME_WORDS:
            break  # ``questioned the suspect extensively``, ``questioned the man overnight``
        head = bare
        if bare != word:
            break  # a mark ends the phrase: ``questioned his judgment, his honesty``
    if not head or head.endswith(("'s", "’s")) or not head.islower():
        return False  # a name, or nothing readable: ``questioned Mr. Smith``
    low = head.lower()
    if low in _PERSON_OBJECTS or low in _PERSONS or singular(low) in _PERSONS or low.endswith(PERSON_NOUN_ENDINGS):
        return False  # ``questioned her for hours``, ``questioned the suspects``
    return low.endswith(ABSTRACT_ENDINGS) or low in ABSTRACT_NOUNS or low in WORK_NOUNS  # a thing doubted


def opens_asked(text: str, s_start: int) -> bool:
    """Whether the sentence at ``s_start`` opens with the past form of a verb of asking: ``Asked
    how the talks went, the envoy said poorly``, where what the envoy said answers it."""
    first = text[s_start : s_start + LOOK].split(None, 1)[:1]
    low = first[0].lower() if first else ""
    return low.endswith("ed") and bool(CUE_FORMS.get(low, 0) & Frame.QUESTION)


def in_asked_opener(text: str, at: int, s_start: int) -> bool:
    """Whether the verb at ``at`` stands in a sentence's opening question, before the comma or
    dash that ends it: ``Asked what they would tell CEOs, most pointed to costs`` reports what
    was asked, not what ``they`` said; ``Asked about it he said`` opens with no question (a
    question word stands within a few words of ``Asked``)."""
    opening = text[s_start : min(at, s_start + LOOK)].split(None, _QUESTION_REACH + 1)
    first = opening[0].lower() if opening else ""
    if not (first.endswith("ed") and CUE_FORMS.get(first, 0) & Frame.QUESTION):
        return False  # most sentences: the first word settles it
    before = text[s_start:at]
    if any(mark in before for mark in _OPENER_ENDS):
        return False
    return not _QUESTION_OPENERS.isdisjoint(w.lower() for w in opening[1 : 1 + _QUESTION_REACH])


_OPENER_ENDS: Final = (",", "\u2014", "\u2013", " -- ", ":")
_QUESTION_OPENERS: Final = WH_WORDS | {"if"}
"""The words that open the question after ``Asked``: ``Asked what``, ``Asked by reporters whether``."""
_QUESTION_REACH: Final = 4
"""How many words after ``Asked`` its question word may stand: ``Asked on Tuesday by reporters whether``."""
