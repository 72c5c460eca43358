"""The rules for the ``-ing`` forms of verbs of speech: a participle clause (``..., saying
that``), a participle that modifies a noun (``voters saying``) and the progressive (``is
warning``); :mod:`~newsdoc._parse.sourcing.infinitives` has the infinitives."""

from __future__ import annotations

from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, NEGATIONS
from newsdoc._parse.lexicon.conjunctions import CLAUSE_COORDINATORS
from newsdoc._parse.lexicon.grammar import (
    GERUND_PREPOSITIONS,
    MODALS,
    OBJECT_GERUND_PREPOSITIONS,
    QUANTIFIER_PRONOUNS,
)
from newsdoc._parse.lexicon.prepositions import PLACE_PREPOSITIONS, SETTING_PREPOSITIONS
from newsdoc._parse.lexicon.verbs import ASPECT_PARTICLES, GERUND_ASPECT_VERBS, Frame
from newsdoc._parse.lexicon.works import DEPICTIONS
from newsdoc._parse.sourcing.complements import commitment_after, complement_ok
from newsdoc._parse.sourcing.credits import (
    check,
    credit,
    credits_a_work,
    directive_after,
    framed,
    judges,
    requests,
)
from newsdoc._parse.sourcing.cue_forms import PLAIN_SPEECH, verb_frames
from newsdoc._parse.sourcing.media import medium_end
from newsdoc._parse.sourcing.naming import names
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.records import Credit, CueSite, Found
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.subjects import subject_of
from newsdoc._parse.sourcing.tokens import LOOK, OPENING_MARKS, blank
from newsdoc._parse.sourcing.verb_groups import contracted_be, passive_start, word_before
from newsdoc._parse.sourcing.words import adverb_like, finite_verb_end

__all__ = ["participle", "progressive"]

SAID: Final = AttributionKind.SAID


def participle(site: CueSite) -> Credit | None:
    """``..., saying that`` or ``... and vowing to``: the subject of the sentence is the source."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    window = max(s_start, cue.start - LOOK)
    before = _strip_adverbs(text[window : cue.start].rstrip())  # ``, even suggesting``; it starts at ``window``
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    gerund = last in GERUND_PREPOSITIONS  # ``by saying``, ``after telling``
    aspect = _aspect_start(before)
    if aspect >= 0:  # ``kept saying that``: the speaker is the subject of the verb of aspect
        return _after_aspect(site, window + aspect)
    comma = before.rstrip('"\u201d').endswith(",")  # ``a defense of "New York values," saying``
    quoted = comma and _quote_next(text, cue.word_end)  # ``, shouting "..."``; not ``a chart outlining "..."``
    # a quote, or after one with its own subject a quote or a clause: ``with polls indicating that``
    quotable = site.licensed and not cue.flags & Frame.FINDING
    quoting = (quotable and quoted) or ((quotable or text.startswith(" that ", site.cue_end)) and _absolute(site))
    if cue.flags & Frame.PROGRESSIVE and not quoting:
        # ``a chart outlining``, ``by proposing a fund``: no participle of speech; but a quote right
        # after one, or after one with its own subject, is speech: ``, shouting "..."``, ``with the
        # crowd chanting "..."``
        return None
    asks = requests(site) or directive_after(site) or names(site) or judges(site)
    licensed = site.licensed or (asks and (not before[-1:].isalpha() or _absolute(site))) or _commits(site)
    if cue.flags & Frame.QUOTE and not licensed:
        return None  # ``, calling for a vote``; but ``a letter calling on`` names no speaker
    for_object = last in OBJECT_GERUND_PREPOSITIONS  # ``attacked her opponent for suggesting``
    joined = before.endswith(" and")  # ``painting others as weak and suggesting``: a second participle
    after_noun = before[-1:].isalpha() and not (gerund or for_object or joined)
    first = not before  # ``Claiming the criticism is unfair, Trump said``
    if not (comma or joined or after_noun or gerund or for_object or first):
        return None
    if first and _medium_only(text, cue.word_end):
        return None  # ``Writing in a letter to shareholders, the chief executive said``: where, not what
    following = text[cue.word_end : cue.word_end + 5].lstrip()
    if following.startswith(",") and following[1:].lstrip()[:1] in ('"', "\u201c"):
        following = following[1:].lstrip()  # ``saying, "..."``
    if not following or following.startswith((",", ".", ";", ")", "and ", "or ")):
        return None  # an item of a list: ``planning, writing and analysis``
    done = site.done
    prev = done[-1] if done and done[-1].kind is SAID and s_start <= done[-1].first < cue.start else None
    if prev is not None and _plain(text, prev):
        return None  # the sentence already credits its speaker: ``says Stafford, adding that``
    if after_noun and _after_verb(before):
        return None  # ``could not resist saying``: the word before the participle is a verb
    if (
        after_noun
        and text.startswith(" to ", cue.word_end)
        and _verb_of_speech_after(text, cue.word_end, site.sentence[1])
    ):
        return None  # ``Nurses threatening to strike said``: the participle modifies the verb's subject
    if after_noun and (not cue.flags & Frame.QUOTE or _absolute(site)):
        # ``voters saying they want``, ``with the mayor calling``, ``with the mayor reportedly saying``
        return _reduced_relative(site, window + len(_strip_adverbs(text[window : cue.start].rstrip(), ly_only=True)))
    if for_object and not _in_setting(site, window + before.rfind(" ") + 1):
        # ``attacked X for (even) saying``: at ``for``; two objects of a verb may stand there (``awarded her a prize``)
        return _reduced_relative(site, window + before.rfind(" ") + 1, after_verb=False)
    # ``After saying ..., she left``: a sentence that opens with the gerund has its subject after it
    opening = first or (gerund and before == text[s_start : cue.start].strip())
    that = max(text.rfind(" that ", s_start, cue.start), text.rfind(" that,", s_start, cue.start)) if for_object else -1
    if that >= 0:  # ``He noted that Roe had been criticized in farm country for saying``: the clause's subject
        s_start = that + len(" that ")
    phrase = subject_of(text, s_start, site.sentence[1] if opening else cue.start)
    if phrase is None and prev is not None and blank(text, prev.last, cue.start, " ,"):
        phrase = Phrase(prev.start, prev.end, prev.head_end)  # ``"...," Roe recalled, suggesting``: its source
    return credit(site, phrase, check(site, phrase), site.cue_end)  # ``telling reporters``


def _quote_next(text: str, at: int) -> bool:
    """Whether a quotation opens right after ``at``, past a comma or a colon: ``shouting "..."``."""
    return text[at : at + _MARK_REACH].lstrip(" ,:")[:1] in OPENING_MARKS


_MARK_REACH: Final = 4
"""How far past a participle :func:`_quote_next` looks for the opening mark: ``, "``."""


def _aspect_start(before: str) -> int:
    """Where the verb of aspect that ends ``before`` starts, a particle after it or not (``kept``,
    ``kept on``), or -1 where none does."""
    words = before.rsplit(None, 2)
    if words and words[-1].lower() in GERUND_ASPECT_VERBS:
        return len(before) - len(words[-1])
    if len(words) > 1 and words[-1].lower() in ASPECT_PARTICLES and words[-2].lower() in GERUND_ASPECT_VERBS:
        return before.rfind(words[-2], 0, len(before) - len(words[-1]))
    return -1


def _after_aspect(site: CueSite, at: int) -> Credit | None:
    """``The mayor kept saying that``, ``Critics began calling the plan a giveaway``: the subject of
    the verb of aspect at ``at`` is the source, where what follows the participle reports."""
    cue, text = site.cue, site.text
    if cue.flags & Frame.PROGRESSIVE and not (site.licensed or complement_ok(text, site.cue_end, clause_end=False)):
        return None  # ``kept reporting for duty``; but ``kept reporting that``
    phrase = source_before(text, at, site.sentence[0])
    return None if phrase is None else framed(site, credit(site, phrase, check(site, phrase), site.cue_end, at))


def _after_verb(before: str) -> bool:
    """Whether the last word of ``before`` is a verb, after a negation or a modal: ``could not resist``."""
    words = before.rsplit(None, 2)
    prior = words[-2] if len(words) > 1 else ""
    # in lower case: ``Rep. Will Hurd saying`` holds a name, no modal
    return prior.islower() and (prior in NEGATIONS or prior in MODALS or prior.endswith(("n't", "n\u2019t")))


def _medium_only(text: str, at: int) -> bool:
    """Whether the participle ending at ``at`` is followed up to its comma by where it wrote or
    spoke alone, a medium or a phrase of setting with no clause or quote in it: ``Writing in a
    letter to shareholders,``, ``Posting on Facebook,``, ``Writing in The Atlantic,``."""
    medium = medium_end(text, at)
    words = text[medium : medium + LOOK].split(None, 1)
    if medium == at and not (words and words[0] in SETTING_PREPOSITIONS):
        return False
    comma = text.find(",", medium, medium + LOOK)
    if comma < 0:
        return False
    rest = text[medium:comma]
    return not any(mark in rest for mark in _CLAUSE_SIGNS) and "that" not in rest.lower().split()


_CLAUSE_SIGNS: Final = ('"', "\u201c", ":")
"""Marks that open what a participle reports before its comma."""


def _plain(text: str, found: Found) -> bool:
    """Whether an attribution's cue is one of the plain verbs of saying (``said``, ``told``)
    or a verb that reports with a quote (``called it "..."``); a noun (``renewed his call for
    a truce, saying``) is neither."""
    if found.rule == "noun-cue":
        return False
    frames = verb_frames(text[found.cue_start : found.cue_end].lower())
    return bool((Frame.PLAIN if frames is None else frames) & (Frame.PLAIN | Frame.QUOTE))


def _absolute(site: CueSite) -> bool:
    """Whether the participle has its own subject after ``with``: ``with the mayor calling it a
    bargain``, where the noun phrase before it is its source whatever the verb."""
    phrase = source_before(site.text, site.cue.start, site.sentence[0])
    if phrase is None:
        return False
    before = site.text[max(site.sentence[0], phrase.start - LOOK) : phrase.start].rstrip()
    return before.rpartition(" ")[2].lower() == "with"


def _strip_adverbs(before: str, *, ly_only: bool = False) -> str:
    """``before`` without the adverbs at its end: ``..., even`` is ``...,`` before ``suggesting``;
    with ``ly_only``, only adverbs in lower-case ``-ly``, where what is left must end in the noun
    phrase before the participle (``the candidate reportedly``; not ``Sen. Mark Kelly``, nor an
    auxiliary that the adverbs before a cue hold, ``doctors have``)."""
    words = before.rsplit(None, 2)
    while len(words) > 1 and (
        (words[-1].islower() and adverb_like(words[-1]))
        if ly_only
        else (words[-1].lower() in ADVERBS_BEFORE_CUE or adverb_like(words[-1]))
    ):
        before = before[: len(before) - len(words[-1])].rstrip()
        words = before.rsplit(None, 2)
    return before


def _commits(site: CueSite) -> bool:
    """Whether a verb of commitment has its infinitive: ``promising to lift``."""
    return bool(site.cue.flags & Frame.INFINITIVE) and commitment_after(site.text, site.cue.word_end)


def _reduced_relative(site: CueSite, end: int, *, after_verb: bool = True) -> Credit | None:
    """``voters saying they want a ban``, ``polls showing a tight race``: a participle right
    after a noun phrase (which ends at ``end``) modifies it, and that phrase is the source; so is
    the object before ``for`` and a gerund: ``attacked her opponent for suggesting``."""
    phrase = source_before(site.text, end, site.sentence[0])
    if phrase is None or phrase.end != len(site.text[:end].rstrip()) or not credits_a_work(site, phrase):
        return None  # the phrase must end right before the participle: not ``a letter Tuesday calling``
    prior = word_before(site.text, phrase.start, site.sentence[0])
    if _determiner(site.text, phrase, prior):
        return None  # ``there are some warning signs``, ``had some explaining to do``: a noun's determiner
    whole = site.text[phrase.start : phrase.end].split(" ")
    verb = finite_verb_end(whole, prior) if after_verb else 0
    if verb:  # ``The ad featured voters saying``: the object of the verb before the participle
        start = phrase.start + len(" ".join(whole[:verb])) + 1
        phrase = Phrase(start, phrase.end, phrase.head_end if phrase.head_end > start else phrase.end)
    words = site.text[phrase.start : phrase.head_end].split(" ")
    inner = [i for i, w in enumerate(words[:-1]) if w.islower() and w.endswith("ing")]
    if inner:  # ``ads attacking her opponent for suggesting``: the object of the inner participle
        start = phrase.start + len(" ".join(words[: inner[-1] + 1])) + 1
        phrase = Phrase(start, phrase.end, phrase.head_end)
        words = site.text[phrase.start : phrase.head_end].split(" ")
    shown = [i + 1 for i, w in enumerate(words[:-2]) if w.lower() in DEPICTIONS and words[i + 1] == "of"]
    if shown:  # ``footage of Trump saying``: the person a work shows; not ``a video of the rally urging``
        start = phrase.start + len(" ".join(words[: shown[-1] + 1])) + 1
        person = Phrase(start, phrase.end, phrase.head_end)
        d = check(site, person)
        if d is not None and d.speaker:
            return credit(site, person, d, site.cue.word_end)
    return credit(site, phrase, check(site, phrase), site.cue.word_end)


def _in_setting(site: CueSite, at: int) -> bool:
    """Whether the phrase that ends at ``at`` is the object of a preposition of place or setting,
    never the subject of the gerund after ``for``, which is then the sentence's: ``was criticized
    in farm country for acknowledging``."""
    phrase = source_before(site.text, at, site.sentence[0])
    if phrase is None:
        return False
    prior = word_before(site.text, phrase.start, site.sentence[0])
    return prior in PLACE_PREPOSITIONS or prior in SETTING_PREPOSITIONS


def _determiner(text: str, phrase: Phrase, prior: str) -> bool:
    """Whether the phrase is a lone quantifier after a word (``prior``) in lower case that is no
    coordinator, the object of a verb or a preposition, where it determines the noun that the form
    in ``-ing`` is (``there are some warning signs``); standing alone for people it opens its own
    clause, after a comma, ``with`` or ``and`` (``, some saying``, ``with many calling``)."""
    if text[phrase.start : phrase.end].lower() not in QUANTIFIER_PRONOUNS:
        return False
    return prior.isalpha() and prior.islower() and prior not in CLAUSE_COORDINATORS and prior != "with"


def _verb_of_speech_after(text: str, at: int, end: int) -> bool:
    """Whether a finite plain verb of saying follows the participle ending at ``at`` within a few
    words and no mark: ``threatening to strike said``, where the participle is the subject's."""
    for word in text[at : min(end, at + LOOK)].split()[:_REDUCED_WORDS]:
        bare = word.rstrip(".,;:!?")
        if bare.lower() in PLAIN_SPEECH:
            return True
        if bare != word or not bare.isalpha():
            return False
    return False


_REDUCED_WORDS: Final = 6
"""How many words after a participle :func:`_verb_of_speech_after` reads: ``threatening to
strike over pay said``."""


def progressive(site: CueSite) -> Credit | None:
    """``Trump is warning voters that``: a form of ``be`` before the participle makes it the
    verb of its clause, and the source stands before both."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    start = passive_start(site.verb_words)
    if start is None:
        start = contracted_be(site.verb_words)  # ``He's claiming``
    if start is None:
        return None
    phrase = source_before(text, start, s_start)
    if phrase is None or not credits_a_work(site, phrase):
        return None
    return framed(site, credit(site, phrase, check(site, phrase), cue.word_end, start))
