"""Properties that hold for every article and every string."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdoc

from strategies import article_text, articles


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
