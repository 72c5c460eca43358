"""newsdoc JSON on one line, written straight from the model: the text of :func:`~newsdoc.to_json`.

Each function gives exactly what ``json.dumps(..., ensure_ascii=False)`` gives for the
dict :mod:`newsdoc._json.dicts` builds for the same node (the tests compare the two on the
corpus and on arbitrary articles), without building that dict. For an article of many
short paragraphs the JSON is up to a hundred times the size of the text, and building the
dicts and then encoding them took twice as long as writing the text at once. Lone
surrogates are left as they are, for the caller to escape in the whole text.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from newsdoc._diagnostics import Diagnostic, Span
from newsdoc._model import Article, Attribution, Paragraph, Quote, Section

__all__ = ["article_json", "paragraph_json"]


def article_json(article: Article, head: str) -> str:
    """The article as a JSON object whose first members are ``head`` (``"format": ..., "version": ...``)."""
    date = "null" if article.date is None else _string(article.date.isoformat())
    sections = ", ".join(map(_section, article.sections))
    diagnostics = ", ".join(map(_diagnostic, article.diagnostics))
    return (
        f'{{{head}, "date": {date}, "lede": {paragraph_json(article.lede)}, '
        f'"sections": [{sections}], "diagnostics": [{diagnostics}]}}'
    )


def _section(section: Section) -> str:
    paragraphs = ", ".join(map(paragraph_json, section.paragraphs))
    return f'{{"key": {_string(section.key)}, "label": {_string(section.label)}, "paragraphs": [{paragraphs}]}}'


def paragraph_json(paragraph: Paragraph) -> str:
    """One paragraph, its ``key`` first."""
    # Most paragraphs have no quote, attribution, label, prefix or marker: each is written
    # without a call, which takes a third of the time off such a paragraph.
    quotes = ", ".join(map(_quote, paragraph.quotes)) if paragraph.quotes else ""
    attributions = ", ".join(map(_attribution, paragraph.attributions)) if paragraph.attributions else ""
    if paragraph.label is None:
        key = label = "null"  # the key of no label is None
    else:
        key, label = _string(paragraph.key), _string(paragraph.label)
    prefix = "null" if paragraph.label_prefix is None else _string(paragraph.label_prefix)
    marker = "null" if paragraph.marker is None else _string(paragraph.marker)
    return (
        f'{{"key": {key}, "text": {_string(paragraph.text)}, "label": {label}, "label_prefix": {prefix}, '
        f'"kind": {_string(paragraph.kind)}, "marker": {marker}, '
        f'"quotes": [{quotes}], "attributions": [{attributions}], "span": {_span(paragraph.span)}}}'
    )


def _quote(quote: Quote) -> str:
    attribution = "null" if quote.attribution is None else _attribution(quote.attribution)
    return (
        f'{{"text": {_string(quote.text)}, "partial": {_scalar(quote.partial)}, '
        f'"attribution": {attribution}, "span": {_span(quote.span)}}}'
    )


def _attribution(attribution: Attribution) -> str:
    content_spans = ", ".join(map(_span, attribution.content_spans))
    return (
        f'{{"source": {_string(attribution.source)}, "cue": {_string(attribution.cue)}, '
        f'"kind": {_string(attribution.kind)}, "named": {_scalar(attribution.named)}, '
        f'"count": {_scalar(attribution.count)}, "name": {_string(attribution.name)}, '
        f'"role": {_string(attribution.role)}, "resolved": {_string(attribution.resolved)}, '
        f'"content": {_string(attribution.content)}, '
        f'"rule": {_string(attribution.rule)}, "source_span": {_span(attribution.source_span)}, '
        f'"cue_span": {_span(attribution.cue_span)}, "span": {_span(attribution.span)}, '
        f'"content_spans": [{content_spans}]}}'
    )


def _diagnostic(diagnostic: Diagnostic) -> str:
    return (
        f'{{"code": {_string(diagnostic.code)}, "severity": {_string(diagnostic.severity)}, '
        f'"message": {_string(diagnostic.message)}, "span": {_span(diagnostic.span)}, '
        f'"line": {_scalar(diagnostic.line)}, "column": {_scalar(diagnostic.column)}}}'
    )


def _span(span: Span | None) -> str:
    if span is None:
        return "null"
    start, end = span.start, span.end
    if type(start) is int and type(end) is int:
        return f'{{"start": {start}, "end": {end}}}'
    return f'{{"start": {_scalar(start)}, "end": {_scalar(end)}}}'


def _string(value: object) -> str:
    """The value of a str field (an enum member is one), or None."""
    if value is None:
        return "null"
    # What json.dumps writes for any str; a value of another type is written as it writes that.
    return encode_basestring(value) if isinstance(value, str) else _other(value)


def _scalar(value: object) -> str:
    """The value of an int or a bool field, or None."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value) if type(value) is int else _other(value)


def _other(value: object) -> str:
    """A value of a type its field does not declare, as json.dumps writes it (or the TypeError it raises)."""
    return json.dumps(value, ensure_ascii=False)
