"""How many sources a phrase counts: a number written out or in digits, a coordination of
names, a share of a group, or one person or body.

>>> from newsdoc._parse.sourcing.tokens import tokens
>>> toks = tokens("two Israeli officials", 0, 21)
>>> count_of(toks, [t.text.lower() for t in toks], complement=False)
(2, True)
>>> toks = tokens("Google, Microsoft and Amazon", 0, 28)
>>> count_of(toks, [t.text.lower() for t in toks], complement=False)
(3, True)
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import MODAL_MONTHS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import CORRELATIVES
from newsdoc._parse.lexicon.grammar import (
    DEFINITE,
    DETERMINERS,
    DISTRIBUTIVES,
    INDEFINITE,
    NEGATIVE_QUANTIFIERS,
    PLURAL_QUANTIFIERS,
)
from newsdoc._parse.lexicon.nouns import ORG_NAME_WORDS, ORG_NOUNS
from newsdoc._parse.lexicon.numbers import (
    APPROXIMATORS,
    BOUNDS,
    CARDINALS,
    GROUP_SIZES,
    LIMITERS,
    MULTIPLIERS,
    QUANTITY_NOUNS,
    WHOLE_QUANTIFIERS,
)
from newsdoc._parse.lexicon.pronouns import DEMONSTRATIVE_PRONOUNS
from newsdoc._parse.lexicon.works import MASS_WORK_NOUNS
from newsdoc._parse.sourcing.name_words import date_month
from newsdoc._parse.sourcing.names import plural, possessive
from newsdoc._parse.sourcing.phrase import share
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import NUMBER_WORDS, descriptive

__all__ = ["count_of", "has_proper"]

_YEARS: Final = (1800, 2199)

_GROUPED: Final = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
"""A number in digits, its thousands grouped by commas or not: ``5,000``, ``50``."""
_BEFORE_COUNT: Final = DEFINITE | WHOLE_QUANTIFIERS
"""Words before a number that alone is the phrase: ``The two said``, ``All three cite``."""
_NO_COUNT: Final = DISTRIBUTIVES | NEGATIVE_QUANTIFIERS | DEMONSTRATIVE_PRONOUNS
"""Words that open a phrase that states no number, one in the singular among them: ``Every
teacher``, ``No official``, ``Those closest to the coach``."""
_POSSESSOR_WORDS: Final = 4
"""The most words of a possessor before the number of a phrase: ``The Supreme Court's``."""
_MAX_DIGITS: Final = 9
"""The most digits a number of sources is read from: one in ASCII digits, short enough to read
(``2``, not ``²``)."""


def _multiplier(lows: list[str], i: int) -> int:
    """What the word after the number at ``i`` multiplies it by: 12 for ``dozen``, else 1."""
    return MULTIPLIERS.get(lows[i + 1], 1) if i + 1 < len(lows) else 1


def _number(low: str) -> bool:
    """Whether ``low`` is a number, in digits or in words: ``50``, ``5,000``, ``five``."""
    return _GROUPED.fullmatch(low) is not None or low in CARDINALS


def _year(digits: str) -> bool:
    """Whether a number written without commas may be a year: ``a 2025 poll``."""
    return _YEARS[0] <= int(digits) <= _YEARS[1]


def has_proper(toks: list[Token]) -> bool:
    """Whether any word is a proper noun (capitalised, not a determiner, a number or a word of
    time: ``an October poll`` names nobody; nor an adjective made from a name, whose last part
    is in lower case: ``a Washington-based group``, ``a U.S.-born engineer``)."""
    return any(
        t.text[0].isupper()
        and not t.text.rpartition("-")[2].islower()
        and t.text.lower() not in DETERMINERS
        and t.text.lower() not in PLURAL_QUANTIFIERS  # ``Multiple reports``
        and t.text.lower() not in NUMBER_WORDS
        and t.text.lower() not in TIME_WORDS
        and not (
            t.text.lower() in MODAL_MONTHS and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()
        )  # ``May 2016``
        for k, t in enumerate(toks)
    )


def count_of(core: list[Token], lows: list[str], complement: bool) -> tuple[int | None, bool]:
    """The number of sources the phrase ``core`` states, and whether it is plural: ``two
    officials`` is ``(2, True)``, ``a source`` ``(1, False)``, ``52% of Americans`` ``(None, True)``.
    ``lows`` are the words of ``core`` in lower case; ``complement`` says whether a complement
    follows the phrase (``52%`` | ``of Americans``)."""
    head = lows[-1]
    if len(lows) > 2 and (lows[0], lows[1]) in BOUNDS:
        return None, True  # ``At least 40 officials``: how many is not stated
    if (
        lows[0] in _NO_COUNT and "nor" not in lows and not (len(lows) > 1 and _number(lows[1]))
    ):  # but ``Neither the mayor nor the governor``: two
        return None, True  # ``Every teacher we contacted``, ``Nobody at the agency``, ``Those closest to``
    if len(lows) > 1 and (lows[0] in LIMITERS or lows[0] in APPROXIMATORS) and _number(lows[1]):
        core, lows = core[1:], lows[1:]  # ``Only eight``, ``About 40 rabbis``: the number after it
    if "and" in lows or "nor" in lows or "," in lows:
        groups = _conjuncts(core)
        conjuncts = [[t.text for t in g] for g in groups]
        if len(conjuncts) > 1 and all(_nominal(c) for c in conjuncts) and not _one_body(conjuncts, lows):
            counts = [count_of(g, [t.text.lower() for t in g], False)[0] for g in groups]
            if all(n is not None for n in counts):
                return sum(n or 0 for n in counts), True  # ``The mayor and two aides``: three
            if not plural(conjuncts[-1][-1]):
                return len(conjuncts), True
    if share(head) or head in GROUP_SIZES or "%" in lows or (complement and (head.isdigit() or head in QUANTITY_NOUNS)):
        return None, True
    # after a possessor the number follows it: ``The Supreme Court's three liberal justices``
    opening = next((n + 1 for n, low in enumerate(lows[:_POSSESSOR_WORDS]) if possessive(low)), 0)
    for i, low in enumerate(lows[: opening + 3]):
        if i < opening:
            continue
        w = low.replace(",", "") if _GROUPED.fullmatch(low) else low  # ``5,000 members``
        if w in WHOLE_QUANTIFIERS and i + 1 < len(lows) and _number(lows[i + 1]):
            continue  # ``All 50 governors``, ``All five justices``: the number counts them
        if w.isdigit() and w.isascii() and len(w) <= _MAX_DIGITS and (i + 1 >= len(lows) or lows[i + 1] != "%"):
            if i > 0 and i == len(lows) - 1 and core[i - 1].text[0].isupper():
                return 1, False  # a name that ends in a number: ``Freedom 250``
            if i + 2 < len(lows) and lows[i + 1] == "in":
                return None, True  # ``1 in 10``
            if (i + 1 < len(lows) and core[i + 1].text[0].isupper()) or (w == low and _year(w)):
                continue  # a year or a name, not a number of sources: ``a 2025 CATO Institute poll``
            if date_month(core, i) is not None:
                continue  # a day: ``the Nov. 5 report``
            number = int(w) * _multiplier(lows, i)  # ``two hundred``
            return number, number != 1
        if w == "both" and "and" in lows[i + 1 :]:
            return None, True  # ``both Israeli and Lebanese negotiators``
        if (
            w in NUMBER_WORDS
            and w not in INDEFINITE
            and w not in DEFINITE
            and w != "each"
            and (i + 1 < len(lows) or complement or len(lows) == 1 or (i == 1 and lows[0] in _BEFORE_COUNT))
        ):  # ``two officials``, ``two of them``, ``Two said``, ``The two said``
            if i + 2 < len(lows) and lows[i + 1] == "in":
                return None, True  # ``one in three``
            number = NUMBER_WORDS[w] * _multiplier(lows, i)  # ``Three dozen officials``
            return number, number != 1
        if w in PLURAL_QUANTIFIERS and not (
            i + 2 < len(lows) and descriptive(lows[i + 1]) and not plural(core[-1].text)
        ):
            return None, True  # ``more officials``; but ``the more moderate Kasich`` is one
    if plural(core[-1].text):
        return None, True
    if head in MASS_WORK_NOUNS:
        proper = has_proper(core[1:-1] if lows[0] in DETERMINERS else core[:-1])
        return (1 if proper and head != "polling" else None), False
    return 1, False


def _one_body(conjuncts: list[list[str]], lows: list[str]) -> bool:
    """Whether ``and`` joins the words of one body's name: ``Competition and Markets Authority``;
    not ``nor``, nor a second name with a determiner of its own (``the FBI and the Secret Service``)."""
    bodies = ORG_NOUNS | ORG_NAME_WORDS
    return (
        len(conjuncts) == 2
        and "," not in lows
        and "nor" not in lows
        and conjuncts[1][0].lower() not in DETERMINERS
        and conjuncts[1][-1].lower() in bodies
        and conjuncts[0][-1].lower() not in bodies
        and all(w[0].isupper() for c in conjuncts for w in c if w.lower() not in DETERMINERS)
    )


def _conjuncts(core: list[Token]) -> list[list[Token]]:
    """The members of a coordination, without ``and``, ``nor``, commas and the correlative before
    the first (``both``, ``either``)."""
    out: list[list[Token]] = [[]]
    for k, t in enumerate(core):
        if k == 0 and t.text.lower() in CORRELATIVES:
            continue
        if t.text in ("and", "nor", ","):
            if out[-1]:
                out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


def _nominal(conjunct: list[str]) -> bool:
    """Whether one member of a coordination names a source of its own (not a lone adjective)."""
    first = conjunct[0]
    counted = first.lower() in NUMBER_WORDS or first.isdigit()  # ``two aides``
    return first.lower() in DETERMINERS or counted or first.endswith(("'s", "’s")) or conjunct[-1][0].isupper()
