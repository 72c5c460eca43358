"""newsdoc's own JSON: every field of the model, spans and diagnostics included.

One private cattrs converter owns the wire format (:mod:`newsdoc._json.converter`). The document names its format and
version (``{"format": "newsdoc", "version": 2, ...}``); reading checks both, and any
problem raises :class:`~newsdoc.DecodeError` with the JSONPath of the bad field.

Version 2 gave every attribution its ``content`` and ``content_spans``. A version 1
document, whose attributions have neither, is still read: its attributions credit no
content (None, and no spans). Each version's fields are exactly its own, so a version 1
attribution that carries a content key has an extra field, as any unknown key is.

Reading goes first through :func:`~newsdoc._json.direct_read.read_article`, a direct walk
that checks every value as the converter's strict hooks and the model's validators do
and builds the article in about half the converter's time. It accepts only what it can
vouch for; any document it does not (every bad one among them) goes to the converter,
so the article returned and every error raised, message and path, are the converter's.
"""

from __future__ import annotations

import json
from typing import Final, TypeAlias, cast

import attrs
import regex

from newsdoc._errors import DecodeError
from newsdoc._json.compact import article_json
from newsdoc._json.converter import convert, make_converter
from newsdoc._json.dicts import article_dict
from newsdoc._json.direct_read import read_article
from newsdoc._model import Article

__all__ = [
    "FORMAT",
    "READ_VERSIONS",
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
VERSION = 2
"""The version of the JSON layout this newsdoc writes."""
READ_VERSIONS = (1, 2)
"""The versions this newsdoc reads: version 1 is version 2 without the attributions' content."""
SOURCE_PATH = "source_path"
"""The optional key that names the input an article was read from (``newsdoc parse --to jsonl`` writes it)."""
SOURCING = "sourcing"
"""The optional key that says whether quotes and attributions were looked for (see :attr:`Article.sourcing`).

It is written only as ``"sourcing": false``, for an article read without sourcing; a document
without it reads as sourced, so every document written before the key existed reads as it
did. A newsdoc that does not know the key refuses a document that has it (an extra field)
rather than read its empty quotes as none found; that is why the key came without a new version."""
# The keys of the head of a document, which from_dict reads itself; the rest is the Article's body.
_HEAD = ("format", "version", SOURCE_PATH, SOURCING)

# A UTF-16 surrogate that stands alone in a str: it cannot be encoded, so it is escaped.
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


# One converter for each version read; the head's optional keys are read by from_dict itself.
_converters: Final = {
    version: make_converter(version, read_by_caller=(SOURCE_PATH, SOURCING)) for version in READ_VERSIONS
}


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
    """The article as a JSON-ready dict: ``{"format": "newsdoc", "version": 2, ...}``.

    ``source_path`` follows ``version`` when the article has one (see :attr:`Article.source_path`),
    and then ``"sourcing": false`` when the article was read without sourcing (see
    :attr:`Article.sourcing`); a sourced article's document has no ``sourcing`` key.

    >>> from newsdoc import parse
    >>> d = to_dict(parse(" date 2023-10-16 Lede.\\n\\n"))
    >>> d["format"], d["version"], d["date"], d["lede"]["text"]
    ('newsdoc', 2, '2023-10-16', 'Lede.')
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
    """Read an Article from a dict as :func:`to_dict` writes it, or as a newsdoc of version 1 wrote it.

    A document without a ``sourcing`` key reads as sourced (:attr:`Article.sourcing` True).
    A version 1 document has no attribution content: its attributions read with
    :attr:`~newsdoc.Attribution.content` None and no :attr:`~newsdoc.Attribution.content_spans`.

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
    if version not in READ_VERSIONS:
        readable = " and ".join(map(str, READ_VERSIONS))
        raise DecodeError(f"unsupported version {version} (this newsdoc reads versions {readable})", "$.version")
    source = data.get(SOURCE_PATH)
    if source is not None and type(source) is not str:
        raise DecodeError(f"expected str or null, got {type(source).__name__}", f"$.{SOURCE_PATH}")
    sourcing = data.get(SOURCING, True)
    if type(sourcing) is not bool:
        raise DecodeError(f"expected bool, got {type(sourcing).__name__}", f"$.{SOURCING}")
    body = {k: v for k, v in data.items() if k not in _HEAD}
    article = read_article(body, version)
    if article is None:
        article = convert(_converters[version], body)
    if not sourcing:
        if article.quotes or article.attributions:
            raise DecodeError("an article read without sourcing holds no quotes or attributions", f"$.{SOURCING}")
        article = attrs.evolve(article, sourcing=False)
    return article if source is None else attrs.evolve(article, source_path=source)


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
