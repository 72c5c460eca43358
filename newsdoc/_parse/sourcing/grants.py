"""Verbs of speech in another sense, known by their object: denying a thing (``The court denied
bail``, ``denied the city's request``, ``denied him entry``), claiming a prize (``claimed the
title``) and saying a formula (``said goodbye``).
Such a verb reports nothing; ``denied the charges``, ``denied that`` and ``claimed the title
was rigged`` still report."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import CLAUSE_WORDS
from newsdoc._parse.lexicon.prepositions import MOTION_WORDS, OBJECT_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, REFLEXIVES, RELATIVE_WORDS
from newsdoc._parse.lexicon.verbs import ACT_OBJECTS, COMMENT_NOUNS, GRANTED_NOUNS, REQUESTED_STATEMENTS
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, adverb_like, singular

__all__ = ["acted", "granted"]

_OBJECT_WORDS: Final = 6
"""The most words of the object read after the verb: ``insurgent Bernie Sanders the nomination``."""
_CLAUSE_REACH: Final = 4
"""The most words after the noun of a thing refused within which a verb makes the object the
subject of a clause: ``denied the request for an audit was ignored``."""
_PERSONS: Final = (OBJECT_PRONOUNS - POSSESSIVE_DETERMINERS) | REFLEXIVES
"""Pronouns that stand for the person refused something, before what they are refused: ``him``, ``them``."""
_ENDS: Final = CLAUSE_WORDS | COORDINATORS | RELATIVE_WORDS | OBJECT_PREPOSITIONS | MOTION_WORDS
"""Words that end the object before a noun of it could stand: ``denied the reports and no bid came``."""
_PHRASE_ENDS: Final = PREPOSITIONS | SUBORDINATORS | TIME_WORDS | AUXILIARIES | _ENDS
"""Words after a noun that end its noun phrase: ``bail on Friday``, ``permits until``."""
_MARKS: Final = ',.;:!?)"\u201d\u2019'
_REQUESTED: Final = frozenset(COMMENT_NOUNS) | REQUESTED_STATEMENTS
"""What a source is asked for when a request for it is refused, which declines to speak: ``denied
a request for comment``, ``for an interview``."""


def granted(text: str, at: int) -> bool:
    """Whether the object of the verb of denying that ends at ``at`` names a thing granted or
    refused: its head noun is one of :data:`GRANTED_NOUNS` (``denied his bid to``, ``denied
    Meta's request``, ``denied Sanders the nomination``, after a person's pronoun ``denied them
    permits``), not a modifier of another noun (``denied the funding cuts``), nor the subject of
    a clause (``denied the request had been approved``), nor a request to speak (``denied a
    request for comment``).

    >>> granted("The court denied bail.", 15), granted("She denied the charges.", 10)
    (True, False)
    """
    return _object_of(text, at, GRANTED_NOUNS, persons=True, asked=True)


def acted(word: str, text: str, at: int) -> bool:
    """Whether the verb ``word`` that ends at ``at`` is an act, not a report, by the head noun
    of its object (:data:`ACT_OBJECTS`): ``claimed the national title``, ``The flood claimed nine
    lives``, ``saying goodbye``; not ``claimed the title was rigged``.

    >>> acted("claimed", "She claimed the title.", 11), acted("said", "He said grace was key.", 7)
    (True, False)
    """
    nouns = ACT_OBJECTS.get(word.lower())
    if nouns is None:
        return False
    near = text[at : at + LOOK].lower()
    if not any(noun in near for noun in nouns):
        return False  # most verbs: none of the nouns near, no more to read
    first = near.split(None, 1)[:1]
    if first and first[0] in PREPOSITIONS:
        return False  # ``wrote in his book``: a medium, no object
    return _object_of(text, at, nouns, persons=False, asked=False)


def _object_of(text: str, at: int, nouns: frozenset[str], *, persons: bool, asked: bool) -> bool:
    """Whether the object after ``at`` has one of ``nouns`` for its head and is no clause's
    subject; after a person's pronoun where ``persons`` (``denied him entry``), and not a request
    to speak where ``asked``."""
    words = text[at : at + LOOK].split(None, _OBJECT_WORDS + _CLAUSE_REACH)
    bares = [w.rstrip(_MARKS) for w in words]
    first = 1 if persons and bares and bares[0] == words[0] and bares[0].lower() in _PERSONS else 0
    for n in range(first, min(len(words), _OBJECT_WORDS)):
        bare, low = bares[n], bares[n].lower()
        if low in _ENDS or not bare[:1].isalnum():
            return False
        if (low in nouns or singular(low) in nouns) and _head(words, bares, n):
            return not _clause_after(words, bares, n) and not (asked and _asked_to_speak(bares, n))
        if bare != words[n] and not low.endswith("'s"):
            return False  # a mark ends the object: ``denied Merrick Garland, the nominee``
    return False


def _head(words: list[str], bares: list[str], n: int) -> bool:
    """Whether the noun at ``n`` ends its noun phrase: a mark or a preposition follows it, or
    nothing, not another noun it modifies (``the funding cuts``)."""
    if bares[n] != words[n] or n + 1 >= len(words):
        return True
    following = bares[n + 1]
    if not (following.islower() and following.isalpha()):
        return True
    return following in _PHRASE_ENDS or adverb_like(following)


def _clause_after(words: list[str], bares: list[str], n: int) -> bool:
    """Whether an auxiliary follows the noun at ``n`` within a few words and no mark, which
    makes the noun's phrase the subject of a reported clause: ``denied the request had been``,
    ``claimed 60 percent of the ballots were``, the phrase going on over its ``of``."""
    for k in range(n + 1, min(len(words), n + 1 + _CLAUSE_REACH)):
        if bares[k] in AUXILIARIES:
            return True
        if k == n + 1 and bares[k] == "of" and words[k] == "of":
            continue  # the noun's complement: ``percent of the ballots``
        if bares[k] != words[k] or bares[k] in SUBORDINATORS or bares[k] in _ENDS:
            return False  # a mark or another clause: ``denied them permits until the work was done``
    return False


def _asked_to_speak(bares: list[str], n: int) -> bool:
    """Whether the thing refused is a request for comment or an interview: ``denied a request
    for comment``, which declines to speak rather than refuses a thing."""
    rest = [w.lower() for w in bares[n + 1 : n + 4] if w.lower() not in ("a", "an")]
    return len(rest) > 1 and rest[0] == "for" and rest[1] in _REQUESTED
