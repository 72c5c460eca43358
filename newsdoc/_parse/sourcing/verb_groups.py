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


def _before(text: str, at: int, floor: int) -> list[tuple[int, str]]:
    """The words of the 40 characters before the verb at ``at`` (from ``floor`` at the
    earliest), each with its offset, without the adverbs that end them: ``has since`` is
    ``has``."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(floor, at - 40), at)]
    while words and words[-1][1].lower() in ADVERBS_BEFORE_CUE:
        words.pop()
    return words


_WORD: Final = re.compile(r"\S+")


def passive_start(text: str, at: int, s_start: int) -> int | None:
    """Where the form of ``be`` before the verb at ``at`` starts (``was told``, ``has been
    told``), or None where none stands there."""
    words = _before(text, at, s_start)
    if not words or words[-1][1].lower() not in BE_FORMS:
        return None
    k = len(words) - 1
    while k and words[k - 1][1].lower() in _BEFORE_BE:
        k -= 1  # ``has been told``, ``will be asked``, ``is being criticized``
    return words[k][0]


_BEFORE_BE: Final = BE_FORMS | HAVE_FORMS | MODALS
"""Auxiliaries that a form of ``be`` follows in one verb: ``has been``, ``could be``."""


def as_before(text: str, at: int) -> bool:
    """Whether ``as`` stands before the verb at ``at``, past adverbs: ``as first reported by``."""
    words = _before(text, at, 0)
    return bool(words) and words[-1][1].lower() == "as"


def as_start(text: str, at: int, s_start: int) -> int | None:
    """Where ``as`` starts before a participle with its agent (``as first reported by the
    Tribune``), or None; not in a comparison (``not as bad as predicted by``, ``was as
    described by``)."""
    words = _before(text, at, s_start)
    if not words or words[-1][1] != "as":
        return None  # in lower case: a sentence that opens ``As reported by X,`` is not read
    lows = [w.lower() for _, w in words]
    if "as" in lows[-4:-1] or (len(lows) > 1 and lows[-2] in BE_FORMS):
        return None
    return words[-1][0]


def contracted_be(text: str, at: int, s_start: int) -> int | None:
    """Where the contracted ``be`` of a subject pronoun before the verb at ``at`` starts: the
    apostrophe of ``he's`` or ``they're``, or None."""
    words = _before(text, at, s_start)
    if not words:
        return None
    offset, last = words[-1]
    pronoun, _, be = last.lower().replace("\u2019", "'").partition("'")
    if pronoun not in SUBJECT_PRONOUNS or be not in _CONTRACTED_BE:
        return None
    return offset + len(pronoun)


_CONTRACTED_BE: Final = frozenset(("s", "re", "m"))


def after_auxiliary(text: str, at: int, s_start: int) -> bool:
    """Whether the verb at ``at`` follows an auxiliary that takes the bare verb: ``he did say``."""
    words = _before(text, at, s_start)
    last = words[-1][1].lower() if words else ""
    return last in BARE_VERB_AUXILIARIES or last.endswith(MODAL_CONTRACTIONS)  # ``he did say``, ``he'll say``
