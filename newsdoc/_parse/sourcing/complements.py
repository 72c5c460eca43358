"""What follows a verb of speech and shows that it reports something: a clause after
``that``, a quote, a colon, a topic (``joked about retiring``), a request (``called for a
vote``) or ``to`` and a verb (``vowed to fight``), past any adverbs and phrase of time; and
what shows that it reports nothing (``reported from Washington.``).

Each test reads a bounded slice of the paragraph right after the verb.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_OPENERS, TIME_UNITS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import CLAUSE_COORDINATORS
from newsdoc._parse.lexicon.grammar import (
    CLAUSE_WORDS,
    DETERMINERS,
    TOPIC_PREPOSITIONS,
)
from newsdoc._parse.lexicon.messages import RECIPIENTS
from newsdoc._parse.lexicon.numbers import CARDINALS, MEASURE_WORDS, OCCASION_WORDS, ORDINALS
from newsdoc._parse.lexicon.prepositions import ON_TOPIC_PREPOSITIONS, PREPOSITIONS, SETTING_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, RELATIVE_WORDS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import COMMENT_NOUNS
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.media import medium_end
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.tokens import LOOK, is_abbreviation
from newsdoc._parse.sourcing.topics import topic_after
from newsdoc._parse.sourcing.words import (
    AUXILIARIES,
    MEMBER_NOUNS,
    adverb_like,
    contracted_subject,
    ing_form,
    singular,
)

__all__ = [
    "clause_after",
    "commitment_after",
    "complement_ok",
    "infinitive_after",
    "only_whence",
    "request_after",
]

_COMPLEMENT_OPENERS: Final = frozenset(',.:;!?"\u201c\u201d\u2014')
_CLAUSE_SUBJECTS: Final = SUBJECT_PRONOUNS - {"it", "you"}
"""Pronouns that are subjects only (not objects too, as ``it`` and ``you`` are): after a verb
they open its clause."""
# ``to`` and whom, up to four words, right before ``that``: ``confided to friends that``.
_TO_WHOM: Final = re.compile(
    r"\s+to\s+((?:[\w'\u2019.-]+\s+){0,3}?([\w'\u2019.-]+))\s+that\s+(?!(?:" + alternatives(AUXILIARIES) + r")\b)"
)
"""Not before a relative ``that`` and its verb: ``agreed to tests that were cheaper``."""
_TO_RECIPIENT: Final = re.compile(r" (?:to|at) (?:" + alternatives(RECIPIENTS) + r")\b")
"""Whom a verb addresses after ``to`` or ``at``, part of its cue: ``boasted to reporters of``,
``tweeted at him, "..."``."""
_SETTING_THEN_THAT: Final = re.compile(
    r" (?:"
    + alternatives(SETTING_PREPOSITIONS)
    + r") (?:"
    + alternatives(DETERMINERS)
    + r")(?: [a-z][a-z'\u2019-]*){1,3}?"
    r" that (?!(?:" + alternatives(AUXILIARIES | TIME_WORDS | OCCASION_WORDS) + r")\b)"
)
"""A phrase of setting in lower case, up to four words, and ``that``: ``replied in a calm voice
that``, ``recalled in her memoir that``; not before a relative ``that`` and its verb (``added in
the letter that was sent``) nor a ``that`` of time (``replied in a letter that same day``)."""
_WHOM_OPENERS: Final = DETERMINERS | POSSESSIVE_DETERMINERS | OBJECT_PRONOUNS
"""Words that open the phrase of whom after ``to``, where a verb cannot: ``to the board``, ``to her``."""


def _whom(first: str, head: str) -> bool:
    """Whether the words after ``to`` (``first`` the first, ``head`` the last) say whom a verb told:
    a pronoun, a name, or a phrase of a determiner or number and a noun for people or a body (``to
    two trustees``, ``to the board``); not a verb (``pledged to fight that``) nor a noun of speech
    or a thing, whose clause or relative ``that`` is its own (``responded to accusations that``,
    ``replied to the email that his boss sent``)."""
    low, last = first.lower(), head.lower()
    if head[:1].isupper() or (first == head and low in OBJECT_PRONOUNS):
        return True  # ``to Gov. Lee``, ``to them``
    opens = low in _WHOM_OPENERS or low in CARDINALS or low.isdigit() or first == head
    return opens and (last in MEMBER_NOUNS or singular(last) in MEMBER_NOUNS)


def complement_ok(text: str, at: int, *, clause_end: bool, on_topic: bool = False) -> bool:
    """Whether ``that``, a quote, a colon or a comma follows (or, if allowed, the clause ends),
    after any medium, adverbs and phrase of time: ``announced on Tuesday that``, ``added
    quickly that``, ``added in a statement that``; or a topic (``on`` too, with ``on_topic``)."""
    at = medium_end(text, at)
    adverbs = _ADVERBS_AFTER.match(text, at)
    if adverbs is not None:  # then only ``that`` or a quote: ``added quickly that``, not ``added family, sick``
        time = _TIME_PHRASE.match(text, adverbs.end())  # ``replied later Saturday that``, ``said early Monday that``
        return _CLAUSE_AFTER_ADVERBS.match(text, adverbs.end() if time is None else time.end()) is not None
    time = _TIME_PHRASE.match(text, at)
    if time is not None:
        at = time.end()
    told = _TO_WHOM.match(text, at)  # ``confided to friends that``, ``reported to the IRS that``
    if told is not None and _whom(told.group(1).split(None, 1)[0], told.group(2)):
        return True
    recipient = _TO_RECIPIENT.match(text, at)
    if recipient is not None:  # ``boasted to reporters of his organization``, ``tweeted at him, "..."``
        at = recipient.end()
    elif _SETTING_THEN_THAT.match(text, at) is not None:
        return True
    rest = text[at : at + 8].lstrip()
    if not rest:
        return clause_end
    if rest[0] in _COMPLEMENT_OPENERS:  # a quote right after the sentence's end is what it said
        return clause_end or rest[0] not in ".!?" or rest[1:].lstrip()[:1] in ('"', "\u201c")
    first = rest.split(" ", 1)[0].rstrip(",")  # ``tweeted that, "..."``
    if first.lower() in TOPIC_PREPOSITIONS or (on_topic and first.lower() in ON_TOPIC_PREPOSITIONS):
        return topic_after(text, at, on_topic=on_topic)  # ``joked about moving``, not ``added about 500``
    # ``that``, or a clause with no ``that``: a pronoun in the subject case opens one (``announced he
    # would run``), where ``announced it`` or ``announced her plan`` takes an object
    if _gerund_clause(text, at):
        return True  # a gerund reports what was done: ``recalled meeting the governor``, ``report falling behind``
    return first == "that" or (first.lower() in _CLAUSE_SUBJECTS and " " in rest) or _bare_clause(text, at)


def _gerund(word: str) -> bool:
    """Whether a word may be a gerund: the ``-ing`` form of a verb in lower case (``falling``,
    ``using``; :func:`~newsdoc._parse.sourcing.words.ing_form`)."""
    return word.islower() and ing_form(word)


def _gerund_clause(text: str, at: int) -> bool:
    """Whether a gerund follows ``at`` and opens a clause: a determiner, a pronoun, a
    preposition, ``to``, an adverb or a name follows it (``recalled seeing the governor``,
    ``recalled having to``), not a noun it modifies as an adjective does (``added rising dough``).
    The whole word is read: ``willingness`` is none."""
    words = text[at : at + LOOK].split(None, 2)
    if len(words) < 2 or not _gerund(words[0]):
        return False
    second = words[1].rstrip(",.;:")
    return not second.islower() or second in _GERUND_OBJECTS or adverb_like(second)


_GERUND_OBJECTS: Final = DETERMINERS | POSSESSIVE_DETERMINERS | OBJECT_PRONOUNS | PREPOSITIONS | {"to"}
"""Words that open what a gerund takes: ``seeing the``, ``meeting her``, ``falling behind``."""
_FINITE: Final = AUXILIARIES - {"be", "been", "being", "having"}
"""Auxiliaries that only a finite clause holds: ``the talks were``, ``the plan would``."""
_BARE_CLAUSE_WORDS: Final = 6
"""The most words of a subject before the verb of a clause without ``that``."""


def _bare_clause(text: str, at: int) -> bool:
    """Whether a clause without ``that`` follows: a subject of a few words, then a finite
    auxiliary (``reports more than half of the meetings were``, ``noted the talks had
    stalled``); not an object (``added 500 jobs``) or one with a relative clause (``reported a
    loss that was``)."""
    words = text[at : at + LOOK].split(None, _BARE_CLAUSE_WORDS + 1)[: _BARE_CLAUSE_WORDS + 1]
    for n, word in enumerate(words):
        bare = word.rstrip(",.;:!?")
        low = bare.lower()
        if n == 0 and (low in PREPOSITIONS or not bare[:1].isalnum()):
            return False
        if low in RELATIVE_WORDS or low in CLAUSE_WORDS:
            return False  # ``added 18 points and Smith had 12``, ``recalled the cars because the brakes could``
        if n and low in _FINITE and bare.islower():  # not ``in May``
            return True
        if low in CUE_FORMS and bare.islower() and (n == 0 or words[n - 1][:1].isupper()):
            # the clause is another verb's, whose subject the first verb modifies (``A message
            # posted on Telegram said the attack had``) or which a name opens (``posted on the
            # site Acme.com said prices are``)
            return False
        if bare != word and not (word[-1] == "." and bare == word[:-1] and is_abbreviation(bare)):
            return False  # a mark ends the phrase before any verb; not the period of ``U.S.``
    return False


# Adverbs right after a verb: ``complained bitterly``, ``added again``.
_CLAUSE_AFTER_ADVERBS: Final = re.compile(r",?\s*(?:that\b|[:\"\u201c])")
_ADVERBS_AFTER: Final = re.compile(r"(?:\s+(?:[a-z]+ly|" + alternatives(ADVERBS_BEFORE_CUE) + r")\b(?!-))+")
# A phrase of time right after a verb: ``on Tuesday``, ``last week``, ``Monday``, ``Saturday night``.
_TIME_PHRASE: Final = re.compile(
    r"(?:\s+(?:" + alternatives(TIME_OPENERS) + r"))?(?:\s+(?:" + alternatives(TIME_WORDS) + r")\b){1,2}(?=[\s,.:;])",
    re.IGNORECASE,
)


def only_whence(text: str, at: int) -> bool:
    """Whether all that follows the verb ending at ``at`` in its clause is ``from`` and the name
    of a place, which tells where a reporter worked and reports nothing: ``Costa reported from
    Washington.``, ``Roe reported from Oakland, Calif.;``; not ``reported from Iowa that``.

    >>> only_whence("Costa reported from Washington, D.C.", 14), only_whence("He said from Iowa that", 7)
    (True, False)
    >>> only_whence("Roe wrote from Fargo, N.D., that", 9), only_whence("Roe wrote from Fargo, and Ali", 9)
    (False, True)
    """
    if not text.startswith(" from ", at):
        return False
    words = text[at + 6 : at + 6 + LOOK].split(" ", _PLACE_WORDS + 1)[: _PLACE_WORDS + 1]
    for n, word in enumerate(words[:_PLACE_WORDS]):
        if not word[:1].isupper():
            return False
        if word[-1] in ".;":
            return True
        if word[-1] == "," and n + 1 < len(words) and words[n + 1] in _JOINING:
            return True  # ``Costa reported from Washington, and Roe from Boston``
    return False


_JOINING: Final = frozenset(("and", "while", "but"))
"""Conjunctions that open the next clause after a place and its comma; not ``that``."""


_PLACE_WORDS: Final = 5
"""The most words of a place name after ``from``: ``Oakland, Calif.``, ``Kaneohe Bay, Hawaii``."""


def request_after(text: str, at: int) -> bool:
    """Whether a request follows ``at``: ``for`` and what is asked (``called for a vote``, not
    ``called for comment``), ``on`` someone ``to`` act (``called on Congress to act``), ``to`` and
    a verb (``called to ban``), or ``out`` and whom (``called out Trump``); after a phrase of
    time, ``for`` and what is asked (``called Friday for``)."""
    if _REQUEST.match(text, at) is not None:
        return True
    time = _TIME_PHRASE.match(text, at)  # after a day only ``for``: ``called Tuesday to check`` is a purpose
    return time is not None and _REQUEST_FOR.match(text, time.end()) is not None


# ``called Friday for an inquiry``; not a length or a time (``for 10 minutes``, ``for the first time``)
_REQUEST_FOR: Final = re.compile(
    r"\s+for\s+(?!(?:(?:the|a|an|about|over|nearly)\s+)?(?:\d|(?:"
    + alternatives(COMMENT_NOUNS | CARDINALS.keys() | MEASURE_WORDS | TIME_WORDS | ORDINALS)
    + r")\b))[\w\"\u201c]",
    re.IGNORECASE,
)
_REQUEST: Final = re.compile(
    r"\s+(?:for\s+(?!(?:" + alternatives(COMMENT_NOUNS) + r")\b)"
    # not a length of time, ``for 10 minutes``, ``for weeks.``; but ``for days off``, ``for days of mourning``
    r"(?!(?:about\s+|nearly\s+|over\s+)?[\d.,]+\s+(?:" + alternatives(TIME_UNITS) + r")\b(?!\s+of\b))"
    r"(?!(?:" + alternatives(TIME_UNITS) + r")(?:\s*[.,;:!?]|\s+(?:" + alternatives(CLAUSE_COORDINATORS) + r")\b))"
    r"[\w\"\u201c$\u20ac\u00a3]"  # ``calls for $1 trillion``
    # ``on`` whom, no time nor a preposition's phrase (``pressed on with the search to find``)
    r"|(?:up)?on\s+(?!(?:" + alternatives(TIME_WORDS | PREPOSITIONS) + r")\b)(?:[\w.'\u2019-]+\s+){1,6}?to\s+[a-z]"
    r"|to\s+(?!(?:" + alternatives(DETERMINERS) + r")\b)[a-z]"  # ``called to ban``, not ``called to the stage``
    r"|out\s+[\w\"\u201c])",  # ``called out Trump``
    re.IGNORECASE,
)


def infinitive_after(text: str, at: int) -> bool:
    """Whether ``to`` and a verb follow ``at``, past any phrase of time: ``vowed Monday to fight``."""
    time = _TIME_PHRASE.match(text, at)
    return _TO_VERB.match(text, at if time is None else time.end()) is not None


_TO_VERB: Final = re.compile(r"\s+to\s+[\"\u201c]?(?!(?:" + alternatives(DETERMINERS) + r")\b)[a-z]")
"""``to`` and a bare verb, quoted or not (``pledged to "win"``): not ``to a crowd``, ``to the council``."""


def commitment_after(text: str, at: int) -> bool:
    """Whether what a verb of commitment commits to follows ``at``, past any phrase of time:
    ``to`` and a verb (``vowed Monday to fight``) or a finite clause (``promised that the plan
    would pass``, ``swore he would stay``); not an object (``promised her a job``)."""
    return infinitive_after(text, at) or clause_after(text, at)


def clause_after(text: str, at: int) -> bool:
    """Whether a finite clause follows ``at``, past any phrase of time: ``that`` or a subject
    pronoun opens it, or a bare clause does (``promised her plan would pass``); not an object
    pronoun (``threatened them with fines``)."""
    time = _TIME_PHRASE.match(text, at)
    at = at if time is None else time.end()
    first = text[at : at + 12].split(None, 1)[:1]
    if not first:
        return False
    low = first[0].lower()
    if low in _OBJECTS_ONLY:
        return False  # ``threatening them with fines``; ``promised them that`` would credit them
    # ``polls reveal it's close``, ``reports reveal that's untrue``
    return low == "that" or low in _CLAUSE_SUBJECTS or contracted_subject(low) or _bare_clause(text, at)


_OBJECTS_ONLY: Final = OBJECT_PRONOUNS - POSSESSIVE_DETERMINERS
"""Pronouns that are objects only (``her`` may open a subject: ``promised her plan would``)."""
