"""Capital letters around cue words: a headline in title case, whose verbs are read in lower
case (``New Poll Shows Bump``), and a verb form inside a name (``Yum Brands``, ``Ian Read``)."""

from __future__ import annotations

import re
from typing import Final

from newsdoc._parse.lexicon.adverbs import NEGATIONS
from newsdoc._parse.lexicon.grammar import DO_FORMS, HAVE_FORMS, IRREGULAR_NEGATIVES, MODALS
from newsdoc._parse.lexicon.nouns import GIVEN_NAME_WORDS
from newsdoc._parse.lexicon.verbs import COMMENT_VERBS, DECLINE_COMPLEMENTS, DECLINE_VERBS, REPLY_VERBS, Frame
from newsdoc._parse.sourcing.cue_forms import CUE_FORMS
from newsdoc._parse.sourcing.patterns import alternatives
from newsdoc._parse.sourcing.words import AUXILIARIES

__all__ = ["MAX_TITLE", "TITLE_WORDS", "headline_quote", "inside_name", "lower_title_verbs", "name_word", "title_case"]

MAX_TITLE: Final = 200
"""The longest paragraph read as a headline in title case."""
_REFUSING: Final = (
    DECLINE_VERBS
    | COMMENT_VERBS
    | frozenset(w for w in DECLINE_COMPLEMENTS if " " not in w)
    | NEGATIONS
    | IRREGULAR_NEGATIVES
    | DO_FORMS
    | HAVE_FORMS
    | (MODALS - GIVEN_NAME_WORDS)  # not ``Will Smith Says``
)
"""The words of a refusal to comment, read in lower case in a headline: ``Roe Declines to
Comment``, ``Senator Would Not Say Whether``, ``Firm Has Not Commented``."""
_TITLE_FORMS: Final = {
    form.capitalize(): form
    for form in ({form for form, flags in CUE_FORMS.items() if not flags & Frame.PARTICIPLE} | _REFUSING) - REPLY_VERBS
}
"""The capitalised forms a headline in title case writes, each with the form it stands for; not
the verbs of replying, whose object, in capitals too, cannot be told from a reporter's name
(``Police Did Not Respond to 911 Call``)."""
_TITLE_VERB: Final = re.compile(r"(?<!\S)(?:" + alternatives(_TITLE_FORMS) + r")(?=[\s,:;]|\Z)")


def inside_name(text: str, at: int) -> bool:
    """Whether the capitalised word at ``at`` follows another capitalised word, with only a
    space between: a word of a name (``Lindsey Graham Says.`` in a headline is not, but a
    verb form that is no noun is never read so)."""
    before = text[max(0, at - _NAME_REACH) : at]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    previous = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    return previous[:1].isupper() and previous[-1:].isalnum()


def name_word(text: str, at: int, word: str) -> bool:
    """Whether a capitalised cue word after a capitalised word (:func:`inside_name`) is a word of
    a name: a noun (``Consumer Reports``), or any form where the text goes on in lower case
    (``Ian Read said``) or where it ends a name in a sentence (``said Nadia Said,``); in
    ``Lindsey Graham Says Trump`` and in a headline alone (``Graham Says.``) it is a verb."""
    if CUE_FORMS.get(word.lower(), 0) & Frame.NOUNLIKE:
        return True
    rest = text[at + len(word) : at + len(word) + _NAME_REACH].split(None, 1)
    after = rest[0] if rest else ""
    if after[:1].islower():  # ``Ian Read said``, ``Edward Said has written``; not ``Powell Says that``
        verb = after.rstrip(",.;:").lower()
        return verb in CUE_FORMS or verb in AUXILIARIES
    before = text[max(0, at - _NAME_REACH) : at].split()
    if at > _NAME_REACH:
        before = before[1:]  # the first may be the end of a word cut off
    return (not after or after[:1] in ",.;:") and any(w.islower() for w in before)


_NAME_REACH: Final = 40
"""How far before a capitalised cue word the word before it is looked for."""


def title_case(words: list[str]) -> bool:
    """Whether a short paragraph, split into ``words``, is a headline in title case: nearly every
    word of four letters or more is capitalised (``Retired General Reveals Experience Of Serving``)."""
    for w in words[:_TITLE_PROBE]:  # prose shows a lower-case word at once: most paragraphs stop here
        if len(w) > 3 and w[0].islower():
            return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= TITLE_WORDS and capitalised >= _TITLE_SHARE * len(long_words)


TITLE_WORDS: Final = 3
_TITLE_SHARE: Final = 0.8
_TITLE_PROBE: Final = 4


def lower_title_verbs(text: str) -> str:
    """``text`` with every capitalised verb form of the cue table in lower case, as a headline
    in title case writes them; the length, and so every offset, stays the same."""
    return _TITLE_VERB.sub(lambda m: _TITLE_FORMS[m.group()], text)


# Words in single quotation marks, curly or straight, none of them inside a word (``Trump's``).
_SINGLE_QUOTED: Final = re.compile("(?<![\\w\u2019'])[\u2018'][^\u2018\u2019'\"\u201c\u201d]{1,80}?[\u2019'](?!\\w)")
_HEADLINE_REACH: Final = 60
"""How far after a verb a headline's quote may open: past its object (``Calls Plan``)."""


def headline_quote(text: str, at: int) -> bool:
    """Whether ``text`` is a headline (a paragraph no longer than :data:`MAX_TITLE`, with no
    double quotation marks) that quotes words in single quotation marks soon after ``at``, as
    headlines write a quote: ``Biden calls plan \u2018reckless\u2019``, ``Mayor Calls Levy 'A Mistake'``."""
    if len(text) > MAX_TITLE or '"' in text or "\u201c" in text:
        return False
    end = at + _HEADLINE_REACH
    if text.find("'", at, end) < 0 and text.find("\u2018", at, end) < 0:
        return False  # most headlines: no opening mark in reach, so no search
    return _SINGLE_QUOTED.search(text, at, end) is not None
