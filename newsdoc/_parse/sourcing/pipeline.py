"""Quotes and attributions of a whole article: the quote pipeline and its model objects.

The stages, each in its own module:

1. :mod:`~newsdoc._parse.sourcing.quote_marks` pairs the quotation marks of every paragraph;
2. :mod:`~newsdoc._parse.sourcing.cues` finds the cue words (``said``, ``according to``...);
3. :mod:`~newsdoc._parse.sourcing.attributions` runs the rules of
   :mod:`~newsdoc._parse.sourcing.rules` on every cue and quote: each bounds a source phrase
   (with :mod:`~newsdoc._parse.sourcing.source_before` and
   :mod:`~newsdoc._parse.sourcing.source_after`) and gives its name to what it finds;
4. :mod:`~newsdoc._parse.sourcing.describe` says whether a source is named, how many it counts,
   and the person's name and role;
5. :mod:`~newsdoc._parse.sourcing.pronouns` resolves ``he``, ``she``, ``it`` and ``they``;
6. :mod:`~newsdoc._parse.sourcing.linking` gives each quote its speaker and drops scare quotes;
7. :mod:`~newsdoc._parse.sourcing.content` finds what each attribution credits: its quotes, or
   the clause of reported speech around its cue.

This module runs them in order and builds the :class:`Quote` and :class:`Attribution`
objects, with spans in the caller's text (through :mod:`newsdoc._unvalidated`: every string they
hold is a slice of a paragraph's one-line text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsdoc._diagnostics import Diagnostic
from newsdoc._model import Attribution, Quote, Span
from newsdoc._parse.layout.input_text import InputText
from newsdoc._parse.lexicon.pronouns import PERSON_PRONOUNS, SUBJECT_OF, SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.attributions import read_attributions
from newsdoc._parse.sourcing.content import Piece, find_contents
from newsdoc._parse.sourcing.cues import find_all_cues
from newsdoc._parse.sourcing.linking import link_quotes
from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.pronouns import Mention, resolve_pronouns
from newsdoc._parse.sourcing.quote_kinds import Linked, keep
from newsdoc._parse.sourcing.quote_marks import QuoteSpan, find_quote_spans, read_apostrophe_pairs
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.sentences import sentence_starts
from newsdoc._unvalidated import trusted_attribution, trusted_quote

__all__ = ["read_sourcing"]

_MAX_REPORTS: Final = 100
"""The most quote diagnostics an article gets; the last one counts any others."""


class _SentenceStarts:
    """The sentence starts of each paragraph, read the first time a stage asks for them."""

    __slots__ = ("_known", "_spans", "_texts")

    def __init__(self, texts: list[str], spans: list[list[QuoteSpan]]) -> None:
        self._texts = texts
        self._spans = spans
        self._known: dict[int, list[int]] = {}

    def of(self, i: int) -> list[int]:
        """The offsets where the sentences of paragraph ``i`` start."""
        known = self._known.get(i)
        if known is None:
            known = self._known[i] = sentence_starts(self._texts[i], self._spans[i])
        return known


_NONE: Final[tuple[Found, ...]] = ()


def read_sourcing(
    texts: list[str], starts: list[int], src: InputText
) -> tuple[list[tuple[Quote, ...]], list[tuple[Attribution, ...]], list[Diagnostic]]:
    """The quotes and attributions of each paragraph.

    ``texts[i]`` is the text of paragraph ``i`` (after its label) and ``starts[i]`` the
    offset of its first character in ``src.text``; spans are made with ``src.span``.
    Paragraphs with neither a quotation mark nor a cue word hold neither, and every step
    after finding those passes them by.
    """
    originals = texts  # the model's strings are sliced from these; the stages read marks in pairs of apostrophes
    texts = [read_apostrophe_pairs(text) for text in texts]
    spans, problems = find_quote_spans(texts)
    all_cues, unread = find_all_cues(texts)
    problems.extend((p, at, "ND204") for p, at in unread)
    diagnostics = _report(problems, starts, src)
    sentences = _SentenceStarts(texts, spans).of
    context = Context("\n".join(texts))
    n = len(texts)
    founds: list[Sequence[Found]] = [_NONE] * n
    for i, cues in enumerate(all_cues):
        row = spans[i]
        if cues or row:
            after = spans[i + 1] if i + 1 < n else []  # a quote that opens the next paragraph
            quoted_next = bool(after) and not texts[i + 1][: after[0].mark].strip()
            founds[i] = read_attributions(
                i, texts[i], cues, sentences(i), row, context=context, quoted_next=quoted_next
            )
    links = link_quotes(texts, spans, founds, sentences)
    handed: list[Sequence[Found]] = [_NONE] * n
    for i, linked in enumerate(links):
        if linked:
            handed[i] = [link.found for link in linked if link.found is not None and link.found.para != i]
    referents = resolve_pronouns(texts, founds, sentences, context, handed=handed)
    contents = find_contents(texts, founds, links, sentences, all_cues)
    built: dict[Found, Attribution] = {}
    attributions: list[tuple[Attribution, ...]] = [()] * n
    for i, found in enumerate(founds):
        if found:
            text, base = originals[i], starts[i]
            made = tuple(
                [
                    _attribution(
                        f, referents.get(f), text, base, src, content=_content(contents.get(f), originals, starts, src)
                    )
                    for f in found
                ]
            )
            built.update(zip(found, made, strict=True))
            attributions[i] = made
    quotes: list[tuple[Quote, ...]] = [()] * n
    for i, linked in enumerate(links):
        if linked:
            quotes[i] = _quotes(originals[i], starts[i], linked, built, src)
    return quotes, attributions, diagnostics


def _quotes(
    text: str, base: int, linked: list[Linked], built: dict[Found, Attribution], src: InputText
) -> tuple[Quote, ...]:
    """The quotes among the linked quote spans of one paragraph, once every attribution is built."""
    return tuple(
        [
            trusted_quote(
                text[link.span.start : link.span.end],
                link.partial,
                built[link.found] if link.found is not None else None,
                src.span(base + link.span.start, base + link.span.end),
            )
            for link in linked
            if keep(text, link)
        ]
    )


def _report(problems: list[tuple[int, int, str]], starts: list[int], src: InputText) -> list[Diagnostic]:
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


def _content(
    pieces: list[Piece] | None, texts: list[str], starts: list[int], src: InputText
) -> tuple[str | None, tuple[Span, ...]]:
    """The content of one attribution: its pieces joined by a space, and their spans."""
    if not pieces:
        return None, ()
    pieces = _apart([_whole_marks(texts[p], p, s, e) for p, s, e in pieces])
    text = " ".join([texts[p][s:e] for p, s, e in pieces])
    return text, tuple([src.span(starts[p] + s, starts[p] + e) for p, s, e in pieces])


def _whole_marks(text: str, p: int, start: int, end: int) -> Piece:
    """The piece with both apostrophes of a ``''`` quotation mark at its edges, where the stages
    read the pair as one mark and a space and the piece holds one of the two; not where the
    apostrophe at its edge is a single mark inside three (``'old-school,'''``)."""
    if start > 0 and text[start - 1 : start + 1] == "''" and text[start - 2 : start - 1] != "'":
        start -= 1
    if end < len(text) and text[end - 1 : end + 1] == "''" and text[end + 1 : end + 2] != "'":
        end += 1
    return p, start, end


def _apart(pieces: list[Piece]) -> list[Piece]:
    """The pieces in order with none overlapping the one before it: two pieces that
    :func:`_whole_marks` widened may share the ``''`` between them (``P:''and``)."""
    out: list[Piece] = []
    for p, s, e in sorted(pieces):
        start = max(s, out[-1][2]) if out and out[-1][0] == p else s
        if start < e:
            out.append((p, start, e))
    return out


def _attribution(
    f: Found,
    referent: Mention | None,
    text: str,
    base: int,
    src: InputText,
    *,
    content: tuple[str | None, tuple[Span, ...]],
) -> Attribution:
    d = f.description
    source = text[f.start : f.end]
    named, count, resolved = d.named, d.number, None
    pronoun = source.lower()
    pronoun = SUBJECT_OF.get(pronoun, pronoun)  # ``his claim that``, ``according to him``: he
    if pronoun in SUBJECT_PRONOUNS:
        if referent is not None:
            r = referent.description
            resolved = r.name or referent.text
            named = r.named
            if pronoun == "they":
                count = None if r.plural else r.number
        elif pronoun in PERSON_PRONOUNS:
            named = True  # ``he`` or ``she`` stands for one person, whom news text names
    return trusted_attribution(
        source=source,
        cue=text[f.cue_start : f.cue_end],
        kind=f.kind,
        named=named,
        count=count,
        name=d.name,
        role=d.role,
        resolved=resolved,
        content=content[0],
        rule=f.rule,
        source_span=src.span(base + f.start, base + f.end),
        cue_span=src.span(base + f.cue_start, base + f.cue_end),
        span=src.span(base + f.first, base + f.last),
        content_spans=content[1],
    )
