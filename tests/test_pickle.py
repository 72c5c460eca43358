"""Every model type pickles and unpickles equal, provenance (spans, diagnostics) included."""

from __future__ import annotations

import datetime
import enum
import pickle
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    AttributionKind,
    Diagnostic,
    Paragraph,
    ParagraphKind,
    Quote,
    Section,
    Severity,
    Span,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT.parent / "shared" / "corpus" / "bulleted").glob("*.txt"))

SPAN = Span(start=3, end=9)
ATTRIBUTION = Attribution(
    source="State Department spokesperson Mathew Miller",
    cue="declined to comment",
    kind=AttributionKind.DECLINED,
    named=True,
    count=1,
    name="Mathew Miller",
    role="State Department spokesperson",
    resolved="Miller",
    rule="declined",
    source_span=Span(start=0, end=43),
    cue_span=Span(start=44, end=63),
    span=Span(start=0, end=63),
)
QUOTE = Quote(text="a grave mistake", partial=True, attribution=ATTRIBUTION, span=SPAN)
ITEM = Paragraph(text="An item", kind=ParagraphKind.ITEM, marker="-", span=Span(start=80, end=89))
LABELED = Paragraph(
    text="Time is short.", label="Why it matters", label_prefix="🧠 ", quotes=(QUOTE,), attributions=(ATTRIBUTION,)
)
SECTION = Section(label="Why it matters", paragraphs=(LABELED, ITEM))
DIAGNOSTIC = Diagnostic(code="ND201", severity=Severity.WARNING, message="never closed", span=SPAN, line=3, column=9)
ARTICLE = Article(
    date=datetime.date(2023, 10, 16), lede=Paragraph(text="Lede."), sections=(SECTION,), diagnostics=(DIAGNOSTIC,)
)

CASES: dict[str, object] = {
    "span": SPAN,
    "severity": Severity.ERROR,
    "diagnostic": DIAGNOSTIC,
    "attribution-kind": AttributionKind.ACCORDING_TO,
    "attribution": ATTRIBUTION,
    "quote": QUOTE,
    "paragraph-kind": ParagraphKind.HEADING,
    "paragraph": LABELED,
    "item": ITEM,
    "section": SECTION,
    "article": ARTICLE,
    "empty-article": Article(),
}
PROTOCOLS = list(range(2, pickle.HIGHEST_PROTOCOL + 1))


def provenance(value: object) -> object:
    """Every field of ``value``, recursively, including those that equality leaves out."""
    cls = type(value)
    if attrs.has(cls):
        return (cls, {f.name: provenance(getattr(value, f.name)) for f in attrs.fields(cls)})
    if isinstance(value, tuple):
        return tuple(provenance(v) for v in value)
    return value


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=lambda p: f"protocol{p}")
@pytest.mark.parametrize("value", list(CASES.values()), ids=list(CASES))
def test_unpickles_equal_with_every_field(value: object, protocol: int) -> None:
    """The copy is equal, of the same type, and keeps the fields that equality ignores."""
    copy = pickle.loads(pickle.dumps(value, protocol=protocol))
    assert type(copy) is type(value)
    assert copy == value
    assert provenance(copy) == provenance(value)


def test_the_cases_cover_every_public_model_type() -> None:
    """Each attrs class and enum newsdoc exports has a case above, so a new type cannot be missed."""
    exported = [getattr(newsdoc, name) for name in newsdoc.__all__]
    model_types = {t for t in exported if isinstance(t, type) and (attrs.has(t) or issubclass(t, enum.Enum))}
    assert model_types == {type(v) for v in CASES.values()}


def test_parsed_articles_unpickle_equal() -> None:
    """Parsed corpus articles survive pickling with their spans and diagnostics, as worker processes need."""
    for path in CORPUS:
        article = newsdoc.parse(path.read_bytes().decode("utf-8"))
        copy = pickle.loads(pickle.dumps(article))
        assert copy == article
        assert newsdoc.to_json(copy) == newsdoc.to_json(article)


def test_provenance_sees_what_equality_ignores() -> None:
    """The helper above tells apart two articles that differ only in a span, so the checks using it can fail."""
    moved = attrs.evolve(ARTICLE, lede=attrs.evolve(ARTICLE.lede, span=Span(start=1, end=2)))
    assert moved == ARTICLE
    assert provenance(moved) != provenance(ARTICLE)
