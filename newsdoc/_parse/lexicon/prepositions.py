"""Prepositions: the whole closed class of English one-word prepositions.

The grammar module holds the prepositions that play a part of their own in a source phrase
(``of`` and ``for`` inside it, ``about`` before a topic); this list is the class, for the
rules that need to know only that a word is a preposition and no noun (``Jones outside City
Hall`` is Jones, where ``Cruz constituent Dan Golvach`` is one person).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["OBJECT_PREPOSITIONS", "PREPOSITIONS"]

PREPOSITIONS: Final = words(
    """
    aboard about above across after against along alongside amid amidst among amongst around as
    astride at atop before behind below beneath beside besides between beyond but by despite down
    during except excluding following for from in including inside into like minus near next of off
    on onto opposite out outside over past per plus regarding round save since than through
    throughout till to toward towards under underneath unlike until up upon versus via with within
    without
    """
)
"""Every one-word preposition of English."""

OBJECT_PREPOSITIONS: Final = words("about against for of on")
"""Prepositions that tie a verb of speech to what it says or asks for, which is its content:
``called for a repeal``, ``called on Congress to act``, ``complained about the rules``."""
