"""Verbs of denying in their other sense, refusing a thing: ``The court denied bail``,
``denied the city's request``, ``denied him entry``. Such a verb reports nothing; ``denied the
charges`` and ``denied that`` still report a denial."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.grammar import CLAUSE_WORDS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, REFLEXIVES
from newsdoc._parse.lexicon.verbs import GRANTED_NOUNS
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, singular

__all__ = ["granted"]

_OBJECT_WORDS: Final = 6
"""The most words of the object read after the verb: ``insurgent Bernie Sanders the nomination``."""
_PERSONS: Final = (OBJECT_PRONOUNS - POSSESSIVE_DETERMINERS - {"it"}) | REFLEXIVES
"""Pronouns that stand for the person refused something, before what they are refused: ``him``, ``them``."""
_ENDS: Final = CLAUSE_WORDS | {"and", "or", "but", "to", "of", "that"}
"""Words that end the object before a noun of it could stand: ``denied the reports and no bid came``."""


def granted(text: str, at: int) -> bool:
    """Whether the object of the verb of denying that ends at ``at`` names a thing granted or
    refused: a noun of :data:`GRANTED_NOUNS` within its first words (``denied his bid to``,
    ``denied Meta's request``, ``denied Sanders the nomination``), or a person's pronoun and
    more words after it (``denied them permits``).

    >>> granted("The court denied bail.", 15), granted("She denied the charges.", 10)
    (True, False)
    """
    words = text[at : at + LOOK].split(None, _OBJECT_WORDS)[:_OBJECT_WORDS]
    for n, word in enumerate(words):
        bare = word.rstrip(',.;:!?)"\u201d\u2019')
        low = bare.lower()
        if n == 0 and low in _PERSONS:
            return len(words) > 1 and bare == word  # ``denied him entry``; not ``denied it.``
        if low in _ENDS or not bare[:1].isalnum():
            return False
        if low in GRANTED_NOUNS or singular(low) in GRANTED_NOUNS:
            following = words[n + 1].lower() if n + 1 < len(words) and bare == word else ""
            return following not in AUXILIARIES  # not the subject of a clause: ``denied the request was political``
        if bare != word and not low.endswith("'s"):
            return False  # a mark ends the object: ``denied Merrick Garland, the nominee``
    return False
