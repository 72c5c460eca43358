"""Regular expressions built from the lexicon's word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternatives"]


def alternatives(phrases: Iterable[str], *, any_space: bool = False) -> str:
    """A pattern that matches any of ``phrases``, longest first, each escaped; with
    ``any_space`` the space between two words matches any run of white space.

    >>> alternatives(["be interviewed", "say"], any_space=True)
    'be\\\\s+interviewed|say'
    >>> alternatives(["blog post", "post"])
    'blog\\\\ post|post'
    """
    escaped = [re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p))]
    return "|".join(e.replace("\\ ", r"\s+") for e in escaped) if any_space else "|".join(escaped)
