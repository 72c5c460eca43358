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
    st.characters(exclude_characters="\n\r", exclude_categories=["Cs"]),  # no surrogate: see below
    # High surrogates only: a high one followed by a low one is a pair, which JSON (like UTF-16)
    # reads back as the one character it encodes, so no JSON writer can keep it as two.
    st.sampled_from(["\ud800", "\udbff", "\u200b", "\ufeff", '"', "“", "”", ":", "\x00"]),
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
    content=optional_lines,
    rule=lines,
    source_span=optional_spans,
    cue_span=optional_spans,
    span=optional_spans,
    content_spans=st.lists(spans(), max_size=3).map(tuple),
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
    source_path=st.none() | st.text(max_size=20),
)
"""Arbitrary Articles: every field, spans, diagnostics and source path included, with awkward characters."""


def _unsourced(article: Article) -> Article:
    def bare(p: Paragraph) -> Paragraph:
        return attrs.evolve(p, quotes=(), attributions=())

    sections = tuple(attrs.evolve(s, paragraphs=tuple(map(bare, s.paragraphs))) for s in article.sections)
    return attrs.evolve(article, lede=bare(article.lede), sections=sections, sourcing=False)


layout_articles = articles.map(_unsourced)
"""Arbitrary Articles read without sourcing: ``sourcing=False``, and so no quotes or attributions."""

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

# Hostile pieces: every kind of quote mark and colon, labels, list markers and date headers
# in good and bad forms, line ends, and the characters that scraped or crafted text carries
# (BOM, NUL and other controls, lone surrogates, zero-width, bidi and odd spaces).
_HOSTILE_PIECES = st.sampled_from(
    [
        '"', "“", "”", "„", "‟", "«", "»", "‹", "›", "'", "‘", "’", "‚", "‛", "「", "」", "『", "』",
        "″", "＂", "〝", "〞", '""', "“”", '"“', "”“", " \"", "\" ",
        ":", "：", "﹕", "::", ": ", ":\t", ":**", "**:",
        "Why it matters:", "Why it matters: ", "**Zoom in:** ", "**Yes, but**: ", "🧠 Why it matters: ",
        "1. Models muscle up: ", "Editor's note: ", "She added: ", "Big picture:\t", "Go deeper:",
        "- ", "* ", "• ", "+ ", "1. ", "2) ", "123. ", "1000. ", "-", "\n- ", "\n* ", "\n1. ", "\n12) ",
        " date 2023-10-16 ", "date: 2023/10/16 ", "Oct. 16, 2023 ", "16 October 2023 ", " date 2023-13-45 ",
        "date 16/10 ", "DATE:2023.1.2\t", "date", " date ",
        " said", " said.", "according to ", " told Axios", "he said.", ", two officials said.", "per ",
        "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\r\r", " \n", "\t\n", "\n ",
        "\ufeff", "\x00", "\x7f", "\x0b", "\x0c", "\x1b", "\x85", "\u2028", "\u2029",
        "\ud800", "\udfff", "\udc80", "\ud83e",
        "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad",
        "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061c",
        "\u00a0", "\u202f", "\u2003", "\u3000", " ", "\t", "  ",
        "🧠", "🇺🇸", "👍🏽", "\ufe0f", "👩‍👩‍👧",
    ]
)  # fmt: skip
# A very long run of one awkward character: no spaces, all marks, all colons, all markers.
_LONG_RUNS = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(['"', "“", "”", ":", "x", "A", "1", " ", "\u200b", "🧠", "*", "-", "\r", "\n", "Why it matters: "]),
    st.integers(min_value=50, max_value=3000),
)
_HOSTILE_PART = st.one_of(_HOSTILE_PIECES, _HOSTILE_PIECES, _LONG_RUNS, st.text(max_size=12))
hostile_text = st.lists(_HOSTILE_PART, max_size=60).map("".join)
"""Text built from what the parser cares about, in orders no article uses, with very long runs."""

_SOURCES = st.sampled_from(
    ["two officials", "officials", "a senior Israeli official", "Jane Roe", "she", "the ministry", "Gallup", "they"]
)
_VERBS = st.sampled_from(["said", "told Axios", "warned", "says", "added", "stressed"])
_CLAIMS = st.sampled_from(
    [
        "the talks will resume Monday",
        "aid is stuck at the border",
        "Israel must address the humanitarian situation",
        "it was a grave mistake",
        "we need more time",
        "growth will slow",
    ]
)


def _up(words: str) -> str:
    """The words with the first letter capitalised, the rest as they are."""
    return words[:1].upper() + words[1:]


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """A sentence that credits a claim to a source, the way news text does, in one of its usual forms."""
    source, verb, claim, other = draw(_SOURCES), draw(_VERBS), draw(_CLAIMS), draw(_CLAIMS)
    head, *rest = claim.split(" ", 2)
    forms = [
        f"{_up(claim)}, {source} {verb}.",
        f"{_up(source)} {verb} that {claim}.",
        f"{_up(source)} {verb} {claim}.",
        f"{_up(head)} {rest[0]}, {source} {verb}, {' '.join(rest[1:])}.",
        f"According to {source}, {claim}.",
        f"{_up(claim)}, per {source}.",
        f'"{_up(claim)}," {source} {verb}.',
        f'"{_up(claim)}," {source} {verb}. "{_up(other)}."',
        f'{_up(source)} {verb}: "{_up(claim)}."',
        f"{_up(source)} declined to comment.",
        f"{_up(source)} did not immediately respond to a request for comment.",
        f"{_up(claim)}, {source} {verb}, adding that {other}.",
    ]
    return draw(st.sampled_from(forms))


sourced_text = st.builds(
    lambda lede, paragraphs: " date 2023-10-16 " + "\n\n".join([lede, *paragraphs]) + "\n\n",
    st.lists(_sentence(), min_size=1, max_size=3).map(" ".join),
    st.lists(st.lists(_sentence(), min_size=1, max_size=3).map(" ".join), max_size=3),
)
"""Articles whose sentences credit claims to sources: reported speech before and after its cue, around an
interposed cue, after ``according to`` and ``per``, in quotes, declined and unanswered."""
