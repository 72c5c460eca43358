"""Whether a bounded phrase can be the source of its cue, and what it says of the source.

The rules of :mod:`~newsdoc._parse.sourcing.rules` bound a phrase; these tests decide
whether it may stand as a source at all: not the writer or the reader, not a bare
determiner or possessive, agreeing with a plural verb, and able to speak.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import PLACE_ADVERBS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.grammar import (
    ARTICLES,
    DETERMINERS,
    FUNCTION_WORDS,
    INDEFINITE,
    NEGATIVE_QUANTIFIERS,
    ORIGIN_PREPOSITIONS,
    PLURAL_QUANTIFIERS,
    QUANTIFIER_PRONOUNS,
    RIGHT_STOPS,
    SINGULAR_OPENERS,
    SINGULAR_QUANTIFIER_PRONOUNS,
    VERB_PARTICLES,
)
from newsdoc._parse.lexicon.nouns import PRE_ROLE_MODIFIERS, RANK_ADJECTIVES
from newsdoc._parse.lexicon.numbers import APPROXIMATORS, BOUNDS, CARDINALS, QUANTITY_NOUNS, SHARE_WORDS
from newsdoc._parse.lexicon.people import ROLE_NOUNS
from newsdoc._parse.lexicon.places import US_STATES
from newsdoc._parse.lexicon.prepositions import MOTION_WORDS, NP_PREPOSITIONS, PLACE_PREPOSITIONS, SETTING_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import (
    DEMONSTRATIVE_PRONOUNS,
    GENERIC_PRONOUNS,
    NON_ASSERTIVE_PRONOUNS,
    PLURAL_PRONOUNS,
    SPEECH_PARTICIPANTS,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.lexicon.works import MASS_WORK_NOUNS
from newsdoc._parse.sourcing.describe import described, head_noun
from newsdoc._parse.sourcing.heads import complement_start, head_words
from newsdoc._parse.sourcing.names import Context, plural, possessive
from newsdoc._parse.sourcing.phrase import Phrase, acronym_before
from newsdoc._parse.sourcing.records import Description
from newsdoc._parse.sourcing.relatives import relative_opens
from newsdoc._parse.sourcing.tokens import LOOK, city_word
from newsdoc._parse.sourcing.words import WORK_NOUNS, singular, source_noun

__all__ = ["acceptable", "after_preposition", "object_of_setting", "per_source", "plain_start", "role_start"]

_NOT_SOURCES: Final = (SPEECH_PARTICIPANTS - SUBJECT_PRONOUNS) | GENERIC_PRONOUNS
"""Pronouns that are no source: objects (``me``, ``us``) and the reader (``you can say``);
the writer (``I said``, ``we asked``) is one."""
_PLURAL_SUBJECTS: Final = (
    QUANTIFIER_PRONOUNS | DEMONSTRATIVE_PRONOUNS | PLURAL_PRONOUNS | (SPEECH_PARTICIPANTS & SUBJECT_PRONOUNS)
)
"""Pronouns that take the plain form of a verb: ``they say``, ``I say``."""


def plain_start(text: str, phrase: Phrase) -> bool:
    """Whether a phrase opens with a determiner, a capital, a number or a pronoun (not a bare
    common noun): ``the report says``, ``he notes``, not ``news reports``."""
    first = text[phrase.start : phrase.end].split(" ", 1)[0]
    low = first.lower()
    return (
        first[:1].isupper()
        or first[:1].isdigit()
        or low in DETERMINERS
        or low in SUBJECT_PRONOUNS
        or low in CARDINALS  # ``said one person familiar with the matter``
    )


def after_preposition(text: str, phrase: Phrase) -> bool:
    """Whether a preposition stands right before the phrase, which is then its object and no
    subject: ``used for a variety of research projects``, ``moves to Western states``."""
    before = text[max(0, phrase.start - 12) : phrase.start].split()
    return bool(before) and before[-1].lower() in _GOVERNING


_GOVERNING: Final = NP_PREPOSITIONS | (MOTION_WORDS - VERB_PARTICLES)
"""Prepositions and words of motion whose object a phrase after them is: ``for``, ``to``, ``into``;
not a particle, after which a clause's subject may stand (``When the bill came up the senator``)."""


def object_of_setting(text: str, phrase: Phrase, verb: int) -> bool:
    """Whether the phrase is the object of a preposition of setting with the verb at ``verb``
    right after it, which is then no finite verb of the phrase: ``In a message posted Friday,
    Cruz said``; not ``a request by the paper, which argued``, nor a phrase that ends in people
    after a name, where the preposition's object and the subject run together with no comma
    (``In Ohio officials said``)."""
    before = text[max(0, phrase.start - 12) : phrase.start].rstrip().rpartition(" ")[2]
    if before.lower() not in SETTING_PREPOSITIONS or text[phrase.end : verb].strip(" ,"):
        return False
    words = text[phrase.start : phrase.head_end].split()
    named_place = any(w[:1].isupper() for w in words[:-1])  # ``In Ohio``, ``In the Senate``; not ``In a statement``
    return not (plural(words[-1]) and source_noun(words[-1]) and named_place)


def role_start(text: str, phrase: Phrase, *, name_ahead: bool = True) -> bool:
    """Whether a phrase opens with a role or (where ``name_ahead``) leads to a name within three
    words: ``executive coach and founder of ...``, ``former ...``, ``progressive Rep. Ro Khanna``."""
    words = text[phrase.start : phrase.end].split(" ", 3)
    first = words[0].lower()
    opens_role = first in ROLE_NOUNS or first in PRE_ROLE_MODIFIERS or first in RANK_ADJECTIVES
    return opens_role or (name_ahead and any(w[:1].isupper() for w in words[1:3]))


def per_source(text: str, phrase: Phrase, *, set_off: bool) -> bool:
    """Whether the phrase after ``per`` is a source rather than a unit (``per household``); where
    a comma or nothing stands before ``per`` (``set_off``), people in the plural are one (``, per
    officials``), but not in a rate (``40 patients per doctors``) or before a noun (``per
    doctors' orders``)."""
    if plain_start(text, phrase):
        return True
    words = text[phrase.start : phrase.head_end]
    last = words.rsplit(" ", 1)[-1].lower()
    noun = head_noun(words)  # ``people`` of ``people familiar with the talks``
    people = source_noun(noun) and singular(noun) not in WORK_NOUNS  # not ``per doctors' orders``
    if set_off and people and plural(noun) and not possessive(last):
        return True  # people, not a unit: ``per officials``, ``per county engineers``
    named = words.rsplit(" ", 2)[-2:]
    if set_off and len(named) == 2 and named[1][:1].isupper() and source_noun(named[0]):
        return True  # a body named after what it is: ``per ratings firm Viewmark``
    # a work, last or before its modifier: ``per the filing``, ``per documents obtained by Axios``
    return last in WORK_NOUNS or noun in WORK_NOUNS


_NOT_ACRONYMS: Final = NEGATIVE_QUANTIFIERS | DETERMINERS | PLURAL_QUANTIFIERS
"""Words that mean themselves in capitals too: ``NONE of them``, ``ALL of them``."""


def _amount(low: str) -> bool:
    """Whether a word states a share, a number or an amount: ``majority``, ``9``, ``five``, ``handful``, ``few``."""
    return low[:1].isdigit() or any(low in c for c in (SHARE_WORDS, CARDINALS, QUANTITY_NOUNS, PLURAL_QUANTIFIERS))


def _state_of_city(text: str, start: int, head: str) -> bool:
    """Whether ``head`` is a state's name set off by commas after its city (``traveled to Columbus,
    Ohio, on Wednesday``), part of a place and never a source; not after a time (``On Monday,
    Texas said``), nor where the state's clause goes on (``Unlike Florida, Georgia said``)."""
    low = head.lower()
    if low not in US_STATES and low + "." not in US_STATES:
        return False
    before = text[max(0, start - LOOK) : start].rstrip()
    rest, _, city = before[:-1].rpartition(" ")
    if not before.endswith(",") or not city_word(city):
        return False
    if city.lower() in US_STATES:
        return False  # a state after a state is a list or a contrast: ``Unlike Ohio, Texas, which sued,``
    # a comma after the state closes the place; a preposition after a noun for people, or ``of`` or
    # ``from`` after a full name, opens the place they are in or from, comma or none (``Officials
    # in Springfield, Illinois said``, ``Stacy Roe of Columbia, South Carolina says``; not ``After
    # talks in Geneva, Washington said``, ``Apart from Ohio, Texas said``)
    rest, _, preposition = rest.rpartition(" ")
    owners = rest.split()[-2:] or [""]  # the last two words before the preposition
    named = preposition in ORIGIN_PREPOSITIONS and len(owners) == 2 and all(w[:1].isupper() for w in owners)
    placed = preposition in _PLACE_OPENERS and (source_noun(owners[-1]) or named)
    return text[start + len(head) : start + len(head) + 1] == "," or placed


_PLACE_OPENERS: Final = ORIGIN_PREPOSITIONS | PLACE_PREPOSITIONS
"""Prepositions after a source that open the place it is in or from: ``of``, ``from``, ``in``."""


def acceptable(
    text: str,
    phrase: Phrase,
    context: Context,
    *,
    plural_verb: bool = False,
    singular_verb: bool = False,
    speaking: bool = False,
    denied: bool = False,
    whole_name: bool = False,
) -> Description | None:
    """The description of a bounded phrase that can be a source, or None: not the writer or
    reader, not a bare determiner or possessive, agreeing with a plural or singular verb, and
    able to speak. A phrase that denies its source (``None of them``) is one only where ``denied``: for a source
    that declined or did not respond (``None of the companies responded``). Where ``whole_name`` (no noun can
    follow the phrase: ``Moody's said``, ``according to Moody's,``), a name in ``'s`` is a source, not a possessor."""
    head = text[phrase.start : phrase.head_end]
    words = head.split()
    if not words:
        return None
    # an acronym before a word in lower case is no pronoun: ``US Senator Jeff Sessions``; ``NONE of them`` is none
    low = words[0].lower()
    acronym = len(words) > 1 and acronym_before(words[0], words[1])
    first = words[0] if acronym and low not in _NOT_ACRONYMS else low
    if first in NEGATIVE_QUANTIFIERS and not denied:
        return None  # ``None of them is calling for``: nobody is reported to say anything
    if first in _NOT_SOURCES or _state_of_city(text, phrase.start, head):
        return None
    if any(w.lower() in NON_ASSERTIVE_PRONOUNS for w in words[:2]):
        return None  # ``whether anyone disclosed``, ``than almost anyone had predicted``: nothing was said
    if singular_verb and len(words) == 1 and (first in QUANTIFIER_PRONOUNS or CARDINALS.get(first, 1) > 1):
        return None  # a number and a plural noun, no subject and verb: ``several questions``, ``Twenty-seven states``
    if singular_verb and len(words) > 1 and first in PLURAL_QUANTIFIERS and not _mass(head_noun(head)):
        # ``other Midwestern states``, ``some analysts says``: a plural takes no ``-s`` form; but a
        # mass noun does (``Some research indicates``)
        return None
    # ``those who attended``, ``among those who said``: a demonstrative with a clause after it stands for people
    pronoun = first in DEMONSTRATIVE_PRONOUNS and len(words) == 1 and relative_opens(text, phrase.head_end)
    if (
        not pronoun
        and first in DETERMINERS
        and all(w.lower() in DETERMINERS for w in words[1:])
        and head.lower() not in QUANTIFIER_PRONOUNS
        and head.lower() not in SINGULAR_QUANTIFIER_PRONOUNS
    ):
        return None  # a determiner alone is no source, but ``Some say``, ``Another said``
    second = words[1].lower() if len(words) > 1 else ""
    number_next = second[:1].isdigit() or second in CARDINALS or second in SHARE_WORDS
    bounded = (first, second) in BOUNDS  # ``At least 2,000 people``
    if (
        (first in NP_PREPOSITIONS or first in RIGHT_STOPS)
        and not (first in APPROXIMATORS and number_next)
        and not bounded
    ):
        return None  # a preposition opens no noun phrase: ``During talks``; but ``About 4 in 10`` counts people
    if words[-1].lower() in ARTICLES:
        return None  # an article opens a noun phrase and never ends one: ``shot by the alleged gunman``
    name_in_s = whole_name and _named_in_s(words)  # ``Moody's said``: no possessor without its noun, but a name
    if (words[-1].endswith(("'s", "’s")) and not name_in_s) or (len(words) == 1 and words[0].endswith(("'", "’"))):
        return None
    if plural_verb and CARDINALS.get(first, 1) > 1 and _singular_name(head):
        return None  # a count and a name in the singular: ``two well-known American cable news hosts``
    d = described(context, text[phrase.start : phrase.end], phrase.head_end - phrase.start)
    if singular_verb and (d.number or 0) > 1 and not all(w[0].isupper() or w in COORDINATORS for w in words):
        return None  # no ``-s`` form after ``Florida and others``, ``four economists``; but ``Ernst and Young says``
    counted = (first in INDEFINITE or first in CARDINALS) and any(_amount(w.lower()) for w in words[1:])
    if plural_verb and first in SINGULAR_OPENERS and not counted:
        return None  # ``a senior official say`` is no subject; but ``a majority of voters say``, ``one in five say``
    if plural_verb and not (
        d.plural
        or (d.number or 0) > 1
        or first in _PLURAL_SUBJECTS
        or "%" in head
        or head_noun(head) in MASS_WORK_NOUNS
    ):
        return None  # ``the 10-year Treasury note`` is not a subject of ``note``; but ``data show``
    return d if speaking or d.speaker or name_in_s or pronoun else None


def _singular_name(head: str) -> bool:
    """Whether the head noun of ``head``, before its complement, is a name in the singular:
    ``two well-known American``; not ``Two people close to Biden``, ``Two aides to Sen. Warren``."""
    toks = head_words(head)
    cut = complement_start(toks, [t.text.lower() for t in toks])
    last = toks[cut - 1].text if cut else ""
    return last[:1].isupper() and not plural(last)


def _named_in_s(words: list[str]) -> bool:
    """Whether a phrase is a name in ``'s``, every word capitalised: ``Moody's``, ``Standard & Poor's``;
    not a pronoun or adverb with a contracted ``is`` (``It's said``, ``That's said``, ``Here's``)."""
    last = words[-1]
    if not last.endswith(("'s", "’s")) or last[:-2].lower() in _CONTRACTING:
        return False
    return all(w[:1].isupper() or w == "&" for w in words)


_CONTRACTING: Final = SUBJECT_PRONOUNS | FUNCTION_WORDS | PLACE_ADVERBS
"""Words whose ``'s`` is a contracted ``is`` or ``has`` before a verb, never a name's."""


def _mass(word: str) -> bool:
    """Whether ``word`` is a noun for a body of findings in the singular, which a quantifier leaves
    singular: ``research``, ``polling``, ``evidence``; not ``figures``."""
    return word.lower() in MASS_WORK_NOUNS and not plural(word)
