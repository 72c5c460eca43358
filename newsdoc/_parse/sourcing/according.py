"""The rules whose source follows its cue: ``according to X`` and ``per X``, with the
modifiers of the source that name its author or date (``according to a report released
Monday by the GAO``) and the idioms that name none (``according to plan``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SPEECH_PARTICIPANTS
from newsdoc._parse.lexicon.verb_forms import IRREGULAR_PARTICIPLES
from newsdoc._parse.lexicon.works import COUNTABLE_WORK_NOUNS
from newsdoc._parse.sourcing.credits import check, credit, is_work
from newsdoc._parse.sourcing.describe import described
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.phrase import Phrase, past_participle
from newsdoc._parse.sourcing.postmodifiers import participle_end
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.source_after import source_after
from newsdoc._parse.sourcing.source_checks import acceptable, per_source
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import AUXILIARIES, source_noun

__all__ = ["according_to", "per"]

# The kind as a module constant: compiled with mypyc, ``AttributionKind.ACCORDING_TO`` is looked up
# on the enum class at every use, where a ``Final`` name is a C static.
ACCORDING_TO: Final = AttributionKind.ACCORDING_TO


def according_to(site: CueSite) -> Credit | None:
    """``according to X``: the source follows."""
    cue = site.cue
    if cue.kind is not ACCORDING_TO or cue.word.lower() == "per":
        return None
    pronoun = _OBJECT_PRONOUN.match(site.text, cue.end)  # ``According to her, the talks failed``
    if pronoun is not None:
        him = Phrase(pronoun.start(1), pronoun.end(1), pronoun.end(1))
        return credit(site, him, described(site.context, pronoun.group(1), len(pronoun.group(1))), cue.end)
    phrase = source_after(site.text, cue.end, site.sentence[1])
    if phrase is None or _idiom(site.text, phrase):
        return None  # ``went according to plan``
    if phrase.end != phrase.head_end and (_runs_to_the_end(site, phrase) or _inside_clause(site, phrase)):
        # ``According to two officials, the guards beat them.``: what follows the comma is the
        # clause the officials vouch for, not an appositive of theirs
        phrase = Phrase(phrase.start, phrase.head_end, phrase.head_end)
    elif phrase.end == phrase.head_end:
        phrase = _with_participle(site, phrase)
    # a person or body, or a work or a body of findings: ``the results``, ``his biography``, ``data``;
    # not ``according to their needs``, ``according to local legend``, which say ``in line with``
    d = check(site, phrase)
    if d is None and site.text[phrase.end : phrase.end + 1] in _AFTER_NAME:
        d = acceptable(site.text, phrase, site.context, whole_name=True)  # ``according to Moody's,``
    if d is None and is_work(site, phrase):
        d = acceptable(site.text, phrase, site.context, speaking=True)
    return credit(site, phrase, d, cue.end)


# A pronoun of the third person as the whole source after ``according to``, before a mark.
_OBJECT_PRONOUN: Final = re.compile(
    r"\s+(" + alternatives(OBJECT_PRONOUNS - SPEECH_PARTICIPANTS) + r")(?=\s*[,.;:!?)\u2014]|\s*\Z)", re.IGNORECASE
)


_AFTER_NAME: Final = ("", ",", ".", ";", ")")
"""What may follow a name in ``'s`` that no noun follows: ``according to Moody's, ...``."""


def _with_participle(site: CueSite, phrase: Phrase) -> Phrase:
    """``phrase`` with the participle that modifies it: ``according to a report released Monday
    by the GAO``; any participle up to the comma where the cue opens its sentence or follows a
    comma, and the clause it sources goes on after that one (``Per a letter sent to the board,
    the CEO will resign``, ``The CEO, according to a letter sent to the board, will resign``)."""
    before = site.text[site.sentence[0] : site.cue.start].strip()
    # ``But according to ..., the CEO``; ``The CEO, according to ..., will``: a comma closes it
    closed = before.endswith(",") and "," in site.text[phrase.end : site.sentence[1]]
    opens = not before or before.rstrip(",").lower() in COORDINATORS or closed
    if opens and not closed and (aside := _aside_end(site.text, phrase.end, site.sentence[1])) is not None:
        return Phrase(phrase.start, aside, phrase.head_end)  # ``According to the suit, filed Monday, the bank``
    return Phrase(phrase.start, participle_end(site.text, phrase.end, site.sentence[1], opens=opens), phrase.head_end)


def _aside_end(text: str, at: int, s_end: int) -> int | None:
    """Where a participle phrase or a relative clause set off by commas right after the source at
    ``at`` ends, before the comma after which the clause it sources goes on (``, filed Monday
    in federal court,``, ``, who led the inquiry,``); None where none does."""
    if not text.startswith(", ", at):
        return None
    first = text[at + 2 : at + 2 + LOOK].split(" ", 1)[0]
    if not (first in RELATIVE_PRONOUNS or past_participle(first)):
        return None
    comma = text.find(",", at + 2, s_end)
    if comma < 0 or not text[comma + 1 : s_end].strip(" ."):
        return None
    # a participle with a verb of its own after it opens the clause: ``, injured passengers were taken``
    finite = first not in RELATIVE_PRONOUNS and not AUXILIARIES.isdisjoint(text[at + 2 : comma].split())
    return None if finite else comma


def _runs_to_the_end(site: CueSite, phrase: Phrase) -> bool:
    """Whether an ``according to`` that opens its sentence has a source whose appositive ends it
    and reads as a clause, a word that is no preposition after its noun (``the guards beat
    them``), which would leave the sentence no clause of its own; not a role (``According to
    Jane Roe, a spokeswoman for the company.``)."""
    s_start, s_end = site.sentence
    opens = not site.text[s_start : site.cue.start].strip()
    if not opens or site.text[phrase.end : s_end].strip(' .!?"\u201d'):
        return False
    words = site.text[phrase.head_end : phrase.end].strip(" ,").split()
    noun = next((n for n, w in enumerate(words) if source_noun(w.lower())), None)
    after = words[noun + 1].lower() if noun is not None and noun + 1 < len(words) else ""
    return after.isalpha() and after not in PREPOSITIONS and after not in COORDINATORS


def _inside_clause(site: CueSite, phrase: Phrase) -> bool:
    """Whether an ``according to`` set off by commas inside its clause has a source whose
    appositive opens with a verb: the rest of the clause its subject left (``The company,
    according to two employees, laid off 200 workers``), not an appositive of the source."""
    before = site.text[site.sentence[0] : site.cue.start].rstrip()
    if not before.endswith(","):
        return False
    first = site.text[phrase.head_end : phrase.end].strip(" ,").split(" ", 1)[0]
    return first.islower() and (first in AUXILIARIES or first.endswith("ed") or first in IRREGULAR_PARTICIPLES)


def _idiom(text: str, phrase: Phrase) -> bool:
    """Whether the phrase after ``according to`` is a bare common noun in the singular, as in
    an idiom (``according to plan``, ``according to schedule``), not a source (``according to
    the plan``, ``according to officials``, ``according to Gallup``)."""
    words = text[phrase.start : phrase.head_end].split()
    if len(words) != 1 or not words[0].islower() or words[0].endswith("s"):
        return False
    # a countable work needs a determiner (``according to the plan``); ``data``, ``police`` need none
    return words[0] in COUNTABLE_WORK_NOUNS or not source_noun(words[0])


def per(site: CueSite) -> Credit | None:
    """``per X``, where X is a source and not a unit (``per household``)."""
    cue = site.cue
    if cue.kind is not ACCORDING_TO or cue.word.lower() != "per":
        return None
    phrase = source_after(site.text, cue.end, site.sentence[1])
    before = site.text[site.sentence[0] : cue.start].rstrip()
    set_off = not before or before.endswith((",", ";", ":", "(", "\u2014", "\u2013"))
    if phrase is None or not per_source(site.text, phrase, set_off=set_off):
        return None
    if not before and site.text.startswith(",", phrase.head_end):
        phrase = Phrase(phrase.start, phrase.head_end, phrase.head_end)  # ``Per Viewmark, the finale drew``
    if phrase.end == phrase.head_end:  # ``per a letter obtained by the Herald``
        phrase = _with_participle(site, phrase)
    whole = site.text[phrase.end : phrase.end + 1] in _AFTER_NAME  # ``per Moody's.``: a name, no possessor
    return credit(site, phrase, acceptable(site.text, phrase, site.context, whole_name=whole), cue.end)
