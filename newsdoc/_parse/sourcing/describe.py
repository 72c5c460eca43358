"""Describe a source phrase: whether it names someone, how many, and the person's name and role.

- **named** is True where the phrase names a person or an organisation (``Mathew
  Miller``, ``the White House``, ``a recent MIT study``), False for people described but
  not named (``two Israeli officials``, ``a source familiar with the matter``, ``52% of
  Americans``, ``another report``) and None where it is unclear (``the company``, ``a
  Paramount spokesperson``, ``the study``, a pronoun until it is resolved).
- **count** is the number the phrase states: ``two officials`` is 2, ``a``/``an``/``one``
  and a singular name or noun are 1, ``Google, Microsoft and Amazon`` is 3; plural nouns,
  shares (``52% of``) and bodies of findings (``polling``) leave it None.
- **name** and **role**: where the phrase names a person, the name (the capitalised words at
  the end of the head, titles left out) and the role written before it or in an appositive.

Whether the phrase names its source is read by :mod:`~newsdoc._parse.sourcing.named`.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import FLOATING_QUANTIFIERS
from newsdoc._parse.lexicon.grammar import (
    DETERMINERS,
    QUANTIFIER_PRONOUNS,
    SINGULAR_QUANTIFIER_PRONOUNS,
)
from newsdoc._parse.lexicon.nouns import (
    GROUP_NOUNS,
    MODIFIED_ORG_NOUNS,
    ORG_NAME_WORDS,
    PERSON_NOUN_ENDINGS,
)
from newsdoc._parse.lexicon.numbers import CARDINALS, DETERMINER_NUMBERS, QUANTITY_NOUNS
from newsdoc._parse.lexicon.people import SUFFIXES
from newsdoc._parse.lexicon.prepositions import PLACE_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import (
    DEMONSTRATIVE_PRONOUNS,
    OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    REFLEXIVES,
    SUBJECT_OF_OBJECT,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.sourcing.appositives import names
from newsdoc._parse.sourcing.counting import count_of
from newsdoc._parse.sourcing.heads import head_noun, head_words, split_complement
from newsdoc._parse.sourcing.name_role import name_and_role
from newsdoc._parse.sourcing.named import collective_name, names_source
from newsdoc._parse.sourcing.names import Context, family, possessive
from newsdoc._parse.sourcing.phrase import partitive, share
from newsdoc._parse.sourcing.records import Description
from newsdoc._parse.sourcing.tokens import Token, tokens
from newsdoc._parse.sourcing.words import NUMBER_WORDS, SOURCE_NOUNS, singular

__all__ = ["Description", "describe", "described", "head_noun"]


def describe(source: str, head_len: int, context: Context) -> Description:
    """Describe ``source``; its first ``head_len`` characters are the head before any appositive.

    >>> d = describe("State Department spokesperson Mathew Miller", 43, Context(""))
    >>> d.named, d.number, d.name, d.role
    (True, 1, 'Mathew Miller', 'State Department spokesperson')
    >>> d = describe("two Israeli officials", 21, Context(""))
    >>> d.named, d.number, d.name
    (False, 2, None)
    """
    head = source[:head_len]
    toks = head_words(head)
    lows = [t.text.lower() for t in toks]
    if len(toks) > 1 and lows[-1] in REFLEXIVES:
        toks.pop()  # ``Leiter himself``
        lows.pop()
    if not toks:
        return Description(named=None, number=None, name=None, role=None, person=False, plural=False, speaker=False)
    low0 = lows[0]
    if len(toks) == 1:
        low0 = SUBJECT_OF_OBJECT.get(low0, low0)  # ``according to him``: described as ``he``
    if len(toks) == 1 and low0 in SUBJECT_PRONOUNS:
        plural = low0 in PLURAL_PRONOUNS
        return Description(
            named=None,
            number=None if plural else 1,
            name=None,
            role=None,
            person=low0 in PERSON_PRONOUNS,
            plural=plural,
        )
    if len(toks) == 1 and low0 in QUANTIFIER_PRONOUNS:  # ``Some say``, ``Both said`` (2)
        number = DETERMINER_NUMBERS.get(low0)
        return Description(named=False, number=number, name=None, role=None, person=False, plural=True)
    if len(toks) == 1 and low0 in SINGULAR_QUANTIFIER_PRONOUNS:  # ``Another said`` (1)
        number = None if low0 in FLOATING_QUANTIFIERS else DETERMINER_NUMBERS.get(low0)  # ``Each said``: no group
        return Description(named=False, number=number, name=None, role=None, person=True, plural=False)
    core, core_lows, complement = split_complement(toks, lows)
    if len(core) == 1 and core_lows[0] in DEMONSTRATIVE_PRONOUNS:  # ``Those close to the mayor``, ``those who``
        return Description(named=False, number=None, name=None, role=None, person=True, plural=True, speaker=True)
    appositive = _AGE.sub("", source[head_len:].lstrip(" ,\u2014\u2013-"))  # ``Benny Lau, 63``: an age, no role
    if appositive.replace(".", "").lower() in SUFFIXES:
        appositive = ""  # ``Jane Roe, M.D.``, ``John Smith, Jr.``, ``Acme, Inc.``: part of the name, no role
    name, role, person = name_and_role(head, toks, lows, appositive, context)
    joined = 0
    apposed = tokens(appositive, 0, len(appositive)) if person is False and appositive else []
    if apposed and "and" in (t.text for t in apposed) and not _counted(complement) and names(apposed):
        # the names of two stand in it: ``The authors, Jane Roe and John Doe``; not the names of a
        # counted complement's places (``Residents of two towns, Millbrook and Easton``)
        person, joined = None, 2
    elif apposed:
        # the name stands in the appositive: ``the poll's director, professor Shibley Telhami``
        name, role, person = name_and_role(appositive, apposed, [t.text.lower() for t in apposed], "", context)
        if name is not None and role is None and lows[-1] in SOURCE_NOUNS:
            # the head is the role: ``Her longtime spokesman, Nick Merrill`` is a spokesman
            role = head.split(" ", 1)[1] if low0 in DETERMINERS and " " in head else head
    # where a work appeared or was made names no author: ``a poll in Ohio``, ``a report in the Herald``;
    # but ``a survey in Texas by the University of Houston`` does
    placed = bool(complement) and lows[len(core)] == "in" and not any(t.text == "by" for t in complement)
    named = True if person is not False else names_source(core, core_lows, [] if placed else complement, context)
    if (
        person is not True
        and partitive(core_lows[-1])
        and complement
        and len(core) < len(lows)
        and lows[len(core)] in PLACE_PREPOSITIONS
    ):
        named = False  # some of the people in a place, not the place: ``Many at the Pentagon``, ``Some in Congress``
    count, plural = count_of(core, core_lows, bool(complement)) if not joined else (joined, True)
    if len(core) > 1 and collective_name(core, core_lows) and "and" not in core_lows:
        count = 1  # ``the Associated Press`` is one body (``the Capitol Police say``: still a plural verb)
    if name is not None and count is not None and count > 1 and _names_joined(core):
        name, role, person = None, None, None  # ``Mr. King and Mr. Schultz``: several people, each named
    elif name is not None:  # one person, whatever the roles: ``the founder and researcher Rachel Janfaza``
        count, plural = 1, False
    elif plural and count is None and named and _company(core, core_lows):
        count, plural = 1, False  # ``Veritas Labs``, ``Acme Industries``: one company, its name's last word a plural
    elif not plural and family([t.text for t in core], context):
        count, plural = None, True  # ``the Khans``: a family, by its surname
    return Description(
        named=named,
        number=1 if person is not False and count is None and not plural else count,
        name=name,
        role=role,
        person=person,
        plural=plural,
        speaker=name is not None or _can_speak(toks, lows, core, core_lows),  # ``The winner, Jane Roe``: a person
    )


def _names_joined(core: list[Token]) -> bool:
    """Whether every member of a coordination ends in a capitalised word: ``Mr. King and Mr. Schultz``."""
    ends = [core[k - 1].text for k, t in enumerate(core) if t.text in ("and", "nor", ",") and k > 0] + [core[-1].text]
    return all(e[:1].isupper() for e in ends)


_AGE: Final = re.compile(r"^\d{1,3}(?:,\s*|\Z)|,\s*\d{1,3}\Z")
"""An age that opens or ends an appositive or is all of it: ``Benny Lau, 63``, ``Benny Lau, 63, a
baker``, ``The owner, Benny Lau, 63``."""


def _can_speak(toks: list[Token], lows: list[str], core: list[Token], core_lows: list[str]) -> bool:
    """Whether the phrase of tokens ``toks`` can say or find something (see :attr:`Description.speaker`); ``core`` is
    its part before any complement, and ``lows`` and ``core_lows`` are the same in lower case."""
    if not toks:
        return False
    if len(toks) == 1 and lows[0] in SUBJECT_PRONOUNS:
        return True
    rest = len(core) + 1
    if core_lows[0] in DEMONSTRATIVE_PRONOUNS and len(toks) > 1:
        return True  # ``those close to him``, ``those surveyed``: people
    if rest < len(toks) and (
        core_lows[-1] in GROUP_NOUNS
        or core_lows[-1] in QUANTITY_NOUNS  # ``a body of research`` finds as research does
        or (_picks(core_lows[-1]) and lows[rest - 1] == "of")
    ):
        # ``a chorus of senators`` and ``several of the clerks`` speak as senators and clerks do
        group = toks[rest:], lows[rest:]
        return lows[rest] in OBJECT_PRONOUNS or _can_speak(*group, *split_complement(*group)[:2])
    if core_lows[-1] in MODIFIED_ORG_NOUNS and all(
        low in DETERMINERS or low in POSSESSIVE_DETERMINERS for low in core_lows[:-1]
    ):
        return False  # ``the body``, ``her body``: no organisation without a modifier (``the governing body``)
    for t, low in zip(core, core_lows, strict=True):
        if t.text[0].isupper() and low not in DETERMINERS and not possessive(t.text):
            return True
    last = core_lows[-1]
    return (
        (last[0].isdigit() and ("%" in lows or "in" in core_lows))  # ``52% of``, ``4 in 10``
        or share(last)
        or last in NUMBER_WORDS
        or last in QUANTIFIER_PRONOUNS  # ``Several in the crowd``
        or last in SOURCE_NOUNS
        or singular(last) in SOURCE_NOUNS
        or (len(last) > 5 and last.removesuffix("s").endswith(PERSON_NOUN_ENDINGS))  # ``technologists``
    )


def _picks(low: str) -> bool:
    """Whether a word picks some of a group after ``of``, the group saying who they are: ``several``, ``dozens``."""
    return partitive(low) and not share(low) and low not in NUMBER_WORDS


def _counted(complement: list[Token]) -> bool:
    """Whether a number stands in the complement: ``Residents of two towns``."""
    return any(t.text[:1].isdigit() or t.text.lower() in CARDINALS for t in complement)


def _company(core: list[Token], lows: list[str]) -> bool:
    """Whether a name of two words or more, none of them ``and``, ends in a capitalised word that
    ends a company's name, in the plural: ``Veritas Labs``, ``Acme Industries``."""
    return len(core) > 1 and core[-1].text[:1].isupper() and lows[-1] in ORG_NAME_WORDS and "and" not in lows


def described(context: Context, source: str, head_len: int) -> Description:
    """:func:`describe`, remembered for each phrase of the article."""
    key = (source, head_len)
    found = context.descriptions.get(key)
    if found is None:
        found = context.descriptions[key] = describe(source, head_len, context)
    return found
