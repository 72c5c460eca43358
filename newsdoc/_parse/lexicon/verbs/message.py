"""Verbs of passing on a message (Levin 37.1 transfer of a message, 37.2 tell, 37.4 instrument of
communication, 37.7 say, 37.9 advise), with the frames each needs to report speech in news.

Most report speech with what was said as their object or after ``that``; the ones whose
forms are common nouns (``cable``, ``wire``) or that name the means more than the message
(``phone``, ``radio``) need ``that`` or a quote; those that mostly mean something else in news
(``sign``, ``reach``, ``get``, ``go``, ``leak``, ``update``, ``venture``) are left out, and so are
those whose forms mostly modify a noun in a source phrase (``informed sources``, ``senior
counsel``, ``a consulting firm``, ``college-educated voters``, ``teaching assistants``, ``the
experts I interviewed``, ``a brief statement``).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.verbs.frames import Frame, ReportingVerb

__all__ = ["MESSAGE_VERBS"]

_I, _Q, _C, _N = Frame.INVERT, Frame.QUOTE, Frame.COMPLEMENT, Frame.NOUNLIKE
_0 = Frame.NONE

MESSAGE_VERBS: Final[tuple[ReportingVerb, ...]] = (
    # Transfer of a message and telling (37.1, 37.2).
    ReportingVerb("communicate communicates communicated communicating", _C, _C),
    ReportingVerb("corroborate corroborates corroborated corroborating", _0, _0),
    ReportingVerb("dictate dictates dictated dictating", _Q, _Q),
    ReportingVerb("elucidate elucidates elucidated elucidating", _0, _0),
    ReportingVerb("explicate explicates explicated explicating", _0, _0),
    ReportingVerb("justify justifies justified justifying", _Q, _Q),
    ReportingVerb("narrate narrates narrated narrating", _I | _C, _I | _C),
    ReportingVerb("pose poses posed posing", _Q, _Q),
    ReportingVerb("recap recaps recapped recapping", _N, _0),
    ReportingVerb("recite recites recited reciting", _Q, _Q),
    ReportingVerb("snitch snitches snitched snitching", _Q, _Q),
    ReportingVerb("enquire enquires enquired enquiring", _I | _C, _I | _C),
    ReportingVerb("pry pries pried prying", _Q, _Q),
    ReportingVerb("interrogate interrogates interrogated interrogating", _Q, _Q),
    ReportingVerb("cross-examine cross-examines cross-examined cross-examining", _Q, _Q),
    # Instruments of communication (37.4): the message after ``that`` or in a quote.
    ReportingVerb("phone phones phoned phoning", _N | _C, _C),
    ReportingVerb("telephone telephones telephoned telephoning", _N | _C, _C),
    ReportingVerb("radio radios radioed radioing", _N | _C, _C),
    ReportingVerb("cable cables cabled cabling", _N | _C, _C),
    ReportingVerb("wire wires wired wiring", _N | _C, _C),
    ReportingVerb("fax faxes faxed faxing", _N | _C, _C),
    ReportingVerb("telegraph telegraphs telegraphed telegraphing", _N | _C, _C),
    ReportingVerb("telex telexes telexed telexing", _N | _C, _C),
    ReportingVerb("email emails emailed emailing", _N | _C, _I | _C, kind=Frame.OBJECT),
    ReportingVerb("e-mail e-mails e-mailed e-mailing", _N | _C, _I | _C, kind=Frame.OBJECT),
    ReportingVerb("text texts texted texting", _N | _C, _I | _C, kind=Frame.OBJECT),
    ReportingVerb("message messages messaged messaging", _N | _C, _I | _C, kind=Frame.OBJECT),
    ReportingVerb("broadcast broadcasts broadcast broadcasting", _N | _Q, _Q),
    ReportingVerb("relay relays relayed relaying", _N | _C, _C),
    # Verbs of saying (37.7).
    ReportingVerb("articulate articulates articulated articulating", _N, _0),
    ReportingVerb("blurt blurts blurted blurting", _I | _C, _I | _C),
    ReportingVerb("blab blabs blabbed blabbing", _I | _C, _I | _C),
    ReportingVerb("blabber blabbers blabbered blabbering", _I | _C, _I | _C),
    ReportingVerb("convey conveys conveyed conveying", _C, _C),
    ReportingVerb("divulge divulges divulged divulging", _0, _0),
    ReportingVerb("interpose interposes interposed interposing", _I | _C, _I | _C),
    ReportingVerb("promulgate promulgates promulgated promulgating", _0, _0),
    ReportingVerb("vocalize vocalizes vocalized vocalizing", _0, _0),
    ReportingVerb("object objects objected objecting", _C | _N, _C),
    # Verbs of informing and advising (37.9): the person told, then what.
    ReportingVerb("alert alerts alerted alerting", _N | _C, _C, kind=Frame.OBJECT),
    # Verbs of exaggerating what was said (37.12 in part).
    ReportingVerb("overstate overstates overstated overstating", _0, _0),
    ReportingVerb("overstress overstresses overstressed overstressing", _Q, _Q),
    ReportingVerb("overemphasize overemphasizes overemphasized overemphasizing", _Q, _Q),
    ReportingVerb("misrepresent misrepresents misrepresented misrepresenting", _Q, _Q),
)
"""Verbs of passing on a message, one entry each."""
