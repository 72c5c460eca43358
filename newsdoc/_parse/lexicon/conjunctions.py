"""Conjunctions: the words that join clauses.

Every list is a ``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "ADVERB_SUBORDINATORS",
    "CLAUSE_COORDINATORS",
    "CLAUSE_FINAL_ADVERBS",
    "CONTRASTING",
    "COORDINATORS",
    "CORRELATIVES",
    "REPORTED_CLAUSE_OPENERS",
    "SEQUENCE_ADVERBS",
    "SUBJECT_CONNECTIVES",
    "SUBORDINATORS",
]

COORDINATORS: Final = words("and but or nor yet so")
"""The coordinating conjunctions (``for``, which is one too, is read as a preposition)."""

CLAUSE_COORDINATORS: Final = words("and but or nor")
"""The coordinators that join only clauses, verbs or phrases (``so`` and ``yet`` are adverbs
too: ``went so far as to say``)."""

CORRELATIVES: Final = words("both either neither")
"""The words that open the first of two joined parts: ``Neither the company nor the union``."""

SUBORDINATORS: Final = words(
    """
    after although as because before if once since than though till unless until when whenever
    where whereas wherever whether while
    """
)
"""The one-word subordinating conjunctions: each opens a clause that depends on another."""

ADVERB_SUBORDINATORS: Final = words("once")
"""Subordinators that are also adverbs of time before a noun phrase: ``Jim Lo, once an aide to
the mayor,`` describes him, where ``, once the vote ended,`` is a clause."""

CLAUSE_FINAL_ADVERBS: Final = words("so yet after before since once though")
"""Conjunctions that also end a clause as adverbs: ``may do so``, ``not yet``, ``never seen
before``, ``ever since``, ``It was late, though.``"""

CONTRASTING: Final = words("although though whereas while")
"""The subordinators that set one clause against another: what follows them is never part of
what the clause before them reports (``the mayor said A while the governor said B``)."""

REPORTED_CLAUSE_OPENERS: Final = words("that if whether who what why how")
"""Words that open a clause of reported speech or thought after its verb: ``mused that``,
``wondered whether``, ``pondered who``."""

SUBJECT_CONNECTIVES: Final = words("and but so yet then now here also still thus even")
"""Conjunctions and adverbs that may stand right before a sentence's subject with no comma, where
they open no phrase of their own: ``And then Trump went on the attack``, ``Here in Ohio, the mayor``."""

SEQUENCE_ADVERBS: Final = words("then")
"""Adverbs that after a comma join a second verb to the subject of the first, as ``and`` does:
``Kasich offered the man a job, then said he would welcome advice``."""
