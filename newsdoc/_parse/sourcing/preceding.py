"""Whether the clause before an attribution is what it credits (``The talks will resume, two
officials said``) or a clause it only stands in: a subordinate clause it opens (``if the
governor said so``), a phrase that sets the scene (``On Sunday, the senator said``), or a
clause it completes (``She was surprised the mayor said so``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_AFTER_AMOUNT
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import RELATIVE_WORDS
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.tokens import LOOK, QUOTE_MARKS
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["credited_before"]

_LONGEST_PHRASE: Final = 6
"""The most words of a phrase opened by a preposition that sets the scene before a clause."""


def credited_before(text: str, f: Found, piece: tuple[int, int], bounds: tuple[int, int, int, int]) -> bool:
    """Whether ``piece``, the clause before ``f``'s attribution clause, is what ``f`` credits;
    ``bounds`` are the sentence's start, the attribution clause's start and end, and where the
    content may run to."""
    start, left, right, end = bounds
    return not (
        _subordinate(text, start, left, right, end)
        or _phrase_only(text, start, left)
        or (f.rule == "source-verb" and _runs_into(text, piece, left))
    )


def _phrase_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one short phrase that a preposition opens, which sets the
    scene of the clause after it and says nothing, as an amount of time does: ``On Sunday`` in
    ``On Sunday, the senator tried to explain.``, ``Minutes later``; not ``In the end, the talks
    failed``."""
    piece = text[start:end].strip(" ,")
    words = piece.split()
    if not words or len(words) > _LONGEST_PHRASE or "," in piece or any(w.lower() in AUXILIARIES for w in words):
        return False  # a verb makes a clause: ``But that is not good enough, said``
    first = words[0].lower()
    return (first in PREPOSITIONS and first not in COORDINATORS) or words[-1].lower() in TIME_AFTER_AMOUNT


def _subordinate(text: str, start: int, left: int, right: int, end: int) -> bool:
    """Whether the attribution clause ``text[left:right]`` opens a subordinate clause of its
    sentence, which ends at ``end``: a subordinating conjunction stands right before it; not
    ``as`` after a comma where the sentence ends with the clause, a comment on the clause before
    (``The bill passed, as the Journal reported on Monday``)."""
    before = text[max(start, left - LOOK) : left].rstrip()
    head, _, last = before.rpartition(" ")
    comment = last.lower() == "as" and head.endswith(",") and "," not in text[right:end]
    return last.lower() in SUBORDINATORS and not comment


def _runs_into(text: str, piece: tuple[int, int], left: int) -> bool:
    """Whether the clause ``piece`` runs into the attribution clause at ``left`` with nothing but
    a space between and quoting nobody, so that the attribution completes it: a relative word ends
    it (``the things that Trump has said``) or its last stretch after a comma has a verb of its own
    (``She was surprised the mayor said so``, ``I am glad Roe said it``). A comma, a dash or a quote
    sets off what was said (``The plan failed, officials said``, ``"It failed" officials said``), and
    words after a comma with no verb belong to the source (``, the news site RTL Info reported``).

    >>> _runs_into("She was surprised the mayor said so.", (0, 17), 18)
    True
    >>> _runs_into('"It failed" officials said.', (0, 11), 12), _runs_into("It failed, the site Roe said.", (0, 18), 19)
    (False, False)
    """
    start, end = piece
    if not (text[end - 1].isalnum() and text[end:left].isspace()) or any(m in text[start:end] for m in QUOTE_MARKS):
        return False
    last = text[max(start, text.rfind(",", start, end) + 1) : end].lower().split()
    return last[-1] in RELATIVE_WORDS or not AUXILIARIES.isdisjoint(last)
