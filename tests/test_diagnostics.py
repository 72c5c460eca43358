"""Diagnostics: stable codes, compiler-style messages, positions and caret rendering."""

from __future__ import annotations

import re

import attrs
import pytest

import newsdoc
from newsdoc._diagnostics import line_col, make_diagnostic


def test_codes_are_stable_and_well_formed() -> None:
    """Every code is ND followed by three digits and has a severity and a summary."""
    for code, (severity, summary) in newsdoc.CODES.items():
        assert re.fullmatch(r"ND\d{3}", code)
        assert isinstance(severity, newsdoc.Severity)
        assert summary
        assert summary == summary.strip()


def test_str_reads_like_a_compiler_message() -> None:
    """str(d) is 'line:column: CODE message'."""
    d = newsdoc.parse(" date 2023-10-16 Lede.\n\n**Zoom in:** X.\n\n").diagnostics[0]
    assert str(d) == "3:3: ND130 Markdown bold marks around a label were removed: read as label 'Zoom in'"


def test_render_shows_the_line_and_a_caret() -> None:
    """render() shows the source line with carets under the span."""
    source = " date 2023-10-16 Lede.\n\n**Zoom in:** X.\n\n"
    d = newsdoc.parse(source).diagnostics[0]
    assert d.render(source).splitlines() == [
        "3:3: ND130 Markdown bold marks around a label were removed: read as label 'Zoom in'",
        "    **Zoom in:** X.",
        "      ^^^^^^^^^^^",
    ]


@pytest.mark.parametrize(
    ("source", "offset", "expected"),
    [
        ("abc", 0, (1, 1)),
        ("abc", 3, (1, 4)),
        ("a\nbc", 3, (2, 2)),
        ("a\r\nbc", 4, (2, 2)),
        ("a\rbc", 3, (2, 2)),
        ("a\r\n\r\nb", 5, (3, 1)),
        ("ab", 99, (1, 3)),
    ],
    ids=["start", "end", "lf", "crlf", "cr", "two-crlf", "past-end"],
)
def test_line_and_column_count_any_line_end(source: str, offset: int, expected: tuple[int, int]) -> None:
    """Lines are counted over LF, CR and CRLF alike; columns are 1-based."""
    assert line_col(source, offset) == expected


def test_diagnostics_are_in_source_order() -> None:
    """The article lists its diagnostics by position."""
    article = newsdoc.parse("\ufeffDate 2023/10/16 L.\r\n\r\n* a\r\n\r\n**Zoom in:** X.")
    starts = [d.span.start for d in article.diagnostics]
    assert starts == sorted(starts)
    assert {d.code for d in article.diagnostics} >= {"ND110", "ND103", "ND111", "ND130", "ND117"}


def test_make_diagnostic_builds_what_the_constructor_builds() -> None:
    """The parser's slot-filling Diagnostic equals the constructor's, field by field, hash included."""
    span = newsdoc.Span(start=4, end=5)
    fields = {
        "code": "ND131",
        "severity": newsdoc.Severity.WARNING,
        "message": "a list marker was rewritten as '-'",
        "span": span,
        "line": 2,
        "column": 1,
    }
    made = make_diagnostic(**fields)  # type: ignore[arg-type]
    expected = newsdoc.Diagnostic(**fields)  # type: ignore[arg-type]
    assert made == expected
    assert hash(made) == hash(expected)
    assert [getattr(made, a.name) for a in attrs.fields(newsdoc.Diagnostic)] == list(fields.values())
    assert str(made) == str(expected)
