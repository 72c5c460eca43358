"""Source phrases: the type, and the word tests that both directions of scan share.

A source phrase runs over determiners, modifiers, names, numbers, possessives,
abbreviations and short parentheses (``(R-N.C.)``), and over a head noun's complement
(``a source familiar with the matter``, ``a report from the NACD``). It stops at
punctuation, at words that open a clause (``that``, ``who``, ``and``...), at auxiliaries,
at words of time and at other cues. An appositive that names a role (``, CEO of Bank of
America,``) is kept with the name; a parenthetical aside (``, in a post on X,``) is
stepped over. :mod:`~newsdoc._parse.sourcing.source_before` and
:mod:`~newsdoc._parse.sourcing.source_after` do the scanning; every scan reads a window of fixed
size, so the work per cue is bounded.
"""

from __future__ import annotations

from typing import NamedTuple

from newsdoc._parse.lexicon.grammar import (
    APPOSITIVE_NOT,
    ASIDE_ADVERBS,
    ASIDE_OPENERS,
    BE_FORMS,
    CARDINALS,
    DETERMINERS,
    NP_PREPOSITIONS,
    ROLE_ENDINGS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from newsdoc._parse.lexicon.nouns import NAME_PARTICLES, PEOPLE_NOUNS, PRE_ROLE_MODIFIERS, ROLE_NOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, SOURCE_NOUNS

__all__ = [
    "BEFORE_NAMES",
    "BREAKS",
    "COUNTS",
    "LIST_LOOKAHEAD",
    "MAX_ASIDE",
    "MAX_NAME",
    "MAX_RELATIVE",
    "MAX_WORDS",
    "NEAR_WORDS",
    "PASSIVE",
    "WINDOW",
    "Phrase",
    "aside",
    "cap",
    "cap_before",
    "inner_colon",
    "participial",
    "role_like",
    "stops",
    "word",
    "words_back",
    "words_on",
]

WINDOW = 240
"""How many characters a scan reads on its side of the cue."""
NEAR_WORDS = 10
"""How many words a scan reads first; it reads the whole window only where they are not enough."""
_NEAR_CHARS = 200
"""How far :func:`words_back` and :func:`words_on` split at once: past it they step a space at a time."""
MAX_WORDS = 16
"""The longest source phrase, in tokens, before its appositive."""
MAX_NAME = 4
"""The longest name after a role, in words."""
MAX_ASIDE = 24
"""The longest parenthetical between commas that a scan steps over or keeps."""
PASSIVE = BE_FORMS
"""Forms of ``be``: before a verb, a passive, whose subject is not a source."""
LIST_LOOKAHEAD = 4
"""How far past a comma a list of names may run: ``U.S., Israeli and Lebanese``."""
BEFORE_NAMES = PRE_ROLE_MODIFIERS | NAME_PARTICLES
"""Lower-case words that stand before a name: ``former``, ``Sascha von Meier``."""
MAX_RELATIVE = 8
"""How far back a relative ``who`` may stand before the words that end at the verb."""
COUNTS = frozenset(CARDINALS)
_ASIDE_OPENERS = ASIDE_OPENERS | frozenset(
    form for form, frames in CUE_FORMS.items() if frames & Frame.PLAIN and frames & Frame.PARTICIPLE
)
"""Words that open an aside, with the participles of the plain verbs of saying: ``Trump, writing on X, said``."""
BREAKS = frozenset((",", ";", "\u2014", "\u2013", '"', "\u201c", "\u201d", "(", ":"))


class Phrase(NamedTuple):
    """Where a source phrase stands: ``[start, end)``, its head ending at ``head_end``.

    ``head_end`` is less than ``end`` where an appositive follows the head:
    ``Brian Moynihan, CEO of Bank of America``.
    """

    start: int
    end: int
    head_end: int


def word(tok: Token) -> bool:
    return tok[0][0].isalnum()


def cap(tok: Token) -> bool:
    return tok[0][0].isupper() or tok[0][0].isdigit()


def cap_before(toks: list[Token], k: int) -> bool:
    """Whether the word before ``toks[k]`` (past an abbreviation's period) is capitalised."""
    j = k - 1 if toks[k - 1][0] != "." else k - 2
    return j >= 0 and (cap(toks[j]) or toks[j][0] == ")")


_STOP_WORDS = CLAUSE_STOPS | TIME_WORDS | frozenset(w for w, f in CUE_FORMS.items() if not f & Frame.NOUNLIKE)
"""Words that cannot stand inside a source phrase: clause words, times, and verbs that are not nouns too."""
_CONTRACTIONS = ("n't", "n’t", "'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve")


def stops(low: str) -> bool:
    """Whether a word cannot stand inside a source phrase."""
    return low in _STOP_WORDS or low.endswith(_CONTRACTIONS)


def participial(low: str, text: str) -> bool:
    """A participle that links a head noun to its complement: ``a chart accompanying the ...``."""
    return text.islower() and low.endswith("ing") and len(low) > 5 and low not in CUE_FORMS and low not in SOURCE_NOUNS


def role_like(seg: list[Token]) -> bool:
    """Whether an appositive names a role: ``CEO of Diligent``, ``a former advisor to Bessent``."""
    if not seg or len(seg) > MAX_ASIDE or seg[0][0].lower() in APPOSITIVE_NOT:
        return False  # ``per Nielsen, along with 12.9 million viewers``
    has_role = False
    for tok in seg:
        low = tok[0].lower()
        if low == "who" and has_role:
            return True  # ``the housing regulator who has repeatedly accused Cook``
        if low in PASSIVE or low in CUE_FORMS or low in ("that", "who", "which", "has", "have", "had", "will"):
            return False
        if low in ROLE_NOUNS or low in PEOPLE_NOUNS or low.rsplit("-", 1)[-1] in ROLE_NOUNS:
            has_role = True
        elif low.endswith(ROLE_ENDINGS) and tok[0].islower():
            has_role = True  # ``a climatologist at the National Drought Mitigation Center``
    return has_role


def aside(seg: list[Token]) -> bool:
    """Whether a parenthetical between commas is an aside to step over: ``in a post on X``."""
    if not seg or len(seg) > MAX_ASIDE:
        return False
    low = seg[0][0].lower()
    if len(seg) == 1 and (low in ASIDE_ADVERBS or low.endswith("ly")):
        return True  # ``A senior official, however, noted``
    if low.endswith(("ing", "ed")) and seg[0][0].islower() and low not in _ASIDE_OPENERS:
        after = seg[1][0].lower() if len(seg) > 1 else ""
        return after in NP_PREPOSITIONS or after in DETERMINERS or after in SUBJECT_PRONOUNS or after in ("to", "that")
    return low in _ASIDE_OPENERS or low in NP_PREPOSITIONS


def inner_colon(toks: list[Token], j: int) -> bool:
    """A colon inside a name, before a capital: ``RESOLVE: The National Infertility ...``."""
    return toks[j][0] == ":" and j + 1 < len(toks) and cap(toks[j + 1])


def words_back(text: str, end: int, floor: int) -> int:
    """Where a window of :data:`NEAR_WORDS` words that ends at ``end`` starts: after the
    :data:`NEAR_WORDS`-th space before ``end``, or at ``floor`` where there are fewer."""
    near = max(floor, end - _NEAR_CHARS)
    parts = text[near:end].rsplit(" ", NEAR_WORDS)  # one call in C, not one per word
    if len(parts) > NEAR_WORDS:
        return near + len(parts[0]) + 1
    at = near  # a run of long words: look on, one space at a time
    for _ in range(NEAR_WORDS - len(parts) + 1):
        at = text.rfind(" ", floor, at)
        if at < 0:
            return floor
    return at + 1


def words_on(text: str, start: int, ceiling: int) -> int:
    """Where a window of :data:`NEAR_WORDS` words that starts at ``start`` ends: at the
    :data:`NEAR_WORDS`-th space after ``start``, or at ``ceiling`` where there are fewer."""
    near = min(ceiling, start + 1 + _NEAR_CHARS)
    parts = text[start + 1 : near].split(" ", NEAR_WORDS)
    if len(parts) > NEAR_WORDS:
        return near - len(parts[-1]) - 1
    at = near - 1  # a run of long words: look on, one space at a time
    for _ in range(NEAR_WORDS - len(parts) + 1):
        at = text.find(" ", at + 1, ceiling)
        if at < 0:
            return ceiling
    return at
