"""Places: the states of the United States, as news writes one after its city (``Dover,
Delaware,``, ``Dover, Del.,``), where it is part of the place and never a subject. Every list
is a ``frozenset`` in lower case, looked up after ``str.lower()``; a name of two words is one
entry, its words joined by a space.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["US_STATES"]

_STATE_NAMES: Final = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania "
    "tennessee texas utah vermont virginia washington wisconsin wyoming"
)
_TWO_WORD_STATES: Final = (
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
    "district of columbia",
)
_AP_ABBREVIATIONS: Final = (
    "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. "
    "miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. "
    "va. wash. w.va. wis. wyo. d.c."
)

US_STATES: Final = words(_STATE_NAMES) | frozenset(_TWO_WORD_STATES) | words(_AP_ABBREVIATIONS)
"""The states of the United States and the District of Columbia, by name and by their
abbreviations in AP style (``Del.``, ``N.H.``, ``D.C.``)."""
