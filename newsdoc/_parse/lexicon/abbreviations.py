"""Abbreviations: the words whose period belongs to them, and those that never end a sentence."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["ABBREVIATIONS", "LEADING_ABBREVIATIONS"]

ABBREVIATIONS: Final = words(
    """
    mr mrs ms dr sen rep gov gen lt col adm sgt capt maj cmdr cpl brig ret st jr sr inc corp co ltd
    dept gov't no vs jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev pres prof sens reps supt
    """
)
"""Words whose period does not end a sentence: ``Sen.``, ``Inc.``, ``Oct.``."""

LEADING_ABBREVIATIONS: Final = words("vs cf e.g i.e")
"""Abbreviations that what they introduce always follows in their sentence, so that their period
never ends one, whatever word comes next: ``Smith vs. The State``, ``e.g. The Long Road``."""
