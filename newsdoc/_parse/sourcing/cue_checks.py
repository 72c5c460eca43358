"""What the words around a cue show about it: whether a quote follows or touches it,
whether it is a verb of speech here at all, and where its clause ends.

Each test reads a bounded slice of the paragraph next to the cue, so the cost of a
paragraph stays linear in its length.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import (
    ADVERBS_BEFORE_CUE,
    DAY_NAMES,
    FLOATING_QUANTIFIERS,
    MODIFIER_NEGATIONS,
    TIME_WORDS,
)
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import (
    AFTER_INVERTED_SOURCE,
    ARTICLES,
    HAVE_FORMS,
    MODALS,
    PLURAL_FINITE_AUXILIARIES,
    QUANTIFIER_PRONOUNS,
)
from newsdoc._parse.lexicon.messages import CHANNEL_NOUNS, CONTACT_NOUNS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import (
    POSSESSIVE_DETERMINERS,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    SPEECH_PARTICIPANTS,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.lexicon.verbs import BARE_HOMOGRAPHS, OBJECT_PREPOSITIONS, REVEALING_TELL, Frame
from newsdoc._parse.sourcing.anonymity import withholds_name
from newsdoc._parse.sourcing.complements import complement_ok, infinitive_after, only_whence
from newsdoc._parse.sourcing.content_edges import QUOTE_MARKS
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.findings import finding_ruled_out
from newsdoc._parse.sourcing.grants import acted, granted
from newsdoc._parse.sourcing.media import hearer_end
from newsdoc._parse.sourcing.phrase import Phrase, time_phrase
from newsdoc._parse.sourcing.quote_checks import CLOSING_MARKS, OPENING_MARKS, aside_quote, quote_touching
from newsdoc._parse.sourcing.quote_marks import quote_then_subject
from newsdoc._parse.sourcing.records import Cue
from newsdoc._parse.sourcing.tokens import LOOK
from newsdoc._parse.sourcing.verb_groups import as_before, bare_slot, noun_slot, passive_start, words_before
from newsdoc._parse.sourcing.words import AUXILIARIES, SOURCE_NOUNS, adverb_like, known_verb, singular

__all__ = [
    "SUBJECTS",
    "clause_ends",
    "clause_follows",
    "heads_verb",
    "inverted",
    "passive_agent",
    "ruled_out",
]

# Module functions as constants: compiled with mypyc, ``bisect.bisect_left`` is an attribute
# look-up on the module at every call, where a ``Final`` name is a C static.
_bisect_left: Final = bisect.bisect_left
_bisect_right: Final = bisect.bisect_right

_CLAUSE_ENDERS: Final = frozenset(',.;:!?"\u201c\u201d\u2014)')
_CLAUSE_END: Final = frozenset(".;!?")
"""Marks that end a clause right after a verb, with nothing for it to take."""
_WHETHER: Final = (" whether ", " if ")
"""The openers of a question that ``tell`` takes with no one told, where it means ``show``."""
SUBJECTS: Final = (SUBJECT_PRONOUNS - SPEECH_PARTICIPANTS) | REFLEXIVES
"""Pronouns that can be the subject of a verb of speech."""


def heads_verb(text: str, phrase: Phrase, *, singular_verb: bool) -> bool:
    """Whether the phrase ends in a word that can be the subject of a verb right after it:
    a name, a pronoun or a noun for a source (``the report states``, not ``swing states``); a
    quantifier standing for people is plural, and no subject of a ``singular_verb`` (``Many
    note``, not ``in many states``)."""
    last = text[phrase.start : phrase.head_end].rsplit(" ", 1)[-1]
    low = last.lower()
    if low in QUANTIFIER_PRONOUNS or low.endswith("%"):
        return not singular_verb  # capitalised too: ``Many claims were false``; ``Only 6% report that``
    return last[:1].isupper() or low in SOURCE_NOUNS or singular(low) in SOURCE_NOUNS or low in SUBJECTS


def ruled_out(text: str, cue: Cue, s_start: int) -> bool:
    """Whether the words around a verb show that it reports nobody here."""
    flags = cue.flags
    if cue.word.lower() in BARE_HOMOGRAPHS and bare_slot(text, cue.start, s_start):
        return True  # ``helped found the network``: no past tense, another verb
    if flags & Frame.FINDING and finding_ruled_out(text, cue):
        return True
    if flags & Frame.NOUNLIKE and cue.word.endswith("s") and noun_slot(text, cue.start, s_start):
        return True  # ``they had questions``: after an auxiliary a form in ``-s`` is a plural noun
    if flags & Frame.GRANT and granted(text, cue.word_end):
        return True  # ``denied the city's request``: a thing refused, no report
    if acted(cue.word, text, cue.word_end):
        return True  # ``claimed the title``, ``said goodbye``: an act, no report
    if not flags & Frame.NOUNLIKE and _possessed(text, cue, s_start):
        return True  # ``on its proposed sale``, ``reporting on her show``: a determiner's noun or adjective
    if text.startswith(" than ", cue.word_end):
        return True  # ``Easier said than done``: a participle in a comparison
    if text.startswith(OBJECT_PREPOSITIONS.get(cue.word.lower(), "\n"), cue.word_end) and not _fronted(text, cue):
        return True  # ``officials accused of lying``: no object before ``of``, so a passive participle
    if cue.word.lower() in REVEALING_TELL and _revealing(text, cue):
        return True  # ``Only time will tell.``, ``Time will tell whether``: no one tells anyone
    if (
        _passive_agent(text, cue.word_end)
        and passive_start(words_before(text, cue.start, s_start)) is None
        and not as_before(words_before(text, cue.start, 0))
    ):
        return True  # ``data reported on by Axios``, ``a letter written by``: no clause (``was told by`` is read)
    if withholds_name(text, cue.word_end):
        return True  # ``who asked not to be named``: why the source is not named
    if only_whence(text, cue.word_end) and not any(m in text[s_start : cue.start] for m in OPENING_MARKS):
        return True  # ``Costa reported from Washington.``: where, not what (but ``"...," Roe reported from Iowa``)
    if flags & Frame.NAMING and _naming(text, cue):
        return True  # ``computers called "servers"``: a name given, not words reported (``fans chanted "..."`` are)
    if not flags & Frame.COMPLEMENT:
        return False
    # a quote before the verb licenses it, but not one in an aside of its source (aside_quote)
    if quote_touching(text, cue.start, s_start) and not aside_quote(text, cue.start, s_start):
        return False  # ``"...," adds English``
    if quote_then_subject(text, cue.start) and not aside_quote(text, cue.start, s_start):
        return False  # ``"...," she yells while running``
    if flags & Frame.INFINITIVE and infinitive_after(text, cue.word_end):
        return False  # ``pledged to oppose``
    # ``added 500 jobs`` reports nothing; ``..., the Tribune reports.`` ends a sentence it credits
    parenthetical = "," in text[s_start : cue.start]
    after = hearer_end(text, cue.word_end) if flags & Frame.OBJECT else cue.word_end  # ``texted Axios that``
    clause_end = bool(flags & Frame.INVERT) or parenthetical
    return not complement_ok(text, after, clause_end=clause_end, on_topic=bool(flags & Frame.ON_TOPIC))


def _possessed(text: str, cue: Cue, s_start: int) -> bool:
    """Whether a possessive determiner stands right before the verb's form, which is then the noun
    or the adjective it determines (``its proposed sale``); ``her`` is the object of a verb before
    it where a bare form follows (``heard her say``, ``let her speak``)."""
    words = text[max(s_start, cue.start - _MODAL_REACH * 2) : cue.start].split()[-2:]
    if not words or words[-1] not in POSSESSIVE_DETERMINERS:
        return False
    if words[-1] != "her" or cue.word.endswith("s"):
        return True
    return len(words) < _PAIR or not known_verb(words[0])


_PAIR: Final = 2
"""Two words: ``her`` and the one before it."""


def _fronted(text: str, cue: Cue) -> bool:
    """Whether a subject pronoun or a perfect's ``have`` stands right before the verb, which is
    then active with its object fronted by a relative: ``whom she has accused of``, ``whom they
    accused of``."""
    before = _word_right_before(text, cue)
    return before.lower() in SUBJECTS or before in HAVE_FORMS


def _revealing(text: str, cue: Cue) -> bool:
    """Whether ``tell`` tells no one: its clause ends after it, or ``whether`` follows, or a comma
    after a modal (``Time will tell, of course``; but ``Rivera tells, "..."``)."""
    after = text[cue.word_end : cue.word_end + 1]
    if after in _CLAUSE_END or text.startswith(_WHETHER, cue.word_end):
        return True
    return after == "," and _word_right_before(text, cue).lower() in MODALS


def _word_right_before(text: str, cue: Cue) -> str:
    """The word right before the cue within :data:`_MODAL_REACH` characters, or the empty string."""
    return "".join(text[max(0, cue.start - _MODAL_REACH) : cue.start].split()[-1:])


_MODAL_REACH: Final = 8
"""Characters enough before ``tell`` to hold the modal before it (``would``), or a pronoun or
``have`` before ``accused of`` (``whom she has accused of``)."""


def passive_agent(text: str, at: int) -> int | None:
    """Where the agent after a passive verb ending at ``at`` starts: after ``by``, unless what
    follows is how it was sent (``was told by phone``)."""
    m = _BY.match(text, at)
    return None if m is None or _channel(text, m.end()) else m.end()


def _channel(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a means of sending a statement (``by email``, ``by phone
    Tuesday``), not a modifier of the agent (``by phone companies``, ``by Mail Online``)."""
    words = text[at : at + 40].split(None, 2)
    if not words or words[0].rstrip(".,;:") not in CHANNEL_NOUNS:
        return False
    if words[0][-1:] in ".,;:" or len(words) < 2:
        return True
    after = words[1].rstrip(".,;:")
    low = after.lower()
    if after[:1].isupper():
        return low in TIME_WORDS  # ``by phone Tuesday``
    if low in CONTACT_NOUNS:
        return True  # ``by text message``
    return low not in SOURCE_NOUNS and singular(low) not in SOURCE_NOUNS


_BY: Final = re.compile(r"\s+by\s+")


def _passive_agent(text: str, at: int) -> bool:
    """Whether the verb ending at ``at`` is a passive participle: ``by`` follows it."""
    rest = text[at : at + 8].lstrip()
    if rest.startswith("by "):
        return passive_agent(text, at) is not None  # but ``said by email``: no agent
    return rest.startswith(("on by ", "in by "))


def _naming(text: str, cue: Cue) -> bool:
    """Whether ``called`` (or the like) names something: a noun before it, its quote right after,
    an article before the quote or not (``computers called "servers"``, ``a group called the "We
    the People Foundation"``)."""
    after = text[cue.word_end : cue.word_end + 3].lstrip()
    article = text[cue.word_end : cue.word_end + LOOK].split(None, 1)[:1]
    if article and article[0] in ARTICLES:
        after = text[cue.word_end + len(article[0]) + 1 : cue.word_end + len(article[0]) + 4].lstrip()
    if after[:1] not in ('"', "\u201c"):
        return False
    words = text[max(0, cue.start - _NAMED_REACH) : cue.start].split()
    while words and (words[-1] in _BETWEEN or adverb_like(words[-1])):
        words.pop()  # past adverbs to the noun: ``chains recently labeled "..."``, ``Times each called``
    before = words[-1] if words else ""
    # not a quantifier, which may be the subject: ``what some call the "Charleston loophole"``
    return (
        before.isalpha()
        and before.islower()
        and before not in AUXILIARIES
        and before not in SUBJECTS
        and before not in QUANTIFIER_PRONOUNS
    )


_BETWEEN: Final = (ADVERBS_BEFORE_CUE - AUXILIARIES) | FLOATING_QUANTIFIERS
"""Words that may stand between a verb of naming and the noun or the subject before it:
``also called``, ``each called``."""
_NAMED_REACH: Final = 40
"""Characters before a verb of naming enough for the noun before it and an adverb or two."""


def clause_follows(text: str, at: int, start: int, opens: int) -> bool:
    """Whether a word that may be a plural noun, ending at ``at`` in a sentence from ``start``,
    its subject from ``opens``, is a verb here: no verb of its own follows (``swing states are``,
    ``news reports said``) nor a relative clause (``Rust Belt states that have suffered``); where
    its clause ends right after it, its subject opens a clause (``..., O'Keefe notes.``) or a quote
    stands around it (``"...," the document states.``), not in ``in key Senate states.``."""
    rest = text[at : at + LOOK]
    if rest[:1] not in ("", ":") and not rest[:1].isspace():
        before = text[start:opens].rstrip()
        opening = not before or before[-1] in _CLAUSE_BREAKS or before.rsplit(None, 1)[-1].lower() in _CLAUSE_WORDS
        return opening or any(mark in text[start : at + LOOK] for mark in QUOTE_MARKS)
    words = rest.split(None, 2)
    if not words:
        return True
    low = words[0].lower()
    if low == "that" and len(words) > 1 and words[1].lower() in PLURAL_FINITE_AUXILIARIES:
        return False
    return low not in AUXILIARIES and low not in CUE_FORMS


_CLAUSE_BREAKS: Final = ",;:\u2014"
"""Marks after which a subject opens a clause of its own: ``..., O'Keefe notes.``"""
_CLAUSE_WORDS: Final = SUBORDINATORS | COORDINATORS | RELATIVE_PRONOUNS
"""Words after which a subject opens a clause of its own: ``As the report notes,``, ``which the
report notes.``"""


def clause_ends(text: str, at: int) -> bool:
    """Whether an inverted source ends its clause: ``," says Stafford.``, not ``insists Russia is``."""
    rest = text[at : at + 20].lstrip()
    if not rest or rest[0] in _CLAUSE_ENDERS:
        return True
    words = [w.lower().rstrip(",.;:!?") for w in rest.split(" ", 3)]
    word = words[0]
    return (
        word in AFTER_INVERTED_SOURCE
        or word in PREPOSITIONS  # ``," said Smith aboard the plane.``
        or (word in TIME_WORDS and (rest[:1].islower() or word in DAY_NAMES))  # ``," said Smith Tuesday.``
        or word.endswith("ly")
        or (word.endswith(("ed", "ing")) and word not in AUXILIARIES)
        or (
            word in MODIFIER_NEGATIONS and len(words) > 1 and words[1].endswith("ed")
        )  # ``said an aide not authorized``
        or time_phrase(words)  # ``," said the speaker late Tuesday.``, ``a day later``
    )


def inverted(text: str, at: int, s_start: int) -> bool:
    """Whether the verb at ``at`` follows a comma, a quote or the start of its sentence."""
    before = text[max(s_start, at - LOOK) : at].rstrip()
    return not before or before[-1] == "," or before[-1] == "\u2014" or before.endswith(CLOSING_MARKS)
