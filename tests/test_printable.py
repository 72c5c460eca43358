"""``printable`` and ``Diagnostic.render``: what reaches a terminal or a ``path:line:col`` line is one safe line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Diagnostic, Severity, Span
from newsdoc._printable import EXCERPT_AFTER, EXCERPT_BEFORE, excerpt, printable

PRINTABLE_CASES = [
    ("plain", "seeds/a.txt", "seeds/a.txt"),
    ("newline", "evil\nfake.txt:9:9: ND100", "evil\\nfake.txt:9:9: ND100"),
    ("escape-sequences", "\x1b]0;PWNED\x07\x1b[2J", "\\x1b]0;PWNED\\x07\\x1b[2J"),
    ("c1-control", "a\x9bb", "a\\x9bb"),
    ("byte-not-utf8", "caf\udce9.txt", "caf\\xe9.txt"),
    ("lone-surrogate", "a\ud800b", "a\\ud800b"),
    ("bidi-override", "txt.\u202eexe", "txt.\\u202eexe"),
    ("line-separator", "a\u2028b", "a\\u2028b"),
    ("unicode-letters", "Café 🧠", "Café 🧠"),
]


@pytest.mark.parametrize(("text", "shown"), [c[1:] for c in PRINTABLE_CASES], ids=[c[0] for c in PRINTABLE_CASES])
def test_printable_escapes_what_could_act_on_a_terminal(text: str, shown: str) -> None:
    """Controls, separators, bidi overrides and bytes that are not UTF-8 become escapes; the rest is kept."""
    assert printable(text) == shown


@given(st.text())
def test_printable_is_one_line_of_encodable_text(text: str) -> None:
    """Whatever the text, the result holds no line break or control character and encodes as UTF-8."""
    shown = printable(text)
    shown.encode("utf-8")
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in shown)


def _diagnostic(start: int, end: int) -> Diagnostic:
    return Diagnostic(
        code="ND201", severity=Severity.WARNING, message="m", span=Span(start=start, end=end), line=1, column=1
    )


@pytest.mark.parametrize("end", ["\n", "\r", "\r\n"], ids=["LF", "CR", "CRLF"])
def test_render_shows_the_one_line_that_holds_the_problem(end: str) -> None:
    """CR, LF and CRLF each end a line: the lines before and after are not shown."""
    source = end.join(["first line", "the problem here", "last line"])
    start = source.index("problem")
    assert _diagnostic(start, start + 7).render(source).splitlines()[1:] == [
        "    the problem here",
        "        ^^^^^^^",
    ]


def test_render_cuts_a_long_line_around_the_problem() -> None:
    """A 1.25 MB line shows a bounded window, the caret under the problem."""
    source = "x" * 1_250_000 + " bad " + "y" * 1_250_000
    start = source.index("bad")
    _, line, caret = _diagnostic(start, start + 3).render(source).splitlines()
    assert len(line) <= 4 + 1 + EXCERPT_BEFORE + EXCERPT_AFTER + 1
    assert line[caret.index("^") : caret.index("^") + 3] == "bad"
    assert line.startswith("    …")
    assert line.endswith("…")


def test_render_underlines_escaped_characters_where_they_are_shown() -> None:
    """An escape widens the line; the caret moves with it."""
    source = "a\x1bb bad"
    _, line, caret = _diagnostic(4, 7).render(source).splitlines()
    assert line == "    a\\x1bb bad"
    assert line[caret.index("^") :].startswith("bad")


@given(st.text(st.sampled_from("ab \r\n\x1b\u2028"), max_size=300), st.data())
def test_excerpt_is_one_bounded_line_holding_its_range(source: str, data: st.DataObject) -> None:
    """Any span of any text: one line, at most the bounded width, the range within it."""
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    shown, begin, stop = excerpt(source, start, end)
    assert "\n" not in shown
    assert "\r" not in shown
    assert 0 <= begin <= stop <= len(shown)
    assert len(shown) <= 4 * (EXCERPT_BEFORE + EXCERPT_AFTER) + 2


def test_render_of_every_diagnostic_of_a_cr_only_article_is_three_short_lines() -> None:
    """The CR-only article that once printed the whole file per diagnostic."""
    source = " date 2023-10-16 Lede.\r\r" + "".join(f'He said "quote {n}.\r\r' for n in range(200))
    diagnostics = newsdoc.parse(source).diagnostics
    assert diagnostics
    for diagnostic in diagnostics:
        lines = diagnostic.render(source).splitlines()
        assert len(lines) == 3
        assert max(map(len, lines)) < 200
