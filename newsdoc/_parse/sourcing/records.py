"""An attribution before it becomes a model object: offsets into its paragraph's text.

Every intermediate record of the parser is a :class:`typing.NamedTuple`: immutable, with
named fields (nothing reads one by position), and built in well under half the time of a
frozen attrs or dataclass instance; the parser builds a few hundred of them per article.
"""

from __future__ import annotations

from typing import NamedTuple

from newsdoc._model import AttributionKind
from newsdoc._parse.sourcing.describe import Description

__all__ = ["Found"]


class Found(NamedTuple):
    """An attribution before it becomes a model object: offsets in its paragraph's text."""

    para: int
    """The index of the paragraph."""
    start: int
    """Where the source phrase starts."""
    end: int
    """Where the source phrase ends, appositive included."""
    head_end: int
    """Where the head of the source phrase ends, before any appositive."""
    cue_start: int
    cue_end: int
    kind: AttributionKind
    rule: str
    """The name of the rule that found it."""
    description: Description
    """What the source phrase says about the source (from :func:`describe`)."""
    finding: bool = False
    """True for a verb of finding (``found``, ``estimates``): it credits facts, not quoted words."""

    @property
    def first(self) -> int:
        """Where the attribution clause starts (source or cue)."""
        return min(self.start, self.cue_start)

    @property
    def last(self) -> int:
        """Where the attribution clause ends (source or cue)."""
        return max(self.end, self.cue_end)
