"""newsdoc's own JSON: every field of the model, spans and diagnostics included.

One private cattrs converter owns the wire format. The document names its format and
version (``{"format": "newsdoc", "version": 1, ...}``); reading checks both, and any
problem raises :class:`~newsdoc.DecodeError` with the JSONPath of the bad field.

Reading goes first through :func:`~newsdoc._json.direct_read.read_article`, a direct walk
that checks every value as the converter's strict hooks and the model's validators do
and builds the article in about half the converter's time. It accepts only what it can
vouch for; any document it does not (every bad one among them) goes to the converter,
so the article returned and every error raised, message and path, are the converter's.
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Callable
from typing import TypeAlias, cast

import attrs
import cattrs
import cattrs.cols
import cattrs.gen
import regex

from newsdoc._diagnostics import Severity
from newsdoc._errors import DecodeError
from newsdoc._json.compact import article_json
from newsdoc._json.dicts import article_dict
from newsdoc._json.direct_read import is_iso_date, read_article
from newsdoc._model import Article, AttributionKind, Paragraph, ParagraphKind, Section

__all__ = [
    "FORMAT",
    "SOURCE_PATH",
    "SOURCING",
    "VERSION",
    "JSONObject",
    "JSONValue",
    "LongInteger",
    "escape_surrogates",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
"""Any value JSON can hold."""
JSONObject: TypeAlias = "dict[str, JSONValue]"
"""A JSON object."""

FORMAT = "newsdoc"
"""The value of the ``format`` key of every document."""
VERSION = 1
"""The version of the JSON layout this newsdoc writes and reads."""
SOURCE_PATH = "source_path"
"""The optional key that names the input an article was read from (``newsdoc parse --to jsonl`` writes it)."""
SOURCING = "sourcing"
"""The optional key that says whether quotes and attributions were looked for (see :attr:`Article.sourcing`).

It is written only as ``"sourcing": false``, for an article read without sourcing; a document
without it reads as sourced, so every document written before the key existed reads as it
did. A newsdoc that does not know the key refuses a document that has it (an extra field)
rather than read its empty quotes as none found; that is why the version stays 1."""
# The keys of the head of a document, which from_dict reads itself; the rest is the Article's body.
_HEAD = ("format", "version", SOURCE_PATH, SOURCING)

# A UTF-16 surrogate that stands alone in a str: it cannot be encoded, so it is escaped.
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# The JSONPath at the end of a cattrs error message: "... @ $.sections[0].label".
_AT_PATH = regex.compile(r" @ (\$\S*)$")


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(datetime.date, _structure_date)
    for primitive in (str, int, bool):
        conv.register_structure_hook(primitive, _strict(primitive))
        conv.register_structure_hook_func(_is_exactly(primitive | None), _strict(primitive, optional=True))
    for enum_type in (ParagraphKind, AttributionKind, Severity):
        # More specific than the str hook, which these str enums would otherwise reach.
        conv.register_structure_hook(enum_type, _enum_member)
    conv.register_structure_hook_factory(attrs.has, lambda cls: _complete_object(cls, conv))
    conv.register_structure_hook_factory(cattrs.cols.is_sequence, lambda t: _json_array(t, conv))
    return conv


def _is_exactly(kind: object) -> Callable[[object], bool]:
    return lambda t: t == kind


def _complete_object(cls: type[attrs.AttrsInstance], conv: cattrs.Converter) -> Callable[[object, object], object]:
    """Structure an attrs class from an object that has every one of its fields.

    The writer writes every field, so a missing one means the document is not newsdoc's.
    The derived ``key`` of sections and paragraphs is accepted and ignored; an article's
    ``source_path`` and ``sourcing``, each written only where it differs from its default,
    are read by :func:`from_dict` itself.
    """
    generated = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    names = tuple(f.name for f in attrs.fields(cls) if cls is not Article or f.name not in (SOURCE_PATH, SOURCING))
    derived = "key" if cls in (Section, Paragraph) else None

    def structure(data: object, _type: object) -> object:
        if not isinstance(data, dict):
            msg = f"expected an object for {cls.__name__}, got {type(data).__name__}"
            raise TypeError(msg)
        missing = [name for name in names if name not in data]
        if missing:
            msg = f"{cls.__name__} is missing required field {missing[0]!r}"
            raise KeyError(msg)
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


_converter = _make_converter()


class LongInteger:
    """A JSON integer with more digits than ``int()`` reads (4,300 by default).

    The reader keeps it in place of the number, so that the field that holds it is the one
    the error names, as for any value of the wrong type.
    """

    __slots__ = ("digits",)

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<an integer of {len(self.digits):,} digits>"


def _read_int(literal: str) -> int | LongInteger:
    try:
        return int(literal)
    except ValueError:  # past sys.get_int_max_str_digits()
        return LongInteger(literal)


def to_dict(article: Article) -> JSONObject:
    """The article as a JSON-ready dict: ``{"format": "newsdoc", "version": 1, ...}``.

    ``source_path`` follows ``version`` when the article has one (see :attr:`Article.source_path`),
    and then ``"sourcing": false`` when the article was read without sourcing (see
    :attr:`Article.sourcing`); a sourced article's document has no ``sourcing`` key.

    >>> from newsdoc import parse
    >>> d = to_dict(parse(" date 2023-10-16 Lede.\\n\\n"))
    >>> d["format"], d["version"], d["date"], d["lede"]["text"]
    ('newsdoc', 1, '2023-10-16', 'Lede.')
    """
    body = cast("JSONObject", article_dict(article))
    source = body.pop(SOURCE_PATH)
    sourcing = body.pop(SOURCING)
    return {**_head(source, sourcing), **body}


def _head(source_path: JSONValue, sourcing: JSONValue) -> JSONObject:
    """The members that open every document: format, version and, where they differ from their
    defaults, the source path and ``"sourcing": false``."""
    head: JSONObject = {"format": FORMAT, "version": VERSION}
    if source_path is not None:
        head[SOURCE_PATH] = source_path
    if sourcing is not True:
        head[SOURCING] = sourcing
    return head


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as newsdoc JSON text; :func:`from_json` reads it back to an equal Article.

    A lone surrogate in a string is written as a ``\\u`` escape, so the text can always be
    encoded as UTF-8. A high surrogate followed by a low one is read back by any JSON reader
    as the single character the pair encodes; :func:`newsdoc.parse` never leaves such a pair
    in the model (it reads it as that character, diagnostic ND119).

    Args:
        article: The article to write.
        indent: Indent nested levels by this many spaces; None writes one line.
    """
    if indent is not None:
        return escape_surrogates(json.dumps(to_dict(article), ensure_ascii=False, indent=indent))
    head = json.dumps(_head(article.source_path, article.sourcing), ensure_ascii=False)[1:-1]
    return escape_surrogates(article_json(article, head))


def escape_surrogates(text: str) -> str:
    """JSON text with each lone surrogate written as a ``\\u`` escape, so that it encodes as UTF-8."""
    # A text in ASCII (which Python knows without reading it) holds none, and is not searched.
    if text.isascii() or _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def from_dict(data: object) -> Article:
    """Read an Article from a dict as :func:`to_dict` writes it.

    A document without a ``sourcing`` key reads as sourced (:attr:`Article.sourcing` True).

    Raises:
        DecodeError: ``data`` is not a newsdoc document of a version this newsdoc reads;
            its :attr:`~newsdoc.DecodeError.path` names the bad field.
    """
    if not isinstance(data, dict):
        raise DecodeError(f"expected a JSON object, got {type(data).__name__}", "$")
    if data.get("format") != FORMAT:
        raise DecodeError(f"expected format {FORMAT!r}, got {data.get('format')!r}", "$.format")
    version = data.get("version")
    if type(version) is not int:
        raise DecodeError(f"expected an integer version, got {version!r}", "$.version")
    if version != VERSION:
        raise DecodeError(f"unsupported version {version} (this newsdoc reads version {VERSION})", "$.version")
    source = data.get(SOURCE_PATH)
    if source is not None and type(source) is not str:
        raise DecodeError(f"expected str or null, got {type(source).__name__}", f"$.{SOURCE_PATH}")
    sourcing = data.get(SOURCING, True)
    if type(sourcing) is not bool:
        raise DecodeError(f"expected bool, got {type(sourcing).__name__}", f"$.{SOURCING}")
    body = {k: v for k, v in data.items() if k not in _HEAD}
    article = read_article(body)
    if article is None:
        article = _convert(body)
    if not sourcing:
        if article.quotes or article.attributions:
            raise DecodeError("an article read without sourcing holds no quotes or attributions", f"$.{SOURCING}")
        article = attrs.evolve(article, sourcing=False)
    return article if source is None else attrs.evolve(article, source_path=source)


def _convert(body: dict[str, object]) -> Article:
    """The converter's reading of a document's body: the Article, or the DecodeError naming the bad field."""
    try:
        return _converter.structure(body, Article)
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


def from_json(text: str | bytes | bytearray) -> Article:
    """Read an Article from newsdoc JSON text.

    >>> from newsdoc import parse
    >>> art = parse(" date 2023-10-16 Lede.\\n\\nWhy it matters: Because.\\n\\n")
    >>> from_json(to_json(art)) == art
    True

    Raises:
        DecodeError: the text is not JSON, or not a newsdoc document this newsdoc reads.
    """
    try:
        data = json.loads(text, parse_int=_read_int)
    except json.JSONDecodeError as exc:
        raise DecodeError(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", "$") from exc
    except RecursionError as exc:
        raise DecodeError("invalid JSON: arrays and objects nested too deeply to read", "$") from exc
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid JSON: the bytes are not UTF-8 ({exc.reason})", "$") from exc
    return from_dict(data)
