"""Appositives between a source and its verb: ``Flynn, a top Trump surrogate, said``.

A phrase set off by commas after the head of a source belongs to the source when it is a
noun phrase that describes the head: a role, a name after a noun for a person, an age, a
party and state, or a noun phrase with its own determiner. A clause or an aside is not one.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_WORDS
from newsdoc._parse.lexicon.grammar import (
    BEFORE_TO,
    DETERMINERS,
    INTRO_OPENERS,
    ORIGIN_PREPOSITIONS,
    SMALL_TITLE_WORDS,
    VERB_CONJUNCTIONS,
)
from newsdoc._parse.lexicon.nouns import NAME_PARTICLES, PARTY_INITIALS, PEOPLE_NOUNS, UNCLEAR_PERSON_NOUNS
from newsdoc._parse.lexicon.numbers import APPROXIMATORS, PERCENT_WORDS, SHARE_WORDS
from newsdoc._parse.lexicon.people import ROLE_NOUNS, SUFFIXES
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import RELATIVE_WORDS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.name_words import surname_month
from newsdoc._parse.sourcing.phrase import (
    BREAKS,
    COUNTS,
    MAX_ASIDE,
    MAX_NAME,
    cap,
    cap_before,
    nickname_mark,
    participle_form,
)
from newsdoc._parse.sourcing.segments import aside, role_like
from newsdoc._parse.sourcing.tokens import QUOTE_MARKS, Token
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, SOURCE_NOUNS, singular

__all__ = ["appositive", "appositive_start", "aside_start", "earlier_appositive", "names", "party"]


def appositive(toks: list[Token], j: int, seg: list[Token]) -> bool:
    """Whether ``seg``, between the commas at ``j`` and after it, is an appositive to the head
    before ``j``: a role (``CEO of Diligent``), a name after a noun for a person (``The
    campaign's chairman, Phil Lovas,``), an age (``Jane Roe, 25,``), a party and state
    (``Mitch McConnell, R-Ky.,``) or a noun phrase with its determiner after a name (``Flynn,
    a top surrogate,``)."""
    if not seg:
        return False  # two commas in a row (``Roe,, said``) hold nothing
    if seg[-1].text == ")" and "(" in (t.text for t in seg[1:]):
        seg = seg[: max(k for k, t in enumerate(seg) if t.text == "(")]  # ``Sen. Joe Lieberman (I-Conn.)``
    head = toks[j - 1].text
    if head.lower() in TIME_WORDS and not surname_month(toks, j - 1):  # but ``Wang Jun, a spokesman,``
        return False  # a phrase of time opens the sentence: ``Earlier Tuesday, his campaign manager,``
    named = cap_before(toks, j)
    person_head = _person_noun(head) and (_people_noun(head) or not _preposition_object(toks, j))
    if role_like(seg) and (named or head.lower() in ROLE_NOUNS or (person_head and names(seg[-1:]))):
        return True  # ``His wife, longtime aide Huma Abedin,``: a role and a name after a person
    complement_head = _head_before_complement(toks, j)  # ``The CEO of the company, Jane Roe,``
    if names(seg) and (person_head or _people_noun(complement_head) or _person_noun(complement_head)):
        return True  # ``The campaign's chairman, Phil Lovas,``; not ``Prices rose in the city, Jane Roe,``
    if names(seg) and head.islower() and j > 1 and toks[j - 2].text.lower() in DETERMINERS and _opens(toks, j - 2):
        return True  # a name says who the subject is: ``The winner, Jane Roe,``, ``And a third, Dan Lee,``
    if _share(seg) and (named or _people_noun(head) or _share_before(toks, j)) and not _opening(toks, j):
        return True  # the share as a figure: ``Most farmers, 58%,``, ``A third of independents, 33%,``
    if not (named or singular(head.lower()) in SOURCE_NOUNS):
        return False
    return _age(seg) or party(seg) or _determined(seg) or _origin(seg) or _quoted_title(seg) or _suffix(seg)


def _suffix(seg: list[Token]) -> bool:
    """Whether ``seg`` is a suffix of the name before it: ``M.D.``, ``Jr.``, ``Ph.D.``, ``Inc.``."""
    letters = "".join(t.text for t in seg if t.text != ".").replace(".", "").lower()
    return len(seg) <= _SUFFIX_TOKENS and letters in SUFFIXES


_SUFFIX_TOKENS: Final = 3
"""The most tokens of a name's suffix: ``Ph.D`` and its period."""


def _preposition_object(toks: list[Token], j: int) -> bool:
    """Whether the noun phrase that ends at the comma ``toks[j]`` is the object of a preposition
    after a verb, as a phrase of place or time in a predicate is (``Prices rose in the city,``),
    not after a noun, whose complement it is (``Data from the agency,``, ``An analysis by the
    group,``, ``A lawsuit filed by the group,``)."""
    k = next((m for m in range(j - 1, max(j - _COMPLEMENT_WORDS - 2, 0), -1) if toks[m].text.lower() in DETERMINERS), 0)
    if k < 2 or toks[k - 1].text.lower() not in NP_PREPOSITIONS:
        return False
    before = toks[k - 2].text
    if not before.islower() or before in SOURCE_NOUNS or singular(before) in SOURCE_NOUNS:
        return False  # a name or a noun: the phrase is its complement
    noun = toks[k - 3].text.lower() if k > 2 else ""
    return not (before.endswith("ed") and (noun in SOURCE_NOUNS or singular(noun) in SOURCE_NOUNS))


def _opens(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens its clause: it starts the text, or a mark stands before it, or
    ``and``, ``but`` or an opening adverb that itself follows one (``Then the winner, Jane Roe,
    said``; not ``resilience to storms and other hazards, Jane Roe, a professor, said``)."""
    if k == 0 or not toks[k - 1].text[0].isalnum():
        return True
    return toks[k - 1].text.lower() in _CLAUSE_OPENERS and (k == 1 or not toks[k - 2].text[0].isalnum())


def _people_noun(word: str) -> bool:
    """Whether ``word``, in any case, is a noun for people or a post: ``founders``, ``CEO``."""
    low = singular(word.lower())
    return low in PEOPLE_NOUNS or low in ROLE_NOUNS or low in UNCLEAR_PERSON_NOUNS


def _person_noun(word: str) -> bool:
    """Whether ``word`` is a noun for a person or a role, in lower case (``chairman``,
    ``minister``) or a post written as an acronym (``CEO``, ``CFO``)."""
    if word.isupper() and len(word) > 1:
        return word.lower() in ROLE_NOUNS
    return word.islower() and singular(word) in SOURCE_NOUNS  # roles are among them


def _head_before_complement(toks: list[Token], j: int) -> str:
    """The word before a preposition that opens the complement ending at the comma ``j``
    (``minister`` in ``The minister of the economy,``, ``director`` in ``The director of the
    Federal Bureau of Investigation,``: a preposition inside a name opens no complement), or an
    empty string."""
    for k in range(j - 2, max(j - _COMPLEMENT_WORDS - 2, 0), -1):
        if toks[k].text in NP_PREPOSITIONS and (not toks[k - 1].text[:1].isupper() or _person_noun(toks[k - 1].text)):
            return toks[k - 1].text
        if not toks[k].text[:1].isalnum():
            return ""
    return ""


_COMPLEMENT_WORDS: Final = 7
"""The longest complement of a head noun before an appositive: ``of the Federal Bureau of Investigation``."""


def _origin(seg: list[Token]) -> bool:
    """Where someone is from: ``of Springfield``, ``from Austin`` (its state follows a comma)."""
    return (
        len(seg) <= MAX_NAME + 1 and seg[0].text in ORIGIN_PREPOSITIONS and len(seg) > 1 and seg[1].text[:1].isupper()
    )


def _share(seg: list[Token]) -> bool:
    """A share as a figure, after ``or`` or an approximator at most: ``33%``, ``or 61 percent``,
    ``roughly 40%``."""
    k = 0
    while k < len(seg) - 2 and (seg[k].text.lower() == "or" or seg[k].text.lower() in APPROXIMATORS):
        k += 1
    return len(seg) == k + 2 and seg[k].text.replace(".", "").isdigit() and seg[k + 1].text.lower() in PERCENT_WORDS


def _share_before(toks: list[Token], j: int) -> bool:
    """Whether the phrase before the comma ``toks[j]`` states a share: ``an even greater share``,
    ``A third of independents`` (a share word, and ``of`` and one word at most after it)."""
    k = j - 1
    if k > 1 and toks[k - 1].text.lower() == "of":
        k -= 2
    return k >= 0 and singular(toks[k].text.lower().rpartition("-")[2]) in SHARE_WORDS


def _quoted_title(seg: list[Token]) -> bool:
    """A title in quotation marks, its words capitalised but the small ones: ``"Lost Ground"``,
    ``"The State of the Union"`` (the closing mark stands after the comma that ends the aside)."""
    words = [t.text for t in seg[1:] if t.text not in QUOTE_MARKS]
    if seg[0].text not in QUOTE_MARKS or not words or len(words) > MAX_NAME + 2:
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in SMALL_TITLE_WORDS for w in words)


def _age(seg: list[Token]) -> bool:
    return len(seg) == 1 and seg[0].text.isdigit() and len(seg[0].text) <= 3


def party(seg: list[Token]) -> bool:
    """A party and a state or district: ``R-Ky.``, ``D-N.Y.``, ``R-Utah``."""
    first = seg[0].text
    return len(first) > 2 and first[0] in PARTY_INITIALS and first[1] == "-" and first[2].isupper() and len(seg) <= 6


def _determined(seg: list[Token]) -> bool:
    """A noun phrase that opens with a determiner or a possessive and holds no verb, up to a
    relative ``who``: ``a top Trump surrogate``, ``the state's attorney general``."""
    k = 0
    while k < len(seg) - 1 and seg[k].text.lower() in ADVERBS_BEFORE_CUE and seg[k].text.lower() not in DETERMINERS:
        k += 1  # ``also a GOP presidential hopeful``; but ``all veterans of the campaign`` opens with its quantifier
    opener = seg[k].text.lower()
    if not (opener in DETERMINERS or opener in COUNTS or opener.endswith(("'s", "\u2019s"))):
        return False
    before = opener
    for tok in seg[k + 1 :]:
        low = tok.text.lower()
        complement = low == "to" and singular(before) in BEFORE_TO  # ``a newcomer to the league``
        before = low
        if low in RELATIVE_WORDS:
            return True  # ``a conservative group that has sued``: the relative clause is the appositive's
        if tok.text[0].isupper() or low == "and" or complement:
            continue  # ``a talk show host and operations manager``
        if low in CLAUSE_STOPS or not CUE_FORMS.get(low, _IN_NOUN_PHRASE) & _IN_NOUN_PHRASE:
            return False  # a verb: a clause, not a noun phrase (``a creative writing professor`` is one)
    return True


_IN_NOUN_PHRASE: Final = Frame.PARTICIPLE | Frame.NOUNLIKE
"""The frames of verb forms that may stand in a noun phrase: ``writing``, ``reports``."""


def names(seg: list[Token]) -> bool:
    """Whether a phrase between commas is a name alone, or two joined by ``and``: capitalised
    words, abbreviations and particles (``Phil Lovas``, ``Rep. Ro Khanna``, ``Pieter den Boer``),
    at most :data:`MAX_NAME` words each (``Jane Roe and John Doe``, ``David and Jeanne Roe``)."""
    words = [t for k, t in enumerate(seg) if t.text != "." and not nickname_mark(seg, k)]  # ``Marcia "Cia" Price``
    joined = next((k for k, t in enumerate(words) if t.text == "and"), -1)
    if joined > 0:
        return _name(words[:joined]) and _name(words[joined + 1 :])
    return _name(words)


def _name(words: list[Token]) -> bool:
    number = len(words) > 1 and words[0].text.isdigit() and words[1].text[:1].isupper()  # ``360 Technology``
    if not words or len(words) > MAX_NAME + 1 or not (number or _name_word(words[0].text)):
        return False
    return all(_name_word(t.text) or t.text in NAME_PARTICLES for t in words[1:])


def _name_word(word: str) -> bool:
    """A capitalised word, or one of digits and letters (``3M``, ``37signals``, ``23andMe``)."""
    return word[:1].isupper() or (word[:1].isdigit() and not word.isdigit() and any(c.isalpha() for c in word))


def _opening(toks: list[Token], k: int) -> bool:
    """Whether the words before the comma at ``k`` open the sentence as a phrase of their own,
    which no appositive follows: ``On Tuesday,``, ``In a statement,``, ``Later,``."""
    first = toks[0].text.lower()
    if first in PREPOSITIONS and first not in CLAUSE_STOPS:  # not ``But Jane Smith, 45, said``
        return all(t.text.isalnum() or t.text in ".'’" for t in toks[1:k])
    if k > 2 and participle_form(first) and toks[1].text.islower():
        return True  # a participle clause: ``Alarmed by the unrest in Nevada,``, ``Speaking at a rally,``
    return k == 1 and (first in TIME_WORDS or first in ADVERBS_BEFORE_CUE)  # not ``Kelly, 45, a nurse``


def appositive_start(toks: list[Token], j: int, i: int) -> int:
    """The comma that opens the appositive which ends at the comma ``toks[i]``, where the
    nearest one, ``toks[j]``, may stand inside it (``Jane Roe, a teacher from Austin, Texas,
    said``); -1 where no appositive ends there."""
    if appositive(toks, j, toks[j + 1 : i]):
        return j
    if not cap(toks[j - 1]):
        return -1  # only a place name holds a comma of its own: ``Austin, Texas``
    k = _break_before(toks, j - 1, i)
    if k > 0 and toks[k].text == "," and appositive(toks, k, toks[k + 1 : i]):
        return k
    return -1


def aside_start(toks: list[Token], j: int, i: int) -> int:
    """The comma that opens the aside which ends at the comma ``toks[i]``, where the nearest
    one, ``toks[j]``, may stand inside it after a place name (``The mayor, speaking at a rally in
    Wilmington, N.C., warned``); -1 where no aside ends there."""
    state = toks[j + 1 : i]
    if aside(state):
        return j
    # only a place name holds a comma of its own, before its state: ``Wilmington, N.C.``
    if not cap(toks[j - 1]) or not 0 < len(state) <= _STATE_TOKENS or not all(cap(t) or t.text == "." for t in state):
        return -1
    k = _break_before(toks, j - 1, i)
    if k <= 0 or toks[k].text != "," or appositive(toks, k, toks[k + 1 : i]):
        return -1  # ``Jane Roe, of Austin, Texas,`` is an appositive, kept with the source
    return k if aside(toks[k + 1 : i]) else -1


_CLAUSE_OPENERS: Final = VERB_CONJUNCTIONS | (INTRO_OPENERS - PREPOSITIONS)
"""Words after which a noun phrase opens a clause: ``and``, ``but``, ``then``, ``meanwhile``."""
_STATE_TOKENS: Final = 4
"""The most tokens of the state or country after a place name and its comma: ``N.C.``, ``Puerto Rico``."""


def _break_before(toks: list[Token], k: int, i: int) -> int:
    """The index of the nearest break (a comma, a dash, a quotation mark) at or before
    ``toks[k]`` within :data:`MAX_ASIDE` tokens of ``toks[i]``; past that reach, the index where
    the scan stopped, and -1 at the start."""
    while k >= 0 and i - k <= MAX_ASIDE and toks[k].text not in BREAKS:
        k -= 1
    return k


def earlier_appositive(toks: list[Token], i: int) -> int:
    """The comma that opens an appositive ending at ``toks[i]`` (``Schiff, 56``, ``Jane Roe, of
    Austin, Texas``), or -1."""
    k = _break_before(toks, i, i)
    if k <= 0 or toks[k].text != "," or k == i or _opening(toks, k):
        return -1
    if appositive(toks, k, toks[k + 1 : i + 1]):
        return k
    return appositive_start(toks, k, i + 1)
