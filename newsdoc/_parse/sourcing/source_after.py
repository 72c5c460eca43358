"""Bound the source phrase that follows its cue.

``source_after`` reads rightwards from ``according to``, ``per`` or an inverted verb (``said
Brian Moynihan, CEO of Bank of America``) to the end of the phrase, with a role appositive.
:mod:`~newsdoc._parse.sourcing.subjects` reads a sentence's subject with the same scan.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_WORDS
from newsdoc._parse.lexicon.grammar import (
    AFTER_NAME_PREPOSITIONS,
    ARTICLES,
    BEFORE_TO,
    DETERMINERS,
    POSTMODIFIER_OPENERS,
    RIGHT_STOPS,
)
from newsdoc._parse.lexicon.messages import RECIPIENTS
from newsdoc._parse.lexicon.nouns import NAME_PARTICLES, PEOPLE_NOUNS
from newsdoc._parse.lexicon.people import DEMONYMS, TITLES
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import DEMONSTRATIVE_PRONOUNS, OBJECT_PRONOUNS, REFLEXIVES, SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.names import possessive
from newsdoc._parse.sourcing.phrase import (
    BREAKS,
    MAX_ASIDE,
    MAX_NAME,
    MAX_WORDS,
    WINDOW,
    Phrase,
    acronym,
    adjective_after_noun,
    cap,
    cap_before,
    in_name,
    inner_colon,
    inverted_name_word,
    modifier,
    nickname_mark,
    past_adjective,
    past_participle,
    stops,
    time_phrase,
    word,
)
from newsdoc._parse.sourcing.phrase_parts import examples_of
from newsdoc._parse.sourcing.premodifiers import premodifier
from newsdoc._parse.sourcing.right_parts import (
    NAME_PREPOSITIONS,
    adverb_premodifier,
    dated_noun,
    inside_org_name,
    list_follows,
    modifier_slot,
    negated_participle,
    noun_follows,
    participle_phrase,
    person_noun,
    published_in,
    role_before_name,
    seated_in,
    verb_before_object,
)
from newsdoc._parse.sourcing.segments import role_like
from newsdoc._parse.sourcing.tokens import Token, abbreviation_period, is_abbreviation, tokens
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, MEMBER_NOUNS, SOURCE_NOUNS, singular, source_noun

__all__ = ["name_run", "scan_right", "source_after"]
_POSTMODIFIERS: Final = POSTMODIFIER_OPENERS - CLAUSE_STOPS - PREPOSITIONS  # ``one Democrat familiar with``
_PRONOUN_OBJECTS: Final = OBJECT_PRONOUNS | {"it"}
"""Pronouns that may be the object of a participle's preposition inside a source phrase: ``briefed on it``."""
_PHRASE_TAILS: Final = DETERMINERS | NP_PREPOSITIONS | {"to"}  # words that end no phrase: ``said Roe of the``


def scan_right(toks: list[Token], k: int, *, strict: bool) -> tuple[int, int, bool] | None:  # noqa: PLR0915 - as left_scan.scan_left
    """The tokens ``[k, end)`` of the phrase that starts at ``toks[k]``, and whether it ended at a clause word."""
    start = k
    proper = False
    after_name = False  # a preposition has followed a name: ``Jane Roe of the``
    clause_stop = False
    modified = False  # a participle and its preposition have modified the head: ``documents seized by``
    n = len(toks)
    while k < n and k - start < MAX_WORDS:
        text = toks[k].text
        low = text.lower()
        if text == ".":
            if k > start and abbreviation_period(toks, k):
                k += 1
                continue
            break
        if text == "(":
            closing = next((j for j in range(k + 1, min(k + 8, n)) if toks[j].text == ")"), None)
            if closing is None or k == start:
                break
            k = closing + 1
            continue
        if text in ("%", "&", "$"):
            k += 1
            continue
        if text == "," and k > start and cap_before(toks, k) and list_follows(toks, k + 1):
            k += 1
            continue
        if k > start and nickname_mark(toks, k):
            k += 1  # ``said William "Bill" Stone``
            continue
        if not word(toks[k]):
            break
        if low in SUBJECT_PRONOUNS and not (k > start and low in _PRONOUN_OBJECTS and toks[k - 1].text in PREPOSITIONS):
            if k == start:
                return start, k + 1, False
            clause_stop = True
            break
        if k > start and time_phrase([t.text.lower() for t in toks[k : k + 3]]):
            dated = dated_noun(toks, k)
            if dated < 0:
                break  # ``asked the coach a day later``, ``said the speaker late Tuesday``
            k = dated  # a date before its noun: ``a January 2016 study``, ``an Oct. 5 memo``
            continue
        if k > start and examples_of(toks, k, low) is not None:
            k += 1  # ``according to groups such as the ACLU``, ``by groups including the ACLU``
            continue
        if low in REFLEXIVES and k > start:
            k += 1
            break
        if low == "and" and k > start and k + 1 < n and word(toks[k + 1]):
            k += 1
            continue
        possessed = k > start and possessive(toks[k - 1].text)
        given_name = inverted_name_word(toks, k, start)  # ``said Will Alpine``, ``said Jonathan Last``
        if (low in NAME_PREPOSITIONS and inside_org_name(toks, k)) or published_in(toks, k):
            k += 1  # ``the Center for American Progress``, ``a report in the Des Moines Register``
            continue
        if not strict and low in CUE_FORMS and k > start and toks[k - 1].text.lower() in ARTICLES:
            k += 1  # a verb's form after an article is a noun: ``a transcript of the show``
            continue
        particles = 0
        while k + particles < n and toks[k + particles].text in NAME_PARTICLES:
            particles += 1  # ``said Pierre de Vos``, ``said Ursula von der Leyen``, ``Rafael de la Cruz``
        if proper and particles and k + particles < n and cap(toks[k + particles]):
            k += particles
            continue
        complement = (
            low == "to"
            and k > start
            and singular(toks[k - 1].text.lower()) in BEFORE_TO
            # ``said the aide to reporters``; but ``a senior aide to him`` is his aide
            and not (k + 1 < n and toks[k + 1].text in RECIPIENTS and toks[k + 1].text not in OBJECT_PRONOUNS)
        )
        if (
            (stops(low) or low in RIGHT_STOPS)
            and not complement  # ``a source close to the campaign``, ``advisers to the governor``
            and not seated_in(toks, k)  # ``said one GOP source in the room``
            and not (modified and low in NP_PREPOSITIONS)  # ``a complaint filed in court in Manhattan``
            and not acronym(toks, k)
            and not (possessed and low in TIME_WORDS)
            and not given_name
            and not modifier(toks, k)
            and not negated_participle(toks, k, infinitive=False)  # ``an aide not involved in``
            and not (  # ``said Ian Read, the``; not ``Marco Rubio Responds To``
                k > start and in_name(toks, k) and not (k + 1 < n and word(toks[k + 1]) and cap(toks[k + 1]))
            )
        ):
            clause_stop = (low in CLAUSE_STOPS or low in CUE_FORMS) and not negated_participle(toks, k)
            break
        if low in DETERMINERS:
            if strict and k > start + 1 and verb_before_object(toks[k - 1].text):
                k -= 1  # ``Its rulings hand the president``: a determiner after a noun opens the verb's object
                clause_stop = True
                break
            k += 1
            continue
        if low in NP_PREPOSITIONS or complement:
            if proper and low in AFTER_NAME_PREPOSITIONS:
                break  # ``wrote Jane Roe for Morning Consult``: the phrase tells where, the name ends the source
            if k == start or k + 1 >= n or not word(toks[k + 1]) or stops(toks[k + 1].text.lower()):
                break
            after_name = after_name or proper
            k += 1
            continue
        if adverb_premodifier(toks, k, start):
            k += 2  # before the noun: ``newly released data``, ``a recently hacked email``
            continue
        if text[0].islower() and k > start and not possessed:
            nouns = MEMBER_NOUNS if after_name else SOURCE_NOUNS  # ``said Roe of the plan``: its topic
            noun = low in nouns or singular(low) in nouns or person_noun(toks, k) or role_before_name(toks, k)
            # a possessor stands before its noun: ``the company's CEO``
            noun = noun or low in _POSTMODIFIERS or possessive(low)
            ahead = premodifier(toks, start, k, nouns) if strict else noun_follows(toks, k + 1, nouns)
            if (proper or strict) and not noun and not ahead:
                clause_stop = strict
                break
            ly_participle = low.endswith("ly") and k + 1 < n and toks[k + 1].text.endswith(("ed", "ing"))
            if ly_participle and not participle_phrase(toks, k + 1):
                break  # ``a person briefly interviewed``; but ``an adviser deeply involved in`` goes on
            if participle_phrase(toks, k):
                # ``said a person briefed on the talks``, ``exit polls conducted by``: and its
                # preposition, and its object where that is a pronoun (``people briefed on it``)
                k += 3 if k + 2 < n and toks[k + 2].text.lower() in _PRONOUN_OBJECTS else 2
                modified = True
                continue
            if (
                (low.endswith("ing") or past_participle(low))
                and low not in SOURCE_NOUNS
                and not modifier_slot(toks[k - 1].text)
            ):
                break  # a participle after the noun: ``a letter sent Tuesday``, ``officials briefed``
            if adjective_after_noun(toks, k) and toks[k - 1].text.lower() not in DEMONSTRATIVE_PRONOUNS:
                break  # ``data available from the FBI``, ``two senators present who``; but ``those present``
        # a people's name is an adjective before a noun: ``the top British medical journal``; a noun
        # for people that opens the phrase is no name (``Lawyers for the city``, ``Democrats involved in``)
        proper = text[0].isupper() and not possessive(text) and low not in DEMONYMS
        proper = proper and not (k == start and source_noun(text))
        k += 1
    end = k
    while end > start and (toks[end - 1].text.lower() in _PHRASE_TAILS or toks[end - 1].text in ("and", ",")):
        end -= 1
    return (start, end, clause_stop) if end > start else None


def _cut_coordination(toks: list[Token], start: int, end: int) -> int:
    """Where a phrase that ran into a clause ends: before its last ``and``."""
    return next((j for j in range(end - 1, start, -1) if toks[j].text == "and"), end)


def source_after(text: str, start: int, ceiling: int, *, strict: bool = False) -> Phrase | None:
    """The source phrase that starts after ``start``, reading no further right than ``ceiling``.

    >>> t = "according to U.S., Israeli and Lebanese officials."
    >>> s = source_after(t, 12, len(t)); t[s.start:s.end]
    'U.S., Israeli and Lebanese officials'
    >>> t = 'said Michael Thomas, founder of Cleanview, a market intelligence platform.'
    >>> s = source_after(t, 4, len(t)); t[s.start:s.end], t[s.start:s.head_end]
    ('Michael Thomas, founder of Cleanview', 'Michael Thomas')
    """
    return _source_after(tokens(text, start, min(ceiling, start + WINDOW)), strict=strict)


def _source_after(toks: list[Token], *, strict: bool) -> Phrase | None:
    if not toks or not word(toks[0]):
        return None
    found = scan_right(toks, 0, strict=strict)
    if found is None:
        return None
    first, end, clause_stop = found
    if clause_stop:
        end = _cut_coordination(toks, first, end)
    head_end = toks[end - 1].end
    end = past_adjective(toks, end)  # ``said the only senator present.``: the phrase ends past its head
    if (
        end < len(toks)
        and toks[end].text == ","
        and (cap_before(toks, end) or toks[end - 1].text.lower() in PEOPLE_NOUNS)
    ):
        j = _segment_end(toks, end)
        if j - end == 2 and toks[end + 1].text.isdigit() and j < len(toks) and toks[j].text == ",":
            age, j = j, _segment_end(toks, j)  # an age before the role: ``said Jane Roe, 44, a teacher``
            end = j if j - age <= MAX_ASIDE and role_like(toks[age + 1 : j]) else end
        elif j - end <= MAX_ASIDE and role_like(toks[end + 1 : j]):
            end = j  # an appositive that ends within reach: not ``Tony Cordesman, a ... expert at the Center ... and``
    if end < len(toks) and toks[end].text == "," and role_like(toks[first:end]):
        j = name_run(toks, end + 1)
        if j > end + 1:
            end = j  # a role, then the name: ``executive coach and founder of X, Keith Ferrazzi``
            head_end = toks[end - 1].end
    return Phrase(toks[first].start, toks[end - 1].end, head_end)


def _segment_end(toks: list[Token], comma: int) -> int:
    """Where the appositive after the comma ``toks[comma]`` ends: a break, a period or :data:`MAX_ASIDE` on."""
    j = comma + 1
    while j < len(toks) and j - comma <= MAX_ASIDE and (toks[j].text not in BREAKS or inner_colon(toks, j)):
        if toks[j].text == "." and not is_abbreviation(toks[j - 1].text):
            break
        j += 1
    return j


def name_run(toks: list[Token], k: int) -> int:
    """The end of a short run of capitalised words at ``k`` that closes its clause, or ``k``; an
    initial's period is part of the run (``John J. Ferriola``)."""
    j = k
    while j < len(toks) and j - k < MAX_NAME and word(toks[j]) and toks[j].text[0].isupper():
        j += 1
        if j + 1 < len(toks) and cap(toks[j + 1]) and abbreviation_period(toks, j) and _inner_period(toks[j - 1].text):
            j += 1  # an initial's or a title's period: ``John J. Ferriola``, ``Gov. Lee``; not ``Jr. He``
    closes = j == len(toks) or toks[j].text in (".", ",", ";", "\u2014")
    return j if closes else k


def _inner_period(word: str) -> bool:
    """Whether the period after ``word`` stands inside a name, after an initial or a title
    (``J.``, ``Gov.``), where a suffix's may end the sentence (``John Doe Jr. He added``)."""
    return len(word) == 1 or word.lower() in TITLES
