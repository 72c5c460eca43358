"""One test per bug found by fuzzing (fuzz/fuzz_parse.py), Hypothesis or the benchmark's hostile
cases: each named for what broke, each checking every property of tests/_invariants.py too.
"""

from __future__ import annotations

import itertools

import pytest
import regex

import newsdoc
from newsdoc._parse.layout import header, labels
from newsdoc._parse.sourcing import sentences

from _invariants import check_all


def test_a_bad_header_before_a_date_keeps_its_line_as_the_lede() -> None:
    """Fuzzer: after 'date2' (not a date) the rest of the line, a date, was the lede and was read
    back as the article's date."""
    article = check_all("date2 2026-7-7")
    assert article.date is None
    assert article.lede.text == "date2 2026-7-7"


CASES_DATE_ON_THE_LINE_AFTER_A_BAD_HEADER = [
    ("same-block", " date 2023-13-45\n2026-7-7 foo", "date 2023-13-45 2026-7-7 foo", []),
    ("next-block", " date 2023-13-45\n\n2026-7-7 foo\n\n", "date 2023-13-45", ["2026-7-7 foo"]),
]


@pytest.mark.parametrize(
    ("text", "lede", "rest"),
    [c[1:] for c in CASES_DATE_ON_THE_LINE_AFTER_A_BAD_HEADER],
    ids=[c[0] for c in CASES_DATE_ON_THE_LINE_AFTER_A_BAD_HEADER],
)
def test_a_date_on_the_line_after_a_bad_header_is_not_the_lede(text: str, lede: str, rest: list[str]) -> None:
    """A lede that reads as a date, under a header with no valid date, would be read back as the date."""
    article = check_all(text)
    assert article.date is None
    assert article.lede.text == lede
    assert [p.text for p in article.paragraphs[1:]] == rest


def test_a_list_item_after_a_bad_header_alone_on_its_line_leaves_no_empty_lede() -> None:
    """An item under a bad header gave an empty lede that was written back as a leading blank line."""
    article = check_all("date 2023-13-45\n- 2026-7-7")
    assert article.lede.text == "date 2023-13-45"
    assert [(p.marker, p.text) for p in article.paragraphs[1:]] == [("-", "2026-7-7")]


CASES_JOINED_LEDE_READS_AS_A_HEADER = [
    ("keyword-then-token", "date\n2", "date", ["2"]),
    ("keyword-then-date", "date\n2026-01-01", "date", ["2026-01-01"]),
    ("keyword-colon-then-token", "date: \n5", "date:", ["5"]),
    ("month-day-year-over-lines", "Oct.\n16,\n2023\nmore", "Oct. 16,", ["2023 more"]),
    ("after-a-bad-header", "date 2023-13-45 date\n2", "date", ["2"]),
]


@pytest.mark.parametrize(
    ("text", "lede", "rest"),
    [c[1:] for c in CASES_JOINED_LEDE_READS_AS_A_HEADER],
    ids=[c[0] for c in CASES_JOINED_LEDE_READS_AS_A_HEADER],
)
def test_a_line_is_not_joined_to_a_dateless_lede_when_that_would_make_a_header(
    text: str, lede: str, rest: list[str]
) -> None:
    """Fuzzer: 'date' and '2' on two lines were joined into a lede 'date 2' that read back as a header."""
    article = check_all(text)
    assert article.date is None
    assert article.lede.text == lede
    assert [p.text for p in article.paragraphs[1:]] == rest


def test_joining_lines_that_make_no_header_still_joins_the_lede() -> None:
    """The rule above leaves ordinary hard-wrapped ledes alone."""
    article = check_all("Lede\ncontinued")
    assert article.lede.text == "Lede continued"
    assert "ND120" in {d.code for d in article.diagnostics}


def test_a_surrogate_pair_written_as_two_code_points_survives_json() -> None:
    """Hypothesis: '\\ud800\\udfff' as two code points was written to JSON, which reads it back as one
    character, so from_json(to_json(a)) != a. The parser now reads the pair as its character (ND119)."""
    text = " date 2023-10-16 Lede \ud83d\udcf0.\n\n"
    article = check_all(text)
    assert article.lede.text == "Lede \U0001f4f0."
    assert [d.code for d in article.diagnostics] == ["ND119"]
    assert article.lede.span == newsdoc.Span(start=17, end=len(text) - 2)


@pytest.mark.parametrize("dropped", ["\x00", "\x1f", "\u200b", "\ufeff", "\x00\u2060"])
def test_a_surrogate_pair_split_by_a_dropped_character_survives_json(dropped: str) -> None:
    """Fuzzing: '\\ud820\\x00\\udcff' lost its control character, which left the two halves side by
    side in the text the model holds; JSON read them back as one character, so from_json(to_json(a))
    != a, and the lede's span held the two halves apart. The parser now joins them (ND119), and the
    span runs from the high half to the low one."""
    text = " date 2023-10-16 Lede \ud820" + dropped + "\udcff ends.\n\n"
    article = check_all(text)
    assert article.lede.text == "Lede \U000180ff ends."
    assert "ND119" in {d.code for d in article.diagnostics}
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


def test_a_span_never_ends_inside_a_surrogate_pair() -> None:
    """A span ending on a pair written as two code points ended between them."""
    text = " date 2023-10-16 Lede.\n\n" + "\ud800\udfff" * 3 + "\n\n"
    paragraph = check_all(text).paragraphs[1]
    assert paragraph.span is not None
    assert text[paragraph.span.start : paragraph.span.end] == "\ud800\udfff" * 3


def test_lone_surrogates_that_form_no_pair_are_kept() -> None:
    """A low surrogate before a high one is no pair: both stay as they are, and JSON escapes them."""
    article = check_all(" date 2023-10-16 Lede \udfff\ud800.\n\n")
    assert article.lede.text == "Lede \udfff\ud800."


# Inputs that took minutes (or longer) on a pattern that backtracked, with the pattern and call.
CASES_BACKTRACKING = [
    ("emoji-run-before-a-label", labels._LABEL_AT_START, "\U0001f9e0" * 20_000 + "x"),
    ("emoji-runs-split-by-spaces", labels._LABEL_AT_START, "\U0001f9e0 " * 10_000 + "x"),
    ("spaces-after-the-date-keyword", header._HEADER, " date" + " " * 20_000 + "x"),
    ("spaces-around-a-colon-in-the-header", header._HEADER, "date" + " " * 10_000 + ":" + " " * 10_000 + "x"),
    ("digits-before-an-em-space", header._BAD_HEADER, "date " + "1" * 20_000 + "\u2003"),
]


@pytest.mark.parametrize(
    ("pattern", "text"), [c[1:] for c in CASES_BACKTRACKING], ids=[c[0] for c in CASES_BACKTRACKING]
)
def test_header_and_label_patterns_do_not_backtrack(pattern: regex.Pattern[str], text: str) -> None:
    """Benchmark: these took from seconds to hours (quadratic or worse); linear work takes microseconds.

    The regex module's time-out only turns a regression into a failure instead of a hang.
    """
    try:
        pattern.match(text, timeout=5.0)
    except TimeoutError:
        pytest.fail("the pattern backtracked")
    check_all(" date 2023-10-16 Lede.\n\n" + text if pattern is labels._LABEL_AT_START else text)


CASES_MARKER_ALONE_ON_ITS_LINE = [
    ("numbered", ".\n2)\nZ", "2.", "Z"),
    ("bullet-then-two-lines", " date 2023-10-16 Lede\n-\nZ\nY", "-", "Z Y"),
]


@pytest.mark.parametrize(
    ("text", "marker", "item"),
    [c[1:] for c in CASES_MARKER_ALONE_ON_ITS_LINE],
    ids=[c[0] for c in CASES_MARKER_ALONE_ON_ITS_LINE],
)
def test_a_marker_alone_on_its_line_takes_the_next_line_without_a_leading_space(
    text: str, marker: str, item: str
) -> None:
    """Fuzzer: '2)' alone on a line, then 'Z', gave the item text ' Z', written back as '2.  Z' and
    read back as 'Z'."""
    article = check_all(text)
    assert [(p.marker, p.text) for p in article.paragraphs[1:]] == [(marker, item)]


def test_a_run_of_periods_after_a_cue_does_not_backtrack() -> None:
    """Benchmark: the sentence-end pattern rescanned a run of periods from each of its
    characters (20,000 periods after 'He said' took 11 s, 200,000 would take minutes)."""
    text = "He said " + "." * 20_000
    try:
        list(regex.compile(sentences._SENTENCE_END.pattern).finditer(text, timeout=5.0))
    except TimeoutError:
        pytest.fail("the sentence-end pattern backtracked")
    article = check_all(" date 2023-10-16 Lede.\n\n" + text + "\n\n")
    assert article.paragraphs[1].text == text


def test_content_pieces_that_share_a_two_apostrophe_mark_do_not_overlap() -> None:
    """Fuzzer: a quote that opens inside a ``''`` mark and the piece of reported speech before it
    were each widened to the whole mark, so that the attribution's content spans overlapped
    and its content held the mark twice."""
    article = check_all("P said\nP:''and")
    (found,) = article.lede.attributions
    spans = found.content_spans
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert found.content is not None
    assert found.content.count("''") == 1
