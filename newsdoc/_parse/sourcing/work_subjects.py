"""A verb of finding whose subject, a work, has a long modifier after its head that the source
scan does not read over: ``A study being released Tuesday by a group of researchers shows``,
``The average of polls taken over the past two weeks shows``."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.conjunctions import SUBORDINATORS
from newsdoc._parse.lexicon.grammar import BE_FORMS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import RELATIVE_WORDS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.credits import check, credit, is_work
from newsdoc._parse.sourcing.phrase import Phrase, past_participle
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.subjects import subject_of
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["work_subject"]

_MAX_MODIFIER: Final = 16
"""The most words between a work's phrase and its verb of finding."""
_CLAUSE_OPENERS: Final = (SUBORDINATORS - PREPOSITIONS) | SUBJECT_PRONOUNS
"""Words that open a clause of their own between a subject and its verb: ``while``, ``they``."""
_PARTICIPLES: Final = frozenset(w for w in BE_FORMS if w.endswith("ing"))
"""The participle of ``be``, which opens a modifier: ``a study being released Tuesday``."""
_WORD: Final = re.compile(r"\S+")
_MARKS: Final = ",;:.\u2014\u2013-"


def work_subject(site: CueSite) -> Credit | None:
    """The work that is the subject of a verb of finding, past a participle, a preposition's
    phrase or a relative clause after its head; not where a clause of its own stands between
    (``The report came out as the economy showed``)."""
    cue, text = site.cue, site.text
    if not cue.flags & Frame.WORK_SUBJECT:
        return None
    phrase = subject_of(text, site.sentence[0], cue.start)
    if phrase is None or phrase.end >= cue.start or not is_work(site, phrase):
        return None
    if not _modifier(text[phrase.end : cue.start].split()):
        return None
    end = _subject_end(text, phrase.end, cue.start)
    whole = Phrase(phrase.start, end, phrase.head_end)
    return credit(site, whole, check(site, whole), site.cue_end)


def _subject_end(text: str, end: int, verb: int) -> int:
    """Where the work's phrase ends that runs from ``end`` to the verb at ``verb``: with its
    modifier (``Data collected by the agency since 2010``), but before a relative clause and a
    preposition that opens it (``An analysis of super PACs`` before ``that have raised``, ``A study
    of patients`` before ``in which``), which the scorer's cut reads as the phrase's end."""
    words = list(_WORD.finditer(text, end, verb))
    for n, m in enumerate(words):
        if m.group().lower().strip(_MARKS) in RELATIVE_WORDS:
            cut = words[n - 1].start() if n > 0 and words[n - 1].group().lower() in PREPOSITIONS else m.start()
            return end + len(text[end:cut].rstrip(_MARKS + " "))
    return end + len(text[end:verb].rstrip(_MARKS + " "))


def _modifier(words: list[str]) -> bool:
    """Whether ``words`` modify the noun before them: a participle, a preposition or a relative
    pronoun opens them, and no finite verb stands among them outside a relative clause, nor a
    word that opens a clause of its own."""
    if not 0 < len(words) <= _MAX_MODIFIER:
        return False
    first = words[0].strip(_MARKS).lower()
    opens = first in PREPOSITIONS or first in RELATIVE_WORDS or first in _PARTICIPLES or past_participle(first)
    if not opens:
        return False
    relative = False
    for word in words:
        low = word.strip(_MARKS).lower()
        if low in RELATIVE_WORDS:
            relative = True
        elif low in _CLAUSE_OPENERS or (low in AUXILIARIES and low not in _PARTICIPLES and not relative):
            return False
    return True
