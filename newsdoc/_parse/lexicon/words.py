"""The one helper of the lexicon: a list of words written as text."""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, as a set.

    >>> sorted(words("said  says"))
    ['said', 'says']
    """
    return frozenset(text.split())
