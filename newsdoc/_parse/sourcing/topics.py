"""What a verb of talking (``spoke``, ``talked``, ``lectured``) needs after it to report
speech: its topic, after ``about`` or ``of`` (``spoke briefly about``, ``talked of``), or after
``about`` past a short phrase of whom and where (``spoke to CNN about``, ``spoke at the White
House on Tuesday about``); ``spoke at the rally`` reports none. A verb that takes its topic after
``on`` too (``lectured on ethics``, ``commented on the plan``) says so in its frames. The topic
right after any verb of speech (``complained about the food``) is read here too."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import PLURAL_QUANTIFIERS, TOPIC_ADVERBS, TOPIC_PREPOSITIONS, WH_WORDS
from newsdoc._parse.lexicon.nouns import UNIT_NOUNS
from newsdoc._parse.lexicon.numbers import CARDINALS, MAGNITUDES, MEASURE_WORDS, SHARE_WORDS
from newsdoc._parse.lexicon.prepositions import ON_SETTINGS, ON_TOPIC_PREPOSITIONS
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["topic_after", "topic_end"]

_NO_TOPIC: Final = (
    r"\b(?!\s+(?:\d|(?:" + alternatives(CARDINALS) + r")\b"
    r"|an?\s+(?:" + alternatives(MEASURE_WORDS | frozenset(UNIT_NOUNS)) + r")\b"
    r"|(?:" + alternatives(TIME_WORDS) + r")(?![\w'\u2019-])))"
)
"""What may not follow the preposition: a number, a length or a time (``for about five
minutes``, ``for about an hour``, ``at about noon``), where ``about`` is no topic."""
_ON_TOPIC: Final = (
    alternatives(TOPIC_PREPOSITIONS)
    + "|(?:"
    + alternatives(ON_TOPIC_PREPOSITIONS)
    + r")(?!\s+(?:the\s+)?(?:"
    + alternatives(ON_SETTINGS)
    + r")\b)"
)
"""The prepositions of topic of a verb that takes one after ``on`` too (``lectured on ethics``),
as a pattern: not ``on`` before a setting (``commented on camera``, ``on condition of anonymity``)."""
_NEAR_ADVERBS: Final = alternatives(ADVERBS_BEFORE_CUE | TOPIC_ADVERBS | (TIME_WORDS - TIME_OPENERS))


def _near(prepositions: str) -> re.Pattern[str]:
    """A preposition of ``prepositions`` (a pattern) past adverbs and a day or a date (``spoke
    briefly about``, ``spoke out Tuesday about``; not ``spoke last of the five``)."""
    return re.compile(r"(?:\s+(?:[a-z]+ly|" + _NEAR_ADVERBS + r"))*\s+(?:" + prepositions + r")" + _NO_TOPIC, re.I)


_NEAR: Final = _near(alternatives(TOPIC_PREPOSITIONS))
_NEAR_ON: Final = _near(_ON_TOPIC)
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


def topic_end(text: str, at: int, *, on_topic: bool = False) -> int | None:
    """Where the cue of a verb of talking that ends at ``at`` ends: at the verb where its topic
    follows it, past ``about`` where a phrase of whom or where stands before it, None where no
    topic follows.

    >>> t = "He spoke to CNN about the war"
    >>> t[: topic_end(t, 8)], topic_end("He spoke at the rally.", 8)
    ('He spoke to CNN about', None)
    """
    topic = (_NEAR_ON if on_topic else _NEAR).match(text, at)
    if topic is None:
        topic = _FAR.match(text, at)
    return None if topic is None else topic.end()


# A topic right after a verb of speech: ``complained about the food``, ``warned of risks``; not
# a number after ``about`` (``added about 500 jobs``).
_AMOUNT_WORDS: Final = frozenset(CARDINALS) | MAGNITUDES | SHARE_WORDS | PLURAL_QUANTIFIERS | MEASURE_WORDS
_AMOUNT_NEXT: Final = r"\s+(?!(?:\$|\d|(?:(?:an?|the)\s+)?(?:" + alternatives(_AMOUNT_WORDS) + r")\b))\w"
_TOPIC_AFTER: Final = re.compile(r"\s+(?:" + alternatives(TOPIC_PREPOSITIONS) + r")" + _AMOUNT_NEXT, re.I)
_TOPIC_AFTER_ON: Final = re.compile(r"\s+(?:" + _ON_TOPIC + r")" + _AMOUNT_NEXT, re.I)


def topic_after(text: str, at: int, *, on_topic: bool = False) -> bool:
    """Whether a topic follows ``at`` after a preposition of topic (``on`` and ``upon`` too, with
    ``on_topic``), no amount after ``about``: ``advised of their rights``, not ``advised about 500
    clients``; ``commented on the plan``, not ``commented on 3 points``."""
    return (_TOPIC_AFTER_ON if on_topic else _TOPIC_AFTER).match(text, at) is not None
