"""Verbs: every verb that can report speech or a finding, one entry each, with the syntax it needs.

A :class:`ReportingVerb` lists a verb's four forms (base, third person, past, ``-ing``; ``-``
where English has none in this use) and its frames, the syntax each tense needs before
the form counts as a cue (:class:`Frame`). Every module that needs a verb form reads
:data:`REPORTING_VERBS`: the cue finder, the label reader (a colon phrase with a reporting
verb is a lead-in, not a label) and the participle rule. To add a verb, add one line here.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from newsdoc._parse.lexicon.words import words

__all__ = [
    "DECLINE_COMPLEMENTS",
    "DECLINE_VERBS",
    "LIST_VERBS",
    "NO_RESPONSE_WORDS",
    "REPORTING_VERBS",
    "Frame",
    "ReportingVerb",
]


class Frame:
    """Bits that say what a verb form needs around it before it counts as a cue.

    Plain ``int`` bits rather than an ``enum.IntFlag``, so the cue table holds plain ints.
    """

    NONE: Final = 0
    INVERT: Final = 1
    """The source may follow the verb: ``," said Brian Moynihan``."""
    QUOTE: Final = 2
    """The verb reports speech only with a quote in its clause: ``called it "a mistake"``."""
    COMPLEMENT: Final = 4
    """The verb needs ``that``, a quote or the end of its clause after it: ``he added.``, not ``added jobs``."""
    NOUNLIKE: Final = 8
    """The form is also a plural noun (``reports``, ``estimates``): its source must open with a
    determiner or a capital."""
    PARTICIPLE: Final = 16
    """An ``-ing`` form, a cue only after a comma or ``and``; its source is the sentence's subject."""
    BASE: Final = 32
    """The plain form, which agrees only with a plural source: ``officials say``."""
    FINDING: Final = 64
    """A verb of finding (``found``, ``estimates``): it credits facts, not words, so it gives no
    speaker to a fragment quoted in its sentence."""
    OBJECT: Final = 128
    """The verb takes the person told as its object, which belongs to the cue: ``told Axios``."""
    RAISING: Final = 256
    """The past form also raises a subject (``a request estimated to save``): followed by ``to``
    and a verb, it reports nobody."""
    QUESTION: Final = 1024
    """The verb reports a question or a request: it counts only where one follows (``asked
    whether``, ``asked for``) or its clause ends, not in ``asked the question in 1976``."""
    PLAIN: Final = 512
    """One of the plain verbs of saying (``said``, ``told``, ``wrote``, ``added``, ``asked``),
    which reports speech after ``and`` with nothing after it."""


_I, _Q, _C, _N = Frame.INVERT, Frame.QUOTE, Frame.COMPLEMENT, Frame.NOUNLIKE
_0 = Frame.NONE


class ReportingVerb(NamedTuple):
    """A verb that reports speech or a finding, and the syntax each of its forms needs."""

    forms: str
    """Base, third person, past and ``-ing`` form, separated by spaces; ``-`` for none."""
    present: int
    """The frames of the third-person form (the base form takes them too, never ``INVERT``)."""
    past: int
    """The frames of the past form."""
    participle: bool = False
    """Whether the ``-ing`` form reports speech on its own (``..., saying that``). Otherwise it
    is a cue only where the verb needs a quote anyway (``calling it "..."``)."""
    kind: int = Frame.NONE
    """Frames of the verb in every form (``FINDING``, ``OBJECT``, ``PLAIN``, ``QUESTION``) and
    ``RAISING``, which concerns its past form."""


_F, _O, _P, _R = Frame.FINDING, Frame.OBJECT, Frame.PLAIN, Frame.RAISING

REPORTING_VERBS: tuple[ReportingVerb, ...] = (
    ReportingVerb("say says said saying", _I, _I, participle=True, kind=_P),
    ReportingVerb("tell tells told telling", _0, _0, participle=True, kind=_O | _P),
    ReportingVerb("add adds added adding", _I | _C, _I | _C, participle=True, kind=_P),
    ReportingVerb("write writes wrote writing", _I, _I, participle=True, kind=_P),
    ReportingVerb("note notes noted noting", _I | _N, _I, participle=True),
    ReportingVerb("ask asks asked asking", _I, _I, participle=True, kind=_P | Frame.QUESTION),
    ReportingVerb("suggest suggests suggested suggesting", _I, _I, participle=True),
    ReportingVerb("explain explains explained explaining", _I, _I, participle=True),
    ReportingVerb("warn warns warned warning", _I, _I, participle=True),
    ReportingVerb("argue argues argued arguing", _I, _I, participle=True),
    ReportingVerb("insist insists insisted insisting", _I, _I, participle=True),
    ReportingVerb("predict predicts predicted predicting", _I, _I, participle=True),
    ReportingVerb("claim claims claimed claiming", _I | _N, _I, participle=True),
    ReportingVerb("recall recalls recalled recalling", _I | _C, _I | _C),
    ReportingVerb("remark remarks remarked remarking", _I | _N, _I),
    ReportingVerb("- states stated -", _N, _0),
    ReportingVerb("reveal reveals revealed revealing", _0, _0, kind=_F),
    ReportingVerb("posit posits posited positing", _0, _0),
    ReportingVerb("dispute disputes disputed disputing", _0, _0),
    ReportingVerb("deny denies denied denying", _0, _0),
    ReportingVerb("reiterate reiterates reiterated reiterating", _0, _0),
    ReportingVerb("continue continues continued -", _I | _Q, _I | _Q),
    ReportingVerb("stress stresses stressed stressing", _0, _0),
    ReportingVerb("emphasize emphasizes emphasized emphasizing", _0, _0),
    ReportingVerb("emphasise emphasises emphasised emphasising", _0, _0),
    ReportingVerb("concede concedes conceded conceding", _I, _I, participle=True),
    ReportingVerb("acknowledge acknowledges acknowledged acknowledging", _0, _0, participle=True),
    ReportingVerb("admit admits admitted admitting", _0, _0, participle=True),
    ReportingVerb("confirm confirms confirmed confirming", _0, _0, participle=True),
    ReportingVerb("declare declares declared declaring", _0, _0, participle=True),
    ReportingVerb("announce announces announced announcing", _C, _C),
    ReportingVerb("disclose discloses disclosed disclosing", _0, _0),
    ReportingVerb("report reports reported reporting", _C | _N, _0, kind=_R),
    ReportingVerb("post posts posted posting", _C | _N, _C),
    ReportingVerb("tweet tweets tweeted tweeting", _C | _N, _C),
    ReportingVerb("contend contends contended contending", _0, _0, participle=True),
    ReportingVerb("assert asserts asserted asserting", _0, _0, participle=True),
    ReportingVerb("caution cautions cautioned cautioning", _I, _I, participle=True),
    ReportingVerb("advise advises advised advising", _0, _0),
    ReportingVerb("recommend recommends recommended recommending", _0, _0),
    ReportingVerb("allege alleges alleged alleging", _0, _0),
    ReportingVerb("testify testifies testified testifying", _0, _0),
    ReportingVerb("quote quotes quoted quoting", _N, _0, kind=_R),
    ReportingVerb("find finds found finding", _0, _0, kind=_F | _R),
    ReportingVerb("estimate estimates estimated estimating", _N, _0, kind=_F | _R),
    ReportingVerb("conclude concludes concluded concluding", _0, _0, kind=_F),
    ReportingVerb("forecast forecasts forecasted forecasting", _N, _0, kind=_F | _R),
    ReportingVerb("call calls called calling", _Q | _N, _Q),
    ReportingVerb("describe describes described describing", _Q, _Q),
    ReportingVerb("dub dubs dubbed dubbing", _Q, _Q),
    ReportingVerb("label labels labeled labeling", _Q | _N, _Q),
    ReportingVerb("slam slams slammed slamming", _Q, _Q),
    ReportingVerb("blast blasts blasted blasting", _Q, _Q),
    ReportingVerb("praise praises praised praising", _Q | _N, _Q),
    ReportingVerb("hail hails hailed hailing", _Q, _Q),
    ReportingVerb("tout touts touted touting", _Q, _Q),
    ReportingVerb("dismiss dismisses dismissed dismissing", _Q, _Q),
    ReportingVerb("boast boasts boasted boasting", _Q, _Q),
    ReportingVerb("vow vows vowed vowing", _Q, _Q),
    ReportingVerb("promise promises promised promising", _Q | _N, _Q),
    ReportingVerb("decry decries decried decrying", _Q, _Q),
    ReportingVerb("criticize criticizes criticized criticizing", _Q, _Q),
    ReportingVerb("reply replies replied replying", _I | _Q, _I | _Q),
    ReportingVerb("point points pointed pointing", _Q | _N, _Q),
    ReportingVerb("respond responds responded responding", _Q, _Q),
)
"""Every verb that reports speech or a finding."""

DECLINE_VERBS: frozenset[str] = words("declined refused")
"""Verbs of refusing that, with ``to comment`` or the like, report that a source said nothing."""

DECLINE_COMPLEMENTS: tuple[str, ...] = (
    "comment",
    "discuss",
    "elaborate",
    "say",
    "answer",
    "provide",
    "specify",
    "confirm",
    "respond",
    "give",
    "be interviewed",
)
"""What a source declines to do when it declines to speak: ``declined to comment``."""

NO_RESPONSE_WORDS: frozenset[str] = words("respond responded reply replied reached available comment return returned")
"""Words that, negated, say a source did not answer: ``did not respond``, ``could not be reached``."""

LIST_VERBS: frozenset[str] = words("include includes including")
"""Verbs that introduce a list after a colon: ``Highlights include:``."""
