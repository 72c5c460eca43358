"""Bounding the source phrase: the leftward scan, the rightward scan and the subject of a sentence."""

from __future__ import annotations

import pytest

from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.phrase_parts import nickname_start
from newsdoc._parse.sourcing.source_after import source_after
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.source_checks import acceptable
from newsdoc._parse.sourcing.subjects import subject_of
from newsdoc._parse.sourcing.tokens import tokens

# (text whose last word is the cue, the phrase before it, or None)
BEFORE = [
    ("name", "Anthropic said", "Anthropic"),
    ("unnamed-people", "The plan stalled, two Israeli officials said", "two Israeli officials"),
    ("determiner-chain", "But one of the other senior U.S. officials said", "one of the other senior U.S. officials"),
    ("abbreviation", "Sen. Thom Tillis (R-N.C.) said", "Sen. Thom Tillis (R-N.C.)"),
    ("complement", "A source close to Leiter said", "A source close to Leiter"),
    ("participle-complement", "A chart accompanying the announcement says", "A chart accompanying the announcement"),
    ("coordinated-names", "Google, Microsoft and Amazon said", "Google, Microsoft and Amazon"),
    ("clause-conjunction", "He left and officials said", "officials"),
    ("time-between", "Reuters-Ipsos polling out this week found", "Reuters-Ipsos polling"),
    ("name-after-a-month", "April Newman said", "April Newman"),
    (
        "colon-in-an-appositive",
        "Danielle Melfi, the CEO of RESOLVE: The National Association, says",
        "Danielle Melfi, the CEO of RESOLVE: The National Association",
    ),
    ("aside-participle", "PNC, using its own customer data, says", "PNC"),
    ("time-phrase-after-the-subject", "Officials after the meeting said", "Officials"),
    ("time-phrase-after-a-name-opening-the-sentence", "NASA after the launch said", "NASA"),
    ("time-phrase-after-the-subject-of-a-later-clause", "In Ohio, officials after the vote said", "officials"),
    ("time-clause-after-a-verb-and-its-object", "The team benched the quarterback after the crew said", "the crew"),
    ("time-clause-after-a-verb-and-an-adverb", "Bond yields rose sharply after the treasury said", "the treasury"),
    ("time-clause-after-a-place", "Protests spread to Lyon after the opposition said", "the opposition"),
    ("aside-adverb", "A senior U.S. official, however, noted", "A senior U.S. official"),
    ("antecedent-of-who", "Thomas was joined by Gorsuch, who wrote", "Gorsuch"),
    ("passive", "The body was found", None),
    ("clause-before-comma", "The use of AI is rising, says", None),
    ("nothing", '"We will win," said', None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BEFORE], ids=[c[0] for c in BEFORE])
def test_phrase_before_the_cue(text: str, expected: str | None) -> None:
    """The leftward scan stops where the source phrase starts, or finds none."""
    cue = text.rindex(" ")
    found = source_before(text, cue, 0)
    assert (text[found.start : found.end] if found else None) == expected


def test_long_phrase_widens_its_window() -> None:
    """A phrase longer than the first short window is still read whole."""
    text = "Prices fell, a senior economist at the Federal Reserve Bank of New York in Manhattan said"
    found = source_before(text, text.rindex(" "), 0)
    assert found is not None
    assert text[found.start : found.end] == "a senior economist at the Federal Reserve Bank of New York in Manhattan"


# (text after the cue, the phrase after it, or None)
AFTER = [
    ("name-then-period", " Jane Roe.", "Jane Roe"),
    ("appositive", " Michael Thomas, founder of Cleanview, a market platform.", "Michael Thomas, founder of Cleanview"),
    (
        "stops-at-a-place",
        " United Nations spokesperson Stéphane Dujarric in an email.",
        "United Nations spokesperson Stéphane Dujarric",
    ),
    ("stops-at-a-relative", " a longtime Trump ally who knows Congress well.", "a longtime Trump ally"),
    ("stops-at-a-participle", " AlphaSense data shared with Axios.", "AlphaSense data"),
    ("list-of-adjectives", " U.S., Israeli and Lebanese officials.", "U.S., Israeli and Lebanese officials"),
    (
        "coordination",
        " the Kuwaiti army and Bahrain's interior ministry.",
        "the Kuwaiti army and Bahrain's interior ministry",
    ),
    ("comma-then-clause", " BCG, and agencies may feel it.", "BCG"),
    ("possessive-with-a-month", " the Fire Center's July outlook.", "the Fire Center's July outlook"),
    (
        "role-then-name",
        " executive coach and founder of Acme, Keith Ferrazzi.",
        "executive coach and founder of Acme, Keith Ferrazzi",
    ),
    ("quote-mark", ' "we are ready."', None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in AFTER], ids=[c[0] for c in AFTER])
def test_phrase_after_the_cue(text: str, expected: str | None) -> None:
    """The rightward scan ends where the source phrase ends, keeping a role appositive."""
    found = source_after(text, 0, len(text))
    assert (text[found.start : found.end] if found else None) == expected


# (sentence, its subject)
SUBJECTS = [
    ("plain", "Moynihan signaled bullishness, saying", "Moynihan"),
    ("after-an-introduction", "Speaking with Axios in January, Moynihan signaled bullishness", "Moynihan"),
    ("after-a-sentence-adverb", "Instead, the company says", "the company"),
    ("pronoun", "He berated the senators, calling", "He"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subject_of_a_sentence(text: str, expected: str) -> None:
    """The subject is the phrase that opens the sentence after any introductory phrase."""
    found = subject_of(text, 0, len(text))
    assert found is not None
    assert text[found.start : found.end] == expected


def test_sentence_opening_with_a_quote_has_no_subject() -> None:
    """The words of a quote that opens a sentence are the speaker's, not a subject."""
    assert subject_of('"President Trump is committed," she said', 0, 40) is None


@pytest.mark.parametrize(
    "text",
    ['When he returned he began by saying, "I do not', "When he returned he began by saying, \u201cI do not"],
    ids=["straight-mark", "curly-mark"],
)
def test_comma_before_a_quote_ends_no_introductory_phrase(text: str) -> None:
    """A comma followed by an opening quote mark introduces the quote: the words after it are the
    speaker's, never the subject of a sentence whose opening clause had no comma of its own."""
    assert subject_of(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "closing", "expected"),
    [
        ('" Roe', 0, None),  # a closing mark first: no token before it to read
        ("\u201d Roe", 0, None),
        ('"Bo" Roe', 2, None),  # no given name before the nickname
        ('Robert "Bobby" Smith', 3, 1),
    ],
)
def test_nickname_start_reads_only_tokens_before_the_mark(text: str, closing: int, expected: int | None) -> None:
    """The opening mark of a nickname is looked for only before its closing mark, never by
    wrapping round to the end of the token list or running off its front."""
    assert nickname_start(tokens(text, 0, len(text)), closing) == expected


@pytest.mark.parametrize(
    ("text", "state", "speaks"),
    [
        ("Jane Roe, who moved to Columbus, Ohio, last year, said", "Ohio", False),
        ("A man from Dover, Del., on Monday said", "Del.", False),
        ("Officials in Trenton, New Jersey, said", "New Jersey", False),
        ("A farmer from Ames, Iowa told", "Iowa", False),
        ("Stacy Roe of Columbia, South Carolina says", "South Carolina", False),
        ("After talks with Vladimir Putin in Moscow, Washington said", "Washington", True),
        ("Apart from Ohio, Texas said", "Texas", True),
        ("Unlike Ohio, Texas, which sued first, said", "Texas", True),
        ("Officials in Springfield, Illinois said", "Illinois", False),
        ("Ohio said", "Ohio", True),
        ("On Monday, Texas said", "Texas", True),
        ("Unlike Florida, Georgia said", "Georgia", True),
        ("After talks in Geneva, Washington said", "Washington", True),
        ("In a statement, Washington said", "Washington", True),
    ],
)
def test_a_state_after_its_city_is_no_source(text: str, state: str, speaks: bool) -> None:
    """A state's name after its city and a comma is part of the place; the same name elsewhere
    may be a source (a state's government, or a person named Washington)."""
    start = text.index(state)
    phrase = Phrase(start, start + len(state), start + len(state))
    assert (acceptable(text, phrase, Context(text)) is not None) is speaks
