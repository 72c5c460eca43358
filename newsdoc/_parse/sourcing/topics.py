"""What a verb of talking (``spoke``, ``talked``, ``lectured``) needs after it to report
speech: its topic, after ``about`` or ``of`` (``spoke briefly about``, ``talked of``), or after
``about`` past a short phrase of whom and where (``spoke to CNN about``, ``spoke at the White
House on Tuesday about``); ``spoke at the rally`` reports none."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import TOPIC_ADVERBS, TOPIC_PREPOSITIONS, WH_WORDS
from newsdoc._parse.lexicon.nouns import UNIT_NOUNS
from newsdoc._parse.lexicon.numbers import CARDINALS, MEASURE_WORDS
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["topic_end"]

_NO_TOPIC: Final = (
    r"\b(?!\s+(?:\d|(?:" + alternatives(CARDINALS) + r")\b"
    r"|an?\s+(?:" + alternatives(MEASURE_WORDS | frozenset(UNIT_NOUNS)) + r")\b"
    r"|(?:" + alternatives(TIME_WORDS) + r")(?![\w'\u2019-])))"
)
"""What may not follow the preposition: a number, a length or a time (``for about five
minutes``, ``for about an hour``, ``at about noon``), where ``about`` is no topic."""
# Past adverbs and a day or a date (``spoke briefly about``, ``spoke out Tuesday about``; not
# ``spoke last of the five``).
_NEAR: Final = re.compile(
    r"(?:\s+(?:[a-z]+ly|" + alternatives(ADVERBS_BEFORE_CUE | TOPIC_ADVERBS | (TIME_WORDS - TIME_OPENERS)) + r"))*"
    r"\s+(?:" + alternatives(TOPIC_PREPOSITIONS) + r")" + _NO_TOPIC,
    re.IGNORECASE,
)
_FAR_WORDS: Final = 6
"""The most words of whom and where between a verb of talking and ``about``."""
_NOT_BETWEEN: Final = COORDINATORS | SUBORDINATORS | WH_WORDS | AUXILIARIES | {"that"}
"""Words that open or hold a clause of their own, which ``about`` after them belongs to."""
# Past a few words with no clause in them and no participle (``spoke to CNN about``; not
# ``spoke and joked about``, ``spoke to reporters whose questions were about``, ``spoke to
# officers worried about``).
_FAR: Final = re.compile(
    r"(?:\s+(?!(?:" + alternatives(_NOT_BETWEEN) + r")\b)(?![a-z][\w-]*ed\b)"
    r"[\w'\u2019-]+){1," + str(_FAR_WORDS) + r"}?\s+about" + _NO_TOPIC,
    re.IGNORECASE,
)


def topic_end(text: str, at: int) -> int | None:
    """Where the cue of a verb of talking that ends at ``at`` ends: at the verb where its topic
    follows it, past ``about`` where a phrase of whom or where stands before it, None where no
    topic follows.

    >>> t = "He spoke to CNN about the war"
    >>> t[: topic_end(t, 8)], topic_end("He spoke at the rally.", 8)
    ('He spoke to CNN about', None)
    """
    topic = _NEAR.match(text, at)
    if topic is None:
        topic = _FAR.match(text, at)
    return None if topic is None else topic.end()
