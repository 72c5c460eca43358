"""What may stand between a source and its verb: adverbs (``also``), an auxiliary that carries
a bare verb (``did say``), a phrase of time (``this week``, ``in 2010``) and the statement a
source spoke in (``in its statement``), which the scan for the source steps over."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import (
    ADVERBS_BEFORE_CUE,
    FLOATING_QUANTIFIERS,
    MODAL_MONTHS,
    MONTHS,
    TIME_AFTER_AMOUNT,
    TIME_OPENERS,
    TIME_UNITS,
    TIME_WORDS,
)
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, REPORTED_CLAUSE_OPENERS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import (
    CLAUSE_WORDS,
    DETERMINERS,
    INDEFINITE,
    PLURAL_QUANTIFIERS,
    QUANTIFIER_PRONOUNS,
    SINGULAR_QUANTIFIER_PRONOUNS,
)
from newsdoc._parse.lexicon.messages import MEDIA_NOUNS, PLATFORMS
from newsdoc._parse.lexicon.numbers import APPROXIMATORS, LIMITERS
from newsdoc._parse.lexicon.prepositions import PLACE_PREPOSITIONS, TIME_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS
from newsdoc._parse.sourcing.name_words import lone_month
from newsdoc._parse.sourcing.names import possessive
from newsdoc._parse.sourcing.phrase import season_time, word
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import (
    AUXILIARIES,
    BARE_VERB_AUXILIARIES,
    NUMBER_WORDS,
    WORK_NOUNS,
    adverb_like,
    known_verb,
    singular,
    source_noun,
)

__all__ = ["skip_before_cue"]


def skip_before_cue(toks: list[Token], i: int, *, title: bool = False) -> int:
    """Step left over adverbs, an auxiliary that carries a bare verb (``did say``, ``would tell``)
    and a phrase of time between a source and its verb. A capitalised modal is a name's word
    (``Theresa May said``) unless the line is in title case (``title``: ``Trump Will Announce``)."""
    while i >= 0 and word(toks[i]):
        low = toks[i].text.lower()
        if (low in QUANTIFIER_PRONOUNS or low in SINGULAR_QUANTIFIER_PRONOUNS) and (
            i == 0 or toks[i - 1].text in _OPENS_A_CLAUSE
        ):
            break  # ``Both said``, ``In the end, each said``: no noun before it, the quantifier is the source
        if low in TIME_AFTER_AMOUNT and (opening := _amount_opening(toks, i - 1)) >= 0:
            i = opening - 1  # ``The mayor two weeks ago said``, ``three days later``, ``less than a year ago``
        elif (
            (
                (low in ADVERBS_BEFORE_CUE or (adverb_like(low) and toks[i].text.islower()))
                and not _infinitive_before(toks, i)
            )
            or low in FLOATING_QUANTIFIERS
            or (low in BARE_VERB_AUXILIARIES and (title or toks[i].text.islower()))
        ):
            i -= 1
        elif (
            (low in TIME_WORDS and not _surname(toks, i, low))
            or (
                low in MODAL_MONTHS and i > 0 and toks[i - 1].text.lower() in TIME_OPENERS
            )  # ``The company last May said``
            or (i > 0 and season_time(toks[i].text, toks[i - 1].text))  # ``The poll last fall found``
        ):
            i -= 1
            while i >= 0 and toks[i].text.lower() in TIME_OPENERS:
                i -= 1
        elif len(low) == 4 and _YEAR.fullmatch(low) and i > 0 and toks[i - 1].text.lower() in TIME_OPENERS:
            i -= 2  # ``who in 2010 said``
        elif low in _MEDIA and (opening := _medium_opening(toks, i)) >= 0:
            i = opening - 1  # ``Taylor Farms in its statement said``: what it said in belongs to the verb
        elif (opening := _medium_and_outlet(toks, i)) >= 0:
            i = opening - 1  # ``Macron in an interview with Le Monde said``
        elif (opening := _platform_opening(toks, i)) >= 0:
            i = opening - 1  # ``Trump on Truth Social wrote``
        elif (opening := _place_after_time(toks, i)) >= 0:
            i = opening - 1  # ``Gov. Roe on Tuesday in Lansing said``: where, after when, is the verb's
        elif (opening := _time_phrase_opening(toks, i)) >= 0:
            i = opening - 1  # ``Officials after the meeting said``, ``Polls since May show``
        else:
            break
    return i


def _infinitive_before(toks: list[Token], i: int) -> bool:
    """Whether an infinitive stands right before the adverb at ``toks[i]``, which then modifies it:
    ``officials not authorized to speak publicly said``; not ``to`` and its object (``Officials
    close to him also said``)."""
    if i < 2 or toks[i - 2].text.lower() != "to":
        return False
    verb = toks[i - 1].text
    return verb.isalpha() and verb.islower() and verb not in OBJECT_PRONOUNS and not source_noun(verb)


_OPENS_A_CLAUSE: Final = frozenset('.!?,;:"\u201c\u201d')
"""Marks after which a quantifier opens its clause, as ``Both`` does a sentence: not a
parenthesis or a dash, which may close a source or an aside (``Jones (R-Ohio) both said``)."""
_MEDIA: Final = frozenset(noun for noun in MEDIA_NOUNS if " " not in noun)
"""What a statement comes in, one word each: ``statement``, ``interview``, ``post``."""
_MEDIA_DETERMINERS: Final = INDEFINITE | POSSESSIVE_DETERMINERS  # not ``the man in the video said``
_YEAR: Final = re.compile(r"1[89]\d\d|2\d\d\d")
"""A year, which ``in`` makes a phrase of time."""


def _medium_opening(toks: list[Token], i: int) -> int:
    """Where ``in`` opens the phrase of the medium at ``toks[i]``, its determiner indefinite or a
    possessor and at most two words between (``in its statement``, ``in a Facebook post``, ``in
    his announcement speech``); -1 where none does (``the man in the video said``)."""
    for d in range(i - 1, max(i - 4, 0), -1):
        if toks[d].text.lower() in _MEDIA_DETERMINERS:
            return d - 1 if toks[d - 1].text == "in" else -1
        if not word(toks[d]):
            return -1
    return -1


def _place_after_time(toks: list[Token], i: int) -> int:
    """Where a preposition of place opens a place's name that ends at ``toks[i]`` right after a
    phrase of time, both the verb's (``on Tuesday in Lansing``); -1 where none does. Without the
    time the place may be the source's (``Officials in Ohio said``)."""
    k = _before_name(toks, i)
    if k == i or toks[k].text not in PLACE_PREPOSITIONS or k == 0:
        return -1
    return k if toks[k - 1].text.lower() in TIME_WORDS and not toks[k - 1].text.isupper() else -1


def _time_phrase_opening(toks: list[Token], i: int) -> int:
    """Where a preposition of time opens a phrase of a time or an event that ends at ``toks[i]``,
    right after a noun that may be a source (``Officials after the meeting``, ``A survey of voters
    since May``, ``Polls before Tuesday's debate``); -1 where none does. The phrase is a time, or
    at most :data:`_TIME_PHRASE_WORDS` words that a determiner or a possessor opens and a noun that
    cannot speak ends: after a preposition a pronoun or a name opens a clause (``Crowds left before
    she said``), and so may a noun that can speak (``before the mayor said``)."""
    if toks[i].text in TIME_PREPOSITIONS:  # its object is a time stepped over already: ``since May``
        return _after_noun(toks, i) if i + 1 < len(toks) and _time(toks[i + 1].text) else -1
    head = toks[i].text
    if _time(head) and i > 0 and toks[i - 1].text in TIME_PREPOSITIONS:
        return _after_noun(toks, i - 1)  # ``since 2010``
    work = head in WORK_NOUNS or singular(head) in WORK_NOUNS  # ``Officials after the briefing said``
    if not head.islower() or (source_noun(head) and not work) or head in _NOT_IN_PHRASE:
        return -1
    for k in range(i - 1, max(i - _TIME_PHRASE_WORDS, 0) - 1, -1):
        if toks[k].text in TIME_PREPOSITIONS:
            first = toks[k + 1].text
            opens = first.lower() in _TIME_PHRASE_OPENERS or possessive(first) or first.isdigit()
            return _after_noun(toks, k) if opens and k + 1 < i else -1
        if not word(toks[k]) or toks[k].text in _NOT_IN_PHRASE:
            return -1  # ``after the person who posted it``: a clause
    return -1


def _amount_opening(toks: list[Token], i: int) -> int:
    """Where the amount of time that ends at ``toks[i]``, before ``ago``, ``later`` or
    ``earlier``, opens: a number or a quantifier and a unit (``two weeks``, ``a day``, ``several
    months``), after a word that makes it approximate (``about 10 minutes``, ``less than a
    year``), or a unit in the plural alone (``hours``); -1 where no amount ends there."""
    unit = toks[i].text.lower() if i > 0 else ""
    if not (unit in TIME_UNITS or unit + "s" in TIME_UNITS):
        return -1
    k = i - 1
    amount = toks[k].text.lower()
    if not (amount in NUMBER_WORDS or amount.isdigit() or amount in PLURAL_QUANTIFIERS):
        return i if unit in TIME_UNITS else -1  # ``Officials hours later said``
    if amount in _AFTER_A and k > 0 and toks[k - 1].text.lower() == "a":
        k -= 1  # ``a few days``
    before = toks[k - 1].text.lower() if k > 0 else ""
    if before in APPROXIMATORS or before in LIMITERS:
        return k - 1
    if before == "than" and k > 1 and toks[k - 2].text.lower() in _COMPARED:
        return k - 2
    return k


_AFTER_A: Final = frozenset(("few", "couple"))
"""Quantifiers that ``a`` opens: ``a few days ago``."""
_COMPARED: Final = frozenset(("less", "more", "fewer"))
"""Words before ``than`` in an amount: ``less than a year``."""


def _time(text: str) -> bool:
    """Whether a word is a time on its own: a month, a year, a word of time (``May``, ``2010``, ``then``)."""
    low = text.lower()
    if low in MODAL_MONTHS:
        return text[:1].isupper()  # ``since May``, not ``may``
    return low in TIME_WORDS or _YEAR.fullmatch(low) is not None


def _after_noun(toks: list[Token], k: int) -> int:
    """``k``, where the preposition at ``toks[k]`` follows the subject of its clause: a noun that may
    be a source (``Officials after``, ``Mr. Cruz since``, ``NASA after``) or an adverb after one,
    which the scan steps over next (``Officials shortly after``), and no verb before it in its
    clause; -1 where the words before it hold a verb (``benched the quarterback after``, ``fell
    sharply after``, ``spread to Lyon after``) or an adverb opens the sentence (``Shortly after``)."""
    if k == 0:
        return -1
    before = toks[k - 1].text
    adverb = adverb_like(before.lower())
    if not ((adverb and before.islower()) or source_noun(before) or (before[:1].isupper() and not adverb)):
        return -1
    for t in reversed(toks[: k - 1]):  # the word before is a noun or an adverb (``The report before``)
        if not word(t) or t.text.lower() in _CLAUSE_OPENING:
            break  # the clause opens after a mark or a conjunction: ``In Ohio, officials after``
        if known_verb(t.text):
            return -1
    return k


_CLAUSE_OPENING: Final = SUBORDINATORS | COORDINATORS | REPORTED_CLAUSE_OPENERS | RELATIVE_PRONOUNS
"""Words that open a clause, whose subject may follow: ``and officials after the vote said``."""
_TIME_PHRASE_WORDS: Final = 4
"""The most words of a phrase of time after its preposition: ``since the 2016 primary election``."""
_NOT_IN_PHRASE: Final = AUXILIARIES | CLAUSE_WORDS
"""Words a phrase of time cannot hold, which make it a clause: ``after the winner was declared``."""
_TIME_PHRASE_OPENERS: Final = DETERMINERS | POSSESSIVE_DETERMINERS | TIME_OPENERS
"""The words that open a phrase of an event after a preposition of time: ``the``, ``her``, ``last``."""


def _before_name(toks: list[Token], i: int) -> int:
    """The index of the word before the capitalised words of a name that ends at ``toks[i]``,
    :data:`_NAME_WORDS` of them at most (``Le Monde``, ``the Post``); ``i`` where none ends there."""
    k = i
    while k > 0 and i - k < _NAME_WORDS and toks[k].text[:1].isupper():
        k -= 1
    return k


def _medium_and_outlet(toks: list[Token], i: int) -> int:
    """Where ``in`` opens the phrase of a medium and the outlet or hearer it was given to, a name
    after ``with``, ``to`` or ``for`` that ends at ``toks[i]`` (``in an interview with Le Monde``,
    ``in a letter to Congress``, ``in an op-ed for the Post``); -1 where none does."""
    k = _before_name(toks, i)
    if k < i and toks[k].text == "the":
        k -= 1  # ``in an op-ed for the Post``
    if k == i or toks[k].text not in _OUTLET_PREPOSITIONS or toks[k - 1].text.lower() not in _MEDIA:
        return -1
    return _medium_opening(toks, k - 1)


def _platform_opening(toks: list[Token], i: int) -> int:
    """Where ``on`` opens the platform that ends at ``toks[i]``, after a name (``Trump on Truth
    Social wrote``); -1 where none does, or where a noun for people stands before it, whose
    platform it is (``users on X said``)."""
    if toks[i].text not in _PLATFORM_ENDS:
        return -1
    for words in _PLATFORM_WORDS:
        k = i - len(words)
        if k > 0 and toks[k].text == "on" and [t.text for t in toks[k + 1 : i + 1]] == words:
            before = toks[k - 1].text
            return k if before[:1].isupper() and not source_noun(before) else -1
    return -1


_NAME_WORDS: Final = 4
"""The most words of the name of an outlet after a medium: ``the New York Times``."""
_OUTLET_PREPOSITIONS: Final = frozenset(("with", "to", "for", "on"))
"""What joins a medium to the outlet or hearer it was given to: ``an interview with``, ``a letter
to``, ``an op-ed for``, ``a post on X``."""
_PLATFORM_WORDS: Final = tuple(platform.split() for platform in PLATFORMS)
"""Each platform's words: ``["Truth", "Social"]``."""
_PLATFORM_ENDS: Final = frozenset(words[-1] for words in _PLATFORM_WORDS)
"""The last word of each platform, which a phrase of one must end in: ``Social``, ``X``."""


def _surname(toks: list[Token], i: int, low: str) -> bool:
    """Whether the month at ``toks[i]`` is a surname after a given name: ``Theresa May said``,
    not ``Last May officials said``."""
    if lone_month(toks, i):
        return True  # ``"...," Jun wrote``
    if low not in MONTHS or i == 0 or not toks[i].text[0].isupper():
        return False
    before = toks[i - 1].text
    return before[:1].isupper() and before.isalpha() and before.lower() not in TIME_OPENERS
