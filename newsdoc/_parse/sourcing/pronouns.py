"""Resolve pronoun sources (``he said``) to the source they refer to.

The referent is looked for in the same paragraph before the pronoun, then in the
previous paragraph, and must agree with the pronoun: ``he`` and ``she`` take a person,
``it`` an organisation or a work (``the study``), ``they`` a plural source or a body that
speaks through someone (``a spokesperson``). Within a paragraph an earlier attribution
is preferred to a mere subject of a sentence, since the person just quoted is the one
most often meant. Gender is checked only where the referent's words show it, a title of
courtesy or a noun for a man or a woman (``Mrs. Clinton``, ``a campaign spokesman``): the
library keeps no list of names.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from newsdoc._parse.lexicon.people import (
    FEMININE_ENDINGS,
    FEMININE_HONORIFICS,
    MASCULINE_ENDINGS,
    MASCULINE_HONORIFICS,
    OCCUPATION_NOUNS,
    ROLE_NOUNS,
)
from newsdoc._parse.lexicon.pronouns import (
    PERSON_PRONOUNS,
    SPEECH_PARTICIPANTS,
    SUBJECT_OF,
    SUBJECT_PRONOUNS,
)
from newsdoc._parse.sourcing.describe import described
from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.records import Description, Found
from newsdoc._parse.sourcing.subjects import subject_of

__all__ = ["Mention", "resolve_pronouns"]

# Module functions as constants: compiled with mypyc, ``bisect.bisect_left`` is an attribute
# look-up on the module at every call, where a ``Final`` name is a C static.
_bisect_left: Final = bisect.bisect_left

_LOOK_BACK: Final = 6
"""How many attributions and sentences, on each side of a paragraph break, a pronoun looks back over."""


@dataclass(init=False, slots=True)
class Mention:
    """A possible referent: an attribution's source or the subject of a sentence."""

    text: str
    """The phrase as written."""
    description: Description
    """What the phrase says about who it is."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(self, text: str, description: Description) -> None:
        self.text = text
        self.description = description

    def agrees(self, pronoun: str) -> bool:
        """Whether this mention can be what ``pronoun`` refers to."""
        d = self.description
        if pronoun in PERSON_PRONOUNS:  # one person: not ``Mayor Roe and Gov. Lee``
            return d.person is not False and not self.several() and _gender(self.text) in {"", pronoun}
        if pronoun == "it":
            return d.person is not True and not d.plural and d.named is not False
        return d.person is not True  # a plural source, a body, or one person unnamed (``a spokesperson``)

    def several(self) -> bool:
        """Whether this mention is more than one: ``he`` after ``Mayor Roe and Gov. Lee toured the
        site`` is one of them, and no one named before them."""
        return self.description.plural or (self.description.number or 1) > 1


def _gender(phrase: str) -> str:
    """``he`` or ``she`` where the words of the phrase show a man or a woman and not both
    (``Mrs. Clinton``, ``Hope Hicks, a campaign spokeswoman``), else the empty string."""
    shown = ""
    for written in phrase.replace(".", " ").split():
        word = written.strip(_PUNCTUATION)
        low = word.lower()
        if low in FEMININE_HONORIFICS or (word.islower() and low.endswith(FEMININE_ENDINGS)):
            pronoun = "she"
        elif low in MASCULINE_HONORIFICS or (low.endswith(MASCULINE_ENDINGS) and _role(low)):
            pronoun = "he"
        else:
            continue
        if shown and shown != pronoun:
            return ""
        shown = pronoun
    return shown


_PUNCTUATION: Final = ",;:()'\"\u2019"
"""Marks around a word of a phrase: ``spokeswoman,`` before an appositive name."""


def _role(low: str) -> bool:
    """Whether a word in lower case is a noun for a role or an occupation."""
    return low in ROLE_NOUNS or low in OCCUPATION_NOUNS


def _pronoun(text: str, found: Found) -> str | None:
    word = text[found.start : found.end].lower()
    word = SUBJECT_OF.get(word, word)  # ``his claim that``
    return word if word in SUBJECT_PRONOUNS else None


def _subjects(text: str, starts: list[int], limit: int, context: Context) -> list[Mention]:
    """The subjects of the last few sentences that start before ``limit``, latest first."""
    out: list[Mention] = []
    last = _bisect_left(starts, limit)
    for i in range(last - 1, max(-1, last - 1 - _LOOK_BACK), -1):
        s = starts[i]
        if s >= limit:
            continue
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        phrase = subject_of(text, s, min(end, limit))
        if phrase is None:
            continue
        source = text[phrase.start : phrase.end]
        description = described(context, source, phrase.head_end - phrase.start)
        if source.lower() in SUBJECT_PRONOUNS or not description.speaker:
            continue
        out.append(Mention(source, description))
    return out


def _attributions(text: str, before: Sequence[Found], referents: dict[Found, Mention]) -> list[Mention]:
    """The sources of the last few attributions in ``before``, latest first.

    A resolved pronoun stands for its referent.
    """
    out: list[Mention] = []
    for f in before[-_LOOK_BACK:][::-1]:
        referent = referents.get(f)
        if referent is not None:
            out.append(referent)
        elif _pronoun(text, f) is None:
            out.append(Mention(text[f.start : f.head_end], f.description))
    return out


def resolve_pronouns(
    texts: list[str],
    founds: list[Sequence[Found]],
    sentences: Callable[[int], list[int]],
    context: Context,
    *,
    handed: list[Sequence[Found]],
) -> dict[Found, Mention]:
    """The referent of every pronoun source that the text gives one.

    ``sentences(i)`` gives the sentence starts of paragraph ``i``; ``handed[i]`` the
    speakers that paragraph ``i``'s quotes take from an earlier paragraph (a paragraph of
    quotes names nobody, yet it is about its speaker).
    """
    referents: dict[Found, Mention] = {}
    for i, row in enumerate(founds):
        for k, f in enumerate(row):
            pronoun = _pronoun(texts[i], f)
            if pronoun is None or pronoun in SPEECH_PARTICIPANTS:
                continue
            places = _Places(texts, founds, sentences, context, handed, referents)
            for mention in _candidates(places, i=i, k=k):
                if mention.agrees(pronoun):
                    referents[f] = mention
                    break
                if pronoun in PERSON_PRONOUNS and mention.several() and mention.description.person is not False:
                    break  # one of several people just named, which the text does not say
    return referents


@dataclass(init=False, slots=True)
class _Places:
    """Where a pronoun's referent may be: the article's paragraphs and what is known of them."""

    texts: list[str]
    founds: list[Sequence[Found]]
    sentences: Callable[[int], list[int]]
    context: Context
    handed: list[Sequence[Found]]
    referents: dict[Found, Mention]

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        texts: list[str],
        founds: list[Sequence[Found]],
        sentences: Callable[[int], list[int]],
        context: Context,
        handed: list[Sequence[Found]],
        referents: dict[Found, Mention],
    ) -> None:
        self.texts = texts
        self.founds = founds
        self.sentences = sentences
        self.context = context
        self.handed = handed
        self.referents = referents


def _candidates(places: _Places, *, i: int, k: int) -> Iterator[Mention]:
    """Possible referents of ``founds[i][k]``, nearest first; each group is read only if the one before had no match."""
    texts, founds, referents = places.texts, places.founds, places.referents
    text = texts[i]
    yield from _attributions(text, founds[i][max(0, k - _LOOK_BACK) : k], referents)
    yield from _subjects(text, places.sentences(i), founds[i][k].first, places.context)
    if i > 0:
        prev = texts[i - 1]
        yield from _attributions(prev, founds[i - 1], referents)
        for f in places.handed[i - 1][-1:]:
            yield from _attributions(texts[f.para], [f], referents)
        yield from _subjects(prev, places.sentences(i - 1), len(prev) + 1, places.context)
