"""The participle of a verb of speech after a message its source puts out: ``The town released a
statement Wednesday saying that``, ``She sent an email calling on voters to``; the subject of the
verb that puts the message out is the source, not the message."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.messages import ISSUED_MESSAGES
from newsdoc._parse.lexicon.verbs import ISSUING_VERBS, OUT_ISSUING_VERBS, Frame
from newsdoc._parse.sourcing.credits import check, credit, credits_a_work, framed
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = ["issued"]

_MODIFIERS: Final = 4
"""The most words between the verb and the message: ``sent out a two-page fundraising email``."""
_TIME: Final = 3
"""The most words of time between the message and the participle: ``a statement late Tuesday night``."""
# The verb that puts a message out (in lower case, as a verb inside a sentence is), up to a few
# words with no mark that ends a phrase, the message, any words of time, and the end of the window.
_ISSUED: Final = re.compile(
    r"\b(?:(" + alternatives(ISSUING_VERBS) + r")(?:\s+out)?|(" + alternatives(OUT_ISSUING_VERBS) + r")\s+out)"
    r"(?:\s+[^\s,;:!?()\"\u201c\u201d\u2014]+){0," + str(_MODIFIERS) + r"}?"
    r"\s+(?:" + alternatives(ISSUED_MESSAGES) + r")"
    r"(?:\s+(?i:" + alternatives(TIME_WORDS | TIME_OPENERS) + r")){0," + str(_TIME) + r"}"
    r"\s+\Z"
)


def issued(site: CueSite) -> Credit | None:
    """``The mayor issued a statement saying that``: the subject of the verb that put the
    message out is the source of the participle after it."""
    cue, text = site.cue, site.text
    if cue.flags & (Frame.FINDING | Frame.PROGRESSIVE):
        return None  # ``released a poll showing``: the work shows; ``a memo outlining``: no speech
    s_start = site.sentence[0]
    found = _ISSUED.search(text, max(s_start, cue.start - LOOK), cue.start)
    if found is None or (found.group(1) or found.group(2)).endswith("ing"):
        return None  # ``considered sending Apple a notice claiming``: the verb of a clause with no subject of its own
    if any(f.cue_start <= found.start() < f.cue_end for f in site.done):
        return None  # ``Cruz wrote an op-ed urging``: the verb already credits the message to its source
    phrase = source_before(text, found.start(), s_start)
    if phrase is None or not credits_a_work(site, phrase):
        return None
    return framed(site, credit(site, phrase, check(site, phrase), site.cue_end))
