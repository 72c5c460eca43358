"""Attribution clauses set off by a comma from the clause they comment on: ``..., officials
said on Monday, ...`` inside a sentence, ``As the mayor noted, ...`` or ``As reported by the
Tribune, ...`` before it, and ``..., she said as she left.`` after it, where what follows the
cue is no part of what was said."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import ARTICLES, ASIDE_ADVERBS, DETERMINERS, TOPIC_PREPOSITIONS
from newsdoc._parse.lexicon.messages import TOLD_NOUNS
from newsdoc._parse.lexicon.numbers import CARDINALS
from newsdoc._parse.lexicon.prepositions import OBJECT_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import DECLINE_VERBS, Frame
from newsdoc._parse.lexicon.words import words
from newsdoc._parse.sourcing.content_edges import lead_words, strip_edges, that_end, time_end, trim
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS, SAYING
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.questions import opens_asked
from newsdoc._parse.sourcing.relatives import relative_opens
from newsdoc._parse.sourcing.tokens import DASHES, LOOK, dateline_end, tokens
from newsdoc._parse.sourcing.words import AUXILIARIES, adverb_like, known_verb, source_noun

__all__ = [
    "adverbial_after",
    "aside_end",
    "before_relative",
    "dash_close",
    "dashed",
    "fronted_as",
    "joined_verb",
    "opening_mark",
]

_MAX_ASIDE_WORDS: Final = 6
"""At most this many words of time or place between a cue set off by commas and its comma."""
_DETERMINER: Final = r"(?:(?:" + alternatives(ARTICLES | POSSESSIVE_DETERMINERS) + r")\s+)?"
_TOLD_NOUN: Final = r"(?:[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}|[a-z][\w'\u2019-]*)\b"
_PEOPLE_TOLD: Final = (
    re.compile(_DETERMINER + r"[a-z][\w'\u2019-]*\s+" + _TOLD_NOUN),
    re.compile(_DETERMINER + _TOLD_NOUN),
)
"""The person told after a verb of telling, tried in turn: a name of up to four words or one word
in lower case with a modifier before it (``local reporters``, ``fellow Republicans``), then
without one (``police``, ``the Tribune``, ``Reuters``, ``its members``); a determiner may open
either."""
_MEDIUM_OR_TOPIC: Final = TOPIC_PREPOSITIONS | words("on")
"""Prepositions that, after a plain verb of saying, open its medium or topic (``said on local
radio``, ``said of the season``), not what it asks for (``asked for a photo``)."""
_CLAUSE_WORDS: Final = SUBJECT_PRONOUNS | words("to that")
"""Words that open a clause or an infinitive inside what follows a cue."""
_CLAUSE_OPENING: Final = SUBJECT_PRONOUNS | AUXILIARIES | words("that")
"""Words that no phrase of time or place holds: a subject, an auxiliary or ``that`` opens a clause."""
_ASIDE_FIRST: Final = TIME_WORDS | TIME_OPENERS | PREPOSITIONS | ASIDE_ADVERBS
"""The first words of a phrase of time or place after a cue: ``on Monday``, ``earlier in``."""


_DASHES: Final = ("\u2014", " \u2013", "\u2015", "--", " - ")
"""The marks that open and close an aside in pairs: a dash, two hyphens, an en dash or a hyphen
after a space (not one between digits: ``2019\u20132020``)."""


def aside_end(text: str, right: int, end: int, mark: str = ",") -> int | None:
    """Where an attribution clause set off by commas (or by the dashes ``mark``) ends: right after
    the mark that follows the cue, or follows a short phrase of time or place after it
    (``officials said on Monday,``)."""
    window = text[right : min(end, right + LOOK)]
    comma = window.find(mark)
    if comma < 0:
        return None
    words = window[:comma].split()
    if words and (len(words) > _MAX_ASIDE_WORDS or words[0].lower() not in _ASIDE_FIRST):
        return None
    if any(word in _CLAUSE_OPENING for word in words[1:]):
        return None  # ``officials said Friday it was dead —``: a clause, no phrase of time (``in May`` is one)
    return right + comma + len(mark)


def opening_mark(text: str, start: int, left: int) -> str | None:
    """The comma or dash that sets off the attribution clause at ``left`` from what stands before
    it in its sentence (from ``start``), inside any closing quotation mark (``a "huge hit," Roe
    told``, ``The plan — officials said — will``), a dash also before ``as`` (``Lee — as the
    campaign noted — promoted``); None where neither does."""
    before = text[max(start, left - LOOK) : left].rstrip()
    if before.lower().endswith(" as") and dashed(before[:-3]):
        before = before[:-3].rstrip()  # ``Lee — as the campaign noted — promoted``: a comment on the clause around it
    before = before.rstrip('"\u201d')
    if before.endswith(","):
        return ","
    return next((dash for dash in _DASHES if (" " + before).endswith(dash.rstrip())), None)


def dashed(before: str) -> bool:
    """Whether ``before`` ends with a dash, two hyphens or a hyphen after a space."""
    return (" " + before.rstrip()).endswith(_DASH_ENDS)


_DASH_ENDS: Final = tuple(dash.rstrip() for dash in _DASHES)


def dash_close(text: str, start: int, clause: tuple[int, int], end: int) -> int:
    """Where what an attribution clause at ``clause`` credits ends, inside its sentence that runs
    from ``start`` to ``end``: at the dash that closes an aside holding the clause (``Trump —
    even as he says it works — has proposed``, ``The suspect — police said he was 34 — was
    arrested``), where the dashes before the clause leave one open and the clause says something
    before that dash; else ``end``. No aside holds an attribution that is itself the aside
    (``The plan — officials said on Monday — will cost``, ``— as the campaign noted —``), which
    credits the clause around it, nor one after a dash that joins two clauses (``The numbers are
    stark — and the governor said``); a dateline's dash opens none (``WASHINGTON —``), and a dash
    that another one follows opens an aside of its own (``the city — not the state — will``).

    >>> t = "Trump — even as he says it works — has proposed cuts."
    >>> t[dash_close(t, 0, (16, 23), len(t)) :]
    '— has proposed cuts.'
    >>> t = "WASHINGTON — Roe said the bill — which passed — is flawed."
    >>> dash_close(t, 0, (13, 21), len(t)) == len(t)
    True
    """
    left, right = clause
    if right >= end or not _dashes(text, start, left):
        return end  # most clauses: no dash before them, and no dateline to read
    head = tokens(text, start, min(left, start + LOOK))
    first = dateline_end(head, 0)
    start = head[first - 1].end if first > 0 else start
    if _dashes(text, start, left) % 2 == 0:
        return end
    close, dash = min(((at, dash) for dash in _DASHES if (at := text.find(dash, right, end)) >= 0), default=(end, ""))
    if close == end or not text[right:close].strip(" ,") or _dashes(text, close + len(dash), end) % 2:
        return end
    opening = max(at + len(dash) for dash in _DASHES if (at := text.rfind(dash, start, left)) >= 0)
    lead = text[opening:left].lower().split()
    if lead and lead[0] in COORDINATORS:
        return end
    return end if lead in ([], ["as"]) and aside_end(text, right, end, dash) is not None else close


def _dashes(text: str, start: int, end: int) -> int:
    """How many of the dashes that set off asides stand in ``text[start:end]``."""
    return sum(text.count(dash, start, end) for dash in _DASHES)


def fronted_as(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> int | None:
    """Where the first word of the main clause starts after an attribution clause at ``clause``
    that opens its sentence with ``as`` (after any connectives) and that a comma closes (``As
    the mayor noted, the bridge is old``, ``But as first reported by the Tribune, the deal fell
    through``), past a relative clause of its source set off by commas (``As reported by the
    Tribune, which broke the story, ...``); None where the clause is no such opening.

    >>> t = "As reported by the Tribune, officials said the deal fell through."
    >>> fronted_as(t, (0, len(t)), (0, 26)), fronted_as(t, (0, len(t)), (28, 42))
    (28, None)
    """
    at = lead_words(text, sentence[0], clause[0])
    if text[at : at + 3].lower() != "as " or (at < clause[0] and text[at + 3 : clause[0]].strip()):
        return None
    end = aside_end(text, clause[1], sentence[1])
    if end is not None and relative_opens(text, end + 1):
        comma = text.find(",", end, min(sentence[1], end + LOOK))
        end = comma + 1 if comma >= 0 else None
    while end is not None and end < sentence[1] and text[end].isspace():
        end += 1
    return end


def adverbial_after(
    text: str, start: int, end: int, *, verb: str, told: bool, set_off: bool, opening: int | None = None
) -> bool:
    """Whether what follows the cue ``verb`` (a word in lower case) is an adverbial or another
    clause, not what was said: ``as she left``, ``, and a deal``, ``Monday``. Where a comma or a
    dash sets the attribution off from a clause before it (``set_off``), so is the person told
    alone after a verb of telling (``told``: ``, sources told the Tribune.``, ``, he told the
    court in a filing.``) and, after a plain verb of saying, a short phrase on its medium or
    topic that ends the sentence (``, the director said on local radio.``, ``said of the
    season.``). Not ``in a speech that`` nor, after a pledge, ``to support it``; nor an adverb
    alone after a question that opens the sentence, which starts at ``opening`` (``Asked how it
    went, she said poorly``)."""
    start, end = strip_edges(text, start, end)
    if told and set_off and verb in SAYING and (person := _person_told(text, start, end)) is not None:
        rest = strip_edges(text, person, end)[0]
        if rest >= end:
            return True  # ``sources told the Tribune.``
        if not text[person:rest].isspace() or text.startswith(("to ", "that ", "and ", "or "), rest):
            return False  # ``told the Tribune, "...``, ``told staff to check``, ``told Roe and others that``
        start = rest  # ``he told the court in his filing.``
    space = text.find(" ", start, end)
    first = text[start : space if space >= 0 else end].lower()
    if space >= 0 and that_end(text, start, end, first) is not None:
        return False
    at = time_end(text, start, end, first)
    if at > start:
        at = strip_edges(text, at, end)[0]
        if at >= end:
            return True  # a time alone: ``The talks will resume, officials said Monday.``
        space = text.find(" ", at, end)
        first = text[at : space if space >= 0 else end].lower()
    elif space < 0:
        # an adverb alone: ``..., the mayor said recently.``, ``said sadly.``; but it answers an
        # opening question: ``Asked how the talks went, the envoy said poorly.``
        adverb = first in ADVERBS_BEFORE_CUE or adverb_like(first)
        return adverb and (opening is None or not opens_asked(text, opening))
    pledge = bool(CUE_FORMS.get(verb, 0) & Frame.INFINITIVE)
    if first == "to" and pledge and space >= 0 and _bare_verb(text[space + 1 : space + 1 + LOOK].split(None, 1)[:1]):
        return False
    if first in OBJECT_PREPOSITIONS:  # ``called for a repeal``; but ``, she said on local radio.``
        return first in _MEDIUM_OR_TOPIC and set_off and verb in SAYING and _phrase_ends(text, max(at, start), end)
    return first in SUBORDINATORS or first in COORDINATORS or first in PREPOSITIONS


def _person_told(text: str, start: int, end: int) -> int | None:
    """Where the person told that opens ``text[start:end]`` ends: a name, or a noun for people or
    a pronoun in the object case; None where the object is what was told (``told a joke``)."""
    for pattern in _PEOPLE_TOLD:
        found = pattern.match(text, start, end)
        if found is None:
            continue
        last = found.group().rsplit(None, 1)[-1]
        low = last.lower()
        if low not in TOLD_NOUNS and (last[0].isupper() or low in OBJECT_PRONOUNS or source_noun(low)):
            return found.end()
    return None


def _phrase_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one short phrase that a preposition opens and nothing
    follows: no clause, no infinitive (``on local radio``, not ``on Congress to act``)."""
    words = text[start:end].split()
    if len(words) > _MAX_ASIDE_WORDS:
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if low == "to" and k + 1 < len(words) and not _bare_verb(words[k + 1 : k + 2]):
            continue  # a place or a person after ``to``: ``on a trip to Asia``
        if low in _CLAUSE_WORDS:
            return False
    return True


def _bare_verb(words: list[str]) -> bool:
    """Whether a word after ``to`` may be a bare verb: no plural noun (``to supporters``), no pronoun."""
    verb = words[0] if words else ""
    return verb.isalpha() and verb.islower() and verb not in OBJECT_PRONOUNS and (verb[-1] != "s" or verb[-2:] == "ss")


def before_relative(text: str, start: int, end: int) -> int:
    """Where the clause before an attribution ends: before the comma and ``which`` or ``who`` that
    open the relative clause holding the attribution (``The fund raised $2 billion, which the
    Journal reported``), or the dash and ``which``, ``who`` or ``as`` that open an aside holding
    it (``The academy — which the Herald reported —``, ``Lee — as the campaign noted —``), else
    ``end``."""
    at = max(start, end - _RELATIVE_REACH)
    head, _, last = text[at:end].rstrip().rpartition(" ")
    low = last.lower()
    if (low in RELATIVE_PRONOUNS and head.endswith(",")) or (
        (low in RELATIVE_PRONOUNS or low == "as") and dashed(head)
    ):
        return at + len(head.rstrip(_COMMA_OR_DASH))  # ``The academy — which the Herald reported``
    return end


_COMMA_OR_DASH: Final = " ," + "".join(DASHES)
"""What :func:`before_relative` leaves out before ``which``, ``who`` or ``as``."""
_RELATIVE_REACH: Final = 12
"""Characters enough to hold a comma or a dash, ``which`` and the spaces around them."""


def joined_verb(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The rest of a clause after an attribution set off by commas that opens with ``and`` and a
    verb, which shares the subject of the clause before (``The fire started in the kitchen, she
    said, and spread to the attic``, ``, and has ramped up``), without its ``and``; None where a
    subject of its own follows (``, and passengers would``, ``, and armed guards patrol``) or the
    verb is one of speaking, the source's own (``, a spokesperson said, and declined to``)."""
    words = text[at : at + LOOK].split(None, 4)
    if len(words) < 2 or words[0] != "and":
        return None
    k = 2 if adverb_like(words[1]) or (words[1] in ADVERBS_BEFORE_CUE and words[1] not in AUXILIARIES) else 1
    verb = words[k] if k < len(words) else ""  # ``and still got``
    if not verb.islower() or verb in CUE_FORMS or verb in DECLINE_VERBS:
        return None
    if verb not in AUXILIARIES:
        after = words[k + 1].lower().rstrip(".,;") if k + 1 < len(words) else ""
        object_next = (
            not after or after in _AFTER_VERB or after[:1].isdigit() or adverb_like(after)
        )  # not ``increased fees``
        if not known_verb(verb) or not object_next:
            return None
    return trim(text, text.index(words[1], at), end, lead=False)


_AFTER_VERB: Final = (
    DETERMINERS | PREPOSITIONS | OBJECT_PRONOUNS | POSSESSIVE_DETERMINERS | TIME_WORDS | frozenset(CARDINALS)
)
"""Words that may follow a verb, where a noun would follow an ``-ed`` adjective: ``spread to``,
``passed all``, ``cut its budget``, ``reopened Tuesday``, ``killed two``; not ``increased fees
are expected``."""
