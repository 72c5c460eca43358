"""Quotes and attributions of a whole article (filled in by the quote pipeline)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdoc._diagnostics import Diagnostic
from newsdoc._model import Attribution, Quote
from newsdoc._parse.source import Source

__all__ = ["read_sourcing"]


def read_sourcing(
    texts: Sequence[str], starts: Sequence[int], src: Source
) -> tuple[list[tuple[Quote, ...]], list[tuple[Attribution, ...]], list[Diagnostic]]:
    """The quotes and attributions of each paragraph.

    ``texts[i]`` is the text of paragraph ``i`` (after its label) and ``starts[i]`` the
    offset of its first character in ``src.text``; spans are made with ``src.span``.
    """
    empty_quotes: list[tuple[Quote, ...]] = [() for _ in texts]
    empty_atts: list[tuple[Attribution, ...]] = [() for _ in texts]
    del starts, src
    return empty_quotes, empty_atts, []
