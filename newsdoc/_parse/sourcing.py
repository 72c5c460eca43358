"""Quotes and attributions of a whole article: the quote pipeline and its model objects.

The stages, each in its own module:

1. :mod:`~newsdoc._parse.quotes` pairs the quotation marks of every paragraph;
2. :mod:`~newsdoc._parse.cues` finds the cue words (``said``, ``according to``...);
3. :mod:`~newsdoc._parse.attributions` bounds the source phrase of every cue (with
   :mod:`~newsdoc._parse.phrases_left` and :mod:`~newsdoc._parse.phrases_right`) and
   names the rule that found it;
4. :mod:`~newsdoc._parse.describe` says whether a source is named, how many it counts,
   and the person's name and role;
5. :mod:`~newsdoc._parse.pronouns` resolves ``he``, ``she``, ``it`` and ``they``;
6. :mod:`~newsdoc._parse.linking` gives each quote its speaker and drops scare quotes.

This module runs them in order and builds the :class:`Quote` and :class:`Attribution`
objects, with spans in the caller's text (through :mod:`newsdoc._trusted`: every string they
hold is a slice of a paragraph's one-line text).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdoc._diagnostics import Diagnostic
from newsdoc._model import Attribution, Quote
from newsdoc._parse.attributions import read_attributions
from newsdoc._parse.cues import find_all_cues
from newsdoc._parse.found import Found
from newsdoc._parse.lexicon import PERSON_PRONOUNS, PRONOUNS
from newsdoc._parse.linking import keep, link_quotes
from newsdoc._parse.names import Context
from newsdoc._parse.pronouns import resolve_pronouns
from newsdoc._parse.quotes import QuoteSpan, find_quote_spans
from newsdoc._parse.sentences import sentence_starts
from newsdoc._parse.source import Source
from newsdoc._trusted import trusted_attribution, trusted_quote

__all__ = ["read_sourcing"]

_MAX_REPORTS = 100
"""The most quote diagnostics an article gets; the last one counts any others."""


class _Sentences:
    """Sentence starts of each paragraph, computed the first time they are asked for."""

    __slots__ = ("_cache", "_spans", "_texts")

    def __init__(self, texts: Sequence[str], spans: Sequence[Sequence[QuoteSpan]]) -> None:
        self._texts = texts
        self._spans = spans
        self._cache: dict[int, list[int]] = {}

    def __call__(self, i: int) -> list[int]:
        starts = self._cache.get(i)
        if starts is None:
            starts = self._cache[i] = sentence_starts(self._texts[i], self._spans[i])
        return starts


def read_sourcing(
    texts: Sequence[str], starts: Sequence[int], src: Source
) -> tuple[list[tuple[Quote, ...]], list[tuple[Attribution, ...]], list[Diagnostic]]:
    """The quotes and attributions of each paragraph.

    ``texts[i]`` is the text of paragraph ``i`` (after its label) and ``starts[i]`` the
    offset of its first character in ``src.text``; spans are made with ``src.span``.
    """
    spans, problems = find_quote_spans(texts)
    all_cues, unread = find_all_cues(texts)
    problems.extend((p, at, "ND204") for p, at in unread)
    diagnostics = _report(problems, starts, src)
    sentences = _Sentences(texts, spans)
    context = Context("\n".join(texts))
    founds: list[list[Found]] = []
    for i, (text, cues) in enumerate(zip(texts, all_cues, strict=True)):
        founds.append(
            read_attributions(i, text, cues, sentences(i), spans[i], context=context) if cues or spans[i] else []
        )
    links = link_quotes(texts, spans, founds, sentences)
    handed = [
        [link.found for link in row if link.found is not None and link.found.para != i] for i, row in enumerate(links)
    ]
    resolve_pronouns(texts, founds, sentences, context, handed=handed)
    attributions = [tuple(_attribution(f, texts[i], starts[i], src) for f in row) for i, row in enumerate(founds)]
    quotes: list[tuple[Quote, ...]] = []
    for i, linked in enumerate(links):
        text = texts[i]
        quotes.append(
            tuple(
                trusted_quote(
                    text[link.span.start : link.span.end],
                    link.partial,
                    link.found.attribution if link.found is not None else None,
                    src.span(starts[i] + link.span.start, starts[i] + link.span.end),
                )
                for link in linked
                if keep(text, link)
            )
        )
    return quotes, attributions, diagnostics


def _report(problems: list[tuple[int, int, str]], starts: Sequence[int], src: Source) -> list[Diagnostic]:
    """The diagnostics of the problems found, at most :data:`_MAX_REPORTS` of them; the last
    one counts the rest (a text of thousands of stray marks gets a short report)."""
    problems.sort(key=lambda p: (p[0], p[1]))
    shown = problems[:_MAX_REPORTS]
    out = []
    for n, (p, at, code) in enumerate(shown):
        rest = len(problems) - len(shown) if n == len(shown) - 1 else 0
        detail = f"{rest} more quote problem{'s' if rest != 1 else ''} after this one" if rest else None
        out.append(src.diagnostic(code, starts[p] + at, starts[p] + at + 1, detail))
    return out


def _attribution(f: Found, text: str, base: int, src: Source) -> Attribution:
    d = f.description
    assert d is not None
    source = text[f.start : f.end]
    named, count, resolved = d.named, d.number, None
    pronoun = source.lower()
    if pronoun in PRONOUNS:
        referent = f.referent
        if referent is not None:
            r = referent.description
            resolved = r.name or referent.text
            named = r.named
            if pronoun == "they":
                count = None if r.plural else r.number
        elif pronoun in PERSON_PRONOUNS:
            named = True  # ``he`` or ``she`` stands for one person, whom news text names
    f.attribution = trusted_attribution(
        source=source,
        cue=text[f.cue_start : f.cue_end],
        kind=f.kind,
        named=named,
        count=count,
        name=d.name,
        role=d.role,
        resolved=resolved,
        rule=f.rule,
        source_span=src.span(base + f.start, base + f.end),
        cue_span=src.span(base + f.cue_start, base + f.cue_end),
        span=src.span(base + f.first, base + f.last),
    )
    return f.attribution
