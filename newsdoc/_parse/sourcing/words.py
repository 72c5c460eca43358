"""Word classes the sourcing rules read together: unions of the lexicon's lists, built once."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adjectives import ADJECTIVE_ENDINGS, COMPOUND_PREFIXES, PLAIN_ADJECTIVES
from newsdoc._parse.lexicon.adverbs import DEGREE_ADVERBS, TIME_ADJECTIVES, TIME_WORDS
from newsdoc._parse.lexicon.grammar import (
    AUXILIARY_CONTRACTIONS,
    BE_FORMS,
    CLAUSE_WORDS,
    DETERMINERS,
    DO_FORMS,
    HAVE_FORMS,
    MODALS,
    PLURAL_QUANTIFIERS,
    POSTMODIFIER_OPENERS,
)
from newsdoc._parse.lexicon.messages import SPEECH_NOUNS
from newsdoc._parse.lexicon.nouns import LY_NOUNS, ORG_NOUNS, PEOPLE_NOUNS, RANK_ADJECTIVES, UNCLEAR_PERSON_NOUNS
from newsdoc._parse.lexicon.numbers import CARDINALS, DETERMINER_NUMBERS, ORDINALS
from newsdoc._parse.lexicon.people import ROLE_NOUNS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import DUMMY_SUBJECTS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verb_forms import IRREGULAR_PARTICIPLES, IRREGULAR_PAST
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.lexicon.works import COUNTABLE_WORK_NOUNS, MASS_WORK_NOUNS
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS, SAYING

__all__ = [
    "AUXILIARIES",
    "BARE_VERB_AUXILIARIES",
    "CLAUSE_STOPS",
    "FINITE_BE",
    "HAVE_CONTRACTIONS",
    "IRREGULAR_FORMS",
    "MEMBER_NOUNS",
    "NUMBER_WORDS",
    "PEOPLE_AND_POSTS",
    "SOURCE_NOUNS",
    "SPLIT_AT",
    "WORK_NOUNS",
    "adjective",
    "adverb_like",
    "contact_noun",
    "contracted_subject",
    "descriptive",
    "finite_verb_end",
    "ing_form",
    "known_verb",
    "participial",
    "past_form",
    "singular",
    "source_noun",
    "speech_noun",
    "subject_pronoun",
]

AUXILIARIES: Final = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
"""Every auxiliary verb."""

FINITE_BE: Final = BE_FORMS - {"be", "been", "being"}
"""The forms of ``be`` that only a finite clause holds: ``was``, ``are``."""

BARE_VERB_AUXILIARIES: Final = DO_FORMS | MODALS
"""Auxiliaries followed by the bare verb, which then agrees with any subject: ``he did say``."""

SOURCE_NOUNS: Final = (
    PEOPLE_NOUNS | UNCLEAR_PERSON_NOUNS | ROLE_NOUNS | COUNTABLE_WORK_NOUNS | MASS_WORK_NOUNS | ORG_NOUNS
)
"""Common nouns that can head a source phrase: people, posts, works and organisations."""

PEOPLE_AND_POSTS: Final = PEOPLE_NOUNS | ROLE_NOUNS
"""Nouns for people and their posts: ``nurses``, ``governors``."""

WORK_NOUNS: Final = COUNTABLE_WORK_NOUNS | MASS_WORK_NOUNS
"""Nouns for a work or a body of findings: ``the poll``, ``data``."""

MEMBER_NOUNS: Final = PEOPLE_NOUNS | UNCLEAR_PERSON_NOUNS | ROLE_NOUNS | ORG_NOUNS
"""Of those, the nouns a named person can belong to or work for, not works: ``said Jane Roe of
the Ohio delegation`` names where she sits, ``said Jane Roe of the plan`` what she spoke about."""


NUMBER_WORDS: Final[dict[str, int]] = {**DETERMINER_NUMBERS, **CARDINALS}
"""The number of sources a determiner or number word states before a noun."""

CLAUSE_STOPS: Final = CLAUSE_WORDS | AUXILIARIES | SAYING
"""Words that cannot stand inside a source phrase: a scan stops before them."""

SPLIT_AT: Final = NP_PREPOSITIONS | POSTMODIFIER_OPENERS
"""Words that open the complement of a head noun: ``a source`` | ``familiar with the matter``."""


_ADJECTIVES: Final = PLAIN_ADJECTIVES | RANK_ADJECTIVES | TIME_ADJECTIVES | ORDINALS
"""Adjectives that no ending marks, of every list: ``angry``, ``senior``, ``last``, ``second``."""

_COMPOUND_ENDINGS: Final = (*ADJECTIVE_ENDINGS, "ing")
"""Endings of the last word of a compound adjective: ``long-serving``, ``well-funded``."""


def adjective(low: str) -> bool:
    """Whether a lower-case word is an adjective: an ending marks it (``defiant``), the lexicon
    lists it (``angry``, ``senior``, ``last``, ``second``), or it is a compound with a hyphen
    whose prefix or last word makes one (``anti-war``, ``long-serving``, ``hard-line``).

    >>> [adjective(w) for w in ("angry", "long-serving", "anti-war", "issue", "follow-up")]
    [True, True, True, False, False]
    """
    if low.endswith(ADJECTIVE_ENDINGS) or low in _ADJECTIVES:
        return True
    prefix, hyphen, last = low.partition("-")
    if not hyphen:
        return False
    last = last.rsplit("-", 1)[-1]
    return (
        prefix in COMPOUND_PREFIXES
        or last.endswith(_COMPOUND_ENDINGS)
        or last in IRREGULAR_PARTICIPLES
        or last in PLAIN_ADJECTIVES
    )


def adverb_like(low: str) -> bool:
    """Whether a lower-case word reads as an adverb in ``-ly`` (``publicly``), not a noun that
    ends so (``family``, ``ally``)."""
    return len(low) > 4 and low.endswith("ly") and low not in SOURCE_NOUNS and low not in LY_NOUNS


def descriptive(low: str) -> bool:
    """Whether a lower-case word describes the noun after it and is no determiner: an adjective or
    an adverb (``the more moderate Kasich``, ``a visibly angry Trump``)."""
    return low not in DETERMINERS and (low in DEGREE_ADVERBS or adverb_like(low) or adjective(low))


def singular(low: str) -> str:
    """The singular of a lower-case noun in a regular plural, or the word itself: ``companies``
    is ``company``, ``witnesses`` ``witness``, ``officials`` ``official``. A rough rule for
    looking nouns up in the lexicon, which lists singulars (and a plural where it is irregular)."""
    if low[-1:] != "s":
        return low  # every ending below ends in ``s``: most words are read with one comparison
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def source_noun(text: str) -> bool:
    """Whether ``text`` is a lower-case noun for people who can be a source: ``experts``."""
    low = text.lower()
    return text[1:].islower() and (low in SOURCE_NOUNS or singular(low) in SOURCE_NOUNS)


def speech_noun(word: str) -> bool:
    """Whether a word is a noun of speech, in the singular or a regular plural: ``claim``, ``messages``."""
    return singular(word.lower()) in _SPEECH_NOUNS


_SPEECH_NOUNS: Final = frozenset(SPEECH_NOUNS)


def subject_pronoun(text: str, *, have: bool = False) -> bool:
    """Whether ``text`` is a subject pronoun as one is written inside a sentence: in lower case,
    or ``I`` (``the farmers we interviewed``, ``people I spoke with``; not ``IT workers``); with
    ``have``, also one with ``have`` written onto it (``the farmers we've interviewed``)."""
    if have and text.lower().endswith(HAVE_CONTRACTIONS):
        text = text[: -len(HAVE_CONTRACTIONS[0])]
    return text.lower() in SUBJECT_PRONOUNS and (text == "I" or text.islower())


HAVE_CONTRACTIONS: Final = tuple(c for c in AUXILIARY_CONTRACTIONS if c.endswith("ve"))
"""``have`` written onto a pronoun: ``I've``, ``we\u2019ve``."""


def contracted_subject(low: str) -> bool:
    """Whether ``low`` (in lower case) is a pronoun with an auxiliary written onto it, which opens
    a clause of its own: ``it's``, ``that\u2019s``, ``there's``, ``they're``, ``we'll``."""
    for ending in AUXILIARY_CONTRACTIONS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            return stem in SUBJECT_PRONOUNS or stem in DUMMY_SUBJECTS
    return False


def contact_noun(words: list[str]) -> int:
    """The index of the noun for people that opens ``words`` (a sentence's first words, after a
    determiner, a number or a quantifier) where a subject pronoun follows it, which opens a
    relative clause without ``who`` (``Officials we asked``, ``The two voters I met``), or -1."""
    k = 0
    while k < len(words) and words[k].lower() in _PHRASE_OPENERS:
        k += 1
    if k + 1 >= len(words) or not source_noun(words[k]) or not subject_pronoun(words[k + 1], have=True):
        return -1
    return k


_PHRASE_OPENERS: Final = DETERMINERS | frozenset(NUMBER_WORDS) | PLURAL_QUANTIFIERS
"""Words that may open a noun phrase before its noun: ``the``, ``two``, ``several``."""


def known_verb(word: str) -> bool:
    """Whether a word in lower case is a verb form: one in ``-ed``, an auxiliary, a form of the
    verb table, or an irregular past or participle (``spotted``, ``was``, ``said``, ``met``)."""
    return word.islower() and (
        word.endswith("ed") or word in AUXILIARIES or word in CUE_FORMS or word in IRREGULAR_FORMS
    )


def finite_verb_end(words: list[str], before: str) -> int:
    """How many of ``words`` end with the last past form of a verb that has a subject before it,
    0 where none does: a phrase read leftwards over a clause (``The ad featured voters``, ``which included
    staff members``) holds only what follows its verb. A verb form after a determiner, a number,
    an adverb, a possessive, a preposition, a conjunction or a comma modifies the noun after it
    (``the elected officials``, ``two retired generals``); ``before`` is the word before the phrase."""
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        if not past_form(word):
            continue  # a present form may be a noun (``a text message``, ``report``)
        prior = (words[i - 1] if i else before).lower()
        if prior in _RELATIVE_OPENERS or not _modifier_slot(prior):
            return i + 1
    return 0


_RELATIVE_OPENERS: Final = RELATIVE_PRONOUNS | frozenset(("that",))
"""Pronouns that open a relative clause as its subject: ``a message that showed``."""


def _modifier_slot(prior: str) -> bool:
    """Whether a verb form after ``prior`` (in lower case) modifies a noun, as an adjective does."""
    return (
        not prior
        or not prior[-1].isalnum()
        or prior in DETERMINERS
        or prior in NP_PREPOSITIONS
        or prior in CARDINALS
        or prior[:1].isdigit()
        or prior.endswith(("ly", "'s", "\u2019s"))
        or prior in ("and", "or")
    )


def past_form(word: str) -> bool:
    """Whether a word in lower case is a past form of a verb: one in ``-ed`` or an irregular past
    or participle (``spotted``, ``met``, ``written``)."""
    return word.islower() and (word.endswith("ed") or word in IRREGULAR_FORMS)


IRREGULAR_FORMS: Final = IRREGULAR_PAST | IRREGULAR_PARTICIPLES
"""Past forms not in ``-ed``: ``met``, ``held``."""


def ing_form(low: str) -> bool:
    """Whether a word in lower case may be the ``-ing`` form of a verb: a stem of two letters or
    more with a vowel before ``-ing`` (``using``, ``suing``, ``taking``); not ``thing``, ``swing``,
    ``string``, ``nothing``, ``during`` nor ``morning``."""
    stem = low[:-3]
    if not low.endswith("ing") or len(stem) < _SHORTEST_STEM or low.endswith("thing"):
        return False
    return any(c in "aeiouy" for c in stem) and low not in PREPOSITIONS and low not in TIME_WORDS


_SHORTEST_STEM: Final = 2
"""The fewest letters before ``-ing`` in a verb's form: ``us`` in ``using``, ``do`` in ``doing``."""


def participial(low: str, text: str) -> bool:
    """A participle that links a head noun to its complement: ``a chart accompanying the ...``,
    ``States defending the laws``; not one that reports a clause of its own (``Residents saying
    police were slow``), only one of a verb that is a cue after ``be`` or with a quote."""
    if not (text.islower() and ing_form(low)) or low in SOURCE_NOUNS:
        return False
    cue = CUE_FORMS.get(low)
    return cue is None or bool(cue & (Frame.PROGRESSIVE | Frame.QUOTE))  # not one with its own clause
