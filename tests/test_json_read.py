"""The fast reader of newsdoc JSON: it returns what the converter returns, or leaves the document to it.

Every test compares ``from_dict`` with the reference, ``from_dict`` with the fast reader
switched off (every document through the cattrs converter, as before the reader existed):
both must return articles alike in every field, spans, diagnostics and types included, or
both raise the same DecodeError with the same path and the same cause.
"""

from __future__ import annotations

import collections
import datetime
import enum
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
import newsdoc._json.codec as json_module
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
from newsdoc._json.direct_read import read_article

from _support import SEED, as_version_1, corpus_files, read
from strategies import articles, layout_articles

Outcome = tuple[object, ...]


def _reference(data: object) -> Article:
    """``from_dict`` with the fast reader switched off."""
    with mock.patch.object(json_module, "read_article", return_value=None):
        return newsdoc.from_dict(data)


def _anatomy(value: object) -> object:
    """Every field of a model object, with the type of each value: equal anatomies are the same object."""
    cls = type(value)
    if attrs.has(cls):
        return cls, tuple((f.name, _anatomy(getattr(value, f.name))) for f in attrs.fields(cls))
    if isinstance(value, tuple):
        return tuple, tuple(_anatomy(v) for v in value)
    return type(value), value


def _outcome(read_document: Callable[[object], Article], data: object) -> Outcome:
    """What reading ``data`` gives: the article's anatomy, or everything the DecodeError says."""
    try:
        article = read_document(data)
    except newsdoc.DecodeError as exc:
        cause = exc.__cause__
        return "error", str(exc), exc.message, exc.path, type(cause), str(cause)
    return "ok", _anatomy(article)


def _body(document: Mapping[str, object]) -> dict[str, object]:
    # from_dict reads the optional source_path and sourcing itself, as it reads the format and the version
    return {k: v for k, v in document.items() if k not in ("format", "version", "source_path", "sourcing")}


def _read_fast(document: object) -> bool:
    """Whether the fast reader takes the document, of a version it reads."""
    if not isinstance(document, dict):
        return False
    version = document.get("version")
    return type(version) is int and read_article(_body(document), version) is not None


def _assert_read_fast(document: Mapping[str, object]) -> None:
    """The fast reader takes the document and returns what the converter returns."""
    assert _read_fast(document)
    assert _outcome(newsdoc.from_dict, document) == _outcome(_reference, document)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_documents_are_read_fast_and_alike(path: Path) -> None:
    """Every corpus and seed article's JSON, and its to_dict (enum members, not strings), is read fast."""
    article = newsdoc.parse(read(path))
    _assert_read_fast(json.loads(newsdoc.to_json(article)))
    _assert_read_fast(newsdoc.to_dict(article))


@pytest.mark.parametrize("path", corpus_files()[::7], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_layout_documents_are_read_fast_and_alike(path: Path) -> None:
    """An article read without sourcing ("sourcing": false) is read fast too, and stays unsourced."""
    article = newsdoc.parse(read(path), sourcing=False)
    document = json.loads(newsdoc.to_json(article))
    assert document["sourcing"] is False
    _assert_read_fast(document)
    assert _anatomy(newsdoc.from_dict(document)) == _anatomy(article)


@given(layout_articles)
def test_any_layout_article_is_read_fast_and_alike(article: Article) -> None:
    """Every Article read without sourcing comes back alike in every field, the flag included."""
    document = json.loads(newsdoc.to_json(article))
    _assert_read_fast(document)
    assert _anatomy(newsdoc.from_dict(document)) == _anatomy(article)


@given(articles)
def test_any_article_is_read_fast_and_alike(article: Article) -> None:
    """Every Article, however odd, comes back alike in every field through the fast reader, and so does
    its document as version 1 wrote it."""
    document = json.loads(newsdoc.to_json(article))
    _assert_read_fast(document)
    assert _anatomy(newsdoc.from_dict(document)) == _anatomy(article)
    old = as_version_1(document)
    _assert_read_fast(old)
    assert all(a.content is None and a.content_spans == () for a in newsdoc.from_dict(old).attributions)


# An article with every optional field filled, every enum and a diagnostic, beside the seed.
_SPAN = Span(start=3, end=9)
_ATTRIBUTION = Attribution(
    source="the senator", cue="said", kind=AttributionKind.SAID, named=True, count=1, name="Ann Lee",
    role="senator", resolved="Ann Lee", content="It ended Monday", rule="source-verb", source_span=_SPAN,
    cue_span=_SPAN, span=_SPAN, content_spans=(Span(start=0, end=8), Span(start=10, end=16)),
)  # fmt: skip
_LABELED = Paragraph(
    text="Words.", label="Zoom in", label_prefix="🧠 ", kind=ParagraphKind.TEXT, marker=None,
    quotes=(Quote(text="It ended", partial=True, attribution=_ATTRIBUTION, span=_SPAN),),
    attributions=(_ATTRIBUTION,), span=_SPAN,
)  # fmt: skip
_ITEM = Paragraph(text="One.", kind=ParagraphKind.ITEM, marker="-", quotes=(Quote(text="Yes"),), span=_SPAN)
_RICH = Article(
    date=datetime.date(2023, 10, 16),
    lede=Paragraph(text="Lede.", span=_SPAN),
    sections=(Section(label="Zoom in", paragraphs=(_LABELED, _ITEM)), Section(label=None, paragraphs=(_ITEM,))),
    diagnostics=(Diagnostic(code="ND130", severity=Severity.WARNING, message="m", span=_SPAN, line=3, column=1),),
)
_SEED = json.loads(newsdoc.to_json(newsdoc.parse(read(SEED))))


DOCUMENTS = {
    # The seed's first three sections hold each kind of node it has; the fourth only repeats them.
    "seed": {**_SEED, "sections": _SEED["sections"][:3]},
    "rich": json.loads(newsdoc.to_json(_RICH)),
    "undated": json.loads(newsdoc.to_json(attrs.evolve(_RICH, date=None))),
    # Version 1, which had no content: a changed value may also read as version 2, or be an extra field.
    "rich-version-1": as_version_1(json.loads(newsdoc.to_json(_RICH))),
}


class _Text(str):
    """A str subclass: the converter's strict hooks reject it where they want a str."""

    __slots__ = ()


class _Kind(enum.Enum):
    """An enum that is no str, with a value ParagraphKind has: the converter rejects its members."""

    TEXT = "text"


class _Words(enum.StrEnum):
    """A str enum with values ParagraphKind and Severity have: the converter reads its members as theirs."""

    TEXT = "text"
    INFO = "info"


# Values put in place of each value of a document: every JSON type, near misses of each
# field's type (bool for int, a float, a str subclass, a tuple for an array, a dict
# subclass), line ends, enum values of the wrong enum, members instead of strings (of the
# field's enum, of another, of enums that are not newsdoc's), dates
# good, odd and bad, spans good and bad, and objects of the wrong shape.
WRONG: list[object] = [
    None, True, False, 0, 1, -1, 2**70, 1.5, "", "x", "a\nb", "a\rb", "Zoom in", _Text("x"),
    "text", "item", "said", "declined", "warning", _Text("text"), ParagraphKind.ITEM, AttributionKind.DECLINED,
    Severity.INFO, _Kind.TEXT, _Words.TEXT, _Words.INFO,
    "2023-10-16", "20231016", "2023-W42-1", "2023-02-30", "2023-10-16T00:00",
    [], [None], [1], ("x",), {}, {"start": 1, "end": 2}, {"start": 2, "end": 1}, {"start": True, "end": 2},
    {"start": 0}, collections.OrderedDict(start=1, end=2), {"text": "Words."},
]  # fmt: skip


def _slots(node: object, path: str = "$") -> Iterator[tuple[str, dict[str, object] | list[object], str | int]]:
    """Every place in a JSON value that holds a value: its path, and its dict and key or list and index."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{path}.{key}", node, key
            yield from _slots(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield f"{path}[{index}]", node, index
            yield from _slots(value, f"{path}[{index}]")


def _replacements(original: object) -> Iterator[tuple[str, object]]:
    """What to put in place of a value: each wrong value, and the value with its own shape changed."""
    for wrong in WRONG:
        yield repr(wrong), wrong
    if isinstance(original, dict):
        yield "as OrderedDict", collections.OrderedDict(original)
        yield "with an extra field", {**original, "extra": 1}
        if "cue" in original and "content" not in original:  # an attribution of version 1
            yield "with content", {**original, "content": None}
            yield "with content spans", {**original, "content_spans": []}
        for key in original:
            yield f"without {key}", {k: v for k, v in original.items() if k != key}
    elif isinstance(original, list):
        yield "as tuple", tuple(original)
        yield "emptied", []
        yield "doubled", original + original


def _compare_changed(holder: dict[str, object], slot: tuple[str, dict[str, object] | list[object], str | int],
                     what: str, value: object) -> str:  # fmt: skip
    """Put ``value`` in the slot, compare the two readings of the document, and put the original back."""
    path, container, key = slot
    original = container[key]  # type: ignore[index]  # a key of its own dict or an index of its own list
    container[key] = value  # type: ignore[index]  # as above
    try:
        document = holder["document"]
        new, reference = _outcome(newsdoc.from_dict, document), _outcome(_reference, document)
        fast = _read_fast(document)
    finally:
        container[key] = original  # type: ignore[index]  # as above
    assert new == reference, f"{path} {what}"
    return "fast" if fast else str(new[0])


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_change_to_a_document_reads_alike(name: str) -> None:
    """Each value of a real document replaced, dropped or reshaped: the same article or the same DecodeError."""
    holder: dict[str, object] = {"document": json.loads(json.dumps(DOCUMENTS[name]))}
    counts = collections.Counter(
        _compare_changed(holder, slot, what, value)
        for slot in list(_slots(holder))
        for what, value in _replacements(slot[1][slot[2]])  # type: ignore[index]  # as in _compare_changed
    )
    # Some changes leave a valid document (a date in another ISO form, a derived key of any
    # value, an enum member for its string): the fast reader takes those too.
    assert counts["error"] > 1000
    assert counts["fast"] > 10
    assert holder["document"] == DOCUMENTS[name]


@given(articles, st.data())
def test_any_change_to_any_article_reads_alike(article: Article, data: st.DataObject) -> None:
    """One value of an arbitrary article's document, of version 2 or 1, replaced, dropped or reshaped: both
    readings agree."""
    document = json.loads(newsdoc.to_json(article))
    holder: dict[str, object] = {"document": as_version_1(document) if data.draw(st.booleans()) else document}
    slot = data.draw(st.sampled_from(list(_slots(holder))))
    what, value = data.draw(st.sampled_from(list(_replacements(slot[1][slot[2]]))))  # type: ignore[index]  # as above
    _compare_changed(holder, slot, what, value)
