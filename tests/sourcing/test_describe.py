"""Describing a source: named, count, name and role, and whether a phrase can be a source at all."""

from __future__ import annotations

import pytest

from newsdoc._parse.sourcing.counting import count_of
from newsdoc._parse.sourcing.describe import describe
from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.tokens import tokens

# (source, head length or None for the whole, named, count, name, role)
DESCRIPTIONS = [
    ("unnamed-plural", "Israeli officials", None, False, None, None, None),
    ("unnamed-with-number", "two Israeli officials", None, False, 2, None, None),
    ("definite-with-number", "The two Israeli officials", None, False, 2, None, None),
    ("unnamed-singular", "a senior Israeli official", None, False, 1, None, None),
    ("source-with-complement", "a source familiar with the matter", None, False, 1, None, None),
    (
        "role-before-name",
        "State Department spokesperson Mathew Miller",
        None,
        True,
        1,
        "Mathew Miller",
        "State Department spokesperson",
    ),
    ("title-before-name", "Sen. Thom Tillis (R-N.C.)", None, True, 1, "Thom Tillis", "Sen"),
    ("title-with-of", "Secretary of State Marco Rubio", None, True, 1, "Marco Rubio", "Secretary of State"),
    (
        "appositive-role",
        "Brian Moynihan, CEO of Bank of America",
        14,
        True,
        1,
        "Brian Moynihan",
        "CEO of Bank of America",
    ),
    ("appositive-with-article", "Jane Roe, an economist at Acme", 8, True, 1, "Jane Roe", "economist at Acme"),
    ("organisation", "the National Weather Service", None, True, 1, None, None),
    ("unclear-company", "the company", None, None, 1, None, None),
    ("unclear-spokesperson", "a Paramount spokesperson", None, None, 1, None, None),
    ("named-study", "a recent MIT study", None, True, 1, None, None),
    ("named-by-complement", "a recent analysis by Penta Group", None, True, 1, None, None),
    ("definite-study", "the study", None, None, 1, None, None),
    ("indefinite-report", "Another recent report", None, False, 1, None, None),
    ("named-data", "AlphaSense data", None, True, 1, None, None),
    ("unnamed-data", "aggregated credit and debit card data", None, None, None, None, None),
    ("polling", "Reuters-Ipsos polling", None, True, None, None, None),
    ("share-of-people", "52% of Americans", None, False, None, None, None),
    ("fraction-of-people", "nearly one in three", None, False, None, None, None),
    ("coordinated-names", "Google, Microsoft and Amazon", None, True, 3, None, None),
    ("coordinated-bodies", "the Kuwaiti army and Bahrain's interior ministry", None, True, 2, None, None),
    ("coordinated-adjectives", "U.S., Israeli and Lebanese officials", None, False, None, None, None),
    ("one-name-with-and", "The U.K. Competition and Markets Authority", None, True, 1, None, None),
    ("year-is-not-a-count", "a 2025 Gallup poll", None, True, 1, None, None),
    ("pronoun", "he", None, None, 1, None, None),
    ("plural-pronoun", "they", None, None, None, None, None),
    ("possessed-post", "Modal's top tech executive", None, None, 1, None, None),
    ("reflexive", "Leiter himself", None, True, 1, "Leiter", None),
    ("possessor-before-a-name", "TechEquity's Tim Newman", None, True, 1, "Tim Newman", None),
    ("body-with-the", "the Air Force", None, True, 1, None, None),
    ("name-in-a-complement", "new projections from benefits consultant Aon", None, True, None, None, None),
    ("digits-in-a-fraction", "Roughly 1 in 10", None, False, None, None, None),
    ("superscript-is-not-a-number", "²", None, False, 1, None, None),
    ("digits-too-long-to-count", "9" * 5000 + " officials", None, False, None, None, None),
    (
        "one-person-two-roles",
        "The Up & Up founder and researcher Rachel Janfaza",
        None,
        True,
        1,
        "Rachel Janfaza",
        "Up & Up founder and researcher",
    ),
    ("examples-after-like", "Producers like Chevron, ExxonMobil and Aramco", None, False, None, None, None),
    ("role-after-now", "English, now a professor at Yale", 7, True, 1, "English", "professor at Yale"),
]


@pytest.mark.parametrize(
    ("source", "head", "expected"), [(c[1], c[2], c[3:]) for c in DESCRIPTIONS], ids=[c[0] for c in DESCRIPTIONS]
)
def test_description_of_a_source(source: str, head: int | None, expected: tuple[object, ...]) -> None:
    """named, count, name and role of a source phrase, as the guidelines define them."""
    context = Context("Israeli Ambassador Yechiel Leiter arrived. Leiter said so.")
    d = describe(source, len(source) if head is None else head, context)
    assert (d.named, d.number, d.name, d.role) == expected


# (article text, one-word name, whether the article shows it is a person's)
PEOPLE = [
    ("after-a-given-name", "Israeli Ambassador Yechiel Leiter spoke. Leiter said", "Leiter", True),
    ("after-a-title", "He met President Trump. Trump said", "Trump", True),
    ("after-a-function-word", "Per Anthropic, the model works. Anthropic said", "Anthropic", False),
    ("never-after-a-name", "OpenAI and Anthropic said", "Anthropic", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_one_word_name_is_a_person_when_the_article_shows_it(text: str, name: str, expected: bool) -> None:
    """A one-word name is a person's where the text writes it after a title or a given name."""
    assert Context(text).person(name) is expected


def test_name_without_evidence_is_named_but_not_a_person() -> None:
    """A lone capitalised word with no title or given name is named, yet gets no person's name."""
    d = describe("Anthropic", 9, Context("Anthropic said it would wait."))
    assert (d.named, d.name, d.person) == (True, None, False)


# (phrase, whether it can say or find something)
SPEAKERS = [
    ("people", "Most energy analysts", True),
    ("organisation-noun", "the agency", True),
    ("work", "The new report", True),
    ("share", "66%", True),
    ("name", "Anthropic", True),
    ("pronoun", "it", True),
    ("thing", "the new details", False),
    ("possessed-thing", "OpenAI's latest incidents", False),
    ("participle-noun", "all highlighted efficiency improvements", False),
]


@pytest.mark.parametrize(("phrase", "expected"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_which_phrases_can_be_sources(phrase: str, expected: bool) -> None:
    """People, bodies, works, shares, names and pronouns can speak; things cannot."""
    assert describe(phrase, len(phrase), Context("")).speaker is expected


# (id, head of a source phrase, number it states, whether it is plural)
NUMBERS = [
    ("number-word", "three senior officials", 3, True),
    ("digits", "12 lawmakers", 12, True),
    ("one-singular", "one official", 1, False),
    ("year-is-not-a-number", "a 2025 Pew survey", 1, False),
    ("coordinated-names", "Google, Microsoft and Amazon", 3, True),
    ("one-body-with-and", "the Competition and Markets Authority", 1, False),
    ("share", "a majority", None, True),
    ("plural-noun", "economists", None, True),
    ("mass-noun-unnamed", "new polling", None, False),
]


@pytest.mark.parametrize(("head", "number", "is_plural"), [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS])
def test_number_of_sources(head: str, number: int | None, is_plural: bool) -> None:
    """The number a phrase states, and whether it is plural, read from its words alone."""
    toks = tokens(head, 0, len(head))
    assert count_of(toks, [t.text.lower() for t in toks], complement=False) == (number, is_plural)
