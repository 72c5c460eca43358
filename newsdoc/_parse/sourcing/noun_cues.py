"""The rule for a noun of speech that is also a verb form, after its possessor: ``Trump's claim
that``, ``his promise to build``, ``the senator's call for``.

The form is a cue of the verb table (``claim``, ``claims``, ``promise``, ``call``); after a
possessive it is a noun, and what follows it (``that`` and a clause, ``to`` and a verb for a
verb of commitment, ``for`` and what is asked for a verb of request) is what the possessor
said. The source is the possessor as written, with its ``'s``.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.adverbs import NEGATIONS
from newsdoc._parse.lexicon.grammar import ARTICLES, CLAUSE_WORDS, DETERMINERS, FUNCTION_WORDS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.complements import infinitive_after, request_after
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.describe import described, head_noun
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, WORK_NOUNS, adverb_like, past_form, speech_noun

__all__ = ["possessor_noun", "subject_end"]

# The kinds as module constants: compiled with mypyc, ``AttributionKind.SAID`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
SAID: Final = AttributionKind.SAID

_SAYING: Final = Frame.PLAIN | Frame.INVERT
"""Frames of verbs that take a clause without ``that`` (``said the senator's claim ... was``)."""
_CONJUNCTIONS: Final = CLAUSE_WORDS - PREPOSITIONS
"""Words that open a clause, before which a noun of speech heads its subject (``and his promise
to build a wall were``); a preposition is no such word (``Contrary to his claim that``)."""
_BE_THAT: Final = (" is that ", " was that ")
"""A form of ``be`` and ``that`` after a noun of speech, whose clause is what it said: ``His
answer was that``."""
_POSSESSIVE_ENDINGS: Final = ("'s", "\u2019s")
_NAME_WORDS: Final = 5
"""The most words of a name before its ``'s``: ``Former Gov. Jane Q. Roe's``."""


def possessor_noun(site: CueSite) -> Credit | None:
    """``Trump's claim that``, ``his promise to``: the possessor of a noun of speech is its source."""
    cue, text = site.cue, site.text
    if cue.kind is not SAID or not cue.flags & (Frame.BASE | Frame.NOUNLIKE):
        return None
    if not speech_noun(cue.word):
        return None  # a form that is a noun of something else: ``their states that need``
    predicate = text.startswith(_BE_THAT, cue.word_end)  # ``The senator's answer was that``
    if not predicate and not _content_follows(text, cue.word_end, cue.flags):
        return None
    low = max(site.sentence[0], cue.start - LOOK)
    before = text[low : cue.start].rstrip()
    words = before.split(" ")
    last = words[-1]
    end = low + len(before)
    pronoun = last.lower() in POSSESSIVE_DETERMINERS
    if pronoun:
        count = 1  # ``his claim``
    elif last.endswith(_POSSESSIVE_ENDINGS) and len(last) > 2:
        count = _possessor_words(words)
    else:
        return None
    prior = words[-count - 1] if len(words) > count else ""
    if CUE_FORMS.get(prior, 0) & _SAYING:
        return None  # ``said the senator's claim ... was``: the noun is in what was said
    if not predicate and (
        prior in _CONJUNCTIONS or (_opens_subject(prior) and _main_verb(text, cue.word_end, site.sentence[1]) is None)
    ):
        return None  # the noun heads a subject in what is said (``said that Roe's claim ... is``) or of no clear end
    start = end - len(" ".join(words[-count:]))
    if pronoun:
        return Credit(Phrase(start, end, end), cue.start, cue.word_end, described(site.context, last, len(last)))
    owner = text[start : end - 2]  # without its ``'s``
    d = described(site.context, owner, len(owner))
    if not d.speaker or head_noun(owner) in WORK_NOUNS:
        return None  # ``the drug's promise to``, ``the bill's promise``: no speaker
    return Credit(Phrase(start, end, end), cue.start, cue.word_end, d)


def _opens_subject(prior: str) -> bool:
    """Whether a noun phrase after the word ``prior`` opens its sentence's subject: nothing, a mark
    or a word in capitals stands before it (``Trump's claim that``, ``"...," Roe's claim that``);
    not a verb, a preposition or a conjunction (``rejected Trump's claim``, ``said that Roe's``)."""
    return not (prior.isalpha() and prior.islower())


def subject_end(text: str, start: int, cue_end: int, end: int) -> int:
    """Where what a noun of speech that ends at ``cue_end`` reports ends in its sentence, which
    ends at ``end``, where its possessor starts at ``start``: before the main verb where the noun
    heads the subject (``Trump's claim that the vote was rigged | is false``), else ``end``."""
    words = text[max(0, start - LOOK) : start].split()
    prior = words[-1] if words else ""
    if not _opens_subject(prior) or text.startswith(_BE_THAT, cue_end):
        return end  # not the sentence's subject, or ``His answer was that``
    main = _main_verb(text, cue_end, end)
    return end if main is None else main


def _main_verb(text: str, at: int, end: int) -> int | None:
    """Where the main verb of a sentence stands after the clause that opens at ``at`` (after a
    noun of speech that heads the subject), or None where none is found: the first auxiliary or
    past form after the clause's own verb group (``that the vote was rigged | is``, ``to build a
    wall | has``), not a verb of a relative clause (``voters who moved were purged``) nor a past
    form right after a verb, which modifies a noun (``sent classified emails``). A present form in
    ``-s`` is not read, so a clause with one has no clear end."""
    verb_seen = in_group = after_verb = False
    prior = ""
    for found in _WORD.finditer(text, at, end):
        word = found.group()
        low = word.lower()
        auxiliary = low in AUXILIARIES or (not verb_seen and low == "to")
        verb = auxiliary or past_form(word)
        relative = prior in RELATIVE_PRONOUNS
        if verb and verb_seen and not in_group and not relative and (auxiliary or not after_verb):
            return found.start()
        verb_seen = verb_seen or (verb and not relative)
        in_group = auxiliary or (in_group and (low in NEGATIONS or adverb_like(low)))  # ``was not fully``
        after_verb, prior = verb, low
    return None


_WORD: Final = re.compile(r"[\w'\u2019-]+")


def _content_follows(text: str, at: int, flags: int) -> bool:
    """Whether what the noun reports follows it: ``claim that``, ``promise to build``, ``call for``."""
    if text.startswith(" that ", at):
        first = text[at + 6 : at + 6 + LOOK].split(" ", 1)[0]
        # not a relative clause, whose verb follows ``that``: ``the party's message that emerges``
        return not (first.islower() and (first in AUXILIARIES or first.endswith("ed")))
    if flags & Frame.INFINITIVE and infinitive_after(text, at):
        return True
    return bool(flags & Frame.REQUEST) and text.startswith(" for ", at) and request_after(text, at)


def _possessor_words(words: list[str]) -> int:
    """How many of the last ``words`` make the possessor ending in ``'s``: a name and its
    title (``Sen. Jane Roe's``), or a determiner and a noun (``the senator's``)."""
    n = 1
    if words[-1][:1].isupper():
        while (
            n < len(words)
            and n < _NAME_WORDS
            and words[-n - 1][:1].isupper()
            and words[-n - 1].lower() not in FUNCTION_WORDS  # ``But Trump's claim``
            and words[-n - 1].lower() not in PREPOSITIONS  # ``Despite Trump's claim``
        ):
            n += 1
        if n < len(words) and words[-n - 1].lower() in ARTICLES:
            n += 1  # ``The White House's``; not ``said that Rubio's``
        return n
    if len(words) > 1 and words[-2].lower() in DETERMINERS:
        n += 1
    return n
