"""Words the lexicon reads as a time or a modal that may be a word of a name, by what stands
around them: ``April Newman``, ``Ai Jun``; not ``Oct. 5``, whose month :func:`date_month` finds."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import MODAL_MONTHS, MONTH_ABBREVIATIONS, MONTHS, TIME_OPENERS
from newsdoc._parse.lexicon.nouns import GIVEN_NAME_WORDS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.sourcing.tokens import Token

__all__ = ["date_month", "dated", "lone_month", "month_and_day", "name_word", "surname_month"]


def name_word(toks: list[Token], k: int) -> bool:
    """Whether the capitalised ``toks[k]``, a word of time or a modal by the lexicon, may be a
    word of a name: a given name (``April Newman``, ``Will Alpine``), or a month's abbreviation
    with neither a period nor a day after it, as no date is written, nor a preposition before it,
    whose object it is (``Jun Li``, ``Ai Jun``; not ``Oct. 5`` nor ``In Sept Mayor Lee said``)."""
    text = toks[k].text
    low = text.lower()
    if not text[:1].isupper():
        return False
    if low in GIVEN_NAME_WORDS:
        return True
    governed = k > 0 and toks[k - 1].text.lower() in _BEFORE_A_TIME
    return low in MONTH_ABBREVIATIONS and not dated(toks, k) and not governed


def lone_month(toks: list[Token], k: int) -> bool:
    """Whether the month's abbreviation at ``toks[k]`` is a name's word where it stands alone:
    capitalised, neither a period nor a day after it, nor a preposition or a participle before it
    (``"...," Jun wrote``; not ``Jun 5``, ``in Jun`` nor ``A survey conducted Oct found``)."""
    dated_by = k > 0 and toks[k - 1].text.islower() and toks[k - 1].text.endswith("ed")
    return toks[k].text.lower() in MONTH_ABBREVIATIONS and name_word(toks, k) and not dated_by


def surname_month(toks: list[Token], k: int) -> bool:
    """Whether the month's abbreviation at ``toks[k]`` ends a name, after a capitalised word:
    ``Wang Jun, a spokesman,``; not ``In Sept, the mayor``."""
    return (
        toks[k].text.lower() in MONTH_ABBREVIATIONS and k > 0 and toks[k - 1].text[:1].isupper() and name_word(toks, k)
    )


_BEFORE_A_TIME: Final = PREPOSITIONS | TIME_OPENERS
"""Words whose object a month after them is: ``In Sept``, ``Since Nov``, ``By Oct``, ``last Dec``."""


def dated(toks: list[Token], k: int, *, day: bool = False) -> bool:
    """Whether the month at ``toks[k]`` is a date's: a day's number follows, after its period or
    not (``Oct. 5``, ``Oct 5``), or, unless only a ``day`` counts, its period alone (``in Oct.``)."""
    following = toks[k + 1].text if k + 1 < len(toks) else ""
    if following == "." and k + 2 < len(toks):
        return toks[k + 2].text[:1].isdigit() or not day
    return following[:1].isdigit() or (following == "." and not day)


def month_and_day(words: list[str]) -> bool:
    """Whether ``words`` (in lower case) open a date, a month and a day's number with or without
    a period between: ``oct . 5``, ``oct 5``, ``may 5``."""
    if len(words) < 2 or not (words[0] in MONTHS or words[0] in MODAL_MONTHS):
        return False
    day = words[2] if words[1] == "." and len(words) > 2 else words[1]
    return day.isdigit()


def date_month(toks: list[Token], k: int) -> int | None:
    """The index of the month before the day number or the year at ``k`` (``Nov. 8``, ``May 5``,
    ``March 2015``), or None."""
    year = len(toks[k].text) == _YEAR_DIGITS and toks[k].text.isdigit()
    if not (toks[k].text.isdigit() and (len(toks[k].text) <= 2 or year) and k > 0):
        return None
    if toks[k - 1].text == "." and k > 1 and toks[k - 2].text.lower() in MONTHS:
        return k - 2
    month = toks[k - 1].text
    modal_month = month.istitle() and month.lower() in MODAL_MONTHS  # ``May 5``, not ``may``
    return k - 1 if month.lower() in MONTHS or modal_month else None


_YEAR_DIGITS: Final = 4
