"""The layout's records: the blocks of an article and the layout they make with its header.

Like the sourcing stage's records (:mod:`~newsdoc._parse.sourcing.records`), each is a slotted
dataclass filled once by its constructor: a block, built for every paragraph, is not frozen and
writes its ``__init__`` out; the layout, built once per article, is frozen.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdoc._diagnostics import Diagnostic
from newsdoc._parse.layout.header import Header
from newsdoc._parse.layout.input_text import InputText

__all__ = ["Block", "Layout"]


@dataclass(init=False, slots=True)
class Block:
    """One paragraph or list item, as offsets into the normalised text."""

    start: int
    """The first character of the line, marker included."""
    body: int
    """The first character after the marker."""
    end: int
    """One past the last character of the last line."""
    marker: str | None = None
    """The canonical list marker (``-``, ``1.``) of an item, or None."""
    joined: bool = False
    """True when the block ran over several lines that were joined with spaces."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(self, start: int, body: int, end: int, marker: str | None = None, joined: bool = False) -> None:
        self.start = start
        self.body = body
        self.end = end
        self.marker = marker
        self.joined = joined

    @property
    def item(self) -> bool:
        """Whether the block is a list item."""
        return self.marker is not None

    def text(self, src: InputText) -> str:
        """The block's text after its marker, on one line."""
        body = src.text[self.body : self.end]
        return body.replace("\n", " ") if self.joined else body


@dataclass(frozen=True, slots=True)
class Layout:
    """The header and the blocks of an article, the lede first."""

    header: Header
    blocks: tuple[Block, ...]
    diagnostics: tuple[Diagnostic, ...]
