"""Prepositions: the whole closed class of English one-word prepositions.

``PREPOSITIONS`` is the class, for the rules that need to know only that a word is a
preposition and no noun (``Jones outside City Hall`` is Jones, where ``Cruz constituent Dan
Golvach`` is one person); the smaller sets are the prepositions that play a part of their own
in a source phrase (``of`` and ``for`` inside it, ``about`` before a topic, ``in`` before a place).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "MOTION_WORDS",
    "NP_PREPOSITIONS",
    "OBJECT_PREPOSITIONS",
    "ON_SETTINGS",
    "ON_TOPIC_PREPOSITIONS",
    "PARTICIPLE_PREPOSITIONS",
    "PLACE_PREPOSITIONS",
    "PREPOSITIONS",
    "REACTION_PREPOSITIONS",
    "RECEIVING_PREPOSITIONS",
    "SERVING_WORDS",
    "SETTING_PREPOSITIONS",
    "TIME_PREPOSITIONS",
]

PREPOSITIONS: Final = words(
    """
    aboard about above across after against along alongside amid amidst among amongst around as
    astride at atop before behind below beneath beside besides between beyond but by despite down
    during except excluding following for from in including inside into like minus near next of off
    on onto opposite out outside over past per plus regarding round save since than through
    throughout till to toward towards under underneath unlike until up upon versus via with within
    without
    """
)
"""Every one-word preposition of English."""

OBJECT_PREPOSITIONS: Final = words("about against for of on upon")
"""Prepositions that tie a verb of speech to what it says or asks for, which is its content:
``called for a repeal``, ``called on Congress to act``, ``complained about the rules``."""

PARTICIPLE_PREPOSITIONS: Final = words(
    """
    according assuming barring beginning concerning considering depending excluding following
    given including pending provided regarding starting
    """
)
"""Participles that work as prepositions or conditions, whose phrase belongs to the clause before
it: ``postponed, the league said, pending an investigation``, ``starting in June``."""

PLACE_PREPOSITIONS: Final = words("at in within inside outside around across throughout near behind among beyond along")
"""Prepositions of place, whose object is where someone is: ``the leader of the opposition in Bavaria``."""

NP_PREPOSITIONS: Final = words("of for from with by on between") | PLACE_PREPOSITIONS
"""Prepositions that may join a head noun to its complement inside a source phrase."""

REACTION_PREPOSITIONS: Final = words("at over about of on upon against")
"""Prepositions after a verb of reacting that give what it reacts to, not what was said:
``scoffed at``, ``fumed over``, ``marveled at``."""

SETTING_PREPOSITIONS: Final = words("in at during within with")
"""Prepositions whose object is a setting (a place, a time, a medium, a circumstance) and never
the subject of the verb after it: ``In a message posted Friday``, ``at a firm called``."""

TIME_PREPOSITIONS: Final = words("after before since until till")
"""Prepositions of time, whose object is a time or an event (``since May``, ``after the vote``);
each is a subordinating conjunction too (``after the mayor spoke``)."""

MOTION_WORDS: Final = words("to into onto toward towards back up out off away down")
"""Words that move an object somewhere, after which no predicate names it: ``called the chief
into her office the next morning``, ``called them back the same day``."""

RECEIVING_PREPOSITIONS: Final = words("with to")
"""Prepositions after a participle that name who received a work (``data shared with Axios``,
``audio provided to The Times``): how the writer came by it, no part of its source."""

SERVING_WORDS: Final = words("for to with behalf")
"""Words between a role and the person it serves: ``a lawyer for Mr. Tallis``, ``an aide to Gov.
Roe``, ``an adviser close to``, ``a spokesman with``, ``a spokeswoman on behalf of``; not the
place or body of the role's own holder (``the senator from Ohio Jane Roe``)."""

ON_TOPIC_PREPOSITIONS: Final = words("on upon")
"""Prepositions that give the topic of talk after a verb that takes one with them
(``commented on``, ``expounded upon``; ``Frame.ON_TOPIC``)."""

ON_SETTINGS: Final = words("condition camera record background air tape stage floor behalf")
"""Nouns that after ``on`` (and ``the``) tell how, where or for whom something was said, not its
topic: ``on condition of anonymity``, ``on camera``, ``on the record``, ``on the floor``, ``on
behalf of``."""
