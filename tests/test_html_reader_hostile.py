"""parse_html on hostile and broken HTML: it never raises, spans stay in the HTML, the writers stay safe."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, Span

from _html_corpus import shown
from _invariants import check_diagnostics, check_fixed_point, check_json
from _safety import html_problems

DAY = datetime.date(2023, 10, 16)

HOSTILE: list[tuple[str, str, list[str]]] = [
    ("unclosed tags", "<p>Lede <b>bold <i>both<p>Next <em>open", ["Lede bold both", "Next open"]),
    ("misnested tags", "<p>Lede <b>b <i>c</b> d</i> e.</p><p>Two.</p>", ["Lede b c d e.", "Two."]),
    ("script inside p", "<p>Lede <script>if (a<b) {x = '</p><p>no'}</script>end.</p>", ["Lede end."]),
    ("style inside p", "<p>Lede<style>p { content: 'x' }</style>.</p>", ["Lede."]),
    ("comment", "<p>Lede <!-- <p>not read</p> -->end.</p>", ["Lede end."]),
    ("unclosed comment", "<p>Lede.</p><p>Two <!-- never closed", ["Lede.", "Two"]),
    ("cdata", "<p>Lede <![CDATA[ <p>x</p> ]]>end.</p>", ["Lede end."]),
    ("unknown marked section", "<p>Lede.</p><![foo[ x ]]><p>Two.</p>", ["Lede.", "Two."]),
    # found by fuzz/fuzz_html.py: the paragraph's span ran past the end of the HTML
    ("marked section without a name", "<![>8", ["8"]),
    ("marked section without a name, then paragraphs", "ab<![>8<p>c</p>", ["ab8", "c"]),
    ("doctype ends at its first >", "<!DOCTYPE html [ <!ENTITY % x '&'> ]><p>Lede.</p>", ["]>", "Lede."]),
    (
        "attributes with quotes and entities",
        '<p title=\'a "b" &amp; c\' data-x="it\'s &quot;q&quot; >">Lede &lt;p&gt; &#x26; &bogus; &#0; &#xD800;.</p>',
        ["Lede <p> & &bogus; \ufffd \ufffd."],
    ),
    ("lone brackets and ampersands", "<p>a < b && c > d &amp</p><p>< p>", ["a < b && c > d &", "< p>"]),
    ("end tags with no start", "</div></p></li><p>Lede.</b></i></p></ul>", ["Lede."]),
    ("items with no list", "<li>one</li><li>two</li>", ["- one", "- two"]),
    (
        "nested lists",
        "<p>Lede.</p><ol start='x'><li>a<ul><li>b</li></ul></li><li>c</li></ol>",
        ["Lede.", "1. a", "- b", "2. c"],
    ),
    ("nothing but markup", "<div><img src=x><hr></div>", []),
    ("empty", "", []),
]
"""Broken or hostile HTML, with the paragraph lines it reads as (markers included)."""


def _spans(article: Article) -> list[Span]:
    found: list[Span | None] = []
    for p in article.paragraphs:
        found.append(p.span)
        found.extend(q.span for q in p.quotes)
        for a in p.attributions:
            found.extend((a.span, a.source_span, a.cue_span, *a.content_spans))
    return [s for s in found if s is not None]


def _check(html: str) -> Article:
    """Read ``html`` and check what holds for any input: spans inside it, diagnostics that point
    into it, a text that reads back, JSON that reads back, HTML that writes no foreign tag."""
    article = newsdoc.parse_html(html, date=DAY)
    assert all(0 <= s.start <= s.end <= len(html) for s in _spans(article))
    check_diagnostics(html, article)
    check_fixed_point(article)
    check_json(article)
    assert html_problems(newsdoc.to_html(article)) == []
    for quote in article.quotes:
        assert quote.span is not None
        assert shown(html[quote.span.start : quote.span.end]) == quote.text.strip()
    return article


def _lines(article: Article) -> list[str]:
    text = newsdoc.to_text(article).removeprefix(f" date {DAY}").removeprefix(" ")
    return [line for line in text.splitlines() if line]


@pytest.mark.parametrize(("html", "lines"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_hostile_html_reads_without_raising(html: str, lines: list[str]) -> None:
    """Broken markup is read as browsers mostly read it, and every invariant holds."""
    assert _lines(_check(html)) == lines


def test_ten_thousand_nested_divs() -> None:
    """A paragraph under 10,000 open divs is read, with its span."""
    html = "<div>" * 10_000 + "<p>Deep, two officials said.</p>" + "</div>" * 10_000
    article = _check(html)
    assert article.lede.text == "Deep, two officials said."
    assert article.lede.span is not None
    assert html[article.lede.span.start : article.lede.span.end] == "<p>Deep, two officials said.</p>"


def test_a_one_megabyte_text_node() -> None:
    """A 1 MB paragraph is one paragraph; its span covers it."""
    html = "<p>" + "word " * 200_000 + "</p>"
    article = _check(html)
    assert len(article.lede.text) == 999_999
    assert article.lede.span == Span(start=0, end=len(html))


def test_bytes_are_a_type_error() -> None:
    """bytes are refused with a TypeError that says to decode them."""
    with pytest.raises(TypeError, match="decode"):
        newsdoc.parse_html(b"<p>Lede.</p>")  # type: ignore[arg-type]


_PIECES = (
    "<p> </p> <li> </li> <ul> <ol> </ul> <b> </b> <br> <div> </div> <script> </script> <!-- --> <![CDATA[ ]]> "
    '&amp; &nbsp; &#8220; " <img> <hr> <h2> </h2> < > & \u201c \u201d said officials Why_it_matters:'
)
_MARKUP = st.sampled_from([*_PIECES.replace("_", " ").split(), " ", "\n"])


@given(st.lists(st.one_of(_MARKUP, st.text(max_size=8)), max_size=40).map("".join))
def test_any_string_reads(html: str) -> None:
    """For any string parse_html returns an article, and every invariant holds."""
    _check(html)
