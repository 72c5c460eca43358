"""Bound the source noun phrase on either side of a cue.

``source_before`` reads leftwards from a verb (``two Israeli officials said``),
``source_after`` rightwards from ``according to``, ``per`` or an inverted verb
(``said Brian Moynihan, CEO of Bank of America``), and ``subject_of`` finds the subject
at the start of a sentence for a participle (``Moynihan ..., saying that``).

A phrase runs over determiners, modifiers, names, numbers, possessives, abbreviations
and short parentheses (``(R-N.C.)``), and over a head noun's complement (``a source
familiar with the matter``, ``a report from the NACD``, ``a chart accompanying the
announcement``). It stops at punctuation, at words that open a clause (``that``,
``who``, ``and``...), at auxiliaries, at words of time and at other cues. An appositive
that names a role (``, CEO of Bank of America,``) is kept with the name; a
parenthetical aside (``, in a post on X,``) is stepped over. Every scan reads a window
of fixed size, so the work per cue is bounded.
"""

from __future__ import annotations

from typing import NamedTuple

from newsdoc._parse.cues import CUE_FORMS, CueFlag
from newsdoc._parse.lexicon import (
    ADVERBS_BEFORE_CUE,
    CLAUSE_WORDS,
    DETERMINERS,
    NP_PREPOSITIONS,
    PEOPLE_NOUNS,
    PRONOUNS,
    REFLEXIVES,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    TIME_WORDS,
    words,
)
from newsdoc._parse.sentences import Token, is_abbreviation, tokens

__all__ = ["Phrase", "source_after", "source_before", "subject_of"]

_WINDOW = 240
"""How many characters a scan reads on its side of the cue."""
_NEAR_WORDS = 10
"""How many words a scan reads first; it reads the whole window only where they are not enough."""
_MAX_WORDS = 16
"""The longest source phrase, in tokens, before its appositive."""
_MAX_NAME = 4
"""The longest name after a role, in words."""
_MAX_ASIDE = 24
"""The longest parenthetical between commas that a scan steps over or keeps."""
_PASSIVE = words("is are was were be been being am")
_ASIDE_ADVERBS = words("however though too also meanwhile instead nonetheless nevertheless separately later earlier")
_ASIDE_OPENERS = words(
    """
    who which whose whom in on at during after before while when speaking writing citing according
    per via through with without under amid despite like including as
    """
)
_INTRO_OPENERS = words(
    """
    in on at after before during when while as since although though if because with without under
    amid despite following speaking asked according per by for to from unlike like meanwhile however
    still yet also and but so earlier later separately instead indeed notably overall similarly plus
    today yesterday now then thus therefore otherwise
    """
)
_TIME_OPENERS = words("this last next on in early late earlier later out")
_RIGHT_STOPS = words(
    """
    in on during after before since as over via through about including until
    """
)
_LIST_LOOKAHEAD = 4
_BEFORE_TO = frozenset(("close", "closest", "loyal", "next", "adviser", "advisor", "aide", "adjacent"))
_AUXILIARIES = words("has have had was were is are")
_ROLE_ENDINGS = ("ologist", "ist", "ian", "eer")
_GIVEN_MONTHS = words("april may june august")
_ADJECTIVE_ENDINGS = (
    "ed",
    "al",
    "ive",
    "ous",
    "ful",
    "ic",
    "ary",
    "less",
    "able",
    "ible",
    "ish",
    "an",
    "ese",
    "ent",
    "ant",
)
_BEFORE_NAMES = words("former longtime late own rival new top then acting fellow veteran chief")
_MAX_RELATIVE = 8
"""How far back a relative ``who`` may stand before the words that end at the verb."""
_COUNTS = words("one two three four five six seven eight nine ten eleven twelve dozen")
_BREAKS = frozenset((",", ";", "\u2014", "\u2013", '"', "\u201c", "\u201d", "(", ":"))


class Phrase(NamedTuple):
    """Where a source phrase stands: ``[start, end)``, its head ending at ``head_end``.

    ``head_end`` is less than ``end`` where an appositive follows the head:
    ``Brian Moynihan, CEO of Bank of America``.
    """

    start: int
    end: int
    head_end: int


def _word(tok: Token) -> bool:
    return tok[0][0].isalnum()


def _cap(tok: Token) -> bool:
    return tok[0][0].isupper() or tok[0][0].isdigit()


def _cap_before(toks: list[Token], k: int) -> bool:
    """Whether the word before ``toks[k]`` (past an abbreviation's period) is capitalised."""
    j = k - 1 if toks[k - 1][0] != "." else k - 2
    return j >= 0 and (_cap(toks[j]) or toks[j][0] == ")")


def _stops(low: str) -> bool:
    """Whether a word cannot stand inside a source phrase."""
    if (
        low in CLAUSE_WORDS
        or low in TIME_WORDS
        or low.endswith(("n't", "n’t", "'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve"))
    ):
        return True
    flags = CUE_FORMS.get(low)
    return flags is not None and not flags & CueFlag.NOUNLIKE


def _participial(low: str, text: str) -> bool:
    """A participle that links a head noun to its complement: ``a chart accompanying the ...``."""
    return text.islower() and low.endswith("ing") and len(low) > 5 and low not in CUE_FORMS and low not in SOURCE_NOUNS


def _role_like(seg: list[Token]) -> bool:
    """Whether an appositive names a role: ``CEO of Diligent``, ``a former advisor to Bessent``."""
    if not seg or len(seg) > _MAX_ASIDE:
        return False
    has_role = False
    for tok in seg:
        low = tok[0].lower()
        if low == "who" and has_role:
            return True  # ``the housing regulator who has repeatedly accused Cook``
        if low in _PASSIVE or low in CUE_FORMS or low in ("that", "who", "which", "has", "have", "had", "will"):
            return False
        if low in ROLE_NOUNS or low in PEOPLE_NOUNS or low.rsplit("-", 1)[-1] in ROLE_NOUNS:
            has_role = True
        elif low.endswith(_ROLE_ENDINGS) and tok[0].islower():
            has_role = True  # ``a climatologist at the National Drought Mitigation Center``
    return has_role


def _aside(seg: list[Token]) -> bool:
    """Whether a parenthetical between commas is an aside to step over: ``in a post on X``."""
    if not seg or len(seg) > _MAX_ASIDE:
        return False
    low = seg[0][0].lower()
    if len(seg) == 1 and (low in _ASIDE_ADVERBS or low.endswith("ly")):
        return True  # ``A senior official, however, noted``
    if low.endswith(("ing", "ed")) and seg[0][0].islower() and low not in _ASIDE_OPENERS:
        after = seg[1][0].lower() if len(seg) > 1 else ""
        return after in NP_PREPOSITIONS or after in DETERMINERS or after in PRONOUNS or after in ("to", "that")
    return low in _ASIDE_OPENERS or low in NP_PREPOSITIONS


def _joins(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a preposition or participle inside the phrase, with a word before it."""
    low = toks[k][0].lower()
    inner = (
        low in NP_PREPOSITIONS
        or _participial(low, toks[k][0])
        or (low == "to" and k > 0 and toks[k - 1][0].lower() in _BEFORE_TO)
    )
    if not inner or k == 0:
        return False
    before = toks[k - 1]
    if low in NP_PREPOSITIONS and before[0].endswith("ed") and before[0].lower() not in SOURCE_NOUNS:
        return False  # a passive agent: ``joined by Gorsuch``, ``led by Bonta``
    return (
        (_word(before) or before[0] == "%") and not _stops(before[0].lower()) and before[0].lower() not in DETERMINERS
    )


def _scan_left(toks: list[Token], i: int) -> int | None:  # noqa: PLR0915 - one state machine over token kinds
    """The index of the first token of the phrase that ends at ``toks[i]``, or None."""
    first: int | None = None
    coordinated = False
    k = i
    if k >= 0 and toks[k][0].lower() in REFLEXIVES and k > 0 and _word(toks[k - 1]):
        k -= 1  # ``Leiter himself``
        first = i
    while k >= 0:
        if i - k >= _MAX_WORDS:
            return None  # longer than any source phrase: not one
        text = toks[k][0]
        low = text.lower()
        if text == ".":
            if k > 0 and toks[k - 1][2] == toks[k][1] and is_abbreviation(toks[k - 1][0]):
                k -= 1
                continue
            break
        if text == ")":
            opening = next((j for j in range(k - 1, max(k - 8, -1), -1) if toks[j][0] == "("), None)
            if opening is None:
                break
            k = opening - 1
            continue
        if text in ("%", "$", "&"):
            first = k
            k -= 1
            continue
        if text == "," and coordinated and k > 0 and first is not None and _cap(toks[k - 1]) and _cap(toks[first]):
            k -= 1
            continue
        if not _word(toks[k]):
            break
        if low in PRONOUNS:
            if first is None:
                before = toks[k - 1][0] if k > 0 else ""
                if before[:1].islower() and not _stops(before.lower()) and before.lower() not in DETERMINERS:
                    return None  # ``the issue it found``: an object relative, not a report
                first = k
            break
        if low == "and" and first is not None and k > 0 and _cap(toks[first]) and _cap(toks[k - 1]):
            coordinated = True
            k -= 1
            continue
        if first is not None and _joins(toks, k):
            k -= 1
            continue
        given_name = low in _GIVEN_MONTHS and text[0].isupper() and first is not None and toks[first][0][0].isupper()
        if _stops(low) and not given_name:
            break  # but ``April Newman`` is a name
        if low in DETERMINERS or low in _COUNTS:
            first = k
            before = toks[k - 1][0].lower() if k > 0 else ""
            if before in DETERMINERS or before in _COUNTS or (k > 0 and _joins(toks, k - 1)):
                k -= 1  # ``The two Israeli officials``, ``one of the other senior officials``
                continue
            break
        if first == k + 1 and text[0].islower() and _object_relative(toks, k, first, i):
            break  # ``the same issue Amazon warned about``: the name is the source
        first = k
        k -= 1
    if first is None:
        return None
    while first <= i and (toks[first][0].lower() in NP_PREPOSITIONS or toks[first][0] == "and"):
        first += 1
    return first if first <= i else None


def _object_relative(toks: list[Token], k: int, first: int, last: int) -> bool:
    """Whether the lowercase word at ``k`` is a noun that a relative clause opened by the
    name at ``first`` (which runs to ``last``) describes: ``the largest annual increase Google
    has reported``, but not ``a senior Israeli official``."""
    if any(_word(t) and not t[0][0].isupper() for t in toks[first : last + 1]):
        return False
    if toks[first][0].lower() in DETERMINERS:
        return False
    low = toks[k][0].lower()
    if low in ROLE_NOUNS or low in PEOPLE_NOUNS or low in _BEFORE_NAMES or low.rsplit("-", 1)[-1] in ROLE_NOUNS:
        return False  # ``spokesperson Mathew Miller``, ``former Sen. Joe McCarthy``
    return not low.endswith(_ADJECTIVE_ENDINGS)


def _skip_before_cue(toks: list[Token], i: int) -> int:
    """Step left over adverbs and a phrase of time between a source and its verb."""
    while i >= 0 and _word(toks[i]):
        low = toks[i][0].lower()
        if low in ADVERBS_BEFORE_CUE or (low.endswith("ly") and toks[i][0].islower() and len(low) > 4):
            i -= 1
        elif low in TIME_WORDS:
            i -= 1
            while i >= 0 and toks[i][0].lower() in _TIME_OPENERS:
                i -= 1
        else:
            break
    return i


def source_before(text: str, end: int, floor: int) -> Phrase | None:
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
    lo = _words_back(text, end, floor)
    if lo > floor:  # most sources are a few words long: read a short window first
        toks = tokens(text, lo, end)
        found = _source_before(toks)
        if found is not None and len(toks) > 2 and found.start > toks[1][1]:
            return found
    return _source_before(tokens(text, max(floor, end - _WINDOW), end))


def _words_back(text: str, end: int, floor: int) -> int:
    """Where a window of :data:`_NEAR_WORDS` words that ends at ``end`` starts."""
    at = end
    for _ in range(_NEAR_WORDS):
        at = text.rfind(" ", floor, at)
        if at < 0:
            return floor
    return at + 1


def _words_on(text: str, start: int, ceiling: int) -> int:
    """Where a window of :data:`_NEAR_WORDS` words that starts at ``start`` ends."""
    at = start
    for _ in range(_NEAR_WORDS):
        at = text.find(" ", at + 1, ceiling)
        if at < 0:
            return ceiling
    return at


def _source_before(toks: list[Token]) -> Phrase | None:
    i = _skip_before_cue(toks, len(toks) - 1)
    if i < 0 or toks[i][0].lower() in _PASSIVE:
        return None
    if toks[i][0].lower() == "who" and i >= 2 and toks[i - 1][0] == ",":
        i -= 2  # ``Thomas was joined by Gorsuch, who wrote that``
    tail = head_end = toks[i][2]
    if toks[i][0] == ",":
        j = i - 1
        while j >= 0 and i - j <= _MAX_ASIDE and (toks[j][0] not in _BREAKS or _inner_colon(toks, j)):
            j -= 1
        if j <= 0 or toks[j][0] != ",":
            return None
        seg = toks[j + 1 : i]
        if _aside(seg):
            tail = head_end = toks[j - 1][2]  # ``PNC, using its own customer data, says``
        elif _role_like(seg) and (_cap_before(toks, j) or toks[j - 1][0].lower() in ROLE_NOUNS):
            tail, head_end = toks[i - 1][2], toks[j - 1][2]
        else:
            return None
        i = j - 1
    first = _scan_left(toks, i)
    if first is None:
        return None
    who = _relative(toks, first)
    if who is not None:
        head = _scan_left(toks, who - 1)  # ``Two officials who attended the summit said``
        if head is not None:
            first, head_end = head, toks[who - 1][2]
    return Phrase(toks[first][1], tail, head_end)


def _relative(toks: list[Token], first: int) -> int | None:
    """The index of a ``who`` a few words before ``toks[first]``, with a word before it, or None."""
    for j in range(first - 1, max(first - _MAX_RELATIVE, 0), -1):
        low = toks[j][0].lower()
        if low == "who":
            return j if j > 0 and _word(toks[j - 1]) and toks[j - 1][0].lower() not in CLAUSE_WORDS else None
        if not _word(toks[j]) or (low in CLAUSE_WORDS and low not in _AUXILIARIES):
            return None
    return None


def _inner_colon(toks: list[Token], j: int) -> bool:
    """A colon inside a name, before a capital: ``RESOLVE: The National Infertility ...``."""
    return toks[j][0] == ":" and j + 1 < len(toks) and _cap(toks[j + 1])


def _scan_right(toks: list[Token], k: int, *, strict: bool) -> tuple[int, int, bool] | None:  # noqa: PLR0915 - as _scan_left
    """The tokens ``[k, end)`` of the phrase that starts at ``toks[k]``, and whether it ended at a clause word."""
    start = k
    proper = False
    clause_stop = False
    n = len(toks)
    while k < n and k - start < _MAX_WORDS:
        text = toks[k][0]
        low = text.lower()
        if text == ".":
            if k > start and toks[k - 1][2] == toks[k][1] and is_abbreviation(toks[k - 1][0]):
                k += 1
                continue
            break
        if text == "(":
            closing = next((j for j in range(k + 1, min(k + 8, n)) if toks[j][0] == ")"), None)
            if closing is None or k == start:
                break
            k = closing + 1
            continue
        if text in ("%", "&", "$"):
            k += 1
            continue
        if text == "," and k > start and _cap_before(toks, k) and _list_follows(toks, k + 1):
            k += 1
            continue
        if not _word(toks[k]):
            break
        if low in PRONOUNS:
            if k == start:
                return start, k + 1, False
            clause_stop = True
            break
        if low in REFLEXIVES and k > start:
            k += 1
            break
        if low == "and" and k > start and k + 1 < n and _word(toks[k + 1]):
            k += 1
            continue
        possessed = k > start and toks[k - 1][0].endswith(("'s", "\u2019s"))
        if (_stops(low) or low in _RIGHT_STOPS) and not (possessed and low in TIME_WORDS):
            clause_stop = low in CLAUSE_WORDS or low in CUE_FORMS
            break
        if low in DETERMINERS:
            k += 1
            continue
        if low in NP_PREPOSITIONS or (low == "to" and k > start and toks[k - 1][0].lower() in _BEFORE_TO):
            if k == start or k + 1 >= n or not _word(toks[k + 1]) or _stops(toks[k + 1][0].lower()):
                break
            k += 1
            continue
        if text[0].islower() and k > start and not possessed:
            if (proper or strict) and low not in SOURCE_NOUNS and not _noun_follows(toks, k + 1):
                clause_stop = strict
                break
            if low.endswith("ly") and k + 1 < n and toks[k + 1][0].endswith(("ed", "ing")):
                break  # ``an outside adviser deeply involved in``
            if low.endswith(("ed", "ing")) and low not in SOURCE_NOUNS and not _cap(toks[k - 1]):
                break
        proper = text[0].isupper() and not text.endswith(("'s", "\u2019s"))
        k += 1
    end = k
    while end > start and (
        toks[end - 1][0].lower() in DETERMINERS
        or toks[end - 1][0].lower() in NP_PREPOSITIONS
        or toks[end - 1][0] in ("and", ",")
    ):
        end -= 1
    return (start, end, clause_stop) if end > start else None


def _noun_follows(toks: list[Token], k: int) -> bool:
    """Whether a noun for a source follows within two words: ``Census Bureau population estimates``."""
    return any(toks[j][0][0].islower() and toks[j][0].lower() in SOURCE_NOUNS for j in range(k, min(k + 2, len(toks))))


def _list_follows(toks: list[Token], k: int) -> bool:
    """Whether a comma at ``k - 1`` sits inside a list of names: ``U.S., Israeli and Lebanese``."""
    if k >= len(toks) or not (_word(toks[k]) and _cap(toks[k])):
        return False  # ``according to BCG, and PR agencies may ...`` ends at the comma
    for j in range(k, min(k + _LIST_LOOKAHEAD, len(toks))):
        if toks[j][0] in ("and", "or"):
            return True
        if not (_word(toks[j]) and _cap(toks[j])) and toks[j][0] != ",":
            return False
    return False


def _cut_coordination(toks: list[Token], start: int, end: int) -> int:
    """Where a phrase that ran into a clause ends: before its last ``and``."""
    for j in range(end - 1, start, -1):
        if toks[j][0] == "and":
            return j
    return end


def source_after(text: str, start: int, ceiling: int, *, strict: bool = False) -> Phrase | None:
    """The source phrase that starts after ``start``, reading no further right than ``ceiling``.

    >>> t = "according to U.S., Israeli and Lebanese officials."
    >>> s = source_after(t, 12, len(t)); t[s.start:s.end]
    'U.S., Israeli and Lebanese officials'
    >>> t = 'said Michael Thomas, founder of Cleanview, a market intelligence platform.'
    >>> s = source_after(t, 4, len(t)); t[s.start:s.end], t[s.start:s.head_end]
    ('Michael Thomas, founder of Cleanview', 'Michael Thomas')
    """
    near = _words_on(text, start, ceiling)
    if near < ceiling:  # most sources are a few words long: read a short window first
        toks = tokens(text, start, near)
        found = _source_after(toks, strict=strict)
        if found is not None and len(toks) > 2 and found.end < toks[-2][1]:
            return found
    return _source_after(tokens(text, start, min(ceiling, start + _WINDOW)), strict=strict)


def _source_after(toks: list[Token], *, strict: bool) -> Phrase | None:
    if not toks or not _word(toks[0]):
        return None
    found = _scan_right(toks, 0, strict=strict)
    if found is None:
        return None
    first, end, clause_stop = found
    if clause_stop:
        end = _cut_coordination(toks, first, end)
    head_end = toks[end - 1][2]
    if end < len(toks) and toks[end][0] == "," and _cap_before(toks, end):
        j = end + 1
        while j < len(toks) and j - end <= _MAX_ASIDE and (toks[j][0] not in _BREAKS or _inner_colon(toks, j)):
            if toks[j][0] == "." and not is_abbreviation(toks[j - 1][0]):
                break
            j += 1
        if _role_like(toks[end + 1 : j]):
            end = j
    if end < len(toks) and toks[end][0] == "," and _role_like(toks[first:end]):
        j = _name_run(toks, end + 1)
        if j > end + 1:
            end = j  # a role, then the name: ``executive coach and founder of X, Keith Ferrazzi``
            head_end = toks[end - 1][2]
    return Phrase(toks[first][1], toks[end - 1][2], head_end)


def _name_run(toks: list[Token], k: int) -> int:
    """The end of a short run of capitalised words at ``k`` that closes its clause, or ``k``."""
    j = k
    while j < len(toks) and j - k < _MAX_NAME and _word(toks[j]) and toks[j][0][0].isupper():
        j += 1
    closes = j == len(toks) or toks[j][0] in (".", ",", ";", "\u2014")
    return j if closes else k


def subject_of(text: str, start: int, end: int) -> Phrase | None:
    """The subject phrase of the sentence ``text[start:end]``, after any introductory phrase.

    >>> t = "Speaking with Axios in January, Moynihan signaled bullishness, saying that"
    >>> s = subject_of(t, 0, len(t)); t[s.start:s.end]
    'Moynihan'
    """
    toks = tokens(text, start, min(end, start + _WINDOW))
    k = 0
    while k < len(toks) and not _word(toks[k]):
        if toks[k][0] in ('"', "\u201c"):
            return None  # a sentence that opens with a quote: its words are the speaker's
        k += 1
    if k < len(toks) and _intro(toks[k][0]):
        while k < len(toks) and toks[k][0] != "," and k < _MAX_ASIDE:
            k += 1
        k += 1
    if k >= len(toks):
        return None
    found = _scan_right(toks, k, strict=True)
    if found is None:
        return None
    end = toks[found[1] - 1][2]
    return Phrase(toks[found[0]][1], end, end)


def _intro(word: str) -> bool:
    low = word.lower()
    return low in _INTRO_OPENERS or low.endswith(("ing", "ly")) or (low.endswith("ed") and low not in SOURCE_NOUNS)
