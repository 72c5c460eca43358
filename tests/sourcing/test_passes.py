"""The helpers that read a phrase's words once return what the plain passes over them return."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parse.lexicon.grammar import DETERMINERS
from newsdoc._parse.lexicon.numbers import CARDINALS as FRACTIONS
from newsdoc._parse.lexicon.numbers import SHARE_WORDS as QUANTITIES
from newsdoc._parse.sourcing.cue_gap import skip_before_cue
from newsdoc._parse.sourcing.heads import complement_start, head_words, split_complement
from newsdoc._parse.sourcing.names import is_name_word, strip_parens
from newsdoc._parse.sourcing.phrase import WINDOW
from newsdoc._parse.sourcing.source_before import _source_before, source_before
from newsdoc._parse.sourcing.subjects import subject_of
from newsdoc._parse.sourcing.tokens import Token, tokens
from newsdoc._parse.sourcing.words import SOURCE_NOUNS, SPLIT_AT

HEADS = [
    "two Israeli officials",
    "Sen. Thom Tillis (R-N.C.)",
    "a source familiar with the matter",
    "nearly one in three",
    "Roughly 1 in 10",
    "all highlighted efficiency improvements",
    "U.S. officials) said (in",
    "the (unclosed aside",
    "Dr. J. Smith Jr.",
    "52% of Americans surveyed",
    "Leiter himself",
    "",
]


def _plain_words(head: str) -> list[Token]:
    return [t for t in strip_parens(tokens(head, 0, len(head))) if t.text != "."]


def _plain_split(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        before = toks[i - 1].text.lower() if i else ""
        noun_like = before not in DETERMINERS and before not in QUANTITIES and not before.endswith("ly")
        participle = low.endswith(("ing", "ed")) and tok.text.islower() and len(low) > 4 and low not in SOURCE_NOUNS
        if i == 0 or not (low in SPLIT_AT or (participle and noun_like)):
            continue
        if low == "in" and (before in FRACTIONS or toks[i - 1].text.isdigit()) and i + 1 < len(toks):
            continue
        return toks[:i], toks[i + 1 :]
    return toks, []


@pytest.mark.parametrize("head", HEADS)
def test_words_leave_out_periods_and_parentheses(head: str) -> None:
    """``head_words`` is the tokens without periods and without what parentheses enclose."""
    assert head_words(head) == _plain_words(head)


@pytest.mark.parametrize("head", HEADS)
def test_cut_splits_where_the_complement_opens(head: str) -> None:
    """``complement_start`` and ``split_complement`` part a phrase where the plain split does, on these heads."""
    toks = _plain_words(head)
    core, complement = _plain_split(toks)
    lows = [t.text.lower() for t in toks]
    cut = complement_start(toks, lows)
    assert (toks[:cut], toks[cut + 1 :]) == (core, complement)
    assert split_complement(toks, lows) == (core, [t.text.lower() for t in core], complement)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Tillis", True), ("Sen", False), ("CEO", False), ("U.S", True), ("Leiter's", False), ("the", False)],
)
def test_name_words(word: str, expected: bool) -> None:
    """A name word is capitalised and is no title, role, determiner, acronym or possessive."""
    assert is_name_word(word) is expected


BEFORE_MARKS = [
    '"We will," said Jane Roe.',
    "It ended \u2014 said Jane Roe.",
    "Who knows? said Jane Roe.",
    "(Jane Roe said",
    'He asked: "Why?"  \n said Roe',
    "Two officials said",
]


@pytest.mark.parametrize("text", BEFORE_MARKS)
def test_no_phrase_ends_at_a_mark(text: str) -> None:
    """A verb right after a mark that ends no phrase gets what a scan of its whole window gets."""
    end = text.rindex(" said") + 1
    toks = tokens(text, max(0, end - WINDOW), end)
    assert source_before(text, end, 0) == _source_before(toks, skip_before_cue(toks, len(toks) - 1))


@given(st.sampled_from(['"', "\u201c"]), st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_subject_of_a_quote_opening(mark: str, rest: str) -> None:
    """A sentence that opens with a quote mark has that mark as its first token, the one that
    tells :func:`subject_of` the words are the speaker's: it has no subject."""
    text = mark + rest
    assert tokens(text, 0, len(text))[0].text == mark
    assert subject_of(text, 0, len(text)) is None
