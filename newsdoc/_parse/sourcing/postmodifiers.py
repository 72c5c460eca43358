"""The modifiers that follow the head noun inside a source phrase, for the leftward scan: a
participle and its complement (``a senior official involved in the talks``, ``a poll released
Sunday by``) and an infinitive that a participle opens (``activists trying to block the bill``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adjectives import RANKING_ADJECTIVES
from newsdoc._parse.lexicon.adverbs import MODIFIER_NEGATIONS, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.grammar import DETERMINERS
from newsdoc._parse.lexicon.numbers import ORDINALS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import DEMONSTRATIVE_PRONOUNS
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.phrase import past_participle, stops
from newsdoc._parse.sourcing.tokens import LOOK, Token
from newsdoc._parse.sourcing.words import AUXILIARIES, CLAUSE_STOPS, SOURCE_NOUNS, adverb_like, source_noun

__all__ = [
    "dated_participle",
    "infinitive_relative",
    "modifies_participle",
    "participle_end",
    "postmodifier",
    "purpose_infinitive",
    "purpose_participle",
]


def postmodifier(toks: list[Token], k: int) -> bool:
    """Whether the past participle at ``k`` follows a noun for a source, which it modifies, an
    adverb between or not: ``a senior official involved in the talks``, ``people briefed on the
    plan``, ``an adviser deeply involved in the talks``."""
    noun = k - 2 if k > 1 and modifies_participle(toks[k - 1].text.lower()) else k - 1
    return (
        noun >= 0
        and k < len(toks) - 1
        and toks[k].text.islower()
        and toks[noun].text.lower() in SOURCE_NOUNS
        and toks[k + 1].text in NP_PREPOSITIONS  # ``involved in``, not ``ignored the``
    )


def modifies_participle(low: str) -> bool:
    """Whether a word between a noun and its participle modifies the participle: an adverb or a
    negation (``deeply involved``, ``not involved``)."""
    return adverb_like(low) or low in MODIFIER_NEGATIONS


def dated_participle(toks: list[Token], k: int) -> int | None:
    """The index of the past participle before the words of time before the preposition at
    ``k``, where the participle modifies the noun for a source before it: ``a poll released
    Sunday by``, ``voters surveyed this week by``; None otherwise (``was filed Sunday by``)."""
    j = k - 1
    while j > 1 and (
        toks[j].text.lower() in TIME_WORDS
        or (toks[j].text.lower() in TIME_OPENERS and toks[j + 1].text.lower() in TIME_WORDS)
    ):
        j -= 1
    if j == k - 1 or not past_participle(toks[j].text):
        return None
    return j if toks[j - 1].text.lower() in SOURCE_NOUNS else None


def purpose_participle(toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` is a participle in ``-ing`` after a noun for a source and before
    ``to``, which opens an infinitive inside the source phrase: ``activists trying to block the
    bill``, ``Democrats hoping to``, ``officials declining to be named``, ``those seeking to``; a
    past participle after a negation too (``an official not authorized to speak``); not
    ``according to``, ``is planning to``."""
    if not 0 < j < len(toks) - 1 or toks[j + 1].text != "to":
        return False
    text = toks[j].text
    # a past participle only after a negation, where no past tense stands: not ``The mayor wanted to``
    negated = j > 1 and toks[j - 1].text.lower() in MODIFIER_NEGATIONS and past_participle(text)
    participle = negated or (text.islower() and text.endswith("ing") and len(text) > _SHORTEST_PARTICIPLE)
    head = toks[j - 2].text if negated else toks[j - 1].text
    return participle and (source_noun(head) or head.lower() in DEMONSTRATIVE_PRONOUNS)


_SHORTEST_PARTICIPLE: Final = 5
"""Participles in ``-ing`` longer than this: not ``bring``, ``thing``."""
_INFINITIVE_WORDS: Final = 3
"""The most words of an infinitive inside a source phrase before its object's determiner:
``planning to vote against``."""


def purpose_infinitive(toks: list[Token], k: int) -> bool:
    """Whether the lower-case word at ``k`` stands in an infinitive that a participle opens
    inside a source phrase (see :func:`purpose_participle`): ``block`` and ``against`` in
    ``senators trying to block`` and ``planning to vote against the bill``."""
    for m in range(k - 1, max(k - _INFINITIVE_WORDS - 1, 0), -1):
        word = toks[m].text
        if word == "to":  # a verb right after ``to`` (``declining to be named``), not ``trying to the``
            low = toks[k].text.lower()
            verb = m < k - 1 or not stops(low) or low in AUXILIARIES or low in CUE_FORMS  # ``planning to testify``
            return verb and purpose_participle(toks, m - 1)
        if not (word.isalpha() and word.islower()):
            return False
    return False


def infinitive_relative(toks: list[Token], j: int) -> int | None:
    """The index of the noun for a source that the infinitive whose verb (or the preposition or
    adverb after it) is ``toks[j]`` describes, where an ordinal or a superlative ranks the noun:
    ``lawmaker`` in ``The first lawmaker to see the report``, ``senator`` in ``the only senator
    to vote no``, ``officer`` in ``the second officer to arrive at the scene``; None otherwise
    (``urged officials to reject``)."""
    if j > 0 and (toks[j].text in NP_PREPOSITIONS or (toks[j].text.endswith("ly") and toks[j].text.islower())):
        j -= 1  # ``to arrive at``, ``to speak publicly``
    if j < _RANKED_INFINITIVE or not (toks[j].text.isalpha() and toks[j].text.islower()) or toks[j - 1].text != "to":
        return None
    noun = j - 2
    if not source_noun(toks[noun].text):
        return None
    for k in range(noun - 1, max(noun - _RANK_REACH - 1, -1), -1):
        low = toks[k].text.lower()
        if (
            low in ORDINALS
            or low in RANKING_ADJECTIVES
            or (_superlative(low) and toks[k - 1].text.lower() in DETERMINERS)
        ):
            return noun
    return None


_RANKED_INFINITIVE: Final = 3
"""The fewest tokens before the verb of such an infinitive: a rank, a noun and ``to``."""
_RANK_REACH: Final = 2
"""How many words before the noun the rank may stand: ``the first female lawmaker``."""


def _superlative(low: str) -> bool:
    """Whether a word after a determiner is a superlative in ``-est``: ``youngest``, ``highest``."""
    return low.endswith("est") and len(low) > _SHORTEST_SUPERLATIVE and low not in _NOT_SUPERLATIVE


_SHORTEST_SUPERLATIVE: Final = 4
"""Superlatives longer than this: not ``best`` (which :data:`_NOT_SUPERLATIVE` need not hold) nor ``test``."""
_NOT_SUPERLATIVE: Final = frozenset(("interest", "protest", "request", "contest", "forest", "honest", "modest"))
"""Words in ``-est`` that are no superlative."""


def participle_end(text: str, end: int, s_end: int, *, opens: bool = False) -> int:
    """Where a past participle that modifies the source phrase ending at ``end`` ends, at its
    clause's comma or end (``s_end``), where it names the source's author, its date or its name
    (``according to a report released Monday by the GAO``, ``according to data compiled by the
    ministry``, ``said the base chief known as Bob``); ``end`` where none follows, where it tells
    how the source came (``data shared with Axios``) or where the clause holds a verb of its own.
    Where the cue ``opens`` its sentence, any participle runs to the comma, since the clause it
    sources follows that (``Per a letter sent to the board, the CEO will resign``)."""
    rest = text[end : min(s_end, end + LOOK)]
    words = rest.split(None, 2)
    if len(words) < 2 or not past_participle(words[0]) or not rest[:1].isspace():
        return end
    after = words[1].lower().rstrip(",.")
    if not opens and after not in _NAMING_WORDS and after not in TIME_WORDS and after not in TIME_OPENERS:
        return end  # its author, its date or its name, not how it came: ``data shared with Axios``
    stop = rest.find(",")
    piece = rest if stop < 0 else rest[:stop]
    if (stop < 0 and len(rest) == LOOK) or (opens and stop < 0):
        return end  # longer than any modifier, or no comma after a cue that opens its sentence
    lows = [w.lower() for w in piece.split()]
    # past the participle and its word: ``according to figures released Monday that show``; a cue's
    # form after a determiner is a noun (``a poll taken after the debate``)
    verbs = [w in CLAUSE_STOPS or (w in CUE_FORMS and lows[n - 1] not in DETERMINERS) for n, w in enumerate(lows)]
    return end if any(verbs[2:]) else end + len(piece.rstrip(' .!?;:"\u201d'))


_NAMING_WORDS: Final = frozenset(("by", "as"))
"""Words after a participle that give the author or the name of what it modifies: ``compiled by``, ``known as``."""
