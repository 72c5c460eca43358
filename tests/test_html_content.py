"""to_html marks what each attribution credits: ``<span class="content">`` beside its clause, never crossing a tag."""

from __future__ import annotations

import datetime
import timeit
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote, Section, Span
from newsdoc._write._content import mark_content
from newsdoc._write._parts import locate

from _html_tree import Node, check, tree
from _support import corpus_files, read

Clause = tuple[Span, Span, Span]
"""The spans of an attribution's source, cue and whole clause."""


def said(
    source: str,
    content: str | None,
    *spans: tuple[int, int],
    cue: str = "said",
    kind: AttributionKind = AttributionKind.SAID,
    at: Clause | None = None,
) -> Attribution:
    """An attribution of ``source`` crediting ``content``: its pieces at ``spans``, its clause ``at`` (or no spans)."""
    source_span, cue_span, span = (None, None, None) if at is None else at
    return Attribution(
        source=source,
        cue=cue,
        kind=kind,
        content=content,
        source_span=source_span,
        cue_span=cue_span,
        span=span,
        content_spans=tuple(Span(start=s, end=e) for s, e in spans),
    )


def clause(text: str, source: str, cue: str, *, shift: int = 0) -> Clause:
    """The spans of the first ``source`` in ``text`` and of the ``cue`` after it, ``shift`` characters on."""
    s = text.index(source) + shift
    c = text.index(cue, s - shift + len(source)) + shift
    return Span(start=s, end=s + len(source)), Span(start=c, end=c + len(cue)), Span(start=s, end=c + len(cue))


_AROUND = "The talks, officials said, will resume Monday."
_NESTED = "Blinken urged Netanyahu to allow aid, two officials said."
_QUOTED = '"We are ready," she said. "We will win."'
_CROSSING = 'Officials said the plan "was a grave mistake" on Monday.'

CONTENT = "content"
ATT = "attribution"

MARKUP_CASES: list[tuple[str, str, tuple[Quote, ...], tuple[Attribution, ...], str]] = [
    (
        "pieces around an interposed clause, placed by their spans",
        _AROUND,
        (),
        (said("officials", "The talks will resume Monday", (0, 9), (27, 45), at=clause(_AROUND, "officials", "said")),),
        '<p><span class="content" data-attribution="0">The talks</span>, <span class="attribution" data-kind="said"'
        ' data-attribution="0"><span class="source">officials</span> <span class="cue">said</span></span>,'
        ' <span class="content" data-attribution="0">will resume Monday</span>.</p>',
    ),
    (
        "content before the clause, found without spans",
        "The talks will resume Monday, two officials said.",
        (),
        (said("two officials", "The talks will resume Monday"),),
        '<p><span class="content" data-attribution="0">The talks will resume Monday</span>, <span'
        ' class="attribution" data-kind="said" data-attribution="0"><span class="source">two officials</span>'
        ' <span class="cue">said</span></span>.</p>',
    ),
    (
        "reported speech after the cue",
        "Blinken stressed that Israel must act.",
        (),
        (said("Blinken", "Israel must act", cue="stressed"),),
        '<p><span class="attribution" data-kind="said" data-attribution="0"><span class="source">Blinken</span>'
        ' <span class="cue">stressed</span></span> that <span class="content" data-attribution="0">Israel must'
        " act</span>.</p>",
    ),
    (
        "according to: the main clause",
        "According to officials, the talks will resume Monday.",
        (),
        (said("officials", "the talks will resume Monday", cue="According to", kind=AttributionKind.ACCORDING_TO),),
        '<p><span class="attribution" data-kind="according_to" data-attribution="0"><span class="cue">According'
        ' to</span> <span class="source">officials</span></span>, <span class="content" data-attribution="0">the'
        " talks will resume Monday</span>.</p>",
    ),
    (
        "each quote is content of the same source, inside its quote",
        _QUOTED,
        (Quote(text="We are ready,"), Quote(text="We will win.")),
        (said("she", "We are ready, We will win.", (1, 14), (27, 39), at=clause(_QUOTED, "she", "said")),),
        '<p>"<q><span class="content" data-attribution="0">We are ready,</span></q>" <span class="attribution"'
        ' data-kind="said" data-attribution="0"><span class="source">she</span> <span class="cue">said</span></span>.'
        ' "<q><span class="content" data-attribution="0">We will win.</span></q>"</p>',
    ),
    (
        "an inner attribution and its content inside the outer content",
        _NESTED,
        (),
        (
            said("Blinken", "Netanyahu to allow aid", cue="urged"),
            said("two officials", "Blinken urged Netanyahu to allow aid"),
        ),
        '<p><span class="content" data-attribution="1"><span class="attribution" data-kind="said"'
        ' data-attribution="0"><span class="source">Blinken</span> <span class="cue">urged</span></span> <span'
        ' class="content" data-attribution="0">Netanyahu to allow aid</span></span>, <span class="attribution"'
        ' data-kind="said" data-attribution="1"><span class="source">two officials</span> <span'
        ' class="cue">said</span></span>.</p>',
    ),
    (
        "content that crosses a quote is cut at the quote's edge",
        _CROSSING,
        (Quote(text="was a grave mistake"),),
        (said("Officials", 'the plan "was a grave'),),
        '<p><span class="attribution" data-kind="said" data-attribution="0"><span class="source">Officials</span>'
        ' <span class="cue">said</span></span> <span class="content" data-attribution="0">the plan "</span><q><span'
        ' class="content" data-attribution="0">was a grave</span> mistake</q>" on Monday.</p>',
    ),
    (
        "content that crosses another attribution's content: the later one is not marked",
        "A said x y z, B said.",
        (),
        (said("A", "x y"), said("B", "y z")),
        '<p><span class="attribution" data-kind="said" data-attribution="0"><span class="source">A</span> <span'
        ' class="cue">said</span></span> <span class="content" data-attribution="0">x y</span> z, <span'
        ' class="attribution" data-kind="said"><span class="source">B</span> <span class="cue">said</span></span>.</p>',
    ),
    (
        "declined credits nothing",
        "The ministry declined to comment.",
        (),
        (said("The ministry", None, cue="declined to comment", kind=AttributionKind.DECLINED),),
        '<p><span class="attribution" data-kind="declined"><span class="source">The ministry</span> <span'
        ' class="cue">declined to comment</span></span>.</p>',
    ),
    (
        "content not in the text is not marked",
        "Nothing here, officials said.",
        (),
        (said("officials", "Something else"),),
        '<p>Nothing here, <span class="attribution" data-kind="said"><span class="source">officials</span> <span'
        ' class="cue">said</span></span>.</p>',
    ),
]


@pytest.mark.parametrize(
    ("text", "quotes", "attributions", "markup"), [c[1:] for c in MARKUP_CASES], ids=[c[0] for c in MARKUP_CASES]
)
def test_content_markup(
    text: str, quotes: tuple[Quote, ...], attributions: tuple[Attribution, ...], markup: str
) -> None:
    """Each piece of content is a <span class="content"> tied to its attribution's element by data-attribution."""
    paragraph = Paragraph(text=text, quotes=quotes, attributions=attributions)
    article = Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=(paragraph,)),))
    html = newsdoc.to_html(article)
    assert html.splitlines()[2:5] == ["<section>", markup, "</section>"]
    check(article)


def test_numbers_count_the_attributions_of_the_whole_article() -> None:
    """data-attribution is the attribution's position in Article.attributions, as in attribution_records."""
    first = Paragraph(text="Aid is late, officials said.", attributions=(said("officials", "Aid is late"),))
    second = Paragraph(
        text="The ministry declined to comment. Talks resume, diplomats said.",
        attributions=(
            said("The ministry", None, cue="declined to comment", kind=AttributionKind.DECLINED),
            said("diplomats", "Talks resume"),
        ),
    )
    article = Article(lede=first, sections=(Section(paragraphs=(second,)),))
    numbers = [(n.attributes["class"], n.attributes.get("data-attribution")) for n in _spans(newsdoc.to_html(article))]
    assert numbers == [
        (CONTENT, "0"),
        (ATT, "0"),
        ("source", None),
        ("cue", None),
        (ATT, None),
        ("source", None),
        ("cue", None),
        (CONTENT, "2"),
        (ATT, "2"),
        ("source", None),
        ("cue", None),
    ]
    records = list(newsdoc.attribution_records(article))
    assert [(r["attribution"], r["source"]) for r in records if r["content"]] == [(0, "officials"), (2, "diplomats")]


def test_spans_that_the_text_does_not_confirm_are_not_trusted() -> None:
    """Spans that put the pieces where the text does not hold them (an article read from HTML has its spans
    in the HTML) are not taken: the pieces are searched for, on the side of the clause their spans give."""
    off = said(
        "officials", "The talks will resume Monday", (0, 9), (27, 45), at=clause(_AROUND, "officials", "said", shift=1)
    )
    html = newsdoc.to_html(Article(lede=Paragraph(text=_AROUND, attributions=(off,))))
    assert [n.text() for n in _spans(html) if n.attributes["class"] == CONTENT] == ["The talks", "will resume Monday"]


def _spans(html: str) -> list[Node]:
    return [n for n in tree(html).walk() if n.tag == "span"]


# Few words, so that contents, sources, cues and quotes overlap in every way.
_WORDS = st.sampled_from(["he", "she", "said", "the", "a", ",", '"', "x", "y"])


@st.composite
def crowded_paragraphs(draw: st.DrawFn) -> Paragraph:
    """A paragraph of a few words repeated, with quotes, attributions and contents cut from its own text."""
    text = " ".join(draw(st.lists(_WORDS, max_size=30)))

    def cut() -> tuple[str, tuple[int, int]]:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 12)))
        return text[start:end], (start, end)

    quotes = tuple(Quote(text=cut()[0]) for _ in range(draw(st.integers(0, 3))))
    attributions = []
    for _ in range(draw(st.integers(0, 4))):
        pieces = sorted((cut() for _ in range(draw(st.integers(0, 3)))), key=lambda p: p[1])
        content = " ".join(p[0] for p in pieces) if pieces else draw(st.none() | st.just("he said"))
        spans = [p[1] for p in pieces] if draw(st.booleans()) else []
        # A clause at the start of the text, where its spans are given: a hint that is often wrong.
        at = (Span(start=0, end=1), Span(start=2, end=3), Span(start=0, end=3)) if draw(st.booleans()) else None
        attributions.append(said(draw(_WORDS), content, *spans, cue=draw(_WORDS), at=at))
    return Paragraph(text=text, quotes=quotes, attributions=tuple(attributions))


@given(st.lists(crowded_paragraphs(), min_size=1, max_size=3))
def test_content_marks_never_cross_and_hold_only_their_content(paragraphs: list[Paragraph]) -> None:
    """Whatever overlaps, the HTML is well formed, its text is the article's, and each content element holds
    words of its attribution's content and is tied to an attribution that has content."""
    article = Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=tuple(paragraphs)),))
    check(article)
    attributions = article.attributions
    for node in _spans(newsdoc.to_html(article)):
        number = node.attributes.get("data-attribution")
        if node.attributes["class"] == CONTENT:
            assert number is not None
            content = attributions[int(number)].content
            assert content is not None
            assert node.text() in content
        elif number is not None:
            assert node.attributes["class"] == ATT
            assert attributions[int(number)].content


@given(crowded_paragraphs())
def test_content_marks_are_sorted_for_nesting(paragraph: Paragraph) -> None:
    """The marks with content never cross, each range comes before the ranges inside it, and nothing is empty."""
    marks, _ = mark_content(paragraph, locate(paragraph), 0)
    open_ends: list[int] = []
    for start, end, _, _ in marks:
        assert start < end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        assert not open_ends or end <= open_ends[-1]
        open_ends.append(end)


def _crowded(times: int) -> Paragraph:
    """``times`` sentences, each crediting its clause to ``he``, then ``he`` written 100 times as often."""
    sentence = "The talks will resume on Monday after a long pause, he said. "
    text = sentence * times + "he " * (100 * times)
    attribution = said("he", "The talks will resume on Monday after a long pause")
    return Paragraph(text=text, attributions=(attribution,) * times)


def test_content_costs_grow_with_the_paragraph_not_with_its_marks_squared() -> None:
    """Ten times the attributions, contents and text cost about ten times as much (as test_locate bounds locate)."""
    small, large = _crowded(5), _crowded(50)

    def best(paragraph: Paragraph) -> float:
        marks = locate(paragraph)
        return min(timeit.repeat(lambda: mark_content(paragraph, marks, 0), number=1, repeat=5))

    assert sum(m[3] == CONTENT for m in mark_content(large, locate(large), 0)[0]) == 50
    assert best(large) / best(small) < 100


def _read_back(article: Article) -> Article:
    return newsdoc.parse_html(newsdoc.to_html(article, document=True))


def test_the_html_reader_reads_content_markup_as_text() -> None:
    """parse_html of a page with content marks reads the article that its text is: the marks add no text."""
    paragraphs = tuple(Paragraph(text=c[1], quotes=c[2], attributions=c[3]) for c in MARKUP_CASES)
    article = Article(
        date=datetime.date(2023, 10, 16), lede=Paragraph(text="Lede."), sections=(Section(paragraphs=paragraphs),)
    )
    assert _read_back(article) == newsdoc.parse(newsdoc.to_text(article))


@pytest.mark.parametrize("path", corpus_files()[::15], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_parsed_articles_read_back_from_their_html(path: Path) -> None:
    """parse_html(to_html(a)) == a for parsed articles, content marks and all."""
    article = newsdoc.parse(read(path))
    assert _read_back(article) == article
