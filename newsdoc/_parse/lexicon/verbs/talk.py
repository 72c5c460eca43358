"""Verbs of talking (Levin 37.5 talk, 37.6 chitchat, 37.11 lecture): speech with their topic.

``spoke about the plan``, ``railed against the deal``, ``lectured on ethics`` report speech;
``spoke at the rally`` and ``chatted for an hour`` do not say what was said. Each takes the
topic frame; those whose topic may follow ``on`` take ``ON_TOPIC`` too (not ``speak``, whose
``on`` is as often a time, a medium or a condition: ``spoke on Tuesday``, ``spoke on CNN``,
``spoke on condition of anonymity``).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.verbs.frames import Frame, ReportingVerb

__all__ = ["TALK_VERBS"]

_N, _T, _ON = Frame.NOUNLIKE, Frame.TOPIC, Frame.ON_TOPIC
_0 = Frame.NONE

TALK_VERBS: Final[tuple[ReportingVerb, ...]] = (
    ReportingVerb("speak speaks spoke speaking spoken", _0, _0, kind=_T),
    ReportingVerb("talk talks talked talking", _N, _0, kind=_T),
    ReportingVerb("chat chats chatted chatting", _N, _0, kind=_T),
    ReportingVerb("chatter chatters chattered chattering", _0, _0, kind=_T),
    ReportingVerb("chitchat chitchats chitchatted chitchatting", _0, _0, kind=_T),
    ReportingVerb("confer confers conferred conferring", _0, _0, kind=_T),
    ReportingVerb("converse converses conversed conversing", _0, _0, kind=_T),
    ReportingVerb("gab gabs gabbed gabbing", _0, _0, kind=_T),
    ReportingVerb("gossip gossips gossiped gossiping", _N, _0, kind=_T),
    ReportingVerb("palaver palavers palavered palavering", _0, _0, kind=_T),
    ReportingVerb("schmooze schmoozes schmoozed schmoozing", _0, _0, kind=_T),
    ReportingVerb("yak yaks yakked yakking", _0, _0, kind=_T),
    ReportingVerb("debate debates debated debating", _N, _0, kind=_T),
    ReportingVerb("dwell dwells dwelled dwelling dwelt", _0, _0, kind=_T),
    ReportingVerb("lecture lectures lectured lecturing", _N, _0, kind=_T | _ON),
    ReportingVerb("moralize moralizes moralized moralizing", _0, _0, kind=_T),
    ReportingVerb("pontificate pontificates pontificated pontificating", _0, _0, kind=_T),
    ReportingVerb("rhapsodize rhapsodizes rhapsodized rhapsodizing", _0, _0, kind=_T),
    ReportingVerb("rail rails railed railing", _N, _0, kind=_T),
    ReportingVerb("spar spars sparred sparring", _0, _0, kind=_T),
    ReportingVerb("expound expounds expounded expounding", _0, _0, kind=_T | _ON),
)
"""Verbs of talking, one entry each."""
