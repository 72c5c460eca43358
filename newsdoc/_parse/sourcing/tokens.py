"""Words: the words and marks of a short window of a paragraph, with their offsets, and
whether a period belongs to the abbreviation before it.

Words are read only from short windows around a cue, so no rule here ever walks a whole
paragraph word by word; :mod:`~newsdoc._parse.sourcing.sentences` says where sentences start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from newsdoc._parse.lexicon.abbreviations import ABBREVIATIONS
from newsdoc._parse.lexicon.adjectives import REGION_ADJECTIVES
from newsdoc._parse.lexicon.adverbs import MONTH_ABBREVIATIONS, TIME_WORDS
from newsdoc._parse.lexicon.grammar import ORIGIN_PREPOSITIONS
from newsdoc._parse.lexicon.people import STATE_TITLES
from newsdoc._parse.lexicon.places import US_STATES
from newsdoc._parse.lexicon.prepositions import MOTION_WORDS, PLACE_PREPOSITIONS

__all__ = [
    "CLOSING_MARKS",
    "DASHES",
    "LOOK",
    "OPENING_MARKS",
    "QUOTE_MARKS",
    "STATE_WORDS",
    "Token",
    "abbreviation_period",
    "blank",
    "city_word",
    "dateline_end",
    "is_abbreviation",
    "pattern_tokens",
    "place_before",
    "state_name",
    "title_period",
    "tokens",
]

# A word (letters and digits, with inner apostrophes, hyphens, ampersands, slashes and
# periods between letters; digits then letters are one word: ``37signals``, ``1990s``), a
# number with separators, or one other visible character.
_TOKEN: Final = re.compile(
    r"\d[\d,.]*\w*(?:-\w+)+|\d+[^\W\d_][\w'’&/-]*|\d[\d,.]*\d|\w[\w'’&/-]*(?:\.-?\w[\w'’&/-]*)*(?:\.['’]s\b)?|[^\w\s]"
)
# Punctuation that is a token of its own next to a word or a number: nothing in the token
# pattern carries on through it (``'``, ``-``, ``&`` and ``/`` may stand inside a word).
# A piece between spaces made of such marks around one letters-only word, one run of
# digits or one word without a period is cut into those tokens without the pattern.
_MARKS_TEXT: Final = ',.;:!?()[]"\u201c\u201d\u2014%$'
_MARKS: Final = frozenset(_MARKS_TEXT)
OPENING_MARKS: Final = frozenset(('"', "\u201c"))
"""The tokens that may open a quotation: a straight double mark or a left one."""
CLOSING_MARKS: Final = frozenset(('"', "\u201d"))
"""The tokens that may close a quotation: a straight double mark or a right one."""
QUOTE_MARKS: Final = OPENING_MARKS | CLOSING_MARKS
"""Every double quotation mark: ``"``, ``\u201c``, ``\u201d``."""
_PLAIN_WORD: Final = re.compile(r"[^\W\d][\w'’&/-]*")

LOOK: Final = 160
"""How far the rules look around a cue or a quote for the words that decide it. Every look
is bounded, so a sentence with thousands of quotes or cues costs no more than its length."""


@dataclass(init=False, slots=True)
class Token:
    """A word or a punctuation character, with its start and end offsets."""

    text: str
    start: int
    end: int

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end


def is_abbreviation(word: str) -> bool:
    """Whether the period after ``word`` belongs to it: ``U.S.``, ``J.``, ``Sen.``, not ``FWD.us.``."""
    if "." in word:
        return all(part.isupper() or len(part) == 1 for part in word.replace("-", ".").split(".") if part)
    word = word.rsplit("-", 1)[-1]  # ``then-St.``
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


_PLACE_BEFORE: Final = PLACE_PREPOSITIONS | ORIGIN_PREPOSITIONS | MOTION_WORDS
"""Words before a place: a state's abbreviation after one is no title (``in Del.``, ``to Del.``)."""


def place_before(word: str) -> bool:
    """Whether ``word``, right before a state's abbreviation, makes it the state rather than a
    title: a comma or a parenthesis ends it, or it is a preposition or an adjective of a region
    (``Dover,``, ``in``, ``southern``); not a capitalised word, which a title follows as often
    (``Virginia Del.``, ``Democratic Del.``, ``Former Del.``)."""
    low = word.lower()
    return word.endswith((",", "(")) or low in _PLACE_BEFORE or low in REGION_ADJECTIVES


def abbreviation_period(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the period of the abbreviation written right before it (``U.S.``,
    ``Sen.``), which ends no phrase.

    >>> toks = tokens("U.S. officials", 0, 14)
    >>> abbreviation_period(toks, 1), abbreviation_period(toks, 2)
    (True, False)
    """
    if not (0 < k < len(toks) and toks[k].text == "." and toks[k - 1].end == toks[k].start):
        return False
    if toks[k - 1].text.lower() in MONTH_ABBREVIATIONS:  # ``Oct. 5``; but ``said Ai Jun.`` ends its sentence
        return k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()
    return is_abbreviation(toks[k - 1].text) or title_period(toks, k)


def title_period(toks: Sequence[Token], k: int) -> bool:
    """Whether the word before the period ``toks[k]`` is a title that is also a state's, before a
    name: two capitalised words follow (a nickname's mark may open the second), and no word
    before it makes it a state (:func:`place_before`: ``Dover, Del.``, ``in Del.``, ``southern
    Del.``)."""
    if toks[k - 1].text.lower() not in STATE_TITLES or k + 2 >= len(toks):
        return False
    if k > 1 and place_before(toks[k - 2].text):
        return False
    following = toks[k + 3] if toks[k + 2].text in OPENING_MARKS and k + 3 < len(toks) else toks[k + 2]
    return toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha() and following.text[:1].isupper()


def blank(text: str, start: int, end: int, chars: str | None = None) -> bool:
    """Whether ``text[start:end]`` holds nothing but ``chars`` (white space by default).

    A stretch longer than :data:`LOOK` is never blank, so the test costs a bounded time.
    """
    return end - start <= LOOK and not text[start:end].strip(chars)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The words and punctuation of ``text[start:end]``, with offsets into ``text``.

    They are exactly the matches of the token pattern in the window; most pieces between
    spaces are a plain word, alone or with punctuation around it, and those are cut without
    the pattern, which costs less than a match per token (reading every window with the
    pattern alone makes ``parse`` about 10% slower on the corpus).

    >>> [t.text for t in tokens('Sen. Thom Tillis (R-N.C.), 52% of U.S. voters', 0, 45)]
    ['Sen', '.', 'Thom', 'Tillis', '(', 'R-N.C', '.', ')', ',', '52', '%', 'of', 'U.S', '.', 'voters']
    >>> tokens('"Yes," he said', 0, 14) == pattern_tokens('"Yes," he said', 0, 14)
    True
    """
    out: list[Token] = []
    at = start
    for piece in text[start:end].split(" "):
        n = len(piece)
        if piece.isalpha():
            out.append(Token(piece, at, at + n))
        elif n > 1 and piece[-1] in _MARKS and piece[:-1].isalpha():
            out.append(Token(piece[:-1], at, at + n - 1))
            out.append(Token(piece[-1], at + n - 1, at + n))
        elif n:
            _piece_tokens(text, piece, at, out)
        at += n + 1
    return out


def _piece_tokens(text: str, piece: str, at: int, out: list[Token]) -> None:
    """Append the tokens of ``piece``, which stands at ``at`` in ``text`` with no space in it.

    A piece of marks around one plain word or number is cut with string methods, in plain
    loops (a list comprehension costs more than the one or two marks it reads); any other
    goes through the token pattern.
    """
    core = piece.strip(_MARKS_TEXT)
    if core and not (core.isalpha() or core.isdecimal() or _PLAIN_WORD.fullmatch(core)):
        out.extend(pattern_tokens(text, at, at + len(piece)))
        return
    end = at + len(piece)
    # Only marks stand before the core and its first character is none, so ``find`` gives
    # where it starts; a piece of marks alone has no core.
    lead = at + piece.find(core) if core else end
    for i in range(at, lead):
        out.append(Token(text[i], i, i + 1))
    if core:
        out.append(Token(core, lead, lead + len(core)))
        lead += len(core)
    for i in range(lead, end):
        out.append(Token(text[i], i, i + 1))


def pattern_tokens(text: str, start: int, end: int) -> list[Token]:
    """The matches of the token pattern in ``text[start:end]``: what :func:`tokens` returns, read slowly."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


DASHES: Final = frozenset("-\u2013\u2014\u2015")
"""The tokens that are a dash: a hyphen alone, an en dash, an em dash, a horizontal bar."""


def _agency_next(toks: Sequence[Token], k: int) -> bool:
    """Whether a place in title case at ``k`` has an agency in parentheses and a dash after it."""
    return (
        k + 4 < len(toks)
        and toks[k].text.istitle()
        and toks[k + 1].text == "("
        and toks[k + 2].text.isupper()
        and toks[k + 3].text == ")"
        and toks[k + 4].text in DASHES
        and k + 5 < len(toks)
        and toks[k + 5].text[:1].isupper()  # not an aside between dashes: ``Apple (AAPL) - the iPhone maker -``
    )


_DATELINE_TOKENS: Final = 12
"""The most tokens of a dateline: ``ST. PAUL, Minn. (AP) —``."""


def dateline_end(toks: Sequence[Token], k: int) -> int:
    """The index after a dateline that opens at token ``k`` (a place in capitals, a state or an
    agency, then a dash: ``WASHINGTON —``, ``WASHINGTON --``, ``ST. PAUL, Minn. (AP) —``, and a
    place in title case before an agency: ``Washington (AFP) -``), or ``k`` where none does.

    >>> toks = tokens("PARIS (AP) - The minister spoke", 0, 31)
    >>> toks[dateline_end(toks, 0)].text
    'The'
    """
    if k >= len(toks) or len(toks[k].text) < 2 or not (toks[k].text.isupper() or _agency_next(toks, k)):
        return k
    place = True  # in the place in capitals; after its comma, a state or a country (``Puerto Rico``)
    inside = False  # in the agency's parentheses: ``(Reuters)``
    for j in range(k + 1, min(len(toks), k + _DATELINE_TOKENS)):
        t = toks[j].text
        if t in DASHES and not inside:
            return j + 2 if j + 1 < len(toks) and toks[j + 1].text in DASHES else j + 1
        if t in "()":
            inside = t == "("
        elif t == ",":
            place = False
        elif not (inside or t == "." or t.isupper() or (not place and t[:1].isupper())):
            return k
    return k


STATE_WORDS: Final = max(len(name.split()) for name in US_STATES)
"""The most words of a state's name: ``District of Columbia``."""


def city_word(word: str) -> bool:
    """Whether the word before a comma may end the name of a city that a state follows: capitalised
    and no time (``Dover,``, ``Trenton,``; not ``On Monday,``)."""
    return word[:1].isupper() and word.lower() not in TIME_WORDS


def state_name(toks: Sequence[Token]) -> bool:
    """Whether the tokens write a state's name, an abbreviation's period joined to its word
    (``New Jersey``, ``N.J`` and ``.``).

    >>> state_name(tokens("Dover, Del.,", 7, 11)), state_name(tokens("Dover, Delaware,", 7, 15))
    (True, True)
    """
    name = "".join(t.text if t.text == "." or k == 0 else " " + t.text for k, t in enumerate(toks))
    return name.lower() in US_STATES
