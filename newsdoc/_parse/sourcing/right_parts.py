"""Tests of the words inside a source phrase, for the rightward scan of
:mod:`~newsdoc._parse.sourcing.source_after`: nouns for people and roles before a name
(``Trump rival Ted Cruz``), lists of names (``U.S., Israeli and Lebanese``), the prepositions
inside an organisation's name (``the Center for American Progress``) and the slots where a
word in ``-ed`` or ``-ing`` modifies the noun to come."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import MODIFIER_NEGATIONS, TIME_WORDS
from newsdoc._parse.lexicon.grammar import ARTICLES, DETERMINERS, QUANTIFIER_PRONOUNS, RIGHT_STOPS
from newsdoc._parse.lexicon.messages import BROADCASTS
from newsdoc._parse.lexicon.nouns import ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUN_ENDINGS
from newsdoc._parse.lexicon.numbers import CARDINALS, ORDINALS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS, RECEIVING_PREPOSITIONS
from newsdoc._parse.sourcing.names import possessive
from newsdoc._parse.sourcing.phrase import LIST_LOOKAHEAD, cap, past_participle, stops, time_phrase, word
from newsdoc._parse.sourcing.postmodifiers import postmodifier, purpose_participle
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import SOURCE_NOUNS, WORK_NOUNS, singular

__all__ = [
    "NAME_PREPOSITIONS",
    "adverb_premodifier",
    "dated_noun",
    "inside_org_name",
    "list_follows",
    "modifier_slot",
    "negated_participle",
    "noun_follows",
    "participle_phrase",
    "person_noun",
    "published_in",
    "role_before_name",
    "seated_in",
    "verb_before_object",
]


def person_noun(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a noun for a person by its ending, or right before one: ``billionaire businessman``."""
    for j in (k, k + 1):
        if j < len(toks) and toks[j].text.islower() and toks[j].text.endswith(PERSON_NOUN_ENDINGS):
            return True
    return False


def role_before_name(toks: list[Token], k: int) -> bool:
    """Whether lower-case ``toks[k]`` stands before a name of two words, as a role: ``Trump rival Ted Cruz``."""
    return (
        k + 2 < len(toks)
        and cap(toks[k - 1])
        and toks[k].text not in PREPOSITIONS  # ``Jones outside City Hall``
        and not toks[k].text.endswith("ed")  # ``Norvane surveyed 1,200 U.S. voters``: a verb, no role
        and all(word(toks[j]) and cap(toks[j]) and not stops(toks[j].text.lower()) for j in (k + 1, k + 2))
    )


def noun_follows(toks: list[Token], k: int, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` follows within two words: ``Census Bureau population estimates``."""
    return any(toks[j].text[0].islower() and toks[j].text.lower() in nouns for j in range(k, min(k + 2, len(toks))))


def list_follows(toks: list[Token], k: int) -> bool:
    """Whether a comma at ``k - 1`` sits inside a list of names: ``U.S., Israeli and Lebanese``."""
    if k >= len(toks) or not (word(toks[k]) and cap(toks[k])):
        return False  # ``according to BCG, and PR agencies may ...`` ends at the comma
    for j in range(k, min(k + LIST_LOOKAHEAD, len(toks))):
        if toks[j].text in ("and", "or"):
            return True
        if not (word(toks[j]) and cap(toks[j])) and toks[j].text != ",":
            return False
    return False


NAME_PREPOSITIONS: Final = frozenset(("for", "on", "of"))
"""Prepositions that stand inside the name of an organisation: ``Center for``, ``Council on``."""


def inside_org_name(toks: list[Token], k: int) -> bool:
    """Whether the preposition at ``k`` joins two parts of an organisation's name: a word that
    ends such a name in capitals before it, a capital after it (``the Center for American
    Progress``, ``the Council on Foreign Relations``); not ``Jane Roe for Morning Consult``."""
    if k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1].text, toks[k + 1].text
    named = after[:1].isupper() and after.lower() not in TIME_WORDS and not possessive(after)
    low = before.lower()
    body = low in ORG_NAME_WORDS or singular(low) in ORG_NAME_WORDS  # ``the Centers for Disease Control``
    return before[:1].isupper() and body and named  # not ``for Tuesday's``


def modifier_slot(before: str) -> bool:
    """Whether a word in ``-ed`` or ``-ing`` after ``before`` modifies the noun to come: ``U.S.
    aggregated data``, ``one unnamed official``, ``a second retired general``."""
    low = before.lower()
    return before[:1].isupper() or before[:1].isdigit() or low in DETERMINERS or low in CARDINALS or low in ORDINALS


def published_in(toks: list[Token], k: int) -> bool:
    """Whether ``in`` at ``k`` tells where the work before it appeared or was made, a name after
    it: ``a report in the Des Moines Register``, ``a poll in New Hampshire``; not a time (``a
    poll in February``) nor a person's medium (``Smith in a statement``)."""
    if toks[k].text != "in" or k == 0 or k + 1 >= len(toks) or toks[k - 1].text.lower() not in WORK_NOUNS:
        return False
    j = k + 2 if toks[k + 1].text.lower() in ARTICLES and k + 2 < len(toks) else k + 1
    return word(toks[j]) and toks[j].text[0].isupper() and toks[j].text.lower() not in TIME_WORDS


_SEATING: Final = RIGHT_STOPS & NP_PREPOSITIONS
"""Prepositions that end a phrase read rightwards but may join a person to the body they sit in: ``in``, ``on``."""
_BODIES: Final = ORG_NOUNS - BROADCASTS - WORK_NOUNS
"""Nouns for a body a person may sit in, not a program that carries what they say (``on a radio
program``, ``on the program``)."""
_SEAT_WORDS: Final = 3
"""The words after the article that :func:`seated_in` reads: ``on the House Judiciary committee``."""


def seated_in(toks: list[Token], k: int) -> bool:
    """Whether ``in`` or ``on`` at ``k`` tells the body the person before it sits in, and so
    belongs to the phrase: ``said a senior aide on the committee``, ``said a source in the
    administration``; not after a name, nor before anything else, which is as often a time, a
    medium or an occasion (``in an interview``, ``on a radio program``, ``on the floor``)."""
    if toks[k].text not in _SEATING or k == 0 or k + 2 >= len(toks):
        return False
    head = toks[k - 1].text
    # a quantifier for people alone before it: ``according to many in the party``
    alone = head.lower() in QUANTIFIER_PRONOUNS and (k == 1 or not word(toks[k - 2]))
    if not alone and (not head.islower() or singular(head) not in SOURCE_NOUNS or singular(head) in WORK_NOUNS):
        return False
    if toks[k + 1].text.lower() not in ARTICLES:
        return False
    for j in range(k + 2, min(k + 2 + _SEAT_WORDS, len(toks))):
        if not word(toks[j]) or possessive(toks[j].text):
            return False  # ``on the team's website``: the body owns what the phrase names
        following = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
        if toks[j].text.lower() in _BODIES and (following in PREPOSITIONS or not following[:1].isalnum()):
            return True  # the body ends its phrase: ``on the House Judiciary Committee``, not ``on the campaign trail``
    return False


def adverb_premodifier(toks: list[Token], k: int, start: int) -> bool:
    """Whether an adverb in ``-ly`` at ``k`` and the participle after it open the phrase or follow
    its determiner, before a word of their noun: ``newly released data``, ``a recently hacked email``."""
    low = toks[k].text
    return (
        low.endswith("ly")
        and low.islower()
        and k + 2 < len(toks)
        and (k == start or toks[k - 1].text.lower() in DETERMINERS)
        and toks[k + 1].text.endswith(("ed", "ing"))
        and word(toks[k + 2])
    )


def participle_phrase(toks: list[Token], k: int) -> bool:
    """Whether the past participle at ``k`` and the preposition after it open a modifier of the
    noun before (``a person briefed on the talks``, ``exit polls conducted by``), not a time
    (``a survey released on Thursday``) nor who received a work (``data shared with Axios``)."""
    if not (past_participle(toks[k].text) and postmodifier(toks, k)) or toks[k + 1].text in RECEIVING_PREPOSITIONS:
        return False
    after = [t.text.lower() for t in toks[k + 2 : k + 5]]
    return not (after and after[0] in TIME_WORDS) and not time_phrase(after)


def negated_participle(toks: list[Token], k: int, *, infinitive: bool = True) -> bool:
    """Whether the negation at ``toks[k]`` opens a participle that modifies the noun before it:
    ``an aide not involved in the talks``, or where ``infinitive``, ``an official not authorized
    to speak``."""
    j = k + 1
    if toks[k].text.lower() not in MODIFIER_NEGATIONS or j >= len(toks):
        return False
    return participle_phrase(toks, j) or (infinitive and purpose_participle(toks, j))


def verb_before_object(text: str) -> bool:
    """Whether a word before a determiner in a subject is its verb: no preposition, conjunction or determiner."""
    return text.isalpha() and text.islower() and text not in PREPOSITIONS and text not in DETERMINERS and text != "and"


def dated_noun(toks: list[Token], k: int) -> int:
    """The index of the noun that a date at ``k`` modifies after a determiner (``a January 2016
    study``, ``an Oct. 5 memo``), or -1 where the date is a time of its own."""
    if toks[k - 1].text.lower() not in DETERMINERS or not toks[k].text[:1].isupper():
        return -1  # not ``A few minutes later``: an amount of time
    j = k + 1
    while j < len(toks) and (toks[j].text.isdigit() or toks[j].text == "."):
        j += 1
    return j if j < len(toks) and word(toks[j]) and toks[j].text.islower() else -1
