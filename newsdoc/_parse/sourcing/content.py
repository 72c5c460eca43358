"""What each attribution credits to its source: its content (the stage after linking).

For a direct quote the content is the quoted words; for reported speech it is the clause
that says what was said, read from where the cue stands in its sentence:

- after the cue, where anything follows it: ``Blinken stressed [that Israel must act]``
  (a leading ``that`` and the words of time before it are left out);
- before the attribution, where it ends the sentence: ``[The talks will resume], two
  officials said.``, ``[The talks will resume], said Jane Roe.``;
- around it, where commas set it in the middle: ``[The talks], officials said, [will
  resume]``.

``according to X`` reads the same way (``According to officials, [the talks will
resume]``). A content stops at the sentence's end, at another attribution joined to its
clause by a comma or a conjunction (``X said A, and Y said B``) and at a participle of
speech after a comma or ``and`` (``, adding that``); an attribution inside it (``X said Y
told them that B``) is left out of it, its source and cue only. It never holds its own source
or cue, nor any other's; ``declined`` and ``no_response`` have none. Quotes that the linking
stage gave to the attribution in other sentences or paragraphs (``"First," she said.
"Second."``) are content too.

:mod:`~newsdoc._parse.sourcing.content_clause` reads the reported speech of one sentence,
:mod:`~newsdoc._parse.sourcing.content_edges` trims its pieces.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, SPEAKING_ADVERBS, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.content_clause import clause, reported
from newsdoc._parse.sourcing.content_edges import ALNUM, EDGE, END_PUNCT, MARKS, QUOTE_MARKS
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.quote_checks import colon_ends
from newsdoc._parse.sourcing.quote_kinds import Linked, keep
from newsdoc._parse.sourcing.records import Cue, Found
from newsdoc._parse.sourcing.sentences import sentence_of
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = ["Piece", "find_contents"]

# Module functions as constants: compiled with mypyc, ``bisect.bisect_left`` is an attribute
# look-up on the module at every call, where a ``Final`` name is a C static.
_bisect_right: Final = bisect.bisect_right

# The kinds as module constants: compiled with mypyc, ``AttributionKind.SAID`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
SAID: Final = AttributionKind.SAID

Piece = tuple[int, int, int]
"""A piece of content: ``(paragraph, start, end)``, offsets in the paragraph's text."""

_CREDITED: Final = (AttributionKind.SAID, AttributionKind.ACCORDING_TO)
_MAX_BESIDE_WORDS: Final = 1
"""At most this many words between a quote and the clause after it that credits it alone
(``"...," panel chair Jane Roe said``, where the source leaves out ``panel``)."""
_MAX_TAIL_WORDS: Final = 12
"""At most this many words between a cue and the comma or colon before a quote that is all it
credits: ``told the Washington Post in a written statement, "..."``."""
_TAIL_FIRST: Final = PREPOSITIONS | TIME_WORDS | TIME_OPENERS | SPEAKING_ADVERBS | ADVERBS_BEFORE_CUE
"""The first words of a phrase of time or place, or an adverb, between a cue and its quote:
``on Monday,``, ``aloud:``, ``again:`` (an adverb in ``-ly`` too: ``added quickly:``)."""
_END: Final = re.compile(r"[.!?] [A-Z]")
"""A sentence end inside a stretch of text."""
_NEIGHBOURS: Final = 8
"""How many attributions on each side of one are read for the bounds of its content: those
of its sentence, in all but a text made to be slow."""


def find_contents(
    texts: list[str],
    founds: list[Sequence[Found]],
    links: list[list[Linked]],
    sentences: Callable[[int], list[int]],
    cues: list[list[Cue]],
) -> dict[Found, list[Piece]]:
    """The content of every attribution that credits words, in text order; an attribution
    with no content has no entry. A participle of speech after a comma or ``and``, or a verb
    of speech that ``and`` or ``but`` joins to the cue, ends the content before it, whether or
    not it is an attribution of its own (``she said the plan will fail, adding that``)."""
    quoted: dict[Found, list[Piece]] = {}
    for i, row in enumerate(links):
        for link in row:
            f = link.found
            if (
                f is not None
                and not link.partial
                and ALNUM.search(texts[i], link.span.start, link.span.end)
                and keep(texts[i], link)
            ):
                quoted.setdefault(f, []).append((i, link.span.start, link.span.end))
    out: dict[Found, list[Piece]] = {}
    for i, row_found in enumerate(founds):
        if not row_found:
            continue
        text = texts[i]
        starts = sentences(i)
        stops = [c.start for c in cues[i] if c.flags & Frame.PARTICIPLE and _after_comma(text, c.start)]
        joined = [c for c in cues[i] if _joined(text, c)]
        for n, f in enumerate(row_found):  # in text order
            if f.kind not in _CREDITED:
                continue
            quotes = quoted.get(f, [])
            if f.rule == "colon" or _beside(text, f, [q for q in quotes if q[0] == i]) or _hands_on(text, f, quotes):
                pieces = quotes  # ``"...," she said``, ``she said: "..."``: the quotes are all it credits
            else:
                s_start, s_end = sentence_of(starts, f.cue_start, len(text))
                if n > _NEIGHBOURS:  # a sentence of many attributions is read a few at a time
                    s_start = max(s_start, min(row_found[n - _NEIGHBOURS].last, f.first))
                if n + _NEIGHBOURS < len(row_found):
                    s_end = min(s_end, max(row_found[n + _NEIGHBOURS].first, f.last))
                stop = _bisect_right(stops, f.cue_end)
                if stop < len(stops):
                    s_end = min(s_end, stops[stop])
                s_end = _second_verb(text, f, joined, s_end)
                near = row_found[max(0, n - _NEIGHBOURS) : n + _NEIGHBOURS + 1]
                pieces = _merge(texts, [(i, s, e) for s, e in reported(text, f, (s_start, s_end), near)], quotes)
            if pieces:
                out[f] = pieces
    return out


def _joined(text: str, cue: Cue) -> bool:
    """Whether ``and`` or ``but`` stands right before a verb of speech: ``but argues that``."""
    before = text[max(0, cue.start - 5) : cue.start].rstrip()
    return cue.kind is SAID and not cue.flags & Frame.PARTICIPLE and before.endswith((" and", " but"))


def _second_verb(text: str, f: Found, joined: Sequence[Cue], end: int) -> int:
    """Where a verb of speech that ``and`` or ``but`` joins to ``f``'s cue stands before
    ``end``, which ends ``f``'s content there (``says she respects the council but argues
    that``); else ``end``. The verb takes the cue's tense (``said ... and added``, not ``said
    the agency would review and report``) and stands outside quotation marks."""
    word = f.cue_word(text)
    tense = _tense(word, CUE_FORMS.get(word, 0))
    for cue in joined:
        if not (f.cue_end < cue.start < end and _tense(cue.word.lower(), cue.flags) == tense):
            continue
        if sum(text.count(m, f.cue_end, cue.start) for m in QUOTE_MARKS) % 2 == 0:
            return cue.start
    return end


def _tense(word: str, flags: int) -> str:
    """The form of a verb of speech: ``base`` (``say``), ``present`` (``says``) or ``past``."""
    if flags & Frame.BASE:
        return "base"
    return "present" if word.endswith("s") else "past"


def _after_comma(text: str, at: int) -> bool:
    """Whether a comma, perhaps with a closing quotation mark, or ``and`` stands right before
    ``at``: ``, adding that``, ``and adding that``."""
    return text[max(0, at - 5) : at].rstrip().rstrip(MARKS).endswith((",", " and"))


def _beside(text: str, f: Found, quotes: list[Piece]) -> bool:
    """Whether one of the quotes ``f`` credits stands right before its clause (``"...," she
    said``, ``"...," panel chair Jane Roe said``) or right after it, perhaps past a short
    phrase of time or place, or the person told, and its comma or colon (``she said:``, ``he
    says of Clinton, "..."``, ``told the council in a statement, "..."``), not past a clause of
    reported speech (``said the bridge will close: "..."``)."""
    if not quotes:
        return False
    left, right = clause(text, f)
    for _, start, end in quotes:
        if end <= left and left - end <= LOOK:
            if len(_strip(text[end:left]).split()) <= _MAX_BESIDE_WORDS:
                return True
        elif start >= right and start - right <= LOOK:
            between = text[right:start].strip(" " + MARKS)
            if not between.strip(EDGE) or (
                between[-1] in ",:"
                and len(between.split()) <= _MAX_TAIL_WORDS
                and not _END.search(between)
                and (f.told or _tail_first((between.lstrip(", ").split(None, 1) or [""])[0].lower()))
            ):
                return True
    return False


def _hands_on(text: str, f: Found, quotes: list[Piece]) -> bool:
    """Whether ``f`` ends its paragraph with a colon and credits quotes of a later paragraph, which
    are all it credits, a few words after its cue (:func:`colon_ends`): ``Here's what they said:``
    and ``"..."`` (not ``Here's what``)."""
    return bool(quotes) and quotes[-1][0] != f.para and colon_ends(text, f.cue_end)


def _tail_first(low: str) -> bool:
    """Whether a word may open what stands between a cue and its quote: ``on``, ``aloud``, ``quickly``."""
    word = low.rstrip(",:")
    return word in _TAIL_FIRST or word.endswith("ly")


def _merge(texts: list[str], speech: list[Piece], quotes: list[Piece]) -> list[Piece]:
    """The pieces of reported speech and the quotes together: a piece that is one quote and
    its marks is the quote; a quote inside a piece is part of it."""
    if not speech:
        return quotes
    pieces: list[Piece] = []
    for piece in speech:
        p, s, e = piece
        inner = next((q for q in quotes if q[0] == p and s <= q[1] and q[2] <= e), None)
        text = texts[p]
        if inner is not None and not _strip(text[s : inner[1]] + text[inner[2] : e]):
            pieces.append(inner)
        else:
            pieces.append(piece)
    for q in quotes:  # at most two pieces of reported speech to look at, however many quotes
        if not any(p == q[0] and s < q[2] and q[1] < e for p, s, e in speech):
            pieces.append(q)
    pieces.sort()
    return pieces


def _strip(text: str) -> str:
    """``text`` without the spaces, punctuation and quotation marks at its ends."""
    return text.strip(EDGE + END_PUNCT + MARKS)
