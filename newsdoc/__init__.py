"""newsdoc: read Smart Brevity news articles into a typed model and write them out again."""

from __future__ import annotations

from newsdoc._diagnostics import CODES, Diagnostic, Severity, Span
from newsdoc._errors import DecodeError, NewsdocError, ParseError
from newsdoc._model import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section
from newsdoc._parse import parse
from newsdoc._write.text import to_text

__version__ = "0.1.0"

__all__ = [
    "CODES",
    "Article",
    "Attribution",
    "AttributionKind",
    "DecodeError",
    "Diagnostic",
    "NewsdocError",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Quote",
    "Section",
    "Severity",
    "Span",
    "__version__",
    "parse",
    "to_text",
]
