"""The name and role of the person a source phrase names: the run of capitalised words that
ends it, titles left out (``Sen. Thom Tillis`` is ``Thom Tillis``), and the role before it
(``State Department spokesperson``) or in the appositive after it (``CEO of Bank of America``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.grammar import CLAUSE_WORDS, DETERMINERS
from newsdoc._parse.lexicon.nouns import NAME_PARTICLES, ORG_NAME_WORDS, PARTY_MEMBERS, PEOPLE_NOUNS
from newsdoc._parse.lexicon.people import HONORIFICS, NAME_SUFFIXES
from newsdoc._parse.lexicon.prepositions import SERVING_WORDS
from newsdoc._parse.lexicon.pronouns import RELATIVE_PRONOUNS
from newsdoc._parse.sourcing.names import Context, is_name_word, name_word, role_word, surname_form
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.tokens import CLOSING_MARKS, OPENING_MARKS, Token
from newsdoc._parse.sourcing.words import NUMBER_WORDS, SOURCE_NOUNS, SPLIT_AT, descriptive

__all__ = ["name_and_role"]

# What opens an appositive before its role: ``a``, ``now the``, ``currently an``.
_ROLE_OPENER: Final = re.compile(r"(?:(?:now|then|currently|formerly|also)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)

# A relative clause that closes an appositive, which says more than the role: `` who holds``.
_RELATIVE: Final = re.compile(r"\s+(?:" + alternatives(RELATIVE_PRONOUNS) + r")\s")

_TITLED_RUN: Final = 3


def _letter(word: str) -> bool:
    """Whether ``word`` is one capital letter: an initial among head words, which drop periods."""
    return len(word) == 1 and word.isupper()


def _adjectives(words: list[Token], lows: list[str], *, opened: bool) -> bool:
    """Whether ``words`` are adjectives and adverbs in lower case, no role; after no determiner
    (``opened``), no participle either (``released Thursday``)."""
    if not all(
        t.text.islower() and descriptive(low) and not role_word(t.text) for t, low in zip(words, lows, strict=True)
    ):
        return False
    return opened or not any(low.endswith(("ed", "ing")) for low in lows)


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


def _titled(body: list[Token], j: int) -> bool:
    """Whether a title or a role stands right before the name that starts at ``body[j]``, past an
    abbreviation's period: ``Sen. Mia Alliance``, ``Coach Dana Trust``."""
    k = j - 2 if j > 1 and body[j - 1].text == "." else j - 1
    return k >= 0 and role_word(body[k].text)


def _before_courtesy(prefix: list[Token]) -> int:
    """How many words of ``prefix`` stand before the title of courtesy that ends it, which is no
    role (``County health director`` in ``County health director Dr.``), or all of them."""
    k = len(prefix)
    while k > 0 and (prefix[k - 1].text.lower() in HONORIFICS or prefix[k - 1].text == "."):
        k -= 1
    return k


def _before_suffix(body: list[Token], lows: list[str]) -> int:
    """Where the suffix that ends a name starts (``Jr.``, ``III``), or the end where none does."""
    n = len(body)
    if n > 2 and body[-1].text == "." and lows[-2] in NAME_SUFFIXES:
        return n - 2
    return n - 1 if n > 1 and lows[-1] in NAME_SUFFIXES and body[-1].text[:1].isupper() else n


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
    end = len(body)  # past a suffix, which ends a name and makes the word before it a surname: ``King Jr.``
    n = _before_suffix(body, body_lows)
    j = n
    while (
        j > 0
        and (
            name_word(body[j - 1].text, body_lows[j - 1])
            or (j == n < end and body[j - 1].text[:1].isupper())  # a surname before its suffix: ``King Jr.``
            # ``Guillermo del Toro``; not the title ``Del.`` (a delegate), which a period ends
            or (j < n and body_lows[j - 1] in NAME_PARTICLES and head[body[j - 1].end : body[j - 1].end + 1] != ".")
            or (j < n and body[j - 1].text in _NICKNAME_MARKS and j > 1)  # ``Robert "Bobby" Scott``
        )
    ):
        j -= 1
    while j < n and body[j].text in _NICKNAME_MARKS:
        j += 1  # a run opens with a name, not a mark
    while n - j > 2 and body_lows[j] in PARTY_MEMBERS:
        j += 1  # a party before a person's name is a role: ``Democrat Joe Manchin``, ``Liberal Democrat Jo Swinson``
    run, run_lows = body[j:n], body_lows[j:n]
    titled = _titled(body, j)  # ``Coach Dana Trust``: after a title, a word of a body's name is a surname
    if (
        not run
        or (run_lows[-1] in ORG_NAME_WORDS and not (titled and len(run) > 1))  # ``General Motors``: no surname
        or (
            run_lows[-1] in SOURCE_NOUNS
            and n == end
            and not (  # ``Sen. Mia Alliance``, ``Mr. Tribe``; but ``Mr. Coffee Company``
                titled
                and head[body[j - 1].end : body[j - 1].end + 1] == "."
                and (body_lows[j - 1] not in HONORIFICS or len(run) == 1)
            )
            and not _surname(run, run_lows, context)
        )
        or any(t.text.endswith(("'s", "’s", "'", "’")) for t in run)
        or (j > 0 and body[j - 1].text == "&")  # ``Kessler & Moore``: a firm's name
    ):
        return None, None, False
    prefix, prefix_lows = body[:j], body_lows[:j]
    # adjectives, no role: ``a terse Miller``, ``the more moderate Kasich``; not ``released Thursday``
    if _adjectives(prefix, prefix_lows, opened=lows[0] in DETERMINERS):
        prefix, prefix_lows = [], []
    if not SPLIT_AT.isdisjoint(prefix_lows):
        opener = next(k for k, low in enumerate(prefix_lows) if low in SPLIT_AT)
        if not (opener > 0 and role_word(prefix[opener - 1].text)):
            return None, None, False  # a name in the complement of a work: ``projections from consultant Aon``
        serving = not SERVING_WORDS.isdisjoint(prefix_lows[opener:])
        if lows[0] in DETERMINERS and serving and "," not in prefix_lows[opener:]:
            return None, None, False  # the person a role serves: ``A lawyer for Mr. Tallis``, ``an aide to Gov. Roe``
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
    if not ORG_NAME_WORDS.isdisjoint(run_lows) and not titled:
        return None, None, False
    name = head[run[0].start : body[end - 1].end]
    role: str | None = None
    if prefix_role and (courtesy := _before_courtesy(prefix)):  # ``Dr.`` alone is no role
        role = head[prefix[0].start : prefix[courtesy - 1].end].rstrip(" ,")
    elif appositive and appositive.split(None, 1)[0].lower() not in CLAUSE_WORDS:
        # but ``X, whose agents ...,`` names no role; a relative clause says more than the role:
        # ``a critic of the plan who holds focus groups``
        role = _RELATIVE.split(_ROLE_OPENER.sub("", appositive, count=1), maxsplit=1)[0]
    return name, role, person
