"""The block reader's shortcut (plain paragraph runs) reads as its general path does."""

from __future__ import annotations

import re
import sys

import pytest
import regex

import newsdoc
from newsdoc._parse.layout import blocks

from _support import GOLDEN, read

D = " date 2023-10-16 "

# id, a text whose plain runs meet each thing that ends them
CASES = [
    ("plain", f"{D}Lede.\n\nWhy it matters: X.\n\nBody.\n\n"),
    ("item-under-paragraph", f"{D}Lede.\n\nZoom in: X.\n- one\n- two\n\nAfter.\n\n"),
    ("bullet-after-blank", f"{D}Lede.\n\nA.\n\n* one\n\n• two\n\nB.\n\n"),
    ("numbers", f"{D}Lede.\n\nA.\n\n1. one\n\n2) two\n\n1 in 4 said so.\n\n\u0663. three\n\n"),
    ("astral-digit", f"{D}Lede.\n\nA.\n\n\U00011f51. one\n\n\U0001f9e0 Why it matters: X.\n\nB.\n\n"),
    ("spaces", f"{D}Lede.\n\nA. \n\n B.\n\nC.\n \nD.\n\n\n\nE.\n\n"),
    ("joined-lines", f"{D}Lede.\n\nA.\nstill A.\n\nB.\n\n"),
    ("no-final-blank", f"{D}Lede.\n\nA.\n\nB."),
    ("dateless", "date 20\n\n23-10-16 Lede.\n\nA.\n\n"),
    ("header-alone", f"{D}\n\nA.\n\nB.\n\n"),
    ("bad-header-alone", " date 2023-13-45\n\nA.\n\nB.\n\n"),
]


def _texts() -> list[tuple[str, str]]:
    golden = [(path.parent.name, read(path)) for path in sorted(GOLDEN.glob("*/input.txt"))]
    return CASES + golden


@pytest.mark.parametrize("text", [c[1] for c in _texts()], ids=[c[0] for c in _texts()])
def test_plain_runs_read_as_lines_do(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks, text and diagnostics are the same with and without the shortcut."""
    fast = newsdoc.parse(text)
    monkeypatch.setattr(blocks, "_PLAIN_RUN", re.compile(r"(?!)"))
    slow = newsdoc.parse(text)
    assert newsdoc.to_json(fast) == newsdoc.to_json(slow)
    assert [(d.code, d.span, d.message) for d in fast.diagnostics] == [
        (d.code, d.span, d.message) for d in slow.diagnostics
    ]


def test_plain_runs_never_open_with_a_list_marker() -> None:
    """No character that can open a list marker (``regex``'s digits included) opens a plain line."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    openers = regex.findall(r"[-*•+\d]", every)
    assert len(openers) > 600
    assert [c for c in openers if blocks._PLAIN_RUN.match(f"{c}. x\n\n")] == []
