"""The infinitive of purpose of a verb of speech after a verb that sets up the occasion to speak:
``The president took to social media to say that``, ``The mayor used her speech to call the plan
a disaster``; the subject of that verb is the source."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adjectives import READINESS_ADJECTIVES
from newsdoc._parse.lexicon.conjunctions import CLAUSE_COORDINATORS
from newsdoc._parse.lexicon.nouns import AIM_NOUNS
from newsdoc._parse.lexicon.pronouns import DUMMY_SUBJECTS
from newsdoc._parse.lexicon.verbs import OCCASION_VERBS, SEEMING_BEFORE_TO, Frame
from newsdoc._parse.sourcing.credits import check, credit, credits_a_work, framed
from newsdoc._parse.sourcing.infinitives import to_before
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = ["purpose"]

_BETWEEN: Final = 8
"""The most words between the verb of the occasion and ``to``: ``took to social media on Friday``."""
# The verb of the occasion (group 1), then up to a few words with no mark that ends a phrase
# (group 2), then ``to``.
_OCCASION: Final = re.compile(
    r"\b(" + alternatives(OCCASION_VERBS) + r")((?:\s+[^\s,;:!?()\"\u201c\u201d\u2014]+){0," + str(_BETWEEN) + r"}?)"
    r"\s+to\s+\Z"
)
_NOT_BETWEEN: Final = CLAUSE_COORDINATORS
"""Words that join a verb of its own, which the infinitive after them belongs to: ``went on
television and chastised the governor for refusing to ask``."""


def purpose(site: CueSite) -> Credit | None:
    """``The president took to social media to say that``: the subject of the verb of the
    occasion before the infinitive is its source."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    window = max(s_start, cue.start - LOOK)
    if not cue.flags & Frame.BASE or not to_before(text, window, cue.start):
        return None
    occasion = _OCCASION.search(text, window, cue.start)
    if occasion is None:
        return None
    verb, between = occasion.group(1).lower(), occasion.group(2).lower().split()
    if (between[:1] in ([], ["to"]) and verb in SEEMING_BEFORE_TO) or any(w in _NOT_BETWEEN for w in between):
        return None  # ``appeared to acknowledge``: seeming; ``... and chastised X for refusing to ask``
    if between and (between[-1] in AIM_NOUNS or between[-1] in READINESS_ADJECTIVES):
        return None  # ``came under pressure to say``, ``took steps to warn``, ``ready to argue``: no one spoke yet
    phrase = source_before(text, occasion.start(), s_start)
    if phrase is None or text[phrase.start : phrase.end].lower() in DUMMY_SUBJECTS:
        return None  # ``It took years to explain``: no one speaks
    if not credits_a_work(site, phrase):
        return None
    return framed(site, credit(site, phrase, check(site, phrase), site.cue_end))
