"""``json_chunks``: newsdoc JSON a paragraph at a time, the same text as ``to_json`` to the byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article
from newsdoc._json.chunks import json_chunks

from _support import corpus_files, read
from strategies import articles

INDENTS = [None, 0, 2, 4]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_chunks_of_every_corpus_article_are_its_json(path: Path) -> None:
    """Joined, the chunks are ``to_json`` at every indent."""
    article = newsdoc.parse(read(path))
    for indent in INDENTS:
        assert "".join(json_chunks(article, indent=indent)) == newsdoc.to_json(article, indent=indent)


@given(articles)
def test_chunks_of_any_article_are_its_json(article: Article) -> None:
    """Any article, lone surrogates, empty sections and odd labels included."""
    for indent in INDENTS:
        assert "".join(json_chunks(article, indent=indent)) == newsdoc.to_json(article, indent=indent)


def test_an_article_is_written_in_one_chunk_per_paragraph_or_more() -> None:
    """No chunk holds two paragraphs: the dict of the whole article is never built."""
    article = newsdoc.parse(read(corpus_files()[0]))
    chunks = list(json_chunks(article, indent=2))
    assert len(chunks) > len(article.paragraphs)
    texts = [p.text for p in article.paragraphs if p.text]
    assert all(sum(f'"text": "{t}"' in c for t in texts) <= 1 for c in chunks)
