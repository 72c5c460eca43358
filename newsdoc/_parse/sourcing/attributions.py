"""Attributions of one paragraph: each cue with the source phrase it credits.

Each rule has a short name, kept in :attr:`Attribution.rule`:

- ``source-verb``: the source stands before its verb (``two Israeli officials said``);
- ``verb-source``: an inverted verb after a quote or a comma (``," said Brian Moynihan``);
- ``according-to`` and ``per``: the source follows (``according to Israeli officials``);
- ``declined``: ``X declined to comment``;
- ``no-response``: ``X did not immediately respond``;
- ``participle``: ``..., saying that`` with the subject of the sentence as source;
- ``and-verb``: ``X met Y and said``, the second of two verbs joined by ``and``;
- ``possessive-noun``: ``"..." was the president's plea``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.grammar import (
    DETERMINERS,
    LINKING_VERBS,
    PLURAL_PRONOUNS,
    SINGULAR_OPENERS,
    SPEECH_PARTICIPANTS,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.lexicon.nouns import (
    COUNTABLE_WORK_NOUNS,
    MASS_WORK_NOUNS,
    MEDIA_NOUNS,
    PLATFORMS,
    PRE_ROLE_MODIFIERS,
    RANK_ADJECTIVES,
    RECIPIENTS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
)
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_checks import (
    after_and,
    clause_ends,
    clause_follows,
    complement_ok,
    heads_verb,
    inside_quote,
    inverted,
    quote_after,
    quote_touching,
    ruled_out,
)
from newsdoc._parse.sourcing.cue_forms import PLAIN_SPEECH
from newsdoc._parse.sourcing.cues import Cue
from newsdoc._parse.sourcing.describe import Description, described
from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.source_after import source_after, subject_of
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.tokens import LOOK, sentence_of

__all__ = ["read_attributions"]


# What may follow a cue word and still belong to the cue: the person told, and where it
# was said. Anchored at the cue word's end; no quantifier is nested, and where neither follows
# the match fails.
def _alternatives(phrases: Iterable[str]) -> str:
    """A regular expression that matches any of ``phrases``, longest first."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))


_TOLD_WHOM = re.compile(r" (?:" + _alternatives(RECIPIENTS) + r")\b")
_PLATFORM = r"on (?:" + _alternatives(PLATFORMS) + ")"
_CUE_TAIL = re.compile(
    r"(?: (?:in|on|during) (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}?"
    r"(?:" + _alternatives(MEDIA_NOUNS) + ")"
    r"(?: " + _PLATFORM + ")?"
    r"| " + _PLATFORM + ")"
)
# After a quote: ``was the president's plea``, ``is her message``.
_POSSESSIVE_NOUN = re.compile(
    r"\s+(?:" + _alternatives(LINKING_VERBS) + r")\s+(?P<source>(?:the |a |an )?[\w.\- ]{1,40}?)(?:'s|’s|'|’)\s+"
    r"(?:\w+\s+)?(?P<cue>" + _alternatives(SPEECH_NOUNS) + r")\b"
)
_NOT_SOURCES = SPEECH_PARTICIPANTS
"""The writer and the reader are not sources: ``we hear``, ``you asked``."""
_PLURAL_SUBJECTS = PLURAL_PRONOUNS | (SPEECH_PARTICIPANTS & SUBJECT_PRONOUNS)
"""Pronouns that take the plain form of a verb: ``they say``, ``I say``."""


def _plain_start(text: str, phrase: Phrase) -> bool:
    """Whether a phrase opens with a determiner, a capital or a number (not a bare common noun)."""
    first = text[phrase.start : phrase.end].split(" ", 1)[0]
    return first[:1].isupper() or first[:1].isdigit() or first.lower() in DETERMINERS


def _role_start(text: str, phrase: Phrase) -> bool:
    """Whether a phrase opens with a role or leads to a name within three words:
    ``executive coach and founder of ...``, ``former ...``, ``progressive Rep. Ro Khanna``."""
    words = text[phrase.start : phrase.end].split(" ", 3)
    first = words[0].lower()
    opens_role = first in ROLE_NOUNS or first in PRE_ROLE_MODIFIERS or first in RANK_ADJECTIVES
    return opens_role or any(w[:1].isupper() for w in words[1:3])


def _per_source(text: str, phrase: Phrase) -> bool:
    """Whether the phrase after ``per`` is a source rather than a unit (``per household``)."""
    if _plain_start(text, phrase):
        return True
    last = text[phrase.start : phrase.head_end].rsplit(" ", 1)[-1].lower()
    return last in COUNTABLE_WORK_NOUNS or last in MASS_WORK_NOUNS


def _acceptable(
    text: str, phrase: Phrase, context: Context, *, plural_verb: bool = False, speaking: bool = False
) -> Description | None:
    """The description of a bounded phrase that can be a source, or None: not the writer or
    reader, not a bare determiner or possessive, agreeing with a plural verb, and able to speak."""
    head = text[phrase.start : phrase.head_end]
    words = head.split()
    if not words:
        return None
    first = words[0].lower()
    if first in _NOT_SOURCES or (first in DETERMINERS and all(w.lower() in DETERMINERS for w in words[1:])):
        return None
    if words[-1].endswith(("'s", "’s")) or (len(words) == 1 and words[0].endswith(("'", "’"))):
        return None
    if plural_verb and first in SINGULAR_OPENERS:
        return None
    d = described(context, text[phrase.start : phrase.end], phrase.head_end - phrase.start)
    if plural_verb and not (d.plural or (d.number or 0) > 1 or first in _PLURAL_SUBJECTS or "%" in head):
        return None  # ``the 10-year Treasury note`` is not a subject of ``note``
    return d if speaking or d.speaker else None


def read_attributions(
    para: int, text: str, cues: Sequence[Cue], starts: Sequence[int], quotes: Sequence[QuoteSpan], *, context: Context
) -> list[Found]:
    """The attributions of paragraph ``para`` from its cues, sentence starts and quotes."""
    out: list[Found] = []
    n = len(text)
    marks = [q.mark for q in quotes] if quotes else []  # most paragraphs with a cue quote nobody
    for cue in cues:
        if out and cue.start < out[-1].cue_end:
            continue  # inside the previous cue: ``said in a blog post``
        if inside_quote(quotes, marks, cue.start):
            continue  # the speaker's own words
        found = _one(
            para, text, cue, sentence_of(starts, cue.start, n), quotes=(quotes, marks), done=out, context=context
        )
        if found is not None:
            out.append(found)
    if quotes:
        for f in _possessive_nouns(para, text, quotes):  # the other rules described their source
            f.description = described(context, text[f.start : f.end], f.head_end - f.start)
            out.append(f)
    if len(out) > 1:  # most paragraphs hold one attribution or none
        out.sort(key=lambda f: f.first)
    return out


def _one(
    para: int,
    text: str,
    cue: Cue,
    sentence: tuple[int, int],
    *,
    quotes: tuple[Sequence[QuoteSpan], Sequence[int]],
    done: list[Found],
    context: Context,
) -> Found | None:
    s_start, s_end = sentence
    kind = cue.kind
    if kind is not AttributionKind.SAID:
        return _not_said(para, text, cue, sentence, context=context)
    flags = cue.flags
    if ruled_out(text, cue, s_start):
        return None
    licensed = quote_after(text, *quotes, cue.word_end, s_end)
    if flags & Frame.PARTICIPLE:
        return (
            _participle(para, text, cue, s_start, done=done, context=context)
            if licensed or not flags & Frame.QUOTE
            else None
        )
    cue_end = cue.word_end
    if cue.flags & Frame.OBJECT:
        whom = _TOLD_WHOM.match(text, cue_end)
        cue_end = whom.end() if whom is not None else cue_end
    tail = _CUE_TAIL.match(text, cue_end)  # fails at its first characters where no tail follows
    cue_end = tail.end() if tail is not None else cue_end
    phrase = source_before(text, cue.start, s_start)
    rule = "source-verb"
    if (
        phrase is not None
        and flags & Frame.INVERT
        and text[max(s_start, cue.start - 3) : cue.start].rstrip().endswith(",")
    ):
        later = source_after(text, cue.word_end, s_end)
        if later is not None and _plain_start(text, later) and clause_ends(text, later.end):
            phrase = None  # ``the Treasury note, which reflects ..., says Brett Loper``: the source follows
    if phrase is not None:
        if flags & Frame.NOUNLIKE and not (
            _plain_start(text, phrase) and heads_verb(text, phrase) and clause_follows(text, cue.word_end)
        ):
            return None  # a plural noun, not a verb: ``news reports said``, ``in swing states scramble``
        d = _acceptable(text, phrase, context, plural_verb=bool(flags & Frame.BASE))
        if d is None:
            return None
    elif after_and(text, cue.start, s_start):
        if done and done[-1].first >= s_start:
            return None  # the verb shares the subject of the one before: ``X called ... and warned``
        plain = cue.word.lower() in PLAIN_SPEECH
        if not (plain or licensed or complement_ok(text, cue.word_end, clause_end=False)):
            return None  # ``... and alleged conservative censorship``: not speech
        phrase = subject_of(text, s_start, cue.start)
        d = None if phrase is None else _acceptable(text, phrase, context)
        if phrase is None or d is None:
            return None
        rule = "and-verb"
    elif flags & Frame.INVERT and inverted(text, cue.start, s_start):
        phrase = source_after(text, cue.word_end, s_end)
        if phrase is None or not (_plain_start(text, phrase) or _role_start(text, phrase)):
            return None
        quoted = quote_touching(text, cue.start, s_start)  # ``"...," said my tour guide``: speech for sure
        d = _acceptable(text, phrase, context, speaking=quoted)
        if d is None or not clause_ends(text, phrase.end):
            return None
        rule, cue_end = "verb-source", cue.word_end
    else:
        return None
    if flags & Frame.QUOTE and not (licensed or quote_touching(text, min(phrase.start, cue.start), s_start)):
        return None  # ``called`` reports speech only with the words quoted
    found = Found(para, phrase, (cue.start, cue_end), kind=kind, rule=rule, description=d)
    found.quote_licensed = bool(flags & Frame.QUOTE)
    found.finding = bool(flags & Frame.FINDING)
    return found


def _not_said(para: int, text: str, cue: Cue, sentence: tuple[int, int], *, context: Context) -> Found | None:
    """``according to X`` and ``per X``, with the source after; ``X declined to comment`` and
    ``X did not respond``, with the source before."""
    kind = cue.kind
    if kind is AttributionKind.ACCORDING_TO:
        phrase = source_after(text, cue.end, sentence[1])
        d = None if phrase is None else _acceptable(text, phrase, context)
        if phrase is None or d is None:
            return None
        if cue.word.lower() == "per":
            if not _per_source(text, phrase):
                return None
            return Found(para, phrase, (cue.start, cue.end), kind=kind, rule="per", description=d)
        return Found(para, phrase, (cue.start, cue.end), kind=kind, rule="according-to", description=d)
    phrase = source_before(text, cue.start, sentence[0])
    d = None if phrase is None else _acceptable(text, phrase, context)
    if phrase is None or d is None:
        return None
    rule = "declined" if kind is AttributionKind.DECLINED else "no-response"
    return Found(para, phrase, (cue.start, cue.end), kind=kind, rule=rule, description=d)


def _participle(para: int, text: str, cue: Cue, s_start: int, *, done: list[Found], context: Context) -> Found | None:
    """``..., saying that`` or ``... and vowing to``: the subject of the sentence is the source."""
    before = text[max(s_start, cue.start - LOOK) : cue.start].rstrip()
    after_noun = bool(cue.flags & Frame.QUOTE) and before[-1:].isalpha()
    if not (before.endswith((",", " and")) or after_noun):
        return None  # ``a speech calling it "a train wreck"`` is read, ``a warning sign`` is not
    following = text[cue.word_end : cue.word_end + 5].lstrip()
    if following.startswith(",") and following[1:].lstrip()[:1] in ('"', "\u201c"):
        following = following[1:].lstrip()  # ``saying, "..."``
    if not following or following.startswith((",", ".", ";", ")", "and ", "or ")):
        return None  # an item of a list: ``planning, writing and analysis``
    if done and done[-1].kind is AttributionKind.SAID and s_start <= done[-1].first < cue.start:
        return None  # the sentence already credits its speaker: ``says Stafford, adding that``
    phrase = subject_of(text, s_start, cue.start)
    d = None if phrase is None else _acceptable(text, phrase, context)
    if phrase is None or d is None:
        return None
    return Found(para, phrase, (cue.start, cue.word_end), kind=AttributionKind.SAID, rule="participle", description=d)


def _possessive_nouns(para: int, text: str, quotes: Sequence[QuoteSpan]) -> list[Found]:
    out: list[Found] = []
    for q in quotes:
        if not q.closed:
            continue
        m = _POSSESSIVE_NOUN.match(text, q.end + 1)
        if m is None:
            continue
        source = m.group("source")
        if not source.strip() or not (source[0].isupper() or source.split(" ", 1)[0] in ("the", "a", "an")):
            continue
        start = m.start("source")
        phrase = Phrase(start, start + len(source.rstrip()), start + len(source.rstrip()))
        found = Found(para, phrase, (m.start("cue"), m.end("cue")), kind=AttributionKind.SAID, rule="possessive-noun")
        out.append(found)
    return out
