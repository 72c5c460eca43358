"""What a phrase set off by commas is, beside a source: a role that describes it (an
appositive, ``, CEO of Diligent,``), an aside that the scans step over (``, in a post on X,``,
``, however,``) or neither, a clause (``, while women backed the senator``)."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import REPETITION_ADVERBS, TIME_AFTER_AMOUNT, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import ADVERB_SUBORDINATORS, CLAUSE_COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import (
    APPOSITIVE_NOT,
    ASIDE_ADVERBS,
    ASIDE_OPENERS,
    ASIDE_TIME_ADVERBS,
    ASKED_WHAT,
    DETERMINERS,
)
from newsdoc._parse.lexicon.nouns import PEOPLE_NOUNS
from newsdoc._parse.lexicon.numbers import SHARE_WORDS
from newsdoc._parse.lexicon.people import ROLE_ENDINGS, ROLE_NOUNS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS, PARTICIPLES, PLAIN_SPEECH
from newsdoc._parse.sourcing.phrase import MAX_ASIDE, PASSIVE, participle_form
from newsdoc._parse.sourcing.tokens import Token
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, adverb_like

__all__ = ["aside", "role_like"]

_ASIDE_OPENERS: Final = ASIDE_OPENERS | PARTICIPLES
"""Words that open an aside, with the participles of the verbs of saying and of talking:
``Trump, writing on X, said``, ``Trump, speaking to reporters, said``, ``Trump, citing polls, said``."""


_TIME_PHRASE: Final = TIME_WORDS | PREPOSITIONS | TIME_OPENERS
"""The words of a phrase of time after its first: ``late on Thursday night``."""


def role_like(seg: list[Token]) -> bool:
    """Whether an appositive names a role: ``CEO of Diligent``, ``a former advisor to Bessent``."""
    if not seg or len(seg) > MAX_ASIDE or seg[0].text.lower() in APPOSITIVE_NOT:
        return False  # ``per Nielsen, along with 12.9 million viewers``
    if _clause_opens(seg):
        return False  # a clause: ``, while women backed the senator``, ``, even as men favored``
    if _verb_opens(seg):
        return False  # a participle clause, not a noun phrase: ``, speaking to CNN after the senator spoke``
    if seg[0].text[:1].isdigit() and len(seg) > 1 and seg[1].text.lower() in SHARE_WORDS:  # ``%`` is one
        return False  # a share that opens a clause: ``according to the polls in Iowa, 24% of voters put``
    has_role = False
    for k, tok in enumerate(seg):
        low = tok.text.lower()
        if low in _RELATIVES and has_role:
            return True  # ``the housing regulator who has accused Cook``, ``head of the union that represents``
        verb = low in PASSIVE or low in CUE_FORMS or low in ("that", "who", "which", "has", "have", "had", "will")
        if verb and not tok.text[0].isupper() and not _noun_before_role(seg, k) and not _noun_after(seg, k):
            return False  # a verb or a clause, not a role (a capital is part of a name: ``Vital Voices``)
        if low in ROLE_NOUNS or low in PEOPLE_NOUNS or low.rsplit("-", 1)[-1] in ROLE_NOUNS:
            has_role = True
        elif low.endswith(ROLE_ENDINGS) and tok.text.islower():
            has_role = True  # ``a climatologist at the National Drought Mitigation Center``
    return has_role


def _noun_before_role(seg: list[Token], k: int) -> bool:
    """Whether ``seg[k]``, a verb's form that is also a noun, modifies the noun of a role after
    it: ``the White House press secretary``, ``the agency's report writer``."""
    following = seg[k + 1].text.lower() if k + 1 < len(seg) else ""
    return bool(CUE_FORMS.get(seg[k].text.lower(), 0) & Frame.NOUNLIKE) and (
        following in ROLE_NOUNS or following in PEOPLE_NOUNS
    )


def _noun_after(seg: list[Token], k: int) -> bool:
    """Whether ``seg[k]``, a verb's form that is also a noun (or a plain form, which no
    determiner opens a verb phrase for), stands in a noun phrase that a determiner opens a few
    words before it, past words in lower case that are neither verbs nor words that open a
    clause: ``owner of the oldest black-owned radio station``, ``head of its report team``,
    ``star of the reality show``."""
    if not CUE_FORMS.get(seg[k].text.lower(), 0) & _NOUN:
        return False
    for j in range(k - 1, max(-1, k - _NOUN_PHRASE_REACH), -1):
        low = seg[j].text.lower()
        if low in DETERMINERS:
            return True
        if (
            not seg[j].text.replace("-", "").isalpha()
            or low in CLAUSE_STOPS
            or not CUE_FORMS.get(low, _NOUN) & _NOUN  # ``a talk show host``: a noun before a noun
        ):
            return False
    return False


_RELATIVES: Final = frozenset(("who", "that", "which"))
"""Words that open a relative clause on a noun of a role or after it, which stays in the role."""
_NOUN: Final = Frame.NOUNLIKE | Frame.BASE
"""The frames of a verb's form that may be a noun after a determiner; a word that is no verb's form may be too."""


_NOUN_PHRASE_REACH: Final = 4
"""The most words between a determiner and the noun it opens a phrase for, read back from the noun."""


def _clause_opens(seg: list[Token]) -> bool:
    """Whether a subordinating conjunction opens ``seg`` (after ``even``: ``even as``), not one
    that is an adverb before a noun phrase there (``once an aide to Clinton``)."""
    k = 1 if seg[0].text.lower() == "even" and len(seg) > 1 else 0
    low = seg[k].text.lower()
    following = seg[k + 1].text.lower() if k + 1 < len(seg) else ""
    adverb = low in ADVERB_SUBORDINATORS and (following in DETERMINERS or following in ROLE_NOUNS)
    return low in SUBORDINATORS and not adverb


def aside(seg: list[Token]) -> bool:
    """Whether a parenthetical between commas is an aside to step over: ``in a post on X``."""
    if not seg or len(seg) > MAX_ASIDE:
        return False
    low = seg[0].text.lower()
    if len(seg) == 1 and low in ASIDE_ADVERBS:
        return True  # ``A senior official, however, noted``
    if all(t.text in REPETITION_ADVERBS or (t.text.islower() and t.text.endswith("ly")) for t in seg):
        return True  # ``, reportedly,``, ``, once again,``; not a name (``, Kelly,``, ``, Holly Kelly,``) nor ``never``
    if low in TIME_OPENERS and len(seg) > 1 and all(t.text.lower() in _TIME_PHRASE for t in seg[1:]):
        return True  # ``The senator, last week, said``, ``, late on Thursday night,``
    if low in ASIDE_TIME_ADVERBS and len(seg) > 1 and seg[0].text.islower() and _then_what(seg):
        return True  # an age or a state: ``Sperling, then 38, said``, ``Roe, now retired,``, ``then working for``
    if seg[-1].text in TIME_AFTER_AMOUNT and len(seg) <= 4 and all(t.text.isalnum() and t.text.islower() for t in seg):
        return True  # ``DuPont, only two months later, announced``; not a role that ends ``... a few weeks ago``
    if participle_form(seg[0].text) and low not in _ASIDE_OPENERS:
        return _verb_opens(seg)
    if low.endswith("en") and seg[0].text.islower() and len(seg) > 1 and seg[1].text == "by":
        return True  # an irregular participle and its agent: ``The ruling, written by Justice Roe, said``
    if _clause_opens(seg):
        return True  # a clause of its own: ``The mayor, even as she says it works, has proposed``
    if len(seg) > 1 and seg[-1].text in PLAIN_SPEECH:
        return True  # an attribution set off by commas: ``The memo, officials who read it said, urges``
    return low in _ASIDE_OPENERS or low in NP_PREPOSITIONS


def _then_what(seg: list[Token]) -> bool:
    """Whether what follows ``then`` or ``now`` is an age, a participle's phrase or both:
    ``then 38``, ``now retired``, ``then newly elected``, ``then working for the agency``, ``then 38
    and working two jobs``; not a role (``now a lawyer``)."""
    k = 2 if len(seg) > 2 and adverb_like(seg[1].text) else 1  # ``then newly elected``
    if seg[k].text.isdigit():
        return len(seg) == k + 1 or (
            seg[k + 1].text in _JOINED and len(seg) > k + 2 and participle_form(seg[k + 2].text)
        )
    return participle_form(seg[k].text)


_JOINED: Final = CLAUSE_COORDINATORS
"""Conjunctions between an age and a participle in an aside: ``then 38 and working two jobs``."""


def _verb_opens(seg: list[Token]) -> bool:
    """Whether the phrase opens with a participle and its object, complement or time (``speaking
    to CNN``, ``citing the report``, ``released Monday``), not with an adjective before a noun
    (``managing director``)."""
    if not participle_form(seg[0].text):
        return False
    k = 2 if len(seg) > 2 and seg[1].text.islower() and adverb_like(seg[1].text) else 1  # ``reported exclusively by``
    after = seg[k].text.lower() if len(seg) > k else ""
    # ... or with a phrase of time: ``released Monday``, ``filed last week``
    return (
        after in PREPOSITIONS  # ``rushing past reporters``, ``walking into the room``
        or after in DETERMINERS
        or after in SUBJECT_PRONOUNS
        or after in ("to", "that")
        or after in TIME_WORDS
        or after in ASKED_WHAT  # ``asked whether the bill would pass``, ``asked about the vote``
    )
