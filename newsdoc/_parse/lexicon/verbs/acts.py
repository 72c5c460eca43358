"""Verbs of speech in a sense that reports no speech, known by the noun of their object: a prize
claimed (``claimed the title``), a formula said (``said goodbye``), a work written (``wrote a
book``) and a nominee confirmed (``confirmed the nominee``). A declaration is speech
whatever it declares (``declared bankruptcy``, ``declared war``): it announces the act."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["ACT_OBJECTS", "OBJECT_PREPOSITIONS", "REVEALING_TELL", "SAY_FORMS"]

SAY_FORMS: Final = words("say says said saying")
"""The forms of ``say``, which takes a clause or a quote and no work for its object: ``said the
report showed``, where ``wrote the report`` has one."""

_PRIZES: Final = words(
    """
    title titles crown crowns medal medals trophy trophies championship championships prize prizes
    award awards pennant pennants cup seat seats spot lives
    """
)
"""What is won or taken when it is claimed: ``claimed the title``, ``The storm claimed 12 lives``.
Not ``victory`` nor ``the nomination``, which a candidate claims by saying so (``claimed victory
in a tweet``, ``formally claimed the nomination``) as often as by winning; nor a share or a
majority, which as often opens the clause claimed (``claimed a majority of voters support``)."""

_FORMULAS: Final = words("goodbye goodbyes hello farewell farewells grace prayer prayers amen")
"""What is said as a formula, reporting nothing: ``said goodbye``, ``said grace``."""

_WRITINGS: Final = words(
    """
    book books memoir memoirs novel novels biography biographies chapter chapters introduction
    foreword preface dissertation thesis speech speeches script scripts screenplay song songs poem
    poems poetry bill bills legislation law laws rules code check checks dissent opinion opinions
    """
)
"""What is written as a work, which the verb makes with no words credited: ``wrote a children's
book``, ``wrote the majority opinion``; not ``wrote in his book``, where the work is the medium
of a report, nor a message, which what follows it often reports (``wrote a letter urging``)."""

_APPOINTMENTS: Final = words(
    """
    nominee nominees nomination nominations appointee appointees appointment appointments pick picks
    """
)
"""Whom a body approves when it confirms them, by a vote, not by a statement: ``The Senate
confirmed the nominee``, ``confirmed her nomination``; not ``confirmed that the vote was set``."""

ACT_OBJECTS: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(words("claim claims claimed claiming"), _PRIZES),
    **dict.fromkeys(SAY_FORMS, _FORMULAS),
    **dict.fromkeys(words("write writes wrote writing written"), _WRITINGS),
    **dict.fromkeys(words("confirm confirms confirmed confirming"), _APPOINTMENTS),
}
"""Each form of a verb of speech, with the nouns whose phrase, as its object, makes it an act with
no report."""

REVEALING_TELL: Final = words("tell tells")
"""Forms of ``tell`` that, with no one told (the clause ends, or ``whether`` follows), mean that
something will show, not that anyone speaks: ``Only time will tell.``, ``Time will tell
whether``."""

OBJECT_PREPOSITIONS: Final[dict[str, str]] = {
    **dict.fromkeys(words("accused"), " of "),
    **dict.fromkeys(words("condemned denounced"), " as "),
}
"""Past participles of verbs whose object stands before a preposition (``accused him of``,
``denounced the plan as``), with that preposition: right after the participle it leaves no room
for the object, so the participle is passive and its noun is the one accused, no speaker
(``Officials accused of lying resigned``, ``a plan denounced as reckless``)."""
