"""Attributions of one paragraph: run the rules of :mod:`~newsdoc._parse.sourcing.rules` on
every cue and every quote, and keep what they credit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.capitals import headline_quote
from newsdoc._parse.sourcing.cue_checks import clause_ends, ruled_out
from newsdoc._parse.sourcing.media import hearer_end, medium_end
from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.quote_checks import colon_ends, inside_quote, quote_after, quote_next, reported_after
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.records import Credit, Cue, CueRule, CueSite, Found, QuoteRule, QuoteSite
from newsdoc._parse.sourcing.rules import RULES
from newsdoc._parse.sourcing.sentences import sentence_of
from newsdoc._parse.sourcing.source_after import source_after
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.source_checks import acceptable, plain_start
from newsdoc._parse.sourcing.tokens import LOOK, OPENING_MARKS
from newsdoc._parse.sourcing.verb_groups import words_before

__all__ = ["read_attributions"]

# The kinds as module constants: compiled with mypyc, ``AttributionKind.SAID`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
SAID: Final = AttributionKind.SAID

_CUE_RULES: Final = {
    (kind, participle): [
        rule for rule in RULES if isinstance(rule, CueRule) and rule.reads is kind and rule.participle is participle
    ]
    for kind in AttributionKind
    for participle in (False, True)
}
"""The cue rules of each kind of cue, for finite verbs and for participles, in the table's order."""
_QUOTE_RULES: Final = [rule for rule in RULES if isinstance(rule, QuoteRule)]


def read_attributions(
    para: int,
    text: str,
    cues: list[Cue],
    starts: list[int],
    quotes: list[QuoteSpan],
    *,
    context: Context,
    quoted_next: bool = False,
) -> list[Found]:
    """The attributions of paragraph ``para`` from its cues, sentence starts and quotes;
    ``quoted_next`` says whether the next paragraph opens with a quote."""
    out: list[Found] = []
    n = len(text)
    marks = [q.mark for q in quotes] if quotes else []  # most paragraphs with a cue quote nobody
    for cue in cues:
        if out and cue.start < out[-1].cue_end:
            continue  # inside the previous cue: ``said in a blog post``
        if inside_quote(quotes, marks, cue.start):
            continue  # the speaker's own words
        if cue.flags & Frame.NOUNLIKE and any(f.head_end <= cue.start < f.end for f in out):
            continue  # a noun past the head of a source read: ``said Jane Roe, a lawyer who studies tax reports``
        sentence = sentence_of(starts, cue.start, n)
        if cue.kind is SAID and ruled_out(text, cue, sentence[0]):
            continue
        site = _site(text, cue, sentence, quotes=(quotes, marks), done=out, context=context, quoted_next=quoted_next)
        for rule in _CUE_RULES[cue.kind, bool(cue.flags & Frame.PARTICIPLE)]:
            credit = rule.apply(site)
            if credit is not None:
                out.append(_found(para, credit, cue, rule.name))
                break
    for q in quotes:
        quote_site = QuoteSite(text, q, context, sentence_of(starts, q.mark, n), out)
        for quote_rule in _QUOTE_RULES:
            credit = quote_rule.apply(quote_site)
            if credit is not None:
                out.append(_found(para, credit, None, quote_rule.name))
                break
    if len(out) > 1:  # most paragraphs hold one attribution or none
        out.sort(key=lambda f: f.first)
    return out


def _found(para: int, credit: Credit, cue: Cue | None, rule: str) -> Found:
    phrase = credit.phrase
    kind = cue.kind if cue is not None else SAID
    finding = cue is not None and bool(cue.flags & Frame.FINDING)
    told = cue is not None and bool(cue.flags & Frame.OBJECT)
    # para, start, end, head_end, cue_start, cue_end, kind, rule, description, finding, told
    return Found(
        para,
        phrase.start,
        phrase.end,
        phrase.head_end,
        credit.cue_start,
        credit.cue_end,
        kind,
        rule,
        credit.description,
        finding,
        told,
    )


def _site(
    text: str,
    cue: Cue,
    sentence: tuple[int, int],
    *,
    quotes: tuple[list[QuoteSpan], list[int]],
    done: Sequence[Found],
    context: Context,
    quoted_next: bool,
) -> CueSite:
    """The cue in its sentence; for a verb of speech, with the words before it, and for a finite
    one the source phrase before it and the tail of the cue, which three rules share."""
    if cue.kind is not SAID:
        return CueSite(text, cue, sentence, context, done)
    licensed = quote_after(text, quotes[0], quotes[1], cue.word_end, sentence[1]) or headline_quote(text, cue.word_end)
    if cue.flags & Frame.ADJACENT:  # ``wondered aloud: "..."``, ``mused that ... "..."``; not ``scoffed at the "..."``
        licensed = quote_next(text, quotes[1], cue.word_end) or (licensed and reported_after(text, cue.word_end))
    # ``Cruz continued:`` or ``The mayor fired back:`` and a quote that opens the next paragraph
    licensed = licensed or (quoted_next and colon_ends(text, cue.word_end))
    words = words_before(text, cue.start, sentence[0])
    cue_end = cue.end  # past the word where a verb of talking reaches its topic: ``spoke to CNN about``
    if cue.flags & Frame.OBJECT:  # ``told reporters``, ``telling reporters``
        cue_end = hearer_end(text, cue_end)
    if cue.flags & Frame.PARTICIPLE:
        return CueSite(text, cue, sentence, context, done, licensed, cue_end=cue_end, verb_words=words)
    cue_end = medium_end(text, cue_end)
    before = _before(text, cue, sentence, context)
    return CueSite(text, cue, sentence, context, done, licensed, before, cue_end, words)


def _before(text: str, cue: Cue, sentence: tuple[int, int], context: Context) -> Phrase | None:
    """The source phrase before the verb, unless an inverted source follows it: in ``the
    Treasury note, which reflects ..., says Brett Loper`` the source is Brett Loper; in
    ``Trump, in a post, said the plan works`` the phrase after the verb speaks for nobody."""
    s_start, s_end = sentence
    # a form that is also a noun after ``that`` is the noun: ``told Axios that calls to consult``
    phrase = source_before(text, cue.start, s_start, relative=not cue.flags & Frame.NOUNLIKE)
    if (
        phrase is not None
        and phrase.head_end == phrase.end  # a subject with its appositive is no clause before an inversion
        and cue.flags & Frame.INVERT
        and text[max(s_start, cue.start - 3) : cue.start].rstrip().endswith(",")
    ):
        later = source_after(text, cue.word_end, s_end)
        speaks = later is not None and acceptable(text, later, context) is not None
        if (
            later is not None
            and speaks
            and plain_start(text, later)
            and clause_ends(text, later.end)
            and not _quote_next(text, later.end)  # ``X, who voted no, said the district "never looked``
        ):
            following = text[later.end : later.end + LOOK].split(None, 1)[:1]
            if not (following and following[0].islower() and following[0].rstrip(".,;:!?").endswith("ed")):
                return None  # but ``said the company lied``: a verb follows, the phrase is its subject
    return phrase


def _quote_next(text: str, at: int) -> bool:
    """Whether a quotation mark opens right after a space at ``at``: a partial quote that goes on
    with the clause of the phrase before it (``the district "never looked at other options."``)."""
    rest = text[at : at + 3]
    return rest[:1].isspace() and rest[1:2] in OPENING_MARKS and rest[2:3].isalnum()
