"""Requests for anonymity: ``who asked not to be named``, ``who declined to give her name``.
They say why a source is not named, and report nothing that it said."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS
from newsdoc._parse.lexicon.verbs import (
    ANONYMITY_REQUESTING_VERBS,
    ANONYMITY_TERMS,
    ANONYMITY_WORDS,
    ANONYMOUS_STATES,
    DECLINE_COMPLEMENTS,
    IDENTIFYING_PARTICIPLES,
    PUBLISHING_PARTICIPLES,
    REMAINING_VERBS,
    WITHHELD_IDENTITY,
)
from newsdoc._parse.sourcing.patterns import alternatives

__all__ = ["withholds_name"]

# Anchored at the verb's end; no quantifier is nested. ``named as a co-sponsor`` names a role.
_NOT_NAMED: Final = re.compile(
    r"\s+(?:not\s+)?to\s+be\s+(?:" + alternatives(IDENTIFYING_PARTICIPLES) + r")\b(?!\s+as\b)"
)
_ANONYMOUS: Final = re.compile(
    r"\s+(?:not\s+)?to\s+(?:" + alternatives(REMAINING_VERBS) + r")\s+(?:" + alternatives(ANONYMOUS_STATES) + r")\b"
)
# ``asked that her name not be used``, ``requested that his full name be withheld``
_POSSESSED_NAME: Final = (
    r"(?:" + alternatives(POSSESSIVE_DETERMINERS) + r")\s+(?:\w+\s+)?(?:" + alternatives(WITHHELD_IDENTITY) + r")"
)
_NAME_NOT_USED: Final = re.compile(
    r"\s+that\s+" + _POSSESSED_NAME + r"\s+(?:not\s+)?be\s+(?:" + alternatives(PUBLISHING_PARTICIPLES) + r")\b"
)
_NAME_WITHHELD: Final = re.compile(
    r"\s+to\s+(?:" + alternatives(DECLINE_COMPLEMENTS, any_space=True) + r")\s+"
    r"(?:(?:" + alternatives(POSSESSIVE_DETERMINERS | {"a"}) + r")\s+)?(?:\w+\s+)?"
    r"(?:" + alternatives(WITHHELD_IDENTITY) + r")\b"
)

# ``asked for anonymity``, ``insisted on the condition of anonymity``
_ANONYMITY_ASKED: Final = re.compile(
    r"\s+(?:for|on)\s+(?:the\s+)?(?:(?:"
    + alternatives(ANONYMITY_TERMS)
    + r")\s+of\s+)?(?:"
    + alternatives(ANONYMITY_WORDS)
    + r")\b"
)


def withholds_name(text: str, at: int) -> bool:
    """Whether the verb ending at ``at`` asks for anonymity: ``asked not to be named``,
    ``asked to remain anonymous``, ``declined to be identified``, ``declined to give her full name``,
    ``asked that her name not be used``, ``asked for anonymity``.

    >>> withholds_name("who asked not to be named", 9), withholds_name("who declined to give his name", 12)
    (True, True)
    >>> withholds_name("who asked to remain anonymous", 9)
    True
    >>> withholds_name("who declined to give details", 12)
    False
    >>> withholds_name("who asked that her name not be used", 9), withholds_name("who insisted on anonymity", 12)
    (True, True)
    """
    return (
        _NOT_NAMED.match(text, at) is not None
        or _ANONYMOUS.match(text, at) is not None
        or _NAME_WITHHELD.match(text, at) is not None
        or _NAME_NOT_USED.match(text, at) is not None
        or (_ANONYMITY_ASKED.match(text, at) is not None and _requesting(text, at))
    )


def _requesting(text: str, at: int) -> bool:
    """Whether the verb ending at ``at`` asks for something for its own subject: ``asked``,
    ``insisted``; not ``called`` or ``argued`` (``called for anonymity for whistleblowers``)."""
    verb = text[max(0, at - _LONGEST_VERB) : at].rsplit(None, 1)[-1:]
    return bool(verb) and verb[0].lower() in ANONYMITY_REQUESTING_VERBS


_LONGEST_VERB: Final = max(len(verb) for verb in ANONYMITY_REQUESTING_VERBS) + 1
