"""The noun a relative pronoun set off by a comma refers to, in the phrase the leftward scan
of :mod:`~newsdoc._parse.sourcing.source_before` read before it: ``who`` names a person
(``a lecture from the Mexican president, who said``), ``which`` a body or a work (``a request
by The Washington Post, which argued``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.nouns import ORG_NOUNS, PEOPLE_NOUNS, PERSON_NOUN_ENDINGS, UNCLEAR_PERSON_NOUNS
from newsdoc._parse.lexicon.people import ROLE_NOUNS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PLACE_PREPOSITIONS, RECEIVING_PREPOSITIONS
from newsdoc._parse.sourcing.phrase_parts import example_opener
from newsdoc._parse.sourcing.tokens import DASHES, Token
from newsdoc._parse.sourcing.words import WORK_NOUNS, singular

__all__ = ["past_dashes", "person_word", "set_off_word", "which_antecedent", "who_antecedent"]


def set_off_word(toks: list[Token], i: int) -> str:
    """The word at ``toks[i]`` in lower case where a comma sets it off (``, who``), or a relative
    pronoun there that a dash sets off as a comma does (``the study — which notes``); else ``""``."""
    if i < 2:
        return ""
    low = toks[i].text.lower()
    if toks[i - 1].text == ",":
        return low
    return low if toks[i - 1].text in DASHES and low in ("who", "which") else ""


def past_dashes(toks: list[Token], i: int) -> int:
    """``i``, or the index before the dashes that end there (``--``, written as two hyphens)."""
    while i > 0 and toks[i].text in DASHES:
        i -= 1
    return i


def who_antecedent(toks: list[Token], first: int, last: int) -> int:
    """Where the noun that ``, who`` after ``toks[last]`` refers to starts, in the phrase that
    the scan read from ``first``: ``who`` names a person, so after a thing and a preposition the
    person is the preposition's object (``a lecture from the Mexican president, who said``,
    ``steep for Mr. Sanders, who said``); a phrase whose head, before its first preposition, is
    a person stays whole (``a spokesperson for the company, who said``, ``The owner of a shop on
    Main Street, who said``), and so does one that ends in a place (``the union in Bavaria``).
    After examples of a plural noun, ``who`` is the example's: ``candidates like Mr. Carson, who
    claimed``."""
    example = _examples_start(toks, first, last)
    if example is not None:
        return example
    preps = [k for k in range(first + 1, last) if toks[k].text in _JOINING]
    if not preps or person_word(toks[preps[0] - 1].text) or not person_word(toks[last].text):
        return first
    k = preps[-1]
    if toks[k].text in PLACE_PREPOSITIONS:
        return first
    if toks[k].text == "of" and last == k + 1 and toks[last].text.lower() not in _PERSONS:
        return first  # ``the coast of Maine``: one name after ``of`` is as often a place
    return k + 1


_PERSONS: Final = PEOPLE_NOUNS | ROLE_NOUNS | UNCLEAR_PERSON_NOUNS
_JOINING: Final = NP_PREPOSITIONS | RECEIVING_PREPOSITIONS
"""Prepositions that join a noun to its complement in a phrase, ``to`` too: ``a letter to officials, who``."""


def person_word(text: str) -> bool:
    """Whether a word may name a person: a name, or a noun for a person or people."""
    low = text.lower()
    return (
        text[:1].isupper()
        or low in _PERSONS
        or singular(low) in _PERSONS
        or low.removesuffix("s").endswith(PERSON_NOUN_ENDINGS)
    )


_BODIES: Final = ORG_NOUNS | WORK_NOUNS


def _examples_start(toks: list[Token], first: int, last: int) -> int | None:
    """Where the examples start in the phrase ``toks[first : last + 1]``, if it gives examples of
    its noun (``candidates like Mr. Carson``, ``groups such as the Sierra Club``), else None."""
    for k in range(last - 1, first, -1):
        if example_opener(toks, k, toks[k].text.lower()) is not None:
            return k + 1
    return None


def which_antecedent(toks: list[Token], first: int, last: int) -> int | None:
    """Where the noun that ``, which`` after ``toks[last]`` refers to starts, in the phrase that
    the scan read from ``first``, or None where it names nothing that speaks. ``which`` names a
    body or a work: the object of the last preposition but one of place where it is one (``a
    request by The Washington Post, which argued``, ``The CEO of a company in Texas, which
    said``), else the head before it (``the report on the strike, which found``); a bare name
    may be a product or a place (``ExploitGym, which asks``), but ``the AP`` is a body. After
    examples of a plural noun, ``which`` is the example's: ``groups such as the Sierra Club,
    which argued``."""
    example = _examples_start(toks, first, last)
    first = first if example is None else example
    head = last
    for k in range(last - 1, first, -1):
        if toks[k].text not in NP_PREPOSITIONS:
            continue
        if toks[k].text in PLACE_PREPOSITIONS:
            head = k - 1  # ``a company in Texas``: the place is no antecedent
            continue
        if _body_or_work(toks, k + 1, head):
            return k + 1
        head = k - 1
        break
    return first if _body_or_work(toks, first, head) else None


def _body_or_work(toks: list[Token], first: int, head: int) -> bool:
    """Whether ``toks[head]`` heads a phrase for a body or a work that opens at ``first``: a noun
    for one (``the agency``, ``the report``), or a name after ``the`` (``the AP``)."""
    text = toks[head].text
    low = text.lower()
    if low in _BODIES or singular(low) in _BODIES:
        return True
    return text[:1].isupper() and toks[first].text.lower() == "the"
