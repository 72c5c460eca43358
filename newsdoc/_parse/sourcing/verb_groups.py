"""The auxiliaries and words before a verb of speech that make it part of a verb group: a form
of ``be`` (``was told``, ``has been told``, ``is warning``), a contracted ``be`` (``He's
claiming``), an auxiliary that takes the bare verb (``did say``, ``will tell``) and ``as``
before a participle with its agent (``as first reported by``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE
from newsdoc._parse.lexicon.grammar import BE_FORMS, HAVE_FORMS, MODAL_CONTRACTIONS, MODALS
from newsdoc._parse.lexicon.pronouns import SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.words import BARE_VERB_AUXILIARIES

__all__ = ["after_auxiliary", "as_before", "as_start", "contracted_be", "passive_start"]


def passive_start(text: str, at: int, s_start: int) -> int | None:
    """Where the form of ``be`` before the verb at ``at`` starts (``was told``, ``has been
    told``), or None where none stands there."""
    base = max(s_start, at - 40)
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, base, at)]
    while words and words[-1][1] in ADVERBS_BEFORE_CUE:
        words.pop()
    if not words or words[-1][1] not in BE_FORMS:
        return None
    k = len(words) - 1
    while k and words[k - 1][1] in _BEFORE_BE:
        k -= 1  # ``has been told``, ``will be asked``, ``is being criticized``
    return words[k][0]


_WORD: Final = re.compile(r"\S+")
_BEFORE_BE: Final = BE_FORMS | HAVE_FORMS | MODALS
"""Auxiliaries that a form of ``be`` follows in one verb: ``has been``, ``could be``."""


def as_before(text: str, at: int) -> bool:
    """Whether ``as`` stands before the verb at ``at``, past adverbs: ``as first reported by``."""
    words = text[max(0, at - 40) : at].split()
    while words and words[-1].lower() in ADVERBS_BEFORE_CUE:
        words.pop()
    return bool(words) and words[-1].lower() == "as"


def as_start(text: str, at: int, s_start: int) -> int | None:
    """Where ``as`` starts before a participle with its agent (``as first reported by the
    Tribune``), or None."""
    if not as_before(text, at):
        return None
    before = text[max(s_start, at - 40) : at].lower().split()
    while before and before[-1] != "as":
        before.pop()  # the adverbs after ``as``: ``as first reported``
    if "as" in before[-4:-1] or (len(before) > 1 and before[-2] in BE_FORMS):
        return None  # ``not as bad as predicted by``, ``was as described by``: a comparison, no report
    found = text.rfind("as", max(s_start, at - 40), at)
    return found if found >= 0 else None


def contracted_be(text: str, at: int, s_start: int) -> int | None:
    """Where the contracted ``be`` of a subject pronoun before the verb at ``at`` starts: the
    apostrophe of ``he's`` or ``they're``, or None."""
    before = text[max(s_start, at - 40) : at]
    words = before.split()
    while words and words[-1].lower() in ADVERBS_BEFORE_CUE:
        words.pop()
    if not words:
        return None
    last = words[-1].lower().replace("\u2019", "'")
    pronoun, _, be = last.partition("'")
    if pronoun not in SUBJECT_PRONOUNS or be not in _CONTRACTED_BE:
        return None
    return max(s_start, at - 40) + before.rfind(words[-1]) + len(pronoun)


_CONTRACTED_BE: Final = frozenset(("s", "re", "m"))


def after_auxiliary(text: str, at: int, s_start: int) -> bool:
    """Whether the verb at ``at`` follows an auxiliary that takes the bare verb: ``he did say``."""
    words = text[max(s_start, at - 40) : at].split()
    while words and words[-1].lower() in ADVERBS_BEFORE_CUE:
        words.pop()
    last = words[-1].lower() if words else ""
    return last in BARE_VERB_AUXILIARIES or last.endswith(MODAL_CONTRACTIONS)  # ``he did say``, ``he'll say``
