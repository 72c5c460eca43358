"""The JSON Schema (Draft 2020-12) of newsdoc's own JSON, as :func:`newsdoc.to_json` writes it."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from newsdoc._diagnostics import Severity
from newsdoc._json.codec import FORMAT, SOURCE_PATH, SOURCING, VERSION, JSONObject, JSONValue
from newsdoc._model import AttributionKind, ParagraphKind

__all__ = ["json_schema"]

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> JSONObject:
    """The JSON Schema (Draft 2020-12) of the documents :func:`~newsdoc.to_json` writes.

    It describes version 2, the version :func:`~newsdoc.to_json` writes: every document it
    writes validates, and so does every version 2 document that :func:`~newsdoc.from_json`
    reads. (A version 1 document, which it reads too, does not: its version is not 2.)
    What the schema cannot say: that a span's ``start`` is at most its ``end``, and that
    numbers are written without a fraction (JSON Schema counts ``1.0`` as an integer;
    :func:`~newsdoc.from_json` does not).

    Every call returns a new dict, which ``json.dumps`` writes as the schema file.

    >>> schema = json_schema()
    >>> schema["$schema"], schema["properties"]["version"]
    ('https://json-schema.org/draft/2020-12/schema', {'const': 2})
    """
    return {
        "$schema": _DRAFT,
        "title": "newsdoc article",
        "description": f"A newsdoc article: JSON with format {FORMAT!r}, version {VERSION}.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            SOURCE_PATH: {
                "description": "The input the article was read from, as the command line names it; optional.",
                "type": "string",
            },
            SOURCING: {
                "description": "Whether quotes and attributions were looked for; optional, true where absent. "
                "false for an article read for its layout only, whose paragraphs then hold no quotes or "
                "attributions because none were looked for.",
                "type": "boolean",
                "default": True,
            },
            "date": _nullable({"type": "string", "format": "date"}, "The publication date, YYYY-MM-DD."),
            "lede": {"$ref": "#/$defs/paragraph"},
            "sections": _array("#/$defs/section"),
            "diagnostics": _array("#/$defs/diagnostic"),
        },
        "required": ["format", "version", "date", "lede", "sections", "diagnostics"],
        "additionalProperties": False,
        # Not looked for is not none found: a document read without sourcing has no quote to hold.
        "if": {"properties": {SOURCING: {"const": False}}, "required": [SOURCING]},
        "then": {
            "properties": {
                "lede": {"$ref": "#/$defs/unsourced_paragraph"},
                "sections": {
                    "items": {"properties": {"paragraphs": {"items": {"$ref": "#/$defs/unsourced_paragraph"}}}}
                },
            }
        },
        "$defs": {
            "span": _object(
                "A range of characters of the parsed text, start inclusive, end exclusive, 0-based.",
                {"start": _count(), "end": _count()},
            ),
            "paragraph": _object(
                "The lede, a body paragraph, a list item or a heading.",
                {
                    "text": _line(),
                    "label": _nullable(_line()),
                    "label_prefix": _nullable(_line()),
                    "kind": _enum(ParagraphKind),
                    "marker": _nullable(_line()),
                    "quotes": _array("#/$defs/quote"),
                    "attributions": _array("#/$defs/attribution"),
                    "span": _nullable({"$ref": "#/$defs/span"}),
                },
                derived_key=True,
            ),
            "unsourced_paragraph": {
                "description": "A paragraph of an article read without sourcing: no quotes, no attributions.",
                "properties": {"quotes": {"maxItems": 0}, "attributions": {"maxItems": 0}},
            },
            "section": _object(
                "A labeled paragraph and the paragraphs after it up to the next label.",
                {"label": _nullable(_line()), "paragraphs": _array("#/$defs/paragraph")},
                derived_key=True,
            ),
            "quote": _object(
                "Words inside quotation marks that reproduce what someone said or wrote.",
                {
                    "text": _line(),
                    "partial": {"type": "boolean"},
                    "attribution": _nullable({"$ref": "#/$defs/attribution"}),
                    "span": _nullable({"$ref": "#/$defs/span"}),
                },
            ),
            "attribution": _object(
                "A place where the text credits information or words to a source.",
                {
                    "source": _line(),
                    "cue": _line(),
                    "kind": _enum(AttributionKind),
                    "named": _nullable({"type": "boolean"}),
                    "count": _nullable(_count()),
                    "name": _nullable(_line()),
                    "role": _nullable(_line()),
                    "resolved": _nullable(_line()),
                    "content": _nullable(
                        _line(),
                        "What the attribution credits to its source: its pieces of text joined by one space; "
                        "null where it credits nothing.",
                    ),
                    "rule": {"type": "string"},
                    "source_span": _nullable({"$ref": "#/$defs/span"}),
                    "cue_span": _nullable({"$ref": "#/$defs/span"}),
                    "span": _nullable({"$ref": "#/$defs/span"}),
                    "content_spans": {
                        "description": "Where the pieces of the content stand, one span per piece, in text order.",
                        **_array("#/$defs/span"),
                    },
                },
            ),
            "diagnostic": _object(
                "Something the parser noticed, with its code, severity and position.",
                {
                    "code": {"type": "string", "pattern": "^ND[0-9]{3}$"},
                    "severity": _enum(Severity),
                    "message": {"type": "string"},
                    "span": {"$ref": "#/$defs/span"},
                    "line": {"type": "integer", "minimum": 1},
                    "column": {"type": "integer", "minimum": 1},
                },
            ),
        },
    }


def _object(description: str, properties: dict[str, JSONValue], *, derived_key: bool = False) -> JSONObject:
    """An object with exactly these properties, every one required; ``key`` may be added."""
    required: list[JSONValue] = list(properties)
    if derived_key:
        key = _nullable({"type": "string"}, "The label normalised to a key; written, never read.")
        properties = {"key": key, **properties}
    return {
        "description": description,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _line() -> JSONObject:
    """A string on one line: no LF or CR, as the model's validators require."""
    return {"type": "string", "not": {"pattern": "[\\n\\r]"}}


def _count() -> JSONObject:
    return {"type": "integer", "minimum": 0}


def _enum(kind: type[StrEnum]) -> JSONObject:
    values: list[JSONValue] = [member.value for member in kind]
    return {"enum": values}


def _array(ref: str) -> JSONObject:
    return {"type": "array", "items": {"$ref": ref}}


def _nullable(schema: JSONObject, description: str | None = None) -> JSONObject:
    nullable: JSONObject = {"anyOf": [schema, {"type": "null"}]}
    if description is not None:
        nullable["description"] = description
    return nullable
