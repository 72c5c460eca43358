"""The edges of a piece of content: what is trimmed from it, and the words after a cue that
belong to the verb rather than to what was said (``that``, a phrase of time or place, the
preposition of ``called for``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, AHEAD_WORDS, TIME_OPENERS, TIME_UNITS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import CLAUSE_FINAL_ADVERBS, COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import ASIDE_ADVERBS, BE_FORMS, DETERMINERS
from newsdoc._parse.lexicon.messages import MEDIA_NOUNS
from newsdoc._parse.lexicon.nouns import UNIT_NOUNS
from newsdoc._parse.lexicon.numbers import APPROXIMATORS, CARDINALS
from newsdoc._parse.lexicon.prepositions import OBJECT_PREPOSITIONS, PARTICIPLE_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.phrase import past_participle
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, adverb_like, source_noun

__all__ = [
    "ALNUM",
    "EDGE",
    "END_PUNCT",
    "MARKS",
    "QUOTE_MARKS",
    "comment_opens",
    "lead_words",
    "strip_edges",
    "that_end",
    "time_end",
    "time_only",
    "trim",
    "verb_next",
]

EDGE: Final = " \t,;:\u2014\u2013-"
"""What a piece of reported speech does not start or end with."""
_NO_START: Final = ".)"  # nor start with: ``(X said.) and``, ``(..., analysts said) as``
END_PUNCT: Final = ".!?"
MARKS: Final = '"\u201c\u201d'
QUOTE_MARKS: Final = tuple(MARKS)
"""The same marks one by one, for a test of one character that an empty slice must fail."""
ALNUM: Final = re.compile(r"[^\W_]")
"""A letter or a digit."""
_MAX_LEAD_WORDS: Final = 12
"""At most this many words are read for a phrase of time or place after a cue: before a
``that`` that opens the content, or as the phrase itself (``on Friday,``)."""
_TRAILING: Final = COORDINATORS | SUBORDINATORS | ASIDE_ADVERBS
_FINAL_ADVERBS: Final = CLAUSE_FINAL_ADVERBS | ASIDE_ADVERBS
"""Words of :data:`_TRAILING` that may end a sentence as its adverb: ``before``, ``too``, ``so``."""


def trim(text: str, start: int, end: int, *, lead: bool) -> tuple[int, int] | None:
    """``text[start:end]`` without what stands at its edges and is not what was said: spaces and
    punctuation, a conjunction or connective left by a cut, a parenthesis opened before it or
    closed after it; after the cue (``lead``), the words of time before a ``that`` and a
    preposition that only ties the verb to its object (``called for``). None if no word is left."""
    while True:
        start, end = strip_edges(text, start, end)
        at = lead_words(text, start, end)
        if at == start:
            break
        start = at
    piece_end = end
    while True:
        last = text.rfind(" ", start, end) + 1
        low = text[last:end].lower()
        if last <= start or low not in _TRAILING or (low in _FINAL_ADVERBS and _sentence_end(text, piece_end)):
            break  # no cut after the piece: ``two days earlier.``, ``may do so.``; but ``he would go, but...``
        start, end = strip_edges(text, start, last)
    if lead:
        start = strip_edges(text, _after_that(text, start, end), end)[0]
    if end > start and text[end - 1] == ")" and text.find("(", start, end) < 0:
        end -= 1
    if end > start and text[start] == "(" and text.find(")", start, end) < 0:
        start = strip_edges(text, start + 1, end)[0]  # ``(The French are fans, Mr. Madden said.)``
    if end > start and text[end - 1] == "(":
        end = strip_edges(text, start, end - 1)[1]  # ``the show (Mr. Madden said.)``
    if ALNUM.search(text, start, end) is None:
        return None
    return start, end


def _sentence_end(text: str, end: int) -> bool:
    """Whether only a mark that ends a sentence (and any closing quotation mark) stands after
    ``end`` before the paragraph's end or the next sentence: no cut was made there."""
    rest = text[end : end + 4].lstrip(EDGE + MARKS)
    return not rest or (rest[0] in ".!?" and not rest.startswith(".."))  # an ellipsis cuts


def strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in EDGE or text[start] in _NO_START):
        start += 1
    while end > start and (text[end - 1] in EDGE or text[end - 1] in END_PUNCT):
        end -= 1
    return start, end


def lead_words(text: str, start: int, end: int) -> int:
    """Where the words after the conjunctions and connectives that open ``text[start:end]``
    start: ``But``, ``However,``, ``And so`` (a connective adverb only with its comma: ``too
    many`` is no connective)."""
    at = start
    while at < end:
        space = text.find(" ", at, end)
        stop = end if space < 0 else space
        word = text[at:stop].lower()
        bare = word.rstrip(",")
        if not (bare in COORDINATORS or (bare in ASIDE_ADVERBS and (word != bare or stop == end))):
            break
        at = min(stop + 1, end)
    return at


def _after_that(text: str, start: int, end: int) -> int:
    """Where the clause starts after the verb's own words: an opening ``that`` and the
    phrase of time or place before it (``said Monday that``, ``says in Ohio that``), a phrase
    of time (``said on Friday, the talks``), or the preposition of a verb's object (``called
    for``, ``complained about``)."""
    space = text.find(" ", start, end)
    if space < 0:
        return start
    first = text[start:space].lower()
    if first in BE_FORMS and text.startswith("that ", space + 1):
        return space + len(" that ")  # ``His answer was that the plan failed``: a noun's predicate
    that = that_end(text, start, end, first)
    if that is not None:
        return that
    time = time_end(text, start, end, first)
    if time > start:
        following = text[time : min(end, time + LOOK)].split(None, 1)
        if (
            following
            and following[0].lower() in OBJECT_PREPOSITIONS
            and following[1:2]
            and not following[1][:1].isdigit()
        ):
            return text.find(following[0], time) + len(following[0]) + 1  # ``called Friday for a vote``
    ahead = first in AHEAD_WORDS  # ``said tomorrow the council will vote``: the time of the vote
    if time > start and (
        first in TIME_OPENERS or text[time - 1] == "," or (_subject_next(text, time, end) and not ahead)
    ):
        # ``said on Friday the talks``, ``said Monday, the talks``, ``said Tuesday it``; not ``said Monday is``
        return time
    if first in OBJECT_PREPOSITIONS and not text[space + 1 : space + 2].isdigit():
        return space + 1  # ``called for a vote``, not ``said about 300 people``
    return start


def _subject_next(text: str, at: int, end: int) -> bool:
    """Whether the word after ``at`` opens a subject: a subject pronoun or a determiner."""
    word = text[at : min(end, at + LOOK)].split(None, 1)[:1]
    return bool(word) and (word[0].lower() in SUBJECT_PRONOUNS or word[0].lower() in DETERMINERS)


def that_end(text: str, start: int, end: int, first: str) -> int | None:
    """Where the clause after an opening ``that`` starts, where one opens what follows the
    cue (whose first word, in lower case, is ``first``) or ends a phrase of time or place
    before it; else None."""
    first = first.rstrip(",.")
    adverb = first in ADVERBS_BEFORE_CUE or adverb_like(first)
    if adverb and text.startswith(" that ", start + len(first)):
        at = start + len(first) + 6
        following = text[at : min(end, at + LOOK)].split(" ", 1)[0].lstrip("\"\u201c'")
        if _opens_clause(text[at : at + 1], following):
            return at  # ``said repeatedly that``, ``complain bitterly that``; not ``proposed just that in 2013``
    rest = start + len(first) + 1
    second = text[rest : min(end, rest + LOOK)].split(" ", 1)[0].lower()
    timed = adverb and second in TIME_OPENERS  # ``said repeatedly last week that``
    # a participle that describes the medium before it, with no object of its own: ``said in a
    # statement issued Friday that``, ``wrote in a memo obtained by Axios that``; not ``said increased
    # spending``, nor ``said trapped in the building that collapsed were``, which has no medium
    described = (
        past_participle(first) and (second in PREPOSITIONS or second in TIME_WORDS) and _after_medium(text, start)
    )
    if first != "that" and first not in PREPOSITIONS and first not in TIME_WORDS and not timed and not described:
        return None
    at = start
    words = text[start : min(end, start + LOOK)].split(" ", _MAX_LEAD_WORDS)[:_MAX_LEAD_WORDS]
    if first == "not" or (first == "to" and len(words) > 1 and _infinitive(words[1])):
        return None  # ``to avoid that medication``: the ``that`` of an infinitive is a determiner
    for n, word in enumerate(words):
        if word.lower().rstrip(",") == "that":
            following = words[n + 1] if n + 1 < len(words) else ""
            low = following.lower()
            later = any(w.lower() == "that" for w in words[n + 2 :])  # ``in that case that``: a determiner first
            if n == 0 or not (low in TIME_WORDS or low in UNIT_NOUNS or (later and not _opens_clause("", following))):
                return min(at + len(word) + 1, end)  # but ``later that night that``: a determiner first
        if word.endswith(","):
            return None
        at += len(word) + 1
    return None


def _after_medium(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a noun for a medium: ``statement``, ``memo``, ``post``."""
    before = text[max(0, at - LOOK) : at].split()
    return bool(before) and before[-1].lower() in _MEDIA_WORDS


_MEDIA_WORDS: Final = frozenset(medium.rsplit(" ", 1)[-1] for medium in MEDIA_NOUNS)


def _opens_clause(mark: str, word: str) -> bool:
    """Whether ``word`` (after any opening quotation mark, ``mark`` being the first character
    before it) opens a clause after ``that``, where ``that`` is no determiner: a determiner,
    a pronoun, a name, a plural noun or a quote (``that the deal``, ``that he``, ``that voters``,
    ``that "every word"``); not ``that morning``, ``that much``, ``that claim``."""
    low = word.lower()
    if mark in ('"', "\u201c", "'") or low in DETERMINERS or low in SUBJECT_PRONOUNS or word[:1].isupper():
        return True
    return word.isalpha() and low.endswith("s") and not low.endswith("ss") and low not in TIME_WORDS


def _infinitive(word: str) -> bool:
    """Whether ``word`` after ``to`` is a bare verb rather than the object of the preposition
    (``to reporters``, ``to the council``, ``to Axios``)."""
    low = word.lower()
    return word.islower() and low not in DETERMINERS and low not in OBJECT_PRONOUNS and not source_noun(word)


def time_end(text: str, start: int, end: int, first: str) -> int:
    """Where a phrase of time that opens ``text[start:end]`` (whose first word, in lower case,
    is ``first``) ends: ``Monday``, ``on Friday,``, ``last week``; ``start`` where none does."""
    first = first.rstrip(",.")
    if first not in TIME_WORDS and first not in TIME_OPENERS:
        return start
    at = start
    found = start
    for word in text[start : min(end, start + LOOK)].split(" ", _MAX_LEAD_WORDS)[:_MAX_LEAD_WORDS]:
        low = word.lower().rstrip(",.")
        if low in TIME_WORDS or low.isdigit():
            found = at + len(word)
        elif low not in TIME_OPENERS:
            break
        at += len(word) + 1
        if word.endswith(","):
            break
    return min(found + (text[found : found + 1] == ","), end)


def verb_next(text: str, at: int) -> bool:
    """Whether a comma and an auxiliary follow ``at``: the rest of a clause that an inverted
    attribution interrupts (``The talks, said one aide, will resume``), not an appositive."""
    rest = text[at : at + LOOK].split(None, 2)
    return len(rest) > 1 and rest[0] == "," and rest[1].lower() in AUXILIARIES


def comment_opens(text: str, before: tuple[int, int], at: int, end: int) -> bool:
    """Whether what follows an attribution set off by commas at ``at`` (to the sentence's ``end``)
    is the writer's comment on the clause ``before`` it, no rest of that clause: a participle
    phrase that ends the sentence (``, the mayor announced, setting up a showdown.``), not a
    preposition or a condition in ``-ing`` (``including``, ``pending``), a gerund before its
    verb (``, she said, getting there will take time``) or a participle inside the clause
    (``, analysts said, reflecting a trend, surprised investors``); after a piece that may be a
    whole clause, opened by no subordinating conjunction or preposition and more than adverbs
    (not ``Though the move was smooth, he said, replacing her would be hard``, ``Still, ...``)."""
    rest = text[at:end].lower().split()
    first = rest[0] if rest else ""
    if not (first.isalpha() and first.endswith("ing") and first not in PARTICIPLE_PREPOSITIONS):
        return False
    if ", " in text[at:end] or any(word in AUXILIARIES for word in rest[1:]):
        return False
    words = text[before[0] : before[1]].lower().split()
    if not words or words[0] in SUBORDINATORS or words[0] in PREPOSITIONS:
        return False
    return not all(word in ADVERBS_BEFORE_CUE or word in COORDINATORS or word.endswith("ly") for word in words)


def time_only(text: str, piece: tuple[int, int]) -> bool:
    """Whether ``text[start:end]`` is a phrase of time and nothing more: ``Tuesday night``, or a
    length of time (``nearly six hours`` in ``testified for nearly six hours``)."""
    start, end = piece
    space = text.find(" ", start, end)
    first = text[start : end if space < 0 else space].lower()
    if time_end(text, start, end, first) >= end:
        return True
    return end - start <= _LONGEST_DURATION and _duration(text[start:end].lower().split())


_LONGEST_DURATION: Final = len("approximately seventeen minutes.")
"""The most characters of a length of time that :func:`_duration` reads."""


def _duration(words: list[str]) -> bool:
    """Whether ``words`` (in lower case) are a number of units of time, approximate or not:
    ``six hours``, ``nearly 20 minutes``."""
    while words and words[0] in APPROXIMATORS:
        words = words[1:]
    return len(words) == 2 and (words[0] in CARDINALS or words[0].isdigit()) and words[1].rstrip(".") in TIME_UNITS
