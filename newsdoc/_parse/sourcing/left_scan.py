"""The leftward scan over the tokens before a verb, to where its source phrase starts: a
determiner, punctuation, a word that opens a clause. It reads names and their titles, joined
sources (``the company and the union``), partitives (``most of the voters``), complements
(``officials in Ohio``) and examples (``critics like Jane Roe``);
:mod:`~newsdoc._parse.sourcing.source_before` reads the appositives and relative clauses around
it."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import CORRELATIVES
from newsdoc._parse.lexicon.grammar import (
    ASIDE_ADVERBS,
    ASIDE_TIME_ADVERBS,
    BE_FORMS,
    DETERMINERS,
    EXAMPLE_OPENERS,
    QUANTIFIER_PRONOUNS,
)
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PLACE_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import (
    DEMONSTRATIVE_PRONOUNS,
    INDEFINITE_THING_PRONOUNS,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    SPEECH_PARTICIPANTS,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.sourcing.coordination import (
    conjuncts,
    joined_at,
    listed_people,
    object_conjunct,
    second_complement,
)
from newsdoc._parse.sourcing.name_words import date_month
from newsdoc._parse.sourcing.names import plural, possessive
from newsdoc._parse.sourcing.phrase import COUNTS, MAX_WORDS, acronym, cap, in_name, modifier, partitive, stops, word
from newsdoc._parse.sourcing.phrase_parts import (
    bound_start,
    examples_of,
    joins,
    nickname_start,
    object_relative,
    past_amount,
    verb_after_subject,
    verb_before_name,
)
from newsdoc._parse.sourcing.postmodifiers import dated_participle, infinitive_relative, purpose_infinitive
from newsdoc._parse.sourcing.tokens import Token, abbreviation_period
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, PEOPLE_AND_POSTS, past_form, singular, source_noun

__all__ = ["opening_parenthesis", "scan_left"]

_NOT_FIRST: Final = NP_PREPOSITIONS | frozenset(opener for opener in EXAMPLE_OPENERS if " " not in opener)
"""Words that open no source phrase where a scan stopped after them: ``of``, ``including``."""
_PEOPLE_PRONOUNS: Final = QUANTIFIER_PRONOUNS | DEMONSTRATIVE_PRONOUNS
"""Pronouns that stand for people before a phrase of place: ``Many in the crowd``, ``Those around him``."""
_JOINING: Final = frozenset(("and", "nor"))
"""Conjunctions that join two sources into one: ``the company and the union``, ``Neither A nor B``."""


def scan_left(toks: list[Token], i: int) -> int | None:  # noqa: PLR0915 - one state machine over token kinds
    """The index of the first token of the phrase that ends at ``toks[i]``, or None."""
    first: int | None = None
    coordinated = False
    second: int | None = None  # where a second noun joined by ``and the`` starts
    unpicked: int | None = None  # where the phrase started before a partitive ``of`` took it further
    listed: int | None = None  # where the examples after ``like`` or ``such as`` start
    k = i
    aside = 0  # tokens of the parentheses stepped over
    relative = i + 1 < len(toks) and toks[i + 1].text.lower() in RELATIVE_PRONOUNS  # ``residents who said``
    if k >= 0 and toks[k].text.lower() in REFLEXIVES and k > 0 and word(toks[k - 1]):
        k -= 1  # ``Leiter himself``
        first = i
    while k >= 0:
        if i - k - aside >= MAX_WORDS:
            return listed  # longer than any source phrase: not one, but its examples may be
        text = toks[k].text
        if not text[0].isalnum():  # punctuation: most of it ends the phrase
            if text == ".":
                if abbreviation_period(toks, k):
                    k -= 1
                    continue
            elif first is not None and (opening := nickname_start(toks, k)) is not None:
                k = opening - 1  # ``Robert "Bobby" Smith``: the nickname is part of the name
                continue
            elif text == ")":
                opening = opening_parenthesis(toks, k)
                if opening is not None:
                    aside += k - opening + 1  # a party and state count no words: ``(R-Utah)``
                    k = opening - 1
                    continue
            elif text == "$" and first is not None and (after := past_amount(toks, k, i)) is not None:
                first = after  # ``the $20 million experts say it costs``: an amount is no source
                break
            elif text in ("%", "$", "&"):
                first = k
                k -= 1
                continue
            elif (
                text == ","
                and coordinated
                and k > 0
                and first is not None
                and (
                    (cap(toks[_before_parenthesis(toks, k - 1)]) and cap(toks[first]))
                    or (listed_people(toks, k - 1) and listed_people(toks, first))  # ``Doctors, nurses and aides``
                )
            ):
                k -= 1
                continue
            break
        if first == k + 2 and _initial(toks, k):
            first = k  # ``James A. Baker``: a middle initial, not the article ``A`` or the pronoun ``I``
            k -= 1
            continue
        low = text.lower()
        if (low in ASIDE_ADVERBS or (low in ASIDE_TIME_ADVERBS and not text.isupper())) and text[0].isupper():
            break  # ``Meanwhile Rihanna``, ``Instead, Matthews, ... and Lopez``: the adverb opens the sentence
        if (
            low in INDEFINITE_THING_PRONOUNS
            and first is not None
            and toks[k + 1].text.lower() not in INDEFINITE_THING_PRONOUNS
        ):
            break  # ``Everything Trump says``: the name is the subject of a clause on the pronoun
        month = date_month(toks, k) if first is not None else None
        if month is not None:
            if month > 0 and toks[month - 1].text.lower() in DETERMINERS:
                k = month - 1  # ``the Nov. 8 election``: the date modifies the noun
                continue
            break  # ``On Nov. 8 officials said``: the day is no count, the phrase starts after it
        if low in SUBJECT_PRONOUNS and not (len(text) > 1 and text.isupper()):  # not ``IT workers``
            if (first is not None and k > 0 and source_noun(toks[k - 1].text)) or (
                first is None and k > 1 and (p := toks[k - 1].text.lower()) in PREPOSITIONS and joins(toks, k - 1, p)
            ):  # a relative clause without ``who``, ``the experts I interviewed said``; an object, ``familiar with it``
                first = k
                k -= 1
                continue
            if first is None:
                before = toks[k - 1].text if k > 0 else ""
                if before[:1].islower() and not stops(before.lower()) and before.lower() not in DETERMINERS:
                    return None  # ``the issue it found``: an object relative, not a report
                first = k
            elif coordinated and toks[k + 1].text in _JOINING and low not in SPEECH_PARTICIPANTS:
                first = k  # ``He and Brafman said``, ``They and their supporters argue``; not ``You and your``
            elif first == k + 1 < i and _verb_after(toks[first].text):
                first += 1  # ``She met voters who said``: the word after the pronoun is its verb
            break
        if (
            low in _JOINING
            and first is not None
            and k > 0
            and joined_at(toks, k, first, i, before=_before_parenthesis(toks, k - 1))
        ):
            coordinated = True  # two sources or two parts of one: ``the company and the union``, ``Federal and state``
            k -= 1
            continue
        if first is not None and low in NP_PREPOSITIONS and (participle := dated_participle(toks, k)) is not None:
            k = participle - 1  # ``A poll released Sunday by the Post shows``: the time is the participle's
            continue
        if first is not None and joins(toks, k, low):
            if listed is None and singular(examples_of(toks, k, low) or "") in PEOPLE_AND_POSTS:
                listed = first  # ``Democrats such as Sen. A, Sen. B and Sen. C``; not ``nations like France``
            k -= 1
            continue
        if (
            low == "of"
            and first is not None
            and k > 0
            and partitive(toks[_before_parenthesis(toks, k - 1)].text.lower())
        ):
            unpicked = first if unpicked is None else unpicked
            k -= 1  # ``most of the voters``, ``some of them``: the quantifier heads the phrase
            continue
        if low in PLACE_PREPOSITIONS and first is not None and _quantifier_opens(toks, k - 1):
            first = k - 1  # ``Some in Congress said``
            break
        if low in NP_PREPOSITIONS:
            if first is not None and second_complement(toks, k):
                k -= 2  # ``observers in Ohio and around the country``: a second complement
                continue
            break  # ``The episode weighed on then-governor Jerome Powell``: the preposition opens no source
        if first == k + 1 and low in TIME_WORDS and possessive(toks[first].text):
            first = k  # ``Last year's FBI statistics``, ``Monday night's results``
            k -= 1
            continue
        if (
            stops(low)
            and not acronym(toks, k)
            and not modifier(toks, k)
            and not in_name(toks, k, first)
            and not purpose_infinitive(toks, k)  # ``officials planning to testify said``
        ):
            break  # but ``April Newman`` is a name, ``Ian Read`` too, and ``the proposed rules`` a noun phrase
        if low in DETERMINERS or low in COUNTS:
            first = k
            before = toks[k - 1].text.lower() if k > 0 else ""
            picked = before == "of" and k > 1 and partitive(toks[_before_parenthesis(toks, k - 2)].text.lower())
            if (
                before in DETERMINERS
                or before in COUNTS
                or before in CORRELATIVES
                or picked
                or (low in COUNTS and k > 0 and possessive(toks[k - 1].text))  # ``The company's two founders``
                or (k > 0 and joins(toks, k - 1, before))
                or (before in NP_PREPOSITIONS and dated_participle(toks, k - 1) is not None)
            ):
                k -= 1  # ``The two Israeli officials``, ``one of the other senior officials``
                continue
            if (ranked := infinitive_relative(toks, k - 1)) is not None:
                k = ranked  # ``The first lawmaker to see the report``: an infinitive after a ranked noun
                continue
            if before in PLACE_PREPOSITIONS and _quantifier_opens(toks, k - 2):
                first = k - 2  # ``Many in the crowd said``, ``Some at the meeting argued``
                break
            if before in NP_PREPOSITIONS and second_complement(toks, k - 1):
                k -= 3  # ``observers in Ohio and around the country``
                continue
            if before in _JOINING and 1 < k < i and conjuncts(toks, k, i):
                coordinated = True  # ``MIT and the University of Queensland``, ``the company and the union``
                second = k if second is None else second
                k -= 2
                continue
            break
        if (
            first == k + 1
            and text[0].islower()
            and (
                object_relative(toks, k, first, i)
                or verb_before_name(toks, k)
                or verb_after_subject(toks, k, relative=relative)
            )
        ):
            break  # ``the same issue Amazon warned about``, ``The bill angered Smith``: the name is the source
        first = k
        k -= 1
    if first is None:
        return None
    bound = bound_start(toks, first - 1, first)  # ``At least 2,000 people``, ``More than 100``
    apposed = i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].text.lower() in RELATIVE_PRONOUNS
    if second is not None and object_conjunct(toks, first, second, between=not apposed):
        first = second  # ``The senator met the governor and the president said``: the first is an object
    if (
        unpicked is not None
        and first > 0
        and word(toks[first - 1])
        and toks[first - 1].text.lower() not in CLAUSE_STOPS
    ):
        first = unpicked  # ``In some of the cases prosecutors said``: the partitive is an opening phrase's
    while first <= i and (toks[first].text.lower() in _NOT_FIRST or toks[first].text == "and"):
        first += 1  # ``including Sen. A, Sen. B and Sen. C``: the examples, past their opener
    if first < i and first > 0 and toks[first - 1].text.lower() in BE_FORMS and past_form(toks[first].text):
        first += 1  # ``She was pleased Jones said``: a participle after ``be`` is its predicate, not a modifier
    return bound if bound is not None else first if first <= i else None


def _before_parenthesis(toks: list[Token], k: int) -> int:
    """The index of the word before the parenthesis that ``toks[k]`` closes, if it closes one
    within a few tokens (``Sen. Susan Collins (R-Maine)``: ``Collins``), else ``k``."""
    opening = opening_parenthesis(toks, k) if toks[k].text == ")" else None
    return opening - 1 if opening else k


def opening_parenthesis(toks: list[Token], k: int) -> int | None:
    """The index of the ``(`` that the ``)`` at ``toks[k]`` closes, a few tokens back, or None."""
    return next((j for j in range(k - 1, max(k - _PARENTHESIS_TOKENS, -1), -1) if toks[j].text == "("), None)


_PARENTHESIS_TOKENS: Final = 8
"""How far back the opening of a parenthesis is looked for: ``(D-N.M.)``, ``(R-Utah)``."""


def _initial(toks: list[Token], k: int) -> bool:
    """Whether the one capital letter at ``toks[k]`` is an initial inside a name: its period
    follows it, a capitalised word stands before it and a name in the singular after it (``James
    A. Baker``; not ``Plan A. Officials said``, where a sentence ends at the letter)."""
    return (
        len(toks[k].text) == 1
        and toks[k].text.isupper()
        and k > 0
        and cap(toks[k - 1])
        and abbreviation_period(toks, k + 1)
        and not plural(toks[k + 2].text)
    )


def _quantifier_opens(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a quantifier or a demonstrative that stands for people and opens its
    phrase: ``Many`` in ``Many in the crowd``, ``Those`` in ``Those around him``; not after a word
    of its own (``won many in the state``)."""
    return k >= 0 and toks[k].text.lower() in _PEOPLE_PRONOUNS and (k == 0 or not word(toks[k - 1]))


def _verb_after(after: str) -> bool:
    """Whether the word after a pronoun in the subject case is its verb: a word in lower case that
    is no noun for people (``We reporters``)."""
    return after.isalpha() and after.islower() and not source_noun(after)
