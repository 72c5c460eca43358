"""The record of a reporting verb and the frames that say what each of its forms needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["Frame", "ReportingVerb"]


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
    REQUEST: Final = 32768
    """The verb reports a request before ``for`` or before ``on`` with an object and ``to``, as
    well as with what its other frames allow: ``called for a vote``, ``called on Congress to act``."""
    PERFECT: Final = 65536
    """A past participle that differs from the past (``written``, ``shown``): a cue only after a
    form of ``have`` or ``be`` (``has shown``, ``was written by``), not alone (``rules written to``)."""
    NAMING: Final = 131072
    """The verb reports a judgment with an object and a predicate noun after it, as well as with
    what its other frames allow: ``called the plan a mistake``, ``labeled him a liar``."""
    DIRECTIVE: Final = 262144
    """The verb reports a directive with its object, ``to`` and a verb after it, as well as with
    what its other frames allow: ``encouraged voters to register``, ``begged him to stay``."""
    JUDGING: Final = 524288
    """The verb reports a judgment with its object and ``for`` or ``as`` after it, as well as with
    what its other frames allow: ``criticized the mayor for the delay``, ``praised the crews for
    their work``, ``blasted the plan as reckless``."""
    TOPIC: Final = 8192
    """The verb reports speech only with its topic after it (``spoke about``, ``talked of``), not
    alone (``spoke at the rally``)."""
    ADJACENT: Final = 2097152
    """With ``QUOTE``: the quote must stand right before the verb or right after it (past a
    comma, a colon or an adverb): ``"Why now?" she wondered``, ``mused aloud: "..."``; not one
    later in the clause (``scoffed at the "reform" label``, ``pleaded guilty to "fraud"``)."""
    DOUBT: Final = 1048576
    """The verb also voices a doubt about what its object names, where that is no person:
    ``questioned the plan's cost``, ``questioned the wisdom of it``, not ``questioned the driver``."""
    WORK_OBJECT: Final = 4194304
    """With an object and no clause after it, the verb credits only a work or an organisation
    (``the poll found broad support``, ``the court found the rule unlawful``), not a person
    (``Clinton found ways to``, ``he projects confidence``); with a clause or a figure, any
    source (``investigators found that``, ``economists projected growth of 2 percent``)."""
    GRANT: Final = 8388608
    """The verb also refuses or grants a thing, which its object names: ``denied bail``, ``denied
    the request``, ``denied him entry``; then it reports nothing (``denied the charges`` does)."""
    ON_TOPIC: Final = 16777216
    """The verb takes its topic after ``on`` too (``commented on the plan``, ``lectured on
    ethics``), where ``on`` after another verb of speech tells a time, a medium or a place
    (``spoke on Tuesday``, ``on CNN``, ``on the Senate floor``)."""


_I, _Q, _C, _N = Frame.INVERT, Frame.QUOTE, Frame.COMPLEMENT, Frame.NOUNLIKE
_0 = Frame.NONE


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """A verb that reports speech or a finding, and the syntax each of its forms needs."""

    forms: str
    """Base, third person, past and ``-ing`` form, separated by spaces (``-`` for none), and a
    fifth, the past participle, where it differs from the past: ``speak speaks spoke speaking
    spoken``. The participle takes the past form's frames but inversion (``has spoken about``)."""
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
    particle: str = ""
    """The particle a phrasal verb needs right after it to report speech (``out`` in ``pointed
    out``); empty for a verb that stands alone."""
