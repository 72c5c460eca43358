"""Adjectives: the endings that mark one before a noun, and those that may follow their noun.
Every list of words is a ``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["ADJECTIVES_AFTER_NOUN", "ADJECTIVE_ENDINGS"]

ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = (
    "ed",
    "al",
    "ive",
    "ous",
    "ful",
    "ic",
    "ary",
    "less",
    "able",
    "ible",
    "ish",
    "an",
    "ese",
    "ent",
    "ant",
)
"""Endings of adjectives: a word with one modifies the noun after it."""

ADJECTIVES_AFTER_NOUN: Final = words("available present")
"""Adjectives that may follow the noun they modify, with a complement or alone: ``data
available from the FBI``, ``two senators present``."""
