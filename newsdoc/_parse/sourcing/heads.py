"""The head of a source phrase: its words without periods and parentheses, the head noun, and
where its complement opens (``a source`` | ``familiar with the matter``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import MODIFIER_NEGATIONS
from newsdoc._parse.lexicon.grammar import DETERMINERS
from newsdoc._parse.lexicon.numbers import CARDINALS, SHARE_WORDS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.verb_forms import IRREGULAR_PARTICIPLES
from newsdoc._parse.sourcing.names import plural, strip_parens
from newsdoc._parse.sourcing.phrase import past_participle
from newsdoc._parse.sourcing.postmodifiers import modifies_participle
from newsdoc._parse.sourcing.tokens import Token, tokens
from newsdoc._parse.sourcing.words import SOURCE_NOUNS, SPLIT_AT, subject_pronoun

__all__ = ["complement_start", "head_noun", "head_words", "split_complement"]


def head_words(head: str) -> list[Token]:
    """The tokens of ``head`` without periods and without what stands in parentheses.

    >>> [t.text for t in head_words("Sen. Thom Tillis (R-N.C.) himself")]
    ['Sen', 'Thom', 'Tillis', 'himself']
    """
    toks = tokens(head, 0, len(head))
    if "(" in head or ")" in head:
        toks = strip_parens(toks)
    elif "." not in head:
        return toks  # no period and no parenthesis among the tokens: nothing to leave out
    return [t for t in toks if t.text != "."]


def complement_start(toks: list[Token], lows: list[str]) -> int:
    """Where the complement of the phrase opens (``a source`` | ``familiar with the matter``),
    or ``len(toks)``; ``lows`` are the tokens in lower case."""
    for i in range(1, len(lows)):
        low = lows[i]
        if subject_pronoun(toks[i].text, have=True) and _noun_like(lows[i - 1]):
            return i  # a relative clause without ``who``: ``the farmers we interviewed``
        if low in MODIFIER_NEGATIONS and i + 1 < len(lows) and lows[i + 1] in SPLIT_AT:
            return i  # ``a delegate not on the slate``
        if low in SPLIT_AT:
            if low == "in" and (lows[i - 1] in CARDINALS or toks[i - 1].text.isdigit()) and i + 1 < len(toks):
                continue  # ``one in three``
            return i
        if (
            low in PREPOSITIONS
            and i + 1 < len(toks)
            and (toks[i + 1].text.isdigit() or lows[i + 1] in CARDINALS)
            and plural(toks[i - 1].text)
        ):
            return i  # ``voters under 30``, ``adults over 65``: an age, not a count
        if (
            # ``a filing made in``; not ``king``, nor a verb that ends its clause (``comments his rival made``)
            (len(low) > _SHORTEST_FORM or (low in IRREGULAR_PARTICIPLES and i + 1 < len(lows)))
            and toks[i].text.islower()
            and (low.endswith("ing") or past_participle(low))
            and low not in SOURCE_NOUNS
        ):
            # ``an adviser deeply involved in``, ``an official not involved in``
            j = i - 1 if i > 1 and modifies_participle(lows[i - 1]) else i
            # but ``the firm's managing director``, not ``a spokesman representing workers``
            if _noun_like(lows[j - 1]) and not (
                i + 1 < len(lows) and lows[i + 1] in SOURCE_NOUNS and lows[j - 1] not in SOURCE_NOUNS
            ):
                return j
    return len(lows)


_SHORTEST_FORM: Final = 4
"""Words in ``-ing`` or ``-ed`` this long or shorter are no participle (``king``, ``shed``), but
the irregular ones (``made``, ``sent``)."""


def head_noun(head: str) -> str:
    """The head noun of a phrase, in lower case: the last word before its complement.

    >>> head_noun("Leaked documents from his tax return"), head_noun("The poll released Friday")
    ('documents', 'poll')
    """
    toks = head_words(head)
    lows = [t.text.lower() for t in toks]
    cut = complement_start(toks, lows)
    return lows[cut - 1] if cut else ""


def split_complement(toks: list[Token], lows: list[str]) -> tuple[list[Token], list[str], list[Token]]:
    """The phrase before its complement (tokens, lower case too) and the complement: ``a source`` | ``the matter``."""
    cut = complement_start(toks, lows)
    return toks[:cut], lows[:cut], toks[cut + 1 :]


def _noun_like(low: str) -> bool:
    """Whether a word (in lower case) can end a noun phrase that a participle then modifies (not ``all``, ``-ly``)."""
    return low not in DETERMINERS and low not in SHARE_WORDS and not low.endswith("ly")
