"""The rule for a passive verb of speech: its source after ``by`` (``was told by aides``), or its
subject where ``as saying`` follows (``Smith was quoted as saying``, ``was quoted by the paper as
saying``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.grammar import EXAMPLE_OPENERS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.content_edges import lead_words
from newsdoc._parse.sourcing.credits import check, credit
from newsdoc._parse.sourcing.cue_checks import passive_agent
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.records import Credit, CueSite
from newsdoc._parse.sourcing.source_after import source_after
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.verb_groups import as_start, passive_start

__all__ = ["passive"]


# ``was quoted as saying``: the participle of a plain verb of saying after ``as``.
_AS_SAYING: Final = re.compile(
    r"\s+as\s+(?:"
    + "|".join(sorted(f for f, fr in CUE_FORMS.items() if fr & Frame.PLAIN and fr & Frame.PARTICIPLE))
    + r")\b"
)

# ``as saying``, right after the verb or after the place or the agent of the quoting: ``was
# quoted by Politico as saying``, ``is quoted in the book as saying``; the phrase between holds no
# mark but an abbreviation's period (``by Sen. Roe``), and the sentence holds the match.
_QUOTED_AS_SAYING: Final = re.compile(r"(?:\s+(?:by|in|on)\s[^,;:!?\"\u201c\u201d()]{1,80}?)?" + _AS_SAYING.pattern)


def passive(site: CueSite) -> Credit | None:
    """``was told by aides``: a passive verb of speech names its source after ``by``;
    ``Smith was quoted as saying`` in its subject."""
    cue, text = site.cue, site.text
    start = passive_start(site.verb_words)
    saying = _QUOTED_AS_SAYING.match(text, cue.word_end, site.sentence[1])
    if start is not None and saying is not None:  # ``Smith was quoted (by Politico) as saying``: Smith's words
        phrase = source_before(text, start, site.sentence[0])
        return credit(site, phrase, check(site, phrase), saying.end(), start)
    agent = passive_agent(text, cue.word_end)
    opening_as = False
    if start is None:
        start = as_start(site.verb_words)  # ``as first reported by the Tribune``
        if start is None or agent is None:
            return None
        opening_as = lead_words(text, site.sentence[0], start) == start  # ``As reported by the Times, ...``
    if agent is None and cue.flags & Frame.NAMING:
        named = _NAMED_BY.match(text, cue.word_end)  # ``was called a charlatan by fellow doctors``
        agent = None if named is None else passive_agent(text, named.end())
    if agent is not None:
        phrase = source_after(text, agent, site.sentence[1])
        if phrase is not None and opening_as:
            phrase = _fronted_agent(text, phrase)  # ``As reported by the Times, the president plans``
        if phrase is not None and cue.flags & Frame.JUDGING:
            phrase = _before_ground(text, phrase)  # ``was praised by residents`` | ``for her handling``
        return credit(site, phrase, check(site, phrase), cue.word_end, start)
    return None


def _fronted_agent(text: str, phrase: Phrase) -> Phrase:
    """The agent after ``by`` in a clause that opens its sentence with ``as``, which a comma
    closes: where the phrase runs on past a comma and no comma follows it, it ran into the main
    clause, and ends at its first comma (``As reported by the Times, the president plans``); a
    list or an appositive that a comma closes is kept (``As reported by Reuters, Bloomberg and
    CNN,``, ``As noted by Ann Roe, the city's auditor,``)."""
    comma = text.find(",", phrase.start, phrase.end)
    if comma < 0 or text.startswith(",", phrase.end):
        return phrase
    return Phrase(phrase.start, comma, min(comma, phrase.head_end))


# The predicate of a passive verb of naming, before its agent: ``called a charlatan``.
_NAMED_BY: Final = re.compile(r"(?:\s+[\w'\u2019-]+){1,5}?(?=\s+by\s)")
_GROUNDS: Final = (" for ", " as ")


def _before_ground(text: str, phrase: Phrase) -> Phrase:
    """The agent of a passive verb of judging without the ground of the judgment after it
    (``residents`` | ``for her handling``), where the ground is no part of a name (``the Society
    for Human Resource Management``)."""
    for ground in _GROUNDS:
        cut = text.find(ground, phrase.start, phrase.end)
        if cut < 0 or text[phrase.start : cut].rpartition(" ")[2].lower() + ground.rstrip() in EXAMPLE_OPENERS:
            continue  # ``was criticized by groups such as the ACLU``: examples, no ground
        if text[cut + len(ground) : cut + len(ground) + 1].islower():
            return Phrase(phrase.start, cut, min(cut, phrase.head_end))
    return phrase
