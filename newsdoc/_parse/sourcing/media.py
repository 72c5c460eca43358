"""What follows a verb of speech and belongs to its cue: the person told (``told Axios``) and the
medium (``in a statement``, ``on X``, ``in an interview with Axios``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.messages import MEDIA_NOUNS, PLATFORMS, RECIPIENTS
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.tokens import is_abbreviation

__all__ = ["hearer_end", "medium_end"]


def hearer_end(text: str, at: int) -> int:
    """Where the person told after the verb ending at ``at`` ends (``told reporters``, ``texted
    Axios``), which belongs to the cue; ``at`` where none follows.

    >>> t = "She texted Axios that it failed"
    >>> t[hearer_end(t, 10):]
    ' that it failed'
    """
    whom = _TOLD_WHOM.match(text, at)
    return at if whom is None else whom.end()


def medium_end(text: str, at: int) -> int:
    """Where the medium after the verb ending at ``at`` ends (``in a statement``, ``on Twitter``,
    ``in a blog post on Medium``), which belongs to the cue; ``at`` where none follows.

    >>> t = "He added in a statement that it failed"
    >>> t[medium_end(t, 8):]
    ' that it failed'
    """
    tail = _MEDIUM.match(text, at)  # fails at its first characters where no medium follows
    if tail is None:
        return at
    outlet = tail.group("outlet")
    if outlet:
        for period in _INNER_PERIOD.finditer(outlet):
            if not is_abbreviation(period.group(1)):  # ``with Axios. Later, she``: a sentence ends
                return tail.start("outlet") + period.end(1)
        if text.startswith(".", tail.end()) and is_abbreviation(outlet.rsplit(" ", 1)[-1]):
            alone = _MEDIUM_ALONE.match(text, at)  # ``with Mr. Smith watching``: the title's period
            return at if alone is None else alone.end()
    return tail.end()


# The person told, anchored at the verb's end; where none follows the match fails.
_TOLD_WHOM: Final = re.compile(r" (?:" + alternatives(RECIPIENTS) + r")\b")
# Anchored at the verb's end; no quantifier is nested.
_PLATFORM: Final = r"on (?:" + alternatives(PLATFORMS) + ")"
_NAME_WORD: Final = r"[A-Z](?:[\w&'\u2019-]*\w)?(?:\.[A-Z](?:[\w&'\u2019-]*\w)?)*(?:\.(?= [A-Z]))?"
"""A capitalised word of a name, with the periods inside it or after a title before the next
word (``U.S``, ``J.P. Morgan``, ``Dr. Sanjay``), and none at its end."""
_OUTLET: Final = (
    r"with (?:the |The )?" + _NAME_WORD + r"(?:(?: (?:and|&|of|for|de))? " + _NAME_WORD + r"){0,6}"
    r"(?=\s+(?:that|on|in|last|this|earlier|late|early)\b|\s*[,:;\"\u201c\u201d]|\.(?:\s|\Z)|\s*\Z)"
)
"""Whom a medium was given to, by name, where what follows can go on from a cue (``that``, a
time, a mark): ``with Axios``, ``with The New York Times``, ``with the Securities and Exchange
Commission``; not ``with CBS' "60 Minutes"`` or ``with The Atlantic published Monday``, which
leave the name out of the cue."""
_MEDIUM_WORDS: Final = (
    r" (?:in|on|at|during) (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}?"
    r"(?:" + alternatives(MEDIA_NOUNS) + r")\b"  # not ``memo`` of ``memoir``
)
_MEDIUM: Final = re.compile(
    r"(?:" + _MEDIUM_WORDS + r"(?: (?P<outlet>" + _OUTLET + r")|(?: " + _PLATFORM + "))?| " + _PLATFORM + ")"
)
_INNER_PERIOD: Final = re.compile(r"(\S+)\. ")
"""A period inside an outlet's name, after the word that may own it (``Dr.``, ``U.S.``)."""
_MEDIUM_ALONE: Final = re.compile(r"(?:" + _MEDIUM_WORDS + r"(?: " + _PLATFORM + ")?| " + _PLATFORM + ")")
"""The medium without its outlet, where a title's period ends the outlet's match."""
