"""Adverbs and words of time: what stands between a source and its verb, or after a verb.

Every list is a ``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "ABSOLUTE_NEGATIONS",
    "ADVERBS_BEFORE_CUE",
    "AHEAD_WORDS",
    "DAY_NAMES",
    "DEGREE_ADVERBS",
    "FLOATING_QUANTIFIERS",
    "MODAL_MONTHS",
    "MODIFIER_NEGATIONS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NEGATIONS",
    "NEGATION_ADVERBS",
    "PLACE_ADVERBS",
    "REPETITION_ADVERBS",
    "SEASONS",
    "SPEAKING_ADVERBS",
    "TIME_ADJECTIVES",
    "TIME_AFTER_AMOUNT",
    "TIME_OPENERS",
    "TIME_UNITS",
    "TIME_WORDS",
]

ABSOLUTE_NEGATIONS: Final = words("never")
"""Adverbs that negate a verb with no auxiliary before them, or after one: ``never said``, ``has
never responded``."""

NEGATIONS: Final = words("not n't") | ABSOLUTE_NEGATIONS
"""The words that negate a verb: ``did not say``, ``who never spoke``."""

MODIFIER_NEGATIONS: Final = words("not")
"""The negation that may open a modifier after a noun: ``an official not authorized to speak``,
``a delegate not on the slate``; not ``never``, which stands before a finite verb (``The mayor
never wanted to run``)."""

NEGATION_ADVERBS: Final = words(
    "immediately yet otherwise directly publicly specifically explicitly officially formally actually"
)
"""Adverbs between a negation and a verb of answering or saying: ``did not immediately respond``,
``would not publicly comment``, ``didn't directly say``."""

ADVERBS_BEFORE_CUE: Final = words(
    """
    also has have had previously publicly privately later recently then first once repeatedly often soon
    again separately similarly further already still initially originally earlier separately
    explicitly directly frequently bluntly flatly openly simply quickly long ultimately subsequently
    reportedly apparently since now all both too ever even just only yet however meanwhile instead
    nonetheless nevertheless likewise though afterward afterwards
    """
)
"""Words that may stand between a source and its verb: ``Anthropic also said``."""

SPEAKING_ADVERBS: Final = words("aloud back again")
"""Adverbs that stand between a verb of speech and the quote right after it: ``wondered aloud:``."""

REPETITION_ADVERBS: Final = words("again once more yet")
"""Adverbs of repetition, which stand between commas alone or together: ``The senator, once
again, said``, ``, yet again,``."""

FLOATING_QUANTIFIERS: Final = words("each")
"""A quantifier that may stand after the subject it quantifies and before its verb, as
``all`` and ``both`` do among :data:`ADVERBS_BEFORE_CUE`: ``The mayor and the governor each
said``; unlike them it opens no appositive (``The nurses, each with 20 years of experience,``)."""

DEGREE_ADVERBS: Final = words("more most less least very so too quite rather fairly somewhat still ever")
"""Adverbs of degree, which may stand before an adjective: ``the more moderate Kasich``, ``a still
struggling firm``."""

PLACE_ADVERBS: Final = words("there here abroad overseas nationwide statewide")
"""Adverbs of place that may follow the noun of a source: ``officials there said``."""

MONTH_NAMES: Final = words("january february march april june july august september october november december")
"""The months by name, but ``may``, which is also a modal."""

MONTH_ABBREVIATIONS: Final = words("jan feb mar apr jun jul aug sep sept oct nov dec")
"""The months' abbreviations, a date's when a period or a day follows (``Nov. 8``, ``Jun 5``);
capitalised after a given name and with neither, a surname (``Ai Jun said``)."""

MONTHS: Final = MONTH_NAMES | MONTH_ABBREVIATIONS
"""The months and their abbreviations, but ``may``, which is also a modal: ``Nov. 8``."""

MODAL_MONTHS: Final = words("may")
"""The month that is also a modal: after a word of time it is the month (``last May``)."""

TIME_WORDS: Final = MONTHS | words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    week weekend month year morning afternoon evening night noon midnight last next earlier later ago
    """
)
"""Words of time that end a source phrase: ``said Tuesday``, ``On Monday, officials said``."""

DAY_NAMES: Final = words("monday tuesday wednesday thursday friday saturday sunday")
"""The days of the week: capitalised after a name they are still a time (``said Smith
Tuesday``), where a month or ``Last`` may be a surname (``said Jonathan Last``)."""

SEASONS: Final = words("spring summer fall autumn winter")
"""The seasons, words of time after ``last``, ``this`` or ``next`` (``a survey conducted last
fall``), and verbs and nouns of their own elsewhere (``prices fall``)."""

TIME_ADJECTIVES: Final = words("earlier later last next")
"""Words of time that, after a determiner and before a word that is not one of time, modify a
noun as the names of days and months do: ``an earlier report``, ``the last speaker``, ``his
next book``, as ``an October poll``; ``the weekend officials`` and ``the next day`` are phrases
of time."""

AHEAD_WORDS: Final = words("tomorrow tonight next later")
"""Words of time that point ahead: after a cue, the time of what was said (``said tomorrow the
council will vote``), not of saying it."""

TIME_OPENERS: Final = words("this last next on in early late earlier later out")
"""Words that open a phrase of time: ``this week``, ``early Tuesday``."""

TIME_AFTER_AMOUNT: Final = words("later earlier ago")
"""Words of time after an amount of time, which with it make an aside: ``DuPont, only two
months later, announced``, ``the mayor, a week earlier, said``."""

TIME_UNITS: Final = words("seconds minutes hours days weeks months years decades")
"""Units of time in the plural, which with ``later``, ``earlier`` or ``ago`` and no number make
a phrase of time: ``said the coach minutes later``, ``hours earlier``."""
