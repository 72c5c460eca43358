"""Verb forms of the verbs that are not verbs of speech (the verb table of
:mod:`~newsdoc._parse.lexicon.verbs` holds every form of those): the irregular ones, which no
ending tells.

Every list is a ``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["IRREGULAR_PARTICIPLES", "IRREGULAR_PAST"]

IRREGULAR_PARTICIPLES: Final = words(
    """
    born bred known clad seen held worn caught struck stricken shaken torn thrown brought
    left built led kept sent chosen given taken beaten bitten forgotten hidden grown drawn driven
    flown spent paid hurt stuck bound sold bought taught fought hung lit won lost made done
    """
)
"""Past participles not in ``-ed`` that open an aside as an ``-ed`` one does: ``Smith, born
in Ohio, said``, ``Roe, clad in a red cape, said``."""

IRREGULAR_PAST: Final = words(
    """
    met went came took gave got saw left won lost ran sat stood held kept brought bought thought heard
    knew began became put led sent spent paid made did had drove rode rose fell felt fought grew drew
    threw flew ate broke chose shook stole tore wore woke hid bit struck hung caught taught sold sought
    meant spread cut hit set shut cost quit
    """
)
"""The simple past of irregular verbs, but for those of speech (the verb table holds ``said``,
``told``, ``wrote``): ``met`` in ``when the mayor met the council and said``."""
