"""Diagnostics: what the parser noticed, with a stable code and a position.

Codes are never renumbered, only retired. ``ND1xx`` concern the layout of the
document, ``ND2xx`` quotes and attributions, ``ND9xx`` the parser's own limits.
"""

from __future__ import annotations

import enum

import attrs

from newsdoc._printable import excerpt, printable

__all__ = ["CODES", "Diagnostic", "Severity", "Span", "line_col", "make_diagnostic"]


@attrs.frozen(kw_only=True)
class Span:
    """A range of characters, ``start`` inclusive and ``end`` exclusive, 0-based."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            msg = f"a span needs 0 <= start <= end, got start={self.start} end={self.end}"
            raise ValueError(msg)


class Severity(enum.StrEnum):
    """How much a diagnostic matters."""

    ERROR = "error"
    """The input breaks the format; strict mode rejects it."""
    WARNING = "warning"
    """The input was understood, but read with a guess or rewritten in a way that changes it."""
    INFO = "info"
    """The input was tidied without changing what it says."""


CODES: dict[str, tuple[Severity, str]] = {
    "ND100": (Severity.ERROR, "the input is empty"),
    "ND101": (Severity.ERROR, "the first line has no date header"),
    "ND102": (Severity.ERROR, "the date header holds no valid date"),
    "ND103": (Severity.WARNING, "the date is written in a non-canonical form"),
    "ND105": (Severity.WARNING, "the text is a file name, not an article"),
    "ND106": (Severity.ERROR, "the input could not be read"),
    "ND110": (Severity.INFO, "a byte order mark was removed"),
    "ND111": (Severity.INFO, "CR or CRLF line ends were read as LF"),
    "ND112": (Severity.INFO, "a run of blank lines was read as one"),
    "ND113": (Severity.INFO, "trailing spaces or tabs were removed"),
    "ND114": (Severity.INFO, "a no-break space was read as a space"),
    "ND115": (Severity.WARNING, "a zero-width character was removed"),
    "ND116": (Severity.INFO, "leading spaces or tabs were removed"),
    "ND117": (Severity.INFO, "the text does not end with a blank line"),
    "ND118": (Severity.WARNING, "a control character was removed"),
    "ND119": (Severity.INFO, "a surrogate pair written as two code points was read as one character"),
    "ND120": (Severity.WARNING, "lines of one paragraph were joined with a space"),
    "ND130": (Severity.WARNING, "Markdown bold marks around a label were removed"),
    "ND131": (Severity.WARNING, "a list marker was rewritten as '-'"),
    "ND132": (Severity.INFO, "the space after a label's colon was normalised"),
    "ND140": (Severity.INFO, "parts of the HTML that are not paragraphs were dropped"),
    "ND201": (Severity.WARNING, "a quotation mark is never closed"),
    "ND202": (Severity.WARNING, "a closing quotation mark has no opening mark"),
    "ND203": (Severity.WARNING, "a paragraph holds more quotation marks than are read; the rest are not quotes"),
    "ND204": (Severity.WARNING, "a paragraph holds more cue words than are read; the rest are not attributions"),
    "ND901": (Severity.ERROR, "a pattern took too long and the paragraph was read without it"),
    "ND902": (Severity.ERROR, "an internal error was caught; part of the input was read without quotes"),
}
"""Every diagnostic code with its severity and a one-line summary."""


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser noticed, with its code, severity and position.

    ``str(d)`` reads like a compiler message: ``3:3: ND130 Markdown bold marks around a label were removed``.
    """

    code: str
    """A stable code from :data:`CODES`, such as ``ND201``."""
    severity: Severity
    """How much it matters; strict parsing rejects errors."""
    message: str
    """What happened, in a sentence."""
    span: Span
    """The characters concerned, as offsets into the parsed text."""
    line: int
    """1-based line of ``span.start``."""
    column: int
    """1-based column of ``span.start``."""

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.code} {self.message}"

    def render(self, source: str) -> str:
        """Show the message, the source line and a caret under the problem.

        CR, LF and CRLF each end a line; a long line is cut around the problem (see
        :func:`~newsdoc._printable.excerpt`), and control characters are shown escaped.

        >>> from newsdoc import parse
        >>> source = " date 2023-10-16 Lede.\\n\\n**Zoom in:** Text.\\n\\n"
        >>> print(parse(source).diagnostics[0].render(source))
        3:3: ND130 Markdown bold marks around a label were removed: read as label 'Zoom in'
            **Zoom in:** Text.
              ^^^^^^^^^^^
        """
        shown, start, end = excerpt(source, self.span.start, self.span.end)
        caret = " " * start + "^" * max(1, end - start)
        return f"{printable(str(self))}\n    {shown}\n    {caret}"


_new = object.__new__
_SET_DIAGNOSTIC = tuple(
    Diagnostic.__dict__[name].__set__ for name in ("code", "severity", "message", "span", "line", "column")
)


def make_diagnostic(*, code: str, severity: Severity, message: str, span: Span, line: int, column: int) -> Diagnostic:
    """``Diagnostic(code=code, ...)`` in some 60% of the time: it fills the six slots directly.

    Diagnostic has no validators, so the result is the same. A text of thousands of list
    items written with ``*`` gets one diagnostic per item.
    """
    set_code, set_severity, set_message, set_span, set_line, set_column = _SET_DIAGNOSTIC
    diagnostic = _new(Diagnostic)
    set_code(diagnostic, code)
    set_severity(diagnostic, severity)
    set_message(diagnostic, message)
    set_span(diagnostic, span)
    set_line(diagnostic, line)
    set_column(diagnostic, column)
    return diagnostic


def line_col(source: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``source`` (a CR, LF or CRLF ends a line)."""
    offset = max(0, min(offset, len(source)))
    before = source[:offset]
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    crlf = before.count("\r\n")
    line = before.count("\n") + before.count("\r") - crlf + 1
    return line, offset - line_start + 1
