"""Labels and headings: which lead-ins open a section, and which short lines are titles."""

from __future__ import annotations

import pytest

import newsdoc

D = " date 2023-10-16 Lede.\n\n"

# id, paragraph, the label it carries (None for none), its prefix
LABELS: list[tuple[str, str, str | None, str | None]] = [
    ("known", "Why it matters: Aid is stuck.", "Why it matters", None),
    ("known-with-comma", "Yes, but: It may not last.", "Yes, but", None),
    ("known-apostrophe", "What they're saying: Plenty.", "What they're saying", None),
    ("curly-apostrophe", "What’s next: A vote.", "What’s next", None),
    ("unknown-short-phrase", "Local spending: Meta is launching a fund.", "Local spending", None),
    ("unknown-clause", "The administration itself is torn: It wants both.", "The administration itself is torn", None),
    (
        "abbreviations",
        "U.S., China contemplate controls: Both are weighing it.",
        "U.S., China contemplate controls",
        None,
    ),
    ("emoji", "🧠 Why it matters: Trust.", "Why it matters", "🧠 "),
    ("emoji-no-space", "💡Why it matters: Trust.", "Why it matters", "💡"),
    ("two-emoji-and-flag", "🍻 🇺🇸 The bottom line: Cheers.", "The bottom line", "🍻 🇺🇸 "),
    ("number", "2. Administration activating: Rules.", "Administration activating", "2. "),
    ("known-label-alone", "What they're saying:", "What they're saying", None),
    ("speech-lead-in", "She added: It was a mistake.", None, None),
    ("told-lead-in", "A spokesperson told Axios: We disagree.", None, None),
    ("said-lead-in", "Said a second official: No.", None, None),
    ("lead-in-verb-not-a-label", "The CEO insisted: prices will rise.", None, None),
    ("finding-verb-after-a-subject-not-a-label", "He concluded: prices will rise.", None, None),
    ("finding-verb-after-a-noun-not-a-label", "The audit found: Two accounts were empty.", None, None),
    ("finding-verb-in-a-wh-phrase-is-a-label", "What the audit found: Two were empty.", "What the audit found", None),
    ("finding-verb-after-an-adverb-is-a-label", "Also found: A cache of weapons.", "Also found", None),
    ("finding-verb-after-and-is-a-label", "Lost and found: A ring.", "Lost and found", None),
    ("phrasal-verb-after-a-subject-not-a-label", "The mayor put it bluntly: We lost.", None, None),
    ("phrasal-verb-in-a-wh-phrase-is-a-label", "What went on: The council met.", "What went on", None),
    ("quote-only-phrasal-verb-before-prose-is-a-label", "The fight goes on: Talks failed.", "The fight goes on", None),
    ("phrasal-verb-after-to-is-a-label", "To put it mildly: Fans are not thrilled.", "To put it mildly", None),
    ("finding-verb-after-an-ly-adverb-is-a-label", "Newly revealed: Emails show it.", "Newly revealed", None),
    ("sentence-before-list", "He has also been stopped by the courts:", None, None),
    ("person-appositive", "Jane Roe, the CEO of Acme: The Widget Group, says it works.", None, None),
    ("editors-note", "Editor's note: This story has been updated.", None, None),
    ("disclosure", "Disclosure: The company is an investor.", None, None),
    ("time-of-day", "Trump speaks at 9:50pm tonight.", None, None),
    ("too-long", "This is a very long opening clause that goes on and on: Then text.", None, None),
    ("lowercase-start", "iPhone sales: Down.", None, None),
    ("quote-in-phrase", 'He called it "bad": Then left.', None, None),
    ("colon-without-space", "Ratio:3 to 1.", None, None),
    ("space-before-colon", "Zoom in :  Text.", None, None),
    ("two-spaces-after-colon", "Zoom in:  Text.", "Zoom in", None),
    ("tab-after-colon", "Zoom in:\tText.", "Zoom in", None),
    ("not-ascii", "Café culture: Text.", "Café culture", None),
    ("one-letter", "Z: Text.", "Z", None),
    ("two-sentences", "The vote came late. Kasich resisted: It failed.", None, None),
    ("abbreviation-is-no-sentence-end", "Sen. Roe's plan: It failed.", "Sen. Roe's plan", None),
    ("clause-with-be-before-a-quote", 'The mayor was blunt: "The plan is dead."', None, None),
    ("clause-with-be-before-text-is-a-label", "The agency is torn: Some want more.", "The agency is torn", None),
    ("clause-with-a-past-verb-before-a-quote", 'The governor delivered a retort: "No one is leaving."', None, None),
    ("article-and-participle-before-a-quote-is-a-label", 'The fine print: "Terms apply."', "The fine print", None),
    ("clause-with-a-past-verb-before-text-is-a-label", "The market slumped: Shares fell.", "The market slumped", None),
    ("clause-with-a-verb-of-speech-before-text-is-a-lead-in", "The market reacted: Shares fell.", None, None),
    ("noun-and-participle-before-a-quote-is-a-label", 'A deal delayed: "We need time."', "A deal delayed", None),
    (
        "hyphenated-adjective-before-a-quote-is-a-label",
        'The long-awaited verdict: "No."',
        "The long-awaited verdict",
        None,
    ),
    (
        "adverb-and-participle-before-a-quote-is-a-label",
        'The newly released data: "Up."',
        "The newly released data",
        None,
    ),
    ("possessor-and-a-verb-with-a-particle-before-a-quote", 'The mayor\'s office fired back: "False."', None, None),
    ("known-label-before-a-quote", 'What they\'re saying: "It works."', "What they're saying", None),
    ("eighty-characters", "A" * 80 + ": Text.", "A" * 80, None),
    ("eighty-one-characters", "A" * 81 + ": Text.", None, None),
]


@pytest.mark.parametrize(("paragraph", "label", "prefix"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_label(paragraph: str, label: str | None, prefix: str | None) -> None:
    """A paragraph's opening phrase is a label exactly when it reads as one."""
    article = newsdoc.parse(f"{D}{paragraph}\n\nMore text.\n\n")
    first = article.paragraphs[1]
    assert first.label == label
    assert first.label_prefix == prefix
    if label is None:
        assert first.text == paragraph
    else:
        assert article.sections[0].label == label


# id, list item (after "- "), the label it carries
ITEM_LABELS: list[tuple[str, str, str | None]] = [
    ("item-known-label", "The big picture: It is done.", "The big picture"),
    ("item-short-phrase", "Local spending: A fund.", "Local spending"),
    ("item-clause-with-be", "The contrast was striking: the senators voted no.", None),
    ("item-clause-with-have", "The council has decided: the road will close.", None),
    ("item-speech-lead-in", "Thune retorted Tuesday: the bill is dead.", None),
]


@pytest.mark.parametrize(("item", "label"), [c[1:] for c in ITEM_LABELS], ids=[c[0] for c in ITEM_LABELS])
def test_item_label(item: str, label: str | None) -> None:
    """In a list, a colon opens a label only after a known label or a short phrase with no finite verb."""
    article = newsdoc.parse(f"{D}- {item}\n- Another item.\n\n")
    first = article.paragraphs[1]
    assert first.kind is newsdoc.ParagraphKind.ITEM
    assert first.label == label
    assert first.text == (item if label is None else item[len(label) + 2 :])


def test_lede_never_has_a_label() -> None:
    """The lede keeps a colon phrase as text."""
    article = newsdoc.parse(" date 2023-10-16 Why it matters: lede.\n\n")
    assert article.lede.label is None
    assert article.lede.text == "Why it matters: lede."


def test_label_keys_are_normalised() -> None:
    """Sections carry the label as written and a key in snake case without apostrophes."""
    article = newsdoc.parse(f"{D}What they’re saying: A.\n\nYes, but: B.\n\n")
    assert [(s.label, s.key) for s in article.sections] == [
        ("What they’re saying", "what_theyre_saying"),
        ("Yes, but", "yes_but"),
    ]


def test_sections_group_paragraphs_up_to_the_next_label() -> None:
    """Unlabeled paragraphs before the first label form one unlabeled section; items stay in theirs."""
    article = newsdoc.parse(f"{D}Before.\n\nZoom in: A.\n- Lead-in phrase: text\n\nAfter.\n\nZoom out: B.\n\n")
    assert [(s.label, [p.text for p in s.paragraphs]) for s in article.sections] == [
        (None, ["Before."]),
        ("Zoom in", ["A.", "text", "After."]),
        ("Zoom out", ["B."]),
    ]
    item = article.sections[1].paragraphs[1]
    assert (item.kind, item.marker, item.label) == (newsdoc.ParagraphKind.ITEM, "-", "Lead-in phrase")


# id, paragraph, whether it is a heading when another paragraph follows it
HEADINGS: list[tuple[str, str, bool]] = [
    ("short-title", "Election law", True),
    ("question", "How do data centers help AI?", True),
    ("parenthesis", "How data centers work (a simple explanation)", True),
    ("standalone-colon", "Sayonara, SAVE Plan:", True),
    ("sentence", "The court ruled on Monday.", False),
    ("exclamation", "What a day!", False),
    ("quote-end", 'He said "no"', False),
    ("long-colon-sentence", "Here are some of the biggest changes this year:", False),
    ("lowercase", "and then some", False),
    ("too-many-words", "One two three four five six seven eight nine ten eleven twelve thirteen", False),
    ("one-letter", "A", False),
    ("two-letters", "AB", True),
    ("digit-first", "2024 in review", True),
    ("digit-last", "Top 10", True),
    ("capital-not-ascii", "Éclairs and more", True),
    ("letter-not-ascii-last", "Aé", True),
    ("two-characters-period", "X.", False),
]


@pytest.mark.parametrize(("paragraph", "heading"), [c[1:] for c in HEADINGS], ids=[c[0] for c in HEADINGS])
def test_heading(paragraph: str, heading: bool) -> None:
    """A short standalone line without closing punctuation titles what follows."""
    article = newsdoc.parse(f"{D}{paragraph}\n\nThe text it titles.\n\n")
    kind = article.paragraphs[1].kind
    assert (kind is newsdoc.ParagraphKind.HEADING) == heading


def test_last_paragraph_is_never_a_heading() -> None:
    """A heading titles what follows, so the last paragraph is text."""
    article = newsdoc.parse(f"{D}Election law\n\n")
    assert article.paragraphs[-1].kind is newsdoc.ParagraphKind.TEXT
