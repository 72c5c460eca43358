"""to_markdown: CommonMark whose rendering gives back the article's blocks and every character of its text."""

from __future__ import annotations

import datetime
import timeit
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

import newsdoc
from newsdoc import Article, Paragraph, ParagraphKind, Section

from _support import corpus_files, read
from _writers import ATTACKS, CREDITED, PLACES, SAMPLE, Block, expected_blocks, seen, uncredited, visible, with_text
from strategies import articles

RENDERERS = {
    "commonmark": MarkdownIt("commonmark"),
    "commonmark+gfm": MarkdownIt("commonmark").enable(["table", "strikethrough"]),
}
"""A strict CommonMark parser, and one with the GFM table and strikethrough extensions."""

# Characters that mean something to Markdown, with spaces and digits to arrange them.
_SYNTAX = st.text(st.sampled_from("\\`*_[]<>#-+=!&;|~():. 19\ta\u00a0\u2028\x00"), max_size=12)


def _inline(token: Token) -> tuple[str, list[str], list[str]]:
    """The text of an inline token, and the texts inside strong and emphasis; anything else fails."""
    text: list[str] = []
    strong: list[str] = []
    em: list[str] = []
    inside: list[str] | None = None
    start = 0
    for child in token.children or []:
        match child.type:
            case "text":
                text.append(child.content)
            case "strong_open" | "em_open":
                assert inside is None, "nested emphasis"
                inside = strong if child.type == "strong_open" else em
                start = len("".join(text))
            case "strong_close" | "em_close":
                assert inside is not None
                inside.append("".join(text)[start:])
                inside = None
            case other:
                raise AssertionError(f"the text became Markdown syntax: {other} {child.content!r}")
    return "".join(text), strong, em


def rendered(markdown: str, renderer: MarkdownIt) -> tuple[list[Block], list[str], list[str]]:
    """The blocks a CommonMark parser reads, with the strong and emphasised texts in order."""
    tokens = renderer.parse(markdown)
    blocks: list[Block] = []
    strong: list[str] = []
    em: list[str] = []

    def inline(at: int) -> str:
        text, s, e = _inline(tokens[at])
        strong.extend(s)
        em.extend(e)
        return text

    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "paragraph_open":
            blocks.append(("p", inline(i + 1)))
            i += 3
        elif token.type == "heading_open":
            blocks.append((token.tag, inline(i + 1)))
            i += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            close = token.type.replace("_open", "_close")
            items: list[str] = []
            i += 1
            while tokens[i].type != close:
                assert tokens[i].type == "list_item_open", tokens[i].type
                if tokens[i + 1].type == "list_item_close":
                    items.append("")
                    i += 2
                    continue
                assert tokens[i + 1].type == "paragraph_open", f"a nested block: {tokens[i + 1].type}"
                items.append(inline(i + 2))
                assert tokens[i + 4].type == "list_item_close", f"a nested block: {tokens[i + 4].type}"
                i += 5
            start = token.attrGet("start") if token.type == "ordered_list_open" else None
            tag = "ol" if token.type == "ordered_list_open" else "ul"
            number = None if tag == "ul" else int(start) if start is not None else 1
            blocks.append((tag, number, tuple(items)))
            i += 1
        else:
            raise AssertionError(f"an unexpected block: {token.type}")
    return blocks, strong, em


def expected(article: Article) -> tuple[list[Block], list[str], list[str]]:
    """The blocks, strong texts and emphasised texts a reader of the article should get."""
    blocks: list[Block] = []
    em: list[str] = []
    if article.date is not None:
        blocks.append(("p", article.date.isoformat()))
        em.append(article.date.isoformat())
    if article.lede.text or article.lede.label is not None:
        blocks.append(("p", visible(article.lede)))
    blocks.extend(expected_blocks([p for s in article.sections for p in s.paragraphs], keep_empty=False))
    strong = [seen(f"{p.label}:") for p in article.paragraphs if p.label is not None]
    return blocks, strong, em


def check(article: Article) -> None:
    """Every renderer reads back exactly the expected blocks, labels and date."""
    markdown = newsdoc.to_markdown(article)
    for name, renderer in RENDERERS.items():
        assert rendered(markdown, renderer) == expected(article), name


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_renders_to_the_model(path: Path) -> None:
    """Each article of the corpus renders to its date, labels, lists, headings and text."""
    check(newsdoc.parse(read(path)))


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("attack", ATTACKS, ids=range(len(ATTACKS)))
def test_hostile_text_stays_text(attack: str, place: str) -> None:
    """Markdown and HTML syntax in any place of the model renders as the same characters."""
    check(with_text(SAMPLE, place, attack))


@given(articles)
def test_any_article_renders_to_the_model(article: Article) -> None:
    """For an arbitrary Article, rendering the Markdown gives back the model's blocks and text."""
    check(article)


@given(st.lists(_SYNTAX, min_size=5, max_size=5), st.sampled_from(["-", "1.", "7)"]))
def test_markdown_syntax_anywhere_stays_text(texts: list[str], marker: str) -> None:
    """Runs of Markdown metacharacters in the text, label, prefix, heading and items stay text."""
    lede, label, prefix, heading, item = texts
    article = Article(
        date=datetime.date(2023, 10, 16),
        lede=Paragraph(text=lede),
        sections=(
            Section(
                label=label,
                paragraphs=(
                    Paragraph(text=item, label=label, label_prefix=prefix),
                    Paragraph(text=heading, kind=ParagraphKind.HEADING),
                    Paragraph(text=item, label=label, label_prefix=prefix, kind=ParagraphKind.ITEM, marker=marker),
                    Paragraph(text=item, kind=ParagraphKind.ITEM, marker=marker),
                ),
            ),
        ),
    )
    check(article)


def test_plain_text_is_not_escaped() -> None:
    """Text without Markdown syntax is written as it is, a label in bold with its colon."""
    article = newsdoc.parse(" date 2023-10-16 Blinken urged aid.\n\nWhy it matters: Time is short.\n\n")
    assert newsdoc.to_markdown(article) == "*2023-10-16*\n\nBlinken urged aid.\n\n**Why it matters:** Time is short.\n"


MARKER_CASES = [
    ("bullets", ["-", "-"], "- a\n- b\n"),
    ("numbers", ["1.", "2."], "1. a\n2. b\n"),
    ("start at three", ["3)", "4)"], "3) a\n4) b\n"),
    ("a new kind of list after a blank line", ["-", "2."], "- a\n\n2. b\n"),
    ("other bullets become dashes", ["*", "•"], "- a\n- b\n"),
]


@pytest.mark.parametrize(("markers", "list_text"), [c[1:] for c in MARKER_CASES], ids=[c[0] for c in MARKER_CASES])
def test_list_markers(markers: list[str], list_text: str) -> None:
    """Numbered items keep their numbers and delimiter; every other marker is written as ``-``."""
    items = tuple(Paragraph(text=t, kind=ParagraphKind.ITEM, marker=m) for t, m in zip("ab", markers, strict=True))
    article = Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=items),))
    assert newsdoc.to_markdown(article) == f"Lede.\n\n{list_text}"


def test_empty_article_is_empty() -> None:
    """An article with no date and no text is the empty string."""
    assert newsdoc.to_markdown(Article()) == ""


def test_empty_paragraph_is_dropped() -> None:
    """An unlabeled text paragraph with no text leaves no trace (CommonMark has no empty paragraph)."""
    article = Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=(Paragraph(text=""),)),))
    assert newsdoc.to_markdown(article) == "Lede.\n"


def test_heading_levels() -> None:
    """A heading is ``##``, and ``###`` where it ends in a colon."""
    article = Article(
        sections=(
            Section(
                paragraphs=(
                    Paragraph(text="Election law", kind=ParagraphKind.HEADING),
                    Paragraph(text="New repayment plans:", kind=ParagraphKind.HEADING),
                )
            ),
        )
    )
    assert newsdoc.to_markdown(article) == "## Election law\n\n### New repayment plans:\n"


def test_labels_after_a_letter_prefix_stay_bold() -> None:
    """A label that opens with punctuation after a prefix ending in a letter is still bold."""
    paragraph = Paragraph(text="x", label="(Update)", label_prefix="Note")
    article = Article(sections=(Section(label="(Update)", paragraphs=(paragraph,)),))
    check(article)
    assert newsdoc.to_markdown(article) == "Not&#101;**(Update):** x\n"


def _spaced(spaces: int) -> Article:
    return newsdoc.parse(" date 2023-10-16 a" + " " * spaces + "b\n\n")


def test_a_long_run_of_spaces_inside_a_line_is_written_as_it_is() -> None:
    """Spaces between words stay spaces, however many; only those at the end of the line become references."""
    assert newsdoc.to_markdown(_spaced(30_000)) == "*2023-10-16*\n\na" + " " * 30_000 + "b\n"
    trailing = Article(lede=Paragraph(text="a" + " " * 30_000))
    assert newsdoc.to_markdown(trailing) == "a" + "&#32;" * 30_000 + "\n"


def test_markdown_time_grows_with_a_run_of_spaces_not_with_its_square() -> None:
    """A run of spaces 100 times as long costs about 100 times as much, far from the 10,000x of a quadratic search.

    The bound is 1,000x: a linear writer stays near or under 100x on any machine, the
    quadratic one was past 5,000x, so neither load nor noise can move one across it.
    """
    small, large = _spaced(500), _spaced(50_000)

    def best(article: Article) -> float:
        return min(timeit.repeat(lambda: newsdoc.to_markdown(article), number=1, repeat=5))

    assert best(large) / best(small) < 1_000


def test_content_is_not_written() -> None:
    """Markdown keeps the words of what attributions credit as text, and marks nothing."""
    assert newsdoc.to_markdown(CREDITED) == newsdoc.to_markdown(uncredited(CREDITED))
