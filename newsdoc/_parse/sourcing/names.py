"""Names: whether a phrase names a person, and the person's name and role.

A name is the run of capitalised words that ends a phrase, titles left out
(``Sen. Thom Tillis`` is ``Thom Tillis``); its role is what stands before it (``State
Department spokesperson``) or the appositive after it (``CEO of Bank of America``). A
one-word name is a person's where the article writes it elsewhere after a title or a
given name (``President Trump``, ``Yechiel Leiter``). :class:`Context` holds the article
and remembers what it was asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsdoc._parse.lexicon.grammar import CLAUSE_WORDS, DETERMINERS, FUNCTION_WORDS
from newsdoc._parse.lexicon.nouns import (
    IRREGULAR_PLURALS,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from newsdoc._parse.lexicon.people import DEMONYMS
from newsdoc._parse.lexicon.pronouns import INDEFINITE_PERSON_PRONOUNS, PLURAL_PRONOUNS
from newsdoc._parse.sourcing.tokens import CLOSING_MARKS, OPENING_MARKS, Token
from newsdoc._parse.sourcing.words import NUMBER_WORDS, SOURCE_NOUNS, SPLIT_AT, singular

if TYPE_CHECKING:
    from newsdoc._parse.sourcing.records import Description

# What opens an appositive before its role: ``a``, ``now the``, ``currently an``.
_ROLE_OPENER: Final = re.compile(r"(?:(?:now|then|currently|formerly|also)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)

__all__ = [
    "Context",
    "family",
    "is_name_word",
    "name_and_role",
    "plural",
    "possessive",
    "role_word",
    "strip_parens",
    "surname_form",
]


_TITLED_RUN: Final = 3


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
    return word.endswith(("'s", "’s"))


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
    return _name_word(word, word.lower())


def _name_word(word: str, lower: str) -> bool:
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


def _letter(word: str) -> bool:
    """Whether ``word`` is one capital letter: an initial among head words, which drop periods."""
    return len(word) == 1 and word.isupper()


def surname_form(word: str, low: str) -> bool:
    """Whether a common noun (``low`` in lower case) is written as a surname can be: capitalised,
    singular, and no indefinite pronoun (``Someone``)."""
    return word[:1].isupper() and not plural(word) and low not in INDEFINITE_PERSON_PRONOUNS


def _surname(run: list[Token], run_lows: list[str], context: Context) -> bool:
    """Whether the noun for a person that ends a run of capitalised words is a surname: the text
    writes it after a given name or a title, and a given name stands before it here or nothing
    does (``Jeff Weaver``, ``Weaver``, ``Ms. Boxer``); not ``Senate Republican``, ``One
    Republican``, ``Top Officials``, nor a headline's ``Painter Says``, which drops its article."""
    if run_lows[-1] not in PEOPLE_NOUNS or not surname_form(run[-1].text, run_lows[-1]):
        return False
    if len(run) == 1:
        return context.person(run[-1].text)  # ``Weaver said``, ``Ms. Boxer said``
    g = len(run) - 2
    if g > 0 and _letter(run[g].text):
        g -= 1  # ``James W. Baker``: the given name stands before the initial
    given, low = run[g].text, run_lows[g]
    plain = given.isalpha() and given[1:].islower() and low not in SOURCE_NOUNS and low not in NUMBER_WORDS
    return plain and is_name_word(given) and context.person(run[-1].text)


_NICKNAME_MARKS: Final = OPENING_MARKS | CLOSING_MARKS
"""The quotation marks around a nickname inside a name: ``Robert "Bobby" Scott``."""


def name_and_role(
    head: str, toks: list[Token], lows: list[str], appositive: str, context: Context
) -> tuple[str | None, str | None, bool | None]:
    """The name and role of a person the phrase names, and whether it names one.

    The name is the run of capitalised words that ends the phrase, titles left out; the
    role is what stands before it (``White House chief of staff``) or the appositive.
    ``lows`` are the tokens ``toks`` of ``head`` in lower case.
    """
    if not toks or (lows[-1] not in DETERMINERS and not toks[-1].text[0].isupper()):
        return None, None, False  # the phrase does not end in a name
    if DETERMINERS.isdisjoint(lows):
        body, body_lows = toks, lows
    else:
        kept = [k for k, low in enumerate(lows) if low not in DETERMINERS]
        body, body_lows = [toks[k] for k in kept], [lows[k] for k in kept]
        if not body or not body[-1].text[0].isupper():
            return None, None, False
    n = j = len(body)
    while j > 0 and (
        _name_word(body[j - 1].text, body_lows[j - 1])
        or (j < n and body_lows[j - 1] in NAME_PARTICLES)
        or (j < n and body[j - 1].text in _NICKNAME_MARKS and j > 1)  # ``Robert "Bobby" Scott``
    ):
        j -= 1
    while j < n and body[j].text in _NICKNAME_MARKS:
        j += 1  # a run opens with a name, not a mark
    run, run_lows = body[j:], body_lows[j:]
    if (
        not run
        or run_lows[-1] in ORG_NAME_WORDS
        or (run_lows[-1] in SOURCE_NOUNS and not _surname(run, run_lows, context))
        or any(t.text.endswith(("'s", "’s", "'", "’")) for t in run)
    ):
        return None, None, False
    prefix, prefix_lows = body[:j], body_lows[:j]
    if not SPLIT_AT.isdisjoint(prefix_lows):
        opener = next(k for k, low in enumerate(prefix_lows) if low in SPLIT_AT)
        if not (opener > 0 and role_word(prefix[opener - 1].text)):
            return None, None, False  # a name in the complement of a work: ``projections from consultant Aon``
    if prefix and body_lows[j - 1] in SPLIT_AT:
        if len(run) < _TITLED_RUN or not any(role_word(t.text) for t in prefix):
            return None, None, False  # a name in a complement: ``a source close to Leiter``
        # a role that ends in a place or a body: ``Secretary of State Marco Rubio``, and the name
        # keeps its initial: ``Secretary of State James W. Baker``
        last = 3 if len(run) > 3 and _letter(run[-2].text) else 2
        prefix, run, run_lows = [*prefix, *run[:-last]], run[-last:], run_lows[-last:]
    prefix_role = (
        bool(prefix) and any(role_word(t.text) for t in prefix) and not prefix[-1].text.endswith(("'s", "’s", "'", "’"))
    )
    appositive_role = bool(appositive)
    single = len(run) == 1
    possessor = bool(prefix) and prefix[-1].text.endswith(("'s", "’s", "'", "’"))
    if prefix_role or appositive_role or (single and not prefix and context.person(run[0].text)):
        person: bool | None = True
    elif possessor and (not single or context.person(run[0].text)):
        person = True  # ``Axios' Josephine Walker``, ``OpenAI's Sam Altman``
    elif not single and not prefix and lows[0] not in DETERMINERS:
        person = None  # ``Holly Skillin``; but ``the Air Force`` is a body
    else:
        return None, None, False
    if not ORG_NAME_WORDS.isdisjoint(run_lows):
        return None, None, False
    name = head[run[0].start : run[-1].end]
    role: str | None = None
    if prefix_role:
        role = head[prefix[0].start : prefix[-1].end].rstrip(" ,")
    elif appositive and appositive.split(None, 1)[0].lower() not in CLAUSE_WORDS:
        role = _ROLE_OPENER.sub("", appositive, count=1)  # but ``X, whose agents ...,`` names no role
    return name, role, person
