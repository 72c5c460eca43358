"""Subjects that deny their verb as ``not`` does: ``Neither the company nor the union
responded``, ``None of the officials would comment``, ``No one at the agency said when``.

Such a subject makes its verb of responding a ``no_response`` and its verb of saying, where
the verb leaves a question open, a ``declined``, as a negated verb does.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import NEGATIONS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import DETERMINERS, NEGATIVE_SUBJECTS, WH_WORDS
from newsdoc._parse.lexicon.messages import CONTACT_NOUNS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import (
    ANSWER_VERBS,
    COMMENT_NOUNS,
    COMMENT_PAST,
    NEGATED_SAYING,
    NO_RESPONSE_WORDS,
    REACHING_PARTICLES,
    RECIPROCAL_PHRASES,
    REPLY_VERBS,
    RETURNING_VERBS,
)
from newsdoc._parse.sourcing.content_edges import time_end
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = [
    "DENIABLE",
    "answer_fits",
    "answers_the_press",
    "contacted",
    "denial_nearby",
    "denied_subject",
    "negation_nearby",
    "replies_elsewhere",
    "unanswered",
]

DENIABLE: Final = (ANSWER_VERBS | NEGATED_SAYING) - COMMENT_PAST
"""The verbs a denied subject makes a refusal of: not ``reached`` (``none reached the top
level``) or ``commented`` (``No one commented at the hearing``), which only a negation does
(``could not be reached``, ``has not commented``)."""

_DENIED: Final = re.compile(r"\b(?:" + alternatives(NEGATIVE_SUBJECTS, any_space=True) + r")\b", re.IGNORECASE)
# The subject opens its clause (after the start, a mark or a conjunction), and nothing but its
# own words stands between it and the verb.
_DENIED_SUBJECT: Final = re.compile(
    r"(?:^|[.!?:;,\u2014]\s+|\b(?:" + alternatives(SUBORDINATORS | COORDINATORS) + r")\s+)"
    r"(?:" + alternatives(NEGATIVE_SUBJECTS, any_space=True) + r")\b[^.!?:;,\"\u201c\u201d\u2014]*\Z",
    re.IGNORECASE,
)
_EXCEPTING: Final = frozenset(("but", "except"))
"""Words that make a denied subject name someone after all: ``No one but the mayor``."""
_TO_THE_PRESS: Final = re.compile(
    r"\s*(?:[.;!?]|\Z)|\s+(?:(?:immediately|publicly|directly)\s+)?(?:to\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:" + alternatives(CONTACT_NOUNS) + r")\b|\s+for\s+(?:" + alternatives(COMMENT_NOUNS) + r")\b",
    re.IGNORECASE,
)
_REFUSAL_WORDS: Final = NO_RESPONSE_WORDS | NEGATED_SAYING
"""The verbs a denied subject denies: only the first after it (``Nobody returned calls seeking
comment`` denies ``returned``, and ``comment`` is no verb of its own)."""
_UNANSWERED: Final = re.compile(r"\s*(?:[.;!?]|\Z)|\s+(?:" + alternatives(WH_WORDS | {"if"}) + r")\b")
"""What a denied verb of saying leaves open, where it reports a refusal: ``Neither side said
when``, ``No one would say.``; not ``None of them said the plan was dead``."""


def denial_nearby(text: str, at: int) -> bool:
    """Whether a word that denies a subject stands a little before ``at``: a cheap test before
    :func:`denied_subject`."""
    return _DENIED.search(text, max(0, at - LOOK), at) is not None


def denied_subject(text: str, at: int) -> bool:
    """Whether the subject of the verb at ``at`` denies its source: ``Neither the company nor
    the union responded``, ``None of the officials would say``, ``No one at the agency said``;
    not ``No one but the mayor responded``, whose mayor did."""
    found = _DENIED_SUBJECT.search(text, max(0, at - LOOK), at)
    if found is None:
        return False
    words = found.group().lower().split()
    return _REFUSAL_WORDS.isdisjoint(words) and _EXCEPTING.isdisjoint(words)


def answers_the_press(text: str, end: int) -> bool:
    """Whether a verb of answering that ends at ``end`` is about answering a request: its
    sentence ends there (``None of them responded.``), or a request, a call or a message
    follows (``responded to requests for comment``, ``returned calls``); not ``returned
    home``, ``responded to the treatment`` or ``responded, the spokesman said``."""
    return _TO_THE_PRESS.match(text, end) is not None


def replies_elsewhere(low: str, text: str, end: int) -> bool:
    """Whether a verb of replying (``low``, in lower case) that ends at ``end`` replies to
    something other than the press: ``to`` and a common noun that is no request, call or message
    (``did not respond to treatment``, ``to the attack``); not ``to a request for comment``, ``to
    questions``, a name (``to Axios``, ``to the Times``) or a pronoun (``to us``)."""
    if low not in REPLY_VERBS or not text.startswith(" to ", end) or answers_the_press(text, end):
        return False
    following = text[end + 4 : end + 4 + LOOK].split(None, 2)
    if following and following[0].lower() in DETERMINERS:
        following = following[1:]
    return not (following and (following[0][:1].isupper() or following[0].lower() in OBJECT_PRONOUNS))


def answer_fits(low: str, text: str, end: int) -> bool:
    """Whether a word of answering (``low``, in lower case) that ends at ``end`` may tell that a
    source gave the press no answer, by what follows it: ``available`` needs ``for comment``, a
    verb of returning what it returns (``did not return calls``) or its clause's end, and
    ``reached`` no particle (``has not reached out to``); none answers ``in kind``."""
    if text.startswith(_RECIPROCAL, end):
        return False
    if low == "available":
        return _FOR_COMMENT.match(text, end) is not None
    if low in RETURNING_VERBS:  # not ``didn't return to banking``; but ``were not returned on Friday.``
        return answers_the_press(text, end) or answers_the_press(text, _past_time(text, end))
    if low != "reached":
        return True
    following = text[end : end + 6].split(None, 1)[:1]
    return not (following and following[0].rstrip(".,;:!?") in REACHING_PARTICLES)


_FOR_COMMENT: Final = re.compile(r"\s+for\s+(?:a\s+)?(?:" + alternatives(COMMENT_NOUNS, any_space=True) + ")")
_RECIPROCAL: Final = tuple(" " + phrase for phrase in RECIPROCAL_PHRASES)


def unanswered(text: str, end: int) -> bool:
    """Whether what follows a verb of saying that ends at ``end`` leaves a question open: a
    question word, or the end of its clause."""
    return _UNANSWERED.match(text, end) is not None


def negation_nearby(text: str, at: int) -> bool:
    """Whether a negation may stand just before ``at``, in the verb's words or its subject's: a
    cheap test before the exact one."""
    near = text[max(0, at - _NEGATION_REACH) : at]
    if "n\u2019t" in near or any(word in near for word in NEGATIONS):  # ``not``, ``n't``, ``never``
        return True
    return denial_nearby(text, at)


_NEGATION_REACH: Final = 30


def contacted(text: str, start: int, end: int) -> int:
    """Where the one contacted starts in a source phrase ``text[start:end]`` that names the
    contact left unanswered (``Messages left with the sheriff's office``, ``A call to Smith``,
    ``Requests for comment from the agency``): after the phrase's last preposition of contact;
    ``start`` where the phrase names no contact or no one after it (``Requests for comment``)."""
    words = text[start:end].split(None, 2)
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or words[0].lower() not in CONTACT_NOUNS:
        return start
    at = max(text.rfind(f" {p} ", start, end) for p in _CONTACT_PREPOSITIONS)
    if at < 0:
        return start
    at = text.index(" ", at + 1) + 1  # past the preposition
    first = text[at:end].split(None, 1)[:1]
    return start if not first or first[0].lower() in COMMENT_NOUNS else at


_CONTACT_PREPOSITIONS: Final = ("to", "with", "for", "from")
"""Prepositions after a call or a message that name whom it reached: ``left with``, ``to``."""


def _past_time(text: str, end: int) -> int:
    """Where a phrase of time right after ``end`` ends (``on Friday``, ``by press time``), or ``end``."""
    at = end + 1 if text.startswith(" ", end) else end
    first = text[at : at + LOOK].split(" ", 1)[0].lower()
    found = time_end(text, at, min(len(text), at + LOOK), first)
    return found if found > at else end
