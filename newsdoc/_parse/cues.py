"""Cues: the words that mark reported speech and sourcing.

A cue is a verb of saying or writing (``said``, ``told``, ``wrote``), a verb of finding
(``found``, ``estimates``), ``according to``, ``per``, ``declined to comment`` or a
negated ``respond`` (``did not immediately respond``). The table says, for every form,
what the form needs around it before it counts:

- ``INVERT``: the source may follow it (``," said Brian Moynihan``);
- ``QUOTE``: it reports speech only with a quote in its clause (``called it "a mistake"``);
- ``COMPLEMENT``: it needs ``that``, a quote or the end of the clause after it
  (``he added.``, not ``the company added jobs``);
- ``NOUNLIKE``: the form is also a plural noun (``reports``, ``estimates``), so its source
  must open with a determiner or a capital;
- ``PARTICIPLE``: an ``-ing`` form, a cue only after a comma or ``and``
  (``..., saying that``), whose source is the subject of the sentence;
- ``BASE``: the plain form, which agrees only with a plural source (``officials say``);
- ``FINDING``: a verb of finding (``found``, ``estimates``), which credits facts rather
  than words, so it gives no speaker to a fragment quoted in its sentence.

All cue words of a text are found with one split of the text and one set lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon import words

__all__ = ["CUE_FORMS", "Cue", "CueFlag", "find_all_cues", "find_cues"]


class CueFlag:
    """Bits that say what a cue form needs around it; see the module docstring.

    Plain ``int`` bits rather than an ``enum.IntFlag``: they are tested for every cue, and
    arithmetic on enum members is several times slower.
    """

    NONE: Final = 0
    INVERT: Final = 1
    QUOTE: Final = 2
    COMPLEMENT: Final = 4
    NOUNLIKE: Final = 8
    PARTICIPLE: Final = 16
    BASE: Final = 32
    FINDING: Final = 64


_I, _Q, _C, _N, _P = CueFlag.INVERT, CueFlag.QUOTE, CueFlag.COMPLEMENT, CueFlag.NOUNLIKE, CueFlag.PARTICIPLE


def _verb(forms: str, present: int, past: int) -> dict[str, int]:
    """The four forms ``base third-person past participle`` of a verb (``-`` for none) and their flags.

    The base form is never inverted (``say officials`` is not English); the ``-ing`` form is
    a participle that keeps the past form's needs for a quote or a complement.
    """
    base, third, done, ing = forms.split()
    table = {base: (present & ~_I) | CueFlag.BASE, third: present, done: past, ing: _P | (past & (_Q | _C))}
    return {form: flags for form, flags in table.items() if form != "-"}


_SAY: dict[str, int] = {}
for _forms, _third, _past in (
    ("say says said saying", _I, _I),
    ("tell tells told telling", CueFlag.NONE, CueFlag.NONE),
    ("add adds added adding", _I | _C, _I | _C),
    ("write writes wrote writing", _I, _I),
    ("note notes noted noting", _I | _N, _I),
    ("ask asks asked asking", _I, _I),
    ("suggest suggests suggested suggesting", _I, _I),
    ("explain explains explained explaining", _I, _I),
    ("warn warns warned warning", _I, _I),
    ("argue argues argued arguing", _I, _I),
    ("insist insists insisted insisting", _I, _I),
    ("predict predicts predicted predicting", _I, _I),
    ("claim claims claimed claiming", _I | _N, _I),
    ("recall recalls recalled recalling", _I, _I),
    ("remark remarks remarked remarking", _I | _N, _I),
    ("- states stated -", _N, CueFlag.NONE),
    ("reveal reveals revealed revealing", CueFlag.NONE, CueFlag.NONE),
    ("dispute disputes disputed disputing", CueFlag.NONE, CueFlag.NONE),
    ("deny denies denied denying", CueFlag.NONE, CueFlag.NONE),
    ("reiterate reiterates reiterated reiterating", CueFlag.NONE, CueFlag.NONE),
    ("continue continues continued -", _I | _Q, _I | _Q),
    ("stress stresses stressed stressing", CueFlag.NONE, CueFlag.NONE),
    ("emphasize emphasizes emphasized emphasizing", CueFlag.NONE, CueFlag.NONE),
    ("emphasise emphasises emphasised emphasising", CueFlag.NONE, CueFlag.NONE),
    ("concede concedes conceded conceding", _I, _I),
    ("acknowledge acknowledges acknowledged acknowledging", CueFlag.NONE, CueFlag.NONE),
    ("admit admits admitted admitting", CueFlag.NONE, CueFlag.NONE),
    ("confirm confirms confirmed confirming", CueFlag.NONE, CueFlag.NONE),
    ("declare declares declared declaring", CueFlag.NONE, CueFlag.NONE),
    ("announce announces announced announcing", _C, _C),
    ("disclose discloses disclosed disclosing", CueFlag.NONE, CueFlag.NONE),
    ("report reports reported reporting", _C | _N, _C),
    ("post posts posted posting", _C | _N, _C),
    ("tweet tweets tweeted tweeting", _C | _N, _C),
    ("contend contends contended contending", CueFlag.NONE, CueFlag.NONE),
    ("assert asserts asserted asserting", CueFlag.NONE, CueFlag.NONE),
    ("caution cautions cautioned cautioning", _I, _I),
    ("advise advises advised advising", CueFlag.NONE, CueFlag.NONE),
    ("recommend recommends recommended recommending", CueFlag.NONE, CueFlag.NONE),
    ("allege alleges alleged alleging", CueFlag.NONE, CueFlag.NONE),
    ("testify testifies testified testifying", CueFlag.NONE, CueFlag.NONE),
    ("quote quotes quoted quoting", _N, CueFlag.NONE),
    ("find finds found finding", CueFlag.NONE, CueFlag.NONE),
    ("estimate estimates estimated estimating", _N, CueFlag.NONE),
    ("conclude concludes concluded concluding", CueFlag.NONE, CueFlag.NONE),
    ("forecast forecasts forecasted forecasting", _N, CueFlag.NONE),
    ("call calls called calling", _Q | _N, _Q),
    ("describe describes described describing", _Q, _Q),
    ("dub dubs dubbed dubbing", _Q, _Q),
    ("label labels labeled labeling", _Q | _N, _Q),
    ("slam slams slammed slamming", _Q, _Q),
    ("blast blasts blasted blasting", _Q, _Q),
    ("praise praises praised praising", _Q | _N, _Q),
    ("hail hails hailed hailing", _Q, _Q),
    ("tout touts touted touting", _Q, _Q),
    ("dismiss dismisses dismissed dismissing", _Q, _Q),
    ("boast boasts boasted boasting", _Q, _Q),
    ("vow vows vowed vowing", _Q, _Q),
    ("promise promises promised promising", _Q | _N, _Q),
    ("decry decries decried decrying", _Q, _Q),
    ("criticize criticizes criticized criticizing", _Q, _Q),
    ("reply replies replied replying", _I | _Q, _I | _Q),
    ("point points pointed pointing", _Q | _N, _Q),
    ("respond responds responded responding", _Q, _Q),
):
    _SAY.update(_verb(_forms, _third, _past))

# Participles that report speech on their own (``..., saying that``); the others
# (``emphasizing risk``, ``finding``) are not cues unless they need a quote anyway.
_SPEECH_PARTICIPLES = words(
    "saying telling adding noting writing arguing warning claiming insisting explaining asking suggesting "
    "predicting acknowledging admitting conceding cautioning declaring confirming asserting contending"
)
for _form, _flags in list(_SAY.items()):
    if _flags & _P and not _flags & _Q and _form not in _SPEECH_PARTICIPLES:
        del _SAY[_form]

for _form in words(
    "find finds found estimate estimates estimated conclude concludes concluded forecast forecasts "
    "reveal reveals revealed"
):
    _SAY[_form] |= CueFlag.FINDING

CUE_FORMS: dict[str, int] = _SAY
"""Every verb form that can cue reported speech, with what it needs around it."""

_SPECIAL = (
    "according",
    "per",
    "Per",
    "According",
    "declined",
    "refused",
    "reached",
    "available",
    "comment",
    "return",
    "returned",
)
# A sentence may open with an inverted verb: ``Said a second U.S. official: "..."``.
_OPENING_FORMS = {form.capitalize(): form for form, flags in CUE_FORMS.items() if flags & CueFlag.INVERT}
_WORDS = frozenset((*CUE_FORMS, *_SPECIAL, *_OPENING_FORMS))
# Cue words are found by splitting the text at white space and intersecting the pieces
# with this set (both run in C): every cue word, bare or with the punctuation that may
# stick to it. A regular expression with hundreds of alternatives tries each of them at
# every word and is several times slower.
_CLOSERS = ("", ",", ".", ":", ";", ")", "?", "!", '"', "\u201d", ',"', '."', ",\u201d", ".\u201d", "\u2014")
_OPENERS = ("", "(", '"', "\u201c", "\u2014")
_PIECES: dict[str, tuple[str, int]] = {
    opener + word + closer: (word, len(opener)) for word in _WORDS for opener in _OPENERS for closer in _CLOSERS
}
_PIECE_SET = frozenset(_PIECES)
_TO = re.compile(r"\s+to\b")
_DECLINED_TO = re.compile(
    r"\s+(?:to\s+(?:comment|discuss|elaborate|say|answer|provide|specify|confirm|respond|give|be\s+interviewed)|comment)\b"
)
# A negation just before ``respond``, ``reply``, ``return``, ``comment``, ``reached`` or ``available``.
_NEGATED = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|could|would|was|were|is|are)(?:\s+not|n[’']t)|\bcannot)"
    r"(?:\s+(?:immediately|yet|be|been|otherwise))*\s+\Z"
)
_RAISING = frozenset(("estimated", "reported", "projected", "forecast", "forecasted", "found", "quoted", "expected"))
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
_ASK = frozenset(("ask", "asks", "asked"))
# What ``asked`` reports: a question (``whether``, ``if``, ``how``...), a request (``for``,
# ``to``) or speech (a quote, a colon, the end of the clause), within a few words.
_ASKED_WHAT = re.compile(
    r"\s*(?:[,.:;?!\"“”—]|\Z)"
    r"|(?:\s+[\w.'’-]+){0,6}?\s+(?:whether|if|why|how|what|when|who|where|which|for|to|about)\b"
)
_FOR_COMMENT = re.compile(r"\s+for\s+(?:a\s+)?comment")
_NEGATABLE = frozenset(
    ("respond", "responded", "reply", "replied", "reached", "available", "comment", "return", "returned")
)
_NUMBER_AFTER = re.compile(
    r"\s+(?:\$?\d|cent\b|capita\b|se\b|hour\b|day\b|week\b|month\b|year\b|person\b|share\b|unit\b|million\b|billion\b|trillion\b|thousand\b|hundred\b|mile\b|gallon\b|barrel\b|ton\b|pound\b|user\b|vote\b|head\b|game\b|episode\b|order\b|request\b|minute\b|second\b|annum\b|kilowatt)"
)


class Cue:
    """A cue word found in a paragraph, with the span of the whole cue."""

    __slots__ = ("end", "flags", "kind", "start", "word", "word_end")

    def __init__(self, start: int, end: int, word: str, *, kind: AttributionKind, flags: int, word_end: int) -> None:
        self.start = start
        """Offset of the first character of the cue."""
        self.end = end
        """One past the cue (``according to``, ``declined to comment``)."""
        self.word = word
        """The cue word as written."""
        self.kind = kind
        """What the cue says about its source."""
        self.flags = flags
        """What the form needs around it."""
        self.word_end = word_end
        """One past the cue word itself."""

    def __repr__(self) -> str:
        return f"Cue({self.word!r}, {self.start}, {self.kind.value})"


def find_cues(text: str) -> list[Cue]:
    """Every cue in ``text``, in order.

    >>> [(c.word, c.kind.value) for c in find_cues("Per Axios, X declined to comment and Y did not respond.")]
    [('Per', 'according_to'), ('declined', 'declined'), ('respond', 'no_response')]
    """
    found = _PIECE_SET.intersection(text.split())
    return _cues_at(text, found) if found else []


def find_all_cues(texts: Sequence[str]) -> list[list[Cue]]:
    """The cues of every paragraph.

    >>> [[c.word for c in row] for row in find_all_cues(["He said so.", "No cue.", "Per the study."])]
    [['said'], [], ['Per']]
    """
    out: list[list[Cue]] = []
    for text in texts:
        found = _PIECE_SET.intersection(text.split())
        out.append(_cues_at(text, found) if found else [])
    return out


def _cues_at(text: str, found: set[str]) -> list[Cue]:
    """The cues of ``text``, given the white-space separated pieces of it that hold a cue word."""
    places: list[tuple[int, str]] = []
    last = len(text)
    for piece in found:
        word, skip = _PIECES[piece]
        at = text.find(piece)
        while at >= 0:
            end = at + len(piece)
            if (at == 0 or text[at - 1].isspace()) and (end == last or text[end].isspace()):
                places.append((at + skip, word))  # a whole piece between white space
            at = text.find(piece, at + 1)
    places.sort()
    cues = (_read_cue(text, at, word) for at, word in places)
    return [cue for cue in cues if cue is not None]


def _read_cue(text: str, start: int, word: str) -> Cue | None:
    """The cue that the word at ``start`` opens, or None where the context rules it out."""
    first = start
    end = word_end = start + len(word)
    low = word.lower()
    form = _OPENING_FORMS.get(word, word)
    flags = CUE_FORMS.get(form, CueFlag.NONE)
    kind = AttributionKind.SAID
    if low == "according":
        t = _TO.match(text, end)
        if t is None:
            return None
        kind, end = AttributionKind.ACCORDING_TO, t.end()
    elif low == "per":
        if _NUMBER_AFTER.match(text, end) is not None:
            return None
        kind = AttributionKind.ACCORDING_TO
    elif low in ("declined", "refused"):
        t = _DECLINED_TO.match(text, end)
        if t is None:
            return None
        kind, end = AttributionKind.DECLINED, t.end()
    elif low in _NEGATABLE:
        if low == "available" and _FOR_COMMENT.match(text, end) is None:
            return None
        negation = _NEGATED.search(text, max(0, start - 40), start)
        if negation is not None:
            kind, first = AttributionKind.NO_RESPONSE, negation.start()
            if low == "comment":
                kind = AttributionKind.DECLINED
        elif form not in CUE_FORMS:
            return None
    elif form not in CUE_FORMS:
        return None
    elif word in _RAISING and _TO_VERB.match(text, end) is not None:
        return None  # ``a request estimated to save an hour``: not a cue
    elif low in _ASK and _ASKED_WHAT.match(text, end) is None:
        return None  # ``Gallup first asked the question in 1976``
    return Cue(first, end, word, kind=kind, flags=flags, word_end=word_end)
