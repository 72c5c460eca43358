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

import bisect
import re
from collections.abc import Sequence

from newsdoc._model import AttributionKind
from newsdoc._parse.cues import Cue
from newsdoc._parse.cuewords import CUE_FORMS, CueFlag
from newsdoc._parse.describe import described
from newsdoc._parse.found import Found
from newsdoc._parse.lexicon import (
    ADVERBS_BEFORE_CUE,
    COUNTABLE_WORK_NOUNS,
    DETERMINERS,
    MASS_WORK_NOUNS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    words,
)
from newsdoc._parse.names import Context
from newsdoc._parse.phrases import Phrase
from newsdoc._parse.phrases_left import source_before
from newsdoc._parse.phrases_right import source_after, subject_of
from newsdoc._parse.quotes import QuoteSpan
from newsdoc._parse.sentences import LOOK, sentence_of

__all__ = ["read_attributions"]

# What may follow a cue word and still belong to the cue: the person told, and where it
# was said. Anchored at the cue word's end; no quantifier is nested.
_TOLD_WHOM = re.compile(r" (?:Axios|us|me|reporters|him|her|them)\b")
_CUE_TAIL = re.compile(
    r"(?: (?:in|on|during) (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}?"
    r"(?:statement|email|e-mail|post|interview|report|letter|memo|filing|tweet|video|briefing|call|blog post)"
    r"(?: on (?:X|Truth Social|Facebook|Instagram|LinkedIn|Threads|Bluesky))?"
    r"| on (?:X|Truth Social|Facebook|Instagram|LinkedIn|Threads|Bluesky))?"
)
# After a quote: ``was the president's plea``, ``is her message``.
_POSSESSIVE_NOUN = re.compile(
    r"\s+(?:was|is|were|are|came|remains|became)\s+(?P<source>(?:the |a |an )?[\w.\- ]{1,40}?)(?:'s|’s|'|’)\s+"
    r"(?:\w+\s+)?(?P<cue>plea|message|response|reply|statement|warning|answer|argument|verdict|assessment|"
    r"retort|refrain|pitch|promise|claim|view|take|words|advice|prediction|explanation|demand|call|"
    r"appeal|slogan|mantra|motto|boast|complaint|request|instruction|order)\b"
)
_COMPLEMENT_OPENERS = frozenset(',.:;!?"\u201c\u201d\u2014')
_NOT_SOURCES = frozenset(("i", "we", "you", "me", "us"))
"""The writer and the reader are not sources: ``we hear``, ``you asked``."""
_ROLE_ADJECTIVES = frozenset(("former", "senior", "longtime", "acting", "veteran", "executive", "then"))
_CLAUSE_ENDERS = frozenset(',.;:!?"\u201c\u201d\u2014)')
_AFTER_INVERTED_SOURCE = words("in on at during after before while when who which as via from to about")
_PREPOSITIONS_AFTER = [[w] for w in ("in", "by", "on", "at", "during", "among", "across", "within")]
_QUOTE_REACH = 120
"""How far after a verb like ``called`` its quote may open."""
_PLURAL_PRONOUNS = words("they we you i")
_SUBJECTS = words("he she it they himself herself itself themselves")
_AUXILIARIES = words("is are was were be been has have had do does did will would can could should may might must")
_PLAIN_SPEECH = words("said says told tells wrote writes added adds asked asks")
_SINGULAR_OPENERS = frozenset(("a", "an", "another", "each", "every", "this", "one"))


def _quote_after(text: str, quotes: Sequence[QuoteSpan], marks: Sequence[int], at: int, limit: int) -> bool:
    """Whether a quote of words (not a title) opens soon after ``at``, before ``limit``;
    ``marks`` are the sorted opening marks of ``quotes``."""
    j = bisect.bisect_left(marks, at)
    if j >= len(marks) or marks[j] >= min(limit, at + _QUOTE_REACH):
        return False
    q = quotes[j]
    words = text[q.start : q.end].split()
    return not (words and len(words) > 1 and all(w[:1].isupper() for w in words))  # ``dubbed the "VC-25B Bridge"``


def _inside_quote(quotes: Sequence[QuoteSpan], marks: Sequence[int], at: int) -> bool:
    j = bisect.bisect_right(marks, at) - 1
    return j >= 0 and quotes[j].start <= at < quotes[j].end


def _quote_touching(text: str, at: int, s_start: int) -> bool:
    """Whether a quote closes just before ``at``, with only a comma between (``"...," she replied``)."""
    before = text[max(s_start, at - LOOK) : at].rstrip(" ,")
    return before.endswith(('"', "\u201d"))


def _complement_ok(text: str, at: int, *, clause_end: bool) -> bool:
    """Whether ``that``, a quote, a colon or a comma follows (or, if allowed, the clause ends)."""
    rest = text[at : at + 6].lstrip()
    if not rest:
        return clause_end
    return (rest[0] in _COMPLEMENT_OPENERS and (clause_end or rest[0] not in ".!?")) or rest.startswith("that ")


def _plain_start(text: str, phrase: Phrase) -> bool:
    """Whether a phrase opens with a determiner, a capital or a number (not a bare common noun)."""
    first = text[phrase.start : phrase.end].split(" ", 1)[0]
    return first[:1].isupper() or first[:1].isdigit() or first.lower() in DETERMINERS


def _role_start(text: str, phrase: Phrase) -> bool:
    """Whether a phrase opens with a role or leads to a name within three words:
    ``executive coach and founder of ...``, ``former ...``, ``progressive Rep. Ro Khanna``."""
    words = text[phrase.start : phrase.end].split(" ", 3)
    first = words[0].lower()
    return first in ROLE_NOUNS or first in _ROLE_ADJECTIVES or any(w[:1].isupper() for w in words[1:3])


def _per_source(text: str, phrase: Phrase) -> bool:
    """Whether the phrase after ``per`` is a source rather than a unit (``per household``)."""
    if _plain_start(text, phrase):
        return True
    last = text[phrase.start : phrase.head_end].rsplit(" ", 1)[-1].lower()
    return last in COUNTABLE_WORK_NOUNS or last in MASS_WORK_NOUNS


def _acceptable(
    text: str, phrase: Phrase, context: Context, *, plural_verb: bool = False, speaking: bool = False
) -> bool:
    """Whether a bounded phrase can be a source: not the writer or reader, not a bare
    determiner or possessive, agreeing with a plural verb, and able to speak."""
    head = text[phrase.start : phrase.head_end]
    words = head.split()
    if not words:
        return False
    first = words[0].lower()
    if first in _NOT_SOURCES or all(w.lower() in DETERMINERS for w in words):
        return False
    if words[-1].endswith(("'s", "’s")) or (len(words) == 1 and words[0].endswith(("'", "’"))):
        return False
    if plural_verb and first in _SINGULAR_OPENERS:
        return False
    d = described(context, text[phrase.start : phrase.end], phrase.head_end - phrase.start)
    if plural_verb and not (d.plural or (d.number or 0) > 1 or first in _PLURAL_PRONOUNS or "%" in head):
        return False  # ``the 10-year Treasury note`` is not a subject of ``note``
    return speaking or d.speaker


def read_attributions(
    para: int, text: str, cues: Sequence[Cue], starts: Sequence[int], quotes: Sequence[QuoteSpan], *, context: Context
) -> list[Found]:
    """The attributions of paragraph ``para`` from its cues, sentence starts and quotes."""
    out: list[Found] = []
    n = len(text)
    marks = [q.mark for q in quotes]
    for cue in cues:
        if out and cue.start < out[-1].cue_end:
            continue  # inside the previous cue: ``said in a blog post``
        if _inside_quote(quotes, marks, cue.start):
            continue  # the speaker's own words
        found = _one(
            para, text, cue, sentence_of(starts, cue.start, n), quotes=(quotes, marks), done=out, context=context
        )
        if found is not None:
            out.append(found)
    out.extend(_possessive_nouns(para, text, quotes))
    for f in out:
        f.description = described(context, text[f.start : f.end], f.head_end - f.start)
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
    if kind is AttributionKind.ACCORDING_TO:
        phrase = source_after(text, cue.end, s_end)
        if phrase is None or not _acceptable(text, phrase, context):
            return None
        if cue.word.lower() == "per":
            return (
                Found(para, phrase, (cue.start, cue.end), kind=kind, rule="per") if _per_source(text, phrase) else None
            )
        return Found(para, phrase, (cue.start, cue.end), kind=kind, rule="according-to")
    if kind is not AttributionKind.SAID:
        phrase = source_before(text, cue.start, s_start)
        if phrase is None or not _acceptable(text, phrase, context):
            return None
        rule = "declined" if kind is AttributionKind.DECLINED else "no-response"
        return Found(para, phrase, (cue.start, cue.end), kind=kind, rule=rule)
    flags = cue.flags
    if _ruled_out(text, cue, s_start):
        return None
    licensed = _quote_after(text, *quotes, cue.word_end, s_end)
    if flags & CueFlag.PARTICIPLE:
        return (
            _participle(para, text, cue, s_start, done=done, context=context)
            if licensed or not flags & CueFlag.QUOTE
            else None
        )
    cue_end = cue.word_end
    if cue.word.lower().startswith(("tell", "told")):
        whom = _TOLD_WHOM.match(text, cue_end)
        cue_end = whom.end() if whom is not None else cue_end
    tail = _CUE_TAIL.match(text, cue_end)
    cue_end = tail.end() if tail is not None else cue_end
    phrase = source_before(text, cue.start, s_start)
    rule = "source-verb"
    if (
        phrase is not None
        and flags & CueFlag.INVERT
        and text[max(s_start, cue.start - 3) : cue.start].rstrip().endswith(",")
    ):
        inverted = source_after(text, cue.word_end, s_end)
        if inverted is not None and _plain_start(text, inverted) and _clause_ends(text, inverted.end):
            phrase = None  # ``the Treasury note, which reflects ..., says Brett Loper``: the source follows
    if phrase is not None:
        if flags & CueFlag.NOUNLIKE and not (
            _plain_start(text, phrase) and _heads_verb(text, phrase) and _clause_follows(text, cue.word_end)
        ):
            return None  # a plural noun, not a verb: ``news reports said``, ``in swing states scramble``
        if not _acceptable(text, phrase, context, plural_verb=bool(flags & CueFlag.BASE)):
            return None
    elif _after_and(text, cue.start, s_start):
        if done and done[-1].first >= s_start:
            return None  # the verb shares the subject of the one before: ``X called ... and warned``
        plain = cue.word.lower() in _PLAIN_SPEECH
        if not (plain or licensed or _complement_ok(text, cue.word_end, clause_end=False)):
            return None  # ``... and alleged conservative censorship``: not speech
        phrase = subject_of(text, s_start, cue.start)
        if phrase is None or not _acceptable(text, phrase, context):
            return None
        rule = "and-verb"
    elif flags & CueFlag.INVERT and _inverted(text, cue.start, s_start):
        phrase = source_after(text, cue.word_end, s_end)
        if phrase is None or not (_plain_start(text, phrase) or _role_start(text, phrase)):
            return None
        quoted = _quote_touching(text, cue.start, s_start)  # ``"...," said my tour guide``: speech for sure
        if not _acceptable(text, phrase, context, speaking=quoted) or not _clause_ends(text, phrase.end):
            return None
        rule, cue_end = "verb-source", cue.word_end
    else:
        return None
    if flags & CueFlag.QUOTE and not (licensed or _quote_touching(text, min(phrase.start, cue.start), s_start)):
        return None  # ``called`` reports speech only with the words quoted
    found = Found(para, phrase, (cue.start, cue_end), kind=kind, rule=rule)
    found.quote_licensed = bool(flags & CueFlag.QUOTE)
    found.finding = bool(flags & CueFlag.FINDING)
    return found


def _heads_verb(text: str, phrase: Phrase) -> bool:
    """Whether the phrase ends in a word that can be the subject of a verb right after it:
    a name, a pronoun or a noun for a source (``the report states``, not ``swing states``)."""
    last = text[phrase.start : phrase.head_end].rsplit(" ", 1)[-1]
    return last[:1].isupper() or last.lower() in SOURCE_NOUNS or last.lower() in _SUBJECTS


def _ruled_out(text: str, cue: Cue, s_start: int) -> bool:
    """Whether the words around a verb show that it reports nobody here."""
    flags = cue.flags
    following = text[cue.word_end : cue.word_end + 8].split(" ", 2)[1:2]
    if flags & CueFlag.FINDING and following in _PREPOSITIONS_AFTER:
        return True  # a participle, not a verb: ``the issue found in the company report``
    if _passive_agent(text, cue.word_end):
        return True  # ``data reported on by Axios``, ``a letter written by``
    if flags & CueFlag.QUOTE and _naming(text, cue):
        return True  # ``computers called "servers"``: a name given, not words reported
    reports = following == ["that"] or (bool(following) and following[0][:1].isdigit())
    if flags & CueFlag.FINDING and flags & CueFlag.BASE and not reports:
        return True  # ``help defenders find vulnerabilities``; but ``researchers find that``
    if not flags & CueFlag.COMPLEMENT or _quote_touching(text, cue.start, s_start):
        return False  # ``"...," adds English``
    return not _complement_ok(text, cue.word_end, clause_end=bool(flags & CueFlag.INVERT))  # ``added 500 jobs``


def _passive_agent(text: str, at: int) -> bool:
    """Whether the verb ending at ``at`` is a passive participle: ``by`` follows it."""
    return text[at : at + 8].lstrip().startswith(("by ", "on by ", "in by "))


def _naming(text: str, cue: Cue) -> bool:
    """Whether ``called`` (or the like) names something: a noun before it, its quote right after."""
    if text[cue.word_end : cue.word_end + 3].lstrip()[:1] not in ('"', "\u201c"):
        return False
    words = text[max(0, cue.start - 30) : cue.start].split()
    before = words[-1] if words else ""
    return before.isalpha() and before.islower() and before not in _AUXILIARIES and before not in _SUBJECTS


def _clause_follows(text: str, at: int) -> bool:
    """Whether a word that may be a plural noun is a verb here: what follows is not a verb
    of its own (``swing states are``, ``news reports said``)."""
    word = text[at : at + 20].split(" ", 2)[1:2]
    if not word:
        return True
    low = word[0].lower()
    return low not in _AUXILIARIES and low not in CUE_FORMS


def _clause_ends(text: str, at: int) -> bool:
    """Whether an inverted source ends its clause: ``," says Stafford.``, not ``insists Russia is``."""
    rest = text[at : at + 20].lstrip()
    if not rest or rest[0] in _CLAUSE_ENDERS:
        return True
    word = rest.split(" ", 1)[0].lower()
    return (
        word in _AFTER_INVERTED_SOURCE
        or word.endswith("ly")
        or (word.endswith(("ed", "ing")) and word not in _AUXILIARIES)
    )


def _after_and(text: str, at: int, s_start: int) -> bool:
    """Whether the verb at ``at`` is the second of two joined by ``and``: ``X met Y and said``."""
    words = text[max(s_start, at - 40) : at].split()
    while words and words[-1].lower() in ADVERBS_BEFORE_CUE:
        words.pop()
    return bool(words) and words[-1] == "and"


def _inverted(text: str, at: int, s_start: int) -> bool:
    """Whether the verb at ``at`` follows a comma, a quote or the start of its sentence."""
    before = text[max(s_start, at - LOOK) : at].rstrip()
    return not before or before[-1] in ',"\u201d\u2014'


def _participle(para: int, text: str, cue: Cue, s_start: int, *, done: list[Found], context: Context) -> Found | None:
    """``..., saying that`` or ``... and vowing to``: the subject of the sentence is the source."""
    before = text[max(s_start, cue.start - LOOK) : cue.start].rstrip()
    after_noun = bool(cue.flags & CueFlag.QUOTE) and before[-1:].isalpha()
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
    if phrase is None or not _acceptable(text, phrase, context):
        return None
    return Found(para, phrase, (cue.start, cue.word_end), kind=AttributionKind.SAID, rule="participle")


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
