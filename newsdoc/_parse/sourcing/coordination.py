"""Sources joined by ``and``: whether the ``and`` that the leftward scan of
:mod:`~newsdoc._parse.sourcing.left_scan` meets joins two parts of one source (``the company and
the union``, ``Jane Roe and other officials``, ``experts on trade and tariffs``) or two clauses
(``The senator met the governor and the president said``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import ADDITIVE_DETERMINERS, DETERMINERS, INDEFINITE, PLURAL_QUANTIFIERS
from newsdoc._parse.lexicon.numbers import APPROXIMATORS
from newsdoc._parse.lexicon.people import DEMONYMS, ROLE_NOUNS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS, SPEECH_PARTICIPANTS, SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.names import plural
from newsdoc._parse.sourcing.phrase import COUNTS, cap, partitive, stops, word
from newsdoc._parse.sourcing.tokens import Token, abbreviation_period
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, PEOPLE_AND_POSTS, SOURCE_NOUNS, singular, source_noun

_THIRD_PERSON: Final = SUBJECT_PRONOUNS - SPEECH_PARTICIPANTS
"""Subject pronouns that may stand for a source joined to another: ``he``, ``she``, ``they``."""

__all__ = [
    "conjuncts",
    "coordinates",
    "inside_complement",
    "joined_at",
    "listed_people",
    "modified_second",
    "modifiers_joined",
    "object_conjunct",
    "second_complement",
]


def joined_at(toks: list[Token], k: int, first: int, i: int, *, before: int) -> bool:
    """Whether the ``and`` at ``k`` joins the phrase ``toks[first:i + 1]`` to the words before it,
    ``toks[before]`` the last of them (past a parenthesis), as two sources (``Analysts and
    investors``, ``Advocacy groups and legal scholars``) or two parts of one (``Federal and state
    officials``, ``Experts on trade and tariffs``); not two clauses (``hired workers and state
    officials said``)."""
    then = toks[first + 1].text if first + 1 < len(toks) else ""
    return (
        coordinates(toks[before].text, toks[first].text, then, toks[i].text)
        or inside_complement(toks, k)
        or modifiers_joined(toks, k, first, i)
        or modified_second(toks, k, first, i)
    )


def coordinates(before: str, after: str, then: str, head: str) -> bool:
    """Whether ``and`` joins two parts of one source: a pronoun and another source (``He and
    Brafman``), two names (``Google and Amazon``, ``MIT and the University of Queensland``) or two
    nouns for people (``leaders and insiders``, ``Democrats and civil rights groups``), not a clause
    and a source (``hired workers and state officials said``). ``then`` is the word after
    ``after``, ``head`` the last word of the second part."""
    if before.lower() in _THIRD_PERSON:
        return True  # not ``You and your colleagues``, where the second is the source
    if before[:1].isupper() or before[:1].isdigit():
        if after.islower() and source_noun(before) and (source_noun(after) or source_noun(head)):
            return True  # ``Analysts and investors`` at a sentence's start
        return after[:1].isupper() or (after.lower() == "the" and then[:1].isupper())
    # a role in capitals joins as one in lower case (``founder and CEO Jane Roe``, ``senator and
    # Ambassador``); not a title's abbreviation, which opens a name of its own (``The senator and Gov. Roe``)
    low = after.lower()
    role = after.islower() or (low in ROLE_NOUNS and then != ".")
    # in the plural too: ``hospital administrators and nurses``
    return (
        role and (before.lower() in SOURCE_NOUNS or source_noun(before)) and (low in SOURCE_NOUNS or source_noun(after))
    )


def modified_second(toks: list[Token], k: int, first: int, i: int) -> bool:
    """Whether the ``and`` at ``k`` joins a short first source that opens its clause to a second
    with a modifier of its own, ``toks[first:i + 1]``: ``Advocacy groups and legal scholars``,
    ``, and doctors and medical experts``; not ``crews cleared roads and state officials said``
    or ``The storm hit farmers and local officials said``, whose first is a verb's object."""
    if not (k > 1 and source_noun(toks[k - 1].text) and source_noun(toks[i].text)):
        return False
    for size in (1, 2, 3):
        j = k - size
        if j < 0 or not word(toks[j]) or (size == 3 and not (j == 0 and cap(toks[j]))):
            break  # three words only where they open the text with a capital: ``Immigration advocacy groups``
        if _opens_clause(toks, j) or (toks[j - 1].text.lower() in DETERMINERS and _opens_clause(toks, j - 1)):
            return True
    return False


def modifiers_joined(toks: list[Token], k: int, first: int, i: int) -> bool:
    """Whether the ``and`` at ``k`` joins two modifiers of the lower-case head at ``toks[i]``:
    ``Federal and state officials``, ``three current and former employees``, ``progressive and
    Muslim organizations``. Neither modifier is a plural noun (``her campaign and Democrats
    across the country``), and the first opens the phrase (not ``The bill passed and state
    officials said``, ``declined to comment and Senate aides said``)."""
    if not first < i or k < 1 or not toks[i].text[:1].islower():
        return False
    b = k - 1
    if abbreviation_period(toks, b):
        b -= 1  # ``U.S. and European officials``: the abbreviation's period is no mark
    before, after = toks[b], toks[first]
    adjective = after.text.lower() in DEMONYMS  # ``French diplomats``: a people's name before its noun
    # a plural right before the head modifies it: ``finance and operations leaders``
    adjective = adjective or (i == first + 1 and after.text.islower())
    if not (word(before) and after.text.isalpha()) or (plural(after.text) and not adjective):
        return False
    if plural(before.text):  # a plural noun as a modifier only after one of its own: ``corporate affairs and``
        if not (b > 0 and before.text.islower() and _modifier_word(toks[b - 1]) and after.text.islower()):
            return False
        b -= 1
        before = toks[b]
    if stops(before.text.lower()) or (
        b > 0 and before.text.endswith("ed") and toks[b - 1].text.lower() not in DETERMINERS
    ):
        return False  # ``The three resigned and federal officials said``; but ``The decentralized and desperate``
    return (
        _opens_clause(toks, b)
        or (b > 0 and toks[b - 1].text.lower() in _PHRASE_OPENERS and _opens_clause(toks, b - 1))
        or _quantity_opens(toks, b)
    )  # ``Federal and state officials``, ``Three current and former employees``; not ``closed the beach and``


def _modifier_word(tok: Token) -> bool:
    """Whether a token may modify the noun after it: a word, in lower case after its first letter,
    that is no preposition, determiner or word of a clause (``corporate`` in ``corporate affairs``)."""
    low = tok.text.lower()
    return (
        word(tok) and tok.text[1:].islower() and not stops(low) and low not in PREPOSITIONS and low not in DETERMINERS
    )


def _quantity_opens(toks: list[Token], b: int) -> bool:
    """Whether a phrase of quantity that opens its clause ends right before ``toks[b]``: a partitive
    and its ``of`` (``Nearly half of``, ``Most of the``) or a ratio (``Roughly 1 in 4``, ``Two in five``)."""
    j = b - 1
    if j > 0 and toks[j].text.lower() in DETERMINERS:
        j -= 1
    if j < 1:
        return False
    if toks[j].text.lower() == "of" and partitive(toks[j - 1].text.lower()):
        j -= 1
    elif j > 1 and toks[j - 1].text == "in" and _count(toks[j]) and _count(toks[j - 2]):
        j -= 2
    else:
        return False
    if j > 0 and toks[j - 1].text.lower() in APPROXIMATORS:
        j -= 1
    return _opens_clause(toks, j)


def _count(tok: Token) -> bool:
    """Whether a token is a number, in words or figures: ``4``, ``five``."""
    return tok.text.isdigit() or tok.text.lower() in COUNTS


_PHRASE_OPENERS: Final = DETERMINERS | COUNTS


def _phrase_opens_clause(toks: list[Token], last: int) -> bool:
    """Whether the noun phrase that ends at ``toks[last]`` opens its clause: read back over its
    words to a determiner or a word in ``-ed``, which may be a verb (``interviewed witnesses``)."""
    j = last
    while j > 0 and word(toks[j - 1]) and not (toks[j - 1].text.islower() and toks[j - 1].text.endswith("ed")):
        low = toks[j - 1].text.lower()
        if stops(low) or low in PREPOSITIONS:
            break  # ``laid off workers``, ``heard from experts``
        j -= 1
        if low in DETERMINERS:
            break
    return _opens_clause(toks, j)


def _opens_clause(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens its clause: it starts the text, or a mark or a conjunction stands before it."""
    if k == 0:
        return True
    low = toks[k - 1].text.lower()
    return not word(toks[k - 1]) or low in COORDINATORS or low in SUBORDINATORS


def object_conjunct(toks: list[Token], first: int, second: int, *, between: bool = True) -> bool:
    """Whether the noun phrase or name before the ``and`` that opens ``toks[second]`` follows a verb
    or a preposition (``met the governor and the president said``, ``met Jane Roe and her aides
    said``), so that it is its object and not a first source; a preposition after a noun for a
    source opens its complement instead."""
    d = second - 2
    if cap(toks[d]):  # a name: back to its first word (``met Jane Roe and her aides said``)
        while d > first and (cap(toks[d - 1]) or toks[d - 1].text == "."):
            d -= 1
    while d > first and toks[d].text.lower() not in DETERMINERS and not cap(toks[d]):
        d -= 1
    if d == 0:
        return False
    before = toks[d - 1].text
    if before == "between" and between:
        return False  # ``talks between the city and the union``: ``and`` joins the objects of ``between``
    if before in NP_PREPOSITIONS and d > 1 and (cap(toks[d - 2]) or source_noun(toks[d - 2].text)):
        return False  # ``Officials at the agency and the ministry said``: a complement inside the source
    return word(toks[d - 1]) and before.islower() and before not in CLAUSE_STOPS and before not in DETERMINERS


def conjuncts(toks: list[Token], k: int, i: int) -> bool:
    """Whether the determiner at ``toks[k]``, after ``and``, opens a source joined to the one
    that ends before the ``and``, the second ending at ``toks[i]``: two names, two nouns for
    sources (``the company and the union``), anything that can be a source before ``other``
    (``Jane Roe and other officials``, ``the mayor and another aide``), or a quantifier or a number
    after a first source that opens its clause (``The mayor and two aides``)."""
    low, last = toks[k].text.lower(), toks[k - 2]
    if low in ADDITIVE_DETERMINERS:
        return cap(last) or source_noun(last.text)
    counted = low in COUNTS or low[:1].isdigit() or low in INDEFINITE  # ``The mayor and two aides``, ``and a governor``
    if low not in _SECOND_OPENERS and not counted:
        return False
    if counted and not (cap(last) or source_noun(last.text)):
        return False  # ``The plant lost power and two workers said``: a clause, not a first source
    if (counted or low in PLURAL_QUANTIFIERS) and low not in _SECOND_OPENERS_ALWAYS:
        return _phrase_opens_clause(
            toks, k - 2
        )  # ``Many experts and some lawmakers``; not ``funded the program and many``
    if cap(last):
        return cap(toks[k + 1]) or source_noun(toks[i].text)  # ``Trump and his supporters``
    return source_noun(last.text) and source_noun(toks[i].text)


_SECOND_OPENERS_ALWAYS: Final = POSSESSIVE_DETERMINERS | {"the"}
"""What opens a second source joined to any first one that can be a source: ``the union``, ``its lawyers``."""
_SECOND_OPENERS: Final = _SECOND_OPENERS_ALWAYS | PLURAL_QUANTIFIERS
"""What opens the second of two joined sources; a quantifier only after a first source that opens
its clause: ``some lawmakers`` in ``Many experts and some lawmakers``."""


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


def listed_people(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a noun for people in the plural that opens a list or follows a comma in
    one: ``Doctors, nurses``, ``the doctors, nurses``; not ``Unlike doctors, nurses``."""
    text, j = toks[k].text, k - 1
    if j >= 0 and toks[j].text.lower() in DETERMINERS:
        j -= 1  # ``the doctors, nurses``; but not ``Like their colleagues, nurses``
    opens = j < 0 or not word(toks[j])
    return opens and text[1:].islower() and plural(text) and singular(text.lower()) in PEOPLE_AND_POSTS
