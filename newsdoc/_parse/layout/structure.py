"""Structure: paragraphs from blocks (labels, items, headings) and sections from paragraphs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from newsdoc._diagnostics import Diagnostic
from newsdoc._model import Attribution, Paragraph, ParagraphKind, Quote, Section
from newsdoc._parse.layout.input_text import InputText
from newsdoc._parse.layout.labels import match_label
from newsdoc._parse.layout.records import Block
from newsdoc._unvalidated import trusted_paragraph, trusted_section

__all__ = ["Draft", "build_paragraphs", "build_sections", "draft_paragraphs", "is_heading"]

# The kinds as module constants: compiled with mypyc, ``ParagraphKind.TEXT`` is looked up on the
# enum class at every use (through ``EnumType.__getattr__``), where a ``Final`` name is a C static.
TEXT: Final = ParagraphKind.TEXT
ITEM: Final = ParagraphKind.ITEM
HEADING: Final = ParagraphKind.HEADING

_HEADING_MAX_WORDS: Final = 12
_HEADING_MAX_CHARS: Final = 100
_COLON_HEADING_MAX_WORDS: Final = 5
# How a heading may end: a letter, digit, closing parenthesis or question mark; never
# sentence punctuation or a closing quote. The line is taken whole and its last character
# tested once, so a line that ends badly fails without trying every shorter match.
_HEADING: Final = regex.compile(r"[\p{Lu}\d][^\n]++(?<=[\p{L}\d)?:])")


@dataclass(init=False, slots=True)
class Draft:
    """A paragraph before quotes are read: the model's fields and where its text starts."""

    block: Block
    text: str
    text_start: int
    """Offset of :attr:`text` in the normalised input."""
    kind: ParagraphKind
    label: str | None = None
    prefix: str | None = None

    # Written out: compiled with mypyc, the __init__ a dataclass generates would run interpreted.
    def __init__(  # noqa: PLR0917 (positional, as the generated one is)
        self,
        block: Block,
        text: str,
        text_start: int,
        kind: ParagraphKind,
        label: str | None = None,
        prefix: str | None = None,
    ) -> None:
        self.block = block
        self.text = text
        self.text_start = text_start
        self.kind = kind
        self.label = label
        self.prefix = prefix


def is_heading(text: str) -> bool:
    """Whether an unlabeled paragraph is a short standalone title: ``Election law``."""
    if len(text) > _HEADING_MAX_CHARS or _HEADING.fullmatch(text) is None:
        return False
    words = len(text.split())
    if text.endswith(":"):
        return words <= _COLON_HEADING_MAX_WORDS
    return words <= _HEADING_MAX_WORDS


def draft_paragraphs(src: InputText, blocks: tuple[Block, ...], diags: list[Diagnostic]) -> list[Draft]:
    """Read labels and kinds; the first block is the lede and has neither."""
    drafts: list[Draft] = []
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        body = block.body
        text = block.text(src)
        item = block.marker is not None
        kind = ITEM if item else TEXT
        found = match_label(text, item=item) if i else None
        if found is not None:
            start = body + found.text_start
            drafts.append(Draft(block, text[found.text_start :], start, kind, found.label, found.prefix))
            if found.bold:
                diags.append(src.diagnostic("ND130", body + found.label_start, start, f"read as label {found.label!r}"))
            elif found.gap != " " and text[found.text_start :]:
                diags.append(src.diagnostic("ND132", start - len(found.gap), start))
            continue
        if i and i < last and not item and is_heading(text):
            kind = HEADING
        drafts.append(Draft(block, text, body, kind))
    return drafts


def build_paragraphs(
    src: InputText,
    drafts: list[Draft],
    quotes: list[tuple[Quote, ...]],
    attributions: list[tuple[Attribution, ...]],
) -> list[Paragraph]:
    """The paragraphs of the drafts, with the quotes and attributions of each. A draft holds one
    line of normalised text: nothing a validator of the model checks can be wrong in it."""
    return [
        trusted_paragraph(
            text=d.text,
            label=d.label,
            label_prefix=d.prefix,
            kind=d.kind,
            marker=d.block.marker,
            quotes=q,
            attributions=a,
            span=src.span(d.block.start, d.block.end),
        )
        for d, q, a in zip(drafts, quotes, attributions, strict=True)
    ]


def build_sections(paragraphs: list[Paragraph]) -> tuple[Section, ...]:
    """Group the paragraphs after the lede: a labeled, non-item paragraph opens a section.

    Each section opens with the paragraph whose label it takes, which is all its validator
    checks, so the sections are built without it.
    """
    sections: list[Section] = []
    current: list[Paragraph] = []
    label: str | None = None
    for paragraph in paragraphs:
        if paragraph.label is not None and paragraph.kind is not ITEM:
            if current:
                sections.append(trusted_section(label, tuple(current)))
            current = [paragraph]
            label = paragraph.label
        else:
            current.append(paragraph)
    if current:
        sections.append(trusted_section(label, tuple(current)))
    return tuple(sections)
