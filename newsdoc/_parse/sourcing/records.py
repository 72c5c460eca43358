"""An attribution before it becomes a model object: offsets into its paragraph's text."""

from __future__ import annotations

from newsdoc._model import Attribution, AttributionKind
from newsdoc._parse.sourcing.describe import Description, Mention
from newsdoc._parse.sourcing.phrase import Phrase

__all__ = ["Found"]


class Found:
    """An attribution before it becomes a model object: offsets in its paragraph's text."""

    __slots__ = (
        "attribution",
        "cue_end",
        "cue_start",
        "description",
        "end",
        "finding",
        "head_end",
        "kind",
        "para",
        "quote_licensed",
        "referent",
        "rule",
        "start",
    )

    def __init__(
        self,
        para: int,
        phrase: Phrase,
        cue: tuple[int, int],
        *,
        kind: AttributionKind,
        rule: str,
        description: Description | None = None,
    ) -> None:
        self.para = para
        self.start, self.end, self.head_end = phrase
        self.cue_start, self.cue_end = cue
        self.kind = kind
        self.rule = rule
        self.quote_licensed = False
        self.finding = False
        """True for a verb of finding (``found``, ``estimates``): it credits facts, not quoted words."""
        self.description = description
        """What the source phrase says about the source (from :func:`describe`)."""
        self.referent: Mention | None = None
        """For a pronoun, the source it refers to (filled in by :func:`resolve_pronouns`)."""
        self.attribution: Attribution | None = None
        """The model object, once built."""

    @property
    def first(self) -> int:
        """Where the attribution clause starts (source or cue)."""
        return min(self.start, self.cue_start)

    @property
    def last(self) -> int:
        """Where the attribution clause ends (source or cue)."""
        return max(self.end, self.cue_end)

    def __repr__(self) -> str:
        return f"Found({self.para}, {self.start}:{self.end}, {self.kind.value}, {self.rule})"
