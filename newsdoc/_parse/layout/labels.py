"""Labels: the short lead-in phrases that open Smart Brevity paragraphs ("Why it matters:").

A label is a short phrase that opens a paragraph and ends in a colon. It may stand
after an emoji or a number (``🧠 Why it matters:``, ``1. Models muscle up:``) and may be
wrapped in Markdown bold (``**Why it matters:**``). A phrase that ends in a colon is not
a label when it introduces a quote or a list as part of a sentence (``She added:``,
``A spokesperson told Axios:``), or when it is one of the trailing notes set in plain
type (``Editor's note:``, ``Disclosure:``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

import regex

from newsdoc._model import label_key
from newsdoc._parse.lexicon import labels as lexicon_labels
from newsdoc._parse.lexicon.abbreviations import ABBREVIATIONS
from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.grammar import (
    ARTICLES,
    BE_FORMS,
    DETERMINERS,
    DO_FORMS,
    HAVE_FORMS,
    LEAD_IN_PREPOSITIONS,
    MODALS,
    VERB_PARTICLES,
    WH_WORDS,
)
from newsdoc._parse.lexicon.verbs import LIST_VERBS, PHRASAL_VERBS, REPORTING_VERBS, Frame

__all__ = ["KNOWN_LABELS", "LabelMatch", "match_label"]

KNOWN_LABELS: Final = frozenset(label_key(label) or "" for label in lexicon_labels.KNOWN_LABELS)
"""Keys of labels that are labels wherever they stand, whatever follows them."""

_NOT_LABELS: Final = frozenset(label_key(label) or "" for label in lexicon_labels.NOT_LABELS)
"""Trailing notes that the publisher sets in plain type: never labels."""

_MAX_WORDS: Final = 8


# The form of nearly every label, which then needs no more of ``_LABEL_AT_START``: an ASCII
# label in plain type opening the paragraph, with no space before its colon and one after it.
# An ASCII capital can start no prefix, and the label holds no mark the pattern forbids. The
# label's run is possessive and at most 80 characters, so the match is short.
_PLAIN_LABEL: Final = re.compile(r'[A-Z][^:\n\t"*\x80-\U0010ffff]{0,79}+(?<![ \t]): (?![ \t])')

# Emoji (with their modifiers, joiners and flags) or a number and a dot, before a label.
# Each piece is atomic: no character it can give back could start the next piece, the bold
# marks or the label, so without the atomic group a run of emoji could be split among the
# four repeats in cubically many ways before the match fails.
_PREFIX: Final = (
    r"(?>\d{1,2}\.[ \t]+|[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\p{Emoji_Modifier}]+[ \t]*)"
)
# The label itself is possessive: it cannot hold the colon or the bold marks that must follow
# it, so a shorter label never matches where the longest fails. With the prefix at most five
# ways long, the whole match is linear in the length of the paragraph.
_LABEL_AT_START: Final = regex.compile(
    r"(?P<prefix>" + _PREFIX + r"{0,4})"
    r"(?P<open>\*\*)?"
    r"(?P<label>[\p{Lu}\d][^:\n\"“”*]{0,79}+)(?<![ \t])"
    r"(?:(?P<close_before>\*\*):|:(?P<close_after>\*\*)?)"
    r"(?P<gap>[ \t]+|\Z)"
)


def _lead_in_words() -> frozenset[str]:
    """The words that make a colon phrase a lead-in to a quote or a list rather than a label:
    every past form of a verb of speech (``The CEO insisted:``), its third-person form where
    that is no plural noun too (``says``, not ``notes``), the plain verbs of saying, and the
    words that credit a source or open a list. Verbs of finding are left out: ``What we found:``
    is a label."""
    found: set[str] = {*LEAD_IN_PREPOSITIONS, *LIST_VERBS}
    for verb in REPORTING_VERBS:
        if verb.kind & Frame.FINDING:
            continue  # see _FINDING_PAST
        base, third, past, *_others = verb.forms.split()
        found.add(past)
        if not verb.present & Frame.NOUNLIKE:
            found.add(third)
        if verb.kind & Frame.PLAIN:
            found.add(base)
    found.discard("-")
    return frozenset(found)


_LEAD_IN_WORDS: Final = _lead_in_words()
_FINDING_PAST: Final = frozenset(v.forms.split()[2] for v in REPORTING_VERBS if v.kind & Frame.FINDING) - {"-"}
"""The past forms of the verbs of finding: a lead-in after a subject (``He concluded:``, ``The
study found:``), but a label after a word that opens a question (``What we found:``)."""
_FINITE_VERBS: Final = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
"""Verbs that make a colon phrase a clause: a label phrase holds none after its first word."""
_WORD: Final = re.compile(r"\w+")
_OPENING_QUOTES: Final = ('"', "\u201c")
"""Marks that open a quote right after a colon phrase."""

# A comma and a determiner: the phrase introduces a person or thing by an appositive
# (``Jane Roe, the CEO of Acme:``), the way a sentence does, not the way a label does.
_APPOSITIVE: Final = regex.compile(r", (?:the|a|an|its|his|her|their) ")


@dataclass(init=False, slots=True)
class LabelMatch:
    """Where a label stands in a paragraph's text (a named tuple: most paragraphs after the
    lede open with a label, and a tuple is the cheapest record to build)."""

    prefix: str | None
    """What stands before the label, as written (``"🧠 "``), or None."""
    label: str
    """The label without its colon or bold marks."""
    label_start: int
    """Offset of the label in the paragraph's text."""
    text_start: int
    """Offset of the text after the label."""
    bold: bool
    """True when Markdown bold marks were removed."""
    gap: str
    """The white space written after the colon."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        prefix: str | None,
        label: str,
        label_start: int,
        text_start: int,
        bold: bool,
        gap: str,
    ) -> None:
        self.prefix = prefix
        self.label = label
        self.label_start = label_start
        self.text_start = text_start
        self.bold = bold
        self.gap = gap


def match_label(text: str, *, item: bool = False) -> LabelMatch | None:
    """The label that opens ``text``, or None; in a list ``item``, or before a quote, only a known
    label or a short phrase with no finite verb is one (``The contrast was striking:``, ``The
    mayor was blunt: "..."`` open a sentence there)."""
    colon = text.find(":")
    if colon < 0:
        return None  # most paragraphs: no colon, no label
    if _PLAIN_LABEL.match(text) is not None:
        return _checked(text, text[:colon], None, 0, colon + 2, bold=False, gap=" ", item=item)
    m = _LABEL_AT_START.match(text)
    if m is None:
        return None
    opened = m.group("open") is not None
    closed = m.group("close_before") is not None or m.group("close_after") is not None
    if closed and not opened:
        return None
    return _checked(
        text,
        m.group("label"),
        m.group("prefix") or None,
        m.start("label"),
        m.end(),
        bold=opened,
        gap=m.group("gap"),
        item=item,
    )


def _checked(
    text: str, label: str, prefix: str | None, label_start: int, text_start: int, *, bold: bool, gap: str, item: bool
) -> LabelMatch | None:
    """The label, unless it is a trailing note or does not read as a label."""
    quoting = text[text_start : text_start + 1] in _OPENING_QUOTES
    if not _reads_as_label(label, text_start == len(text), item or quoting):
        return None  # a clause before a quote introduces it: ``The mayor was blunt: "..."``
    return LabelMatch(prefix, label, label_start, text_start, bold, gap)


@functools.lru_cache(maxsize=4096)
def _reads_as_label(label: str, rest_empty: bool, item: bool) -> bool:
    """Whether ``label`` is a label: not a trailing note, and known or plausible. The same few
    labels open most paragraphs, so the answer is kept."""
    key = label_key(label) or ""
    if key in _NOT_LABELS:
        return False
    return key in KNOWN_LABELS or _plausible(label, rest_empty, item)


def _plausible(label: str, rest_empty: bool, item: bool) -> bool:
    """Whether a phrase not in :data:`KNOWN_LABELS` reads as a label."""
    if rest_empty:
        return False  # a sentence that introduces a list or a quote
    words = label.split()
    if len(words) > _MAX_WORDS:
        return False
    found = _WORD.findall(label.lower())
    if item and (not _FINITE_VERBS.isdisjoint(found[1:]) or _past_after_subject(found)):
        # in a list, or before a quote, a clause and not a label phrase: ``The contrast was
        # striking:``, ``The mayor was blunt: "..."``, ``The governor delivered a retort: "..."``
        return False
    if _finding_clause(found) or _phrasal_clause(found, item):
        return False  # ``He concluded:``, ``The study found:``, ``Roe put it bluntly:``
    return _LEAD_IN_WORDS.isdisjoint(found) and _APPOSITIVE.search(label) is None and not _ends_a_sentence(label)


def _past_after_subject(found: list[str]) -> bool:
    """Whether an article opens the phrase and a verb in ``-ed`` follows its noun with an object
    or a particle after it, as a clause: ``The governor delivered a retort``, ``The mayor's office
    fired back``; not a noun with a participle (``A deal delayed``) or an adjective (``The
    long-awaited verdict``, ``The newly released data``)."""
    if len(found) < 4 or found[0] not in ARTICLES:
        return False
    return any(
        len(found[k]) > 4
        and found[k].endswith("ed")
        and (found[k + 1] in DETERMINERS or found[k + 1] in VERB_PARTICLES)
        for k in range(2, len(found) - 1)
    )


def _finding_clause(found: list[str]) -> bool:
    """Whether the words of a colon phrase make a clause with a verb of finding: a subject before
    the verb (``He concluded``, ``The audit found``), with no question word in the phrase
    (``What we found``) and no adverb or conjunction just before the verb (``Also found``,
    ``Newly revealed``, ``Lost and found``), which make it a label phrase."""
    if not WH_WORDS.isdisjoint(found):
        return False
    for k in range(1, len(found)):
        if found[k] in _FINDING_PAST:
            before = found[k - 1]
            return not (
                before.endswith("ly") or before in ADVERBS_BEFORE_CUE or before in COORDINATORS or before == "not"
            )
    return False


def _phrasal_pairs(*, quoted: bool) -> frozenset[str]:
    """The third-person and past forms of the phrasal verbs of speech with their particle (``put
    it``), of those that report only beside a quote (``fired back``, ``went on``) or of the others."""
    return frozenset(
        f"{form} {verb.particle}"
        for verb in PHRASAL_VERBS
        if bool(verb.past & Frame.QUOTE) == quoted
        for form in verb.forms.split()[1:3]
        if form != "-"
    )


_PHRASAL_PAIRS: Final = _phrasal_pairs(quoted=False)
_QUOTED_PHRASAL_PAIRS: Final = _phrasal_pairs(quoted=True)


def _phrasal_clause(found: list[str], quoting: bool) -> bool:
    """Whether the words of a colon phrase make a clause with a phrasal verb of speech after its
    subject (``Roe put it bluntly``; ``The mayor fired back`` before a quote), with no question
    word in the phrase (``What went on``) and no ``to`` before the verb (``To put it mildly``);
    not a verb that reports only beside a quote before no quote (``The fight goes on: Talks``)."""
    if not WH_WORDS.isdisjoint(found):
        return False
    for k in range(1, len(found) - 1):
        pair = f"{found[k]} {found[k + 1]}"
        if found[k - 1] != "to" and (pair in _PHRASAL_PAIRS or (quoting and pair in _QUOTED_PHRASAL_PAIRS)):
            return True
    return False


# A word, then the end of a sentence and the capital that opens the next: ``late. Kasich``.
_SENTENCE_BREAK: Final = re.compile(r"(\S+)[.!?] +[A-Z]")


def _ends_a_sentence(label: str) -> bool:
    """Whether a sentence ends inside the phrase (``The vote came late. Kasich resisted:``), which
    a label never holds; the period of an abbreviation ends none (``Sen. Roe:``, ``U.S. aid:``)."""
    for m in _SENTENCE_BREAK.finditer(label):
        word = m.group(1)
        if not (len(word) == 1 or "." in word or word.lower() in ABBREVIATIONS):
            return True
    return False
