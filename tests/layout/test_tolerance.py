"""Each tolerance of the parser: what it accepts, what it writes back, and what it reports."""

from __future__ import annotations

import pickle

import pytest

import newsdoc

D = " date 2023-10-16 "

# id, input, the canonical text it reads as, the diagnostic codes it reports (in order)
CASES: list[tuple[str, str, str, list[str]]] = [
    ("canonical", f"{D}Lede.\n\nWhy it matters: X.\n\n", f"{D}Lede.\n\nWhy it matters: X.\n\n", []),
    ("bom", f"\ufeff{D}Lede.\n\n", f"{D}Lede.\n\n", ["ND110"]),
    ("crlf", f"{D}Lede.\r\n\r\nZoom in: X.\r\n\r\n", f"{D}Lede.\n\nZoom in: X.\n\n", ["ND111"]),
    ("cr", f"{D}Lede.\r\rZoom in: X.\r\r", f"{D}Lede.\n\nZoom in: X.\n\n", ["ND111"]),
    ("blank-runs", f"{D}Lede.\n\n\n\nZoom in: X.\n\n\n\n", f"{D}Lede.\n\nZoom in: X.\n\n", ["ND112"]),
    ("trailing-spaces-tabs", f"{D}Lede. \t\n\nZoom in: X.\t\n\n", f"{D}Lede.\n\nZoom in: X.\n\n", ["ND113"]),
    ("blank-line-of-spaces", f"{D}Lede.\n   \nZoom in: X.\n\n", f"{D}Lede.\n\nZoom in: X.\n\n", ["ND113"]),
    ("leading-spaces", f"{D}Lede.\n\n   Zoom in: X.\n\n", f"{D}Lede.\n\nZoom in: X.\n\n", ["ND116"]),
    ("spaces-after-the-header", f"{D}  Lede.\n\n", f"{D}Lede.\n\n", ["ND116"]),
    ("tab-after-the-header", f"{D}\tLede.\n\n", f"{D}Lede.\n\n", ["ND116"]),
    ("no-break-space", f"{D}Lede\u00a0one.\n\n", f"{D}Lede one.\n\n", ["ND114"]),
    ("zero-width-space", f"{D}Le\u200bde.\n\n", f"{D}Lede.\n\n", ["ND115"]),
    ("word-joiner", f"{D}Le\u2060de.\n\n", f"{D}Lede.\n\n", ["ND115"]),
    ("nul", f"{D}Le\x00de.\n\n", f"{D}Lede.\n\n", ["ND118"]),
    ("no-final-blank-line", f"{D}Lede.", f"{D}Lede.\n\n", ["ND117"]),
    ("one-final-newline", f"{D}Lede.\n", f"{D}Lede.\n\n", ["ND117"]),
    ("missing-date", "Lede.\n\n", "Lede.\n\n", ["ND101"]),
    ("malformed-date", " date 2023-13-45 Lede.\n\n", "Lede.\n\n", ["ND102"]),
    ("date-word-not-date", " date 16/10 Lede.\n\n", "Lede.\n\n", ["ND102"]),
    ("date-colon", "date: 2023-10-16 Lede.\n\n", f"{D}Lede.\n\n", ["ND103"]),
    ("date-slashes", "Date 2023/10/16 Lede.\n\n", f"{D}Lede.\n\n", ["ND103"]),
    ("date-in-words", "Oct. 16, 2023 Lede.\n\n", f"{D}Lede.\n\n", ["ND103"]),
    ("date-long-month", "October 16, 2023\n\nLede.\n\n", f"{D}Lede.\n\n", ["ND103"]),
    ("date-day-first", "16 October 2023\nLede.\n\n", f"{D}Lede.\n\n", ["ND103"]),
    ("date-no-leading-space", "date 2023-10-16 Lede.\n\n", f"{D}Lede.\n\n", ["ND103"]),
    ("bold-label-colon-inside", f"{D}L.\n\n**Why it matters:** X.\n\n", f"{D}L.\n\nWhy it matters: X.\n\n", ["ND130"]),
    ("bold-label-colon-outside", f"{D}L.\n\n**Why it matters**: X.\n\n", f"{D}L.\n\nWhy it matters: X.\n\n", ["ND130"]),
    ("label-after-emoji", f"{D}L.\n\n🧠 Why it matters: X.\n\n", f"{D}L.\n\n🧠 Why it matters: X.\n\n", []),
    ("label-after-number", f"{D}L.\n\n1. Models muscle up: X.\n\n", f"{D}L.\n\n1. Models muscle up: X.\n\n", []),
    ("label-two-spaces", f"{D}L.\n\nZoom in:  X.\n\n", f"{D}L.\n\nZoom in: X.\n\n", ["ND132"]),
    ("star-bullet", f"{D}L.\n\nP:\n* one\n\n", f"{D}L.\n\nP:\n- one\n\n", ["ND131"]),
    ("round-bullet", f"{D}L.\n\nP:\n• one\n\n", f"{D}L.\n\nP:\n- one\n\n", ["ND131"]),
    ("paren-number", f"{D}L.\n\nP:\n1) one\n\n", f"{D}L.\n\nP:\n1. one\n\n", ["ND131"]),
    ("wrapped-paragraph", f"{D}L.\n\nOne line\nand the next.\n\n", f"{D}L.\n\nOne line and the next.\n\n", ["ND120"]),
    ("list-item-after-blank", f"{D}L.\n\n- item\n\n", f"{D}L.\n- item\n\n", []),
    ("header-alone-then-lede-line", " date 2023-10-16\nLede.\n\n", f"{D}Lede.\n\n", []),
    ("header-alone-then-blank", " date 2023-10-16\n\nP.\n\n", " date 2023-10-16\n\nP.\n\n", []),
    ("header-alone-then-item", " date 2023-10-16\n- a\n\n", " date 2023-10-16\n- a\n\n", []),
    ("empty", "", "", ["ND100"]),
    ("only-blank-lines", "\n\n\n", "", ["ND100"]),
]


@pytest.mark.parametrize(("given", "canonical", "codes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tolerance(given: str, canonical: str, codes: list[str]) -> None:
    """The input is read, written back canonically, and each change is reported with its code."""
    article = newsdoc.parse(given)
    assert newsdoc.to_text(article) == canonical
    got = [d.code for d in article.diagnostics if d.code != "ND112" or "ND112" in codes]
    assert got == codes


@pytest.mark.parametrize(("given", "canonical"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_canonical_form_reads_back_equal(given: str, canonical: str) -> None:
    """The canonical text reads back to an equal article with no diagnostics (if it has a date)."""
    article = newsdoc.parse(given)
    again = newsdoc.parse(canonical)
    assert again == article
    if article.date is not None:
        assert again.diagnostics == ()


def test_diagnostic_positions_point_into_the_callers_text() -> None:
    """Offsets, lines and columns count the caller's characters, BOM and CRLF included."""
    given = f"\ufeff{D}Lede.\r\n\r\n**Why it matters:** X.\r\n\r\n"
    bold = next(d for d in newsdoc.parse(given).diagnostics if d.code == "ND130")
    assert (bold.line, bold.column) == (3, 3)
    assert given[bold.span.start : bold.span.start + 14] == "Why it matters"


def test_spans_after_removed_characters_point_past_them() -> None:
    """A paragraph after a removed BOM and zero-width space still slices the caller's text."""
    given = f"\ufeff{D}Le\u200bde.\r\n\r\nZoom in: X.\r\n\r\n"
    article = newsdoc.parse(given)
    span = article.paragraphs[1].span
    assert span is not None
    assert given[span.start : span.end] == "Zoom in: X."


def test_strict_mode_raises_one_error_listing_every_error() -> None:
    """Strict parsing raises a ParseError (a ValueError) carrying the error diagnostics only."""
    with pytest.raises(newsdoc.ParseError) as info:
        newsdoc.parse(" date 2023-13-45 Lede.\n\n**Zoom in:** x.\n\n", strict=True)
    assert isinstance(info.value, ValueError)
    assert [d.code for d in info.value.diagnostics] == ["ND102"]
    assert "ND102" in str(info.value)


def test_strict_mode_accepts_warnings() -> None:
    """Warnings and infos do not make strict parsing fail."""
    article = newsdoc.parse("date: 2023-10-16 Lede.\r\n\r\n**Zoom in:** x.", strict=True)
    assert {d.severity for d in article.diagnostics} == {newsdoc.Severity.WARNING, newsdoc.Severity.INFO}


def test_strict_mode_rejects_empty_input() -> None:
    """Empty input is an error in strict mode, and an article with ND100 otherwise."""
    with pytest.raises(newsdoc.ParseError, match="ND100"):
        newsdoc.parse("", strict=True)
    assert newsdoc.parse("") == newsdoc.Article()


@pytest.mark.parametrize(
    ("value", "hint"),
    [(b" date 2023-10-16 L.", "decode it first"), (None, "not NoneType"), (42, "not int"), (["x"], "not list")],
    ids=["bytes", "none", "int", "list"],
)
def test_non_str_input_is_a_type_error(value: object, hint: str) -> None:
    """Anything but a str raises TypeError saying what to pass instead."""
    with pytest.raises(TypeError, match=hint):
        newsdoc.parse(value)  # type: ignore[arg-type]


def test_parse_error_pickles_with_its_diagnostics() -> None:
    """A ParseError crosses process boundaries with its diagnostics and message intact."""
    with pytest.raises(newsdoc.ParseError) as info:
        newsdoc.parse("", strict=True)
    again = pickle.loads(pickle.dumps(info.value))
    assert again.diagnostics == info.value.diagnostics
    assert str(again) == str(info.value) == "1 error in the article\n1:1: ND100 the input is empty: no text to read"
