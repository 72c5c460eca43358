"""Names: which words may be a name, a role or a plural, and whether a one-word name is a
person's: it is where the article writes it elsewhere after a title or a given name
(``President Trump``, ``Yechiel Leiter``). :class:`Context` holds the article and remembers
what it was asked. :mod:`~newsdoc._parse.sourcing.name_role` reads the name and role of a
source phrase with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsdoc._parse.lexicon.grammar import DETERMINERS, FUNCTION_WORDS
from newsdoc._parse.lexicon.nouns import IRREGULAR_PLURAL_ENDINGS, IRREGULAR_PLURALS, ORG_NAME_WORDS, PEOPLE_NOUNS
from newsdoc._parse.lexicon.people import DEMONYMS, ROLE_NOUNS, TITLES
from newsdoc._parse.lexicon.pronouns import INDEFINITE_PERSON_PRONOUNS, PLURAL_PRONOUNS
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import SOURCE_NOUNS, singular

if TYPE_CHECKING:
    from newsdoc._parse.sourcing.records import Description

__all__ = [
    "Context",
    "family",
    "is_name_word",
    "name_word",
    "plural",
    "possessive",
    "role_word",
    "strip_parens",
    "surname_form",
]


_LOOKUPS: Final = 64


_MENTIONS: Final = 40


def role_word(word: str) -> bool:
    """Whether a word written before a name makes it a person's: a role, a title or ``expert``."""
    low = word.lower().rstrip(".")
    return (
        low in ROLE_NOUNS
        or word.lower() in TITLES
        or low.rsplit("-", 1)[-1] in ROLE_NOUNS
        or (low in PEOPLE_NOUNS and not plural(word))
    )


def possessive(word: str) -> bool:
    """Whether a word is in the possessive: ``CNN's``, ``Axios'``; a word in lower case in ``s'``
    may be one in single quotation marks (``the 'reforms' Roe announced``), so only a name's counts."""
    return word.endswith(("'s", "’s")) or (word[:1].isupper() and word.endswith(("s'", "s’")))


def strip_parens(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for tok in toks:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(tok)
    return out


def is_name_word(word: str) -> bool:
    """Whether a word can be part of a person's name: capitalised, not a title, a role, an
    acronym or a possessive (``TechEquity's Tim Newman`` is named ``Tim Newman``)."""
    return name_word(word, word.lower())


def name_word(word: str, lower: str) -> bool:
    """:func:`is_name_word` of ``word``, whose lower case is ``lower``."""
    if not word[0].isupper() or possessive(word):
        return False
    low = lower.rstrip(".")
    if low in TITLES or lower in TITLES or low in DETERMINERS or low in ROLE_NOUNS:
        return False  # ``Chief Sustainability Officer Melanie Nakagawa``: the name is the last two words
    return not (word.isupper() and len(word) > 1 and "." not in word)  # an acronym (CEO, CTO) is a role


def plural(word: str) -> bool:
    low = word.lower()
    if word[0].isupper() and low not in SOURCE_NOUNS and singular(low) not in SOURCE_NOUNS:
        return False  # a name: ``Reuters``, ``Echelon Insights``; but ``Companies`` opening a sentence
    if low in IRREGULAR_PLURALS or low in PLURAL_PRONOUNS or low in DEMONYMS:
        return True  # ``media``, ``they``, ``Israelis``
    if len(low) > len("women") and low.endswith(IRREGULAR_PLURAL_ENDINGS):
        return True  # ``spokesmen``, ``spokespeople``
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3


def family(words: Sequence[str], context: Context) -> bool:
    """Whether ``words`` are ``the`` and a surname in the plural, naming a family: ``the Khans``
    where the text names a Khan (after a given name or a title)."""
    if len(words) != 2 or words[0].lower() != "the":
        return False
    name = words[1]
    if not (name[:1].isupper() and name[1:].islower() and name.endswith("s") and not name.endswith("ss")):
        return False
    stems = [name[:-1], name[:-2]] if name[:-2].endswith(("s", "x", "z", "ch", "sh")) else [name[:-1]]
    return any(len(stem) > 1 and context.person(stem) for stem in stems)


class Context:
    """The whole article, with cached answers to the questions a description asks of it.

    Each distinct word is looked up once, and at most :data:`_LOOKUPS` words per
    article, so describing many sources never costs more than a few passes over the text.
    """

    __slots__ = ("_answers", "descriptions", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        """Every paragraph of the article, joined with line breaks."""
        self._answers: dict[tuple[str, str], bool] = {}
        self.descriptions: dict[tuple[str, int], Description] = {}
        """What :func:`~newsdoc._parse.sourcing.describe.described` found for each phrase."""

    def _ask(self, question: str, word: str) -> bool:
        key = (question, word)
        answer = self._answers.get(key)
        if answer is None:
            if len(self._answers) >= _LOOKUPS:
                return False
            answer = _looks_like_person(word, self.text) if question == "person" else f" {word} " in self.text
            self._answers[key] = answer
        return answer

    def person(self, name: str) -> bool:
        """Whether a one-word name is a person's: the text writes it after a given name or a title.

        >>> Context("Israeli Ambassador Yechiel Leiter spoke. Leiter said").person("Leiter")
        True
        >>> Context("OpenAI and Anthropic said").person("Anthropic")
        False
        """
        return self._ask("person", name)

    def lower_case(self, word: str) -> bool:
        """Whether the text uses ``word`` (given in lower case) as an ordinary word somewhere."""
        return self._ask("lower", word)


def _looks_like_person(name: str, article: str) -> bool:
    """Whether ``article`` writes ``name`` after a title or a given name (at most :data:`_MENTIONS` places)."""
    at = article.find(" " + name)
    seen = 0
    while at > 0 and seen < _MENTIONS:
        end = at + 1 + len(name)
        if end < len(article) and article[end].isalpha():  # ``Khanna`` is no mention of ``Khan``
            at = article.find(" " + name, end)
            seen += 1
            continue
        window = article[max(0, at - 30) : at].split()
        if len(window) > 1 and _initial(window[-1]):
            window.pop()  # ``James A. Baker``: the given name stands before the initial
        before = window[-1].rstrip(".") if window else ""
        if before and before.lower() not in FUNCTION_WORDS:
            low = before.lower()
            if low in TITLES or (before.isalpha() and is_name_word(before) and low not in ORG_NAME_WORDS):
                return True
        at = article.find(" " + name, at + 1)
        seen += 1
    return False


def _initial(word: str) -> bool:
    """Whether ``word`` is an initial with its period: ``A.``, ``W.``."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def surname_form(word: str, low: str) -> bool:
    """Whether a common noun (``low`` in lower case) is written as a surname can be: capitalised,
    singular, and no indefinite pronoun (``Someone``)."""
    return word[:1].isupper() and not plural(word) and low not in INDEFINITE_PERSON_PRONOUNS
