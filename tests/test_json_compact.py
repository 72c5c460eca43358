"""``to_json`` on one line is written straight from the model: ``json.dumps`` of ``to_dict``, in linear work."""

from __future__ import annotations

import datetime
import json
from json.encoder import encode_basestring
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section, Span
from newsdoc._json import compact
from newsdoc._json.codec import escape_surrogates

from _support import corpus_files, read
from strategies import articles


def _dumped(article: Article) -> str:
    return escape_surrogates(json.dumps(newsdoc.to_dict(article), ensure_ascii=False))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_json_is_the_dict_dumped(path: Path) -> None:
    """Every corpus and seed article's JSON, byte for byte."""
    article = newsdoc.parse(read(path))
    assert newsdoc.to_json(article) == _dumped(article)


@given(articles)
def test_any_article_json_is_the_dict_dumped(article: Article) -> None:
    """Any article: lone surrogates, controls, empty and odd fields, a source path."""
    assert newsdoc.to_json(article) == _dumped(article)


class _Text(str):
    """A str subclass, which json.dumps writes as the string it is."""

    __slots__ = ()


@pytest.mark.incompatible_with_mypyc(
    reason="it writes values of types the model does not declare; compiled code checks the types"
)
def test_values_of_undeclared_types_are_written_as_json_dumps_writes_them() -> None:
    """A hand-built node may hold a bool for a count, a float or a str subclass: each is written as json.dumps would."""
    odd = Attribution(source=_Text("she"), cue="said", kind=AttributionKind.SAID, named=True, count=True)
    fractional = Attribution(source="a", cue="b", kind=AttributionKind.SAID, count=2.5)  # type: ignore[arg-type]
    quote = Quote(text="Hi.", partial=False, attribution=odd, span=Span(start=True, end=2))
    article = Article(
        date=datetime.date(2024, 1, 2),
        lede=Paragraph(text=_Text('a "b"\t'), quotes=(quote,), attributions=(odd, fractional)),
        sections=(Section(paragraphs=(Paragraph(text="x", kind=ParagraphKind.ITEM, marker="-"),)),),
        source_path="in.txt",
    )
    assert newsdoc.to_json(article) == _dumped(article)
    assert '"count": true' in newsdoc.to_json(article)


def _items(n: int) -> Article:
    """An article of ``n`` list items, each with a quote, an attribution and a span."""
    said = Attribution(source="he", cue="said", kind=AttributionKind.SAID, span=Span(start=0, end=7))
    item = Paragraph(
        text='"Yes," he said.',
        kind=ParagraphKind.ITEM,
        marker="-",
        quotes=(Quote(text="Yes,", attribution=said),),
        attributions=(said,),
        span=Span(start=0, end=17),
    )
    return Article(lede=Paragraph(text="Lede."), sections=(Section(paragraphs=(item,) * n),))


def _encoded(monkeypatch: pytest.MonkeyPatch, article: Article) -> tuple[int, int]:
    """How many strings ``to_json`` encodes for ``article``, and how many characters they hold in all."""
    calls: list[int] = []
    encode = encode_basestring

    def counting(value: str) -> str:
        calls.append(len(value))
        return encode(value)

    with monkeypatch.context() as patch:
        patch.setattr(compact, "encode_basestring", counting)
        patch.setattr(compact, "_other", _refuse)
        newsdoc.to_json(article)
    return len(calls), sum(calls)


def _refuse(value: object) -> NoReturn:
    raise AssertionError(f"a typed field was written with json.dumps: {value!r}")


def test_json_work_grows_linearly_with_the_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each paragraph's strings are encoded once, alone: the count and the characters encoded
    grow by the same amount for each 100 paragraphs, where a writer that encoded what it had
    written so far, or searched it, would grow faster."""
    work = [_encoded(monkeypatch, _items(n)) for n in (0, 100, 200, 400)]
    per_100 = (work[1][0] - work[0][0], work[1][1] - work[0][1])
    assert work[2] == (work[0][0] + 2 * per_100[0], work[0][1] + 2 * per_100[1])
    assert work[3] == (work[0][0] + 4 * per_100[0], work[0][1] + 4 * per_100[1])
    assert 0 < per_100[0] <= 100 * 16  # the paragraph's, its quote's and its attribution's strings
