"""Words of refusing and of not answering, and verbs that open a list."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "ANONYMITY_REQUESTING_VERBS",
    "ANONYMITY_TERMS",
    "ANONYMITY_WORDS",
    "ANONYMOUS_STATES",
    "ANSWER_VERBS",
    "COMMENT_GIVING_VERBS",
    "COMMENT_MODIFIERS",
    "COMMENT_NOUNS",
    "COMMENT_PAST",
    "COMMENT_VERBS",
    "DECLINE_COMPLEMENTS",
    "DECLINE_VERBS",
    "GRANTED_NOUNS",
    "IDENTIFYING_PARTICIPLES",
    "LEFT_UNANSWERED",
    "LIST_VERBS",
    "NEGATED_SAYING",
    "NO_RESPONSE_WORDS",
    "PUBLISHING_PARTICIPLES",
    "QUITTING_PARTICLES",
    "REACHING_PARTICLES",
    "RECIPROCAL_PHRASES",
    "REMAINING_VERBS",
    "REPLY_VERBS",
    "REQUESTED_STATEMENTS",
    "REQUEST_NOUNS",
    "RETURNING_VERBS",
    "UNANSWERED_WORDS",
    "WITHHELD_IDENTITY",
    "WITHHOLDING_VERBS",
]

DECLINE_VERBS: Final = words("decline declines declined declining refuse refuses refused refusing")
"""Verbs of refusing that, with ``to comment`` or the like, report that a source said nothing."""

GRANTED_NOUNS: Final = words(
    """
    request bid motion application petition appeal permit permission access entry admission bail
    visa waiver license licence exemption extension parole pardon clemency asylum citizenship
    nomination hearing vote seat tenure promotion loan funding funds payment benefits coverage
    """
)
"""Things granted or refused, which make a verb of denying a refusal with no report: ``denied
bail``, ``denied the city's request``, ``denied him a hearing``."""

REQUESTED_STATEMENTS: Final = words("interview interviews")
"""What a source is asked for besides comment, and may refuse: ``a request for an interview``."""

QUITTING_PARTICLES: Final = words("up back away")
"""Particles that make a verb after a refusal a phrasal verb of giving way or back, right after
it or after a pronoun, no refusal to speak: ``refused to give up``, ``refused to give it back``
(not ``in``: ``refused to say in an interview``)."""

DECLINE_COMPLEMENTS: Final[tuple[str, ...]] = (
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
    "reaffirm",
    "detail",
    "explain",
)
"""What a source declines to do when it declines to speak: ``declined to comment``."""

COMMENT_PAST: Final = words("commented")
"""The past of ``comment``, which only a negation denies (``has not commented``): after a subject
that denies it, it tells that nobody spoke (``No one commented at the hearing``)."""

COMMENT_VERBS: Final = words("comment") | COMMENT_PAST
"""Forms of ``comment`` that, denied, say a source declined to speak: ``did not comment``, ``has
not commented``."""

RETURNING_VERBS: Final = words("return returned")
"""Verbs of answering that answer the press only with what they return or at their clause's end
(``did not return calls``, ``did not immediately return.``), not where they go back (``did not
return to banking``, ``cannot be returned against their will``)."""

REACHING_PARTICLES: Final = words("out")
"""Particles that make ``reached`` a phrasal verb of contacting, no source left unreached:
``has not reached out to the chair``."""

RECIPROCAL_PHRASES: Final[tuple[str, ...]] = ("in kind",)
"""Phrases that make a verb of answering a return of what was done, no answer to the press:
``did not respond in kind``."""

REPLY_VERBS: Final = words("respond responded reply replied")
"""Verbs of replying, which after ``to`` name what they reply to: a request or a reporter for a
refusal to answer (``did not respond to a request for comment``, ``did not respond to Axios``),
not a treatment or an attack (``did not respond to treatment``)."""

ANSWER_VERBS: Final = REPLY_VERBS | RETURNING_VERBS | COMMENT_VERBS
"""Verbs of answering that, denied by a negation or by their subject, say a source did not
answer: ``did not respond``, ``None of them returned calls``."""

UNANSWERED_WORDS: Final = words("unanswered unreturned")
"""Words that say by themselves that a request got no answer, after a verb of staying or going:
``Calls to the company went unanswered``, ``Messages have gone unreturned``."""

LEFT_UNANSWERED: Final = words("go goes went gone going remain remains remained remaining")
"""Verbs that, before :data:`UNANSWERED_WORDS`, say a request stayed unanswered: ``went``."""

NO_RESPONSE_WORDS: Final = ANSWER_VERBS | words("reached available")
"""Words that, negated, say a source did not answer: ``did not respond``, ``could not be reached``."""

NEGATED_SAYING: Final = words("say said saying")
"""Forms of ``say`` that, negated, report that a source declined to speak: ``would not say``,
``did not say``, ``hasn't said``, ``isn't saying``."""

WITHHOLDING_VERBS: Final = words(
    """
    discuss discusses discussed discussing elaborate elaborates elaborated elaborating
    specify specifies specified specifying detail details detailed detailing
    explain explains explained explaining disclose discloses disclosed disclosing
    reveal reveals revealed revealing
    """
)
"""Verbs of telling what is known that, negated, report that a source withheld it, as a negated
``say`` does: ``would not discuss the investigation``, ``did not elaborate``, ``did not explain
why``; not in the passive (``The price was not disclosed``)."""

COMMENT_NOUNS: Final[tuple[str, ...]] = ("comment",)
"""Nouns for what a source is asked for and gives or declines: ``declined comment``, ``not
available for comment``."""

COMMENT_GIVING_VERBS: Final = words("have has had offer offers offered give gives gave")
"""Verbs that, with ``no`` before ``comment``, say a source declined to speak: ``had no comment``,
``offered no comment``."""

COMMENT_MODIFIERS: Final = words("immediate further official other additional public")
"""Adjectives between ``no`` and ``comment``: ``had no immediate comment``."""

REQUEST_NOUNS: Final = words("request requests invitation invitations")
"""Nouns for what a source is sent and may turn down, asking it to speak: ``declined a request
for comment``, ``refused invitations to testify``."""

LIST_VERBS: Final = words("include includes including")
"""Verbs that introduce a list after a colon: ``Highlights include:``."""

IDENTIFYING_PARTICIPLES: Final = words("named identified quoted")
"""What a source asks not to be when it asks for anonymity: ``asked not to be named``, which
says why the source is not named and reports nothing it said."""

ANONYMOUS_STATES: Final = words("anonymous unnamed unidentified")
"""What a source asks to remain when it asks for anonymity: ``asked to remain anonymous``."""

REMAINING_VERBS: Final = words("remain stay be go")
"""The verbs of staying in a state, before :data:`ANONYMOUS_STATES`: ``to stay anonymous``,
``to go unnamed``."""

PUBLISHING_PARTICIPLES: Final = words("used published printed disclosed revealed given withheld")
"""What a source asks its name to be or not to be: ``asked that her name not be used``, ``asked
that his name be withheld``."""

ANONYMITY_WORDS: Final = words("anonymity")
"""What a source asks for or insists on when it asks not to be named: ``asked for anonymity``,
``insisted on anonymity``, which report nothing it said."""

ANONYMITY_REQUESTING_VERBS: Final = words(
    """
    ask asks asked asking insist insists insisted insisting request requests requested requesting
    demand demands demanded demanding
    """
)
"""The verbs with which a source asks for its own anonymity before ``for`` or ``on``: ``asked for
anonymity``, ``insisted on anonymity``; not ``called for anonymity for whistleblowers``, which
argues for someone else's."""

ANONYMITY_TERMS: Final = words("condition conditions promise grounds")
"""The nouns before ``of anonymity`` in a request for it: ``insisted on the condition of anonymity``."""

WITHHELD_IDENTITY: Final = words("name names identity")
"""What a source declines to give when it withholds who it is: ``declined to give her name``."""
