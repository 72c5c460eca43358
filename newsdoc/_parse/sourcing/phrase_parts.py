"""Tests of the words inside a source phrase, for the leftward scan of
:mod:`~newsdoc._parse.sourcing.left_scan`: what joins a head noun to its complement
(``advisers to the governor``, ``a senior official involved in the talks``) and where a phrase
of its own begins (``the $20 million experts say``); what coordinates two parts of one source
is in :mod:`~newsdoc._parse.sourcing.coordination`.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adjectives import ADJECTIVE_ENDINGS
from newsdoc._parse.lexicon.adverbs import MODIFIER_NEGATIONS, PLACE_ADVERBS
from newsdoc._parse.lexicon.grammar import (
    AUXILIARY_CONTRACTIONS,
    BEFORE_TO,
    DETERMINERS,
    EXAMPLE_OPENERS,
)
from newsdoc._parse.lexicon.nouns import ORG_NOUNS, PEOPLE_NOUNS, PERSON_NOUN_ENDINGS, PRE_ROLE_MODIFIERS
from newsdoc._parse.lexicon.numbers import APPROXIMATORS, BOUNDS, CARDINALS, LIMITERS, MAGNITUDES, SHARE_WORDS
from newsdoc._parse.lexicon.people import ROLE_NOUNS, TITLES
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS, PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import PERSON_PRONOUNS
from newsdoc._parse.lexicon.verbs import NAMING_PARTICIPLES, Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.names import plural, possessive
from newsdoc._parse.sourcing.phrase import (
    BEFORE_NAMES,
    cap,
    partitive,
    stops,
    word,
)
from newsdoc._parse.sourcing.postmodifiers import postmodifier, purpose_infinitive, purpose_participle
from newsdoc._parse.sourcing.tokens import CLOSING_MARKS, LOOK, OPENING_MARKS, Token
from newsdoc._parse.sourcing.words import (
    CLAUSE_STOPS,
    NUMBER_WORDS,
    SOURCE_NOUNS,
    adjective,
    adverb_like,
    descriptive,
    participial,
    past_form,
    source_noun,
)

__all__ = [
    "bound_start",
    "example_opener",
    "examples_of",
    "joins",
    "nickname_start",
    "object_relative",
    "past_amount",
    "uncontracted",
    "verb_after_subject",
    "verb_before_name",
    "verb_like",
]


def joins(toks: list[Token], k: int, low: str) -> bool:
    """Whether ``toks[k]`` (``low`` in lower case) is a preposition or participle inside the
    phrase, with a word before it."""
    if k == 0:
        return False
    before = toks[k - 1].text
    if toks[k].text.isalpha() and toks[k].text.islower() and purpose_infinitive(toks, k):
        return True  # ``activists trying to block the bill``, ``senators planning to vote against``
    if purpose_participle(toks, k) or (low == "to" and purpose_participle(toks, k - 1)):
        return True  # ``nurses threatening to strike``: the participle and its ``to``
    if low in NP_PREPOSITIONS:
        if before.endswith("ed") and before.lower() not in SOURCE_NOUNS and not postmodifier(toks, k - 1):
            return False  # a passive agent: ``joined by Gorsuch``, ``led by Bonta``
    elif not (
        (participial(low, toks[k].text) and not before.lower().endswith(AUXILIARY_CONTRACTIONS))  # not ``who's suing``
        or (low in PREPOSITIONS and participial(before.lower(), before) and k > 1 and plural(toks[k - 2].text))
        or (low == "to" and (before.lower() in BEFORE_TO or before.lower().removesuffix("s") in BEFORE_TO))
        or (low.endswith("ed") and postmodifier(toks, k))
        or (low in MODIFIER_NEGATIONS and _negated_modifier(toks, k + 1))
        or examples_of(toks, k, low) is not None
    ):
        return False  # but ``a senior official involved in the talks``, ``people briefed on``, ``crowds marching to``
    if before == "%":
        return True
    if before.lower() in MODIFIER_NEGATIONS and k > 1:
        before = toks[k - 2].text  # ``officials not involved in``: the negation is the participle's
    low = before.lower()
    return before[0].isalnum() and not stops(low) and low not in DETERMINERS


def _negated_modifier(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]``, after a negation, opens a modifier of the noun before the negation: a
    participle (``officials not involved in``, ``an official not authorized to speak``) or a
    preposition (``a delegate not on the slate``)."""
    return k < len(toks) and (toks[k].text in NP_PREPOSITIONS or postmodifier(toks, k) or purpose_participle(toks, k))


def examples_of(toks: list[Token], k: int, low: str) -> str | None:
    """The plural noun, in lower case, whose examples ``toks[k]`` (``low`` in lower case) opens, or
    None: ``critics like Jane Roe``, ``groups such as the Sierra Club``, ``Democrats including Roe``."""
    opener = example_opener(toks, k, low)
    if opener is None or opener == 0:
        return None
    noun = toks[opener - 1].text
    return noun.lower() if noun[1:].islower() and plural(noun) else None


def example_opener(toks: list[Token], k: int, low: str) -> int | None:
    """Where the opener of examples that ends at ``toks[k]`` (``low`` in lower case) starts: ``k``
    for ``like`` or ``including``, ``k - 1`` for ``such as``; None where no opener ends there."""
    if k > 0 and f"{toks[k - 1].text.lower()} {low}" in EXAMPLE_OPENERS:
        return k - 1
    return k if low in EXAMPLE_OPENERS else None


def nickname_start(toks: list[Token], k: int) -> int | None:
    """Where the nickname in quotation marks that closes at ``toks[k]`` opens, between a given
    name and a surname (``Robert "Bobby" Smith``): the index of its opening mark, or None."""
    if toks[k].text not in CLOSING_MARKS or k + 1 >= len(toks) or not cap(toks[k + 1]):
        return None
    for opening in (k - 2, k - 3):
        if opening < 0:
            return None  # no opening mark before the list: ``toks[-1]`` would read its last token
        given = toks[opening - 1].text if opening > 0 else ""
        if toks[opening].text in OPENING_MARKS and given[:1].isupper() and not possessive(given):
            inner = toks[opening + 1 : k]
            return opening if all(t.text[:1].isupper() and t.text.isalpha() for t in inner) else None
    return None


def past_amount(toks: list[Token], k: int, i: int) -> int | None:
    """The index of the plural noun after the amount that ``$`` opens at ``k``, where one
    follows it before ``i``: in ``$20 million experts``, ``experts``."""
    j = k + 1
    while j <= i and (toks[j].text[0].isdigit() or toks[j].text.lower() in MAGNITUDES):
        j += 1
    # a plural noun after a singular amount starts a phrase of its own; ``a $2 billion fund manager`` is one
    return j if k + 1 < j <= i and plural(toks[j].text) else None


def object_relative(toks: list[Token], k: int, first: int, last: int) -> bool:
    """Whether the lowercase word at ``k`` is a noun that a relative clause opened by the
    name at ``first`` (which runs to ``last``) describes: ``the largest annual increase Google
    has reported``, but not ``a senior Israeli official``."""
    if any(word(t) and not t.text[0].isupper() for t in toks[first : last + 1]):
        return False
    if toks[first].text.lower() in DETERMINERS or possessive(toks[k].text):
        return False  # a possessor modifies the name's noun: ``The company's CEO``
    if first == last and toks[first].text.lower() in PEOPLE_NOUNS:
        return False  # a noun for people in capitals, no name: ``Six hardline Republicans``
    if toks[first].text.isupper() and toks[first].text.lower() in ROLE_NOUNS:
        return False  # a post written as an acronym, no name: ``the company CEO``
    low = toks[k].text.lower()
    if low in ROLE_NOUNS or low in PEOPLE_NOUNS or low in BEFORE_NAMES or low.rsplit("-", 1)[-1] in ROLE_NOUNS:
        return False  # ``spokesperson Mathew Miller``, ``former Sen. Joe McCarthy``
    if low.endswith(PERSON_NOUN_ENDINGS) or (low in ORG_NOUNS and k > 0 and toks[k - 1].text.lower() in DETERMINERS):
        return False  # ``The centrist Democrat``, ``activist Jane Roe``, ``the company Acme``
    if low in ORG_NOUNS and toks[first].text.lower() in TITLES and _opens_modifier(toks, k):
        return False  # a body before its officer's title: ``Tulsa police Chief Chuck Jordan``, ``panel Chairman``
    if low.endswith(ADJECTIVE_ENDINGS):
        return False  # ``a defiant Trump``
    return not (adjective(low) and _opened(toks, k))  # ``an angry Hollande``, ``the long-serving Smith``


def _opened(toks: list[Token], k: int) -> bool:
    """Whether a noun phrase opens before the adjective at ``k``, past other adjectives and adverbs of
    degree: a determiner, a number, a possessor, a mark or nothing (``the more moderate Kasich``);
    not a verb (``was out-brutalizing Cruz``)."""
    j = k - 1
    while j >= 0 and toks[j].text.islower() and descriptive(toks[j].text):
        j -= 1
    if j < 0 or not word(toks[j]):
        return True
    low = toks[j].text.lower()
    return low in DETERMINERS or low in NUMBER_WORDS or toks[j].text.isdigit() or possessive(toks[j].text)


def _opens_modifier(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` may open the modifiers of a noun phrase: nothing, a mark, a
    determiner, a name or a possessor stands before it (``Tulsa police Chief``, ``the panel
    Chairman``), not a noun of its own (``the plan police Chief Ruiz announced``)."""
    if k == 0 or not word(toks[k - 1]):
        return True
    before = toks[k - 1].text
    return before.lower() in DETERMINERS or before[0].isupper() or possessive(before)


def verb_before_name(toks: list[Token], k: int) -> bool:
    """Whether the lowercase word in ``-ed`` at ``k``, right before a name, is a verb whose subject
    is the noun before it: ``The bill angered Smith``; not a modifier after a determiner, a number,
    an adverb or a word of rank (``the embattled Smith``, ``two unnamed Republicans``, ``the newly
    elected Mayor Roe``)."""
    low = toks[k].text.lower()
    if k == 0 or k + 1 >= len(toks) or len(low) < 5 or not low.endswith("ed") or not cap(toks[k + 1]):
        return False
    if low in NAMING_PARTICIPLES:
        return False  # ``A man named John Smith said``: the name is part of the phrase
    before = toks[k - 1].text
    return (
        before.isalpha()
        and before.islower()
        and before not in DETERMINERS
        and before not in NUMBER_WORDS
        and before not in PRE_ROLE_MODIFIERS
        and before not in CLAUSE_STOPS
        and before not in PREPOSITIONS
        and not before.endswith("ly")
    )


def verb_after_subject(toks: list[Token], k: int, *, relative: bool) -> bool:
    """Whether the lower-case past form at ``k`` is a verb whose subject is the noun before it and
    whose object follows: a plural (``Supporters waved signs that said``, ``Workers held banners
    that read``) or, where a relative clause follows the object (``relative``), a name or a noun
    for a source after a determiner (``Roe met voters who said``, ``The mayor thanked residents
    who said``); a modifier has no such noun before it (``the elected officials``), and without
    the relative clause the two verbs would make no sentence (``The state appointed judges said``)."""
    form = toks[k].text
    if k == 0 or not past_form(form):
        return False
    before = toks[k - 1].text
    after = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    # a plural or a name in ``-s`` (``Marchers carried``, ``Reuters obtained``); not ``emails combed
    # through by``, ``Companies listed abroad``, where a preposition or an adverb follows the participle
    adverb = after in PLACE_ADVERBS or adverb_like(after)
    low = before.lower()
    determined = before.islower() and source_noun(low) and k > 1 and toks[k - 2].text.lower() in DETERMINERS
    subject = plural(low) or (relative and (before[:1].isupper() or determined))
    return before.isalpha() and subject and after not in PREPOSITIONS and not adverb


def uncontracted(text: str, tok: Token, end: int) -> Token:
    """``tok`` without the auxiliary written onto it, where that auxiliary makes an active verb
    of the verb after it: ``He's said``, ``They've told``, ``She'd warned``, ``They're saying``.
    ``'s`` and ``'re`` are ``is`` and ``are`` as often as ``has``: before a past form they make a
    passive (``It's said that``, ``He's accused of``, ``We're told``), so ``'re`` counts only
    before an ``-ing`` form and ``'s`` only after a personal pronoun and before a form that no
    ``to``, ``as``, ``of``, ``for``, ``with`` or ``by`` follows; after a noun ``'s`` is a
    possessive (``Trump's proposed cuts``)."""
    low = tok.text.lower()
    ending = next(c for c in AUXILIARY_CONTRACTIONS if low.endswith(c))
    stem = tok.text[: -len(ending)]
    if not stem.isalpha():
        return tok
    words = text[end : end + LOOK].split(None, 2)
    verb = words[0].lower() if words else ""
    if ending.endswith("re") and not verb.endswith("ing"):
        return tok
    if ending[-1] == "s":
        if stem.lower() not in _HAS_SUBJECTS:
            return tok
        after = words[1].lower() if len(words) > 1 else ""
        flags = CUE_FORMS.get(verb, Frame.BASE)
        request = after == "for" and bool(flags & Frame.REQUEST)  # ``He's called for a ban``
        if verb.endswith("s") or flags & (Frame.BASE | Frame.NOUNLIKE) or (after in _PASSIVE_NEXT and not request):
            return tok
    return Token(stem, tok.start, tok.start + len(stem))


_HAS_SUBJECTS: Final = PERSON_PRONOUNS | {"who"}
"""The pronouns after which ``'s`` before a past form reads as ``has``: ``He's said``, ``who's
warned``; not ``It's said that``, which is passive."""
_PASSIVE_NEXT: Final = frozenset(("to", "as", "of", "for", "with", "by"))
"""Words after a past form that make ``'s`` with it a passive: ``He's accused of``."""


def verb_like(word: str) -> bool:
    """Whether a word that no source phrase ends in may be the verb of a relative clause:
    ``spoke`` in ``who spoke anonymously said``, not ``from`` in ``who shied from talk``."""
    low = word.lower()
    return word.islower() and low not in PREPOSITIONS and low not in DETERMINERS and low not in CLAUSE_STOPS


def bound_start(toks: list[Token], k: int, first: int | None) -> int | None:
    """Where a phrase that starts at ``first`` begins when a pair of words that bounds its number
    ends at ``toks[k]`` or holds it (``More than 100 economists``, ``At least 2,000 people``), or
    a word that makes it approximate stands there (``About four in 10 voters``)."""
    if first is None or first != k + 1 or k < 0:
        return None
    low = toks[k].text.lower()
    if k > 0 and (toks[k - 1].text.lower(), low) in BOUNDS and partitive(toks[first].text.lower()):
        return k - 1
    if first + 1 < len(toks) and (low, toks[first].text.lower()) in BOUNDS and partitive(toks[first + 1].text.lower()):
        return k
    number = toks[first].text.lower()
    approximate = (low in APPROXIMATORS or low in LIMITERS) and (
        number[:1].isdigit() or number in CARDINALS or number in SHARE_WORDS
    )
    return k if approximate else None  # ``About four in 10``, ``Nearly half``; not ``about several women``
