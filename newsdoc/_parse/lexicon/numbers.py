"""Numbers and amounts: number words, the words that scale or approximate a number, and the
words that state a share or an amount of a group.

Every list is a ``frozenset`` of lower-case words (the cardinals a ``dict`` of their values),
looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "APPROXIMATORS",
    "BOUNDS",
    "CARDINALS",
    "DETERMINER_NUMBERS",
    "GROUP_SIZES",
    "LIMITERS",
    "MAGNITUDES",
    "MEASURE_WORDS",
    "MULTIPLIERS",
    "OCCASION_WORDS",
    "ORDINALS",
    "PERCENT_WORDS",
    "QUANTITY_NOUNS",
    "SHARE_WORDS",
    "WHOLE_QUANTIFIERS",
]


def _numbered(names: str, first: int, step: int = 1) -> dict[str, int]:
    """The white-space separated ``names`` with the values ``first``, ``first + step``, ..."""
    return {name: first + step * i for i, name in enumerate(names.split())}


_UNITS: Final = _numbered("one two three four five six seven eight nine", 1)
_TENS: Final = _numbered("twenty thirty forty fifty sixty seventy eighty ninety", 20, step=10)

CARDINALS: Final[dict[str, int]] = {
    **_UNITS,
    **_numbered("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 10),
    **_TENS,
    **{f"{tens}-{unit}": t + u for tens, t in _TENS.items() for unit, u in _UNITS.items()},
    "dozen": 12,
}
"""Numbers written as words, with their values: up to ninety-nine, as ``twenty-seven`` is written."""

DETERMINER_NUMBERS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "both": 2,
    "another": 1,
    "single": 1,
    "this": 1,
    "that": 1,
    "the": 1,
    "each": 1,
}
"""The number of things a determiner states before a noun: ``both officials`` are two."""

QUANTITY_NOUNS: Final = words(
    "couple lot number handful range array variety slew raft batch trove cache series body wealth mountain"
)
"""Nouns that, after ``a`` and before ``of``, give an amount of a group: ``a number of lawmakers``."""

MEASURE_WORDS: Final = QUANTITY_NOUNS | words("time times bit total while")
"""Nouns after ``a`` that measure how often or how much: ``called the office a second time``."""

OCCASION_WORDS: Final = words("moment instant minute chance way same")
"""Words after ``the`` that make a phrase of when or how, not a noun naming something: ``called
the police the moment he saw``, ``labeled them the same way``, ``the first chance she got``."""

ORDINALS: Final = words("first second third fourth fifth sixth seventh eighth ninth tenth")
"""The ordinal numbers as words: ``for the first time``."""

MULTIPLIERS: Final[dict[str, int]] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
"""Words that multiply the number before them: ``two dozen`` is 24, ``three hundred`` 300."""

MAGNITUDES: Final = frozenset(MULTIPLIERS) - {"dozen"}
"""Words that scale a number: ``$20 million``."""

GROUP_SIZES: Final = words("dozens scores hundreds thousands millions billions")
"""Plural numbers that size a group roughly: ``dozens of lawmakers``, ``thousands of protesters``."""

APPROXIMATORS: Final = words("about around nearly roughly almost approximately")
"""Words that make a number approximate, opening a noun phrase before it: ``About 4 in 10``."""

LIMITERS: Final = words("just only merely barely")
"""Words that limit a number, opening a noun phrase before it: ``Just 22%``, ``Only eight``."""

BOUNDS: Final[frozenset[tuple[str, str]]] = frozenset(
    (("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("at", "most"))
)
"""Pairs of words that bound a number from one side, opening a noun phrase before it: ``At least
2,000 people``, ``More than 100 economists`` (how many is then not stated)."""

PERCENT_WORDS: Final = words("% percent")
"""The words that make a number a share: ``33%``, ``52 percent``."""

SHARE_WORDS: Final = PERCENT_WORDS | words(
    """
    quarter half third fourth fifth tenth majority minority share plurality most all many some none
    majorities minorities pluralities
    """
)
"""Heads that state a share, not a number of sources: ``a majority of``, ``52% of``."""

WHOLE_QUANTIFIERS: Final = words("all")
"""Quantifiers that, before a number, take the whole of it: ``All 50 governors`` are 50."""
