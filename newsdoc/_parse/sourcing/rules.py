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

from typing import Final

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.grammar import HAVE_FORMS, MODALS, OBLIGATION_MODALS
from newsdoc._parse.lexicon.nouns import PEOPLE_NOUNS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS, RELATIVE_WORDS, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import UNANSWERED_WORDS, Frame
from newsdoc._parse.sourcing.according import according_to, per
from newsdoc._parse.sourcing.complements import complement_ok
from newsdoc._parse.sourcing.credits import check, credit, credits_a_work, framed
from newsdoc._parse.sourcing.cue_checks import clause_follows, heads_verb
from newsdoc._parse.sourcing.cue_forms import PLAIN_SPEECH, SAYING, s_form
from newsdoc._parse.sourcing.denials import contacted
from newsdoc._parse.sourcing.infinitives import causative, infinitive
from newsdoc._parse.sourcing.inversion import verb_source
from newsdoc._parse.sourcing.issued import issued
from newsdoc._parse.sourcing.names import plural
from newsdoc._parse.sourcing.noun_cues import possessor_noun
from newsdoc._parse.sourcing.participles import participle, progressive
from newsdoc._parse.sourcing.passives import passive
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.purposes import purpose
from newsdoc._parse.sourcing.questions import in_asked_opener
from newsdoc._parse.sourcing.quote_checks import quote_touching
from newsdoc._parse.sourcing.quote_rules import colon_credit, dash_credit, possessive_noun
from newsdoc._parse.sourcing.records import Credit, Cue, CueRule, CueSite, Found, QuoteRule
from newsdoc._parse.sourcing.relatives import relative_opening
from newsdoc._parse.sourcing.source_before import source_before
from newsdoc._parse.sourcing.source_checks import (
    acceptable,
    after_preposition,
    object_of_setting,
    plain_start,
    role_start,
)
from newsdoc._parse.sourcing.subjects import clause_subject, subject_of
from newsdoc._parse.sourcing.tokens import LOOK, QUOTE_MARKS
from newsdoc._parse.sourcing.verb_groups import after_and, after_auxiliary, words_before
from newsdoc._parse.sourcing.words import contact_noun, subject_pronoun
from newsdoc._parse.sourcing.work_subjects import work_subject

__all__ = ["RULES"]

SAID: Final = AttributionKind.SAID
ACCORDING_TO: Final = AttributionKind.ACCORDING_TO
DECLINED: Final = AttributionKind.DECLINED
NO_RESPONSE: Final = AttributionKind.NO_RESPONSE


def _source_first(site: CueSite, kind: AttributionKind) -> Credit | None:
    cue = site.cue
    if cue.kind is not kind:
        return None
    text, s_start = site.text, site.sentence[0]
    phrase = source_before(text, cue.start, s_start)
    if phrase is None and cue.word.endswith("ing") and text[: cue.start].rstrip().endswith(","):
        phrase = subject_of(text, s_start, cue.start)  # ``The mayor left, declining to comment``
    elif phrase is None and after_and(words_before(text, cue.start, s_start)):
        phrase = _joined_subject(text, s_start, cue.start)  # ``pleaded not guilty and declined to comment``
    if phrase is not None and cue.word.lower() in UNANSWERED_WORDS:
        # only a call or a message to someone goes unanswered by them: not ``those criticisms``
        at = contacted(text, s_start, phrase.end)  # ``Calls to the company went unanswered``
        phrase = Phrase(at, phrase.end, phrase.end) if at > s_start else None
    elif (
        phrase is not None and kind is NO_RESPONSE and (at := contacted(text, phrase.start, phrase.end)) > phrase.start
    ):
        phrase = Phrase(at, phrase.end, phrase.end)  # ``Messages left with the sheriff's office were not returned``
    d = None if phrase is None else acceptable(site.text, phrase, site.context, denied=True)
    return credit(site, phrase, d, cue.end)


def declined(site: CueSite) -> Credit | None:
    """``X declined to comment``: the source comes first."""
    return _source_first(site, DECLINED)


def no_response(site: CueSite) -> Credit | None:
    """``X did not immediately respond``: the source comes first."""
    return _source_first(site, NO_RESPONSE)


def source_verb(site: CueSite) -> Credit | None:
    """``two Israeli officials said``: the source stands before its verb."""
    phrase, cue, text = site.before, site.cue, site.text
    if phrase is None or not credits_a_work(site, phrase) or object_of_setting(text, phrase, cue.start):
        return None
    if _contact_subject(text, phrase, site.sentence[0]):
        return None  # ``Officials we asked about the fire said``: the verb of a relative clause on the noun
    if cue.flags & Frame.NOUNLIKE and not (
        not _possessive_end(text, phrase, cue.word_end)  # ``described her remarks on``: a noun after ``her``
        and (plain_start(text, phrase) or _speaker_start(text, phrase, cue))
        and heads_verb(text, phrase, singular_verb=not cue.flags & Frame.BASE)
        and clause_follows(text, cue.word_end, site.sentence[0], phrase.start)
        and not (after_preposition(text, phrase) and _own_verb(text, phrase.end, cue.start))
    ):
        return None  # a plural noun, not a verb: ``news reports said``, ``in swing states scramble``
    if in_asked_opener(text, cue.start, site.sentence[0]):
        return None
    if site.licensed and text[phrase.end : cue.start].lstrip().lower().startswith("who "):
        return None  # ``anybody who complains about it "..."``: the quote is the sentence's speaker's
    auxiliary = after_auxiliary(site.verb_words)
    if auxiliary and cue.flags & Frame.QUOTE:
        return None  # ``will continue its "resistance"``: with a modal, a verb that needs a quote names no speech
    helper_at, helper = (site.verb_words[-1][0], site.verb_words[-1][1].lower()) if auxiliary else (0, "")
    if (
        helper in OBLIGATION_MODALS
        and HAVE_FORMS.isdisjoint(text[helper_at : cue.start].lower().split())
        and text[phrase.start : phrase.end] != "I"  # ``I must say``, ``I should add``: said as it is written
    ):
        return None  # ``Critics say he should condemn the attack``: what ought to be said, not what was
    if helper in MODALS and cue.word.lower() not in SAYING and text[site.cue_end : site.cue_end + 1] in (".", ""):
        return None  # ``Mexico will respond.``: an act that may come, with nothing said; not ``he will say.``
    plural_verb = bool(cue.flags & Frame.BASE) and not auxiliary
    singular_verb = not auxiliary and s_form(cue.word, cue.flags)
    # ``Moody's said``, ``Moody's warned that``; not ``Trump's proposed cuts``
    clause = text.startswith(" that ", cue.word_end) and not cue.flags & Frame.NOUNLIKE  # not ``Trump's claims that``
    whole = cue.word.lower() in PLAIN_SPEECH or clause
    speaking = quote_touching(text, phrase.start, site.sentence[0])  # ``"...," the dissidents said``
    d = acceptable(
        text,
        phrase,
        site.context,
        plural_verb=plural_verb,
        singular_verb=singular_verb,
        whole_name=whole,
        speaking=speaking,
    )
    return framed(site, credit(site, phrase, d, site.cue_end))


def _contact_subject(text: str, phrase: Phrase, s_start: int) -> bool:
    """Whether the phrase is a subject pronoun right after the noun for people that opens the
    sentence, a relative clause without ``who`` on it (``Officials we asked``, ``The voters I
    met``); not after an object (``told reporters he said``)."""
    if phrase.end - phrase.start > _LONGEST_PRONOUN or not subject_pronoun(text[phrase.start : phrase.end]):
        return False  # most sources: no pronoun, and nothing more to read
    words = text[s_start : phrase.end].split()
    return len(words) > 1 and contact_noun(words) == len(words) - 2


_LONGEST_PRONOUN: Final = max(len(pronoun) for pronoun in SUBJECT_PRONOUNS)
"""The longest subject pronoun, which a longer source phrase cannot be."""


def _possessive_end(text: str, phrase: Phrase, cue_end: int) -> bool:
    """Whether the phrase ends in a possessive determiner, which makes the form after it a noun
    (``their reports``); ``her``, also an object, only where a preposition or a mark follows the
    form (``described her remarks on``, not ``The man who attacked her claims he``)."""
    last = text[phrase.start : phrase.end].rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in POSSESSIVE_DETERMINERS:
        return False
    after = text[cue_end : cue_end + LOOK].split(None, 1)[:1]
    return last[0].lower() != "her" or not after or not after[0][:1].isalpha() or after[0].lower() in PREPOSITIONS


def _one_verb_before(site: CueSite) -> Phrase | None:
    """The subject right before a first verb of one word in ``-ed`` or of saying, which ``and`` joins
    to the cue: ``he laughed and said``, ``Ms. Sherry smiled and said``; None where another stands."""
    words = site.verb_words
    if len(words) < 3:
        return None
    verb, subject = words[-2][1], words[-3][1]
    if not (verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in PLAIN_SPEECH)):
        return None  # ``walked back his remarks and said``: no verb before ``and``
    phrase = source_before(site.text, words[-2][0], site.sentence[0])
    return phrase if phrase is not None and phrase.end == words[-3][0] + len(subject) else None


def _speaker_start(text: str, phrase: Phrase, cue: Cue) -> bool:
    """Whether a phrase that opens with no determiner or capital still makes a form that may be
    a plural noun its verb: it opens with a role (``former Rep. David Duke reports``), or it is
    a plural noun for people before the plain form and ``that`` or the end of the sentence it
    reports (``experts note that``, ``..., researchers estimate.``; not ``witness reports that``,
    ``news reports that``)."""
    if role_start(text, phrase, name_ahead=False):
        return True
    words = text[phrase.start : phrase.end].split()
    people = len(words) == 1 and words[0] in PEOPLE_NOUNS and plural(words[0])
    # ``..., researchers estimate.``: after a comma, the verb ends the sentence it reports
    ends = text[cue.word_end : cue.word_end + 1] == "." and text[: phrase.start].rstrip().endswith(",")
    return people and bool(cue.flags & Frame.BASE) and (ends or text.startswith(" that ", cue.word_end))


def _own_verb(text: str, end: int, verb: int) -> bool:
    """Whether the verb at ``verb`` is the phrase's that ends at ``end``, no relative pronoun
    between: not in ``linked to the report, which notes``, whose pronoun is its subject."""
    return RELATIVE_WORDS.isdisjoint(text[end:verb].lower().replace(",", " ").split())


def and_verb(site: CueSite) -> Credit | None:
    """``X met Y and said``: the second of two verbs joined by ``and`` shares the subject."""
    cue, text = site.cue, site.text
    s_start = site.sentence[0]
    if site.before is not None or not after_and(site.verb_words):
        return None
    one = _one_verb_before(site)  # ``, I laughed and said``: a subject of its own after the one before
    plain = cue.word.lower() in PLAIN_SPEECH
    before = site.done[-1] if site.done else None
    if (
        before is not None
        and before.first >= s_start
        and (one is None or one.start < before.last)
        and not (plain and _goes_on(site, before))
        and not _object_between(site, before)
    ):
        return None  # the verb shares the subject of the one before: ``X called ... and warned``
    framed_later = bool(cue.flags & Frame.QUOTE)  # ``and criticized Obama for not doing so``: framed() reads it
    topic = bool(cue.flags & Frame.TOPIC)  # ``and talked to reporters about the flood``: its topic is read
    if not (plain or site.licensed or framed_later or topic or complement_ok(text, cue.word_end, clause_end=False)):
        return None  # ``... and alleged conservative censorship``: not speech
    phrase = _joined_subject(text, s_start, cue.start, one)
    if phrase is None or not credits_a_work(site, phrase):
        return None
    return framed(site, credit(site, phrase, check(site, phrase), site.cue_end))


def _joined_subject(text: str, s_start: int, at: int, one: Phrase | None = None) -> Phrase | None:
    """The source of a verb at ``at`` that ``and`` or ``but`` joins to a verb before it: inside a
    relative clause the pronoun's noun (``met Jane Roe, who answered the door and said``, ``the
    bank, which denied wrongdoing and declined to comment``), else the subject ``one`` of a first
    verb of one word, else the sentence's subject."""
    who = relative_opening(text, s_start, at)
    if who is not None:
        return source_before(text, who, s_start)
    return one or clause_subject(text, s_start, at) or subject_of(text, s_start, at)


def _object_between(site: CueSite, before: Found) -> bool:
    """Whether only a short object stands between the report ``before`` (by no plain verb of
    saying, which may report a bare clause) and the verb after ``and``: ``acknowledged the error
    but noted that``, where no clause can hold the second verb; no ``that``, quote or comma."""
    if before.cue_word(site.text) in PLAIN_SPEECH:
        return False
    between = site.text[before.cue_end : site.cue.start]
    words = between.lower().split()[:-1]  # the conjunction left out
    return 0 < len(words) <= _OBJECT_WORDS and "that" not in words and not any(m in between for m in _CLAUSE_MARKS)


_OBJECT_WORDS: Final = 6
"""The most words of the object between two verbs that :func:`_object_between` accepts."""
_CLAUSE_MARKS: Final = (",", *QUOTE_MARKS)
"""Marks that may open or close a clause or a quote between two verbs."""


def _goes_on(site: CueSite, before: Found) -> bool:
    """Whether a plain verb of saying after ``and`` goes on with the report ``before`` it as a report
    of its own (``called the plan "a disgrace" and said``, ``said ... and said``, ``said the trainer
    reported injuries and said``), not with the clause a plain verb of saying reports (``said the
    firm hired workers and told them``): right after one, only the same form goes on."""
    last = before.cue_word(site.text)
    return last not in PLAIN_SPEECH or last == site.cue.word.lower()


RULES: Final[tuple[CueRule | QuoteRule, ...]] = (
    CueRule("noun-cue", possessor_noun, "Officials rejected the senator's claim that the vote was rigged."),
    CueRule("source-verb", source_verb, "The plan stalled, two Israeli officials said."),
    CueRule("verb-source", verb_source, '"We will win," said Jane Roe.'),
    CueRule("according-to", according_to, "Talks resumed, according to two Israeli officials.", ACCORDING_TO),
    CueRule("per", per, "Sales fell 3%, per the study.", ACCORDING_TO),
    CueRule("declined", declined, "A Meta spokesperson declined to comment.", DECLINED),
    CueRule(
        "no-response", no_response, "The company did not immediately respond to a request for comment.", NO_RESPONSE
    ),
    CueRule("progressive", progressive, "Officials are warning that aid must flow.", participle=True),
    CueRule("issued", issued, "The mayor issued a statement saying that the plan works.", participle=True),
    CueRule("participle", participle, "Blinken met Netanyahu, saying that aid must flow.", participle=True),
    CueRule("and-verb", and_verb, "Moynihan has known Warsh for years and said he expects continuity."),
    CueRule("infinitive", infinitive, "Protesters continued to insist that the vote was rigged."),
    CueRule("causative", causative, "The leak led the chairwoman to announce that she would resign."),
    CueRule("purpose", purpose, "The president took to social media to say that the deal was off."),
    CueRule("passive", passive, "The mayor was told by two aides that the plan had stalled."),
    CueRule("work-subject", work_subject, "A survey of voters taken over the past two weeks shows a tie."),
    QuoteRule("possessive-noun", possessive_noun, '"Keep going" was the president\'s plea.'),
    QuoteRule("dash-credit", dash_credit, '"We will win this fight." \u2015 Jane Roe'),
    QuoteRule("colon", colon_credit, 'Asked about the vote, the mayor did not hesitate: "We will rebuild."'),
)
"""Every attribution rule, in the order the sourcing stage tries it."""
