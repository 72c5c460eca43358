"""The model's contract: frozen, keyword-only, tuples, provenance out of equality, structural validators."""

from __future__ import annotations

import attrs
import pytest

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section, Span
from newsdoc._unvalidated import trusted_attribution, trusted_paragraph, trusted_quote, trusted_section, trusted_span

MODEL_TYPES = [Article, Section, Paragraph, Quote, Attribution, Span, newsdoc.Diagnostic]


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
def test_nodes_are_frozen_slotted_and_keyword_only(cls: type) -> None:
    """Every node is immutable, has slots and takes keyword arguments only."""
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(a.kw_only for a in attrs.fields(cls))
    instance = _example(cls)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        instance.__setattr__(attrs.fields(cls)[0].name, None)


def _example(cls: type) -> object:
    examples: dict[type, object] = {
        Article: Article(),
        Section: Section(),
        Paragraph: Paragraph(text="x"),
        Quote: Quote(text="x"),
        Attribution: Attribution(source="x", cue="said", kind=AttributionKind.SAID),
        Span: Span(start=0, end=1),
        newsdoc.Diagnostic: newsdoc.parse("").diagnostics[0],
    }
    return examples[cls]


def test_spans_and_diagnostics_do_not_take_part_in_equality() -> None:
    """Two articles with the same content are equal, and hash equal, whatever text they came from."""
    a = newsdoc.parse(" date 2023-10-16 Lede.\n\nZoom in: X.\n\n")
    b = newsdoc.parse("\ufeffdate: 2023-10-16\r\nLede.\r\n\r\n\r\n**Zoom in:**  X.")
    assert a.paragraphs[1].span != b.paragraphs[1].span
    assert a.diagnostics != b.diagnostics
    assert a == b
    assert hash(a) == hash(b)


def test_content_differences_break_equality() -> None:
    """A changed word, label or kind makes articles unequal."""
    a = newsdoc.parse(" date 2023-10-16 Lede.\n\nZoom in: X.\n\n")
    assert attrs.evolve(a, lede=Paragraph(text="Other.")) != a
    assert newsdoc.parse(" date 2023-10-16 Lede.\n\nZoom out: X.\n\n") != a


def test_content_takes_part_in_equality_and_its_spans_do_not() -> None:
    """What an attribution credits is content; where the pieces stand is provenance, like every span."""
    said = Attribution(
        source="officials",
        cue="said",
        kind=AttributionKind.SAID,
        content="The talks will resume Monday",
        content_spans=(Span(start=0, end=9), Span(start=27, end=45)),
    )
    assert attrs.evolve(said, content_spans=()) == said
    assert hash(attrs.evolve(said, content_spans=(Span(start=1, end=2),))) == hash(said)
    assert attrs.evolve(said, content="The talks will not resume") != said
    assert attrs.evolve(said, content=None) != said


def test_derived_views_list_everything_in_order() -> None:
    """Article.paragraphs, quotes and attributions walk the lede then each section in order."""
    said = Attribution(source="she", cue="said", kind=AttributionKind.SAID)
    q1, q2 = Quote(text="one", attribution=said), Quote(text="two")
    article = Article(
        lede=Paragraph(text="L", quotes=(q1,), attributions=(said,)),
        sections=(Section(label="Zoom in", paragraphs=(Paragraph(text="A", label="Zoom in", quotes=(q2,)),)),),
    )
    assert [p.text for p in article.paragraphs] == ["L", "A"]
    assert article.quotes == (q1, q2)
    assert article.attributions == (said,)
    assert q1.speaker == "she"
    assert q2.speaker is None


# id, a constructor call that breaks the model's structure
INVALID = [
    ("newline-in-text", lambda: Paragraph(text="a\nb")),
    ("cr-in-label", lambda: Paragraph(text="a", label="x\ry")),
    ("negative-count", lambda: Attribution(source="s", cue="c", kind=AttributionKind.SAID, count=-1)),
    ("newline-in-content", lambda: Attribution(source="s", cue="c", kind=AttributionKind.SAID, content="a\nb")),
    ("span-backwards", lambda: Span(start=5, end=4)),
    ("span-negative", lambda: Span(start=-1, end=4)),
    ("section-label-mismatch", lambda: Section(label="Zoom in", paragraphs=(Paragraph(text="x", label="Other"),))),
    ("labeled-section-empty", lambda: Section(label="Zoom in")),
]


@pytest.mark.parametrize("build", [c[1] for c in INVALID], ids=[c[0] for c in INVALID])
def test_validators_reject_broken_structure(build: object) -> None:
    """Structure problems are ValueErrors at construction; content problems are the parser's business."""
    assert callable(build)
    with pytest.raises(ValueError, match=r"."):
        build()


def test_collections_are_tuples() -> None:
    """Parsed collections are tuples, never lists."""
    article = newsdoc.parse(" date 2023-10-16 L.\n\nZoom in: X.\n- item\n\n")
    assert isinstance(article.sections, tuple)
    assert isinstance(article.sections[0].paragraphs, tuple)
    assert isinstance(article.diagnostics, tuple)
    assert isinstance(article.paragraphs[1].quotes, tuple)


def test_enums_compare_to_their_strings() -> None:
    """Kinds are str enums, so they compare equal to the words used in JSON."""
    words: list[str] = ["heading", "according_to", "error"]
    assert words == [ParagraphKind.HEADING, AttributionKind.ACCORDING_TO, newsdoc.Severity.ERROR]


@pytest.mark.parametrize(
    ("start", "end"), [(0, 0), (3, 7), (5, 4), (-1, 2)], ids=["empty", "range", "backwards", "negative"]
)
def test_trusted_span_builds_what_the_constructor_builds(start: int, end: int) -> None:
    """The parser's fast span is the same Span, and bad bounds raise the same error."""
    try:
        expected = Span(start=start, end=end)
    except ValueError as exc:
        with pytest.raises(ValueError, match=str(exc)):
            trusted_span(start, end)
        return
    made = trusted_span(start, end)
    assert type(made) is Span
    assert made == expected
    assert (made.start, made.end) == (expected.start, expected.end)


def test_trusted_constructors_fill_every_field() -> None:
    """The parser's validator-free Paragraph and Section equal the ones the constructors build, field by field."""
    said = Attribution(source="she", cue="said", kind=AttributionKind.SAID)
    quote = Quote(text="Hi", attribution=said)
    span = Span(start=2, end=9)
    values = {
        "text": "T",
        "label": "Zoom in",
        "label_prefix": "1. ",
        "kind": ParagraphKind.ITEM,
        "marker": "-",
        "quotes": (quote,),
        "attributions": (said,),
        "span": span,
    }
    assert sorted(values) == sorted(a.name for a in attrs.fields(Paragraph))
    expected = Paragraph(**values)  # type: ignore[arg-type]
    made = trusted_paragraph(**values)  # type: ignore[arg-type]
    assert [getattr(made, a.name) for a in attrs.fields(Paragraph)] == [
        getattr(expected, a.name) for a in attrs.fields(Paragraph)
    ]
    assert made.span == span
    section = trusted_section("Zoom in", (made,))
    assert section == Section(label="Zoom in", paragraphs=(expected,))
    assert section.paragraphs[0] is made


def test_trusted_quote_and_attribution_fill_every_field() -> None:
    """The sourcing stage's validator-free Quote and Attribution match the constructors', spans included."""
    values = {
        "source": "two Israeli officials",
        "cue": "told Axios",
        "kind": AttributionKind.SAID,
        "named": False,
        "count": 2,
        "name": "Mathew Miller",
        "role": "spokesperson",
        "resolved": "Blinken",
        "content": "the talks will resume Monday",
        "rule": "source-verb",
        "source_span": Span(start=1, end=22),
        "cue_span": Span(start=23, end=33),
        "span": Span(start=1, end=33),
        "content_spans": (Span(start=40, end=49), Span(start=50, end=69)),
    }
    assert sorted(values) == sorted(a.name for a in attrs.fields(Attribution))
    made = trusted_attribution(**values)  # type: ignore[arg-type]
    expected = Attribution(**values)  # type: ignore[arg-type]
    assert [getattr(made, a.name) for a in attrs.fields(Attribution)] == list(
        attrs.asdict(expected, recurse=False).values()
    )
    quote = trusted_quote("It ended", True, made, Span(start=40, end=48))
    expected_quote = Quote(text="It ended", partial=True, attribution=expected, span=Span(start=40, end=48))
    assert quote == expected_quote
    assert quote.attribution is made
    assert quote.span == expected_quote.span
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.__setattr__("text", "x")
