"""Verbs of aspect and attempt that take a verb of speech as their infinitive: ``continued to
insist``, ``went on to say``, ``began to argue``, where the source is their subject; and
causative verbs, where it is their object (``led the chairwoman to announce``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "ASPECT_PARTICLES",
    "ASPECT_VERBS",
    "BARE_HOMOGRAPHS",
    "BARE_INFINITIVE_VERBS",
    "CAUSATIVE_VERBS",
    "GERUND_ASPECT_VERBS",
    "ISSUING_VERBS",
    "OCCASION_VERBS",
    "OUT_ISSUING_VERBS",
    "PARTICLE_ASPECT_VERBS",
    "PHASE_VERBS",
    "SEEMING_BEFORE_TO",
]

PHASE_VERBS: Final = words(
    """
    continue continues continued continuing begin begins began begun beginning start starts started
    starting
    """
)
"""Verbs of beginning and going on, before ``to`` and a verb or before its ``-ing`` form:
``continued to insist``, ``began telling reporters``."""

PARTICLE_ASPECT_VERBS: Final = words("go goes went gone going")
"""Verbs of aspect only with a particle before ``to``: ``went on to say``; ``is going to say`` is a
future, ``went to say`` a purpose."""

ASPECT_VERBS: Final = (
    PHASE_VERBS | PARTICLE_ASPECT_VERBS | words("proceed proceeds proceeded proceeding try tries tried trying used")
)
"""Verbs before ``to`` and a verb of speech whose subject is the speaker: ``continued to insist``,
``used to boast`` (the habit of a past)."""

ISSUING_VERBS: Final = words(
    """
    issue issues issued issuing release releases released releasing send sends sent sending post posts
    posted posting publish publishes published publishing circulate circulates circulated circulating
    distribute distributes distributed distributing write writes wrote written writing pen pens penned
    penning
    """
)
"""Verbs of putting out a message, whose subject speaks in it: ``issued a statement saying``,
``wrote a letter to say``."""

OUT_ISSUING_VERBS: Final = words("put puts putting")
"""Verbs that put out a message only with ``out`` after them: ``put out a statement saying``."""

OCCASION_VERBS: Final = ISSUING_VERBS | words(
    """
    take takes took taken taking go goes went gone going come comes came coming appear appears
    appeared appearing use uses used using visit visits visited visiting return returns returned
    returning turn turns turned turning stand stands stood standing step steps stepped stepping hold
    holds held holding rush rushes rushed rushing invoke invokes invoked invoking seize seizes
    seized seizing pause pauses paused pausing
    """
)
"""Verbs that set up an occasion to speak, whose subject speaks in an infinitive of purpose after
them: ``took to social media to say``, ``used her speech to call``, ``held a news conference to
announce``."""

SEEMING_BEFORE_TO: Final = words("appear appears appeared appearing use uses used")
"""Verbs of the occasion that right before ``to`` mean seeming or habit, no occasion: ``appeared
to acknowledge``, ``used to boast``."""

GERUND_ASPECT_VERBS: Final = PHASE_VERBS | words("keep keeps kept keeping go goes went gone")
"""Verbs before the ``-ing`` form of a verb of speech whose subject is the speaker: ``kept saying``,
``went on saying``."""

ASPECT_PARTICLES: Final = words("on")
"""Particles between such a verb and ``to``: ``went on to say``."""

CAUSATIVE_VERBS: Final = words(
    """
    lead leads led prompt prompts prompted cause causes caused force forces forced drive drives
    drove spur spurs spurred compel compels compelled
    """
)
"""Verbs that make their object do what the infinitive after it says: ``led the chairwoman to
announce``, ``prompted officials to warn``; the object is the source of a verb of speech there."""

BARE_INFINITIVE_VERBS: Final = words("help helps helped helping")
"""Verbs that take a bare infinitive with no object between: ``helped found the network``."""

BARE_HOMOGRAPHS: Final = words("found")
"""Past forms of verbs of speech or finding spelled as the bare form of another verb: ``found``
(to establish), which after ``to`` or ``helped`` is that other verb."""
