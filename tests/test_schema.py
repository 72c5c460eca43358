"""json_schema: the JSON Schema of newsdoc's JSON, in step with what to_json writes and from_json reads."""

from __future__ import annotations

import copy
import json
import runpy
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

import newsdoc
from newsdoc import Article, JSONObject

from _support import ROOT, SEED, as_version_1, corpus_files, read
from _writers import uncredited
from strategies import articles

SCHEMA = newsdoc.json_schema()
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
PUBLISHED = ROOT / "docs" / "_static" / "newsdoc.schema.json"


def errors(document: object) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema itself validates against the Draft 2020-12 meta-schema."""
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_documents_validate(path: Path) -> None:
    """Every article of the corpus, written with to_json, validates."""
    assert errors(json.loads(newsdoc.to_json(newsdoc.parse(read(path))))) == []


@given(articles)
def test_any_article_validates(article: Article) -> None:
    """Every Article, however odd, written with to_dict validates."""
    assert errors(newsdoc.to_dict(article)) == []


def _seed() -> JSONObject:
    """The seed as a document, with one quote so that quotes and attributions are in it."""
    document = json.loads(newsdoc.to_json(newsdoc.parse(read(SEED))))
    assert isinstance(document, dict)
    return document


def _set(path: str, value: object) -> Callable[[JSONObject], None]:
    """A change that sets the value at a dotted path (``lede.text``, ``sections.0.label``)."""

    def change(document: JSONObject) -> None:
        *parents, last = path.split(".")
        node: object = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]  # JSON walk
        if isinstance(node, list):
            node[int(last)] = value
        else:
            assert isinstance(node, dict)
            node[last] = value

    return change


def _delete(path: str) -> Callable[[JSONObject], None]:
    """A change that removes the key at a dotted path."""

    def change(document: JSONObject) -> None:
        *parents, last = path.split(".")
        node: object = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]  # JSON walk
        assert isinstance(node, dict)
        del node[last]

    return change


QUOTE = "sections.2.paragraphs.1.quotes.0"
BAD_DOCUMENTS = [
    ("unknown version", _set("version", 3)),
    ("version as a string", _set("version", "2")),
    ("version 1 with content", _set("version", 1)),
    ("another format", _set("format", "ninjs")),
    ("missing lede", _delete("lede")),
    ("missing diagnostics", _delete("diagnostics")),
    ("missing paragraph text", _delete("sections.0.paragraphs.0.text")),
    ("missing quote attribution", _delete(f"{QUOTE}.attribution")),
    ("unknown top-level field", _set("title", "A headline")),
    ("unknown paragraph field", _set("lede.style", "bold")),
    ("date as a number", _set("date", 20231016)),
    ("date that is no date", _set("date", "2023-02-30")),
    ("text as a number", _set("lede.text", 5)),
    ("text on two lines", _set("lede.text", "one\ntwo")),
    ("label as a list", _set("sections.0.label", ["Why it matters"])),
    ("unknown paragraph kind", _set("lede.kind", "bullet")),
    ("quotes as an object", _set("lede.quotes", {"text": "Words."})),
    ("partial as a string", _set(f"{QUOTE}.partial", "false")),
    ("unknown attribution kind", _set(f"{QUOTE}.attribution.kind", "shouted")),
    ("count as a string", _set(f"{QUOTE}.attribution.count", "1")),
    ("negative count", _set(f"{QUOTE}.attribution.count", -1)),
    ("named as a number", _set(f"{QUOTE}.attribution.named", 1)),
    ("missing content", _delete(f"{QUOTE}.attribution.content")),
    ("missing content spans", _delete(f"{QUOTE}.attribution.content_spans")),
    ("content as a number", _set(f"{QUOTE}.attribution.content", 5)),
    ("content on two lines", _set(f"{QUOTE}.attribution.content", "one\ntwo")),
    ("content spans as an object", _set(f"{QUOTE}.attribution.content_spans", {"start": 0, "end": 1})),
    ("a null content span", _set(f"{QUOTE}.attribution.content_spans", [None])),
    ("negative span", _set("lede.span.start", -1)),
    ("span without an end", _delete("lede.span.end")),
    ("sections as null", _set("sections", None)),
    ("source path as a number", _set("source_path", 5)),
    ("sourcing as a string", _set("sourcing", "false")),
    ("sourcing as null", _set("sourcing", None)),
    ("no sourcing, yet quotes and attributions", _set("sourcing", False)),
]


@pytest.mark.parametrize("change", [c[1] for c in BAD_DOCUMENTS], ids=[c[0] for c in BAD_DOCUMENTS])
def test_bad_documents_do_not_validate(change: Callable[[JSONObject], None]) -> None:
    """A wrong type, a missing or unknown field, or an unknown version fails the schema, as it fails from_dict."""
    document = copy.deepcopy(_seed())
    assert errors(document) == []
    change(document)
    assert errors(document) != []
    with pytest.raises(newsdoc.DecodeError):
        newsdoc.from_dict(document)


def test_derived_keys_may_be_left_out() -> None:
    """The derived ``key`` of sections and paragraphs is optional, as from_dict ignores it."""
    document = _seed()
    lede = document["lede"]
    assert isinstance(lede, dict)
    del lede["key"]
    assert errors(document) == []
    assert newsdoc.from_dict(document) == newsdoc.parse(read(SEED))


def test_the_seed_has_a_quote_to_break() -> None:
    """The quote the bad documents change is there, so those cases test quotes and attributions."""
    quote = _seed()["sections"][2]["paragraphs"][1]["quotes"][0]  # type: ignore[index, call-overload]  # JSON walk
    assert isinstance(quote, dict)
    assert quote["attribution"] is not None


def test_published_schema_is_current() -> None:
    """docs/_static/newsdoc.schema.json is json_schema() as docs/make_schema.py writes it."""
    render = runpy.run_path(str(ROOT / "docs" / "make_schema.py"))["render"]
    assert read(PUBLISHED) == render()
    assert json.loads(read(PUBLISHED)) == SCHEMA


def test_each_call_is_a_new_dict() -> None:
    """Changing the returned schema does not change the next one."""
    first = newsdoc.json_schema()
    first["title"] = "changed"
    assert newsdoc.json_schema()["title"] == "newsdoc article"


def test_the_schema_describes_version_2_only() -> None:
    """A version 1 document (no attribution content) still reads, but the schema is the one of version 2."""
    document = as_version_1(_seed())
    assert newsdoc.from_dict(document) == uncredited(newsdoc.parse(read(SEED)))
    assert any("'content' is a required property" in e for e in errors(document))
    assert "$.version: 2 was expected" in errors(document)
