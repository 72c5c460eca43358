"""newsdoc: read Smart Brevity news articles into a typed model and write them out again."""

from __future__ import annotations

from newsdoc._build import COMPILED
from newsdoc._diagnostics import CODES, Diagnostic, Severity, Span
from newsdoc._errors import DecodeError, NewsdocError, ParseError
from newsdoc._html import parse_html
from newsdoc._json.codec import JSONObject, JSONValue, from_dict, from_json, to_dict, to_json
from newsdoc._json.schema import json_schema
from newsdoc._model import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section
from newsdoc._parse import parse
from newsdoc._record_columns import (
    ATTRIBUTION_RECORD_DTYPES,
    ATTRIBUTION_RECORD_KEYS,
    QUOTE_RECORD_DTYPES,
    QUOTE_RECORD_KEYS,
)
from newsdoc._records import attribution_records, quote_records
from newsdoc._write.html import to_html
from newsdoc._write.jsonld import to_jsonld
from newsdoc._write.markdown import to_markdown
from newsdoc._write.ninjs import to_ninjs
from newsdoc._write.text import to_text

__version__ = "0.1.0"

__all__ = [
    "ATTRIBUTION_RECORD_DTYPES",
    "ATTRIBUTION_RECORD_KEYS",
    "CODES",
    "COMPILED",
    "QUOTE_RECORD_DTYPES",
    "QUOTE_RECORD_KEYS",
    "Article",
    "Attribution",
    "AttributionKind",
    "DecodeError",
    "Diagnostic",
    "JSONObject",
    "JSONValue",
    "NewsdocError",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Quote",
    "Section",
    "Severity",
    "Span",
    "__version__",
    "attribution_records",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_html",
    "quote_records",
    "to_dict",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_markdown",
    "to_ninjs",
    "to_text",
]
