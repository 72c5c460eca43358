"""Source phrases: the type, and the word tests that both directions of scan share.

A source phrase runs over determiners, modifiers, names, numbers, possessives,
abbreviations and short parentheses (``(R-N.C.)``), and over a head noun's complement
(``a source familiar with the matter``, ``a report from the NACD``). It stops at
punctuation, at words that open a clause (``that``, ``who``, ``and``...), at auxiliaries,
at words of time and at other cues. An appositive that names a role (``, CEO of Bank of
America,``) is kept with the name; a parenthetical aside (``, in a post on X,``) is
stepped over (:mod:`~newsdoc._parse.sourcing.segments` tells the two apart).
:mod:`~newsdoc._parse.sourcing.source_before` and
:mod:`~newsdoc._parse.sourcing.source_after` do the scanning; every scan reads a window of fixed
size, so the work per cue is bounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsdoc._parse.lexicon.adjectives import ADJECTIVES_AFTER_NOUN
from newsdoc._parse.lexicon.adverbs import (
    DAY_NAMES,
    SEASONS,
    TIME_ADJECTIVES,
    TIME_AFTER_AMOUNT,
    TIME_OPENERS,
    TIME_UNITS,
    TIME_WORDS,
)
from newsdoc._parse.lexicon.grammar import (
    ARTICLES,
    AUXILIARY_CONTRACTIONS,
    BE_FORMS,
    DETERMINERS,
    NEGATION_CONTRACTIONS,
    NEGATIVE_QUANTIFIERS,
    QUANTIFIER_PRONOUNS,
)
from newsdoc._parse.lexicon.nouns import NAME_PARTICLES, PRE_ROLE_MODIFIERS
from newsdoc._parse.lexicon.numbers import CARDINALS, GROUP_SIZES, QUANTITY_NOUNS, SHARE_WORDS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.verb_forms import IRREGULAR_PARTICIPLES
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.name_words import dated, lone_month, month_and_day, name_word
from newsdoc._parse.sourcing.tokens import QUOTE_MARKS, Token, is_abbreviation
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, NUMBER_WORDS

__all__ = [
    "BEFORE_NAMES",
    "BREAKS",
    "COUNTS",
    "LIST_LOOKAHEAD",
    "MAX_ASIDE",
    "MAX_NAME",
    "MAX_RELATIVE",
    "MAX_WORDS",
    "PARTITIVES",
    "PASSIVE",
    "WINDOW",
    "Phrase",
    "acronym",
    "acronym_before",
    "adjective_after_noun",
    "cap",
    "cap_before",
    "in_name",
    "inner_colon",
    "inverted_name_word",
    "modifier",
    "nickname_mark",
    "participle_form",
    "partitive",
    "past_adjective",
    "past_participle",
    "season_time",
    "share",
    "stops",
    "time_phrase",
    "word",
]

WINDOW: Final = 240
"""How many characters a scan reads on its side of the cue."""
MAX_WORDS: Final = 16
"""The longest source phrase, in tokens, before its appositive."""
MAX_NAME: Final = 4
"""The longest name after a role, in words."""
MAX_ASIDE: Final = 24
"""The longest parenthetical between commas that a scan steps over or keeps."""
PASSIVE: Final = BE_FORMS
"""Forms of ``be``: before a verb, a passive, whose subject is not a source."""
LIST_LOOKAHEAD: Final = 4
"""How far past a comma a list of names may run: ``U.S., Israeli and Lebanese``."""
BEFORE_NAMES: Final = PRE_ROLE_MODIFIERS | NAME_PARTICLES
"""Lower-case words that stand before a name: ``former``, ``Sascha von Meier``."""
MAX_RELATIVE: Final = 8
"""How far back a relative ``who`` may stand before the words that end at the verb."""
COUNTS: Final = frozenset(CARDINALS)
PARTITIVES: Final = QUANTIFIER_PRONOUNS | NEGATIVE_QUANTIFIERS | SHARE_WORDS | COUNTS | GROUP_SIZES | QUANTITY_NOUNS
"""Words that take a partitive ``of``, whose phrase is then theirs: ``most of the voters``, ``a third of them``."""


def share(low: str) -> bool:
    """Whether a word (in lower case) states a share: ``majority``, ``%``, ``two-thirds``."""
    return low in SHARE_WORDS or ("-" in low and low.rsplit("-", 1)[1].removesuffix("s") in SHARE_WORDS)


def partitive(low: str) -> bool:
    """Whether a word (in lower case) takes a partitive ``of``: a quantifier, a share or a number
    (``most``, ``two-thirds``, ``10``, ``dozens``)."""
    return low in PARTITIVES or low[:1].isdigit() or share(low)


BREAKS: Final = frozenset((",", ";", "\u2014", "\u2013", '"', "\u201c", "\u201d", "(", ":"))


@dataclass(init=False, slots=True)
class Phrase:
    """Where a source phrase stands: ``[start, end)``, its head ending at ``head_end``.

    ``head_end`` is less than ``end`` where an appositive follows the head:
    ``Brian Moynihan, CEO of Bank of America``.
    """

    start: int
    end: int
    head_end: int

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(self, start: int, end: int, head_end: int) -> None:
        self.start = start
        self.end = end
        self.head_end = head_end


def word(tok: Token) -> bool:
    return tok.text[0].isalnum()


def cap(tok: Token) -> bool:
    return tok.text[0].isupper() or tok.text[0].isdigit()


def cap_before(toks: list[Token], k: int) -> bool:
    """Whether the word before ``toks[k]`` (past an abbreviation's period) is capitalised."""
    j = k - 1 if toks[k - 1].text != "." else k - 2
    return j >= 0 and (cap(toks[j]) or toks[j].text == ")")


_STOP_WORDS: Final = (
    CLAUSE_STOPS
    | TIME_WORDS
    | frozenset(w for w, f in CUE_FORMS.items() if not f & (Frame.NOUNLIKE | Frame.PROGRESSIVE))
)
"""Words that cannot stand inside a source phrase: clause words, times, and verbs that are not nouns too."""
_CONTRACTIONS: Final = NEGATION_CONTRACTIONS + tuple(c for c in AUXILIARY_CONTRACTIONS if not c.endswith("s"))
"""Endings that make a word no part of a phrase (``'s`` is a possessive too)."""


def stops(low: str) -> bool:
    """Whether a word cannot stand inside a source phrase."""
    return low in _STOP_WORDS or low.endswith(_CONTRACTIONS)


def adjective_after_noun(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is an adjective that follows the noun phrase it modifies, as a
    preposition, a clause word, a mark or the end after it shows: ``data available from the
    FBI``, ``two senators present who``, ``the only senator present.``; not ``available
    transcripts``."""
    if toks[k].text.lower() not in ADJECTIVES_AFTER_NOUN:
        return False
    following = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    return not following[:1].isalnum() or following in PREPOSITIONS or stops(following)


def past_adjective(toks: list[Token], end: int) -> int:
    """``end``, or past the adjective at ``toks[end]`` where it follows its noun and ends the
    phrase before a mark or the end: ``the only senator present.``, ``the data available,``."""
    if end >= len(toks) or not adjective_after_noun(toks, end):
        return end
    return end + 1 if end + 1 == len(toks) or not toks[end + 1].text[0].isalnum() else end


def acronym(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is an acronym, by :func:`acronym_before` (the last token before a verb
    has nothing after it: ``The company's COO said``)."""
    return acronym_before(toks[k].text, toks[k + 1].text if k + 1 < len(toks) else "")


def acronym_before(word: str, following: str) -> bool:
    """Whether ``word`` is an acronym: a word in capitals before one that is not (``US`` in
    ``US Senator Jeff Sessions`` is no pronoun); in a run of capitals, as in a heading, words
    are read as words."""
    return len(word) > 1 and word.isupper() and word.isalpha() and not following.isupper()


def in_name(toks: list[Token], k: int, following: int | None = None) -> bool:
    """Whether ``toks[k]``, a capitalised verb form or a word that is also a name, is a name's word
    where a scan would stop at it: after a capital, ending the phrase (``Ian Read``, ``Theresa May``,
    ``Ai Jun``; a month's abbreviation alone too), or before the capital at ``following`` (``Jun Li``)."""
    text = toks[k].text
    if following is not None:
        return name_word(toks, k) and toks[following].text[0].isupper()
    if lone_month(toks, k):
        return True  # ``"...," Jun wrote``: no date is written so
    if not (text[0].isupper() and (text.lower() in CUE_FORMS or name_word(toks, k)) and k > 0):
        return False
    return cap(toks[k - 1]) or (toks[k - 1].text == "." and k > 1 and is_abbreviation(toks[k - 2].text))  # ``Mrs. May``


def inverted_name_word(toks: list[Token], k: int, start: int) -> bool:
    """Whether ``toks[k]``, a word of time or a modal by the lexicon, is a name's word in a phrase
    that opens at ``start`` after its verb: a given name before a capital (``said Jun Li``), or a
    month or ``Last`` after one, no day after it (``said Ai Jun``; not ``said Jane Roe Oct. 5``);
    a day is a time (``said Smith Tuesday``)."""
    text = toks[k].text
    low = text.lower()
    if not text[:1].isupper():
        return False
    if k + 1 < len(toks) and in_name(toks, k, k + 1):
        return True
    return (
        low in TIME_WORDS and low not in DAY_NAMES and k > start and cap(toks[k - 1]) and not dated(toks, k, day=True)
    )


def modifier(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a past participle or a word of time between a determiner and a
    noun, an adjective there and no verb: ``the proposed guidelines``, ``an accused official``,
    ``a widely praised study``, ``an October poll``, ``his last report``; not ``the next day``."""
    low = toks[k].text.lower()
    if not 0 < k < len(toks) - 1 or not toks[k + 1].text[:1].isalpha():
        return False
    before = toks[k - 1].text.lower()
    if low in TIME_ADJECTIVES:
        return before in DETERMINERS and toks[k + 1].text.lower() not in TIME_WORDS
    dated = low in TIME_WORDS and toks[k].text[0].isupper()  # not ``the weekend``
    if low.endswith("ed") and before.endswith("ly") and k > 1:
        before = toks[k - 2].text.lower()  # ``A widely praised study``: an adverb of the participle
    return (low.endswith("ed") and before in DETERMINERS) or (dated and before in ARTICLES)


def participle_form(word: str) -> bool:
    """Whether a word may be a participle: ``speaking``, ``released``, ``born``."""
    return past_participle(word) or (word.islower() and word.endswith("ing"))


def past_participle(word: str) -> bool:
    """Whether a word may be a past participle: ``released``, ``born``, ``written``; not ``polling``."""
    return word.islower() and (
        word.endswith("ed") or word in IRREGULAR_PARTICIPLES or bool(CUE_FORMS.get(word, 0) & Frame.PERFECT)
    )


def inner_colon(toks: list[Token], j: int) -> bool:
    """A colon inside a name, before a capital: ``RESOLVE: The National Infertility ...``."""
    return toks[j].text == ":" and j + 1 < len(toks) and cap(toks[j + 1])


def nickname_mark(toks: list[Token], j: int) -> bool:
    """A quotation mark of a nickname inside a name, one capitalised word between two marks and
    names on both sides: either mark of ``Marcia "Cia" Price``."""
    if toks[j].text not in QUOTE_MARKS:
        return False
    k = j - 2 if j >= 2 and toks[j - 2].text in QUOTE_MARKS else j  # ``k`` is the opening mark
    return (
        k > 0
        and k + 3 < len(toks)
        and all(cap(toks[m]) for m in (k - 1, k + 1, k + 3))
        and (toks[k + 2].text in QUOTE_MARKS)
    )


def season_time(season: str, before: str) -> bool:
    """Whether ``season``, after the word ``before``, is a phrase of time with it: ``last fall``,
    ``this Spring``; after a preposition only in lower case (``in Spring`` may be the town)."""
    if season.lower() not in SEASONS or before.lower() not in TIME_OPENERS:
        return False
    return season.islower() or before.lower() not in PREPOSITIONS


def time_phrase(words: list[str]) -> bool:
    """Whether ``words`` (in lower case, without marks) open a phrase of time: a word that opens
    one before a word of time (``early Friday``, ``late Tuesday night``), a date (``Oct. 5``), or an amount of time
    before ``later``, ``earlier`` or ``ago`` (``a day later``, ``two weeks ago``, ``minutes later``)."""
    if (len(words) > 1 and words[0] in TIME_OPENERS and words[1] in TIME_WORDS) or month_and_day(words):
        return True  # ``Oct. 5``
    if len(words) > 1 and words[0] in TIME_UNITS and words[1] in TIME_AFTER_AMOUNT:
        return True  # ``minutes later``
    amount = bool(words) and (words[0] in DETERMINERS or words[0] in NUMBER_WORDS or words[0].isdigit())
    return amount and len(words) > 2 and words[2] in TIME_AFTER_AMOUNT
