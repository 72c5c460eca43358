"""The rule for a verb before its source: ``"...," said Brian Moynihan``, ``..., say some
Democrats``, ``Said a neighbor: "..."``.

A verb of speech may stand before its source after a quote, a comma or at the start of its
sentence where its lexicon entry says so (``said``, ``says``, ``added``); after a quote that
is its whole sentence, any finite verb of speech may (``"...," tweeted Jane Roe``).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import RELATIVE_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.antecedents import person_word
from newsdoc._parse.sourcing.credits import credits_a_work, framed
from newsdoc._parse.sourcing.cue_checks import clause_ends, inverted
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.heads import head_noun
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.postmodifiers import participle_end
from newsdoc._parse.sourcing.quote_checks import quote_touching
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.source_after import source_after
from newsdoc._parse.sourcing.source_checks import acceptable, plain_start, role_start
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.verb_groups import after_and
from newsdoc._parse.sourcing.words import source_noun

__all__ = ["verb_source"]

_PHRASE_ENDS: Final = frozenset((".", ",", ";", ""))
"""Marks that end the clause right after a bare plural read as a source after a clause."""
_HEARER_FRAMES: Final = Frame.OBJECT | Frame.QUESTION
"""Frames of a verb whose object is the person spoken to: ``told``, ``asked``."""


def verb_source(site: CueSite) -> Credit | None:
    """``," said Brian Moynihan``: an inverted verb after a quote, a comma or the sentence start."""
    cue, text = site.cue, site.text
    s_start, s_end = site.sentence
    plural = bool(cue.flags & Frame.BASE) and _inverts_in_s(cue.word)  # ``..., say some Democrats``
    after_quote = quote_touching(text, cue.start, s_start)  # ``"...," said my tour guide``: speech for sure
    quotative = after_quote and not cue.flags & _NOT_QUOTATIVE and _quoted_sentence(text, cue.start, s_start)
    if site.before is not None or not (cue.flags & Frame.INVERT or plural or quotative):
        return None
    if after_and(site.verb_words) or not inverted(text, cue.start, s_start):
        return None
    phrase = source_after(text, cue.word_end, s_end)
    if phrase is None or (cue.flags & _HEARER_FRAMES and not after_quote and _quote_next(text, phrase.end)):
        return None  # ``Smith, reading the speech, asked the crowd "..."``: the hearer and the question
    if phrase.end == phrase.head_end:  # ``said the base chief known as Bob``
        phrase = Phrase(phrase.start, participle_end(text, phrase.end, s_end), phrase.head_end)
    # a verb that opens its sentence reaches a name over a role only before a colon or a quote
    # (``Said neighbor Jane Roe: "..."``), not in ``Reported donors include Acme, ...``
    name_ahead = bool(text[s_start : cue.start].strip()) or _quote_follows(text, phrase.end)
    # a bare noun for people after a plain form, a quote or a clause and its comma: ``say engineers``,
    # ``"...," said aides.``, ``The deal is off, said officials.``; after a clause, not a verb that
    # takes its hearer (``, asked parents for help``) nor a noun that a verb follows (``, said
    # residents deserved better``)
    after_clause = text[s_start : cue.start].rstrip().endswith(",") and not cue.flags & _HEARER_FRAMES
    after_clause = after_clause and _phrase_ends(text, phrase.end)
    head = text[phrase.start : phrase.head_end]
    # ``say engineers``; after a clause also with lower-case words before the noun (``, said budget experts.``)
    noun = head_noun(head) if after_clause and head.islower() else head.split(" ", 1)[0]
    bare_plural = (plural or after_quote or after_clause) and source_noun(noun)
    if not (plain_start(text, phrase) or role_start(text, phrase, name_ahead=name_ahead) or bare_plural):
        return None
    if not credits_a_work(site, phrase):
        return None
    if not after_quote and _past_verb_after(text, phrase.end) and not _names_person(text, phrase):
        return None  # ``Two aides, both veterans, said the plan failed``; ``said the officer involved`` is one
    d = acceptable(text, phrase, site.context, speaking=after_quote, plural_verb=plural)
    if d is None or not clause_ends(text, phrase.end):
        return None
    if (
        quotative
        and not cue.flags & Frame.INVERT
        and _one_word(text, cue.start, s_start)
        and not _ends(text, phrase.end)
    ):
        return None  # ``"Never!" declared the union.``, but a title: ``"Quizzo!" announced a host on Friday``
    return framed(site, Credit(phrase, cue.start, cue.word_end, d))


def _phrase_ends(text: str, at: int) -> bool:
    """Whether the clause ends at ``at``, or a modifier of the noun before opens there (a
    relative clause or a participle in ``-ing``: ``, said economists who track the data``),
    not a verb of its own (``, said residents deserved better``)."""
    if text[at : at + 1] in _PHRASE_ENDS:
        return True
    following = text[at : at + LOOK].split(None, 1)[:1]
    return bool(following) and (following[0] in _RELATIVE_OPENERS or following[0].endswith("ing"))


_RELATIVE_OPENERS: Final = RELATIVE_PRONOUNS | {"that"}
"""Words that open a relative clause after a noun."""


def _one_word(text: str, at: int, s_start: int) -> bool:
    """Whether the quote before ``at`` holds one word and no comma closes it, as a title may."""
    before = text[s_start:at].rstrip()
    return " " not in before and not before.endswith(",") and before[-2:-1] != ","


def _ends(text: str, at: int) -> bool:
    """Whether the sentence ends right after ``at``."""
    return text[at : at + 2].lstrip()[:1] in ("", ".", "!", "?")


_NOT_QUOTATIVE: Final = (
    Frame.BASE | Frame.PARTICIPLE | Frame.PROGRESSIVE | Frame.PERFECT | Frame.FINDING | Frame.WORK_SUBJECT | Frame.TOPIC
)
"""The forms and verbs that never stand before their source, even after a quote: any finite
verb of speech may (``"...," tweeted Jane Roe``), but no ``-ing`` form, participle or plain form."""


def _quoted_sentence(text: str, at: int, s_start: int) -> bool:
    """Whether a quote that opens its sentence closes right before ``at``: ``"...," tweeted Jane
    Roe``, where any verb of speech may stand before its source; not a title or a fragment
    inside a clause (``Roe, who starred in "Heat," posted the clip``). A quote longer than
    :data:`_QUOTED_REACH` is not read, so the test costs a bounded time."""
    if at - s_start > _QUOTED_REACH:
        return False
    before = text[s_start:at].rstrip(" ,")
    opening = max(before.rfind(mark, 0, len(before) - 1) for mark in _QUOTATION_MARKS)
    if opening < 0 or before[opening] == _CLOSING_QUOTE or before[:opening].strip():
        return False
    # speech ends in a comma or an end mark (``"Never," declared the union``, ``"Never!" ...``); a
    # title has none (``"Hamilton" confirmed a new national tour``)
    return text[s_start:at].rstrip().endswith(",") or before[-2:-1] in _SPEECH_ENDS


_QUOTED_REACH: Final = 1000
_SPEECH_ENDS: Final = frozenset(",.!?")
_CLOSING_QUOTE: Final = "\u201d"
_QUOTATION_MARKS: Final = ('"', "\u201c", _CLOSING_QUOTE)


def _past_verb_after(text: str, at: int) -> bool:
    """Whether a verb in ``-ed`` follows ``at`` as the verb of a clause (``the plan failed.``), not
    as a participle that modifies the phrase before it (``a spokesman based in Paris``, ``a
    woman named Jane``), which a preposition or a name follows."""
    words = text[at : at + LOOK].split(None, 2)
    if not words or not words[0].islower() or not words[0].rstrip(".,;:!?").endswith("ed"):
        return False
    after = words[1] if len(words) > 1 and words[0][-1].isalpha() else ""
    return not (after.lower() in PREPOSITIONS or after[:1].isupper())


def _names_person(text: str, phrase: Phrase) -> bool:
    """Whether the head word of ``phrase`` may name a person (``the officer``, ``Smith``)."""
    return person_word(text[phrase.start : phrase.head_end].rsplit(None, 1)[-1])


def _inverts_in_s(word: str) -> bool:
    """Whether the form in -s of a plain form may stand before its source, as the plain form may
    before a plural one: ``says Stafford``, so ``say experts``."""
    low = word.lower()
    return any(CUE_FORMS.get(low + ending, 0) & Frame.INVERT for ending in ("s", "es"))


def _quote_next(text: str, at: int) -> bool:
    """Whether a quotation mark follows ``at`` after a space alone, no comma nor colon: the object
    of a verb of asking (``asked the crowd "..."``), not an inverted source's (``asked Roe, "..."``)."""
    return text[at : at + 1] == " " and text[at + 1 : at + 2] in ('"', "\u201c")


def _quote_follows(text: str, at: int) -> bool:
    """Whether a colon or a quotation mark follows ``at``, after at most a comma."""
    rest = text[at : at + 4].lstrip().removeprefix(",").lstrip()
    return rest[:1] in (":", '"', "\u201c")
