"""Relative clauses around an attribution: where one set off by commas that holds a cue ends
(``The mayor, who said the bridge will close, left early``), whether an attribution's source is
the antecedent of one inside another attribution's content (``The report cited a survey of
farmers, who said prices had fallen``), and where the pronoun of one inside a source phrase
stands (``Two officials who attended the summit said``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from newsdoc._parse.lexicon.adverbs import ADVERBS_BEFORE_CUE, NEGATIONS
from newsdoc._parse.lexicon.conjunctions import COORDINATORS, SUBORDINATORS
from newsdoc._parse.lexicon.grammar import DETERMINERS, FUNCTION_WORDS
from newsdoc._parse.lexicon.messages import TOLD_NOUNS
from newsdoc._parse.lexicon.prepositions import PREPOSITIONS
from newsdoc._parse.lexicon.pronouns import (
    OBJECT_PRONOUNS,
    RELATIVE_PRONOUNS,
    RESTRICTIVE_RELATIVES,
    SOURCE_RELATIVES,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.lexicon.verbs import SAY_FORMS
from newsdoc._parse.lexicon.works import COUNTABLE_WORK_NOUNS
from newsdoc._parse.sourcing.content_edges import QUOTE_MARKS, lead_words
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS, SAYING
from newsdoc._parse.sourcing.phrase import BREAKS, MAX_ASIDE, MAX_RELATIVE, word
from newsdoc._parse.sourcing.phrase_parts import verb_like
from newsdoc._parse.sourcing.records import Found
from newsdoc._parse.sourcing.tokens import LOOK, Token
from newsdoc._parse.sourcing.words import AUXILIARIES, CLAUSE_STOPS, FINITE_BE, singular, source_noun

__all__ = [
    "commas",
    "relative_aside_start",
    "relative_between",
    "relative_end",
    "relative_opening",
    "relative_opens",
    "relative_pronoun",
    "relative_source",
]

_EDGE_MARKS: Final = "\"'\u201c\u201d\u2018\u2019().,;:!?"
_ABBREVIATION: Final = 5
"""The longest abbreviation after a comma that the comma does not end a clause before: ``D.C.``, ``Ill.``."""
_GOES_ON: Final = (
    FUNCTION_WORDS
    | PREPOSITIONS
    | COORDINATORS
    | SUBORDINATORS
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | AUXILIARIES
    | ADVERBS_BEFORE_CUE
)
"""Words after a comma that carry a clause on rather than start its sentence's next part."""


_CLAUSE_MARKS: Final = (",", ";", ":", "(", "\u2014", " -- ", " - ", '"', "\u201c", "\u201d")
"""Marks that end a relative clause or stand between it and what follows."""


def relative_opening(text: str, start: int, end: int) -> int | None:
    """The end of the relative pronoun after a comma whose clause runs on to ``end`` with no
    other mark (``She met Jane Roe, who answered the door and``), or None: a verb that ``and``
    joins inside the clause shares its subject, the pronoun's noun, not the sentence's."""
    stretch = text[max(start, end - LOOK) : end]
    lower = stretch.lower()
    at = max(lower.rfind(", " + pronoun + " ") for pronoun in RELATIVE_PRONOUNS)
    if at < 0 or any(mark in stretch[at + 1 :] for mark in _CLAUSE_MARKS):
        return None
    after = lower.index(" ", at + 2)
    subject = lower[after:].split(None, 1)[:1]
    if subject and (subject[0] in SUBJECT_PRONOUNS or subject[0] in DETERMINERS):
        return None  # ``a tax, which he favors but says``: the clause has its own subject
    return end - len(stretch) + after


def relative_source(text: str, f: Found) -> bool:
    """Whether ``f`` is read from a relative clause set off by a comma, its source the
    antecedent: ``the mayor, who said``, ``the agency, which reported``, ``many of whom say``."""
    if f.end > f.cue_start or f.cue_start - f.end > LOOK:
        return False
    if text[f.start : f.end].lower().endswith(" of whom"):
        return text[max(0, f.start - 3) : f.start].rstrip().endswith(",")
    words = text[f.end : f.cue_start].replace(",", " , ").replace("'", " ").replace("\u2019", " ").split()
    if len(words) < 2 or words[0] != "," or words[1].lower() not in RELATIVE_PRONOUNS:
        return False
    return words[-1] != "," or words[2] == ","  # not ``X, who lives here, told``; but ``X, who, on Friday, said``


_RELATIVE_DASHES: Final = ("\u2014", "\u2013", "\u2015", "--", "-")


def _relative_close(text: str, f: Found) -> str:
    """The mark that closes the relative clause set off by a dash that holds ``f``'s cue after its
    source (``the study — which notes``, ``the study -- which notes``; a hyphen alone closes only
    after a space), or ``""`` where no dash sets one off or the clause closes before the cue."""
    if f.end > f.cue_start or f.cue_start - f.end > LOOK:
        return ""
    between = text[f.end : f.cue_start].lstrip()
    dash = next((d for d in _RELATIVE_DASHES if between.startswith(d)), "")
    close = " -" if dash == "-" else dash
    if not dash or close in between[len(dash) :]:
        return ""  # ``The mayor — who lives nearby — told``: the clause closes before the cue
    pronoun = between[len(dash) :].split(None, 1)[:1]  # ``who's called for``: the pronoun before its contraction
    return close if pronoun and pronoun[0].lower().replace("\u2019", "'").split("'")[0] in RELATIVE_PRONOUNS else ""


def relative_end(text: str, f: Found, right: int, sentence: tuple[int, int]) -> int:
    """Where the content ends for a cue in a relative clause set off by commas: at the comma
    that closes it, the last one outside quotation marks that a content word follows (``The
    mayor, who said the bridge will close, left early``), so that a list or an appositive
    inside the clause stays in it; where the antecedent is no subject of its sentence (``After
    a meeting with the president, who said the economy was strong, the delegation left``), at
    the first; else ``end``. A comma before a function word, a pronoun, a number or a name goes
    on with the clause (``, although``)."""
    start, end = sentence
    close = _relative_close(text, f)
    if close:  # ``the study — which notes that 58 firms would owe more — was ignored``: at the closing dash
        at = text.find(close, right, end)
        return end if at < 0 else at
    if not relative_source(text, f):
        return end  # ``Zimmerman, who lives here, told``: the clause closes before the cue
    object_antecedent = lead_words(text, start, f.start) < f.start
    last = end
    for comma in commas(text, right, end):
        if object_antecedent:
            return comma
        following = text[comma + 1 : comma + 1 + LOOK].split(None, 2)
        word = following[0].strip(_EDGE_MARKS) if following else ""
        if (word.endswith("ly") or word in AUXILIARIES) and len(following) > 1:
            word = following[1].strip(_EDGE_MARKS)  # ``, quickly went``, ``, has changed``: the verb after
        if word.isalpha() and word.islower() and word not in _GOES_ON:
            last = comma
    return last


def commas(text: str, start: int, end: int) -> Iterator[int]:
    """The ends of the commas in ``text[start:end]`` that stand outside quotation marks and
    part words: the offset of the comma, or past the closing mark right after it
    (``"painful, but fair,"``). Not the comma of a number, a date or a place (``1,000``,
    ``Jan. 5, 2024``, ``Washington, D.C.``, ``Springfield, Ill.``)."""
    marks, counted = 0, start  # the quotation marks in ``text[start:counted]``, counted once each
    comma = text.find(",", start, end)
    while comma >= 0:
        closing = comma + 2 if text[comma + 1 : comma + 2] in QUOTE_MARKS else comma
        if closing > counted:
            marks += sum(text.count(m, counted, closing) for m in QUOTE_MARKS)
            counted = closing
        following = text[comma + 1 : comma + 12].split(None, 1)
        word = following[0].rstrip(",;") if following else ""
        inner = word[:1].isdigit() or (word[:1].isupper() and word.endswith(".") and len(word) <= _ABBREVIATION)
        if not inner and marks % 2 == 0:
            yield closing
        comma = text.find(",", comma + 1, end)


def relative_between(text: str, start: int, end: int) -> bool:
    """Whether a relative pronoun stands between a source and its verb: ``A nurse who asked``."""
    return end - start <= LOOK and not RELATIVE_PRONOUNS.isdisjoint(text[start:end].lower().split())


def relative_opens(text: str, at: int) -> bool:
    """Whether a relative pronoun opens the words at ``at``: the source's own clause, not content."""
    first = text[at : at + _LONGEST_RELATIVE].split(None, 1)
    return bool(first) and first[0].lower() in RELATIVE_PRONOUNS  # not ``that``, which opens the rest of a claim


_LONGEST_RELATIVE: Final = 6
"""Characters enough to hold a relative pronoun and the space after it: ``which ``."""


_IN_RELATIVE: Final = AUXILIARIES | SAYING | NEGATIONS | {"to"}
"""Words that stop a source phrase but may stand in a relative clause after it: ``a farmer who
asked not to be named``, ``an aide who has said``."""


def relative_pronoun(toks: list[Token], first: int, last: int = -1) -> int | None:
    """The index of a ``who`` a few words before ``toks[first]``, with a word before it, or of a
    ``that`` or ``which`` that is the subject of a clause on the noun before it (``officials that
    were briefed``, :func:`_restricts`), or None;
    not where a verb of saying stands right before ``toks[first]``, which then opens the clause
    it reports (``critics who say he should``, ``who spoke anonymously said the results show``);
    but ``a Republican who wrote the speech delivered by ... says``. A form of ``be`` right before
    ``toks[first]`` after a verb of the clause is the sentence's verb, which ends the clause
    (``Among those who spoke was a nurse who said``; not ``a veteran who was a nurse said``)."""
    for j in range(first - 1, max(first - MAX_RELATIVE, 0), -1):
        low = toks[j].text.lower()
        if low in SOURCE_RELATIVES:  # ``who asked not to be named``, ``whose name was withheld``
            if j > 1 and toks[j - 1].text.lower() in _JOINED:
                return relative_pronoun(toks, j - 1, last)  # ``who lost power and who waited``: the first
            if low != "whose" and _copula_before(toks, j, first):
                return None
            return j if j > 0 and word(toks[j - 1]) and toks[j - 1].text.lower() not in CLAUSE_STOPS else None
        if low in RESTRICTIVE_RELATIVES and (_restricts(toks, j) or _object_clause(toks, j, first, last)):
            return None if _copula_before(toks, j, first) else j  # ``officials that were briefed said``
        if low in _JOINED and j + 1 < first and _second_verb(toks[j + 1].text):
            continue  # ``who lost power and waited for days``: two verbs of one clause
        if not word(toks[j]) or (low in CLAUSE_STOPS and low not in _IN_RELATIVE):
            return None
        if low in SAYING and j == first - 1 and not _work_object(toks, j, last):
            return None  # the phrase right after a verb of saying is the subject of what it reports
    return None


_JOINED: Final = frozenset(("and", "or"))
"""Conjunctions that join two verbs or two relative clauses inside a source phrase."""


def _second_verb(text: str) -> bool:
    """Whether a word after ``and`` may be a second verb of a relative clause (``and waited``),
    not a noun phrase joined to the source (``and officials``, ``and the mayor``)."""
    return verb_like(text) and text not in SUBJECT_PRONOUNS and not source_noun(text)


def _work_object(toks: list[Token], j: int, last: int) -> bool:
    """Whether the phrase that ends at ``toks[last]``, right after the verb of saying at ``j`` in
    a relative clause, is that verb's object, a work or a thing told, not the subject of a clause
    it reports: ``The aide who wrote the memo said``; but ``Officials who said the report
    showed`` (``say`` takes no work for its object)."""
    if last <= j or toks[j].text.lower() in SAY_FORMS:
        return False
    head = toks[last].text.lower()
    return singular(head) in COUNTABLE_WORK_NOUNS or head in COUNTABLE_WORK_NOUNS or head in TOLD_NOUNS


def _restricts(toks: list[Token], j: int) -> bool:
    """Whether ``that`` or ``which`` at ``toks[j]`` is the subject of a clause on the noun before
    it: a noun that can be a source stands before it and a verb after it, an auxiliary, a past
    form, a verb of speech or a verb in ``-s`` before its object (``officials that were briefed``,
    ``a report which found``, ``sources that spoke to Axios``, ``the company that owns the
    complex``); not the ``that`` of a
    reported clause, which its own subject follows (``noted that officials``), nor a
    demonstrative after a verb (``said that was wrong``)."""
    if j == 0 or j + 1 >= len(toks) or not source_noun(toks[j - 1].text):
        return False
    after = toks[j + 1].text
    if after.islower() and (after in AUXILIARIES or after.endswith("ed") or after in CUE_FORMS):
        return True
    # a verb in ``-s`` and its object: ``the company that owns the complex``; not ``that taxes rose``
    then = toks[j + 2].text.lower() if j + 2 < len(toks) else ""
    return after.isalpha() and after.islower() and after.endswith("s") and then in DETERMINERS


def _object_clause(toks: list[Token], j: int, first: int, last: int) -> bool:
    """Whether ``that`` or ``which`` at ``toks[j]`` opens a clause on the noun before it whose
    object it is, and which runs to ``toks[last]``: a noun that can be a source before it, the
    clause's subject right after it and a past form in ``-ed`` after that subject (``The survey
    that Gallup conducted last month``, ``the report that the agency released``)."""
    if j == 0 or first != j + 1 or last <= first or not source_noun(toks[j - 1].text):
        return False
    return any(
        toks[k].text.islower() and toks[k].text.isalpha() and toks[k].text.endswith("ed") and word(toks[k - 1])
        for k in range(first + 1, last + 1)
    )


def _copula_before(toks: list[Token], j: int, first: int) -> bool:
    """Whether a finite form of ``be`` before the determiner at ``toks[first]`` is the sentence's
    verb after a relative clause that opens at ``j`` and has a verb of its own, neither an
    auxiliary nor a verb of saying: ``those who spoke was a nurse``."""
    if toks[first - 1].text.lower() not in FINITE_BE or toks[first].text.lower() not in DETERMINERS:
        return False
    between = [t.text.lower() for t in toks[j + 1 : first - 1]]
    return any(w not in AUXILIARIES for w in between) and not any(w in SAYING for w in between)


def relative_aside_start(toks: list[Token], i: int) -> int:
    """The comma that opens a relative clause on a name, set off by commas, that ends at the
    comma ``toks[i]`` and holds commas of its own (``Jane Roe, who lives outside the capital,
    Dover, said``, ``Dan Lee, who grew up in Aurora, Colorado, in the 1990s, said``); -1 where
    none does. No mark but a comma or a parenthesis stands in it."""
    for k in range(i - 1, max(0, i - _RELATIVE_ASIDE), -1):
        text = toks[k].text
        if text in _NOT_IN_ASIDE:
            return -1
        if text == "," and toks[k + 1].text.lower() in _ASIDE_RELATIVES and _name_end(toks[k - 1].text):
            # not ``Jane Roe, who, after a feud with the mayor, said``: the verb is the clause's own
            return k if toks[k + 2].text != "," else -1
    return -1


def _name_end(text: str) -> bool:
    """Whether a token may end a name: a capitalised word, an abbreviation's period, a parenthesis."""
    return text[:1].isupper() or text in (".", ")")


_RELATIVE_ASIDE: Final = 2 * MAX_ASIDE
"""The most tokens of a relative clause with commas of its own between a name and its verb."""
_ASIDE_RELATIVES: Final = frozenset(("who", "whose"))
"""The relative words that open such a clause on a person."""
_NOT_IN_ASIDE: Final = BREAKS - {",", "("}
"""Marks that no such clause holds: a quotation mark, a dash, a colon, a semicolon."""
