"""Cues: the words that mark reported speech and sourcing, found in a paragraph.

A cue is a verb of saying or writing (``said``, ``told``, ``wrote``), a verb of finding
(``found``, ``estimates``), ``according to``, ``per``, ``declined to comment`` or a
negated ``respond`` (``did not immediately respond``). The verb forms and what each needs
around it are in :mod:`~newsdoc._parse.lexicon.verbs`; this module finds them, with one
split of the text and one set lookup, and reads the words around each one that decide
whether it is a cue at all (``per capita`` is not, nor is ``a request estimated to``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE
from newsdoc._parse.lexicon.grammar import BE_FORMS, DISTRIBUTIVES, HAVE_FORMS, SOURCE_PREPOSITIONS
from newsdoc._parse.lexicon.nouns import UNIT_NOUNS
from newsdoc._parse.lexicon.verbs import (
    COMMENT_PAST,
    COMMENT_VERBS,
    DECLINE_VERBS,
    NEGATED_SAYING,
    NO_RESPONSE_WORDS,
    UNANSWERED_WORDS,
    WITHHOLDING_VERBS,
    Frame,
)
from newsdoc._parse.sourcing.anonymity import withholds_name
from newsdoc._parse.sourcing.capitals import (
    MAX_TITLE,
    TITLE_WORDS,
    inside_name,
    lower_title_verbs,
    name_word,
    title_case,
)
from newsdoc._parse.sourcing.complements import infinitive_after
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.denials import (
    DENIABLE,
    answer_fits,
    answers_the_press,
    denied_subject,
    negation_nearby,
    replies_elsewhere,
    unanswered,
)
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.phrasal import PHRASAL_HEADS, phrasal_cue
from newsdoc._parse.sourcing.questions import asks
from newsdoc._parse.sourcing.quote_marks import quote_then_subject
from newsdoc._parse.sourcing.records import Cue
from newsdoc._parse.sourcing.refusals import (
    left_unanswered,
    maybe_refusal,
    negation_start,
    no_comment_start,
    refusal_end,
)
from newsdoc._parse.sourcing.topics import topic_end

__all__ = ["MAX_CUES", "find_all_cues"]

# The kinds as module constants: compiled with mypyc, ``AttributionKind.SAID`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
SAID: Final = AttributionKind.SAID
ACCORDING_TO: Final = AttributionKind.ACCORDING_TO
DECLINED: Final = AttributionKind.DECLINED
NO_RESPONSE: Final = AttributionKind.NO_RESPONSE

MAX_CUES: Final = 100
"""The most cue words read in one paragraph; prose holds a handful, so the rest are left alone (ND204)."""


_SPECIAL: Final = frozenset(
    (
        *SOURCE_PREPOSITIONS,
        *(w.capitalize() for w in SOURCE_PREPOSITIONS),
        *DECLINE_VERBS,
        *NO_RESPONSE_WORDS,
        *UNANSWERED_WORDS,
    )
)
_OPENING_FORMS: Final = {
    form.capitalize(): form
    for form, flags in CUE_FORMS.items()
    if flags & Frame.INVERT or (flags & Frame.PARTICIPLE and not flags & (Frame.PROGRESSIVE | Frame.QUOTE))
}
"""Forms that may open a sentence: an inverted verb (``Said a second U.S. official: "..."``)
and a participle clause before its subject (``Claiming the criticism is unfair, Trump left``)."""
_WORDS: Final = frozenset((*CUE_FORMS, *_SPECIAL, *_OPENING_FORMS, *PHRASAL_HEADS, *WITHHOLDING_VERBS))
_NEGATABLE: Final = NEGATED_SAYING | WITHHOLDING_VERBS
"""Forms that a negation before them makes a refusal to speak: ``would not say``, ``did not elaborate``."""
# Cue words are found by splitting the text at white space and intersecting the pieces
# with this set (both run in C): every cue word, bare or with the punctuation that may
# stick to it. A regular expression with hundreds of alternatives tries each of them at
# every word and is several times slower.
_CLOSERS: Final = (
    *("", ",", ".", ":", ";", ")", ".)", "?", "!", "\u2014"),
    *('"', "\u201d", ',"', '."', ",\u201d", ".\u201d"),
)
_OPENERS: Final = ("", "(", '"', "\u201c", "\u2014")
_PIECE_SET: Final = frozenset([opener + word + closer for opener in _OPENERS for closer in _CLOSERS for word in _WORDS])
_PIECE_MARKS: Final = "".join(_OPENERS + _CLOSERS)  # no cue word starts or ends with one (a test checks)
_TO: Final = re.compile(r"\s+to\b")
_TO_REACHED: Final = re.compile(r"(?:\s+[a-z]+ly)*\s+to\b")  # after adverbs: ``reported directly to``
_TO_HEARER: Final = re.compile(r"(?:\s+[a-z]+ly)*\s+to\s+(?:[\w'\u2019.&-]+\s+){1,6}?that\b")
"""``to``, the one told and ``that``: ``reported to the state that``, where ``reported to the
chief of staff`` (worked for) and ``reported to the base`` (arrived) report nothing."""
# A form of ``have`` or ``be`` (or a contraction of one) and any adverbs, just before a past
# participle: ``has similarly shown``, ``was written``, ``'ve spoken``.
_AUXILIARY_BEFORE: Final = re.compile(
    r"(?:\b(?:" + alternatives(HAVE_FORMS | BE_FORMS) + r")|['\u2019](?:s|ve|re|d))"
    r"(?:\s+(?:[a-z]+ly|" + alternatives(ADVERBS_BEFORE_CUE) + r"))*\s+\Z",
    re.IGNORECASE,
)
# ``per 1,000``, ``per capita``, ``per every 20,000 voters``: a rate, not a source (``per every
# report`` is one)
_UNITS: Final = alternatives(UNIT_NOUNS, any_space=True)
_NUMBER_AFTER: Final = re.compile(r"\s+(?:(?:" + alternatives(DISTRIBUTIVES) + r")\s+)?(?:\$?\d|(?:" + _UNITS + r")\b)")
_READ_WITH_CONTEXT: Final = Frame.RAISING | Frame.QUESTION | Frame.TOPIC | Frame.PERFECT
# The forms that are a cue whatever stands around them, with their flags: read without
# :func:`_read_cue`, which would only confirm them.
_PLAIN: Final = {
    word: CUE_FORMS[_OPENING_FORMS.get(word, word)]
    for word in _WORDS
    if _OPENING_FORMS.get(word, word) in CUE_FORMS
    and not CUE_FORMS[_OPENING_FORMS.get(word, word)] & _READ_WITH_CONTEXT
    and word.lower() not in _SPECIAL
    and word not in PHRASAL_HEADS
}


def find_all_cues(texts: Sequence[str]) -> tuple[list[list[Cue]], list[tuple[int, int]]]:
    """The cues of every paragraph, and ``(paragraph, offset)`` of each first cue word left unread.

    >>> cues, unread = find_all_cues(["He said so.", "No cue.", "Per the study."])
    >>> [[c.word for c in row] for row in cues], unread
    ([['said'], [], ['Per']], [])
    """
    out: list[list[Cue]] = []
    unread: list[tuple[int, int]] = []
    for i, paragraph in enumerate(texts):
        text = paragraph
        words = text.split()
        if not words:
            out.append([])
            continue
        if len(text) <= MAX_TITLE and len(words) >= TITLE_WORDS and title_case(words):
            text = lower_title_verbs(text)  # ``New Poll Shows Bump``: read as ``shows``, offsets kept
            words = text.split()
        found = _PIECE_SET.intersection(words)
        if not found:
            out.append([])
            continue
        places = _places(text, found)
        if len(places) > MAX_CUES:
            unread.append((i, places[MAX_CUES][0]))
            del places[MAX_CUES:]
        cues = []
        for at, word in places:
            if word[0].isupper() and inside_name(text, at) and name_word(text, at, word):
                continue  # ``Yum Brands``, ``Consumer Reports``, ``Ian Read said``: a word of a name
            flags = _PLAIN.get(word)
            if flags is not None and word.lower() in _NEGATABLE and negation_nearby(text, at):
                flags = None  # ``would not say``: read with its negation
            if flags is not None:  # no word around it can rule it out
                end = at + len(word)
                cues.append(Cue(at, end, word, kind=SAID, flags=flags, word_end=end))
            else:
                cue = _read_cue(text, at, word)
                if cue is not None:
                    cues.append(cue)
        out.append(cues)
    return out, unread


def _places(text: str, found: frozenset[str]) -> list[tuple[int, str]]:
    """The ``(offset, word)`` of every cue word of ``found`` in ``text``, in order; each
    piece of ``found`` counts where it stands as a whole white-space separated piece."""
    places: list[tuple[int, str]] = []
    last = len(text)
    for piece in found:
        word = piece.strip(_PIECE_MARKS)  # an opener is one mark, so the word starts at 0 or 1
        skip = piece.find(word)
        size = len(piece)
        at = text.find(piece)
        while at >= 0:
            end = at + size
            if (at == 0 or text[at - 1].isspace()) and (end == last or text[end].isspace()):
                places.append((at + skip, word))
            at = text.find(piece, at + 1)
    places.sort()
    return places


def _read_cue(text: str, start: int, word: str) -> Cue | None:
    """The cue that the word at ``start`` opens, or None where the context rules it out."""
    first, low, form = start, word.lower(), _OPENING_FORMS.get(word, word)
    phrasal = phrasal_cue(text, start + len(word), form)  # ``pointed out``: the cue runs through the particle
    flags, end = phrasal or (CUE_FORMS.get(form, Frame.NONE), start + len(word))
    word_end, known, kind = end, phrasal is not None or form in CUE_FORMS, SAID
    if low == "according":
        t = _TO.match(text, end)
        if t is None:
            return None
        kind, end = ACCORDING_TO, t.end()
    elif low == "per":
        if _NUMBER_AFTER.match(text, end) is not None:
            return None
        kind = ACCORDING_TO
    elif low in DECLINE_VERBS:
        refused = refusal_end(text, end)
        if refused is None or withholds_name(text, end) or maybe_refusal(text, start):
            return None  # ``declined to give her name``: anonymity, not a refusal to comment
        kind, end = DECLINED, refused
    elif low in UNANSWERED_WORDS:
        if (first := left_unanswered(text, start)) < 0:
            return None  # ``the unanswered questions``: no request named unanswered
        kind = NO_RESPONSE  # ``Calls to the company went unanswered``
    elif low in NO_RESPONSE_WORDS:
        if not answer_fits(low, text, end):
            return None  # ``available to play``, ``didn't return to banking``, ``has not reached out``
        negation = negation_start(text, start)
        if negation is None and low in COMMENT_VERBS:
            negation = no_comment_start(text, start)  # ``had no comment``
        if negation is not None and replies_elsewhere(low, text, end):
            return None  # ``did not respond to treatment``: no request went unanswered
        press = low in COMMENT_VERBS or answers_the_press(text, end)  # ``would comment on``
        perfect = low in COMMENT_PAST and _AUXILIARY_BEFORE.search(text, max(0, start - 40), start) is not None
        denied = (low in DENIABLE or perfect) and press and denied_subject(text, start)  # ``No one has commented``
        if negation is not None or denied:  # ``None of them responded to requests``
            kind, first = NO_RESPONSE, start if negation is None else negation
            if low in COMMENT_VERBS:
                kind = DECLINED  # ``has not commented``
        elif not known:
            return None
    elif low in _NEGATABLE:
        declined = _declined_at(text, start, end, low)
        if declined is not None:  # ``would not say``, ``did not elaborate``: the source declined to speak
            kind, first = DECLINED, declined
            flags &= ~Frame.PARTICIPLE  # the verb of its clause, read as ``declined`` is
        elif low in NEGATED_SAYING and unanswered(text, end) and denied_subject(text, start):
            kind = DECLINED  # ``Neither side said when``
        elif not known:
            return None  # ``specified``: a verb of speech only when negated
    elif not known:
        return None
    elif flags & Frame.RAISING and (
        infinitive_after(text, end)
        or (_TO_REACHED.match(text, end) and not _TO_HEARER.match(text, end) and not quote_then_subject(text, start))
    ):
        return None  # ``a request estimated to save an hour``, ``reported to the base``; not ``reported to X that``
    elif flags & Frame.QUESTION and not (
        asks(text, end, doubt=flags & (Frame.DOUBT | Frame.BASE) == Frame.DOUBT) or quote_then_subject(text, start)
    ):
        return None  # ``Gallup first asked the question in 1976``, ``questioned the driver``
    elif flags & Frame.PERFECT and _AUXILIARY_BEFORE.search(text, max(0, start - 40), start) is None:
        return None  # ``rules written to``: a participle alone modifies a noun
    elif flags & Frame.TOPIC:
        topic = topic_end(text, end, on_topic=bool(flags & Frame.ON_TOPIC))
        if topic is None:
            return None  # ``spoke at the rally``: no speech reported
        end = topic  # ``spoke to CNN about``: the cue runs to its topic
    return Cue(first, end, word, kind=kind, flags=flags, word_end=word_end)


def _declined_at(text: str, start: int, end: int, low: str) -> int | None:
    """Where the negation starts that makes the verb ``low`` at ``start`` a refusal to speak
    (``would not say``, ``did not elaborate``, ``isn't saying whether``), or None: none stands
    before it, ``saying`` asks nothing (``is not saying goodbye``), or the verb is a passive
    participle (``The price was not disclosed``, ``will not be disclosed``)."""
    negation = negation_start(text, start)
    if negation is None:
        return None
    if low.endswith("ing"):
        return None if low in NEGATED_SAYING and not asks(text, end) else negation
    helpers = {word.removesuffix("n't").removesuffix("n\u2019t") for word in text[negation:start].lower().split()}
    return negation if BE_FORMS.isdisjoint(helpers) else None
