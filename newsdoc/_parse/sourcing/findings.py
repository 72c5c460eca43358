"""Verbs of finding in their context: where ``found``, ``estimated`` or ``shows`` is a participle
or another verb rather than a report of what was found (``the issue found in the report``,
``helped defenders find flaws``, ``a film that showed off``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.grammar import PREPOSITIONS_AFTER_PARTICIPLE, SHOWING_PARTICLES, WH_WORDS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.lexicon.works import COUNTABLE_WORK_NOUNS, MASS_WORK_NOUNS
from newsdoc._parse.sourcing.complements import clause_after
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.quote_marks import quote_then_subject
from newsdoc._parse.sourcing.records import Cue
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["finding_ruled_out"]

_PREPOSITIONS_AFTER: Final = [[w] for w in sorted(PREPOSITIONS_AFTER_PARTICIPLE)]
_THAT_AFTER_PHRASE: Final = re.compile(
    r"\s+\w+\s+(?:[^\s,.;:!?\"\u201c\u201d]+\s+){0,4}?([^\s,.;:!?\"\u201c\u201d]+)\s+that\s+"
    r"(?!(?:" + alternatives(AUXILIARIES | TIME_WORDS) + r")\b)\w"
)
"""A phrase, then ``that`` and a clause, after a verb of finding: ``concluded in its report that
the staff were``; not a relative clause (``the issue found in the report that was released``)."""
_WHEN_OR_WHERE: Final = COUNTABLE_WORK_NOUNS | MASS_WORK_NOUNS | TIME_WORDS
"""Nouns that end such a phrase: a work or a time (``found in a 2019 study that``, ``estimated
in 2005 that``), not a place, where ``that`` opens a relative clause (``found in the car that
police stopped``)."""


_CLAUSE_ENDS: Final = frozenset((".", ""))
"""What follows a verb that ends its sentence, the text's end among them (not ``;``, after which
the sentence goes on, and the content would be read there)."""
_SUBJECT_WORDS: Final = 6
"""The most words of a subject between a comma and a verb of finding that ends its sentence."""


_CLAUSE_WORDS: Final = COORDINATORS | WH_WORDS
"""Words that open a clause of their own, which the verb after them belongs to: ``and see what
the kids find``."""


def _after_comma(text: str, at: int) -> bool:
    """Whether a comma closes the clause right before the subject of the verb at ``at``: a few
    words stand between, with no verb or word that opens a clause among them and no object at
    their end (``Rents rose, the records reveal.``; not ``In the end, we helped them find.``,
    ``and see what the kids find.``)."""
    comma = text.rfind(",", max(0, at - LOOK), at)
    words = text[comma + 1 : at].split() if comma >= 0 else []
    verb = any(w.islower() and (w.endswith("ed") or w in _CLAUSE_WORDS) for w in words)
    return 0 < len(words) <= _SUBJECT_WORDS and not verb and words[-1] not in OBJECT_PRONOUNS


def _finding_phrase(text: str, at: int) -> bool:
    """Whether a phrase of work or time and a that-clause follow a verb of finding at ``at``."""
    found = _THAT_AFTER_PHRASE.match(text, at)
    if found is None:
        return False
    noun = found.group(1).lower()
    return noun[:1].isdigit() or noun in _WHEN_OR_WHERE


def finding_ruled_out(text: str, cue: Cue) -> bool:
    """Whether the verb of finding ``cue`` is no report here: a participle before a preposition
    (``the issue found in the company report``), a bare verb after another (``help defenders find
    vulnerabilities``) or a phrasal verb (``a film that showed off``)."""
    flags = cue.flags
    following = text[cue.word_end : cue.word_end + 8].split(" ", 2)[1:2]
    if following in _PREPOSITIONS_AFTER and not _finding_phrase(text, cue.word_end):
        # but ``concluded in its report that``, and a verb right after a quote and its speaker, whose
        # phrase says where: ``"...," Roe concluded at the hearing``
        return not quote_then_subject(text, cue.start)
    ends = text[cue.word_end : cue.word_end + 1] in _CLAUSE_ENDS and _after_comma(text, cue.start)
    # ``that``, a figure, or the end of a sentence whose clause it reports: ``..., the records reveal.``
    # or a clause without ``that`` (``researchers estimate AI could add``; not ``help defenders find flaws``)
    reports = ends or following == ["that"] or (bool(following) and following[0][:1].isdigit())
    reports = reports or (
        bool(flags & Frame.BASE) and clause_after(text, cue.word_end) and not _relative_on_object(text, cue)
    )
    if flags & Frame.BASE and not reports and not flags & Frame.WORK_SUBJECT:
        return True  # but ``researchers find that``, ``polls show``
    particle = flags & Frame.WORK_SUBJECT and following and following[0] in SHOWING_PARTICLES
    return bool(particle) and not text.startswith(" to ", cue.word_end + 1 + len(following[0]))  # ``show up to 40%``


def _relative_on_object(text: str, cue: Cue) -> bool:
    """Whether a subject pronoun stands after the first word that follows the verb, where it opens
    a relative clause on that word rather than the clause the verb reports: ``help families find
    homes they can afford``; not ``polls show he leads``."""
    words = text[cue.word_end : cue.word_end + LOOK].split(None, _RELATIVE_REACH)[:_RELATIVE_REACH]
    return any(w.lower() in SUBJECT_PRONOUNS for w in words[1:])


_RELATIVE_REACH: Final = 3
"""How many words after a verb of finding are read for the subject pronoun of a relative clause."""
