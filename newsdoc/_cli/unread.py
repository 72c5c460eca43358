"""The line of ``--to jsonl`` for an input that could not be read, so that lines and inputs match one to one."""

from __future__ import annotations

from newsdoc._diagnostics import CODES, Span, make_diagnostic
from newsdoc._model import Article

__all__ = ["unread_article"]


def unread_article(name: str, reason: str, *, sourcing: bool = True) -> Article:
    """An empty article from the input ``name``, whose one diagnostic (ND106, an error) says why it was not read.

    ``sourcing`` is that of the run (False under ``--no-sourcing``), so that every line of a
    layout-only stream says its quotes were not looked for.

    >>> article = unread_article("old/latin1.txt", "not UTF-8 text")
    >>> article.source_path, [str(d) for d in article.diagnostics]
    ('old/latin1.txt', ['1:1: ND106 the input could not be read: not UTF-8 text'])
    """
    severity, summary = CODES["ND106"]
    diagnostic = make_diagnostic(
        code="ND106", severity=severity, message=f"{summary}: {reason}", span=Span(start=0, end=0), line=1, column=1
    )
    return Article(diagnostics=(diagnostic,), source_path=name, sourcing=sourcing)
