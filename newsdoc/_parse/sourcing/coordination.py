"""Sources joined by ``and``: whether the ``and`` that the leftward scan of
:mod:`~newsdoc._parse.sourcing.left_scan` meets joins two parts of one source (``the company and
the union``, ``Jane Roe and other officials``, ``experts on trade and tariffs``) or two clauses
(``The senator met the governor and the president said``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.grammar import ADDITIVE_DETERMINERS, DETERMINERS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS
from newsdoc._parse.sourcing.phrase import cap, stops, word
from newsdoc._parse.sourcing.phrase_parts import source_noun
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, SOURCE_NOUNS

__all__ = ["SECOND_OPENERS", "conjuncts", "coordinates", "inside_complement", "object_conjunct", "second_complement"]


def coordinates(before: str, after: str, then: str) -> bool:
    """Whether ``and`` joins two parts of one source: two names (``Google and Amazon``,
    ``MIT and the University of Queensland``) or two nouns for people (``leaders and
    insiders``), not a clause and a source. ``then`` is the word after ``after``."""
    if before[:1].isupper() or before[:1].isdigit():
        if after.islower() and source_noun(before) and source_noun(after):
            return True  # ``Analysts and investors`` at a sentence's start
        return after[:1].isupper() or (after.lower() == "the" and then[:1].isupper())
    return after.islower() and before.lower() in SOURCE_NOUNS and after.lower() in SOURCE_NOUNS


def object_conjunct(toks: list[Token], first: int, second: int) -> bool:
    """Whether the noun phrase before the ``and`` that opens ``toks[second]`` follows a verb or a
    preposition (``met the governor and the president said``), so that it is its object and not
    a first source; a preposition after a noun for a source opens its complement instead."""
    d = second - 2
    while d > first and toks[d].text.lower() not in DETERMINERS:
        d -= 1
    if d == 0:
        return False
    before = toks[d - 1].text
    if before in NP_PREPOSITIONS and d > 1 and (cap(toks[d - 2]) or source_noun(toks[d - 2].text)):
        return False  # ``Officials at the agency and the ministry said``: a complement inside the source
    return word(toks[d - 1]) and before.islower() and before not in CLAUSE_STOPS and before not in DETERMINERS


def conjuncts(toks: list[Token], k: int, i: int) -> bool:
    """Whether the determiner at ``toks[k]``, after ``and``, opens a source joined to the one
    that ends before the ``and``, the second ending at ``toks[i]``: two names, two nouns for
    sources (``the company and the union``), or anything that can be a source before ``other``
    (``Jane Roe and other officials``, ``the mayor and another aide``)."""
    low, last = toks[k].text.lower(), toks[k - 2]
    if low in ADDITIVE_DETERMINERS:
        return cap(last) or source_noun(last.text)
    if low not in SECOND_OPENERS:
        return False
    if cap(last):
        return cap(toks[k + 1])
    return source_noun(last.text) and source_noun(toks[i].text)


SECOND_OPENERS: Final = POSSESSIVE_DETERMINERS | {"the"}
"""What opens the second of two joined sources: ``the union``, ``its lawyers``."""


def inside_complement(toks: list[Token], k: int) -> bool:
    """Whether the ``and`` at ``k`` joins two objects of a preposition that follows a noun for
    a source: ``Experts on trade and tariffs``, ``observers in Ohio and around the country``."""
    for j in range(k - 1, max(k - _COMPLEMENT_REACH, 0), -1):
        low = toks[j].text.lower()
        if not word(toks[j]) or stops(low):
            return False
        if low in NP_PREPOSITIONS:
            head = toks[j - 1].text.lower()
            return head in SOURCE_NOUNS or head.rstrip("s") in SOURCE_NOUNS
    return False


def second_complement(toks: list[Token], k: int) -> bool:
    """Whether the preposition at ``k`` follows an ``and`` that joins it to an earlier complement
    of a noun for a source: ``observers in Ohio and around the country``."""
    return k > 1 and toks[k - 1].text == "and" and inside_complement(toks, k - 1)


_COMPLEMENT_REACH: Final = 6
"""How far before an ``and`` the preposition of a source's complement may stand."""
