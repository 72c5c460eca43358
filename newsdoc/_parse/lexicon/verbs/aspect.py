"""Verbs of aspect and attempt that take a verb of speech as their infinitive: ``continued to
insist``, ``went on to say``, ``began to argue``; the source is their subject."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["ASPECT_PARTICLES", "ASPECT_VERBS"]

ASPECT_VERBS: Final = words(
    """
    continue continues continued continuing begin begins began start starts started go goes went
    proceed proceeds proceeded try tries tried
    """
)
"""Verbs before ``to`` and a verb of speech whose subject is the speaker: ``continued to insist``."""

ASPECT_PARTICLES: Final = words("on")
"""Particles between such a verb and ``to``: ``went on to say``."""
