"""Verbs of naming and the objects of verbs: ``called the plan a mistake``, ``calls it her home
state``, not ``called the office a second time`` or ``a band called Sophistafunk``."""

from __future__ import annotations

import itertools
import re
from typing import Final

from newsdoc._parse.lexicon.adjectives import EVALUATIVE_ADJECTIVES
from newsdoc._parse.lexicon.adverbs import TIME_WORDS
from newsdoc._parse.lexicon.grammar import CLAUSE_WORDS, DETERMINERS, PLURAL_QUANTIFIERS, VERB_PARTICLES
from newsdoc._parse.lexicon.nouns import UNIT_NOUNS
from newsdoc._parse.lexicon.numbers import MEASURE_WORDS, OCCASION_WORDS, ORDINALS
from newsdoc._parse.lexicon.prepositions import MOTION_WORDS, NP_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, REFLEXIVES
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.phrase import past_participle
from newsdoc._parse.sourcing.records import CueSite
from newsdoc._parse.sourcing.tokens import is_abbreviation

__all__ = ["names", "verb_object"]

# A verb of naming: an object of at most eight words, then an article or a possessive and a
# noun, which a quotation mark may open (``called the plan a mistake``, ``an "Aunt Tom"``).
_NAMING: Final = re.compile(r"\s+((?:[\w'\u2019-]+\s+){2,9})")
# A name given in quotation marks after an object of at most eight words: ``dubbed the law "Obamacare"``.
_QUOTED_NAME: Final = re.compile(r"\s+((?:[\w'\u2019-]+\.?[ \t]+){1,8}?)(?:''|[\"\u201c])\w")
_NAMING_WORD: Final = re.compile(r"[\w'\u2019-]+")
_NAMING_WORDS: Final = 8
_PREDICATE: Final = re.compile(r"\s+(?:''|[\"\u201c\u2018'])?([\w-]+)(?:\s+([\w-]+))?")
_DEFINITE_PREDICATE: Final = POSSESSIVE_DETERMINERS | frozenset(("the",))
"""What opens a predicate noun of a definite object: ``calls it her home state``, ``called
Smith the winner``."""
_DEFINITE_OBJECT: Final = OBJECT_PRONOUNS | REFLEXIVES | DETERMINERS | frozenset(("it",))
"""What opens an object that a predicate after ``the`` may name: ``called it``, ``called her son``."""
_AT_OBJECT_EDGE: Final = VERB_PARTICLES | NP_PREPOSITIONS
"""Words that neither open nor end an object: ``called off a strike``, ``called him at a hotel``
(inside it they may stand: ``called her vote in favor of the bill a mistake``)."""


def verb_object(words: list[str]) -> bool:
    """Whether ``words`` can be the object of a verb of naming or directing."""
    lows = [w.lower() for w in words]
    return lows[0] not in _AT_OBJECT_EDGE and lows[-1] not in _AT_OBJECT_EDGE and not CLAUSE_WORDS.intersection(lows)


_NOT_PREDICATES: Final = MEASURE_WORDS | TIME_WORDS | PLURAL_QUANTIFIERS | frozenset(UNIT_NOUNS)
"""Words after ``a`` that make no predicate noun: ``called her a second time``, ``a few times``."""
_NOT_DEFINITE_PREDICATES: Final = (_NOT_PREDICATES - PLURAL_QUANTIFIERS - ORDINALS) | OCCASION_WORDS
"""Words after ``the`` or a possessive that make no predicate noun: ``called her the next day``,
``the moment he saw``, ``the same way``; but ``the most dangerous man``, ``her second home``."""


def names(site: CueSite) -> bool:
    """Whether a verb of naming has its object and predicate noun: ``called the plan a mistake``,
    ``calls it her home state``; not ``called the office a second time``, ``called her the next
    day``, ``a band called Sophistafunk got the crowd``."""
    if not site.cue.flags & Frame.NAMING:
        return False
    if _quoted_name(site):
        return True
    found = _NAMING.match(site.text, site.cue.word_end)
    if found is None:
        return False
    spans = [m.span() for m in _NAMING_WORD.finditer(site.text, found.start(1), found.end(1))]
    last = _NAMING_WORD.match(site.text, found.end(1))  # a predicate that ends the clause: ``unfair.``
    if last is not None:
        spans.append(last.span())
    words = [site.text[a:b] for a, b in spans]
    thing = _names_a_thing(site)
    for k in range(1, min(len(words), _NAMING_WORDS + 1)):
        low = words[k].lower()
        # a name takes a predicate in lower case only: ``called Ortiz the best hitter``, not
        # ``The charity called Feed the Hungry said``, where ``the`` is inside the name
        name_ok = not thing and k + 1 < len(words) and words[k + 1][:1].islower()
        definite = low in _DEFINITE_PREDICATE and _definite_object(words[:k], named=name_ok)
        if (low in ("a", "an") or definite) and verb_object(words[:k]):
            predicate = _PREDICATE.match(site.text, spans[k][1])
            ruled_out = _NOT_DEFINITE_PREDICATES if definite else _NOT_PREDICATES
            return predicate is not None and all(w is None or w.lower() not in ruled_out for w in predicate.groups())
        if _adjective_predicate(site.text, words, spans, k) and verb_object(words[:k]):
            return True  # ``called the plan unfair``, ``called Smith's remarks racist``
    return False


def _quoted_name(site: CueSite) -> bool:
    """Whether a name in quotation marks follows the object of a verb of naming, in its clause (no
    period but an abbreviation's between): ``called Rubio "Little Marco"``, ``called Mrs. Roe
    "Auntie"``."""
    quoted = _QUOTED_NAME.match(site.text, site.cue.word_end)
    if quoted is None:
        return False
    words = quoted.group(1).split()
    return verb_object(words) and all(is_abbreviation(w[:-1]) for w in words if w.endswith("."))


def _adjective_predicate(text: str, words: list[str], spans: list[tuple[int, int]], k: int) -> bool:
    """Whether ``words[k]`` is an adjective of judgment that ends the clause of a verb of naming,
    as the predicate of its object: ``unfair`` in ``called the plan unfair.``, not ``early`` in
    ``called the office early``, nor a word that goes on (``called the plan reckless and``)."""
    low = words[k]
    if not low.islower() or low in TIME_WORDS or not (low in EVALUATIVE_ADJECTIVES or _JUDGING_ENDING.search(low)):
        return False
    after = text[spans[k][1] : spans[k][1] + 1]
    return after in _PREDICATE_ENDS or (k + 1 < len(words) and words[k + 1] in ("and", "or", "because"))


_JUDGING_ENDING: Final = re.compile(r"(?:al|ous|ful|ic|less|able|ible|ive)$")
"""Endings that mark an adjective of judgment: ``illegal``, ``outrageous``, ``reckless``."""
_PREDICATE_ENDS: Final = frozenset('.,;:!?"\u201d)')
"""Marks that may close the clause right after the predicate of a verb of naming."""


def _definite_object(words: list[str], *, named: bool) -> bool:
    """Whether ``words`` are an object that a predicate noun after ``the`` or a possessive may
    name: a pronoun, a phrase with its determiner (``her fallen son``, ``the lack of housing``),
    or, where ``named`` allows, a name in capitals (``called Smith the greatest player``); none
    moves the object (``the chief into her office``) or is a name followed by its verb (``the
    Daily Wire published the story``)."""
    for before, w in itertools.pairwise(words):
        if w.lower() in MOTION_WORDS or (before[:1].isupper() and past_participle(w)):
            return False
    low = words[0].lower()
    return low in _DEFINITE_OBJECT or (named and all(w[:1].isupper() for w in words))


_THING_NAMED: Final = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}[\w-]+\s*$", re.IGNORECASE)
"""An indefinite noun right before ``called``, which names it rather than speaks: ``A group
called Save the Children``, ``a band called``."""


def _names_a_thing(site: CueSite) -> bool:
    """Whether the verb of naming is a participle after an indefinite noun that gives its name
    (``A group called Save the Children said``), not a verb whose subject speaks."""
    return _THING_NAMED.search(site.text, max(0, site.cue.start - _NAMED_REACH), site.cue.start) is not None


_NAMED_REACH: Final = 40
"""How far before ``called`` :func:`_names_a_thing` looks for ``a`` and its noun."""
