"""What the Markdown and HTML tests expect a reader to get back: an article's blocks.

The expectation is written from the model alone, so that it does not share code with
the writers under test: a block is ``("date", iso)``, ``("p", text)``, ``("h2", text)``,
``("h3", text)``, or a list ``("ul", None, texts)`` / ``("ol", start, texts)``; the text
of a paragraph is what a reader sees, label prefix, label and colon included.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from newsdoc import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section

Block = tuple[object, ...]

_ORDERED = re.compile(r"(\d{1,9})([.)])")

ATTACKS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</p></section></article><p>",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "&lt;b&gt; &amp; &#60;i&#62; &#x3C;",
    "<svg/onload=alert(1)>",
    "<style>body{display:none}</style>",
    "javascript:alert(1)",
    "*emphasis* _em_ **strong** __strong__",
    "`code` ``code``",
    "[link](https://example.com) ![img](x.png) <https://example.com>",
    "[ref]: https://example.com",
    "# heading",
    "> block quote",
    "- item",
    "+ item",
    "1. item",
    "2) item",
    "---",
    "***",
    "___",
    "====",
    "```fence",
    "~~~fence ~~strike~~",
    "    indented code",
    "trailing spaces  ",
    "trailing backslash\\",
    "\\*escaped\\*",
    "| a | b |",
    "tab\tinside and \tat the start",
    "\u00a0no-break spaces\u00a0",
    "\u2028line separator\u2029",
    "nul \x00 and bell \x07 and del \x7f",
    "closing hashes ##",
]
"""Hostile text: HTML injection, Markdown syntax, and spaces and controls that parsers strip."""


def seen(text: str) -> str:
    """``text`` as a reader gets it back: control characters other than tab become U+FFFD."""
    return "".join("\ufffd" if unicodedata.category(c) == "Cc" and c != "\t" else c for c in text)


def visible(paragraph: Paragraph) -> str:
    """A paragraph's text as a reader sees it: prefix, label, colon and text."""
    if paragraph.label is None:
        return seen(paragraph.text)
    text = f" {paragraph.text}" if paragraph.text else ""
    return seen(f"{paragraph.label_prefix or ''}{paragraph.label}:{text}")


def list_of(marker: str | None) -> tuple[str, str, int | None]:
    """The list an item belongs to: its tag, its delimiter (a list changes with it) and its number."""
    m = _ORDERED.fullmatch(marker or "")
    return ("ul", "-", None) if m is None else ("ol", m.group(2), int(m.group(1)))


def expected_blocks(paragraphs: list[Paragraph], *, keep_empty: bool) -> list[Block]:
    """The blocks of consecutive paragraphs (none of them the lede), with items grouped into lists.

    ``keep_empty`` keeps an unlabeled text paragraph with no text (HTML can hold one,
    CommonMark cannot, and two lists either side of it become one).
    """
    blocks: list[Block] = []
    run: list[str] = []
    run_kind: tuple[str, str, int | None] | None = None
    for paragraph in paragraphs:
        if paragraph.kind is ParagraphKind.ITEM:
            kind = list_of(paragraph.marker)
            if run and run_kind is not None and run_kind[1] != kind[1]:
                blocks.append((run_kind[0], run_kind[2], tuple(run)))
                run = []
            if not run:
                run_kind = kind
            run.append(visible(paragraph))
            continue
        if paragraph.kind is ParagraphKind.TEXT and not paragraph.text and paragraph.label is None and not keep_empty:
            continue
        if run and run_kind is not None:
            blocks.append((run_kind[0], run_kind[2], tuple(run)))
            run = []
        if paragraph.kind is ParagraphKind.HEADING:
            blocks.append(("h3" if paragraph.text.endswith(":") else "h2", visible(paragraph)))
        else:
            blocks.append(("p", visible(paragraph)))
    if run and run_kind is not None:
        blocks.append((run_kind[0], run_kind[2], tuple(run)))
    return blocks


def with_text(article: Article, place: str, value: str) -> Article:
    """The article with ``value`` put into one place of its model: text, label, prefix and so on."""
    first = article.sections[0]
    head = first.paragraphs[0]
    match place:
        case "lede":
            return attrs.evolve(article, lede=attrs.evolve(article.lede, text=value))
        case "text":
            head = attrs.evolve(head, text=value)
        case "label":
            head = attrs.evolve(head, label=value)
            first = attrs.evolve(first, label=value, paragraphs=(head, *first.paragraphs[1:]))
            return attrs.evolve(article, sections=(first, *article.sections[1:]))
        case "prefix":
            head = attrs.evolve(head, label_prefix=value)
        case "item" | "heading":
            kind = ParagraphKind.ITEM if place == "item" else ParagraphKind.HEADING
            marker = "-" if place == "item" else None
            extra = Paragraph(text=value, kind=kind, marker=marker)
            first = attrs.evolve(first, paragraphs=(*first.paragraphs, extra))
            return attrs.evolve(article, sections=(first, *article.sections[1:]))
        case _:
            raise AssertionError(place)
    first = attrs.evolve(first, paragraphs=(head, *first.paragraphs[1:]))
    return attrs.evolve(article, sections=(first, *article.sections[1:]))


PLACES = ["lede", "text", "label", "prefix", "item", "heading"]
"""Where :func:`with_text` can put a string."""

SAID = Attribution(source="a senior Israeli official", cue="said", kind=AttributionKind.SAID, named=False, count=1)
MILLER = Attribution(
    source="State Department spokesperson Mathew Miller",
    cue="said",
    kind=AttributionKind.SAID,
    named=True,
    count=1,
    name="Mathew Miller",
    role="State Department spokesperson",
)

SAMPLE = Article(
    lede=Paragraph(text="Blinken urged aid, two Israeli officials said."),
    sections=(
        Section(
            label="Why it matters",
            paragraphs=(
                Paragraph(text="Time is short.", label="Why it matters"),
                Paragraph(text="A first point.", kind=ParagraphKind.ITEM, marker="-"),
                Paragraph(
                    text='"It is a grave mistake," a senior Israeli official said.',
                    quotes=(Quote(text="It is a grave mistake,", attribution=SAID),),
                    attributions=(SAID,),
                ),
            ),
        ),
    ),
)
"""A small hand-built article with a label, an item and a quote, to put hostile text into."""


def said(
    source: str,
    *,
    named: bool | None = None,
    name: str | None = None,
    role: str | None = None,
    resolved: str | None = None,
) -> Attribution:
    """An attribution with the cue ``said``."""
    return Attribution(
        source=source, cue="said", kind=AttributionKind.SAID, named=named, name=name, role=role, resolved=resolved
    )


_OFFICIALS = Attribution(
    source="two Israeli officials",
    cue="said",
    kind=AttributionKind.SAID,
    named=False,
    count=2,
    content="Blinken urged aid",
)
_CREDITED_SAID = attrs.evolve(SAID, content="It is a grave mistake,")
CREDITED = Article(
    lede=Paragraph(text="Blinken urged aid, two Israeli officials said.", attributions=(_OFFICIALS,)),
    sections=(
        Section(
            paragraphs=(
                Paragraph(
                    text='"It is a grave mistake," a senior Israeli official said.',
                    quotes=(Quote(text="It is a grave mistake,", attribution=_CREDITED_SAID),),
                    attributions=(_CREDITED_SAID,),
                ),
            ),
        ),
    ),
)
"""A small hand-built article whose attributions credit content: reported speech, and a quote."""


def uncredited(article: Article) -> Article:
    """The article with no attribution crediting content."""

    def bare(attribution: Attribution | None) -> Attribution | None:
        return None if attribution is None else attrs.evolve(attribution, content=None, content_spans=())

    def paragraph(p: Paragraph) -> Paragraph:
        quotes = tuple(attrs.evolve(q, attribution=bare(q.attribution)) for q in p.quotes)
        return attrs.evolve(p, quotes=quotes, attributions=tuple(a for a in map(bare, p.attributions) if a))

    sections = tuple(attrs.evolve(s, paragraphs=tuple(map(paragraph, s.paragraphs))) for s in article.sections)
    return attrs.evolve(article, lede=paragraph(article.lede), sections=sections)
