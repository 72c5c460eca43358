"""Which quoted words are quotes, whether they are partial, and who said them."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc import Article


def article(*paragraphs: str) -> Article:
    """An article whose lede and paragraphs are the given texts."""
    return newsdoc.parse(" date 2024-05-01 " + "\n\n".join(paragraphs) + "\n\n")


def quotes(*paragraphs: str) -> list[tuple[str, str | None, bool]]:
    """Each quote of the article as (text, speaker, partial)."""
    return [(q.text, q.speaker, q.partial) for q in article(*paragraphs).quotes]


# (paragraphs, expected quotes as (text, speaker, partial))
CASES = [
    (
        "whole-quote-after-a-credited-sentence",
        ['The talks went on, the senator said. "The other side may be waiting for us to blink."'],
        [("The other side may be waiting for us to blink.", "the senator", False)],
    ),
    (
        "quote-after-according-to",
        ['According to the coach, "We have not lost a game at home this year."'],
        [("We have not lost a game at home this year.", "the coach", False)],
    ),
    (
        "speaker-after-quote",
        ['"We will win," Jane Roe said.'],
        [("We will win,", "Jane Roe", False)],
    ),
    (
        "inverted-speaker",
        ['"We will win," said Jane Roe, CEO of Acme.'],
        [("We will win,", "Jane Roe, CEO of Acme", False)],
    ),
    (
        "split-by-its-attribution",
        ['"First part," she said. "Second part."'],
        [("First part,", "she", False), ("Second part.", "she", False)],
    ),
    (
        "quote-after-a-clause-with-a-past-verb-and-a-colon",
        ["The council met.", 'The governor delivered a retort: "No one is leaving the table."'],
        [("No one is leaving the table.", "The governor", False)],
    ),
    (
        "quote-after-a-connective-takes-the-speaker-before",
        ['"The bridge is closed," the mayor said. Still, "we will reopen it by spring."'],
        [("The bridge is closed,", "the mayor", False), ("we will reopen it by spring.", "the mayor", True)],
    ),
    (
        "quote-after-an-adverb-of-time-takes-the-speaker-before",
        ['"Nobody asked that a decade ago," says Dana Roe. Now, "everyone is asking."'],
        [("Nobody asked that a decade ago,", "Dana Roe", False), ("everyone is asking.", "Dana Roe", True)],
    ),
    (
        "split-inside-one-sentence",
        ['"The best time," he says, "is now."'],
        [("The best time,", "he", False), ("is now.", "he", False)],
    ),
    (
        "question-then-attribution",
        ['"Why would we wait?" the senator asked.'],
        [("Why would we wait?", "the senator", False)],
    ),
    (
        "speaker-before-with-comma",
        ['The mayor added, "we are not done yet."'],
        [("we are not done yet.", "The mayor", False)],
    ),
    (
        "sentence-ending-in-a-colon",
        ['A company spokesperson told Axios: "The product is safe."'],
        [("The product is safe.", "A company spokesperson", False)],
    ),
    (
        "paragraph-ending-in-a-colon",
        ["Lede.", "A company spokesperson told Axios:", '"The product is safe."'],
        [("The product is safe.", "A company spokesperson", False)],
    ),
    (
        "paragraph-ending-in-a-verb-that-needs-a-quote-and-a-colon",
        ["Lede.", "The senator continued:", '"None of the questions were fair."'],
        [("None of the questions were fair.", "The senator", False)],
    ),
    (
        "paragraph-ending-in-a-verb-its-object-and-a-colon",
        ["Lede.", "The senator called them on it:", '"None of the questions were fair."'],
        [("None of the questions were fair.", "The senator", False)],
    ),
    (
        "paragraph-ending-in-a-verb-that-needs-a-quote-beside-it-and-a-colon",
        ["Lede.", "Press secretary Jane Roe fired back:", '"That is simply false."'],
        [("That is simply false.", "Press secretary Jane Roe", False)],
    ),
    (
        "partial-quote-after-the-verb",
        ['Miller called the plan "a grave mistake."'],
        [("a grave mistake.", "Miller", True)],
    ),
    (
        "partial-quote-before-the-attribution",
        ['The storm "was unlike anything we have seen," the forecaster said.'],
        [("was unlike anything we have seen,", "the forecaster", True)],
    ),
    (
        "quote-over-several-paragraphs",
        ["Lede.", '"We started early.', '"We finished late," the coach said.'],
        [("We started early.", "the coach", False), ("We finished late,", "the coach", False)],
    ),
    (
        "paragraph-of-quotes-after-a-quote",
        ["Lede.", '"It works," the engineer said.', '"It also scales."'],
        [("It works,", "the engineer", False), ("It also scales.", "the engineer", False)],
    ),
    (
        "whole-sentence-quote-after-a-quoted-one",
        ['"It works," the engineer said. "It scales."'],
        [("It works,", "the engineer", False), ("It scales.", "the engineer", False)],
    ),
    (
        "quote-that-ends-its-sentence-is-not-the-next-sentences",
        ['The mayor said the ruling "will force us to rehire every clerk." She also said the city would appeal.'],
        [("will force us to rehire every clerk.", "The mayor", True)],
    ),
    (
        "sentence-of-a-source-and-a-cue-alone-credits-the-quote-before-it",
        ['"We will reopen the plant in June." The owner said on Monday.'],
        [("We will reopen the plant in June.", "The owner", False)],
    ),
    (
        "quote-that-ends-its-sentence-keeps-the-speaker-before-it",
        ['Smith said the ruling "will force us to rehire every clerk." Jones said no.'],
        [("will force us to rehire every clerk.", "Smith", True)],
    ),
    (
        "short-question-after-a-cue-and-an-adverb",
        ['She asked again, "Why now?"'],
        [("Why now?", "She", False)],
    ),
    (
        "question-after-a-place-and-a-comma",
        ['The mayor asks at a town hall, "Any questions for me?"'],
        [("Any questions for me?", "The mayor", False)],
    ),
    (
        "one-word-quote-before-its-speaker",
        ['"Never," the coach said.'],
        [("Never,", "the coach", False)],
    ),
    (
        "one-word-quote-before-an-inverted-speaker",
        ['"Absolutely," said Jane Roe.'],
        [("Absolutely,", "Jane Roe", False)],
    ),
    (
        "capitalised-slogan-before-its-cue",
        ['"Save Our Library," the protesters chanted.'],
        [("Save Our Library,", "the protesters", False)],
    ),
    (
        "one-word-first-piece-of-a-split-quote",
        ['"Frankly," the mayor said, "we ran out of money."'],
        [("Frankly,", "the mayor", False), ("we ran out of money.", "the mayor", False)],
    ),
    (
        "one-word-first-piece-between-two-apostrophes",
        ["Lede.", "''Frankly,'' the mayor said, ''we ran out of money.''"],
        [("Frankly,", "the mayor", False), ("we ran out of money.", "the mayor", False)],
    ),
    (
        "split-quote-with-a-time-and-a-place-in-the-middle",
        ['"The budget is balanced," the governor said at a briefing Tuesday, "and it will stay balanced."'],
        [("The budget is balanced,", "the governor", False), ("and it will stay balanced.", "the governor", False)],
    ),
    (
        "split-quote-with-an-absolute-phrase-in-the-middle",
        ['"We did our best," the coach said, his voice cracking, "and we came up short."'],
        [("We did our best,", "the coach", False), ("and we came up short.", "the coach", False)],
    ),
    (
        "split-quote-with-an-inverted-speaker-in-the-middle",
        ['"The answer," said the mayor, "is more buses."'],
        [("The answer,", "the mayor", False), ("is more buses.", "the mayor", False)],
    ),
    (
        "title-after-a-work-in-the-middle-is-no-second-piece",
        ['Roe called the merger "a bad bet from the start," she wrote in her memoir, "Hard Roads."'],
        [("a bad bet from the start,", "she", True)],
    ),
    (
        "short-fragment-that-a-verb-of-naming-calls-its-object",
        ['Critics called the toll plan "a swindle."'],
        [("a swindle.", "Critics", True)],
    ),
    (
        "one-word-fragment-that-a-verb-of-naming-calls-its-object",
        ["Lede.", 'The senator labeled the ruling "lawless."'],
        [("lawless.", "The senator", True)],
    ),
    (
        "one-word-quote-before-its-cue-and-a-clause-of-time",
        ['"Certainly," the mayor said when asked about the budget.'],
        [("Certainly,", "the mayor", False)],
    ),
    (
        "short-fragment-that-a-verb-takes-its-object-as",
        ['The mayor described the budget as "a mess."'],
        [("a mess.", "The mayor", True)],
    ),
    (
        "quote-before-a-comma-takes-the-speaker-after-it",
        ['The ruling "will force us to rehire every clerk," she said.'],
        [("will force us to rehire every clerk,", "she", True)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes_and_their_speakers(paragraphs: list[str], expected: list[tuple[str, str | None, bool]]) -> None:
    """Each quote is found with its speaker and whether it is a fragment of a sentence."""
    assert quotes(*paragraphs) == expected


# Quoted words that nobody in the text is said to have said or written.
NOT_QUOTES = [
    ("scare-quote", ['The so-called "Spud" deal is off.']),
    ("term-in-a-sentence", ['Brands are shifting from "borrowed audiences" to owned ones.']),
    ("title-of-a-show", ['Trump told "The Axios Show" that he would wait.']),
    ("short-fragment-after-a-verb", ['He said the plan was a "disaster."']),
    ("short-fragment-after-a-request", ['The auditor called for an "overhaul" of the books.']),
    ("title-as-the-subject-after-its-attribution", ['"Dune," the critic said, was the best film of the year.']),
    ("title-as-the-subject-of-a-past-verb", ['"Rumours," the label said, sold ten million copies.']),
    ("nickname-that-a-verb-of-naming-gives", ['Fans call the pitcher "the Hammer."']),
    ("product-name-that-a-verb-of-naming-gives", ['The maker called its new phone "the Nova."']),
    ("quoted-phrase-without-attribution", ['The town banned "all forms of public fireworks" this summer.']),
    ("go-deeper-title", ["Lede.", 'Go deeper: "How the deal fell apart."']),
    ("search-terms", ["Lede.", 'People searched for "how to make a spritz at home" last month.']),
    ("next-sentence-says-more-than-its-source", ['"The plant will close in June." Workers said they were stunned.']),
    ("title-after-a-comma", ['The senator cited her memoir, "A Life in Public." Critics said it was dull.']),
    ("title-inside-a-reported-clause", ['She starred in "Oppenheimer," the studio said.']),
    ("title-opening-a-reported-clause", ['"Oppenheimer" won the top prize, the academy said.']),
    ("title-that-ends-a-clause-before-its-source", ['She spoke on her podcast, "Morning Rounds," the site reported.']),
    ("title-as-the-subject-of-a-passive", ['The so-called "Clean Streets Plan" was called a failure by critics.']),
]


@pytest.mark.parametrize("paragraphs", [c[1] for c in NOT_QUOTES], ids=[c[0] for c in NOT_QUOTES])
def test_quoted_words_that_are_not_quotes(paragraphs: list[str]) -> None:
    """Scare quotes, terms, titles and unattributed phrases are not quotes."""
    assert quotes(*paragraphs) == []


def test_quote_attribution_is_listed_in_its_own_paragraph() -> None:
    """A quote's attribution is the very object its paragraph lists among its attributions."""
    art = article('"We will win," Jane Roe said.')
    (quote,) = art.quotes
    assert quote.attribution is art.lede.attributions[0]


def test_inherited_speaker_is_the_attribution_of_the_earlier_paragraph() -> None:
    """A paragraph of quotes points at the attribution object of the paragraph that names the speaker."""
    art = article("Lede.", '"It works," the engineer said.', '"It also scales."')
    first, second = art.paragraphs[1], art.paragraphs[2]
    assert second.attributions == ()
    assert second.quotes[0].attribution is first.attributions[0]


def test_pronoun_speaker_names_its_referent() -> None:
    """A pronoun speaker is resolved to the person named in the paragraph before."""
    art = article("Lede.", "Acme CEO Jane Roe spoke on Monday.", '"We will win," she said.')
    (quote,) = art.quotes
    assert quote.attribution is not None
    assert (quote.speaker, quote.attribution.resolved) == ("she", "Jane Roe")


def test_quote_span_slices_the_text_between_the_marks() -> None:
    """A quote's span covers exactly its text, inside the marks."""
    text = ' date 2024-05-01 "We will win," Jane Roe said.\n\n'
    (quote,) = newsdoc.parse(text).quotes
    assert quote.span is not None
    assert text[quote.span.start : quote.span.end] == quote.text == "We will win,"


def test_a_colon_that_ends_a_paragraph_licenses_only_a_quote_after_it() -> None:
    """A verb that reports only with a quote reports nothing before a colon and a list."""
    listed = article("Lede.", "The committee called three witnesses:", "Jane Roe", "John Doe")
    quoted = article("Lede.", "The senator continued:", '"None of the questions were fair."')
    assert [a.cue for a in listed.attributions] == []
    assert [a.cue for a in quoted.attributions] == ["continued"]


def test_an_attribution_that_hands_its_quote_on_credits_only_the_quote() -> None:
    """The words before the source of a paragraph that ends with a colon are no content of it."""
    article_ = article("Lede.", "Here's what they said:", '"We were never told about the risks."')
    assert [(a.source, a.content) for a in article_.attributions] == [("they", "We were never told about the risks.")]
