"""Pronouns: the words that stand for a source, or for the writer and the reader.

Every list is a ``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "DEMONSTRATIVE_PRONOUNS",
    "DUMMY_SUBJECTS",
    "GENERIC_PRONOUNS",
    "INDEFINITE_PERSON_PRONOUNS",
    "INDEFINITE_THING_PRONOUNS",
    "NON_ASSERTIVE_PRONOUNS",
    "OBJECT_PRONOUNS",
    "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS",
    "POSSESSIVE_DETERMINERS",
    "REFLEXIVES",
    "RELATIVE_PRONOUNS",
    "RELATIVE_WORDS",
    "RESTRICTIVE_RELATIVES",
    "SOURCE_RELATIVES",
    "SPEECH_PARTICIPANTS",
    "SUBJECT_OF",
    "SUBJECT_OF_OBJECT",
    "SUBJECT_OF_POSSESSIVE",
    "SUBJECT_PRONOUNS",
]

SUBJECT_PRONOUNS: Final = words("he she it they we i you")
"""Personal pronouns in the subject case: they can stand as a source on their own."""

NON_ASSERTIVE_PRONOUNS: Final = words("anyone anybody")
"""Pronouns for a person that stand where nothing is asserted, in a question, a negation, a
condition or a choice (``whether anyone disclosed``, ``Not that anyone is arguing``, ``Anyone
can say``): they report no one's words."""

INDEFINITE_PERSON_PRONOUNS: Final = words("someone somebody everyone everybody nobody") | NON_ASSERTIVE_PRONOUNS
"""Pronouns for an unnamed person or everyone: ``someone said``; never a name, even capitalised."""

INDEFINITE_THING_PRONOUNS: Final = words("something anything everything nothing")
"""Pronouns for an unnamed thing, never part of a source: before a name they take a relative
clause without ``that`` (``Everything Trump says``, ``Nothing Roe said``), whose subject the
name is."""

DUMMY_SUBJECTS: Final = words("it this that there")
"""Words that may stand as a subject for no one, before a verb that sets up an occasion: ``It took
years to explain``, ``This comes to show``."""

OBJECT_PRONOUNS: Final = words("me us him her them")
"""Personal pronouns in the object case: ``told them``."""

SUBJECT_OF_OBJECT: Final[dict[str, str]] = {"me": "i", "us": "we", "him": "he", "her": "she", "them": "they"}
"""The subject pronoun each object pronoun stands for as a source: ``according to him`` is his
account, as ``he said`` is."""

POSSESSIVE_DETERMINERS: Final = words("my your his her its our their")
"""Possessive pronouns before a noun: ``criticized the mayor for her handling``."""

SUBJECT_OF_POSSESSIVE: Final[dict[str, str]] = {
    "my": "i",
    "your": "you",
    "his": "he",
    "her": "she",
    "its": "it",
    "our": "we",
    "their": "they",
}
"""The subject pronoun each possessive stands for as a source: ``his claim that`` is his, as ``he said`` is."""

SUBJECT_OF: Final[dict[str, str]] = SUBJECT_OF_POSSESSIVE | SUBJECT_OF_OBJECT
"""The subject pronoun each possessive or object pronoun stands for as a source."""

DEMONSTRATIVE_PRONOUNS: Final = words("those")
"""Pronouns that, with a complement, stand for people: ``Those close to him say``."""

RELATIVE_PRONOUNS: Final = words("who which")
"""Relative pronouns that open a clause about the noun before them: ``The mayor, who said``."""

SOURCE_RELATIVES: Final = words("who whose who's who’s who'd who’d")
"""Relative pronouns whose clause, without commas, stays in a source read leftwards: ``a nurse
who asked not to be named said``, ``a veteran whose name was withheld said``, ``sources who'd
seen the draft said``."""

RESTRICTIVE_RELATIVES: Final = words("that which")
"""Relative pronouns that open a clause with no comma before it that says which of a noun is
meant, and that is the clause's subject where a verb follows: ``officials that were briefed``,
``a poll which was taken in May``."""

RELATIVE_WORDS: Final = RELATIVE_PRONOUNS | words("whom whose that")
"""Every word that may open a relative clause: ``a consultant whose firm was hired``, ``a group
that has sued``."""

REFLEXIVES: Final = words("himself herself itself themselves myself yourself ourselves yourselves oneself")
"""The reflexive pronouns. One closes a source phrase (``Leiter himself told Axios``); after
``found`` it is no finding (``found itself at the center of``)."""

PERSON_PRONOUNS: Final = words("he she")
"""Pronouns that refer to one person."""

PLURAL_PRONOUNS: Final = words("they we")
"""Subject pronouns that refer to several."""

SPEECH_PARTICIPANTS: Final = words("i we you me us")
"""The pronouns of the writer and the reader, as subject or object: no pronoun to resolve."""

GENERIC_PRONOUNS: Final = words("you")
"""Pronouns that speak of anyone, the reader included, and name no source: ``you can say``."""
