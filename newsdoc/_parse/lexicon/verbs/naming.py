"""Participles of naming: after a noun they give its name, and the name belongs to the phrase."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["NAMING_PARTICIPLES"]

NAMING_PARTICIPLES: Final = words("named called dubbed nicknamed titled renamed")
"""Participles that give the name after them: ``a man named John Smith``, ``a group called Acme``."""
