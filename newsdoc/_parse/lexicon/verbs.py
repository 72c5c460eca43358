"""Verbs: every verb that can report speech or a finding, one entry each, with the syntax it needs.

A :class:`ReportingVerb` lists a verb's four forms (base, third person, past, ``-ing``; ``-``
where English has none in this use) and its frames, the syntax each tense needs before
the form counts as a cue (:class:`Frame`). Every module that needs a verb form reads
:data:`REPORTING_VERBS`: the cue finder, the label reader (a colon phrase with a reporting
verb is a lead-in, not a label) and the participle rule. To add a verb, add one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "COMMENT_NOUNS",
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
    WORK_SUBJECT: Final = 2048
    """The verb credits a source only when its subject is a work or a body of findings (``the
    poll shows``, ``data indicate``), not a person (``Trump showed up``)."""
    PLAIN: Final = 512
    """One of the plain verbs of saying (``said``, ``told``, ``wrote``, ``added``, ``asked``),
    which reports speech after ``and`` with nothing after it."""
    PROGRESSIVE: Final = 4096
    """An ``-ing`` form that is a cue only after a form of ``be`` (``is proposing``), not as a
    participle of its own (``a chart outlining the costs``)."""
    INFINITIVE: Final = 16384
    """The verb reports a commitment with ``to`` and a verb after it, as well as with what its
    other frames allow: ``pledged to oppose``, ``vowed to fight``, ``threatened to veto``."""
    TOPIC: Final = 8192
    """The verb reports speech only with its topic after it (``spoke about``, ``talked of``), not
    alone (``spoke at the rally``)."""


_I, _Q, _C, _N = Frame.INVERT, Frame.QUOTE, Frame.COMPLEMENT, Frame.NOUNLIKE
_0 = Frame.NONE


@dataclass(frozen=True, slots=True)
class ReportingVerb:
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


_F, _O, _P, _R, _W = Frame.FINDING, Frame.OBJECT, Frame.PLAIN, Frame.RAISING, Frame.WORK_SUBJECT

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
    ReportingVerb("announce announces announced announcing", _0, _0),
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
    ReportingVerb("vow vows vowed vowing", _Q, _Q, kind=Frame.INFINITIVE),
    ReportingVerb("promise promises promised promising", _Q | _N, _Q, kind=Frame.INFINITIVE),
    ReportingVerb("threaten threatens threatened threatening", _Q, _Q, kind=Frame.INFINITIVE),
    ReportingVerb("swear swears swore swearing", _Q, _Q, kind=Frame.INFINITIVE),
    ReportingVerb("decry decries decried decrying", _Q, _Q),
    ReportingVerb("criticize criticizes criticized criticizing", _Q, _Q),
    ReportingVerb("reply replies replied replying", _I | _Q, _I | _Q),
    ReportingVerb("point points pointed pointing", _Q | _N, _Q),
    ReportingVerb("respond responds responded responding", _Q, _Q),
    # Verbs of speaking and of manner of speaking: with a clause, a quote or at the end of it.
    ReportingVerb("comment comments commented commenting", _N | _C, _I | _C),
    ReportingVerb("observe observes observed observing", _I | _C, _I | _C),
    ReportingVerb("mention mentions mentioned mentioning", _0, _0),
    ReportingVerb("repeat repeats repeated repeating", _C, _C),
    ReportingVerb("recount recounts recounted recounting", _I | _C, _I | _C),
    ReportingVerb("relate relates related relating", _C, _C),
    ReportingVerb("proclaim proclaims proclaimed proclaiming", _I | _C, _I | _C),
    ReportingVerb("exclaim exclaims exclaimed exclaiming", _I | _C, _I | _C),
    ReportingVerb("joke jokes joked joking", _I | _C | _N, _I | _C, participle=True),
    ReportingVerb("quip quips quipped quipping", _I | _C | _N, _I | _C, participle=True),
    ReportingVerb("jest jests jested jesting", _I | _C, _I | _C),
    ReportingVerb("retort retorts retorted retorting", _I | _C, _I | _C),
    ReportingVerb("counter counters countered countering", _I | _C | _N, _I | _C),
    ReportingVerb("interject interjects interjected interjecting", _I | _C, _I | _C),
    ReportingVerb("shout shouts shouted shouting", _I | _C | _N, _I | _C),
    ReportingVerb("yell yells yelled yelling", _I | _C, _I | _C),
    ReportingVerb("scream screams screamed screaming", _I | _C | _N, _I | _C),
    ReportingVerb("holler hollers hollered hollering", _I | _C, _I | _C),
    ReportingVerb("bellow bellows bellowed bellowing", _I | _C, _I | _C),
    ReportingVerb("whisper whispers whispered whispering", _I | _C | _N, _I | _C),
    ReportingVerb("murmur murmurs murmured murmuring", _I | _C | _N, _I | _C),
    ReportingVerb("mutter mutters muttered muttering", _I | _C, _I | _C),
    ReportingVerb("mumble mumbles mumbled mumbling", _I | _C, _I | _C),
    ReportingVerb("stammer stammers stammered stammering", _I | _C, _I | _C),
    ReportingVerb("snap snaps snapped snapping", _I | _C, _I | _C),
    ReportingVerb("chant chants chanted chanting", _I | _Q | _N, _I | _Q),
    ReportingVerb("complain complains complained complaining", _I, _I, participle=True),
    ReportingVerb("grumble grumbles grumbled grumbling", _I, _I),
    ReportingVerb("gripe gripes griped griping", _I | _N, _I),
    ReportingVerb("brag brags bragged bragging", _I, _I, participle=True),
    ReportingVerb("lament laments lamented lamenting", _I | _C, _I | _C, participle=True),
    ReportingVerb("confess confesses confessed confessing", _C, _C),
    ReportingVerb("confide confides confided confiding", _C, _C),
    ReportingVerb("hint hints hinted hinting", _C | _N, _C),
    ReportingVerb("insinuate insinuates insinuated insinuating", _C, _C),
    ReportingVerb("intimate intimates intimated intimating", _C, _C),
    ReportingVerb("theorize theorizes theorized theorizing", _C, _C),
    ReportingVerb("speculate speculates speculated speculating", _C, _C),
    ReportingVerb("maintain maintains maintained maintaining", _C, _C),
    ReportingVerb("charge charges charged charging", _C | _N, _C),
    ReportingVerb("signal signals signaled signaling", _C | _N, _C),
    ReportingVerb("indicate indicates indicated indicating", _C, _C),
    ReportingVerb("verify verifies verified verifying", _C, _C),
    ReportingVerb("guarantee guarantees guaranteed guaranteeing", _C | _N, _C),
    ReportingVerb("inquire inquires inquired inquiring", _C, _C),
    ReportingVerb("read reads read reading", _C, _C),
    # Verbs of speech acts, with what was said as their object or after a preposition.
    ReportingVerb("accuse accuses accused accusing", _0, _0, participle=True),
    ReportingVerb("defend defends defended defending", _0, _0),
    ReportingVerb("question questions questioned questioning", _N, _0, kind=Frame.QUESTION),
    ReportingVerb("propose proposes proposed proposing", _0, _0),
    ReportingVerb("pledge pledges pledged pledging", _N | _C, _C, participle=True, kind=Frame.INFINITIVE),
    ReportingVerb("assure assures assured assuring", _0, _0),
    ReportingVerb("remind reminds reminded reminding", _0, _0),
    ReportingVerb("notify notifies notified notifying", _0, _0),
    ReportingVerb("instruct instructs instructed instructing", _0, _0),
    ReportingVerb("admonish admonishes admonished admonishing", _0, _0),
    ReportingVerb("preach preaches preached preaching", _Q, _Q),
    ReportingVerb("highlight highlights highlighted highlighting", _N, _0),
    ReportingVerb("outline outlines outlined outlining", _N, _0),
    ReportingVerb("summarize summarizes summarized summarizing", _0, _0),
    ReportingVerb("elaborate elaborates elaborated elaborating", _0, _0),
    ReportingVerb("voice voices voiced voicing", _N, _0),
    ReportingVerb("utter utters uttered uttering", _0, _0),
    ReportingVerb("condemn condemns condemned condemning", _0, _0),
    # Verbs of talking, which report speech with their topic: ``spoke about``, ``talked of``.
    ReportingVerb("speak speaks spoke speaking", _0, _0, kind=Frame.TOPIC),
    ReportingVerb("talk talks talked talking", _N, _0, kind=Frame.TOPIC),
    ReportingVerb("denounce denounces denounced denouncing", _0, _0),
    # Verbs of finding, credited only to a work or a body of findings.
    ReportingVerb("show shows showed showing", _0, _0, kind=_F | _W),
    ReportingVerb("demonstrate demonstrates demonstrated demonstrating", _0, _0, kind=_F | _W),
    ReportingVerb("illustrate illustrates illustrated illustrating", _0, _0, kind=_F | _W),
    ReportingVerb("project projects projected projecting", _N, _0, kind=_F | _R),
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

COMMENT_NOUNS: tuple[str, ...] = ("comment",)
"""Nouns for what a source is asked for and gives or declines: ``declined comment``, ``not
available for comment``."""

LIST_VERBS: frozenset[str] = words("include includes including")
"""Verbs that introduce a list after a colon: ``Highlights include:``."""
