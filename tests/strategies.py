"""Hypothesis strategies: arbitrary Articles for the JSON round trip, article-like text for the parser."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    AttributionKind,
    Diagnostic,
    Paragraph,
    ParagraphKind,
    Quote,
    Section,
    Severity,
    Span,
)

# Any character but a line break, with lone surrogates now and then (they must survive JSON).
_CHAR = st.one_of(
    st.characters(exclude_characters="\n\r"),
    st.sampled_from(["\ud800", "\udfff", "\u200b", "\ufeff", '"', "“", "”", ":", "\x00"]),
)
lines = st.text(_CHAR, max_size=40)
"""A single line of arbitrary text."""
optional_lines = st.none() | lines


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    return Span(start=start, end=start + draw(st.integers(0, 500)))


optional_spans = st.none() | spans()

attributions = st.builds(
    Attribution,
    source=lines,
    cue=lines,
    kind=st.sampled_from(AttributionKind),
    named=st.none() | st.booleans(),
    count=st.none() | st.integers(0, 1000),
    name=optional_lines,
    role=optional_lines,
    resolved=optional_lines,
    rule=lines,
    source_span=optional_spans,
    cue_span=optional_spans,
    span=optional_spans,
)
quotes = st.builds(Quote, text=lines, partial=st.booleans(), attribution=st.none() | attributions, span=optional_spans)
paragraphs = st.builds(
    Paragraph,
    text=lines,
    label=optional_lines,
    label_prefix=optional_lines,
    kind=st.sampled_from(ParagraphKind),
    marker=optional_lines,
    quotes=st.lists(quotes, max_size=2).map(tuple),
    attributions=st.lists(attributions, max_size=2).map(tuple),
    span=optional_spans,
)


@st.composite
def sections(draw: st.DrawFn) -> Section:
    body = tuple(draw(st.lists(paragraphs, min_size=1, max_size=3)))
    labeled = draw(st.booleans())
    if labeled:
        first = body[0]
        label = first.label if first.label is not None else draw(lines)
        body = (attrs.evolve(first, label=label), *body[1:])
        return Section(label=label, paragraphs=body)
    return Section(label=None, paragraphs=body)


@st.composite
def diagnostics(draw: st.DrawFn) -> Diagnostic:
    code = draw(st.sampled_from(sorted(newsdoc.CODES)))
    return Diagnostic(
        code=code,
        severity=draw(st.sampled_from(Severity)),
        message=draw(st.text(max_size=30)),
        span=draw(spans()),
        line=draw(st.integers(1, 500)),
        column=draw(st.integers(1, 500)),
    )


articles = st.builds(
    Article,
    date=st.none() | st.dates(min_value=datetime.date(1, 1, 1)),
    lede=paragraphs,
    sections=st.lists(sections(), max_size=3).map(tuple),
    diagnostics=st.lists(diagnostics(), max_size=3).map(tuple),
)
"""Arbitrary Articles: every field, spans and diagnostics included, with awkward characters."""

# Pieces the parser cares about, to build text that looks like an article and isn't quite.
_PIECES = st.sampled_from(
    [
        " date 2023-10-16 ", "date: 2023/10/16 ", "Oct. 16, 2023 ", "Why it matters:", "**Zoom in:**",
        "**Yes, but**:", "🧠 ", "1. ", "- ", "* ", "• ", "2) ", '"', "“", "”", "'", ":", " said ",
        "according to ", " officials", "\n", "\n\n", "\r\n", "\r", "\ufeff", "\u00a0", "\u200b", " ", "\t",
        "Election law", "Editor's note: ", "he said.", ", a senior official said.",
    ]
)  # fmt: skip
article_text = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
"""Text assembled from headers, labels, markers, quote marks, line ends and arbitrary runs."""
