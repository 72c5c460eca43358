"""Attributions: each cue with its source phrase, kind and rule, and the words that are not cues."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc import AttributionKind

from _support import RULES

SAID = AttributionKind.SAID
ACCORDING_TO = AttributionKind.ACCORDING_TO
DECLINED = AttributionKind.DECLINED
NO_RESPONSE = AttributionKind.NO_RESPONSE


def attributions(sentence: str) -> list[tuple[str, str, AttributionKind, str]]:
    """(source, cue, kind, rule) of every attribution of a one-paragraph article."""
    article = newsdoc.parse(f" date 2024-05-01 {sentence}\n\n")
    return [(a.source, a.cue, a.kind, a.rule) for a in article.attributions]


# (sentence, expected (source, cue, kind, rule) list)
FOUND = [
    (
        "source-then-verb",
        "The plan stalled, two Israeli officials said.",
        [("two Israeli officials", "said", SAID, "source-verb")],
    ),
    ("adverb-between", "Anthropic also said it would wait.", [("Anthropic", "said", SAID, "source-verb")]),
    (
        "told-axios",
        "A source familiar with the matter told Axios the deal was off.",
        [("A source familiar with the matter", "told Axios", SAID, "source-verb")],
    ),
    (
        "said-in-a-statement",
        "The company said in a statement that it would appeal.",
        [("The company", "said in a statement", SAID, "source-verb")],
    ),
    (
        "wrote-on-x",
        "Acme CEO Jane Roe wrote on X that the plan works.",
        [("Acme CEO Jane Roe", "wrote on X", SAID, "source-verb")],
    ),
    (
        "appositive-kept",
        "Brian Moynihan, CEO of Bank of America, said spending held up.",
        [("Brian Moynihan, CEO of Bank of America", "said", SAID, "source-verb")],
    ),
    (
        "aside-stepped-over",
        "Trump, in a post on Saturday night, confirmed the strikes.",
        [("Trump", "confirmed", SAID, "source-verb")],
    ),
    (
        "relative-clause",
        "Two officials who attended the summit said the talks went well.",
        [("Two officials who attended the summit", "said", SAID, "source-verb")],
    ),
    (
        "reflexive",
        "Leiter himself told Axios the calls were routine.",
        [("Leiter himself", "told Axios", SAID, "source-verb")],
    ),
    (
        "inverted",
        "Growth will slow, says Jane Roe, an economist at Acme.",
        [("Jane Roe, an economist at Acme", "says", SAID, "verb-source")],
    ),
    (
        "inverted-at-sentence-start",
        'Said a second official: "It is done."',
        [("a second official", "Said", SAID, "verb-source")],
    ),
    (
        "according-to",
        "Prices rose 5%, according to the U.S. Drought Monitor.",
        [("the U.S. Drought Monitor", "according to", ACCORDING_TO, "according-to")],
    ),
    (
        "according-to-a-list",
        "The talks stalled, according to U.S., Israeli and Lebanese officials.",
        [("U.S., Israeli and Lebanese officials", "according to", ACCORDING_TO, "according-to")],
    ),
    ("per", "Sales fell 3%, per the study.", [("the study", "per", ACCORDING_TO, "per")]),
    (
        "declined",
        "State Department spokesperson Mathew Miller declined to comment.",
        [("State Department spokesperson Mathew Miller", "declined to comment", DECLINED, "declined")],
    ),
    (
        "no-response",
        "The White House did not immediately respond to a request for comment.",
        [("The White House", "did not immediately respond", NO_RESPONSE, "no-response")],
    ),
    (
        "participle",
        "Jane Roe spoke on Monday, saying that the plan works.",
        [("Jane Roe", "saying", SAID, "participle")],
    ),
    ("second-verb", "Roe met the board and said the plan works.", [("Roe", "said", SAID, "and-verb")]),
    (
        "finding-verb",
        "A new Gallup poll found that most adults agree.",
        [("A new Gallup poll", "found", SAID, "source-verb")],
    ),
    (
        "possessive-noun",
        '"Pass the bill now!" was the president\'s plea in March.',
        [("the president", "plea", SAID, "possessive-noun")],
    ),
    (
        "reported-with-an-object",
        "The Centers for Disease Control and Prevention reported 2,260 confirmed cases.",
        [("The Centers for Disease Control and Prevention", "reported", SAID, "source-verb")],
    ),
    (
        "relative-clause-with-a-preposition",
        "Sources who spoke to Axios anonymously said the deal comes up often.",
        [("Sources who spoke to Axios", "said", SAID, "source-verb")],
    ),
    (
        "possessive-abbreviation",
        "The U.K.'s AI Security Institute said every model cheated.",
        [("The U.K.'s AI Security Institute", "said", SAID, "source-verb")],
    ),
    (
        "coordinated-people-nouns",
        "The survey of 80 leaders and insiders finds costs are falling.",
        [("The survey of 80 leaders and insiders", "finds", SAID, "source-verb")],
    ),
    (
        "inverted-after-a-quote-with-a-named-appositive",
        '"It costs a lot," said my tour guide, Digital Realty engineer Tor Nyström, pointing at the rack.',
        [("my tour guide, Digital Realty engineer Tor Nyström", "said", SAID, "verb-source")],
    ),
    (
        "inverted-after-a-quote-without-complement",
        '"They should do the right thing," adds English, now a professor at Yale.',
        [("English, now a professor at Yale", "adds", SAID, "verb-source")],
    ),
    (
        "hyphenated-abbreviation",
        '"It would be unwise," said then-St. Louis Fed president James Bullard.',
        [("then-St. Louis Fed president James Bullard", "said", SAID, "verb-source")],
    ),
    (
        "preposition-before-the-name",
        "The episode weighed on then-governor Jerome Powell, who said he did not want it.",
        [("then-governor Jerome Powell", "said", SAID, "source-verb")],
    ),
    (
        "particle-in-a-name",
        "Retired professor Sascha von Meier tells Axios the grid is strained.",
        [("Retired professor Sascha von Meier", "tells Axios", SAID, "source-verb")],
    ),
    (
        "names-joined-with-the",
        "Researchers from MIT and the University of Queensland asked 272 experts to rank risks.",
        [("Researchers from MIT and the University of Queensland", "asked", SAID, "source-verb")],
    ),
    (
        "will-as-a-given-name",
        '"If we can start with transparency, we can govern it," said Will Alpine.',
        [("Will Alpine", "said", SAID, "verb-source")],
    ),
    (
        "document-as-a-source",
        "Agencies may join as observers, per the proposed guidelines.",
        [("the proposed guidelines", "per", ACCORDING_TO, "per")],
    ),
    (
        "passive-with-by",
        "Usage fell, per data reported on by the agency.",
        [("data", "per", ACCORDING_TO, "per")],
    ),
    (
        "inverted-after-an-aside",
        "Rates follow the Treasury note, which reflects demand, says Brett Loper, an economist at Acme.",
        [("Brett Loper, an economist at Acme", "says", SAID, "verb-source")],
    ),
    (
        "relative-clause-is-not-a-role",
        '"The grid is fragile," says Webber, who is also a partner at IdeaSmiths.',
        [("Webber", "says", SAID, "verb-source")],
    ),
    (
        "no-appositive-after-along-with",
        "Viewers peaked at 37 million, per Nielsen, along with 12.9 million viewers online.",
        [("Nielsen", "per", ACCORDING_TO, "per")],
    ),
    (
        "quote-licensed-verb",
        'The senator called the plan "a grave and costly mistake."',
        [("The senator", "called", SAID, "source-verb")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_attribution_is_found_with_its_rule(
    sentence: str, expected: list[tuple[str, str, AttributionKind, str]]
) -> None:
    """Each pattern of sourcing yields its source, cue, kind and the rule that read it."""
    assert attributions(sentence) == expected


# Sentences with a word that looks like a cue but reports nobody.
NOT_FOUND = [
    ("per-as-a-rate", "Tokens cost $2 per million."),
    ("per-as-a-unit", "The limit is one ticket per household."),
    ("passive", "The body was found in the river."),
    ("raising-verb", "Each request estimated to save an hour was logged."),
    ("asked-a-question", "Gallup first asked the question in 1976."),
    ("plural-noun", "Earnings reports are due on Friday."),
    ("noun-after-a-modifier", "Republicans in swing states scramble for votes."),
    ("called-without-a-quote", "The agency called a meeting for Friday."),
    ("added-with-an-object", "The company added 500 jobs in May."),
    ("the-writer", "We hear the deal is close."),
    ("declined-as-a-fall", "Prices declined sharply in June."),
    ("list-of-tasks", "AI helps with planning, writing and analysis."),
    ("participle-as-adjective", "Officials ignored the warning signs."),
    ("available", "The model is not yet available in Europe."),
    ("inside-a-quote", '"The tests, which we said would pass, passed."'),
    ("number-before-a-participle", "There were 4,173 confirmed cases by July."),
    ("recalled-a-product", "Taylor Farms recalled iceberg lettuce in July."),
    ("find-after-help", "The tools help defenders find vulnerabilities."),
    ("naming-with-called", 'Data centers house computers called "servers, storage and switches."'),
    ("plain-verb-after-a-singular-name", "The Treasury note yields more."),
    (
        "quote-far-from-the-verb",
        'The Air Force pointed Axios to a statement about the plane, dubbed the "VC-25B Bridge."',
    ),
]


@pytest.mark.parametrize("sentence", [c[1] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_words_that_are_not_cues(sentence: str) -> None:
    """Rates, passives, plural nouns and other look-alikes are not attributions."""
    assert attributions(sentence) == []


def test_every_rule_name_is_documented() -> None:
    """The rules used above are exactly the rule names the sourcing docs list."""
    used = {rule for case in FOUND for (_, _, _, rule) in case[2]}
    assert used == RULES


def test_participle_after_a_credited_speaker_adds_nothing() -> None:
    """``says Stafford, adding that`` is one attribution: the participle shares the speaker."""
    assert attributions("Use is rising, says Stafford, adding that risks remain.") == [
        ("Stafford", "says", SAID, "verb-source")
    ]


def test_two_verbs_of_one_speaker_make_one_attribution() -> None:
    """``X declared ... and called ...`` credits X once."""
    found = attributions('Qassem declared the deal "null and void" and called it "a humiliation and a disgrace."')
    assert found == [("Qassem", "declared", SAID, "source-verb")]


def test_object_relative_credits_the_name_not_the_noun() -> None:
    """``the same issue Amazon warned about`` credits Amazon."""
    assert attributions("Other models have the same issue Amazon warned about.") == [
        ("Amazon", "warned", SAID, "source-verb")
    ]
