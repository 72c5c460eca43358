"""An input's bytes to its text: UTF-8, or the UTF-16 or UTF-32 its byte order mark names,
or ``--encoding``; and the inputs that are not articles, with what to do about them.
"""

from __future__ import annotations

import codecs

import regex

__all__ = ["BYTE_ORDER_MARKS", "NOT_UTF8_HINT", "DecodingError", "decode", "is_html"]

BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Each byte order mark, with the encoding it announces; a text that starts with one is read in it."""

NOT_UTF8_HINT = (
    "convert it first (iconv -f LATIN1 -t UTF-8 FILE > FILE.utf8), or name its encoding (--encoding latin-1)"
)
"""What to do about a text that is not UTF-8 and has no byte order mark."""

# An HTML file, or HTML copied from a page: its first non-blank character opens a tag, a
# comment or a doctype. No article starts so: its first line is the date header.
_HTML_START = regex.compile(r"\A\ufeff?\s*(<(?:!doctype|!--|[a-z][a-z0-9]*(?=[\s/>]))[^>\n]{0,40}>?)", regex.IGNORECASE)


class DecodingError(Exception):
    """The bytes are not text in the encoding tried: ``str(e)`` says why and what to do."""


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of ``data``: by its byte order mark if it has one (the mark is kept, as U+FEFF),
    else in ``encoding``, else UTF-8.

    >>> decode("\\ufeff date".encode("utf-16-le"))
    '\\ufeff date'

    Raises:
        DecodingError: the bytes are not text in that encoding.
    """
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode(data, codec, f"not {codec.upper()[:6]} text, though it starts with that byte order mark")
    if encoding is not None:
        return _decode(data, encoding, f"not {encoding} text")
    return _decode(data, "utf-8", "not UTF-8 text", hint=NOT_UTF8_HINT)


def _decode(data: bytes, codec: str, what: str, hint: str | None = None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        reason = f"{what} (byte 0x{data[exc.start]:02x} at offset {exc.start}: {exc.reason})"
        raise DecodingError(reason if hint is None else f"{reason}; {hint}") from None


def is_html(text: str) -> bool:
    """Whether ``text`` is HTML: its first non-blank character opens a tag, a comment or a doctype."""
    return _HTML_START.match(text) is not None
