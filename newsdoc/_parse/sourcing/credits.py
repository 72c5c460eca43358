"""What every rule needs to hand back a credit: the checks of a source phrase and of the
frames that license a verb (a quote, a request, an infinitive, a work for its subject)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import NEGATIONS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.grammar import (
    ASKED_WHAT,
    BE_FORMS,
    DETERMINERS,
    QUANTIFIER_PRONOUNS,
    WH_WORDS,
)
from newsdoc._parse.lexicon.nouns import ORG_NOUNS
from newsdoc._parse.lexicon.numbers import QUANTITY_NOUNS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, REFLEXIVES, SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.antecedents import person_word
from newsdoc._parse.sourcing.complements import (
    clause_after,
    complement_ok,
    infinitive_after,
    request_after,
)
from newsdoc._parse.sourcing.describe import head_noun
from newsdoc._parse.sourcing.naming import names, verb_object
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.quote_checks import quote_touching
from newsdoc._parse.sourcing.records import Credit, CueSite, Description
from newsdoc._parse.sourcing.source_checks import acceptable
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.topics import topic_after
from newsdoc._parse.sourcing.words import AUXILIARIES, SOURCE_NOUNS, WORK_NOUNS, singular

__all__ = [
    "check",
    "credit",
    "credits_a_work",
    "directive_after",
    "directs",
    "framed",
    "is_work",
    "judges",
    "requests",
]


def credit(
    site: CueSite, phrase: Phrase | None, d: Description | None, cue_end: int, cue_start: int | None = None
) -> Credit | None:
    """The credit of ``phrase`` as the source of the cue, where it and its description exist."""
    if phrase is None or d is None:
        return None
    return Credit(phrase, site.cue.start if cue_start is None else cue_start, cue_end, d)


def check(site: CueSite, phrase: Phrase | None) -> Description | None:
    """What ``phrase`` says of the source, where it can be one."""
    return None if phrase is None else acceptable(site.text, phrase, site.context)


def requests(site: CueSite) -> bool:
    """Whether the cue reports a request: ``calling for a vote``."""
    return bool(site.cue.flags & Frame.REQUEST) and request_after(site.text, site.cue.word_end)


# ``encouraged voters to register``, ``not to vote``: an object of at most five words in one clause,
# ``to`` (negated or not) and a verb.
_DIRECTIVE: Final = re.compile(
    r"\s+((?:[\w'\u2019-]+\s+){1,5}?)(?:(?:" + alternatives(w for w in NEGATIONS if w.isalpha()) + r")\s+)?to\s+[a-z]"
)
_TITLE_DIRECTIVE: Final = re.compile(
    r"\s+((?:[A-Z][\w'\u2019-]*\s+){1,5}?)(?:(?:"
    + alternatives(w.capitalize() for w in NEGATIONS if w.isalpha())
    + r")\s+)?[Tt]o\s+[A-Z][a-z]"
)
"""A directive in a headline's title case: ``CDC Advises Travelers to Avoid Region``."""


def directive_after(site: CueSite) -> bool:
    """Whether a verb of directing has its object, ``to`` and a verb: ``begged him to stay``,
    not ``begs the question of how to pay``."""
    if not site.cue.flags & Frame.DIRECTIVE:
        return False
    match = _DIRECTIVE.match(site.text, site.cue.word_end)
    title = match is None and site.text[site.cue.start].isupper()
    if title:
        match = _TITLE_DIRECTIVE.match(site.text, site.cue.word_end)
    return match is not None and verb_object(words := match.group(1).split()) and _addressee(words, title=title)


def _addressee(words: list[str], *, title: bool = False) -> bool:
    """Whether an object can take a directive: it holds a name, a noun for people or a body, or
    ends in a pronoun (``begged him``, ``urged Congress``, ``pressed state lawmakers``); not a
    thing (``pressed the button to open``, ``pressed her ear to the door``). In a line in
    ``title`` case a capital names nobody (``Team Presses Advantage to Clinch Title``) but in an
    acronym (``Senators Press FAA to Ground Jets``)."""
    last = words[-1].lower()
    if last in OBJECT_PRONOUNS or last in REFLEXIVES:
        return True
    named = any(w.isupper() and len(w) > 1 if title else w[:1].isupper() for w in words)
    return named or any(w.lower() in _ADDRESSEES or singular(w.lower()) in _ADDRESSEES for w in words)


_ADDRESSEES: Final = SOURCE_NOUNS - WORK_NOUNS
"""Nouns for people and bodies, who can be told to act; a work cannot (``pressed ahead with plans to``)."""


def directs(site: CueSite, found: Credit) -> bool:
    """Whether a verb of directing has its directive and a source that is no work: ``the coach
    begged him to stay``, not ``the report encouraged investors to buy``."""
    return directive_after(site) and not is_work(site, found.phrase)


# ``criticized the mayor for closing``: an object of at most eight words, ``for`` or ``as``, a word.
_JUDGING: Final = re.compile(r"\s+((?:[\w'\u2019.-]+\s+){1,8}?)(for|as)\s+([\w\"\u201c\u2018'$-]+)")
_GERUND: Final = re.compile(r"(?:(?:not|never|once|again|allegedly|[a-z]+ly)\s+)*[A-Za-z]+ing\b")
_NOT_PREDICATE_WORDS: Final = SUBJECT_PRONOUNS | DETERMINERS | WH_WORDS
"""Words after ``as`` that open a clause, not a predicate: ``as he left``, ``as the clock ran out``."""
_PREDICATE_OPENERS: Final = frozenset(("a", "an", "too", '"', "\u201c", "\u2018", "'"))
"""What opens a judgment after ``as``: ``as a tax``, ``as too costly``, ``as "reckless"``."""


def judges(site: CueSite) -> bool:
    """Whether a verb of judging has its object and the ground of its judgment: a gerund or a
    possessive after ``for`` (``praised the crews for staying``, ``criticized the mayor for her
    handling``), a predicate after ``as`` (``blasted the plan as reckless``, ``derided it as a
    tax``); not a length or a beneficiary (``applauded the band for ten minutes``, ``for the
    crowd``) or a clause (``slammed the door as he left``)."""
    if not site.cue.flags & Frame.JUDGING:
        return False
    found = _JUDGING.match(site.text, site.cue.word_end)
    if found is None or not verb_object(found.group(1).split()):
        return False
    ground = found.group(3)
    low = ground.lower()
    if found.group(2) == "for":  # ``for closing``, ``for not paying``, ``for once holding``, ``for its handling``
        gerund = _GERUND.match(site.text, found.start(3))
        return gerund is not None or low in POSSESSIVE_DETERMINERS or low in ASKED_WHAT  # ``for what he did``
    opener = low if low in _PREDICATE_OPENERS else low[:1]
    if opener in _PREDICATE_OPENERS:
        return True
    # ``as weak``, ``as reckless and costly``; not ``as he left``, ``as residents huddled``, ``as soon as``
    following = site.text[found.end(3) : found.end(3) + LOOK].split(None, 1)[:1]
    then = following[0].lower().strip(".,;:") if following else ""
    return (
        ground.isalpha()
        and ground.islower()
        and low not in _NOT_PREDICATE_WORDS
        and then != "as"
        and not (then.endswith("ed") or then in BE_FORMS)
    )


def framed(site: CueSite, found: Credit | None) -> Credit | None:
    """``found``, where the verb's frame allows it: ``called`` and the like report speech only
    with the words quoted, a request or a commitment."""
    if found is None or not site.cue.flags & Frame.QUOTE:
        return found
    if requests(site) or names(site) or judges(site) or directs(site, found):
        return found  # ``called for a vote``, ``called on Congress to act``, ``called it a mistake``
    if site.cue.flags & Frame.INFINITIVE and infinitive_after(site.text, site.cue.word_end):
        # ``vowed to fight``; not ``the deal threatens to``, ``Rising seas threaten to``
        return found if _speaks(site, found) and not is_work(site, found.phrase) else None
    if site.cue.flags & Frame.INFINITIVE and clause_after(site.text, site.cue.word_end):
        return found if _speaks(site, found) else None  # ``vowed that``; not ``Rising seas threaten that``
    if site.cue.flags & Frame.OBJECT and _advice_after(site):
        return found  # ``advised him that the order was lawful``, ``advised the board that the``
    start = min(found.phrase.start, site.cue.start)
    if site.licensed or quote_touching(site.text, start, site.sentence[0]) or _answers(site, start):
        return found
    return found if _parenthetical(site, found) else None


def _parenthetical(site: CueSite, found: Credit) -> bool:
    """Whether the source and its verb stand alone between commas inside a clause that goes on
    after them, a comment on the words around them that credits them to the source: ``Fixing the
    roads, he promised, was his top priority``; not before a conjunction or a preposition, which
    goes on from the verb (``he praised, and the crowd cheered``, ``have advised, in no order,``)."""
    text, phrase = site.text, found.phrase
    if not (text[site.sentence[0] : phrase.start].rstrip().endswith(",") and text[phrase.end : site.cue.start] == " "):
        return False
    after = text[site.cue_end : site.cue_end + LOOK].split(None, 2)
    if len(after) < 2 or after[0] != "," or not (after[1].isalpha() and after[1].islower()):
        return False
    return after[1] not in COORDINATORS and after[1] not in PREPOSITIONS


# A short object and ``that`` that opens a clause, not a relative one: ``advised the board that the``.
_OBJECT_THAT: Final = re.compile(r"\s+((?:[\w'\u2019.-]+\s+){1,5}?)that\s+([\w'\u2019]+)")


def _advice_after(site: CueSite) -> bool:
    """Whether what a verb that takes the person told reports follows it: a clause after the
    person (``advised him that``, ``advised the council that the ordinance``; not ``advised the
    firm that owns it``) or a topic (``advised against travel``, ``advised of their rights``; not
    an amount after ``about``: ``advised about 500 clients``)."""
    if clause_after(site.text, site.cue_end):
        return True
    if topic_after(site.text, site.cue.word_end):
        return True
    told = _OBJECT_THAT.match(site.text, site.cue.word_end)
    if told is None or not verb_object(told.group(1).split()):
        return False
    subject = told.group(2)
    return subject[:1].isupper() or subject.lower() in _CLAUSE_OPENERS


_CLAUSE_OPENERS: Final = DETERMINERS | POSSESSIVE_DETERMINERS | SUBJECT_PRONOUNS
"""What opens the subject of a clause after ``that``, where a relative clause opens with its verb."""


def _speaks(site: CueSite, found: Credit) -> bool:
    """Whether a source is someone who can commit to something: a name, a pronoun, or a noun for
    people or a body (``The mayor vowed that``), not a thing (``Rising seas threaten that``)."""
    words = site.text[found.phrase.start : found.phrase.head_end]
    low = words.lower()
    if found.description.named or low in SUBJECT_PRONOUNS or low in QUANTIFIER_PRONOUNS:
        return True  # ``Both have promised``, ``several threatened``
    head = head_noun(words)
    return head in SOURCE_NOUNS or singular(head) in SOURCE_NOUNS or person_word(head)  # ``the socialist``


_ASKING_CLOSES: Final = ('?"', '!"', "?\u201d", "!\u201d")


def _answers(site: CueSite, start: int) -> bool:
    """Whether a quote that ends in a question or an exclamation, which ends its sentence for
    the splitter, stands right before a sentence of its source and verb alone: ``"Why now?"
    Senator Roe replied.``, not ``"We won!" The team praised its coach.``"""
    s_start = site.sentence[0]
    if start != s_start or not site.text[:s_start].rstrip().endswith(_ASKING_CLOSES):
        return False
    return site.text[site.cue_end : site.cue_end + 2].lstrip()[:1] in (".", ",", ";", "!", "?")


def credits_a_work(site: CueSite, phrase: Phrase) -> bool:
    """Whether a verb that credits only a work (``shows``) has one for its source: ``the poll
    shows``; and whether a verb of finding with an object and no clause has a work or a body for
    its source (``the audit found broad waste``, ``the court found the law unconstitutional``),
    not a person (``Clinton found ways to``) nor itself (``the bank found itself``)."""
    flags = site.cue.flags
    if flags & Frame.WORK_OBJECT and not _finding_reported(site):
        after = site.text[site.cue.word_end : site.cue.word_end + LOOK].split(None, 1)[:1]
        reflexive = bool(after) and after[0].rstrip(",.;:").lower() in REFLEXIVES
        return not reflexive and (is_work(site, phrase) or _body(site, phrase))
    return not flags & Frame.WORK_SUBJECT or is_work(site, phrase)


def _body(site: CueSite, phrase: Phrase) -> bool:
    """Whether the head noun of ``phrase`` names an organisation: ``the court``, ``a panel of experts``."""
    head = head_noun(site.text[phrase.start : phrase.head_end])
    return head in ORG_NOUNS or singular(head) in ORG_NOUNS


def _finding_reported(site: CueSite) -> bool:
    """Whether what follows a verb of finding reports what was found: ``that``, a clause, a
    question (``found why``), the end of the clause (``..., the study found.``), or an object
    that holds a figure (``found nearly 300 invoices``, ``projects a deficit of $2 trillion``) or
    a clause of its noun (``found no evidence that``)."""
    text, at = site.text, site.cue.word_end
    if complement_ok(text, at, clause_end=True):
        return True
    words = text[at : at + LOOK].split()
    for n, word in enumerate(words[:_OBJECT_WORDS]):
        bare = word.rstrip(",.;:!?")
        low = bare.lower()
        if (n == 0 and low in WH_WORDS) or bare[:1].isdigit() or bare[:1] == "$":
            return True
        # ``no evidence that the``: a clause of its noun; not a relative clause, whose verb
        # follows ``that`` (``the confidence that has defined``)
        if n and low == "that" and n + 1 < len(words) and words[n + 1].lower() not in AUXILIARIES:
            return True
        if bare != word:
            return False  # a mark ends the object
    return False


_OBJECT_WORDS: Final = 8
"""The most words of the object of a verb of finding read for a figure or a clause."""


def is_work(site: CueSite, phrase: Phrase) -> bool:
    """Whether the head noun of ``phrase`` names a work or a body of findings: ``the poll``,
    ``data``, ``A University of New Hampshire poll`` (a name before the noun may hold a
    preposition)."""
    words = site.text[phrase.start : phrase.head_end]
    head = head_noun(words)
    if head in QUANTITY_NOUNS and " of " in words:
        head = head_noun(words.split(" of ", 1)[1])  # ``a new batch of emails``: the emails are the work
    if head in WORK_NOUNS or singular(head) in WORK_NOUNS:
        return True
    last = words.rsplit(" ", 2)[-2:]
    return len(last) == 2 and last[0][:1].isupper() and last[1] in WORK_NOUNS
