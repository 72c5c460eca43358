"""The auxiliaries and words before a verb of speech that make it part of a verb group: a form
of ``be`` (``was told``, ``has been told``, ``is warning``), a contracted ``be`` (``He's
claiming``), an auxiliary that takes the bare verb (``did say``, ``will tell``) and ``as``
before a participle with its agent (``as first reported by``); and ``and`` or ``but`` before a
second verb (``met Y and said``).

Each reader takes the words before the verb that :func:`words_before` lists; the rules read
them once for each cue (:attr:`~newsdoc._parse.sourcing.records.CueSite.verb_words`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsdoc._parse.lexicon.adjectives import ATTRIBUTIVE_ADJECTIVES
from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import SEQUENCE_ADVERBS
from newsdoc._parse.lexicon.grammar import BE_FORMS, HAVE_FORMS, MODAL_CONTRACTIONS, MODALS, VERB_CONJUNCTIONS
from newsdoc._parse.lexicon.pronouns import SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import BARE_INFINITIVE_VERBS
from newsdoc._parse.sourcing.words import AUXILIARIES, BARE_VERB_AUXILIARIES

__all__ = [
    "Words",
    "after_and",
    "after_auxiliary",
    "as_before",
    "as_start",
    "bare_slot",
    "contracted_be",
    "noun_slot",
    "passive_start",
    "word_before",
    "words_before",
]

Words = Sequence[tuple[int, str]]
"""The words before a verb, each with its offset (from :func:`words_before`)."""


def words_before(text: str, at: int, floor: int) -> list[tuple[int, str]]:
    """The words of the 40 characters before the verb at ``at`` (from ``floor`` at the
    earliest), each with its offset, without the adverbs (and the forms of ``have`` among
    them) and the phrases of time (``on Monday``) that end them.

    >>> words_before("The mayor has since said", 20, 0)
    [(0, 'The'), (4, 'mayor')]
    """
    words: list[tuple[int, str]] = []
    offset = max(floor, at - 40)
    for word in text[offset:at].split():
        # only white space stands between ``offset`` and the word, which holds none: its first occurrence
        offset = text.find(word, offset)
        words.append((offset, word))
        offset += len(word)
    while words:
        low = words[-1][1].lower()
        if low in ADVERBS_BEFORE_CUE and not _in_sequence(words):
            words.pop()
        elif low in TIME_WORDS and len(words) > 1 and words[-2][1].lower() in TIME_OPENERS:
            del words[-2:]  # ``and on Monday announced``: a phrase of time between
        else:
            break
    return words


def passive_start(words: Words) -> int | None:
    """Where the form of ``be`` before the verb starts (``was told``, ``has been told``), or
    None where none stands there; ``words`` are the words before the verb."""
    if not words or words[-1][1].lower() not in BE_FORMS:
        return None
    k = len(words) - 1
    while k and words[k - 1][1].lower() in _BEFORE_BE:
        k -= 1  # ``has been told``, ``will be asked``, ``is being criticized``
    return words[k][0]


_BEFORE_BE: Final = BE_FORMS | HAVE_FORMS | MODALS
"""Auxiliaries that a form of ``be`` follows in one verb: ``has been``, ``could be``."""


def as_before(words: Words) -> bool:
    """Whether ``as`` stands before the verb, past adverbs: ``as first reported by``."""
    return bool(words) and words[-1][1].lower() == "as"


def as_start(words: Words) -> int | None:
    """Where ``as`` starts before a participle with its agent (``as first reported by the
    Tribune``), or None; not in a comparison (``not as bad as predicted by``, ``was as
    described by``)."""
    if not words or not (words[-1][1] == "as" or (len(words) == 1 and words[0][1] == "As")):
        return None  # ``As reported by X,`` opens its sentence; ``the game As Reported`` is a title
    lows = [w.lower() for _, w in words]
    if "as" in lows[-4:-1] or (len(lows) > 1 and lows[-2] in BE_FORMS):
        return None
    return words[-1][0]


def contracted_be(words: Words) -> int | None:
    """Where the contracted ``be`` of a subject pronoun before the verb starts: the
    apostrophe of ``he's`` or ``they're``, or None."""
    if not words:
        return None
    offset, last = words[-1]
    pronoun, _, be = last.lower().replace("\u2019", "'").partition("'")
    if pronoun not in SUBJECT_PRONOUNS or be not in _CONTRACTED_BE:
        return None
    return offset + len(pronoun)


_CONTRACTED_BE: Final = frozenset(("s", "re", "m"))


def after_auxiliary(words: Words) -> bool:
    """Whether the verb follows an auxiliary that takes the bare verb: ``he did say``."""
    last = words[-1][1].lower() if words else ""
    return last in BARE_VERB_AUXILIARIES or last.endswith(MODAL_CONTRACTIONS)  # ``he did say``, ``he'll say``


def bare_slot(text: str, at: int, floor: int) -> bool:
    """Whether the verb at ``at`` stands right after ``to``, an auxiliary that takes the bare verb
    or ``help``, where only a bare verb can (``helped found the network``, ``to found a party``),
    so that a form of the past there is a bare verb spelled the same (``found``, to establish);
    not after a name (``Theresa May said``) or ``have`` (``would have told``)."""
    last = word_before(text, at, floor)
    return last == "to" or last in BARE_INFINITIVE_VERBS or last in BARE_VERB_AUXILIARIES


def noun_slot(text: str, at: int, floor: int) -> bool:
    """Whether the word at ``at`` stands right after an auxiliary in lower case (``had``,
    ``will``, ``is``; not the month ``May``) or an adjective that only modifies a noun, where a
    form in ``-s`` is a plural noun and no verb: ``they had questions``, ``the agency has reports
    that``, ``Initial estimates put``."""
    word = word_before(text, at, floor)
    return word in AUXILIARIES or word.lower() in ATTRIBUTIVE_ADJECTIVES


def word_before(text: str, at: int, floor: int) -> str:
    """The word that ends right before ``at``, as written, no further left than ``floor``; the
    longest that matters (``should``, ``help``) fits in the 12 characters read."""
    return text[max(floor, at - 12) : at].rstrip().rpartition(" ")[2]


def after_and(words: Words) -> bool:
    """Whether the verb is the second of two joined by ``and`` or ``but``: ``X met Y and said``,
    ``X voted no but said``, with an auxiliary between (``but did note``; a form of ``have``
    is no word of :func:`words_before`'s: ``and has said``), or by ``then`` after a comma
    (``X offered him a job, then said``)."""
    k = len(words) - 1
    if k > 0 and words[k][1] in BARE_VERB_AUXILIARIES:
        k -= 1
    return k >= 0 and (words[k][1] in VERB_CONJUNCTIONS or _in_sequence(words[: k + 1]))


def _in_sequence(words: Words) -> bool:
    """Whether the last of ``words`` is an adverb of sequence after a comma: ``a job, then``."""
    return len(words) > 1 and words[-1][1] in SEQUENCE_ADVERBS and words[-2][1].endswith(",")
