"""Quote spans: pairing the double quotation marks of each paragraph, and the ND201/ND202 diagnostics."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc._parse.sourcing.quote_marks import _NEST_REACH, MAX_MARKS, _nests, find_quote_spans, read_apostrophe_pairs

# (paragraph text, the quoted texts it holds)
PAIRING = [
    ("straight", 'He said "yes" and "no."', ["yes", "no."]),
    ("curly", "He said \u201cyes\u201d and \u201cno.\u201d", ["yes", "no."]),
    (
        "single-marks-inside",
        "\"As O'Neill said, 'All politics is local.'\"",
        ["As O'Neill said, 'All politics is local.'"],
    ),
    ("mixed-marks", '\u201cOne," she said. "Two.\u201d', ["One,", "Two."]),
    ("mark-after-a-comma", '"It was hard," she says," I wanted more."', ["It was hard,", " I wanted more."]),
    ("empty-quote-is-skipped", 'An empty "" pair.', []),
    ("no-marks", "Nothing quoted here.", []),
    ("closing-mark-typed-to-open", "\u201dWe will win.\u201d \u2015 Jane Roe", ["We will win."]),
    ("opening-mark-typed-to-close", "She said \u201cit is fine\u201c and left.", ["it is fine"]),
    (
        "quote-within-a-quote-in-double-marks",
        "\u201cWe sleep in the tent he calls \u201cthe palace\u201d every night,\u201d she said. \u201cYes.\u201d",
        ["We sleep in the tent he calls \u201cthe palace\u201d every night,", "Yes."],
    ),
    (
        "two-closing-marks-after-an-opening-inside-a-quote",
        "\u201cThey said \u201cno\u201d and \u201cnever.\u201d\u201d",
        ["They said \u201cno\u201d and \u201cnever.\u201d"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PAIRING], ids=[c[0] for c in PAIRING])
def test_marks_pair_into_quoted_texts(text: str, expected: list[str]) -> None:
    """Straight marks open and close in turn, curly marks by their direction; single marks stay inside."""
    spans, problems = find_quote_spans([text])
    assert [text[s.start : s.end] for s in spans[0]] == expected
    assert problems == []


# (paragraph text, the quoted texts, the problems): where no depth can be read past an opening
# mark inside a quote, the quote before it was left open (ND201).
NOT_NESTED = [
    (
        "straight-mark-after-the-inner-opening",
        '\u201cHe said, \u201cI do not know," and left,\u201d she said. Then it ended.\u201d',
        ["He said, ", "I do not know,"],
        [(0, 0, "ND201"), (0, 36, "ND202"), (0, 62, "ND202")],
    ),
    (
        "opening-mark-typed-to-close-after-the-inner-opening",
        "\u201cGo \u201cnow\u201c he said,\u201d she said.\u201d Yes.\u201d",
        ["Go ", "now"],
        [(0, 0, "ND201"), (0, 18, "ND202"), (0, 29, "ND202"), (0, 35, "ND202")],
    ),
    (
        "closing-mark-typed-to-open-after-the-inner-quote",
        "\u201cOne, she said. \u201cTwo,\u201d he said. \u201dThree.\u201d",
        ["One, she said. ", "Two,", "Three."],
        [(0, 0, "ND201")],
    ),
]


@pytest.mark.parametrize(("text", "expected", "problems"), [c[1:] for c in NOT_NESTED], ids=[c[0] for c in NOT_NESTED])
def test_opening_mark_in_a_quote_nests_only_where_curly_marks_close_it_soon(
    text: str, expected: list[str], problems: list[tuple[int, int, str]]
) -> None:
    """A straight mark, an opening mark typed to close or a closing mark typed to open after it
    leaves an opening mark inside a quote as the start of a new quote."""
    spans, found = find_quote_spans([text])
    assert [text[s.start : s.end] for s in spans[0]] == expected
    assert found == problems


@pytest.mark.parametrize(("inner", "nests"), [(0, True), (3, True), (4, False)])
def test_a_nested_quote_is_read_only_where_its_closing_marks_come_soon(inner: int, nests: bool) -> None:
    """``“a “b`` and ``inner`` more opening marks, then as many closing marks as close them all: the
    outer quote closes ``2 * inner + 2`` marks after ``“b``, which nests only within the reach."""
    text = "\u201ca \u201cb" + " \u201cc" * inner + "\u201d" * (inner + 2)
    marks = [i for i, ch in enumerate(text) if ch in "\u201c\u201d"]
    assert _nests(text, marks, 1) is nests
    assert (2 * inner + 2 <= _NEST_REACH) is nests


def test_span_offsets_point_inside_the_marks() -> None:
    """A span's start is one past its opening mark and its end is at the closing mark."""
    text = 'A "b c" d'
    (span,) = find_quote_spans([text])[0][0]
    assert (span.mark, span.start, span.end, span.closed) == (2, 3, 6, True)


def test_unclosed_quote_ends_with_its_paragraph_and_is_reported() -> None:
    """An unclosed mark runs to the end of its paragraph only, and is ND201 at the mark."""
    spans, problems = find_quote_spans(['He said "never closed.', "Next paragraph."])
    (span,) = spans[0]
    assert span.closed is False
    assert span.continues is False
    assert spans[1] == []
    assert problems == [(0, 8, "ND201")]


def test_quote_running_over_paragraphs_continues_without_a_diagnostic() -> None:
    """A paragraph that leaves a quote open hands it to the next paragraph when that one opens with a mark."""
    texts = ['"First part of it.', '"Second part of it.', '"Last part," she said.']
    spans, problems = find_quote_spans(texts)
    first, second, last = spans[0][0], spans[1][0], spans[2][0]
    assert (first.continues, first.continued) == (True, False)
    assert (second.continues, second.continued) == (True, True)
    assert (last.continues, last.continued, last.closed) == (False, True, True)
    assert problems == []


def test_opening_curly_mark_inside_an_open_quote_closes_the_first_as_unclosed() -> None:
    """A second opening curly mark means the first quote was never closed: ND201 for the first."""
    text = "\u201cone \u201ctwo\u201d"
    spans, problems = find_quote_spans([text])
    assert [(text[s.start : s.end], s.closed) for s in spans[0]] == [("one ", False), ("two", True)]
    assert problems == [(0, 0, "ND201")]


def test_closing_curly_mark_with_nothing_open_is_reported() -> None:
    """A closing curly mark that closes nothing is ND202 and is otherwise ignored."""
    spans, problems = find_quote_spans(["He said\u201d so."])
    assert spans == [[]]
    assert problems == [(0, 7, "ND202")]


def test_parse_reports_unclosed_mark_with_its_position() -> None:
    """Through parse, ND201 points at the mark in the caller's text and the next paragraph is untouched."""
    text = ' date 2023-10-16 Lede.\n\nShe said "it never closes.\n\nThe next paragraph.\n\n'
    article = newsdoc.parse(text)
    (diagnostic,) = [d for d in article.diagnostics if d.code == "ND201"]
    assert text[diagnostic.span.start] == '"'
    assert (diagnostic.line, diagnostic.column) == (3, 10)
    assert article.paragraphs[2].text == "The next paragraph."


def test_parse_reports_stray_closing_mark() -> None:
    """Through parse, a closing curly mark with nothing open is ND202 at the mark."""
    text = " date 2023-10-16 Lede.\n\nNothing open\u201d here.\n\n"
    (diagnostic,) = [d for d in newsdoc.parse(text).diagnostics if d.code == "ND202"]
    assert text[diagnostic.span.start] == "\u201d"


def test_unclosed_attributed_quote_is_kept_to_the_end_of_its_paragraph() -> None:
    """A quote whose closing mark is missing still counts, up to the end of its paragraph."""
    text = ' date 2023-10-16 Lede.\n\nAn aide told Axios the team will "keep working on it.\n\nNext.\n\n'
    (quote,) = newsdoc.parse(text).quotes
    assert quote.text == "keep working on it."
    assert quote.speaker == "An aide"


def test_paragraph_is_read_up_to_its_mark_limit() -> None:
    """Of tens of thousands of marks, the first MAX_MARKS pair in order and ND203 marks the next one."""
    text = '"a" ' * 20_000
    spans, problems = find_quote_spans([text])
    assert len(spans[0]) == MAX_MARKS // 2
    assert [text[s.start : s.end] for s in spans[0]] == ["a"] * (MAX_MARKS // 2)
    assert problems == [(0, 4 * (MAX_MARKS // 2), "ND203")]


APOSTROPHE_PAIRS = [
    ("opening-and-closing", "''It is,'' he said.", ' "It is,"  he said.'),
    ("after-a-colon-and-space", "He said: ''No.''", 'He said:  "No." '),
    ("after-a-dash", "Then \u2014''never again.''", 'Then \u2014 "never again." '),
    ("a-possessive-stays", "The officials' plan", "The officials' plan"),
    ("three-apostrophes-stay", "a ''' b", "a ''' b"),
    ("three-apostrophes-close-a-single-mark-inside", "''the word 'new,''' he said", " \"the word 'new,'\"  he said"),
    ("three-apostrophes-open-a-single-mark-inside", "'''New' is it,'' he said", " \"'New' is it,\"  he said"),
]


@pytest.mark.parametrize(("text", "read"), [c[1:] for c in APOSTROPHE_PAIRS], ids=[c[0] for c in APOSTROPHE_PAIRS])
def test_apostrophe_pairs_are_read_as_marks(text: str, read: str) -> None:
    """A pair of apostrophes is a straight mark beside the quoted words, every offset kept."""
    assert read_apostrophe_pairs(text) == read
    assert len(read_apostrophe_pairs(text)) == len(text)


def test_parse_reads_quotes_in_apostrophe_pairs() -> None:
    """A quote marked with pairs of apostrophes, as in New York Times copy, is a quote with its
    speaker, and its span and text come from the caller's text."""
    text = " date 2024-05-01 ''We will win this fight,'' the coach said on Monday.\n\n"
    article = newsdoc.parse(text)
    (quote,) = article.quotes
    assert quote.text == "We will win this fight,"
    assert quote.speaker == "the coach"
    assert quote.span is not None
    assert text[quote.span.start : quote.span.end] == quote.text
    (attribution,) = article.attributions
    assert (attribution.source, attribution.cue) == ("the coach", "said")


def test_quote_in_apostrophe_pairs_continues_over_paragraphs() -> None:
    """A paragraph that reopens with a pair of apostrophes carries on the quote before it."""
    text = " date 2024-05-01 Lede.\n\nThe coach said, ''We will win.\n\n''And we will do it soon.''\n\n"
    spans, _ = find_quote_spans(
        [read_apostrophe_pairs(p) for p in ("The coach said, ''We will win.", "''And we will do it soon.''")]
    )
    assert [(s.continues, s.continued) for row in spans for s in row] == [(True, False), (False, True)]
    quotes = newsdoc.parse(text).quotes
    assert [q.speaker for q in quotes] == ["The coach", "The coach"]
