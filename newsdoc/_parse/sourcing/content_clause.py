"""The reported speech an attribution credits in its own sentence: after its cue, before it,
or around it, bounded by the other attributions of the sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.conjunctions import CONTRASTING, COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import RELATIVE_PRONOUNS
from newsdoc._parse.sourcing.asides import (
    adverbial_after,
    aside_end,
    before_relative,
    dash_close,
    fronted_as,
    joined_verb,
    opening_mark,
)
from newsdoc._parse.sourcing.content_edges import (
    ALNUM,
    comment_opens,
    lead_words,
    strip_edges,
    time_only,
    trim,
    verb_next,
)
from newsdoc._parse.sourcing.noun_cues import subject_end
from newsdoc._parse.sourcing.preceding import credited_before
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.relatives import commas, relative_between, relative_end, relative_opens, relative_source
from newsdoc._parse.sourcing.segments import aside
from newsdoc._parse.sourcing.tokens import LOOK, blank, tokens
from newsdoc._parse.sourcing.told import passive_that, past_object, past_that

__all__ = ["clause", "reported"]

# The kinds as module constants: compiled with mypyc, ``AttributionKind.SAID`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
SAID: Final = AttributionKind.SAID
ACCORDING_TO: Final = AttributionKind.ACCORDING_TO

_SHARED_SUBJECT: Final = frozenset({"participle", "and-verb"})
"""The rules that give a verb the subject of another verb of its sentence."""
_AFTER_ONLY: Final = _SHARED_SUBJECT | {"noun-cue", "causative"}
"""The rules whose content is what follows the cue alone: those, ``his promise to build`` and
``led the chairwoman to announce``."""
_MAX_GAP_WORDS: Final = 4
"""A source at most this many words before its verb stands beside it (``Smith also said``);
one further away (``The mayor defended the plan, saying``) leaves the cue alone."""
_JOINING_PUNCT: Final = ",;:(\u2014\u2013"
_LONGEST_OPENER: Final = max(len(word) for word in SUBORDINATORS) + 2
"""The most characters a subordinating conjunction and its spaces take before a clause."""


def reported(text: str, f: Found, sentence: tuple[int, int], others: Sequence[Found]) -> list[tuple[int, int]]:
    """The pieces of ``f``'s sentence that hold what ``f`` credits, by where its clause stands."""
    left, right = clause(text, f)
    main = fronted_as(text, sentence, (left, right))  # ``As the mayor noted, | the bridge is old``
    s_start, s_end, holes = _bounds(text, f, sentence, (left, right), others, main=main)
    if f.rule == "noun-cue":
        s_end = subject_end(text, f.start, f.cue_end, s_end)  # ``Trump's claim that it was rigged | is false``
    if not left <= f.start < right:
        holes.append((f.start, f.end))  # a source apart from its cue is no part of what it said
    s_end = relative_end(text, f, right, (s_start, s_end))
    s_end = dash_close(text, sentence[0], (left, right), s_end)  # ``Trump — even as he says it works — has``
    if f.rule == "participle" and f.start >= right:
        s_end = min(s_end, f.start)  # ``Saying that the vote was rigged, the candidate refused``: not the main clause
    opener = _opener(text, s_start, left)
    if opener is None and f.rule in _SHARED_SUBJECT and f.end <= left:
        # ``When Rubio thanked the crowd and said it was good to be home, a man yelled``
        comma = text.rfind(",", s_start, f.start)  # ``Clinton, though she praised him and said ...,``
        opener = _opener(text, s_start if comma < 0 else comma + 1, f.start, clause_only=True)
    # ``As the mayor noted (at the time), the bridge is old``: a comment on the main clause after it
    comment = main if main is not None else aside_end(text, right, s_end) if opener == "as" else None
    if opener is not None and comment is None:  # ``When the mayor asked about it, the council ...``
        s_end = _clause_comma(text, right, s_end)
    after = trim(text, past_object(text, f, right, s_end) if comment is None else comment, s_end, lead=True)
    if after is not None and time_only(text, after):
        after = None  # ``The governor conceded Tuesday night.``: when, not what
    if f.rule in _AFTER_ONLY or (comment is not None and after is not None) or passive_that(text, f, right):
        # ``The mayor defended the plan, saying it would cut costs``; ``As the mayor noted, the bridge is old``
        return _cut(text, [after], holes) if after is not None else []
    source_first = f.start < f.cue_start
    before = trim(text, s_start, before_relative(text, s_start, left), lead=False)  # the clause before
    if after is not None:
        inverted = f.rule == "verb-source" and verb_next(text, f.end)  # ``The problem, says X, is that``
        around = source_first or f.kind is ACCORDING_TO or inverted
        # a comma or a dash before the attribution, or a comma inside the quote that closes there:
        # ``a "huge hit," Roe told``, ``The plan — officials said — will``
        mark = opening_mark(text, s_start, left) if around else None
        set_off = mark is not None
        if mark is not None:
            aside = aside_end(text, right, s_end, mark)
            if aside is not None and before is not None:
                rest = trim(text, aside, s_end, lead=False)
                opens = strip_edges(text, aside, s_end)[0]
                if relative_opens(text, opens) or comment_opens(text, before, opens, s_end):
                    # ``, according to aides, who asked not to be named``; ``, the mayor said, setting up``
                    return _cut(text, [before], holes)
                if rest is not None and lead_words(text, opens, s_end) == opens:
                    return _cut(text, [before, rest], holes)  # ``The talks, officials said, will resume``
                if (joined := joined_verb(text, opens, s_end)) is not None:
                    return _cut(text, [before, joined], holes)  # ``The fire started, she said, and spread``
        # ``before`` holds a word only where one stands before the attribution
        if before is not None and adverbial_after(
            text, right, s_end, verb=f.cue_word(text), told=f.told, set_off=set_off, opening=s_start
        ):
            return _cut(text, [before], holes)  # ``The talks will resume, she said as she left.``
        if (source_first and f.kind is SAID) or _opens_sentence(text, s_start, left):
            return _cut(text, [after], holes)
    if before is not None and not credited_before(text, f, before, (s_start, left, right, s_end)):
        before = None  # ``the bridge will close if the governor said so``: the clause is not the governor's
    if before is None:
        return _cut(text, [after], holes) if after is not None else []
    return _cut(text, [before], holes)


def _bounds(
    text: str, f: Found, sentence: tuple[int, int], own: tuple[int, int], others: Sequence[Found], *, main: int | None
) -> tuple[int, int, list[tuple[int, int]]]:
    """Where ``f``'s content may run in its sentence, and the holes in it that the other
    attributions make (``own`` is ``f``'s clause): each other one bounds it or stands inside it.
    Where ``f`` opens the sentence with ``as`` and its main clause starts at ``main``, a report
    that opens the main clause credits what ``f`` does, and only its clause is a hole (``As the
    mayor noted, engineers told the council the bridge is old``), as does one set off by commas
    inside it (``the council, officials said, will vote``)."""
    s_start, s_end = sentence
    left, right = own
    holes: list[tuple[int, int]] = []
    for g in others:  # another attribution of the sentence bounds the content, or stands inside it
        if g is f or g.rule == "noun-cue":
            continue  # ``the senator's claim that ...`` is part of what is said about it
        if g.start <= f.start and f.cue_end <= g.end and relative_between(text, f.end, f.cue_start):
            s_end = min(s_end, g.end)  # ``A nurse who asked to stay at the hotel said``: f's clause is in g's source
            continue
        if (
            g.end < f.first < f.last <= g.cue_start
            and blank(text, g.end, f.first, " ,")
            and blank(text, f.last, g.cue_start, " ,")
        ):
            holes += [(g.start, g.end), (g.cue_start, g.cue_end)]  # ``CNN, Cruz said, called``: f in g's clause
            continue
        g_left, g_right = clause(text, g)
        if g_left <= f.cue_start < f.cue_end <= g.cue_start < g_right:
            s_end = min(s_end, g.cue_start)  # ``Cruz, who says A, said B``: f's clause is in g's subject
            continue
        if right <= g.start < s_end and relative_source(text, g):
            s_end = g.end  # ``cited a survey of farmers, who said``: the antecedent ends the object
            continue
        if (
            main is not None
            and lead_words(text, main, g_left) == g_left
            and not relative_between(text, g.end, g.cue_start)
        ):
            holes.append((g_left, past_object(text, g, g_right, s_end)))
            continue
        set_off = main is not None and main < g_left and text[main:g_left].rstrip().endswith(",")
        if set_off and aside_end(text, g_right, s_end) is not None:  # ``the council, officials said, will vote``
            holes.append((g_left, g_right))
            continue
        if right <= g_left < s_end:
            if _joins(text[max(right, g_left - LOOK) : g_left]):
                s_end = g_left  # ``X said A, and Y said B``
            else:
                holes.append((g_left, g_right))  # ``X said Y told Z that B``
        elif s_start < g_right <= left:
            if lead_words(text, s_start, g_left) == g_left:
                holes.append((g_left, g_right))  # ``Y told Z that A, X said``
            else:
                s_start = g_right  # ``A, Y said, and B, X said``
        if s_start < g.end and g.start < s_end:  # no piece holds another's source or cue
            holes.append((g.start, g.end))
            holes.append((g.cue_start, g.cue_end))
    return s_start, s_end, holes


def _clause_comma(text: str, start: int, end: int) -> int:
    """The comma that closes an opening subordinate clause whose cue ends at ``start``: the
    first after some words and before no preposition, past a relative clause set off inside it
    (``the bridge, which opened in 1932, was unsafe,``); ``end`` where there is none."""
    aside = False
    for comma in commas(text, start, end):
        word = text[comma + 1 : comma + 1 + LOOK].split(None, 1)[:1]
        if aside:
            aside = False
        elif word and word[0] in RELATIVE_PRONOUNS:
            aside = True
        elif ALNUM.search(text, start, comma) and not (word and word[0] in PREPOSITIONS):
            return comma  # not before a phrase of time or place: ``Springfield, Ill., on Jan. 5``
    return end


def _opener(text: str, start: int, left: int, *, clause_only: bool = False) -> str | None:
    """The subordinating conjunction that opens the sentence (after any connectives) right before
    the attribution clause at ``left`` (``When the mayor asked about it, ...``), or, unless
    ``clause_only``, the preposition whose object is the source, its relative clause holding the
    cue (``Among voters who said``)."""
    at = lead_words(text, start, left)
    if left - at > _LONGEST_OPENER:
        return None  # more than one word: no clause opens right before this one
    word = text[at:left].strip().lower()
    return word if word in SUBORDINATORS or (word in NP_PREPOSITIONS and not clause_only) else None


def clause(text: str, f: Found) -> tuple[int, int]:
    """Where the attribution clause of ``f`` stands: source and cue where they stand together
    (``Jane Roe, 56, said``), the cue alone where it shares the subject of another verb (``The
    mayor defended the plan, saying``) or the source stands further away (``Claiming the vote
    was rigged, Trump told``)."""
    if f.rule in _SHARED_SUBJECT:
        return f.cue_start, f.cue_end
    if f.start >= f.cue_end:  # ``said Jane Roe``
        gap = text[f.cue_end : f.start]
    elif f.end <= f.cue_start:  # ``Jane Roe said``
        gap = text[f.end : f.cue_start]
    else:
        return f.first, f.last
    if len(gap) > LOOK or (len(gap.split()) > _MAX_GAP_WORDS and not _set_off(gap)):
        return f.cue_start, f.cue_end
    return f.first, f.last


def _set_off(gap: str) -> bool:
    """Whether the words between a source and its cue are one relative clause or aside set off by
    commas, which the scan for the source steps over (:func:`aside`): the rest of the subject
    (``The senator, who chairs the panel, testified``) or a phrase about the speaker (``Jane Roe,
    wearing a red hat, said``), not content."""
    inner = gap.strip()
    if len(inner) < 2 or inner[0] != "," or inner[-1] != "," or "," in inner[1:-1]:
        return False
    short = len(inner[1:-1].split()) <= 2 * _MAX_GAP_WORDS  # a longer one may be a clause the scan misread
    return relative_opens(inner, 1) or (short and aside(tokens(inner, 1, len(inner) - 1)))


def _joins(between: str) -> bool:
    """Whether the words between two attributions end one clause and join another to it:
    ``X said A, and Y said B``, ``X said A while Y said B``, but not ``X said A if Y said B``."""
    between = between.rstrip()
    if not between:
        return False  # ``X said Y told Z``: the other is inside what X said
    if between[-1] in _JOINING_PUNCT:
        return True
    rest, _, last = between.rpartition(" ")
    last = last.lower()
    return last in COORDINATORS or last in CONTRASTING or (last in SUBORDINATORS and rest.endswith(","))


def _opens_sentence(text: str, s_start: int, left: int) -> bool:
    """Whether only connectives stand before the clause: ``But according to officials, ...``."""
    return lead_words(text, s_start, left) >= left


def _cut(text: str, pieces: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` without the attribution clauses, sources and cues inside them, each trimmed
    again; after an inner cue, its object before a ``that`` goes with it (``said the mayor
    told them that``, ``told Axios, however, that``), but not past a comma inside the words
    before it, after which ``that`` opens a relative clause (``said the data show fraud, a
    claim that``)."""
    if not holes:
        return pieces
    holes.sort()
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        at = start
        for h_start, h_end in holes:
            if h_end <= at or h_start >= end:
                continue
            if h_start > at:
                out.append((at, h_start))
            at = min(h_end, end)
            past = past_that(text, at, end)
            at = past if past is not None and _object_only(text[at : past - 6]) else at
        out.append((at, end))
    return [t for t in (trim(text, start, end, lead=True) for start, end in out if start < end) if t is not None]


def _object_only(between: str) -> bool:
    """Whether the words between an inner cue and a ``that`` can be its object alone: no comma
    inside them but one that closes an aside right before the ``that`` (``Axios, however,``) or
    one inside a list (``Axios, CNN and Reuters``); not a noun and a phrase set off after it
    (``fraud, a claim``)."""
    between = between.rstrip()
    if between.endswith(",") or "," not in between:
        return True
    return any(word in COORDINATORS for word in between.rsplit(",", 1)[1].split()[:-1])  # not ``, and that``
