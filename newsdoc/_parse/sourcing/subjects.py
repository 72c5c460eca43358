"""The subject of a sentence, after any opening phrase: the source of a participle clause
(``Speaking with Axios in January, Moynihan signaled bullishness, saying that``), of a verb
joined by ``and`` and of a quote after a colon. The subject is read with the rightward scan of
:mod:`~newsdoc._parse.sourcing.source_after`."""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, TIME_AFTER_AMOUNT, TIME_OPENERS, TIME_UNITS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import (
    COORDINATORS,
    REPORTED_CLAUSE_OPENERS,
    SUBJECT_CONNECTIVES,
    SUBORDINATORS,
)
from newsdoc._parse.lexicon.grammar import BE_FORMS, DETERMINERS, INTRO_OPENERS, VERB_CONJUNCTIONS
from newsdoc._parse.lexicon.pronouns import SUBJECT_PRONOUNS
from newsdoc._parse.lexicon.verbs import Frame
from newsdoc._parse.sourcing.content_edges import lead_words
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.phrase import MAX_ASIDE, WINDOW, Phrase, cap, word
from newsdoc._parse.sourcing.source_after import name_run, scan_right
from newsdoc._parse.sourcing.tokens import (
    CLOSING_MARKS,
    DASHES,
    OPENING_MARKS,
    STATE_WORDS,
    Token,
    abbreviation_period,
    city_word,
    dateline_end,
    state_name,
    tokens,
)
from newsdoc._parse.sourcing.words import AUXILIARIES, MEMBER_NOUNS, SOURCE_NOUNS, known_verb, singular, subject_pronoun

__all__ = ["clause_subject", "subject_of"]

_TIME_INTRO: Final = 4
"""The most words of an amount of time that opens a sentence: ``Only two weeks later,``."""
_MAX_INTROS: Final = 3
"""How many introductory phrases, each ending at a comma, may open a sentence before its subject."""


def subject_of(text: str, start: int, end: int) -> Phrase | None:
    """The subject phrase of the sentence ``text[start:end]``, after any introductory phrase.

    >>> t = "Speaking with Axios in January, Moynihan signaled bullishness, saying that"
    >>> s = subject_of(t, 0, len(t)); t[s.start:s.end]
    'Moynihan'
    >>> t = "Kelly responded dryly, with a shrug"
    >>> s = subject_of(t, 0, len(t)); t[s.start:s.end]
    'Kelly'
    """
    if text.startswith(('"', "\u201c"), start):
        return None  # a sentence that opens with a quote: its words are the speaker's (read without tokens)
    toks = tokens(text, start, min(end, start + WINDOW))
    k = 0
    while k < len(toks) and not word(toks[k]):
        if toks[k].text in ('"', "\u201c"):
            return None  # a sentence that opens with a quote: its words are the speaker's
        k += 1
    k = dateline_end(toks, k)  # ``WASHINGTON — Sen. Roe defended her plan, saying``
    while k + 1 < len(toks) and word(toks[k + 1]) and _before_subject(toks[k].text.lower(), toks[k + 1].text):
        k += 1  # ``Initially Trump had resisted, telling aides``, ``And then Trump went``: before the subject
    for n in range(_MAX_INTROS):  # ``On Thursday, however, Trump spoke``
        # after the first comma a capital is a name's, not a sentence's: ``On Monday, Kelly toured``
        if k >= len(toks) or not _intro(toks, k) or (n and not _later_intro(toks[k].text)):
            break
        comma = _intro_end(toks, k)
        if comma >= len(toks) or toks[comma].text != ",":
            if n == 0 and _modifier_of_name(toks, k):
                break  # ``Retired Army Col. Lawrence Wilkerson started``: the subject's own modifier
            return None  # no comma ends the phrase within reach: where the subject starts is unknown
        if _quote_opens(toks, comma + 1):
            return None  # the comma opens a quote, no phrase: ``When he returned he began by saying, "I``
        k = comma + 1
        while k < len(toks) and toks[k].text in CLOSING_MARKS:
            k += 1  # ``After saying it was "so swollen I could barely walk," she was``
        k = _past_state(toks, k)  # ``In Dover, Delaware, Roe criticized``: the state is the city's
    if k >= len(toks):
        return None
    found = scan_right(toks, k, strict=True)
    if found is None:
        return None
    first, last, _ = found
    if last - 1 > first and _verb_before_that(toks, last - 1):
        last -= 1  # ``Citing two polls, the group reports that``: the verb, not a noun of the subject
    end = head_end = toks[last - 1].end
    if last < len(toks) and toks[last].text == ",":
        named = name_run(toks, last + 1)
        if named > last + 1 and named < len(toks) and toks[named].text == ",":
            end = toks[named - 1].end  # ``Apollo's chief economist, Torsten Slok, published``
    return Phrase(toks[first].start, end, head_end)


def _past_state(toks: list[Token], k: int) -> int:
    """Past the comma after a state's name at ``toks[k]`` that follows its city and a comma (``Dover,
    Delaware,``, ``Dover, Del.,``); ``k`` where none stands there."""
    if k < 2 or toks[k - 1].text != "," or not city_word(toks[k - 2].text):
        return k  # not ``On Monday, Georgia, the last holdout, signed``
    for n in range(1, STATE_WORDS + 1):
        after = k + n
        if after < len(toks) and toks[after].text == ".":
            after += 1  # ``Del.``: the abbreviation's period
        if after < len(toks) and toks[after].text == "," and state_name(toks[k:after]):
            return after + 1
    return k


def clause_subject(text: str, start: int, at: int) -> Phrase | None:
    """The subject of the clause that a subordinating conjunction opens before ``at``, with no
    comma or dash between, where a verb follows the subject; None where no such clause holds
    ``at``. A verb joined by ``and`` to the verb of such a clause shares its subject: in ``The
    crowd cheered when Trump spotted a sign and asked``, ``asked`` is Trump's.

    >>> t = "The crowd cheered when Trump spotted a sign and asked"
    >>> s = clause_subject(t, 0, t.index(" asked")); t[s.start:s.end]
    'Trump'
    >>> t = "She left after the vote and said"
    >>> clause_subject(t, 0, t.index(" said")) is None
    True
    """
    toks = tokens(text, max(start, at - WINDOW), at)
    for k in range(len(toks) - 2, -1, -1):
        low = toks[k].text.lower()
        if low in _CLAUSE_BREAKS or low in DASHES or low in REPORTED_CLAUSE_OPENERS:
            # the clause of the verb before ``and`` opens with the sentence or a phrase of its own;
            # or a clause that is an object holds it (``put off deciding whether X could ... but said``)
            return None
        if low not in SUBORDINATORS:
            continue
        phrase = subject_of(text, toks[k + 1].start, at)
        if phrase is None:
            return None
        after = [w for w in text[phrase.end : at].split() if w.lower() not in ADVERBS_BEFORE_CUE][:1]
        if not (after and known_verb(after[0])):
            return None  # not ``after the vote and said``
        # a clause that opens the sentence, or one after a comma, ends before the main clause; after
        # the main clause, ``and`` joins the nearer verb where its subject is a noun phrase that may
        # speak and it is no state (``The judge frowned as the defendant stood and said``; not ``left
        # because his daughter was sick and said``, nor ``embraced him after he won and said``, where
        # the pronoun points back into the main clause)
        fronted = lead_words(text, start, toks[k].start) == toks[k].start or _after_comma(toks, k)
        subject = text[phrase.start : phrase.end]
        nearer = _speaker(subject) and not subject_pronoun(subject) and after[0].lower() not in BE_FORMS
        return phrase if fronted or nearer else None
    return None


_CLAUSE_BREAKS: Final = frozenset(",;:()")
"""Marks that end the clause before a verb joined by ``and`` on its left: the verb shares the
subject of its sentence, or of a clause that opens after the mark."""


def _modifier_of_name(toks: list[Token], k: int) -> bool:
    """Whether the capitalised word in ``-ed`` at ``k``, which no comma follows, modifies the name
    or title in capitals after it: ``Retired Army Col.``, ``Embattled Gov.``."""
    word = toks[k].text
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return word[:1].isupper() and word.endswith("ed") and after[:1].isupper()


def _after_comma(toks: list[Token], k: int) -> bool:
    """Whether a comma, or a comma and a conjunction, stands right before ``toks[k]``."""
    joined = k > 1 and toks[k - 1].text in COORDINATORS and toks[k - 2].text == ","
    return joined or (k > 0 and toks[k - 1].text == ",")


def _speaker(phrase: str) -> bool:
    """Whether a subject may be a speaker: a name, a pronoun, or a noun for people or a body
    (not ``the bill``, which may head a source as a work does)."""
    last = phrase.rsplit(None, 1)[-1]
    return last[:1].isupper() or subject_pronoun(last) or singular(last.lower()) in MEMBER_NOUNS


def _verb_before_that(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a form of a reporting verb that is also a plural noun (``reports``,
    ``estimates``) and ``that`` follows it: the verb of the sentence, whose clause opens there."""
    flags = CUE_FORMS.get(toks[k].text, 0)
    return bool(flags & Frame.NOUNLIKE) and k + 1 < len(toks) and toks[k + 1].text == "that"


def _quote_opens(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens a quote: a left mark, or a straight one after a space."""
    if k >= len(toks) or toks[k].text not in OPENING_MARKS:
        return False
    return toks[k].text != '"' or toks[k].start > toks[k - 1].end


def _later_intro(word: str) -> bool:
    """Whether ``word``, after an introductory phrase and its comma, opens another one."""
    return word.islower() or word.lower() in INTRO_OPENERS


def _intro(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens an introductory phrase: a word that does (``On``, ``After``), or an
    adverb or participle (``Reportedly,``, ``Speaking at``, ``Using Google data,``); not a name of
    that shape, which a verb follows after any more of the name (``Kelly responded``, ``Ted Cruz
    defended``, ``Manning has``)."""
    low = toks[k].text.lower()
    if low in INTRO_OPENERS:
        return True
    comma = _intro_end(toks, k)
    if k < comma < len(toks) and comma - k <= _TIME_INTRO and _time_of_day(toks[k:comma]):
        return True  # ``Hours later, Trump returned``, ``Two days ago, the mayor``, ``Last month, the group``
    if not (low.endswith(("ing", "ly")) or (low.endswith("ed") and low not in SOURCE_NOUNS)):
        return False
    if toks[k].text[1:] != toks[k].text[1:].lower():
        return False  # a name with a capital inside: ``BuzzFeed, which does not``
    if _given_name(toks, k):
        return False  # ``Carly Fiorina left``, ``Ted Cruz continued``
    if low in CUE_FORMS or low in AUXILIARIES:
        return True  # ``Asked about``, ``Having said that``
    found = comma + 1 < len(toks) and comma - k < MAX_ASIDE and toks[comma].text == ","  # not a stop at its reach
    if found and _opens_subject(toks[comma + 1]):
        return True  # a clause's subject follows its comma: ``Knowing Congress would balk, the governor``
    j = k + 1
    while j < len(toks) and toks[j].text[:1].isupper():
        j += 1
    after = toks[j].text if j < len(toks) else ""
    verb = after in CUE_FORMS and not CUE_FORMS[after] & Frame.NOUNLIKE
    return not (verb or after in AUXILIARIES)


def _intro_end(toks: list[Token], k: int) -> int:
    """The comma that ends the introductory phrase that ``toks[k]`` opens, or where the phrase
    stops being one: :data:`MAX_ASIDE` tokens on, or the end of the tokens. The commas around a
    state's abbreviation after a place are inside it: ``At a rally in Salem, N.H., the mayor``."""
    end = min(len(toks), k + MAX_ASIDE)
    return next((j for j in range(k, end) if toks[j].text == "," and not _state_after(toks, j)), end)


def _state_after(toks: list[Token], j: int) -> bool:
    """Whether the comma at ``j`` follows a place and opens a state's abbreviation and its comma."""
    return (
        j + 3 < len(toks)
        and toks[j - 1].text[:1].isupper()
        and toks[j + 3].text == ","
        and abbreviation_period(toks, j + 2)
        and toks[j + 1].text[:1].isupper()
    )


def _opens_subject(tok: Token) -> bool:
    """Whether ``tok`` may open the subject of a clause: a determiner, a pronoun or a capital."""
    low = tok.text.lower()
    return low in DETERMINERS or low in SUBJECT_PRONOUNS or (word(tok) and tok.text[0].isupper())


def _given_name(toks: list[Token], k: int) -> bool:
    """Whether a capitalised word in ``-ly`` or ``-ed`` at ``k`` is a given name before a surname
    (``Carly Fiorina``, ``Ted Cruz``), not an opening adverb or participle (``Initially Trump``,
    ``Asked Monday about``): no adverb of the lexicon, and a capitalised word that is no time after it."""
    low = toks[k].text.lower()
    if not low.endswith(("ly", "ed")) or low in ADVERBS_BEFORE_CUE or low in CUE_FORMS or k + 1 >= len(toks):
        return False
    return cap(toks[k]) and cap(toks[k + 1]) and toks[k + 1].text.lower() not in TIME_WORDS


def _time_of_day(seg: list[Token]) -> bool:
    """Whether the words before an opening comma are a phrase of time alone: an amount of time
    before ``later`` or ``ago`` (``Hours later``, ``Two days ago``), or a word of time after
    determiners and words that open such a phrase (``Last month``, ``The next day``, ``Earlier
    this week``)."""
    last = seg[-1].text.lower()
    if last in TIME_AFTER_AMOUNT:
        return True
    if not (last in TIME_WORDS or last + "s" in TIME_UNITS):
        return False
    return all(t.text.lower() in DETERMINERS or t.text.lower() in TIME_OPENERS for t in seg[:-1])


def _before_subject(low: str, following: str) -> bool:
    """Whether a word, before the word ``following``, stands before a subject with no comma and
    opens no phrase: an adverb in ``-ly`` (``Initially``), or a connective before a name, a
    pronoun, another connective or a phrase's opener (``And then Trump``, ``Here in Ohio,``; not
    ``So far,``, ``Now that``, nor ``Now the top prosecutor, Lynch``, an appositive before its
    subject)."""
    if low.endswith("ly") and low in ADVERBS_BEFORE_CUE:
        return True
    after = following.lower()
    if low in VERB_CONJUNCTIONS:
        return True  # ``But other advisers have urged``: a conjunction opens no appositive
    return low in SUBJECT_CONNECTIVES and (
        following[:1].isupper()
        or after in SUBJECT_PRONOUNS
        or after in SUBJECT_CONNECTIVES
        or (after in INTRO_OPENERS and after != "that")
    )
