"""Words the lexicon reads as a time or a modal that may be a word of a name, by what stands
around them: ``April Newman``, ``Ai Jun``; not ``Oct. 5``."""

from __future__ import annotations

from newsdoc._parse.lexicon.adverbs import MODAL_MONTHS, MONTH_ABBREVIATIONS, MONTHS
from newsdoc._parse.lexicon.nouns import GIVEN_NAME_WORDS
from newsdoc._parse.sourcing.tokens import Token

__all__ = ["dated", "month_and_day", "name_word"]


def name_word(toks: list[Token], k: int) -> bool:
    """Whether the capitalised ``toks[k]``, a word of time or a modal by the lexicon, may be a
    word of a name: a given name (``April Newman``, ``Will Alpine``), or a month's abbreviation
    with neither a period nor a day after it, as no date is written (``Jun Li``, ``Ai Jun``; not
    ``Oct. 5``)."""
    text = toks[k].text
    low = text.lower()
    if not text[:1].isupper():
        return False
    return low in GIVEN_NAME_WORDS or (low in MONTH_ABBREVIATIONS and not dated(toks, k))


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
