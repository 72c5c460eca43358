"""The rules for the infinitives of verbs of speech: after a verb of aspect, whose subject is
the source (``continued to insist``, ``went on to say``), and after a causative verb, whose
object is (``led the chairwoman to announce``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.verbs import (
    ASPECT_PARTICLES,
    ASPECT_VERBS,
    CAUSATIVE_VERBS,
    PARTICLE_ASPECT_VERBS,
    PHASE_VERBS,
    Frame,
)
from newsdoc._parse.sourcing.credits import check, credit, credits_a_work, framed
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.verb_groups import passive_start, words_before

__all__ = ["causative", "infinitive", "to_before"]


# ``led the chairwoman to announce``: a causative verb, its object (group 1), ``to``, the verb.
_CAUSED: Final = re.compile(r"\b(?:" + alternatives(CAUSATIVE_VERBS) + r")\s+(\S.{0,80}?)\s+to\s+\Z", re.IGNORECASE)
# ``continued to insist``, ``went on to say``: a verb of aspect, a particle, ``to``, the verb.
_ASPECT: Final = re.compile(
    r"\b(" + alternatives(ASPECT_VERBS) + r")(?:\s+(" + alternatives(ASPECT_PARTICLES) + r"))?\s+to\s+\Z", re.IGNORECASE
)


def to_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in white space, ``to`` and white space, as the patterns
    of an infinitive after a verb need (here and in :mod:`~newsdoc._parse.sourcing.purposes`): a
    cheap test before any of them, which the engine would try at every word."""
    before = text[start:end].rstrip()
    return len(before) < end - start and before[-2:].lower() == "to" and before[-3:-2].isspace()


def infinitive(site: CueSite) -> Credit | None:
    """``Protesters continued to call for``: the infinitive of a verb of speech after a verb of
    aspect has that verb's subject for its source."""
    cue, text = site.cue, site.text
    if not cue.flags & Frame.BASE:
        return None
    s_start = site.sentence[0]
    window = max(s_start, cue.start - LOOK)
    if not to_before(text, window, cue.start):
        return None
    aspect = _ASPECT.search(text, window, cue.start)
    if aspect is None or (aspect.group(1).lower() in PARTICLE_ASPECT_VERBS and aspect.group(2) is None):
        return None  # ``is going to say``, ``went to say``: a future or a purpose, no aspect
    at = aspect.start()
    verb = aspect.group(1).lower()
    if verb.endswith("ing"):  # ``is continuing to insist``: past ``is``
        be = passive_start(words_before(text, at, s_start))
        if be is None and verb not in PHASE_VERBS:
            return None  # an attempt in a gerund: ``Without trying to predict``, ``Stop trying to tell``
        at = at if be is None else be  # ``Protesters continuing to insist``: the noun's participle
    phrase = source_before(text, at, s_start)
    if phrase is None or not credits_a_work(site, phrase):
        return None
    return framed(site, credit(site, phrase, check(site, phrase), site.cue_end, at))


def causative(site: CueSite) -> Credit | None:
    """``The leak led the chairwoman to announce``: the object of a causative verb is the source
    of the verb of speech in the infinitive after it."""
    cue, text = site.cue, site.text
    if not cue.flags & Frame.BASE:
        return None
    window = max(site.sentence[0], cue.start - LOOK)
    if not to_before(text, window, cue.start):
        return None
    caused = _CAUSED.search(text, window, cue.start)
    if caused is None:
        return None
    phrase = source_before(text, caused.end(1), caused.start(1))
    if phrase is None or phrase.start != caused.start(1):
        return None  # the whole object, and nothing before it: not ``led to calls``
    return framed(site, credit(site, phrase, check(site, phrase), site.cue_end))
