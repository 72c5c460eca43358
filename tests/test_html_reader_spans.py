"""Every span parse_html gives indexes the HTML: the markup at a span shows the node's text."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Paragraph

from _html_corpus import HTML_FILES, manifest_dates, shown

DATES = manifest_dates()
DAY = datetime.date(2023, 10, 16)


def _line(paragraph: Paragraph) -> str:
    label = f"{paragraph.label_prefix or ''}{paragraph.label}: " if paragraph.label is not None else ""
    return f"{label}{paragraph.text}"


@pytest.mark.parametrize("path", HTML_FILES, ids=lambda p: p.stem[:3])
def test_every_span_of_a_corpus_story_reads_back_to_its_text(path: Path) -> None:
    """For each paragraph, quote and source of a story, the markup at its span shows its text;
    a cue shows its cue, a whole attribution shows its source and its cue, and the pieces of
    its content, joined by one space, show its content (white space aside)."""
    html = path.read_text(encoding="utf-8")
    article = newsdoc.parse_html(html, date=DATES[path.stem])
    for paragraph in article.paragraphs:
        assert paragraph.span is not None
        markup = html[paragraph.span.start : paragraph.span.end]
        assert markup.startswith(("<p", "<li", "<h")), markup[:20]
        assert shown(markup) == _line(paragraph)
    for quote in article.quotes:
        assert quote.span is not None
        assert shown(html[quote.span.start : quote.span.end]) == quote.text.strip()
    for a in article.attributions:
        assert a.source_span is not None
        assert a.cue_span is not None
        assert a.span is not None
        assert shown(html[a.source_span.start : a.source_span.end]) == a.source
        assert shown(html[a.cue_span.start : a.cue_span.end]) == a.cue
        whole = shown(html[a.span.start : a.span.end])
        assert a.source in whole
        assert a.cue in whole
        # a run of white space in the markup may show as two spaces where the model reads one
        pieces = [" ".join(shown(html[s.start : s.end]).split()) for s in a.content_spans]
        assert (" ".join(pieces) if pieces else None) == (None if a.content is None else " ".join(a.content.split()))


SPANS = [
    (
        "entity",
        "<p>Tom &amp; Jerry said &quot;we&rsquo;re done with talks&quot; today.</p>",
        "we’re done with talks",
        "we&rsquo;re done with talks",
    ),
    (
        "link inside a quote",
        '<p>He said "the <a href="x">deal</a> holds for now".</p>',
        "the deal holds for now",
        'the <a href="x">deal</a> holds for now',
    ),
    ("nbsp", "<p>She said \u201cnot now,&nbsp;not ever\u201d.</p>", "not now, not ever", "not now,&nbsp;not ever"),
    (
        "character reference",
        "<p>She said &#8220;all is fine here&#x201D;.</p>",
        "all is fine here",
        "all is fine here",
    ),
]


@pytest.mark.parametrize(("html", "quote", "markup"), [c[1:] for c in SPANS], ids=[c[0] for c in SPANS])
def test_a_quote_span_is_the_markup_of_its_words(html: str, quote: str, markup: str) -> None:
    """A quote's span covers the markup of its words: entities and tags between them included."""
    (found,) = newsdoc.parse_html(html, date=DAY).quotes
    assert found.text == quote
    assert found.span is not None
    assert html[found.span.start : found.span.end] == markup


def test_a_paragraph_span_is_its_element_and_an_item_its_li() -> None:
    """A paragraph's span runs from its start tag to the end of its end tag."""
    html = "<div><p>Lede.</p>\n<ul>\n  <li>One <b>item</b></li>\n</ul><h2>Sub</h2><p>Open"
    article = newsdoc.parse_html(html, date=DAY)
    spans = [p.span for p in article.paragraphs]
    assert all(s is not None for s in spans)
    assert [html[s.start : s.end] for s in spans if s is not None] == [
        "<p>Lede.</p>",
        "<li>One <b>item</b></li>",
        "<h2>Sub</h2>",
        "<p>Open",
    ]


def test_diagnostics_point_into_the_html() -> None:
    """A diagnostic of the text has its span, line and column in the HTML."""
    html = '<p>Lede.</p>\n\n<p>He said "never closed.</p>'
    (d,) = [d for d in newsdoc.parse_html(html, date=DAY).diagnostics if d.code == "ND201"]
    assert (d.line, d.column) == (3, 12)
    assert html[d.span.start] == '"'


def test_every_white_space_but_the_plain_space_is_unprintable() -> None:
    """A block skips the search for white space to collapse where its text has no double space
    and is printable; that is right only if no other white space is printable."""
    printable = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " " and c.isprintable()]
    assert printable == []


@pytest.mark.parametrize("space", ["\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\u2028", "\x85", "  ", " \t "])
def test_each_kind_of_white_space_is_one_space_mapped_to_all_of_it(space: str) -> None:
    html = f"<p>Aid is late,{space}two{space}officials said.</p>"
    article = newsdoc.parse_html(html, date=datetime.date(2024, 5, 1))
    assert article.lede.text == "Aid is late, two officials said."
    (attribution,) = article.attributions
    assert attribution.source == "two officials"
    assert attribution.source_span is not None
    assert html[attribution.source_span.start : attribution.source_span.end] == f"two{space}officials"
