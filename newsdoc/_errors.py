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
        super().__init__(diagnostics)

    def __str__(self) -> str:
        count = len(self.diagnostics)
        head = f"{count} error{'s' if count != 1 else ''} in the article"
        return "\n".join([head, *(str(d) for d in self.diagnostics)])


class DecodeError(NewsdocError, ValueError):
    """JSON that is not a newsdoc article: :attr:`path` names the bad field (``$.sections[2].label``)."""

    message: str
    """What is wrong, without the path."""
    path: str
    """Where the problem is, as a JSONPath from the document's root (``$``)."""

    def __init__(self, message: str, path: str = "$") -> None:
        self.message = message
        self.path = path
        super().__init__(message, path)

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}"
