"""The words before the head noun of a sentence's subject, for the rightward scan of
:mod:`~newsdoc._parse.sourcing.subjects`, which reads a lower-case word only as a noun of people
or as one of these: ``The new mayor``, ``Two senior Pentagon officials``, ``Republican
presidential candidate``."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.grammar import DETERMINERS
from newsdoc._parse.lexicon.verb_forms import IRREGULAR_PARTICIPLES
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.names import plural
from newsdoc._parse.sourcing.phrase import cap, stops
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import NUMBER_WORDS, adjective, singular

__all__ = ["premodifier"]


def premodifier(toks: list[Token], start: int, k: int, nouns: frozenset[str]) -> bool:
    """Whether lower-case ``toks[k]`` modifies a noun of people within :data:`_REACH` words after
    it, as the words after the phrase's determiner or number do: ``The new mayor``, ``Two senior
    Pentagon officials``, ``The former Republican presidential candidate``. Nothing stands between
    but a determiner, a number and such words, none a verb form or a noun of people: not ``The
    plan left officials``, ``The firm met lenders``."""
    first = toks[start].text.lower()
    # or a capitalised word in the singular and an adjective: ``Republican presidential candidate``;
    # not a plural noun and its verb (``Democrats want voters``, ``Schools ban students``) nor a name
    # and its verb (``Google sues publishers``, ``Apple hired engineers``)
    named = cap(toks[start]) and not plural(toks[start].text) and k == start + 1
    named = named and adjective(low := toks[k].text.lower()) and not low.endswith("ed")
    if not (first in DETERMINERS or first.isdigit() or first in NUMBER_WORDS or named):
        return False
    for j in range(start + 1, min(k + 1 + _REACH, len(toks))):
        low = toks[j].text.lower()
        if toks[j].text[0].islower() and (low in nouns or singular(low) in nouns):
            return j > k  # a noun before ``toks[k]`` was the head: ``The firm met lenders``
        if not (cap(toks[j]) or _plain_modifier(low)):
            return False
    return False


_REACH: Final = 3
"""The most words from a modifier to its noun of people: ``former Republican presidential candidate``."""


def _plain_modifier(low: str) -> bool:
    """Whether a lower-case word may only modify a noun here: no stop word, verb form, ``-ed`` or
    ``-ing`` form or irregular past (``left``, ``held``)."""
    return low.isalpha() and not (
        stops(low) or low in CUE_FORMS or low in IRREGULAR_PARTICIPLES or low.endswith(("ed", "ing", "ly"))
    )
