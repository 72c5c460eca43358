"""The words around a verb of refusing or answering that make it a refusal to speak: a
complement of refusing (``declined to comment``, ``declined a request for comment``), a
negation before the verb (``would not say``, ``won't comment``, ``has yet to respond``),
``no`` before ``comment`` (``had no comment``) and a verb of going before ``unanswered``
(``Calls went unanswered``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ABSOLUTE_NEGATIONS, NEGATION_ADVERBS
from newsdoc._parse.lexicon.grammar import (
    AUXILIARY_CONTRACTIONS,
    DO_FORMS,
    HAVE_FORMS,
    IRREGULAR_NEGATIVES,
    MODALS,
    OBLIGATION_MODALS,
    POSSIBILITY_MODALS,
)
from newsdoc._parse.lexicon.verbs import (
    COMMENT_GIVING_VERBS,
    COMMENT_MODIFIERS,
    COMMENT_NOUNS,
    DECLINE_COMPLEMENTS,
    LEFT_UNANSWERED,
    QUITTING_PARTICLES,
    REQUEST_NOUNS,
    REQUESTED_STATEMENTS,
)
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.words import FINITE_BE

__all__ = ["left_unanswered", "maybe_refusal", "negation_start", "no_comment_start", "refusal_end"]

_COMMENT: Final = alternatives(COMMENT_NOUNS, any_space=True)
_REFUSED: Final = alternatives(DECLINE_COMPLEMENTS, any_space=True)
# ``declined to comment``, ``refused to directly answer``, ``declined comment``, ``declined a
# request for comment``, ``refused repeated requests to comment``, ``declined an interview request``
_ASKED_FOR: Final = alternatives((*COMMENT_NOUNS, *REQUESTED_STATEMENTS))
_DECLINED_TO: Final = re.compile(
    r"\s+(?:to\s+(?:[a-z]+ly\s+)?(?:" + _REFUSED + r")|" + _COMMENT + r"|"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:" + alternatives(REQUEST_NOUNS) + r")\s+"
    r"(?:for\s+(?:an?\s+)?(?:" + _ASKED_FOR + r")|to\s+(?:" + _REFUSED + r"))|"
    r"(?:[\w'\u2019-]+\s+)?(?:" + _ASKED_FOR + r")\s+(?:" + alternatives(REQUEST_NOUNS) + r"))\b"
    r"(?!\s+(?:(?:it|them)\s+)?(?:" + alternatives(QUITTING_PARTICLES) + r")\b)"  # not ``refuses to give (it) up``
)
# ``may decline to``, ``might refuse to``: a refusal that might come, reported by no one.
_MAYBE: Final = re.compile(r"\b(?:" + alternatives(POSSIBILITY_MODALS) + r")\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE)
# A negation just before ``respond``, ``reply``, ``return``, ``comment``, ``reached``, ``available``
# or a verb of saying: ``would not``, ``won't``, ``cannot``, ``'s not``, ``has yet to``, ``(has) never``; not a modal of
# what ought to be done (``He shouldn't say that``).
_FINITE_AUXILIARIES: Final = DO_FORMS | HAVE_FORMS | (MODALS - OBLIGATION_MODALS) | FINITE_BE
_NEGATED: Final = re.compile(
    r"(?:\b(?:" + alternatives(_FINITE_AUXILIARIES, any_space=True) + r")(?:\s+not|n[’']t)|\bcannot"
    r"|\b(?:" + alternatives(IRREGULAR_NEGATIVES) + r")"
    r"|(?:\b(?:"
    + alternatives(_FINITE_AUXILIARIES, any_space=True)
    + r")\s+)?\b(?:"
    + alternatives(ABSOLUTE_NEGATIONS)
    + r")"
    r"|\b(?:" + alternatives(HAVE_FORMS) + r")\s+yet\s+to"
    r"|(?<=\w)[’'](?:" + alternatives({c[1:] for c in AUXILIARY_CONTRACTIONS}) + r")\s+not)"
    r"(?:\s+(?:" + alternatives(NEGATION_ADVERBS | {"be", "been"}, any_space=True) + r"))*\s+\Z"
)
_NO_COMMENT: Final = re.compile(
    r"\b(?:" + alternatives(COMMENT_GIVING_VERBS) + r")\s+no\s+(?:(?:" + alternatives(COMMENT_MODIFIERS) + r")\s+)?\Z",
    re.IGNORECASE,
)
_REACH: Final = 40
"""How far before a verb a negation is looked for."""


def refusal_end(text: str, end: int) -> int | None:
    """Where the refusal that a verb of refusing ending at ``end`` opens ends, or None where it
    refuses no speech: ``declined to comment``, ``declined comment``, ``declined a request for
    comment``; not ``refused to give up``."""
    found = _DECLINED_TO.match(text, end)
    return None if found is None else found.end()


def maybe_refusal(text: str, start: int) -> bool:
    """Whether a modal of possibility stands before the verb at ``start``: ``may decline to``."""
    return _MAYBE.search(text, max(0, start - 20), start) is not None


def negation_start(text: str, start: int) -> int | None:
    """Where the negation right before the verb at ``start`` starts, or None: ``would not``,
    ``won't``, ``did not immediately``, ``has yet to``."""
    found = _NEGATED.search(text, max(0, start - _REACH), start)
    return None if found is None else found.start()


def no_comment_start(text: str, start: int) -> int | None:
    """Where ``had no`` starts before ``comment`` at ``start``, or None: ``had no comment``,
    ``offered no immediate comment``."""
    found = _NO_COMMENT.search(text, max(0, start - _REACH), start)
    return None if found is None else found.start()


# A verb of going or staying (``went``, ``have gone``, ``remained``) right before ``unanswered``.
_LEFT_BEFORE: Final = re.compile(r"\b(?:" + alternatives(LEFT_UNANSWERED) + r")\s+\Z", re.IGNORECASE)
_LEFT_REACH: Final = 12
"""Characters enough to hold ``remained`` and its space before ``unanswered``."""


def left_unanswered(text: str, start: int) -> int:
    """Where the verb of going or staying before ``unanswered`` at ``start`` starts, or -1."""
    went = _LEFT_BEFORE.search(text, max(0, start - _LEFT_REACH), start)
    return -1 if went is None else went.start()
