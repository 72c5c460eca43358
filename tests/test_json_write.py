"""to_dict writes what the converter's plain hooks write: the cached keys and identity hooks change no value."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import cattrs
import cattrs.gen
import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article, Paragraph, Section

from _support import corpus_files, read
from strategies import articles


def _reference_converter() -> cattrs.Converter:
    """The writing half of the converter as it was before the cache and the identity hooks."""
    conv = cattrs.Converter()
    conv.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    paragraph_fields = cattrs.gen.make_dict_unstructure_fn(Paragraph, conv)
    conv.register_unstructure_hook(Paragraph, lambda p: {"key": p.key, **paragraph_fields(p)})
    section_fields = cattrs.gen.make_dict_unstructure_fn(Section, conv)
    conv.register_unstructure_hook(Section, lambda s: {"key": s.key, **section_fields(s)})
    return conv


REFERENCE = _reference_converter()


def _typed(value: object) -> object:
    """A JSON-ready value with the type of every part beside it: ``1`` and ``True`` differ, as do a str and an enum."""
    if isinstance(value, dict):
        return dict, [(k, _typed(v)) for k, v in value.items()]
    if isinstance(value, list):
        return list, [_typed(v) for v in value]
    return type(value), value


def _assert_written_alike(article: Article) -> None:
    reference = {"format": "newsdoc", "version": 1, **REFERENCE.unstructure(article)}
    assert _typed(newsdoc.to_dict(article)) == _typed(reference)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_articles_are_written_alike(path: Path) -> None:
    """Every corpus and seed article's dict, key order and types included, is the reference's."""
    _assert_written_alike(newsdoc.parse(read(path)))


@given(articles)
def test_any_article_is_written_alike(article: Article) -> None:
    """Every Article, however odd its labels and optional fields, is written as the reference writes it."""
    _assert_written_alike(article)


class _Label(str):
    """A str subclass whose casefold differs from str's: its key must not come from a cache of others'."""

    __slots__ = ()

    def casefold(self) -> str:
        return "shouted"


class _Other(str):
    """A str subclass equal to a _Label of the same text, with str's casefold."""

    __slots__ = ()


def test_keys_of_str_subclasses_are_their_own() -> None:
    """Labels equal as strings but of other types each get the key their own methods give."""
    labels = ["Zoom in", _Label("Zoom in"), _Other("Zoom in")]
    sections = tuple(Section(paragraphs=(Paragraph(text="Words.", label=label),)) for label in labels)
    article = Article(sections=sections)
    _assert_written_alike(article)
    written = json.loads(newsdoc.to_json(article))["sections"]
    assert [s["paragraphs"][0]["key"] for s in written] == ["zoom_in", "shouted", "zoom_in"]
