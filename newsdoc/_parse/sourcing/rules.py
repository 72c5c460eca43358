"""The attribution rules: one function each, in the order the sourcing stage tries them.

Each rule reads one cue in its sentence (a :class:`CueSite`) or one quote (a
:class:`QuoteSite`) and returns the :class:`Credit` it finds, or None. For a cue the
stage tries the cue rules of :data:`RULES` in order and keeps the first credit (each rule
reads cues of its own kind and syntax, so at most one applies); every
closed quote is then read by the quote rules. The rule's name is what
:attr:`~newsdoc.Attribution.rule` carries, and ``docs/sourcing.md`` lists every rule of the
table with its example (a test checks the two agree and that each example gives its rule).
"""

from __future__ import annotations

import re

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.grammar import GERUND_PREPOSITIONS, OBJECT_GERUND_PREPOSITIONS
from newsdoc._parse.lexicon.nouns import COUNTABLE_WORK_NOUNS, MASS_WORK_NOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_checks import (
    after_and,
    after_auxiliary,
    clause_ends,
    clause_follows,
    complement_ok,
    contracted_be,
    heads_verb,
    infinitive_after,
    inverted,
    passive_agent,
    passive_start,
    quote_touching,
    request_after,
)
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS, PLAIN_SPEECH
from newsdoc._parse.sourcing.describe import Description, head_noun
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.quote_rules import dash_credit, possessive_noun
from newsdoc._parse.sourcing.records import Credit, CueRule, CueSite, QuoteRule
from newsdoc._parse.sourcing.source_after import source_after, subject_of
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.source_checks import acceptable, per_source, plain_start, role_start
from newsdoc._parse.sourcing.tokens import LOOK

__all__ = ["RULES"]

SAID = AttributionKind.SAID
ACCORDING_TO = AttributionKind.ACCORDING_TO
DECLINED = AttributionKind.DECLINED
NO_RESPONSE = AttributionKind.NO_RESPONSE
WORK_NOUNS = COUNTABLE_WORK_NOUNS | MASS_WORK_NOUNS


def _credit(
    site: CueSite, phrase: Phrase | None, d: Description | None, cue_end: int, cue_start: int | None = None
) -> Credit | None:
    if phrase is None or d is None:
        return None
    return Credit(phrase, site.cue.start if cue_start is None else cue_start, cue_end, d)


def _check(site: CueSite, phrase: Phrase | None) -> Description | None:
    """What ``phrase`` says of the source, where it can be one."""
    return None if phrase is None else acceptable(site.text, phrase, site.context)


def according_to(site: CueSite) -> Credit | None:
    """``according to X``: the source follows."""
    cue = site.cue
    if cue.kind is not AttributionKind.ACCORDING_TO or cue.word.lower() == "per":
        return None
    phrase = source_after(site.text, cue.end, site.sentence[1])
    return _credit(site, phrase, _check(site, phrase), cue.end)


def per(site: CueSite) -> Credit | None:
    """``per X``, where X is a source and not a unit (``per household``)."""
    cue = site.cue
    if cue.kind is not AttributionKind.ACCORDING_TO or cue.word.lower() != "per":
        return None
    phrase = source_after(site.text, cue.end, site.sentence[1])
    if phrase is None or not per_source(site.text, phrase):
        return None
    return _credit(site, phrase, acceptable(site.text, phrase, site.context), cue.end)


def _source_first(site: CueSite, kind: AttributionKind) -> Credit | None:
    cue = site.cue
    if cue.kind is not kind:
        return None
    phrase = source_before(site.text, cue.start, site.sentence[0])
    return _credit(site, phrase, _check(site, phrase), cue.end)


def declined(site: CueSite) -> Credit | None:
    """``X declined to comment``: the source comes first."""
    return _source_first(site, AttributionKind.DECLINED)


def no_response(site: CueSite) -> Credit | None:
    """``X did not immediately respond``: the source comes first."""
    return _source_first(site, AttributionKind.NO_RESPONSE)


def participle(site: CueSite) -> Credit | None:
    """``..., saying that`` or ``... and vowing to``: the subject of the sentence is the source."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    if cue.flags & Frame.PROGRESSIVE:
        return None
    before = text[max(s_start, cue.start - LOOK) : cue.start].rstrip()
    if cue.flags & Frame.QUOTE and not (site.licensed or (_requests(site) and not before[-1:].isalpha())):
        return None  # ``, calling for a vote``; but ``a letter calling on`` names no speaker
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    gerund = last in GERUND_PREPOSITIONS  # ``by saying``, ``after telling``
    for_object = last in OBJECT_GERUND_PREPOSITIONS  # ``attacked her opponent for suggesting``
    after_noun = before[-1:].isalpha() and not (gerund or for_object)
    comma = before.rstrip('"\u201d').endswith(",")  # ``a defense of "New York values," saying``
    if not (comma or before.endswith(" and") or after_noun or gerund or for_object):
        return None
    following = text[cue.word_end : cue.word_end + 5].lstrip()
    if following.startswith(",") and following[1:].lstrip()[:1] in ('"', "\u201c"):
        following = following[1:].lstrip()  # ``saying, "..."``
    if not following or following.startswith((",", ".", ";", ")", "and ", "or ")):
        return None  # an item of a list: ``planning, writing and analysis``
    done = site.done
    if done and done[-1].kind is SAID and s_start <= done[-1].first < cue.start:
        return None  # the sentence already credits its speaker: ``says Stafford, adding that``
    if after_noun and not cue.flags & Frame.QUOTE:
        return _reduced_relative(site, cue.start)  # ``voters saying they want``
    if for_object:
        return _reduced_relative(site, cue.start - len(before) + before.rfind(" "))  # ``attacked X for saying``
    # ``After saying ..., she left``: a sentence that opens with the gerund has its subject after it
    opening = gerund and before == text[s_start : cue.start].strip()
    phrase = subject_of(text, s_start, site.sentence[1] if opening else cue.start)
    return _credit(site, phrase, _check(site, phrase), cue.word_end)


def _reduced_relative(site: CueSite, end: int) -> Credit | None:
    """``voters saying they want a ban``, ``polls showing a tight race``: a participle right
    after a noun phrase (which ends at ``end``) modifies it, and that phrase is the source; so is
    the object before ``for`` and a gerund: ``attacked her opponent for suggesting``."""
    phrase = source_before(site.text, end, site.sentence[0])
    if phrase is None or phrase.end != len(site.text[:end].rstrip()) or not _credits_a_work(site, phrase):
        return None  # the phrase must end right before the participle: not ``a letter Tuesday calling``
    words = site.text[phrase.start : phrase.head_end].split(" ")
    inner = [i for i, w in enumerate(words[:-1]) if w.islower() and w.endswith("ing")]
    if inner:  # ``ads attacking her opponent for suggesting``: the object of the inner participle
        start = phrase.start + len(" ".join(words[: inner[-1] + 1])) + 1
        phrase = Phrase(start, phrase.end, phrase.head_end)
    return _credit(site, phrase, _check(site, phrase), site.cue.word_end)


def progressive(site: CueSite) -> Credit | None:
    """``Trump is warning voters that``: a form of ``be`` before the participle makes it the
    verb of its clause, and the source stands before both."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    start = passive_start(text, cue.start, s_start)
    if start is None:
        start = contracted_be(text, cue.start, s_start)  # ``He's claiming``
    if start is None:
        return None
    phrase = source_before(text, start, s_start)
    if phrase is None or not _credits_a_work(site, phrase):
        return None
    return _quoted(site, _credit(site, phrase, _check(site, phrase), cue.word_end, start))


def _requests(site: CueSite) -> bool:
    """Whether the cue reports a request: ``calling for a vote``."""
    return bool(site.cue.flags & Frame.REQUEST) and request_after(site.text, site.cue.word_end)


def _quoted(site: CueSite, credit: Credit | None) -> Credit | None:
    """``called`` and the like report speech only with the words quoted."""
    if credit is None or not site.cue.flags & Frame.QUOTE:
        return credit
    if _requests(site):
        return credit  # ``called for a vote``, ``called on Congress to act``
    if site.cue.flags & Frame.INFINITIVE and infinitive_after(site.text, site.cue.word_end):
        return None if _is_work(site, credit.phrase) else credit  # ``vowed to fight``, not ``the deal threatens to``
    start = min(credit.phrase.start, site.cue.start)
    return credit if site.licensed or quote_touching(site.text, start, site.sentence[0]) else None


def _credits_a_work(site: CueSite, phrase: Phrase) -> bool:
    """Whether a verb that credits only a work (``shows``) has one for its source: ``the poll shows``."""
    return not site.cue.flags & Frame.WORK_SUBJECT or _is_work(site, phrase)


def _is_work(site: CueSite, phrase: Phrase) -> bool:
    """Whether the head noun of ``phrase`` names a work or a body of findings: ``the poll``, ``data``."""
    head = head_noun(site.text[phrase.start : phrase.head_end])
    return head in WORK_NOUNS or head.removesuffix("s") in WORK_NOUNS


def source_verb(site: CueSite) -> Credit | None:
    """``two Israeli officials said``: the source stands before its verb."""
    phrase, cue, text = site.before, site.cue, site.text
    if phrase is None or not _credits_a_work(site, phrase):
        return None
    if cue.flags & Frame.NOUNLIKE and not (
        plain_start(text, phrase) and heads_verb(text, phrase) and clause_follows(text, cue.word_end)
    ):
        return None  # a plural noun, not a verb: ``news reports said``, ``in swing states scramble``
    auxiliary = after_auxiliary(text, cue.start, site.sentence[0])
    if auxiliary and cue.flags & Frame.QUOTE:
        return None  # ``will continue its "resistance"``: with a modal, a verb that needs a quote names no speech
    plural_verb = bool(cue.flags & Frame.BASE) and not auxiliary
    d = acceptable(text, phrase, site.context, plural_verb=plural_verb)
    return _quoted(site, _credit(site, phrase, d, site.cue_end))


def and_verb(site: CueSite) -> Credit | None:
    """``X met Y and said``: the second of two verbs joined by ``and`` shares the subject."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    if site.before is not None or not after_and(text, cue.start, s_start):
        return None
    if site.done and site.done[-1].first >= s_start:
        return None  # the verb shares the subject of the one before: ``X called ... and warned``
    plain = cue.word.lower() in PLAIN_SPEECH
    if not (plain or site.licensed or complement_ok(text, cue.word_end, clause_end=False)):
        return None  # ``... and alleged conservative censorship``: not speech
    phrase = subject_of(text, s_start, cue.start)
    if phrase is None or not _credits_a_work(site, phrase):
        return None
    return _quoted(site, _credit(site, phrase, _check(site, phrase), site.cue_end))


# ``was quoted as saying``: the participle of a plain verb of saying after ``as``.
_AS_SAYING = re.compile(
    r"\s+as\s+(?:"
    + "|".join(sorted(f for f, fr in CUE_FORMS.items() if fr & Frame.PLAIN and fr & Frame.PARTICIPLE))
    + r")\b"
)


def passive(site: CueSite) -> Credit | None:
    """``was told by aides``: a passive verb of speech names its source after ``by``;
    ``Smith was quoted as saying`` in its subject."""
    cue, text = site.cue, site.text
    start = passive_start(text, cue.start, site.sentence[0])
    if start is None:
        return None
    agent = passive_agent(text, cue.word_end)
    if agent is not None:
        phrase = source_after(text, agent, site.sentence[1])
        return _credit(site, phrase, _check(site, phrase), cue.word_end, start)
    saying = _AS_SAYING.match(text, cue.word_end)
    if saying is None:
        return None
    phrase = source_before(text, start, site.sentence[0])
    return _credit(site, phrase, _check(site, phrase), saying.end(), start)


def verb_source(site: CueSite) -> Credit | None:
    """``," said Brian Moynihan``: an inverted verb after a quote, a comma or the sentence start."""
    cue, text = site.cue, site.text
    s_start, s_end = site.sentence
    if site.before is not None or not cue.flags & Frame.INVERT:
        return None
    if after_and(text, cue.start, s_start) or not inverted(text, cue.start, s_start):
        return None
    phrase = source_after(text, cue.word_end, s_end)
    if phrase is None or not (plain_start(text, phrase) or role_start(text, phrase)):
        return None
    if not _credits_a_work(site, phrase):
        return None
    quoted = quote_touching(text, cue.start, s_start)  # ``"...," said my tour guide``: speech for sure
    d = acceptable(text, phrase, site.context, speaking=quoted)
    if d is None or not clause_ends(text, phrase.end):
        return None
    return _quoted(site, Credit(phrase, cue.start, cue.word_end, d))


RULES: tuple[CueRule | QuoteRule, ...] = (
    CueRule("source-verb", source_verb, "The plan stalled, two Israeli officials said."),
    CueRule("verb-source", verb_source, '"We will win," said Jane Roe.'),
    CueRule("according-to", according_to, "Talks resumed, according to two Israeli officials.", ACCORDING_TO),
    CueRule("per", per, "Sales fell 3%, per the study.", ACCORDING_TO),
    CueRule("declined", declined, "A Meta spokesperson declined to comment.", DECLINED),
    CueRule(
        "no-response", no_response, "The company did not immediately respond to a request for comment.", NO_RESPONSE
    ),
    CueRule("progressive", progressive, "Officials are warning that aid must flow.", participle=True),
    CueRule("participle", participle, "Blinken met Netanyahu, saying that aid must flow.", participle=True),
    CueRule("and-verb", and_verb, "Moynihan has known Warsh for years and said he expects continuity."),
    CueRule("passive", passive, "The mayor was told by two aides that the plan had stalled."),
    QuoteRule("possessive-noun", possessive_noun, '"Keep going" was the president\'s plea.'),
    QuoteRule("dash-credit", dash_credit, '"We will win this fight." \u2015 Jane Roe'),
)
"""Every attribution rule, in the order the sourcing stage tries it."""
