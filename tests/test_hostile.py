"""Hostile input: the parser returns, keeps its spans honest and round-trips, whatever it is fed.

Hypothesis builds text from the pieces the parser cares about (every kind of quote mark and
colon, labels, list markers, date headers, CR, BOM, NUL, lone surrogates, zero-width and
bidi characters, very long runs). A table of pathological inputs, each tens of thousands of
characters long, must parse without a pattern time-out; the cost of each, against ordinary
text of the same size, is measured by ``bench/bench_parse.py``, not here.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given

import newsdoc
from newsdoc._parse.layout import blocks, header, labels, structure
from newsdoc._parse.layout import input_text as source

from _invariants import check_all, check_diagnostics, check_fixed_point, check_json, check_spans, check_strict
from strategies import hostile_text


@given(hostile_text)
def test_every_span_slices_the_text_it_claims(text: str) -> None:
    """Paragraph, quote and attribution spans lie in the text and slice it to their own text."""
    check_spans(text, newsdoc.parse(text))


@given(hostile_text)
def test_diagnostics_point_at_their_line_and_column(text: str) -> None:
    """Each diagnostic has a known code and severity, and its line and column match its offset."""
    check_diagnostics(text, newsdoc.parse(text))


@given(hostile_text)
def test_to_text_of_hostile_text_is_a_fixed_point(text: str) -> None:
    """to_text(parse(x)) reads back to the same article and writes the same text again."""
    check_fixed_point(newsdoc.parse(text))


@given(hostile_text)
def test_hostile_articles_round_trip_through_json(text: str) -> None:
    """JSON keeps every article the parser makes, spans and diagnostics included."""
    check_json(newsdoc.parse(text))


@given(hostile_text)
def test_strict_parsing_raises_only_parse_error(text: str) -> None:
    """strict=True raises ParseError listing the errors exactly when there are errors."""
    check_strict(text, newsdoc.parse(text))


_SIZE = 40_000
_LEDE = " date 2023-10-16 Lede.\n\n"


def _fill(piece: str, prefix: str = _LEDE) -> str:
    return prefix + piece * (_SIZE // len(piece))


PATHOLOGICAL = [
    ("straight-quote-marks", _fill('"')),
    ("curly-quote-marks", _fill("\u201c\u201d")),
    ("mixed-quote-marks", _fill('\u201c"\u201d\u201e\u00ab\u00bb\u2018\u2019 ')),
    ("quote-marks-as-words", _fill('"a" \u201cb\u201d \u201dc\u201c ')),
    ("unclosed-quote-then-text", _LEDE + 'He said "' + _fill("Officials said the plan would work. ", "")),
    ("unclosed-quote-then-paragraphs", _LEDE + '"' + _fill("The plan, officials said, would work.\n\n", "")),
    ("label-repeated-in-a-line", _fill("Why it matters: ")),
    ("label-repeated-as-paragraphs", _fill("Why it matters: x\n\n")),
    ("bold-label-repeated", _fill("**Zoom in:** ")),
    ("line-without-spaces", _fill("x")),
    ("capitals-without-spaces", _fill("A")),
    ("digits-without-spaces", _fill("1")),
    ("periods-without-spaces", _fill(".")),
    ("colons", _fill(":")),
    ("word-and-colon", _fill("Word: ")),
    ("said-repeated", _fill(" he said")),
    ("commas-in-a-relative-clause", _LEDE + "The mayor, who said " + _fill("a, b ", "") + "left.\n\n"),
    ("commas-in-an-opening-clause", _LEDE + "When the mayor said " + _fill('"a, b" ', "") + "it, left.\n\n"),
    ("according-to-repeated", _fill("according to ")),
    ("emoji-before-a-label", _fill("\U0001f9e0", _LEDE + "\n\n") + "x"),
    ("numbers-before-a-label", _fill("1. ", _LEDE + "\n\n") + "x"),
    ("spaces-in-the-header", " date" + " " * _SIZE + "x"),
    ("digits-in-the-header", "date " + "1" * _SIZE + "\u2003"),
    ("colon-in-the-header", "date" + " " * _SIZE + ":" + " " * _SIZE + "x"),
    ("line-feeds", _fill("\n")),
    ("carriage-returns", _fill("\r")),
    ("crlf", _fill("\r\n")),
    ("blank-lines-of-spaces", _fill(" \n")),
    ("list-markers", _fill("* a\n")),
    ("numbered-markers", _fill("1) a\n")),
    ("zero-width-spaces", _fill("\u200b")),
    ("nul-characters", _fill("\x00")),
    ("lone-surrogates", _fill("\ud800\udfff")),
    ("bidi-controls", _fill("\u202e\u2066a\u2069\u202c ")),
]


@pytest.mark.parametrize("text", [case[1] for case in PATHOLOGICAL], ids=[case[0] for case in PATHOLOGICAL])
def test_pathological_input_parses_without_a_pattern_time_out(text: str) -> None:
    """Each pathological input parses, keeps every property, and never times out a pattern (ND901)."""
    article = check_all(text)
    assert [d for d in article.diagnostics if d.code == "ND901"] == []


# Every pattern of the layout stages, called the way the parser calls it.
PATTERNS = [
    ("source-needs-work", regex.compile(source._NEEDS_WORK.pattern), "search"),
    ("source-special", regex.compile(source._SPECIAL.pattern), "finditer"),
    ("source-line-end", regex.compile(source._LINE_END.pattern), "finditer"),
    ("header", header._HEADER, "match"),
    ("header-bad", header._BAD_HEADER, "match"),
    ("header-canonical", header._CANONICAL, "match"),
    ("blocks-marker", blocks._MARKER, "match"),
    ("labels-label", labels._LABEL_AT_START, "match"),
    ("labels-appositive", labels._APPOSITIVE, "search"),
    ("structure-heading", structure._HEADING, "fullmatch"),
]
# Long runs of the characters these patterns repeat over, each followed by what makes a
# backtracking pattern give up late.
_RUNS = [" ", "\t", "1", "A", "a", ":", "*", ".", "1. ", "\U0001f9e0", "**", "date ", "Oct ", '"', "\r", "\n"]
_TAILS = ["", "x", "\u2003", ":", "\n", '"']
_PATTERN_INPUT = 20_000
_GENEROUS_SECONDS = 5.0  # linear work on 20,000 characters takes well under a millisecond


def _hostile_runs() -> list[str]:
    return [
        head + run * (_PATTERN_INPUT // len(run)) + tail for run in _RUNS for tail in _TAILS for head in ("", "date")
    ]


@pytest.mark.parametrize(("pattern", "method"), [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS])
def test_no_layout_pattern_backtracks_on_long_runs(pattern: regex.Pattern[str], method: str) -> None:
    """On long runs of the characters it repeats over, no pattern reaches the regex module's time-out.

    A pattern that backtracks quadratically takes minutes on these inputs; the time-out only
    turns that into a failure instead of a hang.
    """
    for text in _hostile_runs():
        call = getattr(pattern, method)
        try:
            result = call(text, timeout=_GENEROUS_SECONDS)
            if method == "finditer":
                for _ in result:
                    pass
        except TimeoutError:
            pytest.fail(f"{method} timed out on {text[:12]!r}... ({len(text)} characters)")
