"""What :func:`newsdoc.parse` says when it is handed something other than an article's text.

A path object is a :class:`TypeError` that says how to read the file; a ``str`` that is a
file name and nothing else is parsed as given, with a warning (ND105) that says the same.
"""

from __future__ import annotations

import os
from typing import Final

import regex

from newsdoc._diagnostics import CODES, Diagnostic, Span, make_diagnostic

__all__ = ["FILE_NAME_SUFFIXES", "check_text", "file_name_diagnostics"]

FILE_NAME_SUFFIXES: Final = ("txt", "md", "html", "htm")
"""The suffixes of the file names that ``parse`` warns about when given one as its text."""

# A file name is far shorter than this; a longer text is never taken for one.
_LONGEST_NAME: Final = 1024
# One word with no white space inside, ending in one of the suffixes, perhaps with a line end after it.
_FILE_NAME: Final = regex.compile(rf"(\S+\.(?:{'|'.join(FILE_NAME_SUFFIXES)}))\s*", regex.IGNORECASE)
_READ_TEXT: Final = "read_text(encoding='utf-8')"


def check_text(given: object) -> None:
    """Raise the :class:`TypeError` that says what to pass instead, unless ``given`` is a ``str``."""
    if isinstance(given, str):
        return
    if isinstance(given, bytes | bytearray):
        hint = " (decode it first: data.decode('utf-8'))"
    elif isinstance(given, os.PathLike):
        hint = f" (pass the file's text: path.{_READ_TEXT})"
    else:
        hint = ""
    msg = f"parse() takes a str, not {type(given).__name__}{hint}"
    raise TypeError(msg)


def file_name_diagnostics(text: str) -> tuple[Diagnostic, ...]:
    """ND105 when ``text`` is a file name and nothing else (``a.txt``), else nothing."""
    if len(text) > _LONGEST_NAME:
        return ()
    m = _FILE_NAME.fullmatch(text)
    if m is None:
        return ()
    severity, summary = CODES["ND105"]
    message = f"{summary}: to read the file, pass Path({m.group(1)!r}).{_READ_TEXT}"
    span = Span(start=m.start(1), end=m.end(1))
    return (make_diagnostic(code="ND105", severity=severity, message=message, span=span, line=1, column=1),)
