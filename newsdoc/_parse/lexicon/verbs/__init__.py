"""Verbs: every verb that can report speech or a finding, one entry each, with the syntax it needs.

A :class:`ReportingVerb` lists a verb's four forms (base, third person, past, ``-ing``; ``-``
where English has none in this use) and its frames, the syntax each tense needs before
the form counts as a cue (:class:`Frame`). Every module that needs a verb form reads
:data:`REPORTING_VERBS`: the cue finder, the label reader (a colon phrase with a reporting
verb is a lead-in, not a label) and the participle rule. To add a verb, add one line to the table of its class:
:mod:`~newsdoc._parse.lexicon.verbs.speech`, :mod:`~newsdoc._parse.lexicon.verbs.talk`,
:mod:`~newsdoc._parse.lexicon.verbs.message` or :mod:`~newsdoc._parse.lexicon.verbs.manner`; a phrasal
verb, which reports only with its particle (``pointed out``), to :mod:`~newsdoc._parse.lexicon.verbs.phrasal`.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.verbs.acts import ACT_OBJECTS, OBJECT_PREPOSITIONS, REVEALING_TELL, SAY_FORMS
from newsdoc._parse.lexicon.verbs.aspect import (
    ASPECT_PARTICLES,
    ASPECT_VERBS,
    BARE_HOMOGRAPHS,
    BARE_INFINITIVE_VERBS,
    CAUSATIVE_VERBS,
    GERUND_ASPECT_VERBS,
    ISSUING_VERBS,
    OCCASION_VERBS,
    OUT_ISSUING_VERBS,
    PARTICLE_ASPECT_VERBS,
    PHASE_VERBS,
    SEEMING_BEFORE_TO,
)
from newsdoc._parse.lexicon.verbs.frames import Frame, ReportingVerb
from newsdoc._parse.lexicon.verbs.manner import MANNER_VERBS
from newsdoc._parse.lexicon.verbs.message import MESSAGE_VERBS
from newsdoc._parse.lexicon.verbs.naming import NAMING_PARTICIPLES
from newsdoc._parse.lexicon.verbs.phrasal import PHRASAL_VERBS
from newsdoc._parse.lexicon.verbs.refusal import (
    ANONYMITY_REQUESTING_VERBS,
    ANONYMITY_TERMS,
    ANONYMITY_WORDS,
    ANONYMOUS_STATES,
    ANSWER_VERBS,
    COMMENT_GIVING_VERBS,
    COMMENT_MODIFIERS,
    COMMENT_NOUNS,
    COMMENT_PAST,
    COMMENT_VERBS,
    DECLINE_COMPLEMENTS,
    DECLINE_VERBS,
    GRANTED_NOUNS,
    IDENTIFYING_PARTICIPLES,
    LEFT_UNANSWERED,
    LIST_VERBS,
    NEGATED_SAYING,
    NO_RESPONSE_WORDS,
    PUBLISHING_PARTICIPLES,
    QUITTING_PARTICLES,
    REACHING_PARTICLES,
    RECIPROCAL_PHRASES,
    REMAINING_VERBS,
    REPLY_VERBS,
    REQUEST_NOUNS,
    REQUESTED_STATEMENTS,
    RETURNING_VERBS,
    UNANSWERED_WORDS,
    WITHHELD_IDENTITY,
    WITHHOLDING_VERBS,
)
from newsdoc._parse.lexicon.verbs.speech import SPEECH_VERBS
from newsdoc._parse.lexicon.verbs.talk import TALK_VERBS

__all__ = [
    "ACT_OBJECTS",
    "ANONYMITY_REQUESTING_VERBS",
    "ANONYMITY_TERMS",
    "ANONYMITY_WORDS",
    "ANONYMOUS_STATES",
    "ANSWER_VERBS",
    "ASPECT_PARTICLES",
    "ASPECT_VERBS",
    "BARE_HOMOGRAPHS",
    "BARE_INFINITIVE_VERBS",
    "CAUSATIVE_VERBS",
    "COMMENT_GIVING_VERBS",
    "COMMENT_MODIFIERS",
    "COMMENT_NOUNS",
    "COMMENT_PAST",
    "COMMENT_VERBS",
    "DECLINE_COMPLEMENTS",
    "DECLINE_VERBS",
    "GERUND_ASPECT_VERBS",
    "GRANTED_NOUNS",
    "IDENTIFYING_PARTICIPLES",
    "ISSUING_VERBS",
    "LEFT_UNANSWERED",
    "LIST_VERBS",
    "NAMING_PARTICIPLES",
    "NEGATED_SAYING",
    "NO_RESPONSE_WORDS",
    "OBJECT_PREPOSITIONS",
    "OCCASION_VERBS",
    "OUT_ISSUING_VERBS",
    "PARTICLE_ASPECT_VERBS",
    "PHASE_VERBS",
    "PHRASAL_VERBS",
    "PUBLISHING_PARTICIPLES",
    "QUITTING_PARTICLES",
    "REACHING_PARTICLES",
    "RECIPROCAL_PHRASES",
    "REMAINING_VERBS",
    "REPLY_VERBS",
    "REPORTING_VERBS",
    "REQUESTED_STATEMENTS",
    "REQUEST_NOUNS",
    "RETURNING_VERBS",
    "REVEALING_TELL",
    "SAY_FORMS",
    "SEEMING_BEFORE_TO",
    "UNANSWERED_WORDS",
    "WITHHELD_IDENTITY",
    "WITHHOLDING_VERBS",
    "Frame",
    "ReportingVerb",
]

REPORTING_VERBS: Final[tuple[ReportingVerb, ...]] = SPEECH_VERBS + TALK_VERBS + MESSAGE_VERBS + MANNER_VERBS
"""Every verb that reports speech or a finding."""
