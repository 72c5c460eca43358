"""Verbs of the manner of speaking (Levin 37.3): a cue only next to a quote or inverted after one.

``"Get out," she snapped`` reports speech; ``the engine roared`` does not, and no quote is near it.
"""

from __future__ import annotations

from newsdoc._parse.lexicon.verbs.frames import Frame, ReportingVerb

__all__ = ["MANNER_VERBS"]

_I, _Q = Frame.INVERT, Frame.QUOTE

MANNER_VERBS: tuple[ReportingVerb, ...] = (
    ReportingVerb("babble babbles babbled babbling", _I | _Q, _I | _Q),
    ReportingVerb("bark barks barked barking", _I | _Q, _I | _Q),
    ReportingVerb("bawl bawls bawled bawling", _I | _Q, _I | _Q),
    ReportingVerb("bleat bleats bleated bleating", _I | _Q, _I | _Q),
    ReportingVerb("bluster blusters blustered blustering", _I | _Q, _I | _Q),
    ReportingVerb("bray brays brayed braying", _I | _Q, _I | _Q),
    ReportingVerb("cackle cackles cackled cackling", _I | _Q, _I | _Q),
    ReportingVerb("chirp chirps chirped chirping", _I | _Q, _I | _Q),
    ReportingVerb("chortle chortles chortled chortling", _I | _Q, _I | _Q),
    ReportingVerb("chuckle chuckles chuckled chuckling", _I | _Q, _I | _Q),
    ReportingVerb("coo coos cooed cooing", _I | _Q, _I | _Q),
    ReportingVerb("croak croaks croaked croaking", _I | _Q, _I | _Q),
    ReportingVerb("croon croons crooned crooning", _I | _Q, _I | _Q),
    ReportingVerb("crow crows crowed crowing", _I | _Q, _I | _Q),
    ReportingVerb("cry cries cried crying", _I | _Q, _I | _Q),
    ReportingVerb("drawl drawls drawled drawling", _I | _Q, _I | _Q),
    ReportingVerb("drone drones droned droning", _I | _Q, _I | _Q),
    ReportingVerb("gasp gasps gasped gasping", _I | _Q, _I | _Q),
    ReportingVerb("groan groans groaned groaning", _I | _Q, _I | _Q),
    ReportingVerb("growl growls growled growling", _I | _Q, _I | _Q),
    ReportingVerb("grunt grunts grunted grunting", _I | _Q, _I | _Q),
    ReportingVerb("gush gushes gushed gushing", _I | _Q, _I | _Q),
    ReportingVerb("hiss hisses hissed hissing", _I | _Q, _I | _Q),
    ReportingVerb("hoot hoots hooted hooting", _I | _Q, _I | _Q),
    ReportingVerb("howl howls howled howling", _I | _Q, _I | _Q),
    ReportingVerb("jabber jabbers jabbered jabbering", _I | _Q, _I | _Q),
    ReportingVerb("laugh laughs laughed laughing", _I | _Q, _I | _Q),
    ReportingVerb("lisp lisps lisped lisping", _I | _Q, _I | _Q),
    ReportingVerb("moan moans moaned moaning", _I | _Q, _I | _Q),
    ReportingVerb("purr purrs purred purring", _I | _Q, _I | _Q),
    ReportingVerb("rage rages raged raging", _I | _Q, _I | _Q),
    ReportingVerb("rant rants ranted ranting", _I | _Q, _I | _Q),
    ReportingVerb("rasp rasps rasped rasping", _I | _Q, _I | _Q),
    ReportingVerb("rave raves raved raving", _I | _Q, _I | _Q),
    ReportingVerb("roar roars roared roaring", _I | _Q, _I | _Q),
    ReportingVerb("screech screeches screeched screeching", _I | _Q, _I | _Q),
    ReportingVerb("shriek shrieks shrieked shrieking", _I | _Q, _I | _Q),
    ReportingVerb("sigh sighs sighed sighing", _I | _Q, _I | _Q),
    ReportingVerb("sing sings sang singing sung", _I | _Q, _I | _Q),
    ReportingVerb("smile smiles smiled smiling", _I | _Q, _I | _Q),
    ReportingVerb("snarl snarls snarled snarling", _I | _Q, _I | _Q),
    ReportingVerb("sniff sniffs sniffed sniffing", _I | _Q, _I | _Q),
    ReportingVerb("snort snorts snorted snorting", _I | _Q, _I | _Q),
    ReportingVerb("sob sobs sobbed sobbing", _I | _Q, _I | _Q),
    ReportingVerb("splutter splutters spluttered spluttering", _I | _Q, _I | _Q),
    ReportingVerb("sputter sputters sputtered sputtering", _I | _Q, _I | _Q),
    ReportingVerb("squawk squawks squawked squawking", _I | _Q, _I | _Q),
    ReportingVerb("squeal squeals squealed squealing", _I | _Q, _I | _Q),
    ReportingVerb("stutter stutters stuttered stuttering", _I | _Q, _I | _Q),
    ReportingVerb("thunder thunders thundered thundering", _I | _Q, _I | _Q),
    ReportingVerb("wail wails wailed wailing", _I | _Q, _I | _Q),
    ReportingVerb("wheeze wheezes wheezed wheezing", _I | _Q, _I | _Q),
    ReportingVerb("whimper whimpers whimpered whimpering", _I | _Q, _I | _Q),
    ReportingVerb("whine whines whined whining", _I | _Q, _I | _Q),
    ReportingVerb("whistle whistles whistled whistling", _I | _Q, _I | _Q),
    ReportingVerb("whoop whoops whooped whooping", _I | _Q, _I | _Q),
    ReportingVerb("yelp yelps yelped yelping", _I | _Q, _I | _Q),
)
"""Verbs of the manner of speaking, one entry each."""
