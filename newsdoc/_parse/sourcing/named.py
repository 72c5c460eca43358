"""Whether a source phrase names its source: ``Mathew Miller``, ``the White House`` and ``a recent
MIT study`` do; ``two Israeli officials`` and ``a city engineer`` do not; ``the company`` and ``a
Paramount spokesperson`` leave it unclear. :mod:`~newsdoc._parse.sourcing.describe` reads the rest
of a description."""

from __future__ import annotations

from newsdoc._parse.lexicon.grammar import DEFINITE, DETERMINERS, INDEFINITE
from newsdoc._parse.lexicon.nouns import (
    IRREGULAR_PLURALS,
    ORG_NOUNS,
    PARTY_MEMBERS,
    PEOPLE_NOUNS,
    PERSON_NOUN_ENDINGS,
    UNCLEAR_PERSON_NOUNS,
)
from newsdoc._parse.lexicon.numbers import CARDINALS, QUANTITY_NOUNS
from newsdoc._parse.lexicon.people import DEMONYMS, ROLE_NOUNS
from newsdoc._parse.lexicon.works import COUNTABLE_WORK_NOUNS, MASS_WORK_NOUNS
from newsdoc._parse.sourcing.counting import has_proper
from newsdoc._parse.sourcing.heads import split_complement
from newsdoc._parse.sourcing.names import Context, plural, possessive, surname_form
from newsdoc._parse.sourcing.phrase import partitive
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import PEOPLE_AND_POSTS, SOURCE_NOUNS, singular

__all__ = ["collective_name", "names_source"]


def names_source(core: list[Token], lows: list[str], complement: list[Token], context: Context) -> bool | None:
    """Whether the phrase ``core`` (``lows`` in lower case), with its ``complement``, names its source."""
    head = core[-1].text
    low = lows[-1]
    det = lows[0]
    if head[0].isdigit() and len(core) > 1 and core[-2].text[0].isupper() and core[-2].text.lower() not in DETERMINERS:
        return True  # a name that ends in a number: ``Freedom 250``; not ``A 43-year-old``
    person_ending = low[:1].isdigit() and low.endswith(PERSON_NOUN_ENDINGS)  # ``the 27-year-old``
    # ``41% of Americans``, ``Both of them``: the group decides; a noun of quantity only with its
    # group (``a body of researchers``, not ``the governing body``)
    if partitive(low) and not person_ending and (complement or low not in QUANTITY_NOUNS):
        while complement and complement[-1].text.islower() and complement[-1].text.endswith("ed"):
            complement = complement[:-1]  # ``41% of Americans surveyed``
        return (
            names_source(*split_complement(complement, [t.text.lower() for t in complement]), context)
            if complement
            else False
        )
    # a post in capitals after nothing but a determiner or a possessor names no one: ``The CEO``,
    # ``Apple's CFO``; it may be unclear (``the SVP`` may be a party), never named
    modifiers = [t for t in core[:-1] if not possessive(t.text)]
    if low in ROLE_NOUNS and head.isupper() and not has_proper(modifiers) and len(core) > 1:
        return None
    # a member of a party or a people after a determiner names no one: ``A senior House Democrat``,
    # ``one Republican``, ``the outgoing Republican``; but ``The Daily Caller`` is a name
    opened = det in DETERMINERS or det in CARDINALS
    member = (low in PARTY_MEMBERS or low in DEMONYMS) and opened and not plural(head)
    proper = not member and head[0].isupper() and len(core) > 1 and (not plural(head) or collective_name(core, lows))
    if (
        len(core) == 1
        and (low in PEOPLE_NOUNS or low in COUNTABLE_WORK_NOUNS)
        and surname_form(head, low)
        and context.person(head)
    ):
        return True  # written after a given name elsewhere: ``Matt Baker ... Baker said``, ``Carter Page``
    if (low in PEOPLE_NOUNS or person_ending) and not proper:
        possessed = any(possessive(t.text) for t in core[:-1]) or det in ("his", "her", "its", "their")
        if possessed and not plural(head):
            return None  # ``Modal's top tech executive``: a unique post, not named
        return False  # ``the Associated Press`` is named; ``Top Republicans`` are not
    if low in UNCLEAR_PERSON_NOUNS:
        return None
    if low in COUNTABLE_WORK_NOUNS or low in MASS_WORK_NOUNS or low[:-1] in COUNTABLE_WORK_NOUNS:
        if len(core) == 2 and core[0].text == "the" and head[0].isupper():
            return True  # a capital inside a sentence makes the noun a name: ``the Post``, ``the Journal``
        opened = det in DETERMINERS
        modifiers = core[1:-1] if opened else core[:-1]
        if not opened and modifiers and context.lower_case(det):
            modifiers = modifiers[1:]  # a common word capitalised at the start of a sentence: ``Exit polls``
        modifiers = [t for t in modifiers if t.text.lower() not in DEMONYMS]  # ``the top British medical journal``
        if has_proper(modifiers) or has_proper(complement):
            return True
        if det in INDEFINITE:
            return False
        return None
    # ``Officials``, ``Companies`` opening a sentence; not ``Chiefs``, ``Cardinals`` (a post's plural may name a team)
    common = low in SOURCE_NOUNS or singular(low) in ORG_NOUNS or singular(low) in PEOPLE_NOUNS
    if head[0].isupper() and not (len(core) == 1 and common and not has_proper(complement)):
        if len(core) == 1 and not has_proper(complement) and context.lower_case(low):
            return None  # a common noun capitalised at the start of a sentence
        return True
    if low in ORG_NOUNS:
        modifiers = core[1:-1] if det in DETERMINERS else core[:-1]
        return True if has_proper(modifiers) else None
    if det in DEFINITE:
        return None
    if det in INDEFINITE:
        return False  # ``a city engineer``: someone described, not named
    return False if plural(head) else None


def collective_name(core: list[Token], lows: list[str]) -> bool:
    """Whether a name after a determiner ends in a plural that is one body: a noun for people with
    no singular (``the Associated Press``, not ``Local media``) or the plural of no people (``the
    United Nations``, ``the National Institutes of Health``; not ``the Senate Democrats``)."""
    k = len(core) - 2  # the capital after a determiner: one that opens the phrase may open the sentence
    capitals = core[k].text[0].isupper() and core[-1].text[0].isupper()  # not ``the Afghan women``
    if not (k > 0 and capitals and lows[k - 1] in DETERMINERS):
        return False
    last = lows[-1]
    people = singular(last) in PEOPLE_AND_POSTS or last in PEOPLE_NOUNS
    return last in IRREGULAR_PLURALS or (plural(core[-1].text) and not people)
