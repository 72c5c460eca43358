"""The date header: every accepted date form, and the canonical header shortcut against the general reader."""

from __future__ import annotations

import datetime
import re

import pytest

import newsdoc
from newsdoc._parse.layout import header

D = " date 2023-10-16 "


def test_date_forms_give_the_same_date() -> None:
    """Every accepted date form reads as the same calendar date."""
    for given in ("date: 2023-10-16 L.", "Date 2023/10/16 L.", "Oct. 16, 2023 L.", "16 Oct 2023 L.", f"{D}L."):
        assert newsdoc.parse(given).date == datetime.date(2023, 10, 16), given


# id, a first line the canonical header shortcut takes or leaves to the general reader
HEADERS = [
    ("canonical", " date 2023-10-16 Lede."),
    ("alone", " date 2023-10-16"),
    ("trailing-space", " date 2023-10-16 "),
    ("wide-gap", " date 2023-10-16  \t Lede."),
    ("tab-gap", " date 2023-10-16\tLede."),
    ("invalid-date", " date 2023-02-30 Lede."),
    ("month-13", " date 2023-13-01 Lede."),
    ("other-digits", " date \u0662\u0660\u0662\u0663-10-16 Lede."),
    ("three-digit-day", " date 2023-10-160 Lede."),
    ("upper-case", " DATE 2023-10-16 Lede."),
    ("two-spaces", "  date 2023-10-16 Lede."),
    ("lede-reads-as-header", " date 2023-02-30 date 2023-10-16 Lede."),
]


@pytest.mark.parametrize("first", [c[1] for c in HEADERS], ids=[c[0] for c in HEADERS])
def test_canonical_header_reads_as_the_general_reader_does(first: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Date, lede and diagnostics are the same with and without the canonical header shortcut."""
    text = f"{first}\n\nWhy it matters: X.\n\n"
    fast = newsdoc.parse(text)
    monkeypatch.setattr(header, "_CANONICAL_HEADER", re.compile(r"(?!)"))
    slow = newsdoc.parse(text)
    assert newsdoc.to_json(fast) == newsdoc.to_json(slow)
    assert [(d.code, d.span, d.message) for d in fast.diagnostics] == [
        (d.code, d.span, d.message) for d in slow.diagnostics
    ]
