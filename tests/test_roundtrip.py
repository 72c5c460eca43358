"""The text round trip over every real article: ``to_text(parse(t)) == t`` byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc

from _support import CORPUS, SEED, corpus_files, read

FILES = corpus_files()


def test_corpus_is_complete() -> None:
    """The seed and all 148 articles in both variants are there to be read."""
    assert SEED in FILES
    assert len(list((CORPUS / "articles").glob("*.txt"))) == 148
    assert len(list((CORPUS / "bulleted").glob("*.txt"))) == 148


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem[:40]}")
def test_text_round_trip_is_exact(path: Path) -> None:
    """Writing a parsed article gives back its file exactly, with no layout diagnostic on the way.

    (Quote diagnostics, ND2xx, may remain: two articles really do leave a quote open.)
    """
    text = read(path)
    article = newsdoc.parse(text, strict=True)
    assert newsdoc.to_text(article) == text
    assert [str(d) for d in article.diagnostics if not d.code.startswith("ND2")] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem[:40]}")
def test_json_round_trip_keeps_spans(path: Path) -> None:
    """JSON gives back an equal article whose spans and diagnostics are the same too."""
    article = newsdoc.parse(read(path))
    again = newsdoc.from_json(newsdoc.to_json(article))
    assert again == article
    assert [p.span for p in again.paragraphs] == [p.span for p in article.paragraphs]
    assert [q.span for q in again.quotes] == [q.span for q in article.quotes]
    assert [a.source_span for a in again.attributions] == [a.source_span for a in article.attributions]


@pytest.mark.parametrize("stem", sorted(p.name for p in (CORPUS / "articles").glob("*.txt")))
def test_bulleted_variant_flattens_to_the_flat_article(stem: str) -> None:
    """An article and its bulleted variant hold the same words in the same paragraphs, in the
    same order; a colon clause that labels a paragraph is text in a list item (``The West had
    the largest decline:``), where only a label phrase is a label."""

    def words(p: newsdoc.Paragraph) -> str:
        return p.text if p.label is None else f"{p.label}: {p.text}"

    flat = newsdoc.parse(read(CORPUS / "articles" / stem))
    bulleted = newsdoc.parse(read(CORPUS / "bulleted" / stem))
    assert [words(p) for p in flat.paragraphs] == [words(p) for p in bulleted.paragraphs]
    assert any(p.kind is newsdoc.ParagraphKind.ITEM for p in bulleted.paragraphs)
    for f, b in zip(flat.paragraphs, bulleted.paragraphs, strict=True):
        if f.label != b.label:  # only a clause in a list item loses its label
            assert (b.kind, b.label) == (newsdoc.ParagraphKind.ITEM, None)
            assert f.label is not None
            assert len(f.label.split()) > 1


def test_paragraph_spans_slice_the_source() -> None:
    """Every paragraph span of every article covers the paragraph's line as written."""
    for path in FILES:
        text = read(path)
        for paragraph in newsdoc.parse(text).paragraphs:
            assert paragraph.span is not None
            line = text[paragraph.span.start : paragraph.span.end]
            assert line.endswith(paragraph.text), path
            if paragraph.label is not None:
                assert f"{paragraph.label}:" in line
