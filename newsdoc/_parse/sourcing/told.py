"""The person told before what they were told: where the content of a verb that takes its
hearer as an object starts, after ``that`` (``told the council on Monday that``) or after the
hearer where a clause follows with no ``that`` (``told police they heard``, ``told the
Associated Press the plane had crashed``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import DAY_NAMES
from newsdoc._parse.lexicon.grammar import DETERMINERS
from newsdoc._parse.lexicon.messages import TOLD_NOUNS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.complements import infinitive_after
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, source_noun

__all__ = ["passive_that", "past_object", "past_that"]

_OBJECT_CHARS: Final = 40
"""How far after a cue a ``that`` may stand, past the cue's object: ``told them that``."""
_INFINITIVE_WORDS: Final = frozenset(("to", "not"))
"""Words before a ``that`` that make it a determiner inside an infinitive, not a complementizer."""
_CLAUSE_OPENERS: Final = SUBJECT_PRONOUNS | DETERMINERS
"""Lower-case words that open a clause after ``that``, where a verb would make it a relative:
``warned by police that the bridge was unsafe``, not ``that gathered outside``."""

# The person told, then a pronoun that opens what they were told: ``told police they heard``,
# ``told the players he was``, ``told AP he was``. The person is one word, ``the`` or ``a`` and
# one word, or a name of up to four capitalised words, ``the`` before it or not (``told the
# Associated Press``), and a place and a day may follow it (``told aides at the meeting``, ``told
# lawmakers Tuesday``, ``told Reuters on Monday``); only a subject pronoun after it shows for sure
# where the clause starts (``told the story of Florida`` has no person told).
_TOLD_PERSON: Final = (
    r"\s+(?P<person>(?:the|a|an)\s+[a-z][\w'\u2019-]*|[a-z][\w'\u2019-]*"
    r"|(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})"
    # a place: ``told aides at the meeting``, ``at the annual meeting``; not ``at the beginning of``
    r"(?:\s+(?:at|during)\s+(?:the|a|an)(?:\s+(?!(?:" + alternatives(PREPOSITIONS) + r")\b)[a-z][\w'\u2019-]*){1,2})?"
    r"(?:\s+(?:on\s+)?(?i:" + alternatives(DAY_NAMES) + r"))?"
)
_TOLD_THEN_CLAUSE: Final = re.compile(
    _TOLD_PERSON + r"(?=\s+(?:" + alternatives(SUBJECT_PRONOUNS) + r")\b(?!['\u2019]s))"
)

# The same person told, then a determiner that opens what they were told: ``told aides the race
# was over``, ``told the council the plan would fail``, ``told ESPN his players were tired``; only
# a noun for people or a name is read so.
_TOLD_THEN_NOUN: Final = re.compile(
    _TOLD_PERSON + r"(?=\s+(?:the|a|an|this|these|" + alternatives(POSSESSIVE_DETERMINERS) + r")\s)"
)


def _object_end(text: str, at: int, end: int) -> int | None:
    """Where the person told ends, where a pronoun opens the clause after it with no ``that``
    (``told police they heard two shots``, ``told the forum he was``) or a determiner does after
    a noun for people or a name (``told aides the race was over``), or None. A bare noun is
    a person only if it is a noun for people, and a noun for what is told is none: in ``told
    stories he had heard`` and ``told the story he had rehearsed`` the pronoun opens a relative
    clause."""
    found = _TOLD_THEN_CLAUSE.match(text, at, end)
    strict = found is None  # a determiner opens the clause: the person told must be one for sure
    if found is None:
        found = _TOLD_THEN_NOUN.match(text, at, end)
    if found is None:
        return None
    person = found.group("person").split()  # without the place or the day after it
    last = person[-1]
    if last in TOLD_NOUNS:  # ``the story``; but ``Breitbart News`` is a name
        return None
    known = last[:1].isupper() or last in OBJECT_PRONOUNS or source_noun(last)
    return found.end() if known or (len(person) > 1 and not strict) else None


def past_object(text: str, f: Found, right: int, end: int) -> int:
    """Where the content starts after a verb that takes the person told before a ``that``
    (``told the council on Monday that``, ``told police they heard``): after that ``that``, or
    after the person where a pronoun follows, else at ``right``."""
    if not f.told:
        return right
    past = past_that(text, right, end)
    if past is None:  # further, past a relative clause on the object between commas
        that = text.find(" that ", right, min(end, right + LOOK))
        past = that + 6 if that >= 0 and "," in text[right:that] and _no_comma(text[right:that]) else None
    if past is None and right == f.cue_end:
        past = _object_end(text, right, end)  # ``told police they heard``, not ``told Axios``
    return past if past is not None and _no_comma(text[right:past]) else right


def _no_comma(between: str) -> bool:
    """Whether no comma stands between a verb and its ``that`` but around a relative clause on the
    object: ``told employees in a memo, which was viewed by Axios, that``."""
    _, comma, rest = between.partition(",")
    if not comma:
        return True
    clause, comma, tail = rest.partition(",")
    opener = clause.split(None, 1)[:1]
    return bool(comma) and bool(opener) and opener[0] in RELATIVE_PRONOUNS and "," not in tail


def past_that(text: str, at: int, end: int) -> int | None:
    """Where the words after a ``that`` at most :data:`_OBJECT_CHARS` after ``at`` start (the
    ``that`` after a verb's object: ``told them that``), or None. A ``that`` after ``to`` or
    ``not`` is a determiner in an infinitive: ``cautioned me not to make that speech``."""
    that = text.find(" that ", at, min(end, at + _OBJECT_CHARS))
    if that < 0 or not _INFINITIVE_WORDS.isdisjoint(text[at:that].split()):
        return None
    return that + 6


def passive_that(text: str, f: Found, right: int) -> bool:
    """Whether a passive is followed by its ``that`` clause or its infinitive: in ``The senator
    was told by aides that the vote would fail`` and ``Residents were told by police to stay
    indoors`` the subject is the one told, what follows what was said."""
    if f.rule != "passive" or not f.told:
        return False  # ``was criticized by groups that oppose it``: only a verb of telling has a clause
    that = past_that(text, right, len(text))
    if that is not None and "," not in text[right:that]:
        opener = text[that : that + LOOK].split(None, 2)[:2]
        # a subject opens the clause: a pronoun, a determiner, a capital, or a bare noun before an
        # auxiliary (``that buses would run late``); not a relative clause's verb (``that runs``)
        return bool(opener) and (
            opener[0].lower() in _CLAUSE_OPENERS
            or not opener[0].islower()
            or (len(opener) > 1 and opener[0] not in AUXILIARIES and opener[1] in AUXILIARIES)
        )
    return infinitive_after(text, right)
