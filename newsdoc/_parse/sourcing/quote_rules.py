"""The rules that read a quote and the words after it: who is credited with it there.

They run on every closed quote of a paragraph after the cue rules (see
:mod:`~newsdoc._parse.sourcing.rules`, whose table lists them too).
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.grammar import BE_FORMS, DETERMINERS, HAVE_FORMS, LINKING_VERBS, ORIGIN_PREPOSITIONS
from newsdoc._parse.lexicon.messages import SPEECH_NOUNS
from newsdoc._parse.lexicon.numbers import CARDINALS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS, SAYING
from newsdoc._parse.sourcing.describe import described, head_noun
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.records import Credit, QuoteSite
from newsdoc._parse.sourcing.source_after import source_after
from newsdoc._parse.sourcing.source_checks import acceptable
from newsdoc._parse.sourcing.subjects import subject_of
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.words import WORK_NOUNS, speech_noun

__all__ = ["colon_credit", "dash_credit", "possessive_noun"]


# After a quote: ``was the president's plea``, ``is her message``.
_POSSESSIVE_NOUN: Final = re.compile(
    r"\s+(?:" + alternatives(LINKING_VERBS) + r")\s+(?P<source>(?:the |a |an )?[\w.\- ]{1,40}?)(?:'s|’s|'|’)\s+"
    r"(?:\w+\s+)?(?P<cue>" + alternatives(SPEECH_NOUNS) + r")\b"
)


def possessive_noun(site: QuoteSite) -> Credit | None:
    """``"..." was the president's plea``: a noun of speech after a quote, its owner the source."""
    q, text = site.quote, site.text
    if not q.closed:
        return None
    m = _POSSESSIVE_NOUN.match(text, q.end + 1)
    if m is None:
        return None
    source = m.group("source")
    if not source.strip() or not (source[0].isupper() or source.split(" ", 1)[0] in ("the", "a", "an")):
        return None
    start = m.start("source")
    end = start + len(source.rstrip())
    d = described(site.context, text[start:end], end - start)
    return Credit(Phrase(start, end, end), m.start("cue"), m.end("cue"), d)


# A quote credited by a dash: ``"We will win." ― Jane Roe`` (a horizontal bar, an em or an en dash).
_DASH_CREDIT: Final = re.compile(r"\s*(?P<cue>[\u2015\u2014]|(?<=\s)(?:--?|\u2013)(?=\s))\s*")
"""A dash after a quote: a long one, or an en dash, a hyphen or two set off by spaces (``"..." - Jane Roe``)."""


def dash_credit(site: QuoteSite) -> Credit | None:
    """``"We will win." ― Jane Roe``: a name after a dash credits the quote, where nothing but the
    next quote follows the name."""
    q, text = site.quote, site.text
    if not q.closed:
        return None
    m = _DASH_CREDIT.match(text, q.end + 1)
    if m is None:
        return None
    phrase = source_after(text, m.end(), len(text))
    if phrase is None:
        return None
    rest = text[phrase.end :].lstrip(" .,;")
    line = _credit_line(text, q.end, phrase.end)  # ``"..." — Jane Roe, in her farewell speech``
    if rest and rest[0] not in '"\u201c' and not line:
        return None  # a dash inside a sentence (``"..." — a charge that stung``), not a credit
    d = acceptable(text, phrase, site.context)
    if d is None:
        return None
    if text[phrase.start : phrase.start + 1].isupper():
        named = not (d.person is False and d.named is not True)  # a name, or a role before one
    else:  # a role before a name (``"..." — defense attorney Paul Gruber``), or one alone on its line
        named = d.name is not None or (line and d.speaker and d.named is False)  # ``— a nurse at the clinic``
    return Credit(phrase, m.start("cue"), m.end("cue"), d) if named else None


def _credit_line(text: str, quote_end: int, at: int) -> bool:
    """Whether a quote that ends a sentence is followed by its credit alone to the end of the
    paragraph, what comes after the source set off by a comma or opening with a preposition:
    ``"We will win." — Jane Roe, in her farewell speech``, ``— a nurse in Ohio``."""
    said = text[max(0, quote_end - 3) : quote_end].rstrip('"\u201d')
    if not said.endswith((".", "!", "?")):
        return False
    rest = text[at:].rstrip().removesuffix(".")
    first = rest.split(None, 1)[0] if rest.strip() else ""
    opens = rest.startswith(",") or first in NP_PREPOSITIONS
    quoted = any(mark in rest for mark in ('"', "''", "\u201c", "\u201d"))  # ``- Russian for ''goodbye.''``
    return not rest or (opens and not quoted and len(rest) <= LOOK and _END_OF_SENTENCE.search(rest) is None)


_END_OF_SENTENCE: Final = re.compile(r"[.!?]\s")


_COLON_CLAUSE: Final = 4
"""The most words between the subject and the colon of a clause that introduces a quote."""
_NOT_SPEECH_CLAUSE: Final = DETERMINERS | BE_FORMS | frozenset(CARDINALS)
"""Words in a clause before a colon that show the colon introduces something else than speech:
a noun phrase object (``got a text:``, ``asked one question:``) or a passive (``were asked:``)."""
_NOT_IN_COLON_CLAUSE: Final = frozenset('"\u201c\u201d:;\u2014\u2013')
"""Marks that the clause before such a colon does not hold: quotes, a second colon, dashes."""


def colon_credit(site: QuoteSite) -> Credit | None:
    """``Kasich resisted: "..."``, ``Clinton: "..."``: the subject of the clause that a colon
    ends credits the quote that opens after it, where no cue of that sentence credits anyone; so
    does a comma after a noun of speech (``issued a statement, "..."``)."""
    q, text = site.quote, site.text
    s_start, s_end = site.sentence
    before = text[s_start : q.mark].rstrip()
    if not (before.endswith(":") or (before.endswith(",") and speech_noun(before[:-1].rpartition(" ")[2]))):
        return None  # but a noun of speech before a comma says what follows: ``issued a statement, "..."``
    colon = s_start + len(before) - 1
    if any(s_start <= f.cue_start < s_end for f in site.done):
        return None  # ``Trump wrote on Truth Social: "..."``: the cue's source has the quote
    phrase = subject_of(text, _after_dash(text, s_start, colon), colon)
    if phrase is None:
        return None
    owner = _owner_of_speech(text, phrase) if _says_what(text[phrase.end : colon]) else None
    if owner is not None:  # ``Her message to donors was simple: "..."``, ``The company's response, in full:``
        who, (noun_start, noun_end) = owner
        owned = described(site.context, text[who.start : who.end], who.end - who.start)
        return Credit(who, noun_start, noun_end, owned)
    between = text[phrase.end : colon]
    words = between.split()
    if text[colon] == "," and any(w.lower() in PREPOSITIONS for w in words):
        return None  # ``hung posters with the slogan, "..."``: the noun is no object of a verb of issuing
    if not _NOT_IN_COLON_CLAUSE.isdisjoint(between) or " - " in between or text[phrase.start : colon].isupper():
        return None  # a heading in capitals names no speaker
    plain = len(words) <= _COLON_CLAUSE and not between.lstrip().startswith(",")
    manner = _manner(words)
    if not plain or (any(w.lower() in _NOT_SPEECH_CLAUSE for w in words) and not manner):
        # ``ran a story:``, ``one question:``, ``were asked:`` hold what follows, but a verb or a noun of
        # speech says what the quote is: ``responded pointedly, with a smile:``, ``delivered a blunt message:``
        spoken = _speech_word(text, phrase.end, colon)
        d = acceptable(text, phrase, site.context) if spoken is not None else None
        if spoken is None or d is None or not d.speaker:
            return None
        return Credit(phrase, spoken[0], spoken[1], d)
    source = text[phrase.start : phrase.end]
    if not words and not (source[:1].isupper() and "'" not in source and "\u2019" not in source):
        return None  # a bare noun is a heading (``the details:``, ``Editor's note:``), a name a speaker
    d = acceptable(text, phrase, site.context)
    if d is None or not d.speaker:
        return None
    if manner and head_noun(text[phrase.start : phrase.head_end]) in WORK_NOUNS:
        return None  # ``The plan was simple: "..."``: a thing described, no speaker
    if not words:
        return Credit(phrase, colon, colon + 1, d)  # the colon is the cue
    return Credit(phrase, phrase.end + len(between) - len(between.lstrip()), phrase.end + len(between.rstrip()), d)


def _after_dash(text: str, start: int, colon: int) -> int:
    """Where a name starts that follows the last dash set off by spaces (or an em dash) before
    ``colon``: a line that credits a quote after a lead-in (``Pollsters agree - Jane Roe: "..."``,
    ``- Jane Roe and Dan Lee:``); ``start`` where no dash stands there or what follows it is no
    name of two capitalised words or more (``- Chapter 4:``, ``- Election night:``, ``- Buy:``)."""
    lead = text[start:colon]
    cut = max(at + len(dash) if (at := lead.rfind(dash)) >= 0 else 0 for dash in _SPACED_DASHES)
    words = lead[cut:].split()
    capitals = [w for w in words if w.lower() not in COORDINATORS]
    named = len(capitals) > 1 and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in capitals)
    return start + cut + len(lead[cut:]) - len(lead[cut:].lstrip()) if cut > 0 and named else start


_SPACED_DASHES: Final = (" - ", " -- ", " \u2013 ", "\u2014")
"""Dashes that set off one part of a line from the next: a hyphen or an en dash between spaces, two
hyphens, an em dash."""


def _owner_of_speech(text: str, phrase: Phrase) -> tuple[Phrase, tuple[int, int]] | None:
    """The possessor of a noun of speech that heads ``phrase``, and where the noun stands: ``Her``
    and ``message`` in ``Her message to donors``, ``The company's`` and ``response``; or None."""
    head = text[phrase.start : phrase.head_end]
    words = head.split(" ")
    noun = head_noun(head)
    owned = next((n for n, w in enumerate(words[:_OWNER_WORDS]) if w.endswith(("'s", "’s"))), -1)
    if words[0].lower() in POSSESSIVE_DETERMINERS:
        owned = 0
    if owned < 0 or not speech_noun(noun) or owned + 1 >= len(words):
        return None
    if not speech_noun(words[owned + 1]):
        return None  # ``Her campaign's message``: the noun must follow its owner
    if words[owned].lower().removesuffix("'s").removesuffix("\u2019s") in TIME_WORDS:
        return None  # ``Monday's statement``, ``Today's verdict``: a time, no owner
    owner_end = phrase.start + len(" ".join(words[: owned + 1]))
    cue_start = owner_end + 1
    return Phrase(phrase.start, owner_end, owner_end), (cue_start, cue_start + len(words[owned + 1]))


def _says_what(between: str) -> bool:
    """Whether the words between a noun of speech and a colon only say what it was: nothing, a
    form of ``be`` and at most one word (``was simple``, ``to donors was simple``), or a phrase set
    off by a comma (``, in full``); not another clause (``was read by a spokesman``)."""
    words = between.split()
    be = next((n for n, w in enumerate(words) if w in BE_FORMS), -1)
    return not words or between.lstrip().startswith(",") or (be >= 0 and len(words) - be <= _BE_AND_WORD)


_BE_AND_WORD: Final = 2
"""A form of ``be`` and the word that says how: ``was simple``."""
_OWNER_WORDS: Final = 4
"""The most words of a possessor before its noun of speech: ``Gov. Jane Roe's``."""


def _manner(words: list[str]) -> bool:
    """Whether the clause before a colon is a form of ``be`` and an adjective, which says how
    the subject spoke (``The mayor was blunt:``, ``She was adamant:``); not a passive (``were
    asked:``) nor a noun (``was a warning:``)."""
    if len(words) != 2 or words[0].lower() not in BE_FORMS:
        return False
    word = words[1]
    return word.isalpha() and word.islower() and not word.endswith(("ed", "en")) and word not in _NOT_SPEECH_CLAUSE


def _speech_word(text: str, start: int, colon: int) -> tuple[int, int] | None:
    """The span of the verb of speech that opens the predicate between ``start`` and its colon
    (after adverbs: ``responded dryly, with a shrug``), or else of a plain one after ``to`` in a
    predicate of ``have`` (``had this to say``) or of a noun for what was said in it (``delivered
    a short message to the council``), where the clause is at most :data:`_LONG_COLON_CLAUSE`
    words long, holds no form of ``be`` (``was read by``) and no ``from`` or ``of`` that gives
    the words to someone else (``a call from the governor``)."""
    clause = text[start:colon]
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(clause)]
    lows = [w[2] for w in words]
    if (
        len(clause.split()) > _LONG_COLON_CLAUSE
        or not BE_FORMS.isdisjoint(lows)
        or not ORIGIN_PREPOSITIONS.isdisjoint(lows)
    ):
        return None
    k = 0
    if clause.lstrip().startswith(",") and "," in clause.lstrip()[1:]:  # ``Roe, the nominee, tweeted``
        aside_end = clause.index(",", clause.index(",") + 1)
        k = next((n for n, w in enumerate(words) if w[0] > aside_end), len(words) - 1)
    while k < len(words) - 1 and (lows[k] in ADVERBS_BEFORE_CUE or lows[k].endswith("ly")):
        k += 1
    flags = CUE_FORMS.get(lows[k], 0) if words else 0
    if flags and not flags & (Frame.NOUNLIKE | Frame.PERFECT | Frame.RAISING | Frame.PARTICIPLE | Frame.BASE):
        return start + words[k][0], start + words[k][1]
    # a plain verb of saying after ``to`` in a predicate of ``have``: ``had this to say about the plan:``;
    # not ``gave the defendant a chance to say:``, whose words are the object's
    said = next(
        (w for j, w in enumerate(words[1:], 1) if lows[j - 1] == "to" and w[2] in SAYING and _has(lows[: j - 1])), None
    )
    if said is not None:
        return start + said[0], start + said[1]
    noun = next((w for w in words if w[2] in SPEECH_NOUNS), None)
    return None if noun is None else (start + noun[0], start + noun[1])


def _has(lows: list[str]) -> bool:
    """Whether a form of ``have`` stands among ``lows``, the words before ``to say``."""
    return not HAVE_FORMS.isdisjoint(lows)


_LONG_COLON_CLAUSE: Final = 10
"""The most words between the subject and the colon of a clause with a verb or noun of speech."""
_WORD: Final = re.compile(r"[A-Za-z][a-z'\u2019-]*")
