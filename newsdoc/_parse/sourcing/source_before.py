"""Bound the source phrase that stands before its verb: ``two Israeli officials said``.

From the verb leftwards, this module steps over adverbs (``also``), a phrase of time (``this
week``), a parenthesis between commas or dashes and an aside (``Trump, in a post, said``); it
keeps an appositive (``Brian Moynihan, CEO of Bank of America, said``) and a relative clause
(``officials who attended the summit said``), and leaves the phrase itself to the scan of
:mod:`~newsdoc._parse.sourcing.left_scan`.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import MODAL_MONTHS, PLACE_ADVERBS, TIME_OPENERS, TIME_WORDS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS
from newsdoc._parse.lexicon.grammar import AUXILIARY_CONTRACTIONS, HAVE_FORMS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.antecedents import past_dashes, set_off_word, which_antecedent, who_antecedent
from newsdoc._parse.sourcing.appositives import earlier_appositive, party
from newsdoc._parse.sourcing.between import between_commas
from newsdoc._parse.sourcing.cue_gap import skip_before_cue
from newsdoc._parse.sourcing.left_scan import opening_parenthesis, scan_left
from newsdoc._parse.sourcing.phrase import (
    PASSIVE,
    WINDOW,
    Phrase,
    partitive,
    past_participle,
    season_time,
    word,
)
from newsdoc._parse.sourcing.phrase_parts import uncontracted, verb_like
from newsdoc._parse.sourcing.postmodifiers import infinitive_relative
from newsdoc._parse.sourcing.relatives import relative_pronoun
from newsdoc._parse.sourcing.segments import aside
from newsdoc._parse.sourcing.tokens import (
    DASHES,
    LOOK,
    QUOTE_MARKS,
    STATE_WORDS,
    Token,
    city_word,
    state_name,
    tokens,
)
from newsdoc._parse.sourcing.words import HAVE_CONTRACTIONS, contact_noun, source_noun, subject_pronoun

__all__ = ["source_before"]

_ENDS_NO_PHRASE: Final = frozenset('"\u201c\u201d\u2014\u2013:;(!?[]')
"""Marks that are a token of their own and that no source phrase ends at."""
_TIME_ENDS: Final = TIME_WORDS | MODAL_MONTHS
"""Words that end a phrase of time, the month that is also a modal among them: ``Friday``, ``in May``."""
_QUOTED_COMMA: Final = (',"', ",\u201d")
"""A comma inside the quotation marks that close an aside before a verb."""
_DASHES: Final = ("\u2014", "\u2013", "\u2015", "--", " -")
"""Dashes that set an aside off between a source and its verb, in pairs; a hyphen is one where a
space stands before it (``Critics - including two senators - say``), not inside a word."""
_MARK_REACH: Final = 4
"""How far before a verb :func:`source_before` looks for such a mark: where one ends the text
before the verb, the scan would stop at its first token, so it is not read at all."""


def source_before(text: str, end: int, floor: int, *, relative: bool = True) -> Phrase | None:
    """The source phrase that ends just before the cue at ``end``, reading no further left than ``floor``.

    >>> t = "Blinken met Netanyahu, two Israeli officials said."
    >>> s = source_before(t, t.index(" said"), 0); t[s.start:s.end]
    'two Israeli officials'
    >>> t = "Brian Moynihan, CEO of Bank of America, said"
    >>> s = source_before(t, t.index(" said"), 0); t[s.start:s.end], t[s.start:s.head_end]
    ('Brian Moynihan, CEO of Bank of America', 'Brian Moynihan')
    >>> t = "Trump, in a post Saturday night, confirmed"
    >>> s = source_before(t, t.index(" confirmed"), 0); t[s.start:s.end]
    'Trump'
    """
    start = max(floor, end - WINDOW)
    title = text[end : end + 2].lstrip()[:1].isupper()  # a verb in capitals: a headline in title case
    last = text[max(start, end - _MARK_REACH) : end].rstrip()
    dash = next((d for d in _DASHES if last.endswith(d)), None) if last.endswith(_DASHES) else None
    aside_end = head = -1
    if dash is not None:  # ``The transcript -- published by the paper -- shows``: the source is before the aside
        closing = max(start, end - _MARK_REACH) + len(last) - len(dash)
        opening = text.rfind(dash, max(floor, closing - LOOK), closing)
        if opening < 0:
            return None
        # an aside is stepped over as between commas (``Trump -- in a post -- said``); an
        # appositive or a relative clause stays with the source it describes
        if not aside(tokens(text, opening + len(dash), closing)):
            aside_end = opening + len(text[opening:closing].rstrip())
        end = opening
        start = max(floor, end - WINDOW)
        last = text[max(start, end - _MARK_REACH) : end].rstrip()
    quoted = last.endswith(_QUOTED_COMMA)  # ``Jane Roe, author of "The Long Road," said``: an aside may close so
    if last and last[-1] in _ENDS_NO_PHRASE and not quoted:
        return None  # ``...," said Jane Roe``: a quote closes before the verb, no phrase ends there
    toks = tokens(text, start, end)
    closing = toks.pop().end if quoted else -1  # the comma before the mark closes the aside, if one opens before
    i = skip_before_cue(toks, len(toks) - 1, title=title) if toks else -1  # ``He's since said``
    if dash is None and 0 <= i < len(toks) - 1 and toks[i].text in DASHES and not quoted:
        # a dash (or a hyphen of ``--``) closes an aside, and the words skipped after it are the
        # verb's (``have also said``): the source is before the aside
        return source_before(text, toks[i].end, floor, relative=relative)
    # ``A poll released Friday shows``: the time is the participle's; not ``Parents in need this week said``
    if (
        0 < i < len(toks) - 1
        and past_participle(toks[i].text)
        and (toks[-1].text.lower() in _TIME_ENDS or season_time(toks[-1].text, toks[-2].text))
        and toks[i - 1].text.lower() not in PREPOSITIONS
    ):
        aside_end, head = toks[-1].end, toks[i - 1].end  # the head is the noun before the participle
    if i >= 0 and toks[i].text.lower().endswith(AUXILIARY_CONTRACTIONS):
        toks[i] = uncontracted(text, toks[i], end)  # ``He's said``, ``They've told``
        i = skip_before_cue(toks, i, title=title)  # the words after it are skipped already
    if i > 1 and toks[i].text == "," and toks[i - 1].text == ")" and not any(t.text == "," for t in toks[:i]):
        i -= 1  # ``Sen. Jack Reed (D-R.I.), said``: a comma after a parenthesis that no comma opens
    noun = _contact_noun(toks, i)
    if (
        noun < 0
        and toks
        and toks[0].start == floor
        and any(t.text in _CONTACT_PRONOUNS for t in toks[1:_CONTACT_REACH])  # most sentences: none, no more to read
        and (k := contact_noun([t.text for t in toks[: min(i + 1, _CONTACT_REACH)]])) >= 0
    ):
        # ``Officials we asked about it``: a verb after the pronoun, and words alone to the cue
        noun = k if i > k + 1 and all(t.text.isalpha() for t in toks[k + 2 : i + 1]) else -1
    if (
        noun < 0
        and i > 1
        and "to" in (toks[i - 1].text, toks[i - 2].text)
        and (ranked := infinitive_relative(toks, i)) is not None
    ):
        noun = ranked  # ``The only official to comment said``: the infinitive ends the phrase
    phrase = _contact_clause(toks, noun, i) if noun >= 0 else _source_before(toks, i, relative=relative, quoted=quoted)
    if (
        phrase is not None
        and phrase.start >= len(" to ")
        and text.startswith(" to ", phrase.start - len(" to "))  # most phrases: no ``to`` before, no scan
        and (ranked := _ranked_before(toks, phrase.start)) is not None
    ):
        phrase = Phrase(toks[ranked].start, phrase.end, phrase.end)  # ``The oldest senator to seek reelection``
    if phrase is None and i > 1 and toks[i].text == ",":
        phrase = _city_and_state(toks, i, relative=relative)  # ``Officials in Trenton, N.J., said``
    elif (
        phrase is not None
        and i > 2
        and text.startswith(", ", phrase.start - 2)  # a state after its city's comma
        and state_name([t for t in toks[: i + 1] if t.start >= phrase.start])
    ):
        placed = _city_and_state(toks, i + 1, relative=relative)  # ``Jane Roe of Dover, Delaware says``
        if placed is not None and next(t for t in toks if t.start == placed.start).text.lower() not in PREPOSITIONS:
            phrase = placed  # not ``Unlike Ohio, Iowa said``: a preposition opens no source
    if phrase is None and i > 1 and toks[i].text == "," and toks[i - 1].text == ")" and _party_before(toks, i - 1):
        phrase = _source_before(toks, i - 1, relative=relative)  # ``After the vote, Sen. Jack Reed (D-R.I.), said``
    if quoted:
        opening = max(text.rfind(mark, start, closing - 2) for mark in QUOTE_MARKS)  # the quote's opening mark
        if phrase is None or not text[phrase.head_end : max(opening, phrase.head_end)].startswith(","):
            return None  # the quote is no part of an aside after the head: ``"...," said Jane Roe``
        if phrase.end > phrase.head_end:  # the appositive and its quote: ``a "proud Democrat,"``
            return Phrase(phrase.start, closing, phrase.head_end)
    if phrase is None or aside_end < 0 or phrase.end != phrase.head_end:
        return phrase
    return Phrase(phrase.start, aside_end, phrase.end if head < 0 else head)  # the aside describes the head


def _source_before(toks: list[Token], i: int, *, relative: bool = True, quoted: bool = False) -> Phrase | None:
    """The phrase that ends at ``toks[i]``, where :func:`skip_before_cue` left the scan; where
    the aside before it closes in a quote (``quoted``), the scan over the aside steps over its marks."""
    if i < 0 or toks[i].text.lower() in PASSIVE:
        return None
    apposed = set_off_word(toks, i)
    apposed_who = apposed == "who"
    if apposed in ("who", "which"):
        # ``Thomas was joined by Gorsuch, who wrote that``, ``the agency, which reported``
        i = past_dashes(toks, i - 2)
        if i > 1 and toks[i].text.lower() in TIME_WORDS and toks[i - 1].text.lower() in PREPOSITIONS:
            i -= 2  # ``released her records in July, which showed``: the time is the verb's
    elif relative and toks[i].text.lower() in ("that", "which", "who") and i >= 1 and word(toks[i - 1]):
        i -= 1  # ``a new poll that shows``, ``economists who argue``: the pronoun's noun is the subject
        while i > 1 and toks[i].text.lower() in TIME_WORDS:
            i -= 1  # ``a letter Friday afternoon that says``: the time is the verb's, not the noun's
    tail = head_end = toks[i].end
    if i > 1 and toks[i].text.lower() == "whom" and toks[i - 1].text == "of" and partitive(toks[i - 2].text.lower()):
        return Phrase(toks[i - 2].start, tail, head_end)  # ``victims' families, many of whom say``
    if i > 0 and toks[i].text in PLACE_ADVERBS and source_noun(toks[i - 1].text):
        i -= 1  # ``officials there``, ``Democrats here``: the place follows the head noun
        head_end = toks[i].end
    if toks[i].text == ",":
        between = between_commas(toks, i, quoted=quoted)
        if between is None:
            return None
        j, aside_only = between
        tail, head_end = (toks[j - 1].end, toks[j - 1].end) if aside_only else (toks[i - 1].end, toks[j - 1].end)
        i = j - 1
        if aside_only and i > 1 and toks[i].text.lower() in TIME_WORDS:
            while i > 1 and (toks[i].text.lower() in TIME_WORDS or toks[i].text.lower() in TIME_OPENERS):
                i -= 1  # ``Veterans polled at rallies this week, including Dan Lee, said``: the time is the verb's
            tail = head_end = toks[i].end
        if not apposed and i >= 2 and toks[i - 1].text == "," and toks[i].text.lower() in ("who", "which"):
            apposed, apposed_who = toks[i].text.lower(), toks[i].text.lower() == "who"  # ``X, who, on Friday, said``
            i -= 2
            tail = head_end = toks[i].end
        k = earlier_appositive(toks, i)
        while k > 0:  # ``Schiff, 56, who has served ..., told``: the age before the aside
            if tail == head_end:
                tail = toks[i].end
            head_end, i = toks[k - 1].end, k - 1
            k = earlier_appositive(toks, i)
    first = scan_left(toks, i)
    if apposed_who and first is not None:
        first = who_antecedent(toks, first, i)
    elif apposed == "which" and first is not None:
        first = which_antecedent(toks, first, i)
    who = relative_pronoun(toks, i + 1 if first is None else first, i)  # ``who spoke anonymously said``: a verb
    if who is not None and (first is not None or (who < i and verb_like(toks[i].text))):
        head = scan_left(toks, who - 1)  # ``Two officials who attended the summit said``
        if head is not None:
            first, head_end = head, toks[who - 1].end
    if first is None:
        return None
    return Phrase(toks[first].start, tail, head_end)


def _party_before(toks: list[Token], k: int) -> bool:
    """Whether the parenthesis that ``toks[k]`` closes holds a party and a state: ``(D-R.I.)``."""
    opening = opening_parenthesis(toks, k)
    return opening is not None and party(toks[opening + 1 : k])


def _ranked_before(toks: list[Token], start: int) -> int | None:
    """Where the phrase of a ranked noun starts whose infinitive opens with the word at ``start``
    (:func:`~newsdoc._parse.sourcing.postmodifiers.infinitive_relative`), or None."""
    f = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start <= start), 0)  # the phrase is near the end
    noun = infinitive_relative(toks, f) if f > 1 and toks[f - 1].text == "to" else None
    return None if noun is None else scan_left(toks, noun)


def _contact_clause(toks: list[Token], noun: int, i: int) -> Phrase | None:
    """The phrase of the noun at ``noun`` and the relative clause after it that ends at ``toks[i]``
    (:func:`_contact_noun`): ``Several people I spoke with``."""
    first = scan_left(toks, noun)
    return None if first is None else Phrase(toks[first].start, toks[i].end, toks[i].end)


def _contact_noun(toks: list[Token], i: int) -> int:
    """The index of the noun for people that a relative clause without ``who`` ending at
    ``toks[i]`` follows, or -1: a noun, a subject pronoun, a form of ``have`` or not, a verb and
    a preposition (``people I spoke with``, ``the voters we have talked to``, ``people I've
    spoken with``), or, after a form of ``have``, no preposition (``the farmers we have
    interviewed``; without it the scan of :mod:`~newsdoc._parse.sourcing.left_scan` reads
    the clause)."""
    stranded = i >= 0 and toks[i].text in PREPOSITIONS
    verb = i - 1 if stranded else i
    if verb < 2:
        return -1
    k = verb - 1
    pronoun = toks[k].text
    perfect = pronoun.lower() in HAVE_FORMS
    if perfect:
        k -= 1
        pronoun = toks[k].text
    elif not stranded:  # most phrases end in a noun, with no form of ``have`` before it
        perfect = pronoun.lower().endswith(HAVE_CONTRACTIONS) and subject_pronoun(pronoun, have=True)  # ``I've seen``
    if not (stranded or perfect) or k < 1 or not (toks[verb].text.isalpha() and toks[verb].text.islower()):
        return -1
    return k - 1 if subject_pronoun(pronoun, have=True) and source_noun(toks[k - 1].text) else -1


_CONTACT_PRONOUNS: Final = frozenset(
    form for p in (*SUBJECT_PRONOUNS, "I") for form in (p, *(p + c for c in HAVE_CONTRACTIONS))
)
"""Subject pronouns as written inside a sentence, ``have`` written onto them or not: ``we``, ``I've``."""
_CONTACT_REACH: Final = 5
"""How many words of a sentence's start hold the noun and pronoun of a relative clause without
``who`` on its subject: ``The two voters I``."""


def _city_and_state(toks: list[Token], i: int, *, relative: bool) -> Phrase | None:
    """The phrase that ends in a city and its state set off by commas, the last at ``toks[i]``
    (``Officials in Trenton, N.J.,``, ``A nurse in Charleston, West Virginia,``) or just past the
    tokens (no comma after the state); None where the words before the comma are no state after
    its city (``On Monday, Texas,``)."""
    # the state's words and an abbreviation's period: ``District of Columbia``, ``N.J`` and ``.``
    j = next((k for k in range(i - 1, max(i - STATE_WORDS - 3, 0), -1) if toks[k].text == ","), 0)
    if j == 0 or not city_word(toks[j - 1].text) or (j > 1 and toks[j - 2].text in COORDINATORS):
        return None  # not ``in Albany, New York, and Sacramento, California,``: the places are joined
    found = _source_before(toks, j - 1, relative=relative) if state_name(toks[j + 1 : i]) else None
    return None if found is None else Phrase(found.start, toks[i - 1].end, toks[i - 1].end)
