"""to_html: the only tags are the writer's, and the text read back is the article's."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote, Section

from _html_tree import check, tree
from _support import corpus_files, read
from _writers import ATTACKS, PLACES, SAID, SAMPLE, seen, with_text
from strategies import articles


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_reads_back(path: Path) -> None:
    """Each article of the corpus reads back to its date, sections, labels, lists, headings and text."""
    check(newsdoc.parse(read(path)))


@given(articles)
def test_any_article_reads_back(article: Article) -> None:
    """For an arbitrary Article, the only tags are the writer's and the text is the article's."""
    check(article)
    speakers = {seen(q.speaker) for p in article.paragraphs for q in p.quotes if q.speaker is not None}
    for node in tree(newsdoc.to_html(article)).walk():
        if "data-speaker" in node.attributes:
            assert node.attributes["data-speaker"] in speakers


# Text to build paragraphs from: quote marks, markup and words, so that quotes and
# sources are found, found elsewhere, or not found at all.
_PIECE = st.text(st.sampled_from("ab \"“”<>&'/"), max_size=6) | st.sampled_from(["he", "said", "<q>", "</span>"])


@st.composite
def marked_paragraphs(draw: st.DrawFn) -> Paragraph:
    """A paragraph whose text holds its quotes and attribution, among other pieces."""
    before, quoted, middle, source, cue, after = (draw(_PIECE) for _ in range(6))
    attribution = Attribution(source=source, cue=cue, kind=draw(st.sampled_from(AttributionKind)))
    text = f'{before}"{quoted}"{middle}{source} {cue}{after}'
    quote = Quote(text=quoted, attribution=attribution if draw(st.booleans()) else None)
    return Paragraph(text=text, quotes=(quote,), attributions=(attribution,))


@given(st.lists(marked_paragraphs(), min_size=1, max_size=4))
def test_quotes_and_attributions_mark_their_own_words(paragraphs: list[Paragraph]) -> None:
    """Each <q> holds its quote's words, each source and cue span its own, and the text is whole."""
    article = Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=tuple(paragraphs)),))
    check(article)
    _lede, section = tree(newsdoc.to_html(article)).elements()[0].elements()
    for node, paragraph in zip(section.elements(), paragraphs, strict=True):
        quote, attribution = paragraph.quotes[0], paragraph.attributions[0]
        for mark in node.walk()[1:]:
            if mark.tag in ("q", "blockquote"):
                assert mark.attributes.get("data-speaker") == quote.speaker
            if mark.tag == "q":
                assert mark.text() == quote.text
            elif mark.tag == "span" and mark.attributes["class"] in ("source", "cue"):
                assert mark.text() == (attribution.source if mark.attributes["class"] == "source" else attribution.cue)
            elif mark.tag == "span":
                assert mark.attributes["data-kind"] == attribution.kind.value


MARKUP_CASES = [
    (
        "quote then speaker",
        '"It is a mistake," a senior Israeli official said.',
        ("It is a mistake,",),
        (SAID,),
        '<p>"<q data-speaker="a senior Israeli official">It is a mistake,</q>" <span class="attribution"'
        ' data-kind="said" data-named="false" data-count="1"><span class="source">a senior Israeli official</span>'
        ' <span class="cue">said</span></span>.</p>',
    ),
    (
        "cue before source, with name and role",
        '"No comment," said State Department spokesperson Mathew Miller.',
        ("No comment,",),
        (
            Attribution(
                source="State Department spokesperson Mathew Miller",
                cue="said",
                kind=AttributionKind.SAID,
                named=True,
                name="Mathew Miller",
                role="State Department spokesperson",
            ),
        ),
        '<p>"<q data-speaker="State Department spokesperson Mathew Miller">No comment,</q>" <span'
        ' class="attribution" data-kind="said" data-named="true" data-name="Mathew Miller"'
        ' data-role="State Department spokesperson"><span class="cue">said</span> <span class="source">State'
        " Department spokesperson Mathew Miller</span></span>.</p>",
    ),
    (
        "a pronoun source is a whole word outside the quote",
        '"He should sign it," the aide said he said.',
        ("He should sign it,",),
        (Attribution(source="he", cue="said", kind=AttributionKind.SAID),),
        '<p>"<q data-speaker="he">He should sign it,</q>" the aide said <span class="attribution" data-kind="said">'
        '<span class="source">he</span> <span class="cue">said</span></span>.</p>',
    ),
    (
        "according to",
        "Aid is blocked, according to Israeli officials.",
        (),
        (Attribution(source="Israeli officials", cue="according to", kind=AttributionKind.ACCORDING_TO),),
        '<p>Aid is blocked, <span class="attribution" data-kind="according_to"><span class="cue">according to</span>'
        ' <span class="source">Israeli officials</span></span>.</p>',
    ),
    (
        "a quote inside the clause",
        'Miller, who called it "a mistake," declined to comment.',
        ("a mistake,",),
        (Attribution(source="Miller", cue="declined to comment", kind=AttributionKind.DECLINED),),
        '<p><span class="attribution" data-kind="declined"><span class="source">Miller</span>, who called it'
        ' "<q data-speaker="Miller">a mistake,</q>" <span class="cue">declined to comment</span></span>.</p>',
    ),
    (
        "a source without its cue",
        "Gallup polled 1,000 adults.",
        (),
        (Attribution(source="Gallup", cue="found", kind=AttributionKind.SAID, named=True),),
        '<p><span class="attribution" data-kind="said" data-named="true"><span class="source">Gallup</span></span>'
        " polled 1,000 adults.</p>",
    ),
    (
        "the same words quoted twice",
        '"Yes," he said. "Yes," she said.',
        ("Yes,", "Yes,"),
        (),
        '<p>"<q>Yes,</q>" he said. "<q>Yes,</q>" she said.</p>',
    ),
    (
        "words not in the text are not marked",
        "Nothing quoted here.",
        ("elsewhere",),
        (Attribution(source="nobody", cue="said", kind=AttributionKind.SAID),),
        "<p>Nothing quoted here.</p>",
    ),
    (
        "a paragraph-long quote",
        '"The whole paragraph is quoted.',
        ("The whole paragraph is quoted.",),
        (),
        '<blockquote><p>"The whole paragraph is quoted.</p></blockquote>',
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "attributions", "markup"), [c[1:] for c in MARKUP_CASES], ids=[c[0] for c in MARKUP_CASES]
)
def test_quote_and_attribution_markup(
    text: str, quoted: tuple[str, ...], attributions: tuple[Attribution, ...], markup: str
) -> None:
    """Quotes are <q> (or <blockquote>) with their speaker; attributions mark their clause, source and cue."""
    speaker = attributions[0] if attributions else None
    quotes = tuple(Quote(text=q, attribution=speaker) for q in quoted)
    paragraph = Paragraph(text=text, quotes=quotes, attributions=attributions)
    html = newsdoc.to_html(Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=(paragraph,)),)))
    assert html.splitlines()[2:5] == ["<section>", markup, "</section>"]


def _sourced(value: str, field: str) -> Article:
    """SAMPLE with ``value`` as the speaker's source, name, role or resolution, or as a quote."""
    section = SAMPLE.sections[0]
    old = section.paragraphs[2]
    if field == "quote":
        paragraph = attrs.evolve(old, text=f'"{value}" {old.text}', quotes=(Quote(text=value, attribution=SAID),))
    else:
        match field:
            case "source":
                attribution = attrs.evolve(SAID, source=value)
            case "name":
                attribution = attrs.evolve(SAID, name=value)
            case "role":
                attribution = attrs.evolve(SAID, role=value)
            case _:
                attribution = attrs.evolve(SAID, resolved=value)
        text = f"{old.text} {value} said." if field == "source" else old.text
        quote = attrs.evolve(old.quotes[0], attribution=attribution)
        paragraph = attrs.evolve(old, text=text, quotes=(quote,), attributions=(attribution,))
    section = attrs.evolve(section, paragraphs=(*section.paragraphs[:2], paragraph))
    return attrs.evolve(SAMPLE, sections=(section,))


@pytest.mark.parametrize("place", [*PLACES, "source", "name", "role", "resolved", "quote"])
@pytest.mark.parametrize("attack", ATTACKS, ids=range(len(ATTACKS)))
def test_attack_strings_stay_text(attack: str, place: str) -> None:
    """Known attack strings, in text, labels, speakers and data attributes, never become markup."""
    article = with_text(SAMPLE, place, attack) if place in PLACES else _sourced(attack, place)
    check(article)
    values = [v for n in tree(newsdoc.to_html(article)).walk() for v in n.attributes.values()]
    if place in ("source", "name", "role", "resolved"):
        assert seen(attack) in values
    html5lib.HTMLParser(strict=True).parse(newsdoc.to_html(article, document=True))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pages_parse_without_errors(path: Path) -> None:
    """A page is HTML5 that the WHATWG parsing algorithm reads without a single parse error."""
    page = newsdoc.to_html(newsdoc.parse(read(path)), document=True)
    html5lib.HTMLParser(strict=True).parse(page)


def test_page_is_minimal_html5() -> None:
    """A page has the doctype, a UTF-8 charset, a title from the lede, the stylesheet and the fragment."""
    article = Article(date=datetime.date(2023, 10, 16), lede=Paragraph(text="Blinken urged <aid>."))
    page = newsdoc.to_html(article, document=True)
    assert page.startswith("<!DOCTYPE html>\n")
    (html,) = tree(page).elements()
    head, body = html.elements()
    assert [n.tag for n in head.elements()] == ["meta", "meta", "title", "style"]
    assert head.elements()[0].attributes == {"charset": "utf-8"}
    assert head.elements()[2].text() == "Blinken urged <aid>."
    assert "q { quotes: none; }" in head.elements()[3].text()
    assert [n.tag for n in body.elements()] == ["article"]


TITLE_CASES = [
    ("the lede", Article(lede=Paragraph(text="Short lede.")), "Short lede."),
    ("a long lede cut at a space", Article(lede=Paragraph(text="word " * 30)), ("word " * 16).rstrip() + "…"),
    ("the date without a lede", Article(date=datetime.date(2023, 10, 16)), "2023-10-16"),
    ("neither", Article(), "Article"),
]


@pytest.mark.parametrize(("article", "title"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_page_title(article: Article, title: str) -> None:
    """The title is the lede up to 80 characters, else the date, else ``Article``."""
    (html,) = tree(newsdoc.to_html(article, document=True)).elements()
    assert html.elements()[0].elements()[2].text() == title


def test_ordered_list_keeps_its_start() -> None:
    """A numbered list that starts past 1 says so in ``start``; a list of another kind starts a new list."""
    items = [("3.", "c"), ("4.", "d"), ("-", "e")]
    paragraphs = tuple(Paragraph(text=t, kind=newsdoc.ParagraphKind.ITEM, marker=m) for m, t in items)
    html = newsdoc.to_html(Article(sections=(Section(paragraphs=paragraphs),)))
    assert '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n<ul>\n<li>e</li>\n</ul>' in html
