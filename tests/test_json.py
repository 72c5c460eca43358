"""newsdoc JSON: the layout it writes (as the converter's plain hooks do) and the DecodeError for each bad document."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from collections.abc import Callable
from pathlib import Path

import attrs
import cattrs
import cattrs.gen
import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote, Section, Span

from _support import SEED, as_version_1, corpus_files, read
from _writers import uncredited
from strategies import articles

ARTICLE = newsdoc.parse(read(SEED))
DOC = newsdoc.to_dict(ARTICLE)


def test_document_names_format_and_version() -> None:
    """The first keys say what the document is."""
    assert list(DOC)[:2] == ["format", "version"]
    assert (DOC["format"], DOC["version"]) == ("newsdoc", 2)


def test_sections_and_paragraphs_carry_their_key() -> None:
    """Readers of the JSON get the normalised label key without recomputing it."""
    data = json.loads(newsdoc.to_json(ARTICLE))
    assert [s["key"] for s in data["sections"]] == [s.key for s in ARTICLE.sections]
    assert data["sections"][0]["paragraphs"][0]["key"] == "why_it_matters"


def test_lone_surrogates_are_escaped() -> None:
    """Text that cannot be encoded as UTF-8 is written with \\u escapes and read back unchanged."""
    article = newsdoc.Article(lede=newsdoc.Paragraph(text="a\ud800b"))
    text = newsdoc.to_json(article)
    assert "\\ud800" in text
    text.encode("utf-8")
    assert newsdoc.from_json(text) == article


def test_indent_is_optional() -> None:
    """One line by default; indented on request; the same data either way."""
    flat = newsdoc.to_json(ARTICLE)
    assert "\n" not in flat
    assert json.loads(newsdoc.to_json(ARTICLE, indent=2)) == json.loads(flat)


def test_from_json_takes_bytes() -> None:
    """UTF-8 bytes are read like text."""
    assert newsdoc.from_json(newsdoc.to_json(ARTICLE).encode("utf-8")) == ARTICLE


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
    body = REFERENCE.unstructure(article)
    source = body.pop("source_path")  # written after the version, and only when it is set
    sourcing = body.pop("sourcing")  # written after that, and only when it is False
    head = (
        {"format": "newsdoc", "version": 2}
        if source is None
        else {"format": "newsdoc", "version": 2, "source_path": source}
    )
    if not sourcing:
        head["sourcing"] = False
    reference = {**head, **body}
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


Edit = Callable[[newsdoc.JSONObject], None]


def _set(path: str, value: object) -> Edit:
    def edit(doc: newsdoc.JSONObject) -> None:
        *parents, last = path.split(".")
        node: object = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            assert isinstance(node, dict)
            node[last] = value

    return edit


def _drop(path: str) -> Edit:
    def edit(doc: newsdoc.JSONObject) -> None:
        *parents, last = path.split(".")
        node: object = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
        assert isinstance(node, dict)
        del node[last]

    return edit


# The seed's first attribution, where the paths below take a document and where its errors name them.
_ATT, _AT = "lede.attributions.0", "$.lede.attributions[0]"
_BACKWARDS = {"start": 5, "end": 2}

# id, the change to a good document, the path the error names, a phrase of its message
BAD: list[tuple[str, Edit, str, str]] = [
    ("wrong-format", _set("format", "other"), "$.format", "expected format 'newsdoc'"),
    ("missing-format", _drop("format"), "$.format", "expected format"),
    ("future-version", _set("version", 3), "$.version", "unsupported version 3 (this newsdoc reads versions 1 and 2)"),
    ("string-version", _set("version", "2"), "$.version", "integer version"),
    ("version-0", _set("version", 0), "$.version", "unsupported version 0"),
    ("missing-date", _drop("date"), "$", "missing required field 'date'"),
    ("bad-date", _set("date", "2023-13-01"), "$.date", "month must be in 1..12"),
    ("date-not-string", _set("date", 20231016), "$.date", "expected a date"),
    ("date-basic-form", _set("date", "20231016"), "$.date", "expected a date as 'YYYY-MM-DD', got '20231016'"),
    ("date-week-form", _set("date", "2023-W42-1"), "$.date", "expected a date as 'YYYY-MM-DD'"),
    ("date-non-ascii-digits", _set("date", "２０２３-10-16"), "$.date", "expected a date as 'YYYY-MM-DD'"),
    ("text-not-string", _set("lede.text", 5), "$.lede.text", "expected str, got int"),
    ("label-wrong-type", _set("sections.1.label", 7), "$.sections[1].label", "expected str or null"),
    ("deep-text", _set("sections.2.paragraphs.1.text", None), "$.sections[2].paragraphs[1].text", "expected str"),
    ("unknown-kind", _set("lede.kind", "bogus"), "$.lede.kind", "'bogus' is not a valid ParagraphKind"),
    ("negative-span", _set("lede.span", {"start": -1, "end": 3}), "$.lede.span", "0 <= start <= end"),
    ("span-bool", _set("lede.span", {"start": True, "end": 3}), "$.lede.span.start", "expected int, got bool"),
    ("missing-field", _drop("lede.marker"), "$.lede", "missing required field 'marker'"),
    ("extra-field", _set("lede.colour", "red"), "$.lede", "extra fields found (colour)"),
    ("lede-not-object", _set("lede", [1]), "$.lede", "expected an object for Paragraph"),
    ("sections-not-list", _set("sections", 3), "$.sections", "expected an array, got int"),
    ("quotes-object", _set("lede.quotes", {}), "$.lede.quotes", "expected an array, got dict"),
    ("quotes-string", _set("lede.quotes", "ab"), "$.lede.quotes", "expected an array, got str"),
    ("newline-in-label", _set("sections.0.label", "a\nb"), "$.sections[0]", "single line"),
    ("source-path-not-string", _set("source_path", 5), "$.source_path", "expected str or null, got int"),
    ("sourcing-not-bool", _set("sourcing", "false"), "$.sourcing", "expected bool, got str"),
    ("sourcing-null", _set("sourcing", None), "$.sourcing", "expected bool, got NoneType"),
    ("sourcing-number", _set("sourcing", 0), "$.sourcing", "expected bool, got int"),
    ("unsourced-with-quotes", _set("sourcing", False), "$.sourcing", "holds no quotes or attributions"),
    ("missing-content", _drop(f"{_ATT}.content"), _AT, "missing required field 'content'"),
    ("missing-content-spans", _drop(f"{_ATT}.content_spans"), _AT, "missing required field 'content_spans'"),
    ("content-not-string", _set(f"{_ATT}.content", 5), f"{_AT}.content", "expected str or null"),
    ("content-on-two-lines", _set(f"{_ATT}.content", "a\nb"), _AT, "single line"),
    ("content-spans-object", _set(f"{_ATT}.content_spans", {}), f"{_AT}.content_spans", "expected an array, got dict"),
    ("content-span-null", _set(f"{_ATT}.content_spans", [None]), f"{_AT}.content_spans[0]", "for Span, got NoneType"),
    ("content-span-backwards", _set(f"{_ATT}.content_spans", [_BACKWARDS]), f"{_AT}.content_spans[0]", "start <= end"),
    # Version 1 has no content: a version 1 document that carries it has extra fields, as with any unknown key.
    ("version-1-with-content", _set("version", 1), _AT, "extra fields found (content, content_spans)"),
]


@pytest.mark.parametrize(("edit", "path", "phrase"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_document_raises_decode_error_naming_the_field(edit: Edit, path: str, phrase: str) -> None:
    """A wrong shape, type or version raises DecodeError (a ValueError) with the JSONPath of the field."""
    doc = copy.deepcopy(DOC)
    edit(doc)
    with pytest.raises(newsdoc.DecodeError) as info:
        newsdoc.from_json(json.dumps(doc))
    assert isinstance(info.value, ValueError)
    assert info.value.path == path
    assert phrase in str(info.value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("{", "invalid JSON"),
        ("[]", "expected a JSON object"),
        ('"x"', "expected a JSON object"),
        (b"\xff", "not UTF-8"),
    ],
    ids=["truncated", "array", "string", "not-utf8"],
)
def test_malformed_json_raises_decode_error(text: str | bytes, phrase: str) -> None:
    """Text that is not a JSON object raises DecodeError at the root, chained from the cause."""
    with pytest.raises(newsdoc.DecodeError, match=phrase) as info:
        newsdoc.from_json(text)
    assert info.value.path == "$"


_DIGITS = "1" * 5_000
_SMALL = newsdoc.to_json(newsdoc.parse(" date 2023-10-16 Later he said no.\n\n"))  # one attribution, no quote


def _edited(old: str, new: str) -> str:
    """The small document with its one ``old`` written as ``new``."""
    assert _SMALL.count(old) == 1
    return _SMALL.replace(old, new)


HOSTILE_JSON = [
    ("arrays-1000-deep", "[" * 1_000 + "]" * 1_000, "$", "nested too deeply"),
    ("arrays-100000-deep", "[" * 100_000 + "]" * 100_000, "$", "nested too deeply"),
    ("objects-5000-deep", '{"a":' * 5_000 + "1" + "}" * 5_000, "$", "nested too deeply"),
    (
        "deep-inside-a-field",
        _edited('"sections": []', '"sections": [' + "[" * 5_000 + "]" * 5_000 + "]"),
        "$",
        "nested too deeply",
    ),
    ("number-of-5000-digits", _DIGITS, "$", "expected a JSON object"),
    ("negative-number-of-5000-digits", "-" + _DIGITS, "$", "expected a JSON object"),
    ("version-of-5000-digits", '{"format":"newsdoc","version":' + _DIGITS + "}", "$.version", "5,000 digits"),
    (
        "count-of-5000-digits",
        _edited('"count": 1', '"count": ' + _DIGITS),
        "$.lede.attributions[0].count",
        "expected int",
    ),
    (
        "span-of-5000-digits",
        _edited('"source_span": {"start": 23', '"source_span": {"start": ' + _DIGITS),
        "$.lede.attributions[0].source_span.start",
        "expected int",
    ),
]
"""Documents past what the reader's recursion or ``int()`` can take, with the path and words of their error."""


@pytest.mark.parametrize(("text", "path", "phrase"), [c[1:] for c in HOSTILE_JSON], ids=[c[0] for c in HOSTILE_JSON])
def test_any_depth_and_any_number_raise_decode_error_naming_the_path(text: str, path: str, phrase: str) -> None:
    """Nesting past the recursion limit and integers past int()'s digit limit are DecodeErrors, not other errors."""
    with pytest.raises(newsdoc.DecodeError, match=phrase) as info:
        newsdoc.from_json(text)
    assert info.value.path == path


def test_decode_error_is_chained_from_the_cattrs_error() -> None:
    """The original error stays reachable for debugging."""
    doc = copy.deepcopy(DOC)
    _set("lede.text", 5)(doc)
    with pytest.raises(newsdoc.DecodeError) as info:
        newsdoc.from_dict(doc)
    assert info.value.__cause__ is not None


def test_decode_error_pickles_with_its_path() -> None:
    """A DecodeError crosses process boundaries (multiprocessing, Dask) unchanged."""
    error = newsdoc.DecodeError("expected str, got int", "$.lede.text")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.message, again.path) == (str(error), error.message, error.path)


def test_source_path_is_written_after_the_version_only_when_set() -> None:
    """An article read from a file carries source_path right after version; one parsed from a str writes no such key."""
    article = newsdoc.parse(" date 2023-10-16 Lede.\n\n")
    assert "source_path" not in newsdoc.to_dict(article)
    named = attrs.evolve(article, source_path="2024/01/001.txt")
    assert list(newsdoc.to_dict(named))[:3] == ["format", "version", "source_path"]
    text = newsdoc.to_json(named)
    assert text.startswith('{"format": "newsdoc", "version": 2, "source_path": "2024/01/001.txt", ')
    back = newsdoc.from_json(text)
    assert back.source_path == "2024/01/001.txt"
    assert newsdoc.to_json(back) == text
    assert back == article, "the source path is provenance, out of equality"


# "The talks, officials said, will resume Monday.": the content stands around the clause, in two pieces.
_AROUND = "The talks, officials said, will resume Monday."
_OFFICIALS = Attribution(
    source="officials",
    cue="said",
    kind=AttributionKind.SAID,
    named=False,
    content="The talks will resume Monday",
    rule="source-verb",
    source_span=Span(start=11, end=20),
    cue_span=Span(start=21, end=25),
    span=Span(start=11, end=25),
    content_spans=(Span(start=0, end=9), Span(start=27, end=45)),
)
_DECLINED = Attribution(source="The ministry", cue="declined to comment", kind=AttributionKind.DECLINED)
_CONTENT = Article(
    date=datetime.date(2023, 10, 16),
    lede=Paragraph(text=_AROUND, attributions=(_OFFICIALS,), span=Span(start=0, end=46)),
    sections=(
        Section(
            paragraphs=(
                Paragraph(
                    text='"We are ready," she said. The ministry declined to comment.',
                    quotes=(Quote(text="We are ready,", attribution=attrs.evolve(_OFFICIALS, source="she")),),
                    attributions=(_DECLINED,),
                ),
            )
        ),
    ),
)


def test_hand_made_content_round_trips() -> None:
    """An attribution's content and the spans of its pieces are written in place and read back, every way."""
    document = newsdoc.to_dict(_CONTENT)
    written = json.loads(newsdoc.to_json(_CONTENT))["lede"]["attributions"][0]
    assert list(written)[7:9] == ["resolved", "content"]
    assert list(written)[-2:] == ["span", "content_spans"]
    assert written["content"] == "The talks will resume Monday"
    assert written["content_spans"] == [{"start": 0, "end": 9}, {"start": 27, "end": 45}]
    pieces = [_AROUND[s.start : s.end] for s in _OFFICIALS.content_spans]
    assert " ".join(pieces) == _OFFICIALS.content
    for text in (newsdoc.to_json(_CONTENT), newsdoc.to_json(_CONTENT, indent=2)):
        back = newsdoc.from_json(text)
        assert back == _CONTENT
        assert back.lede.attributions[0].content_spans == _OFFICIALS.content_spans
        assert newsdoc.to_dict(back) == document
    assert newsdoc.from_dict(document) == _CONTENT
    declined = json.loads(newsdoc.to_json(_CONTENT))["sections"][0]["paragraphs"][0]["attributions"][0]
    assert (declined["content"], declined["content_spans"]) == (None, [])


@pytest.mark.parametrize(
    "article",
    [_CONTENT, ARTICLE, *(newsdoc.parse(read(p)) for p in corpus_files()[::25])],
    ids=lambda a: a.lede.text[:20],
)
def test_version_1_documents_are_read_with_no_content(article: Article) -> None:
    """A document that a newsdoc of version 1 wrote reads, its attributions crediting no content, and is written
    back as version 2 with ``"content": null`` and no content spans."""
    old = as_version_1(newsdoc.to_dict(article))
    assert '"content' not in json.dumps(old)
    expected = uncredited(article)
    for back in (newsdoc.from_dict(old), newsdoc.from_json(json.dumps(old))):
        assert back == expected
        assert newsdoc.to_dict(back) == newsdoc.to_dict(expected)
        assert all(a.content is None and a.content_spans == () for a in back.attributions)
    assert newsdoc.to_dict(newsdoc.from_dict(old))["version"] == 2
