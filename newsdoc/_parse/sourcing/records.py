"""An attribution before it becomes a model object: offsets into its paragraph's text.

Every intermediate record of the parser is a slotted dataclass with named fields, filled
once by its constructor and never changed after (``tests/test_architecture.py`` fails on any
assignment to another object's field in the parser). Those built once per run or per article
(the verb and rule tables, the header) are frozen too. Those built by the hundred per article
(tokens, cues, quote spans, blocks, drafts, attributions found) are not: a frozen dataclass
sets each field through ``object.__setattr__``, which makes ``parse`` about 30% slower
(instruction counts on the corpus), and a named tuple reads its fields through a descriptor
the interpreter does not specialise, about 7% slower than slots.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdoc._model import AttributionKind
from newsdoc._parse.sourcing.describe import Description

__all__ = ["Found"]


@dataclass(slots=True, eq=False)
class Found:
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
