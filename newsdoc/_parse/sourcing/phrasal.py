"""The particle a phrasal verb of communication needs right after it (``pointed out``,
``fired back``): with it the verb is a cue that runs through the particle; without it the
verb reads as its own entry says, if it has one."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.verbs import ASPECT_VERBS
from newsdoc._parse.sourcing.cue_forms import PHRASAL_FORMS

__all__ = ["PHRASAL_HEADS", "phrasal_cue"]

PHRASAL_HEADS: Final = frozenset(key.split(" ", 1)[0] for key in PHRASAL_FORMS)
"""The verb forms that a particle may follow to make a phrasal cue: ``pointed``, ``fired``."""
_PARTICLE: Final = re.compile(r" ([a-z]+)\b")


def phrasal_cue(text: str, at: int, form: str) -> tuple[int, int] | None:
    """The frames and the end of the phrasal cue whose verb ``form`` ends at ``at``, where it is
    the verb of one and its particle follows it; None otherwise.

    >>> from newsdoc._parse.lexicon.verbs import Frame
    >>> t = "She pointed out that"
    >>> flags, end = phrasal_cue(t, 11, "pointed"); t[:end], bool(flags & Frame.COMPLEMENT)
    ('She pointed out', True)
    >>> phrasal_cue("She pointed to the map", 11, "pointed") is None
    True
    """
    particle = _PARTICLE.match(text, at) if form in PHRASAL_HEADS else None
    if particle is None:
        return None
    flags = PHRASAL_FORMS.get(f"{form} {particle.group(1)}")
    if flags is None or (form in ASPECT_VERBS and text.startswith(" to ", particle.end())):
        return None  # ``went on to say``: a verb of aspect and the verb of speech after it
    return flags, particle.end()
