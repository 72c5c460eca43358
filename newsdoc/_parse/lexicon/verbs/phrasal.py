"""Phrasal verbs of communication: a verb and the particle it needs right after it to report
speech (``pointed out that``, ``fired back``, ``chimed in``).

Without its particle the verb reports nothing (``fired the coach``, ``went home``), or reports
as its own entry in another table says (``pointed to the "mess"``). The cue runs through the
particle, and the frames apply to what follows it.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.verbs.frames import Frame, ReportingVerb

__all__ = ["PHRASAL_VERBS"]

_I, _Q, _C = Frame.INVERT, Frame.QUOTE, Frame.COMPLEMENT

PHRASAL_VERBS: Final[tuple[ReportingVerb, ...]] = (
    ReportingVerb("point points pointed pointing", _I | _C, _I | _C, participle=True, particle="out"),
    # ``"No," she fired back``: beside a quote only, for both also tell of gunfire (``the officer
    # fired back, striking``)
    ReportingVerb("fire fires fired firing", _I | _Q, _I | _Q, kind=Frame.ADJACENT, particle="back"),
    ReportingVerb("shoot shoots shot shooting", _I | _Q, _I | _Q, kind=Frame.ADJACENT, particle="back"),
    ReportingVerb("chime chimes chimed chiming", _I | _C, _I | _C, particle="in"),
    # ``weighed in on the plan``, ``sounded off on the referees``; not ``weighed in at 200 pounds``
    ReportingVerb("weigh weighs weighed weighing", _I | _C, _I | _C, particle="in", kind=Frame.ON_TOPIC),
    ReportingVerb("sound sounds sounded sounding", _I | _C, _I | _C, particle="off", kind=Frame.ON_TOPIC),
    ReportingVerb("spell spells spelled spelling", Frame.NONE, Frame.NONE, particle="out"),
    ReportingVerb("talk talks talked talking", Frame.NONE, Frame.NONE, particle="up"),  # ``talked up her plan``
    # ``as a memo put it``, ``She put it bluntly: "..."``: the particle is the pronoun (no ``-ing``
    # form: ``, putting it on track`` tells a result)
    ReportingVerb("put puts put -", _C, _C, particle="it"),
    # ``"We lost," she went on.``: going on is speaking only beside a quote (``went on to say``
    # is the verb of aspect before ``say``)
    ReportingVerb("go goes went - gone", _Q, _Q, kind=Frame.ADJACENT, particle="on"),
)
"""Every phrasal verb that reports speech, with the particle each needs."""
