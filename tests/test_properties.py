"""Properties that hold for every article and every string."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc

from _invariants import check_content
from strategies import article_text, articles, hostile_text, sourced_text


@given(articles)
def test_json_round_trip(article: newsdoc.Article) -> None:
    """from_json(to_json(a)) == a, with spans and diagnostics intact."""
    again = newsdoc.from_json(newsdoc.to_json(article))
    assert again == article
    assert newsdoc.to_dict(again) == newsdoc.to_dict(article)


@given(articles)
def test_dict_round_trip(article: newsdoc.Article) -> None:
    """from_dict(to_dict(a)) == a."""
    assert newsdoc.from_dict(newsdoc.to_dict(article)) == article


@given(articles)
def test_json_text_is_utf8_encodable(article: newsdoc.Article) -> None:
    """The JSON text can always be written as UTF-8, lone surrogates included (they are escaped)."""
    newsdoc.to_json(article).encode("utf-8")


@given(st.one_of(st.text(), article_text))
def test_parse_never_raises(text: str) -> None:
    """Any str gives an Article, and every diagnostic's position lies inside the text."""
    article = newsdoc.parse(text)
    assert isinstance(article, newsdoc.Article)
    for d in article.diagnostics:
        assert 0 <= d.span.start <= d.span.end <= len(text)
        assert d.line >= 1
        assert d.column >= 1


@given(st.one_of(st.text(), article_text))
def test_text_is_a_fixed_point(text: str) -> None:
    """to_text(parse(x)) reads back to the same article and writes the same text again."""
    first = newsdoc.parse(text)
    canonical = newsdoc.to_text(first)
    second = newsdoc.parse(canonical)
    assert second == first
    assert newsdoc.to_text(second) == canonical


@given(st.one_of(st.text(), article_text))
def test_parsed_articles_round_trip_through_json(text: str) -> None:
    """Whatever the parser makes, JSON keeps."""
    article = newsdoc.parse(text)
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


@given(st.one_of(st.text(), article_text))
def test_paragraph_spans_lie_inside_the_text(text: str) -> None:
    """Every paragraph span is a valid range of the caller's text."""
    for paragraph in newsdoc.parse(text).paragraphs:
        if paragraph.span is not None:
            assert 0 <= paragraph.span.start <= paragraph.span.end <= len(text)


@given(st.one_of(sourced_text, article_text, hostile_text, st.text()))
def test_content_is_its_pieces_joined_by_one_space(text: str) -> None:
    """For every attribution, the text at its content spans, joined by one space, is its content; each piece lies
    inside one paragraph, in order, apart from the attribution's source and cue; no content, no spans."""
    check_content(text, newsdoc.parse(text))


_AROUND = " date 2023-10-16 The talks, officials said, will resume Monday.\n\n"


def _credited(content: str | None, *spans: tuple[int, int]) -> newsdoc.Article:
    """The parse of ``_AROUND`` with its attribution crediting ``content`` at ``spans``."""
    article = newsdoc.parse(_AROUND)
    (officials,) = article.lede.attributions
    credited = attrs.evolve(
        officials, content=content, content_spans=tuple(newsdoc.Span(start=s, end=e) for s, e in spans)
    )
    return attrs.evolve(article, lede=attrs.evolve(article.lede, attributions=(credited,)))


# id, content, its spans, a phrase of the failure (None: the content holds)
CONTENT_CASES: list[tuple[str, str | None, list[tuple[int, int]], str | None]] = [
    ("two pieces around the cue", "The talks will resume Monday", [(17, 26), (44, 62)], None),
    ("one piece", "will resume Monday", [(44, 62)], None),
    ("no content, no spans", None, [], None),
    ("pieces joined by two spaces", "The talks  will resume Monday", [(17, 26), (44, 62)], "join to"),
    ("a piece out of order", "will resume Monday The talks", [(44, 62), (17, 26)], "not after"),
    ("a piece over the source", "officials", [(28, 37)], "overlaps the source"),
    ("a piece over the cue", "said,", [(38, 43)], "overlaps the cue"),
    ("an empty piece", "The talks ", [(17, 26), (30, 30)], "is empty"),
    ("a piece past the paragraph", "Monday. ", [(56, 64)], "not inside one paragraph"),
    ("content without spans", "The talks", [], "has no spans"),
    ("spans without content", None, [(17, 26)], "no content"),
]


@pytest.mark.parametrize(
    ("content", "spans", "phrase"), [c[1:] for c in CONTENT_CASES], ids=[c[0] for c in CONTENT_CASES]
)
def test_the_content_check_holds_the_contract(
    content: str | None, spans: list[tuple[int, int]], phrase: str | None
) -> None:
    """check_content accepts content that is its pieces joined by one space, and names each way to break that."""
    article = _credited(content, *spans)
    if phrase is None:
        check_content(_AROUND, article)
        return
    with pytest.raises(AssertionError, match=phrase):
        check_content(_AROUND, article)
