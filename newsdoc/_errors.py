"""The exceptions newsdoc raises."""

from __future__ import annotations

from newsdoc._diagnostics import Diagnostic

__all__ = ["DecodeError", "NewsdocError", "ParseError"]


class NewsdocError(Exception):
    """The base of every exception newsdoc raises on bad input."""


class ParseError(NewsdocError, ValueError):
    """Strict parsing found errors; :attr:`diagnostics` lists every one of them."""

    diagnostics: tuple[Diagnostic, ...]
    """The error-severity diagnostics, in the order they were found."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        self.diagnostics = diagnostics
        count = len(diagnostics)
        head = f"{count} error{'s' if count != 1 else ''} in the article"
        super().__init__("\n".join([head, *(str(d) for d in diagnostics)]))


class DecodeError(NewsdocError, ValueError):
    """JSON that is not a newsdoc article: :attr:`path` names the bad field (``$.sections[2].label``)."""

    path: str
    """Where the problem is, as a JSONPath from the document's root (``$``)."""

    def __init__(self, message: str, path: str = "$") -> None:
        self.path = path
        super().__init__(f"{message} @ {path}")
