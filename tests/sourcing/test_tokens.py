"""Words and sentences: the tokens of a window are exactly the matches of the token pattern, and
the sentence starts those of every end the sentence-end pattern finds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parse.sourcing.quote_marks import QuoteSpan, find_quote_spans
from newsdoc._parse.sourcing.sentences import _SENTENCE_END, _period_ends, sentence_starts
from newsdoc._parse.sourcing.tokens import pattern_tokens, tokens

from _support import corpus_files, read

# (text, the token strings of the whole text)
WINDOWS = [
    ("plain-words", "a federal judge ruled", ["a", "federal", "judge", "ruled"]),
    ("marks-around-a-word", '("Yes," she said.)', ["(", '"', "Yes", ",", '"', "she", "said", ".", ")"]),
    ("abbreviations", "U.S. aid, D.C.'s mayor", ["U.S", ".", "aid", ",", "D.C.'s", "mayor"]),
    (
        "abbreviation-in-a-compound",
        "a U.S.-born aide, the A.F.L.-C.I.O. and a D.C.- or",
        ["a", "U.S.-born", "aide", ",", "the", "A.F.L.-C.I.O", ".", "and", "a", "D.C", ".", "-", "or"],
    ),
    ("numbers", "1,000 of 52% ($5).", ["1,000", "of", "52", "%", "(", "$", "5", ")", "."]),
    ("inner-marks", "O'Neill's co-founder AT&T and/or", ["O'Neill's", "co-founder", "AT&T", "and/or"]),
    ("digit-then-letters", "the 250th day, 5G, 37signals", ["the", "250th", "day", ",", "5G", ",", "37signals"]),
    (
        "number-in-a-compound",
        "a 6,500-word, 52-count, 1.5-degree 3-2",
        ["a", "6,500-word", ",", "52-count", ",", "1.5-degree", "3-2"],
    ),
    ("marks-on-both-sides", '("10%)," (D-N.Y.)', ["(", '"', "10", "%", ")", ",", '"', "(", "D-N.Y", ".", ")"]),
    ("only-marks", "... \u2014 ?!", [".", ".", ".", "\u2014", "?", "!"]),
    ("other-spaces", "a\u00a0b\tc\n d  e", ["a", "b", "c", "d", "e"]),
    ("period-then-apostrophe", "Inc.'s x.'sy", ["Inc.'s", "x", ".", "'", "sy"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in WINDOWS], ids=[c[0] for c in WINDOWS])
def test_tokens_of_a_text(text: str, expected: list[str]) -> None:
    """Words, numbers and abbreviations stay whole; other punctuation is a token per character."""
    found = tokens(text, 0, len(text))
    assert [t.text for t in found] == expected
    assert found == pattern_tokens(text, 0, len(text))


_CHARS = "abXY019_'\u2019.,;:!?\"\u201c\u201d()[]-&/$% \u00a0\t\n\u2014\u00e9\u0663\u0301s"


@given(st.text(alphabet=_CHARS, max_size=30), st.data())
def test_tokens_match_the_pattern_in_any_window(text: str, data: st.DataObject) -> None:
    """Whatever the window, even one that cuts a word, the tokens are the pattern's matches in it."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tokens(text, start, end) == pattern_tokens(text, start, end)


def test_tokens_match_the_pattern_on_the_corpus() -> None:
    """Every line of the corpus, whole and cut at every fifth character, tokenises as the pattern does."""
    for path in corpus_files()[:60]:
        for line in read(path).splitlines():
            for start in range(0, len(line), 5):
                end = min(len(line), start + 60)
                assert tokens(line, start, end) == pattern_tokens(line, start, end)
            assert tokens(line, 0, len(line)) == pattern_tokens(line, 0, len(line))


def _starts_read_slowly(text: str, quotes: list[QuoteSpan]) -> list[int]:
    """Every match of the sentence-end pattern from the start of the text, kept where
    ``sentence_starts`` keeps it: what ``sentence_starts`` returns, with no shortcut."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        stop = m.start()
        if text[stop] == "." and not _period_ends(text, stop):
            continue
        at = m.end()
        if any(q.start < at < q.end for q in quotes):
            continue
        starts.append(at)
    return starts


_SENTENCE_CHARS = 'aZ1.!?"\u201c\u201d)( \t\u2003'


@given(st.text(alphabet=_SENTENCE_CHARS, max_size=40))
def test_sentence_starts_match_every_end_read_from_the_start(text: str) -> None:
    """Reading from the first sentence end found (a run of end marks included) changes no start."""
    quotes = find_quote_spans([text])[0][0]
    assert sentence_starts(text, quotes) == _starts_read_slowly(text, quotes)


def test_sentence_starts_on_the_corpus() -> None:
    """Every line of the corpus has the sentence starts read with no shortcut."""
    for path in corpus_files()[:60]:
        for line in read(path).splitlines():
            quotes = find_quote_spans([line])[0][0]
            assert sentence_starts(line, quotes) == _starts_read_slowly(line, quotes)
