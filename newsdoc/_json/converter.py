"""The cattrs converter that reads the body of a newsdoc document: the authority on every error.

It takes exactly the values the writer writes (a JSON value of the field's own type, a
JSON array for a tuple, an object with every field and no other) and raises for
anything else; :func:`convert` turns what it raises into a :class:`~newsdoc.DecodeError`
with the JSONPath of the bad field. There is one converter per version of the format
that newsdoc reads, since the versions differ in the fields an attribution has.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from typing import Final

import attrs
import cattrs
import cattrs.cols
import cattrs.gen
import regex

from newsdoc._diagnostics import Severity
from newsdoc._errors import DecodeError
from newsdoc._json.direct_read import is_iso_date
from newsdoc._model import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Section

__all__ = ["CONTENT_FIELDS", "convert", "make_converter"]

CONTENT_FIELDS: Final = frozenset({"content", "content_spans"})
"""The fields of :class:`~newsdoc.Attribution` that version 2 brought: a version 1 document has none of them."""
# The JSONPath at the end of a cattrs error message: "... @ $.sections[0].label".
_AT_PATH: Final = regex.compile(r" @ (\$\S*)$")


def make_converter(version: int, *, read_by_caller: tuple[str, ...]) -> cattrs.Converter:
    """The converter that reads the body of a document of ``version`` into an :class:`~newsdoc.Article`.

    ``read_by_caller`` names the optional fields of the article that the caller reads from
    the document's head itself (``source_path``, ``sourcing``): the body need not have them.
    """
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(datetime.date, _structure_date)
    for primitive in (str, int, bool):
        conv.register_structure_hook(primitive, _strict(primitive))
        conv.register_structure_hook_func(_is_exactly(primitive | None), _strict(primitive, optional=True))
    for enum_type in (ParagraphKind, AttributionKind, Severity):
        # More specific than the str hook, which these str enums would otherwise reach.
        conv.register_structure_hook(enum_type, _enum_member)
    absent: dict[type, frozenset[str]] = {Article: frozenset(read_by_caller)}
    if version == 1:
        absent[Attribution] = CONTENT_FIELDS
    conv.register_structure_hook_factory(
        attrs.has, lambda cls: _complete_object(cls, conv, absent.get(cls, frozenset()), forbidden=cls is Attribution)
    )
    conv.register_structure_hook_factory(cattrs.cols.is_sequence, lambda t: _json_array(t, conv))
    return conv


def _is_exactly(kind: object) -> Callable[[object], bool]:
    return lambda t: t == kind


def _complete_object(
    cls: type[attrs.AttrsInstance], conv: cattrs.Converter, absent: frozenset[str], *, forbidden: bool
) -> Callable[[object, object], object]:
    """Structure an attrs class from an object that has every one of its fields but ``absent``.

    The writer writes every field, so a missing one means the document is not newsdoc's.
    The derived ``key`` of sections and paragraphs is accepted and ignored. The ``absent``
    fields take their defaults: an article's ``source_path`` and ``sourcing``, each written
    only where it differs from its default, are read by the caller from the document's
    head; the fields of an attribution that the document's version does not have (its
    content, in version 1) are ``forbidden``: an object that has one has an extra field.
    """
    generated = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    names = tuple(f.name for f in attrs.fields(cls) if f.name not in absent)
    extra_if = absent if forbidden else frozenset()
    derived = "key" if cls in (Section, Paragraph) else None

    def structure(data: object, _type: object) -> object:
        if not isinstance(data, dict):
            msg = f"expected an object for {cls.__name__}, got {type(data).__name__}"
            raise TypeError(msg)
        missing = [name for name in names if name not in data]
        if missing:
            msg = f"{cls.__name__} is missing required field {missing[0]!r}"
            raise KeyError(msg)
        extra = extra_if.intersection(data)
        if extra:
            raise cattrs.ForbiddenExtraKeysError(None, cls, set(extra))
        if derived is not None and derived in data:
            data = {k: v for k, v in data.items() if k != derived}
        return generated(data, cls)

    return structure


def _enum_member(value: object, enum_type: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, str):
        msg = f"expected a string naming a {enum_type.__name__}, got {type(value).__name__}"
        raise TypeError(msg)
    return enum_type(value)


def _json_array(tuple_type: type, conv: cattrs.Converter) -> Callable[[object, object], object]:
    """Structure a tuple field from a JSON array only (not from an object or a string)."""
    elements = cattrs.cols.homogenous_tuple_structure_factory(tuple_type, conv)

    def structure(value: object, _type: object) -> object:
        if not isinstance(value, list):
            msg = f"expected an array, got {type(value).__name__}"
            raise TypeError(msg)
        return elements(value, _type)

    return structure


def _strict(kind: type[object], *, optional: bool = False) -> Callable[[object, object], object]:
    """A structure hook that takes a JSON value of exactly this type (no "5" for 5, no 1 for True)."""
    wanted = f"{kind.__name__} or null" if optional else kind.__name__

    def structure(value: object, _type: object) -> object:
        if type(value) is kind or (optional and value is None):
            return value
        msg = f"expected {wanted}, got {type(value).__name__}"
        raise TypeError(msg)

    return structure


def _explain(exc: BaseException, _type: object) -> str:
    """The message of a cattrs leaf error: the exception's own words."""
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    return str(exc) or type(exc).__name__


def _structure_date(value: object, _type: object) -> datetime.date:
    if not isinstance(value, str):
        msg = f"expected a date as 'YYYY-MM-DD', got {type(value).__name__}"
        raise TypeError(msg)
    if not is_iso_date(value):  # ``fromisoformat`` alone also takes ``20231016`` and ``2023-W42-1``
        msg = f"expected a date as 'YYYY-MM-DD', got {value!r}"
        raise ValueError(msg)
    return datetime.date.fromisoformat(value)


def convert(converter: cattrs.Converter, body: dict[str, object]) -> Article:
    """The converter's reading of a document's body: the Article, or the DecodeError naming the bad field."""
    try:
        return converter.structure(body, Article)
    except cattrs.BaseValidationError as exc:
        messages = cattrs.transform_error(exc, path="$", format_exception=_explain)
        first = messages[0] if messages else str(exc)
        m = _AT_PATH.search(first)
        path = m.group(1) if m else "$"
        message = first[: m.start()] if m else first
        raise DecodeError(message, path) from exc
    except (ValueError, TypeError) as exc:
        raise DecodeError(str(exc), "$") from exc
    except KeyError as exc:
        raise DecodeError(str(exc.args[0]) if exc.args else "missing field", "$") from exc
