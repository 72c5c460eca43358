"""Link quotes to their speakers; :mod:`~newsdoc._parse.sourcing.quote_kinds` tells quotes from
scare quotes and titles.

A quote's speaker is, in order of preference:

1. the attribution of speech in the same sentence nearest to the quote
   (``"First," she said. "Second."``, ``Miller called the plan "a grave mistake."``);
2. for a quote that runs over several paragraphs, the speaker of any of its parts;
3. for a quote that is a whole sentence, the speaker of the nearest quote of the same
   paragraph, or, where the paragraph opens with it, the speaker of the last quote of
   the previous paragraph or the attribution that ends it with a colon
   (``A spokesperson told Axios:``).

A quoted phrase without a speaker is not a quote: nobody is said to have said it. Nor
is a fragment of one or two words inside a sentence (``the so-called "Spud" deal``), or
a phrase written in title case (``"The Axios Show"``), unless it opens its sentence and hands
it to its cue (``"Yes," he said``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.grammar import INTRO_OPENERS
from newsdoc._parse.lexicon.works import COUNTABLE_WORK_NOUNS
from newsdoc._parse.sourcing.quote_kinds import BETWEEN, Linked, partial_quote
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.sentences import sentence_of
from newsdoc._parse.sourcing.tokens import LOOK, QUOTE_MARKS, blank

__all__ = ["link_quotes"]

# Module functions as constants: compiled with mypyc, ``bisect.bisect_left`` is an attribute
# look-up on the module at every call, where a ``Final`` name is a C static.
_bisect_left: Final = bisect.bisect_left

# The kinds as module constants: compiled with mypyc, ``AttributionKind.SAID`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
SAID: Final = AttributionKind.SAID
_SPEECH: Final = (SAID, AttributionKind.ACCORDING_TO)
"""The kinds of attribution that give a quote its speaker."""


def _speaker(
    text: str, q: QuoteSpan, near: Sequence[Found], sentence: tuple[int, int], *, partial: bool
) -> Found | None:
    """The attribution of speech that gives ``q`` its speaker, among the attributions ``near`` it.

    One right after the quote comes first (``"...," she said``, even where the quote ends
    with ``?`` or ``!``, but not where its period ends the sentence and the next one goes on
    past its cue: ``the mayor said the ruling "will force us." He added that``; ``"...."
    Trump said.`` is credited), then the nearest one
    before it in the sentence (``she said "..."``) unless a dash sets that one apart (``—
    which X had called "..." — as "..."``), then the nearest one after it in the sentence.
    """
    s_start, s_end = sentence
    before: Found | None = None
    after: Found | None = None
    # ``the mayor said the ruling "will force us." He ...``: a quote whose period ends its sentence
    # is not the next sentence's to claim
    closed = text[q.start : q.end].rstrip().endswith(".")
    # ``"...." Trump said.``: the next sentence may credit such a quote where it holds its source and
    # verb alone and nobody in the quote's own sentence speaks before it
    alone = not any(s_start <= f.first and f.last <= q.mark for f in near)
    for f in near:
        if f.first >= q.end:
            crosses = closed and f.first >= s_end
            if blank(text, q.end, f.first, BETWEEN) and not (crosses and not (alone and _ends(text, f.last))):
                return f
            if f.first < s_end and after is None and not (partial and not blank(text, f.last, s_end, BETWEEN)):
                after = f  # for a fragment, a clause that ends the sentence: ``"Heat" continues, the NWS warns.``
        elif f.last <= q.mark and f.first >= s_start:
            aside = "\u2014" in text[f.last : q.mark] and "\u2014" in text[max(s_start, f.first - LOOK) : f.first]
            if not aside:
                before = f
    return before or after


_ENDING_WORDS: Final = TIME_WORDS | TIME_OPENERS | ADVERBS_BEFORE_CUE
"""The words that may follow a cue in a sentence that holds nothing else: ``Trump said on Monday.``"""
_STOP: Final = re.compile(r"[.!?](?=\s|\Z)")


def _ends(text: str, at: int) -> bool:
    """Whether the sentence ends a few words after ``at``, with no quote between: after a quote
    that ends its own sentence, ``"...." Trump said.`` still credits it."""
    stop = _STOP.search(text, at, at + LOOK)
    if stop is None:
        return blank(text, at, len(text))
    return all(word.lower().rstrip(",") in _ENDING_WORDS for word in text[at : stop.start()].split())


def link_quotes(
    texts: list[str],
    spans: list[list[QuoteSpan]],
    founds: list[Sequence[Found]],
    sentences: Callable[[int], list[int]],
) -> list[list[Linked]]:
    """Every quote span with its speaker (or None) and whether it is partial."""
    links: list[list[Linked]] = []
    for i, row in enumerate(spans):
        out: list[Linked] = []
        links.append(out)
        if not row:
            continue
        text = texts[i]
        length = len(text)
        starts = sentences(i)
        said = [f for f in founds[i] if f.kind in _SPEECH]  # ``According to Limbaugh, "..."`` too
        firsts = [f.first for f in said]
        for k, q in enumerate(row):
            s_start, s_end = sentence_of(starts, q.mark, length)
            j = _bisect_left(firsts, q.end)
            partial = partial_quote(text, q, s_start)
            near = said[max(0, j - 3) : j + 1]
            if partial:
                near = [f for f in near if not f.finding]
            speaker = _speaker(text, q, near, (s_start, s_end), partial=partial) if near else None
            if partial and speaker is not None and speaker.last <= q.mark and text[q.start : q.start + 1].isupper():
                partial = not blank(text, speaker.last, q.mark, " ,:")  # ``Said a U.S. official, "..."``
            if partial and speaker is not None and k > 0 and _resumed(text, row[k - 1], speaker, q):
                partial = False  # ``"...," Powell said at a news conference Wednesday, "and ..."``
            alone = (blank(text, s_start, q.mark) or _opener(text, s_start, q.mark)) and blank(
                text, q.end, s_end, BETWEEN
            )
            out.append(Linked(q, speaker, partial=partial, alone=alone))
    _inherit(texts, links, founds)
    return links


def _resumed(text: str, before: QuoteSpan, speaker: Found, q: QuoteSpan) -> bool:
    """Whether ``q`` carries on the quote ``before`` past the attribution that splits them: the
    first piece ends in a comma right before the attribution, and what follows the attribution
    up to ``q`` holds no quotation mark and ends in a comma (``"...," Powell said at a news
    conference Wednesday, "and ..."``, ``"...," Roe said, her voice breaking, "..."``)."""
    if not before.closed or not before.end < speaker.first <= speaker.last <= q.mark:
        return False
    if text[before.end - 1 : before.end] != "," or not blank(text, before.end + 1, speaker.first, BETWEEN):
        return False
    rest = text[speaker.last : q.mark].rstrip()
    if len(rest) > LOOK or not rest.endswith(",") or any(mark in rest for mark in QUOTE_MARKS):
        return False
    named = rest[:-1].rsplit(None, 1)[-1:]  # a work's title after it: ``she wrote in her memoir, "Tough Choices."``
    return not (named and named[0].lower() in COUNTABLE_WORK_NOUNS and text[q.start : q.start + 1].isupper())


def _opener(text: str, start: int, end: int) -> bool:
    """Whether one connective opens the sentence before its quote: ``Now, "..."``, ``But "..."``."""
    words = text[start:end].split()
    return len(words) == 1 and words[0][0].isupper() and words[0].rstrip(",").lower() in INTRO_OPENERS


def _chains(links: list[list[Linked]]) -> list[list[tuple[int, int]]]:
    """The parts of every quote that runs over several paragraphs, in order, as ``(paragraph, index)``."""
    chains: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for i, row in enumerate(links):
        if current and row and row[0].span.continued:
            current.append((i, 0))
        elif current:
            chains.append(current)
            current = []
        if row and row[-1].span.continues:
            last = (i, len(row) - 1)
            if current and last != current[-1]:
                chains.append(current)
                current = []
            if not current:
                current = [last]
        elif current:
            chains.append(current)
            current = []
    if current:
        chains.append(current)
    return chains


def _inherit(texts: list[str], links: list[list[Linked]], founds: list[Sequence[Found]]) -> None:
    """Give a speaker to the quotes that have none: each part of a quote over several paragraphs
    takes the speaker of any part, and a quote that is its whole sentence the speaker of a quote
    near it or of the paragraph before (the rows of ``links`` are filled in place)."""
    for chain in _chains(links):
        speaker = next((links[i][k].found for i, k in chain if links[i][k].found is not None), None)
        for i, k in chain:
            if links[i][k].found is None:
                links[i][k] = replace(links[i][k], found=speaker)
    for i, row in enumerate(links):
        if not row:
            continue
        following: list[Found | None] = [None] * len(row)
        later: Found | None = None
        for k in range(len(row) - 1, -1, -1):
            following[k] = later
            later = row[k].found or later
        earlier: Found | None = None
        handed: Found | None = None
        if i > 0 and _only_quotes(texts[i], row):
            handed = _previous_speaker(texts[i - 1], links[i - 1], founds[i - 1])
        speakers = [f for f in founds[i] if f.kind is SAID and not f.finding]
        for k, link in enumerate(row):
            if link.found is None and link.alone:
                # ``Schiff said. "..."``: a whole quote after a sentence that credits a speaker is theirs
                prior = next((f for f in reversed(speakers) if f.last <= link.span.mark), None)
                row[k] = replace(link, found=earlier or prior or following[k] or handed)
            earlier = row[k].found or earlier


def _only_quotes(text: str, row: list[Linked]) -> bool:
    """Whether a paragraph holds nothing but quotes (and the punctuation around them)."""
    at = 0
    for link in row:
        if text[at : link.span.mark].strip(BETWEEN):
            return False
        at = link.span.end
    return not text[at:].strip(BETWEEN)


def _previous_speaker(text: str, links: list[Linked], founds: Sequence[Found]) -> Found | None:
    """The speaker a paragraph hands on to a paragraph of quotes after it: the attribution
    that ends it with a colon, its last quote's speaker, or, where it quotes nobody, the
    person whose words it reports last (``Lee says ...`` followed by ``"..."``)."""
    said = [f for f in founds if f.kind is SAID and not f.finding]
    if said and text.rstrip().endswith(":"):
        return said[-1]
    for link in reversed(links):
        if link.found is not None:
            return link.found
    if said and said[-1].description.person is True:
        return said[-1]
    return None
