"""An attribution before it becomes a model object: offsets into its paragraph's text.

Every intermediate record of the parser is a slotted dataclass with named fields, filled
once by its constructor and never changed after (``tests/test_architecture.py`` fails on any
assignment to another object's field in the parser). Those built once per run or per article
(the verb and rule tables, the header) are frozen too. Those built by the hundred per article
(tokens, cues, quote spans, blocks, drafts, attributions found) are not: a frozen dataclass
sets each field through ``object.__setattr__``, which makes ``parse`` about 30% slower
(instruction counts on the corpus), and a named tuple reads its fields through a descriptor
the interpreter does not specialise, about 7% slower than slots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsdoc._model import AttributionKind
from newsdoc._parse.sourcing.names import Context
from newsdoc._parse.sourcing.phrase import Phrase
from newsdoc._parse.sourcing.quote_marks import QuoteSpan
from newsdoc._parse.sourcing.verb_groups import Words

__all__ = ["Credit", "Cue", "CueRule", "CueSite", "Description", "Found", "QuoteRule", "QuoteSite"]


@dataclass(init=False, slots=True)
class Cue:
    """A cue word found in a paragraph, with the span of the whole cue."""

    start: int
    """Offset of the first character of the cue."""
    end: int
    """One past the cue (``according to``, ``declined to comment``)."""
    word: str
    """The cue word as written."""
    kind: AttributionKind
    """What the cue says about its source."""
    flags: int
    """What the form needs around it (:class:`~newsdoc._parse.lexicon.verbs.Frame` bits)."""
    word_end: int
    """One past the cue word itself."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        start: int,
        end: int,
        word: str,
        kind: AttributionKind,
        flags: int,
        word_end: int,
    ) -> None:
        self.start = start
        self.end = end
        self.word = word
        self.kind = kind
        self.flags = flags
        self.word_end = word_end


@dataclass(init=False, slots=True)
class Description:
    """What a source phrase says about its source (a tuple: made for every source, cheaply)."""

    named: bool | None
    """True for a named person or organisation, False for people described, None if unclear."""
    number: int | None
    """How many sources the phrase states (``count`` of the model)."""
    name: str | None
    role: str | None
    person: bool | None
    """True where the phrase names a person or is ``he`` or ``she``; None for a bare name
    of several words (``Holly Skillin``, ``Hugging Face``) that may be a person's or not."""
    plural: bool
    """True where the phrase is plural (``officials``, ``they``)."""
    speaker: bool = True
    """Whether the phrase can say or find something: a pronoun, a name, a number of people, or
    a common noun for people, a post, a work or an organisation (not ``the new details``)."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        named: bool | None,
        number: int | None,
        name: str | None,
        role: str | None,
        person: bool | None,
        plural: bool,
        speaker: bool = True,
    ) -> None:
        self.named = named
        self.number = number
        self.name = name
        self.role = role
        self.person = person
        self.plural = plural
        self.speaker = speaker


@dataclass(init=False, slots=True, eq=False)
class Found:
    """An attribution before it becomes a model object: offsets in its paragraph's text."""

    para: int
    """The index of the paragraph."""
    start: int
    """Where the source phrase starts."""
    end: int
    """Where the source phrase ends, appositive included."""
    head_end: int
    """Where the head of the source phrase ends, before any appositive."""
    cue_start: int
    cue_end: int
    kind: AttributionKind
    rule: str
    """The name of the rule that found it."""
    description: Description
    """What the source phrase says about the source (from :func:`describe`)."""
    finding: bool = False
    """True for a verb of finding (``found``, ``estimates``): it credits facts, not quoted words."""
    told: bool = False
    """True for a verb that takes the person told before its clause (``told the council that``)."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        para: int,
        start: int,
        end: int,
        head_end: int,
        cue_start: int,
        cue_end: int,
        kind: AttributionKind,
        rule: str,
        description: Description,
        finding: bool = False,
        told: bool = False,
    ) -> None:
        self.para = para
        self.start = start
        self.end = end
        self.head_end = head_end
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.kind = kind
        self.rule = rule
        self.description = description
        self.finding = finding
        self.told = told

    @property
    def first(self) -> int:
        """Where the attribution clause starts (source or cue)."""
        return min(self.start, self.cue_start)

    @property
    def last(self) -> int:
        """Where the attribution clause ends (source or cue)."""
        return max(self.end, self.cue_end)

    def cue_word(self, text: str) -> str:
        """The first word of the cue, in lower case, as the cue table spells it: ``said`` of
        ``said in a statement``; ``text`` is the paragraph's."""
        return text[self.cue_start : self.cue_end].split(" ", 1)[0].lower()


@dataclass(init=False, slots=True)
class CueSite:
    """A cue in its sentence, with what the rules of a verb of speech share."""

    text: str
    """The paragraph's text."""
    cue: Cue
    sentence: tuple[int, int]
    """Where the cue's sentence starts and ends in :attr:`text`."""
    context: Context
    done: Sequence[Found]
    """The attributions found earlier in the paragraph."""
    licensed: bool = False
    """Whether a quote of words opens soon after the verb."""
    before: Phrase | None = None
    """The source phrase that ends just before a verb of speech, unless the source follows it."""
    cue_end: int = 0
    """Where the cue ends with its tail: the person told, the medium (``told Axios in a statement``)."""
    verb_words: Words = ()
    """For a verb of speech, the words before it in its sentence, past the adverbs (from
    :func:`~newsdoc._parse.sourcing.verb_groups.words_before`): read once for every rule."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        text: str,
        cue: Cue,
        sentence: tuple[int, int],
        context: Context,
        done: Sequence[Found],
        licensed: bool = False,
        before: Phrase | None = None,
        cue_end: int = 0,
        verb_words: Words = (),
    ) -> None:
        self.text = text
        self.cue = cue
        self.sentence = sentence
        self.context = context
        self.done = done
        self.licensed = licensed
        self.before = before
        self.cue_end = cue_end
        self.verb_words = verb_words


@dataclass(init=False, slots=True)
class QuoteSite:
    """A quote in its paragraph and sentence, after the cue rules have read the paragraph."""

    text: str
    quote: QuoteSpan
    context: Context
    sentence: tuple[int, int]
    """The ``(start, end)`` of the sentence in which the quote opens."""
    done: Sequence[Found]
    """The attributions that the cue rules found in the paragraph."""

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(
        self, text: str, quote: QuoteSpan, context: Context, sentence: tuple[int, int], done: Sequence[Found]
    ) -> None:
        self.text = text
        self.quote = quote
        self.context = context
        self.sentence = sentence
        self.done = done


@dataclass(init=False, slots=True)
class Credit:
    """What a rule found: the source phrase, the cue's span and the description of the source."""

    phrase: Phrase
    cue_start: int
    cue_end: int
    description: Description

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(self, phrase: Phrase, cue_start: int, cue_end: int, description: Description) -> None:
        self.phrase = phrase
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.description = description


@dataclass(frozen=True, slots=True)
class CueRule:
    """A rule that reads a cue: its name, its function, a sentence it finds an attribution in,
    and the cues it reads, by kind and form (the stage offers it no others)."""

    name: str
    apply: Callable[[CueSite], Credit | None]
    example: str
    reads: AttributionKind = AttributionKind.SAID
    participle: bool = False
    """Whether the rule reads ``-ing`` forms (a participle) rather than finite verbs."""


@dataclass(frozen=True, slots=True)
class QuoteRule:
    """A rule that reads a quote and the words after it."""

    name: str
    apply: Callable[[QuoteSite], Credit | None]
    example: str
