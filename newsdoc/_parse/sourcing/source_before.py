"""Bound the source phrase that stands before its verb: ``two Israeli officials said``.

The scan reads leftwards from the verb, over adverbs (``also``), a phrase of time (``this week``)
and a parenthesis between commas, to where the phrase starts: a determiner, punctuation, a word
that opens a clause. It keeps a relative clause (``officials who attended the summit said``)
and a reflexive (``Leiter himself``).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import PLACE_ADVERBS
from newsdoc._parse.lexicon.conjunctions import CORRELATIVES
from newsdoc._parse.lexicon.grammar import ASIDE_ADVERBS, AUXILIARY_CONTRACTIONS, DETERMINERS
from newsdoc._parse.lexicon.nouns import GIVEN_NAME_WORDS, PEOPLE_NOUNS
from newsdoc._parse.lexicon.prepositions import NP_PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import REFLEXIVES, SUBJECT_PRONOUNS
from newsdoc._parse.sourcing.antecedents import which_antecedent, who_antecedent
from newsdoc._parse.sourcing.appositives import appositive_start, aside_start, earlier_appositive
from newsdoc._parse.sourcing.cue_gap import skip_before_cue
from newsdoc._parse.sourcing.phrase import (
    BREAKS,
    COUNTS,
    MAX_ASIDE,
    MAX_WORDS,
    PASSIVE,
    WINDOW,
    Phrase,
    acronym,
    cap,
    in_name,
    inner_colon,
    modifier,
    partitive,
    stops,
    word,
)
from newsdoc._parse.sourcing.phrase_parts import (
    bound_start,
    conjuncts,
    coordinates,
    date_month,
    examples_of,
    inside_complement,
    joins,
    object_conjunct,
    object_relative,
    past_amount,
    relative_pronoun,
    second_complement,
    source_noun,
    uncontracted,
    verb_before_name,
    verb_like,
)
from newsdoc._parse.sourcing.tokens import LOOK, Token, is_abbreviation, tokens
from newsdoc._parse.sourcing.words import CLAUSE_STOPS, singular

__all__ = ["source_before"]

_ENDS_NO_PHRASE: Final = frozenset('"\u201c\u201d\u2014\u2013:;(!?[]')
"""Marks that are a token of their own and that no source phrase ends at."""
_JOINING: Final = frozenset(("and", "nor"))
"""Conjunctions that join two sources into one: ``the company and the union``, ``Neither A nor B``."""
_DASHES: Final = ("\u2014", "\u2013", "--")
"""Dashes that set an aside off between a source and its verb, in pairs."""
_MARK_REACH: Final = 4
"""How far before a verb :func:`source_before` looks for such a mark: where one ends the text
before the verb, the scan would stop at its first token, so it is not read at all."""


def _scan_left(toks: list[Token], i: int) -> int | None:  # noqa: PLR0915 - one state machine over token kinds
    """The index of the first token of the phrase that ends at ``toks[i]``, or None."""
    first: int | None = None
    coordinated = False
    second: int | None = None  # where a second noun joined by ``and the`` starts
    unpicked: int | None = None  # where the phrase started before a partitive ``of`` took it further
    listed: int | None = None  # where the examples after ``like`` or ``such as`` start
    k = i
    if k >= 0 and toks[k].text.lower() in REFLEXIVES and k > 0 and word(toks[k - 1]):
        k -= 1  # ``Leiter himself``
        first = i
    while k >= 0:
        if i - k >= MAX_WORDS:
            return listed  # longer than any source phrase: not one, but its examples may be
        text = toks[k].text
        if not text[0].isalnum():  # punctuation: most of it ends the phrase
            if text == ".":
                if k > 0 and toks[k - 1].end == toks[k].start and is_abbreviation(toks[k - 1].text):
                    k -= 1
                    continue
            elif text == ")":
                opening = next((j for j in range(k - 1, max(k - 8, -1), -1) if toks[j].text == "("), None)
                if opening is not None:
                    k = opening - 1
                    continue
            elif text == "$" and first is not None and (after := past_amount(toks, k, i)) is not None:
                first = after  # ``the $20 million experts say it costs``: an amount is no source
                break
            elif text in ("%", "$", "&"):
                first = k
                k -= 1
                continue
            elif text == "," and coordinated and k > 0 and first is not None and cap(toks[k - 1]) and cap(toks[first]):
                k -= 1
                continue
            break
        low = text.lower()
        if low in ASIDE_ADVERBS and text[0].isupper():
            break  # ``Meanwhile Rihanna``, ``Instead, Matthews, ... and Lopez``: the adverb opens the sentence
        month = date_month(toks, k) if first is not None else None
        if month is not None:
            if month > 0 and toks[month - 1].text.lower() in DETERMINERS:
                k = month - 1  # ``the Nov. 8 election``: the date modifies the noun
                continue
            break  # ``On Nov. 8 officials said``: the day is no count, the phrase starts after it
        if low in SUBJECT_PRONOUNS:
            if first is not None and k > 0 and source_noun(toks[k - 1].text):
                first = k  # a relative clause without ``who``: ``the experts I interviewed said``
                k -= 1
                continue
            if first is None:
                before = toks[k - 1].text if k > 0 else ""
                if before[:1].islower() and not stops(before.lower()) and before.lower() not in DETERMINERS:
                    return None  # ``the issue it found``: an object relative, not a report
                first = k
            break
        if low in _JOINING and first is not None and k > 0:
            then = toks[first + 1].text if first + 1 < len(toks) else ""
            if coordinates(toks[k - 1].text, toks[first].text, then) or inside_complement(toks, k):
                coordinated = True
                k -= 1
                continue
        if first is not None and joins(toks, k, low):
            if listed is None and singular(examples_of(toks, k, low) or "") in PEOPLE_NOUNS:
                listed = first  # ``Democrats such as Sen. A, Sen. B and Sen. C``; not ``nations like France``
            k -= 1
            continue
        if low == "of" and first is not None and k > 0 and partitive(toks[k - 1].text.lower()):
            unpicked = first if unpicked is None else unpicked
            k -= 1  # ``most of the voters``, ``some of them``: the quantifier heads the phrase
            continue
        if low in NP_PREPOSITIONS:
            if first is not None and second_complement(toks, k):
                k -= 2  # ``observers in Ohio and around the country``: a second complement
                continue
            break  # ``The episode weighed on then-governor Jerome Powell``: the preposition opens no source
        if (
            stops(low)
            and not acronym(toks, k)
            and not modifier(toks, k)
            and not (
                low in GIVEN_NAME_WORDS and text[0].isupper() and first is not None and toks[first].text[0].isupper()
            )
            and not (k == i and in_name(toks, k))
        ):
            break  # but ``April Newman`` is a name, ``Ian Read`` too, and ``the proposed rules`` a noun phrase
        if low in DETERMINERS or low in COUNTS:
            first = k
            before = toks[k - 1].text.lower() if k > 0 else ""
            picked = before == "of" and k > 1 and partitive(toks[k - 2].text.lower())
            if (
                before in DETERMINERS
                or before in COUNTS
                or before in CORRELATIVES
                or picked
                or (k > 0 and joins(toks, k - 1, before))
            ):
                k -= 1  # ``The two Israeli officials``, ``one of the other senior officials``
                continue
            if before in NP_PREPOSITIONS and second_complement(toks, k - 1):
                k -= 3  # ``observers in Ohio and around the country``
                continue
            if before in _JOINING and 1 < k < i and conjuncts(toks, k, i):
                coordinated = True  # ``MIT and the University of Queensland``, ``the company and the union``
                second = k if second is None and not cap(toks[k - 2]) else second
                k -= 2
                continue
            break
        if first == k + 1 and text[0].islower() and (object_relative(toks, k, first, i) or verb_before_name(toks, k)):
            break  # ``the same issue Amazon warned about``, ``The bill angered Smith``: the name is the source
        first = k
        k -= 1
    if first is None:
        return None
    bound = bound_start(toks, first - 1, first)  # ``At least 2,000 people``, ``More than 100``
    if second is not None and object_conjunct(toks, first, second):
        first = second  # ``The senator met the governor and the president said``: the first is an object
    if (
        unpicked is not None
        and first > 0
        and word(toks[first - 1])
        and toks[first - 1].text.lower() not in CLAUSE_STOPS
    ):
        first = unpicked  # ``In some of the cases prosecutors said``: the partitive is an opening phrase's
    while first <= i and (toks[first].text.lower() in NP_PREPOSITIONS or toks[first].text == "and"):
        first += 1
    return bound if bound is not None else first if first <= i else None


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
    dash = next((d for d in _DASHES if last.endswith(d)), None)
    aside_end = -1
    if dash is not None:  # ``The transcript -- published by the paper -- shows``: the source is before the aside
        closing = max(start, end - _MARK_REACH) + len(last) - len(dash)
        opening = text.rfind(dash, max(floor, closing - LOOK), closing)
        if opening < 0:
            return None
        aside_end = opening + len(text[opening:closing].rstrip())
        end = opening
        start = max(floor, end - WINDOW)
        last = text[max(start, end - _MARK_REACH) : end].rstrip()
    if last and last[-1] in _ENDS_NO_PHRASE:
        return None  # ``...," said Jane Roe``: a quote closes before the verb, no phrase ends there
    toks = tokens(text, start, end)
    i = skip_before_cue(toks, len(toks) - 1, title=title) if toks else -1  # ``He's since said``
    if i >= 0 and toks[i].text.lower().endswith(AUXILIARY_CONTRACTIONS):
        toks[i] = uncontracted(text, toks[i], end)  # ``He's said``, ``They've told``
        i = skip_before_cue(toks, i, title=title)  # the words after it are skipped already
    phrase = _source_before(toks, i, relative=relative)
    if phrase is None or aside_end < 0 or phrase.end != phrase.head_end:
        return phrase
    return Phrase(phrase.start, aside_end, phrase.end)  # the aside describes the head


def _source_before(toks: list[Token], i: int, *, relative: bool = True) -> Phrase | None:
    """The phrase that ends at ``toks[i]``, where :func:`skip_before_cue` left the scan."""
    if i < 0 or toks[i].text.lower() in PASSIVE:
        return None
    apposed = toks[i].text.lower() if i >= 2 and toks[i - 1].text == "," else ""
    apposed_who = apposed == "who"
    if apposed in ("who", "which"):
        i -= 2  # ``Thomas was joined by Gorsuch, who wrote that``, ``the agency, which reported``
    elif relative and toks[i].text.lower() in ("that", "which", "who") and i >= 1 and word(toks[i - 1]):
        i -= 1  # ``a new poll that shows``, ``economists who argue``: the pronoun's noun is the subject
    tail = head_end = toks[i].end
    if i > 1 and toks[i].text.lower() == "whom" and toks[i - 1].text == "of" and partitive(toks[i - 2].text.lower()):
        return Phrase(toks[i - 2].start, tail, head_end)  # ``victims' families, many of whom say``
    if i > 0 and toks[i].text in PLACE_ADVERBS and source_noun(toks[i - 1].text):
        i -= 1  # ``officials there``, ``Democrats here``: the place follows the head noun
        head_end = toks[i].end
    if toks[i].text == ",":
        j = i - 1
        if j > 0 and toks[j].text == ")":  # ``, Sen. Joe Lieberman (I-Conn.),``: past the party and state
            j = next((m - 1 for m in range(j - 1, max(j - 8, 0), -1) if toks[m].text == "("), j)
        while j >= 0 and i - j <= MAX_ASIDE and (toks[j].text not in BREAKS or inner_colon(toks, j)):
            j -= 1
        if j <= 0 or toks[j].text != ",":
            return None
        opening = aside_start(toks, j, i)
        if opening >= 0:
            j = opening
            tail = head_end = toks[j - 1].end  # ``PNC, using its own customer data, says``
        else:
            j = appositive_start(toks, j, i)
            if j < 0:
                return None
            tail, head_end = toks[i - 1].end, toks[j - 1].end
        i = j - 1
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
    first = _scan_left(toks, i)
    if apposed_who and first is not None:
        first = who_antecedent(toks, first, i)
    elif apposed == "which" and first is not None:
        first = which_antecedent(toks, first, i)
    who = relative_pronoun(toks, i + 1 if first is None else first)  # ``who spoke anonymously said``: a verb
    if who is not None and (first is not None or (who < i and verb_like(toks[i].text))):
        head = _scan_left(toks, who - 1)  # ``Two officials who attended the summit said``
        if head is not None:
            first, head_end = head, toks[who - 1].end
    if first is None:
        return None
    return Phrase(toks[first].start, tail, head_end)
