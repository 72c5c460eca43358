"""The document model: immutable attrs classes for an article and its parts.

Every node is frozen, slotted and keyword-only. Collections are tuples. Source
positions (:class:`Span`) and diagnostics are provenance: they are kept in JSON but
excluded from equality and hashing, so two articles with the same content compare
equal whatever text they were read from.
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Iterator
from typing import TypeVar

import attrs

from newsdoc._diagnostics import Diagnostic, Span

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Paragraph",
    "ParagraphKind",
    "Quote",
    "Section",
    "Span",
    "label_key",
]


_T = TypeVar("_T")


def _no_newline(_inst: object, attribute: attrs.Attribute[_T], value: _T) -> None:
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        msg = f"{attribute.name} must be a single line, got {value!r}"
        raise ValueError(msg)


def _non_negative(_inst: object, attribute: attrs.Attribute[_T], value: _T) -> None:
    if isinstance(value, int) and value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


class ParagraphKind(enum.StrEnum):
    """What a paragraph is in the layout of the article."""

    TEXT = "text"
    """An ordinary paragraph (the lede, a labeled paragraph, body text)."""
    ITEM = "item"
    """A list item written directly under the paragraph it belongs to."""
    HEADING = "heading"
    """A short standalone line that titles what follows."""


class AttributionKind(enum.StrEnum):
    """How an attribution credits its source."""

    SAID = "said"
    """A verb of saying or writing: said, told, wrote, found, announced..."""
    ACCORDING_TO = "according_to"
    """``according to X`` or ``per X``."""
    DECLINED = "declined"
    """The source declined to comment."""
    NO_RESPONSE = "no_response"
    """The source did not respond, or did not immediately respond."""


@attrs.frozen(kw_only=True)
class Attribution:
    """A place where the text credits information or words to a source."""

    source: str = attrs.field(validator=_no_newline)
    """The noun phrase of the source, as written: ``two Israeli officials``."""
    cue: str = attrs.field(validator=_no_newline)
    """The words that mark the speech or sourcing: ``said``, ``according to``."""
    kind: AttributionKind
    """Whether the source said something, is cited, declined or did not respond."""
    named: bool | None = None
    """True for a specific person or organization, False for unnamed sources, None if unclear."""
    count: int | None = attrs.field(default=None, validator=_non_negative)
    """How many sources the phrase states (``two officials`` is 2), None where it is open."""
    name: str | None = attrs.field(default=None, validator=_no_newline)
    """The person's name where the source names one: ``Mathew Miller``."""
    role: str | None = attrs.field(default=None, validator=_no_newline)
    """The role written with the name: ``State Department spokesperson``."""
    resolved: str | None = attrs.field(default=None, validator=_no_newline)
    """For a pronoun source (``he``), the name it refers to, where the text gives it."""
    content: str | None = attrs.field(default=None, validator=_no_newline)
    """What the attribution credits to its source: the quoted words, or the clause of reported
    speech (``the talks will resume Monday``). It is the text of its pieces, in order, joined
    by one space: the pieces around an interposed ``officials said``, or the quotes of one
    speaker, each piece as the parser reads the text at its span in :attr:`content_spans`.
    None where it credits nothing (``declined``, ``no_response``) or the text gives no
    content, and then the parser gives no content spans."""
    rule: str = ""
    """The short name of the rule that produced this attribution, for auditing."""
    source_span: Span | None = attrs.field(default=None, eq=False)
    """Where :attr:`source` stands in the parsed text."""
    cue_span: Span | None = attrs.field(default=None, eq=False)
    """Where :attr:`cue` stands in the parsed text."""
    span: Span | None = attrs.field(default=None, eq=False)
    """The whole attribution clause, source and cue together."""
    content_spans: tuple[Span, ...] = attrs.field(default=(), eq=False)
    """Where :attr:`content` stands in the parsed text: one span, or one per piece (``The
    talks``, ``will resume Monday`` around ``officials said``), in text order, apart from
    each other and from the source and the cue."""


@attrs.frozen(kw_only=True)
class Quote:
    """Words inside double quotation marks that reproduce what someone said or wrote."""

    text: str = attrs.field(validator=_no_newline)
    """What stands between the marks, verbatim."""
    partial: bool = False
    """True for a fragment quoted inside a sentence: ``called it "a grave mistake"``."""
    attribution: Attribution | None = None
    """The speaker and cue, where the text names them."""
    span: Span | None = attrs.field(default=None, eq=False)
    """Where :attr:`text` stands in the parsed text (inside the marks)."""

    @property
    def speaker(self) -> str | None:
        """The speaker's noun phrase as written, or None."""
        return self.attribution.source if self.attribution is not None else None


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph: the lede, a body paragraph, a list item or a heading."""

    text: str = attrs.field(validator=_no_newline)
    """The paragraph's text after its marker and label."""
    label: str | None = attrs.field(default=None, validator=_no_newline)
    """The label as written, without its colon: ``Why it matters``."""
    label_prefix: str | None = attrs.field(default=None, validator=_no_newline)
    """What is written before the label, such as an emoji or a number: ``"🧠 "``, ``"1. "``."""
    kind: ParagraphKind = ParagraphKind.TEXT
    """Whether this is body text, a list item or a heading."""
    marker: str | None = attrs.field(default=None, validator=_no_newline)
    """The list marker of an item as written: ``-``, ``1.``."""
    quotes: tuple[Quote, ...] = ()
    """The direct quotes in this paragraph, in order."""
    attributions: tuple[Attribution, ...] = ()
    """The attributions in this paragraph, in order."""
    span: Span | None = attrs.field(default=None, eq=False)
    """Where the whole paragraph, marker and label included, stands in the parsed text."""

    @property
    def key(self) -> str | None:
        """The label normalised to a key: ``why_it_matters``."""
        return label_key(self.label)


def _first_label_matches(inst: Section, _attribute: attrs.Attribute[_T], value: _T) -> None:
    if value is not None and (not inst.paragraphs or inst.paragraphs[0].label != value):
        msg = f"a labeled section must open with a paragraph labeled {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Section:
    """A labeled paragraph and every paragraph after it up to the next label."""

    label: str | None = attrs.field(default=None, validator=attrs.validators.and_(_no_newline, _first_label_matches))
    """The label of the section's first paragraph, or None for the unlabeled section."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The paragraphs of the section, the labeled one first."""

    @property
    def key(self) -> str | None:
        """The label normalised to a key: ``why_it_matters``."""
        return label_key(self.label)


def _nothing_sourced_unless_read(inst: Article, _attribute: attrs.Attribute[_T], value: _T) -> None:
    if value:
        return
    # A plain walk: the parser builds every layout-only article through this check.
    sourced = bool(inst.lede.quotes or inst.lede.attributions)
    for section in inst.sections:
        for paragraph in section.paragraphs:
            if paragraph.quotes or paragraph.attributions:
                sourced = True
    if sourced:
        msg = "an article read without sourcing (sourcing=False) holds no quotes or attributions"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Article:
    """A parsed article: its date, lede and sections."""

    date: datetime.date | None = None
    """The publication date from the header, or None where it is missing."""
    lede: Paragraph = attrs.field(factory=lambda: Paragraph(text=""))
    """The first paragraph, after the date."""
    sections: tuple[Section, ...] = ()
    """The sections after the lede, in order."""
    sourcing: bool = attrs.field(default=True, validator=_nothing_sourced_unless_read)
    """Whether quotes and attributions were looked for. False for an article read with
    ``parse(text, sourcing=False)``: its paragraphs then hold no quotes or attributions
    because none were looked for, not because the text has none. It takes part in
    equality; JSON carries it as ``"sourcing": false`` when it is False."""
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False)
    """What the parser noticed and normalised, with positions."""
    source_path: str | None = attrs.field(default=None, eq=False)
    """The input the article was read from, as the command line names it (``-`` for standard
    input); None for an article parsed from a string. Like the diagnostics it is provenance
    and takes no part in equality; JSON carries it as ``source_path`` when it is set."""

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every paragraph in document order, the lede first."""
        return (self.lede, *(p for s in self.sections for p in s.paragraphs))

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote in document order."""
        return tuple(q for p in self._walk() for q in p.quotes)

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        """Every attribution in document order."""
        return tuple(a for p in self._walk() for a in p.attributions)

    def _walk(self) -> Iterator[Paragraph]:
        yield self.lede
        for section in self.sections:
            yield from section.paragraphs


def label_key(label: str | None) -> str | None:
    """Normalise a label to a key: lower case, letters and digits joined by ``_``.

    >>> label_key("What they're saying")
    'what_theyre_saying'
    >>> label_key("Yes, but")
    'yes_but'
    """
    if label is None:
        return None
    # An article repeats its labels, and every writer asks for their keys: a label of type
    # str is read once. (A subclass of str could read otherwise, so it is read each time.)
    return _key_of(label) if type(label) is str else _key_of.__wrapped__(label)


@functools.lru_cache(maxsize=1024)
def _key_of(label: str) -> str:
    words: list[str] = []
    current: list[str] = []
    for ch in label.casefold():
        if ch.isalnum():
            current.append(ch)
        elif ch in "'’":
            continue
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return "_".join(words)
