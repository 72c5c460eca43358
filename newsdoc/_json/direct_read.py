"""A fast reader for well-formed newsdoc JSON, with the cattrs converter as the authority.

:func:`read_article` builds an Article from the body of a document (the dict without its
``format`` and ``version``) in one direct walk, of version 2 or of version 1 (whose
attributions have no ``content`` or ``content_spans``). Each value must have exactly the type the
converter's strict hooks take (a ``bool`` is no ``int``, a ``list`` the only array, a
``dict`` the only object), every field must be there and no other. The objects are then
filled by the trusted constructors, which skip the model's validators, so the walk checks
what those would: no line end in a single-line field, no negative count, a span with
``0 <= start <= end``, a labeled section that opens with a paragraph of that label.

The walk explains no problem. Anything it does not plainly accept (a wrong type, a
missing or extra field, an unknown enum value, a bad date, a validator that would fail,
even a dict subclass) makes it return None, and the caller hands the document to the
converter, which accepts it or raises the error it always raised. So the walk may be
stricter than the converter, never looser; ``tests/test_json_read.py`` checks that on the
corpus, on arbitrary articles and on thousands of broken documents.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from typing import Final, TypeVar

from newsdoc._diagnostics import Diagnostic, Severity, Span, make_diagnostic
from newsdoc._model import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section
from newsdoc._unvalidated import trusted_attribution, trusted_paragraph, trusted_quote, trusted_section, trusted_span

__all__ = ["is_iso_date", "read_article"]

_E = TypeVar("_E", ParagraphKind, AttributionKind, Severity)
_T = TypeVar("_T")
# Each enum's members by value: a dict lookup in place of the enum's own, slower call.
_PARAGRAPH_KINDS: Final = {kind.value: kind for kind in ParagraphKind}
_ATTRIBUTION_KINDS: Final = {kind.value: kind for kind in AttributionKind}
_SEVERITIES: Final = {severity.value: severity for severity in Severity}


def is_iso_date(text: str) -> bool:
    """Whether ``text`` has the one form a newsdoc date takes: ``YYYY-MM-DD`` in ASCII digits.

    >>> is_iso_date("2023-10-16"), is_iso_date("20231016"), is_iso_date("2023-W42-1")
    (True, False, False)
    """
    return (
        len(text) == 10
        and text[4] == "-"
        and text[7] == "-"
        and (text[:4] + text[5:7] + text[8:]).isdecimal()
        and text.isascii()
    )


class _NotPlainError(Exception):
    """The document is not one the walk accepts; the converter decides what it is."""


def read_article(body: dict[str, object], version: int) -> Article | None:
    """The Article the converter for ``version`` would make of ``body``, or None to leave ``body`` to it."""
    walk = _WALKS.get(version)
    try:
        if walk is None or type(body) is not dict or len(body) != 4:  # date, lede, sections, diagnostics
            raise _NotPlainError
        date = body["date"]
        if date is not None:
            if type(date) is not str or not is_iso_date(date):
                raise _NotPlainError
            date = datetime.date.fromisoformat(date)
        sections = _tuple_of(walk.section, body["sections"])
        diagnostics = _tuple_of(_diagnostic, body["diagnostics"])
        return Article(date=date, lede=walk.paragraph(body["lede"]), sections=sections, diagnostics=diagnostics)
    except (_NotPlainError, KeyError, ValueError):
        return None


def _tuple_of(structure: Callable[[object], _T], value: object) -> tuple[_T, ...]:
    """The tuple of a JSON array's elements, each structured; an empty array costs no call."""
    if type(value) is not list:
        raise _NotPlainError
    return tuple(map(structure, value)) if value else ()


def _object(value: object, size: int, derived_key: bool = False) -> dict[str, object]:
    """``value`` as a dict of ``size`` fields (plus a derived ``key``, where allowed).

    Reading each field then raises KeyError for a missing one; with the count right, no
    field is left over.
    """
    if type(value) is not dict or len(value) != size + (derived_key and "key" in value):
        raise _NotPlainError
    return value


def _line(value: object) -> str:
    """A str without a line end: what a single-line field holds."""
    if type(value) is not str or "\n" in value or "\r" in value:
        raise _NotPlainError
    return value


def _optional_line(value: object) -> str | None:
    return None if value is None else _line(value)


def _member(value: object, members: dict[str, _E]) -> _E:
    """The member a value string names, or the member itself (as :func:`~newsdoc.to_dict` writes it)."""
    if type(value) is str:
        return members[value]
    if isinstance(value, enum.Enum):
        member = members.get(value.value)
        if member is not None and member is value:
            return member
    raise _NotPlainError


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise _NotPlainError
    return value


def _span(value: object) -> Span | None:
    if value is None:
        return None
    if type(value) is not dict or len(value) != 2:  # start and end
        raise _NotPlainError
    start, end = value["start"], value["end"]
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise _NotPlainError
    return trusted_span(start, end)


def _required_span(value: object) -> Span:
    """A span that may not be null: an element of an attribution's ``content_spans``."""
    span = _span(value)
    if span is None:
        raise _NotPlainError
    return span


class _Walk:
    """The walk of the documents of one version: in version 1 an attribution has no content."""

    __slots__ = ("_attribution_size", "_content")

    def __init__(self, *, content: bool) -> None:
        self._content = content
        self._attribution_size = 14 if content else 12

    def section(self, value: object) -> Section:
        data = _object(value, 2, derived_key=True)
        label = _optional_line(data["label"])
        paragraphs = _tuple_of(self.paragraph, data["paragraphs"])
        if label is not None and (not paragraphs or paragraphs[0].label != label):
            raise _NotPlainError
        return trusted_section(label, paragraphs)

    def paragraph(self, value: object) -> Paragraph:
        data = _object(value, 8, derived_key=True)
        return trusted_paragraph(
            text=_line(data["text"]),
            label=_optional_line(data["label"]),
            label_prefix=_optional_line(data["label_prefix"]),
            kind=_member(data["kind"], _PARAGRAPH_KINDS),
            marker=_optional_line(data["marker"]),
            quotes=_tuple_of(self.quote, data["quotes"]),
            attributions=_tuple_of(self.attribution, data["attributions"]),
            span=_span(data["span"]),
        )

    def quote(self, value: object) -> Quote:
        data = _object(value, 4)
        attribution = data["attribution"]
        return trusted_quote(
            _line(data["text"]),
            _bool(data["partial"]),
            None if attribution is None else self.attribution(attribution),
            _span(data["span"]),
        )

    def attribution(self, value: object) -> Attribution:
        data = _object(value, self._attribution_size)
        named, count, rule = data["named"], data["count"], data["rule"]
        if (
            (named is not None and type(named) is not bool)
            or (count is not None and (type(count) is not int or count < 0))
            or type(rule) is not str
        ):
            raise _NotPlainError
        content = _optional_line(data["content"]) if self._content else None
        return trusted_attribution(
            source=_line(data["source"]),
            cue=_line(data["cue"]),
            kind=_member(data["kind"], _ATTRIBUTION_KINDS),
            named=named,
            count=count,
            name=_optional_line(data["name"]),
            role=_optional_line(data["role"]),
            resolved=_optional_line(data["resolved"]),
            content=content,
            rule=rule,
            source_span=_span(data["source_span"]),
            cue_span=_span(data["cue_span"]),
            span=_span(data["span"]),
            content_spans=_tuple_of(_required_span, data["content_spans"]) if self._content else (),
        )


# Version 1 is version 2 without the attributions' content and content_spans.
_WALKS: Final = {1: _Walk(content=False), 2: _Walk(content=True)}


def _diagnostic(value: object) -> Diagnostic:
    data = _object(value, 6)
    code, message, line, column = data["code"], data["message"], data["line"], data["column"]
    span = _span(data["span"])
    if (
        type(code) is not str
        or type(message) is not str
        or span is None
        or type(line) is not int
        or type(column) is not int
    ):
        raise _NotPlainError
    severity = _member(data["severity"], _SEVERITIES)
    return make_diagnostic(code=code, severity=severity, message=message, span=span, line=line, column=column)
