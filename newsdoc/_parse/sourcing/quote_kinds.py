"""Which quoted words are quotes: a quote is whole sentences or a fragment inside one, and a
fragment of one or two words or a phrase in title case is a term or a title, not a quote,
unless it opens its sentence and hands it to its cue (``"Yes," he said``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import DEFINITE, DETERMINERS, FUNCTION_WORDS, SMALL_TITLE_WORDS
from newsdoc._parse.lexicon.messages import MEDIA_NOUNS, PLATFORMS, RECIPIENTS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.tokens import LOOK, blank
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["BETWEEN", "Linked", "keep", "partial_quote"]

_MIN_PARTIAL_WORDS: Final = 3
"""Fewer quoted words than this inside a sentence are read as a term, not a quote."""
_MAX_TITLE_WORDS: Final = 8
_TAIL_WORDS: Final = frozenset(phrase.split()[-1].lower() for phrase in (*MEDIA_NOUNS, *PLATFORMS))
"""The last words of a cue's tail: ``said in a statement``, ``wrote on X``."""
_RECIPIENTS: Final = frozenset(word.lower() for word in RECIPIENTS)
_CLAUSE_PUNCT: Final = ",:;\u2014(["
BETWEEN: Final = " ,.;:!?\"\u201d\u2019'\u2014"
"""What may stand between a quote and its attribution: spaces and punctuation."""


@dataclass(init=False, slots=True)
class Linked:
    """A quote span with its speaker's attribution (or None) and whether it is partial."""

    span: QuoteSpan
    found: Found | None
    partial: bool
    alone: bool
    """True where the quote is its whole sentence: it may take the speaker of a quote near it."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(self, span: QuoteSpan, found: Found | None, partial: bool, alone: bool) -> None:
        self.span = span
        self.found = found
        self.partial = partial
        self.alone = alone


def _after_cue(before: str) -> bool:
    """Whether ``before`` ends with a cue word or the tail of one (``told Axios``), or with
    an adverb after one (``asked again``, ``added quickly``)."""
    words = before.rstrip(",:; ").rsplit(" ", 3)
    if len(words) > 1 and words[-1].islower() and (words[-1] in ADVERBS_BEFORE_CUE or words[-1].endswith("ly")):
        words.pop()
    word = words[-1].lower().strip('"\u201d')
    if word in _RECIPIENTS:  # ``told them``, not ``makes him``
        return len(words) > 1 and words[-2].lower() in CUE_FORMS
    return word in CUE_FORMS or word in _TAIL_WORDS


def partial_quote(text: str, q: QuoteSpan, s_start: int) -> bool:
    """Whether the quote is a fragment inside a sentence rather than whole sentences."""
    if q.continued:
        return False
    before = text[max(s_start, q.mark - LOOK) : q.mark].rstrip().removesuffix("(").rstrip()  # ``("...," she said.)``
    quoted = text[q.start : q.end].rstrip()
    if not before:
        after = text[q.end + 1 : q.end + 3].lstrip()
        return bool(quoted) and quoted[-1].isalnum() and after[:1].islower()
    if before[-1] == ":" or (before[-1] in _CLAUSE_PUNCT and _after_cue(before[:-1])):
        return False  # ``She added: "..."``, ``He added, "..."``
    first = quoted.lstrip("'\u2018 ")[:1]
    if before[-1] == "," and first.isupper() and quoted[-1:] in ".?!," and not _title(quoted, partial=True):
        return False  # whole sentences after a comma: ``asks at a town hall, "Any questions?"``, ``So, "No," he said``
    return not (_after_cue(before) and (first.isupper() or first == "["))


def _title(quoted: str, *, partial: bool) -> bool:
    """Whether the quoted words are a title or a name: ``The Axios Show``, ``No Data Centers.``"""
    words = quoted.rstrip(",").split()
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][0].isupper():
        return False
    if quoted.rstrip(",")[-1:] in ".!?" and not (partial and len(words) > 1):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_TITLE_WORDS for w in words)


def keep(text: str, link: Linked) -> bool:
    """Whether a linked quote counts as a quote: one with a speaker, not a title (but a whole
    quote right before its cue is speech, whatever its capitals), and for a fragment, words
    enough to be more than a term."""
    quoted = text[link.span.start : link.span.end]
    found = link.found
    if found is None:
        return False
    if _title(quoted, partial=link.partial) and (link.partial or not _before_cue(text, link.span, found)):
        return False
    return not link.partial or len(quoted.split()) >= _MIN_PARTIAL_WORDS or _named(text, link.span, found)


def _named(text: str, q: QuoteSpan, found: Found) -> bool:
    """Whether the quote is what a verb of naming calls its object, however short: ``called the
    plan "a disaster"``, ``labeled it "reckless"``, or what a verb of speech takes it ``as``
    (``described the plan as "a swindle"``, ``derided it as "a tax"``); the object stands
    between the cue and the quote, a few words with no mark and no preposition before them
    (``called for``)."""
    if found.cue_end > q.mark:
        return False
    words = text[found.cue_end : q.mark].split()
    naming = bool(CUE_FORMS.get(found.cue_word(text), 0) & Frame.NAMING)
    if not naming and not (len(words) > 1 and words[-1] == "as"):
        return False
    if words and words[0].lower() in PREPOSITIONS:
        return False  # ``called for an "audit"``: a request, not a name given
    quoted = text[q.start : q.end].split()
    if quoted and quoted[0].lower() in DEFINITE:
        quoted = quoted[1:]
    if quoted and all(w[:1].isupper() for w in quoted):
        return False  # a nickname or a name: ``call him "the Mailman"``, ``called its phone "the Pixel"``
    return len(words) <= _OBJECT_WORDS and not any(mark in word for word in words for mark in _OBJECT_ENDS)


_OBJECT_WORDS: Final = 4
"""The most words of the object between a verb of naming and what it calls it: ``the new plan``."""
_OBJECT_ENDS: Final = frozenset(',;:"\u201c\u201d()')
"""Marks that no object between a verb of naming and its quote holds."""


def _before_cue(text: str, q: QuoteSpan, found: Found) -> bool:
    """Whether the closed quote ``q`` opens its sentence and hands it to the attribution ``found``
    with a comma, ``?`` or ``!``, and nothing but a space between them: ``"Yes," he said``,
    ``"Absolutely," said Roe``, ``"Why?" she asked``; not a title that ends a clause (``his show,
    "Generations," the site reported``) or is a subject (``"Dune" was called a classic by``)."""
    if not q.closed or found.first <= q.end:
        return False
    opening = text[max(0, q.mark - LOOK) : q.mark].rstrip(" '")  # the first of two apostrophes: ``''Yes,''``
    handed = text[q.end - 1 : q.end] in _HANDING or text.startswith(",", q.end + 1)
    if not ((not opening or opening[-1] in _SENTENCE_ENDS) and handed and blank(text, q.end + 1, found.first, BETWEEN)):
        return False
    # no verb takes the quote for its subject after the attribution: ``"Jaws," he said, was his favorite``
    after = text[found.last : found.last + LOOK].split(None, 2)
    return not (len(after) > 1 and after[0] == "," and _finite(after[1]))


def _finite(word: str) -> bool:
    """Whether ``word``, after the attribution's comma, may be a finite verb whose subject is the
    quote before it (``was``, ``earned``, ``sold``): an auxiliary, or a word in lower case that is
    no participle, adverb or function word (``adding``, ``again``, ``and``, ``in``, ``her``)."""
    if word in AUXILIARIES:
        return True
    return word.isalpha() and word.islower() and not word.endswith(("ing", "ly")) and word not in _NO_VERBS


_NO_VERBS: Final = (
    FUNCTION_WORDS
    | PREPOSITIONS
    | COORDINATORS
    | SUBORDINATORS
    | DETERMINERS
    | OBJECT_PRONOUNS
    | SUBJECT_PRONOUNS
    | ADVERBS_BEFORE_CUE
)
"""Words that go on after an attribution's comma with no verb of the quote: ``then``, ``in``, ``her``."""


_HANDING: Final = frozenset(",?!")
"""The marks that end a quote which its attribution follows: ``"Yes," he said``."""
_SENTENCE_ENDS: Final = frozenset('.!?"\u201d')
"""What ends the sentence before a quote that opens its own."""
