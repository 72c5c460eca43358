"""``parse``: run the layout pipeline, then (unless told not to) the sourcing pipeline, and assemble the Article."""

from __future__ import annotations

from newsdoc._diagnostics import Diagnostic, Severity
from newsdoc._errors import ParseError
from newsdoc._misuse import check_text, file_name_diagnostics
from newsdoc._model import Article, Attribution, Paragraph, Quote
from newsdoc._parse.layout.blocks import read_blocks
from newsdoc._parse.layout.input_text import InputText
from newsdoc._parse.layout.structure import Draft, build_paragraphs, build_sections, draft_paragraphs
from newsdoc._parse.sourcing.pipeline import read_sourcing

__all__ = ["parse"]


def _sourcing(
    drafts: list[Draft], src: InputText, diags: list[Diagnostic]
) -> tuple[list[tuple[Quote, ...]], list[tuple[Attribution, ...]]]:
    """Run the quote pipeline; should it ever fail, keep the structure and say so."""
    texts = [d.text for d in drafts]
    try:
        quotes, attributions, found = read_sourcing(texts, [d.text_start for d in drafts], src)
    except Exception as exc:  # the parser promises never to raise on a str
        diags.append(src.diagnostic("ND902", 0, 0, f"{type(exc).__name__}: {exc}"))
        return [() for _ in texts], [() for _ in texts]
    diags.extend(found)
    return quotes, attributions


def parse(text: str, *, strict: bool = False, sourcing: bool = True) -> Article:
    """Read an article in the seed format.

    The parser is tolerant: for any string it returns an :class:`~newsdoc.Article`, and
    what it had to guess or tidy is in :attr:`Article.diagnostics`. With ``strict=True``
    it raises one :class:`~newsdoc.ParseError` listing every error-severity diagnostic.

    >>> art = parse(" date 2023-10-16 Blinken urged aid, two officials said.\\n\\nWhy it matters: Time is short.\\n\\n")
    >>> art.date.isoformat(), art.sections[0].label, art.sections[0].paragraphs[0].text
    ('2023-10-16', 'Why it matters', 'Time is short.')

    With ``sourcing=False`` it reads the layout alone (the date, paragraphs, labels, list
    items and sections, the same as a full parse) and does not look for quotes or
    attributions, which is several times faster. The article says so:
    :attr:`Article.sourcing <newsdoc.Article.sourcing>` is False, and its paragraphs hold
    no quotes or attributions because none were looked for. The layout diagnostics are
    reported as ever; the quote diagnostics (``ND2xx``) are not, since no quote was read.

    >>> art = parse(" date 2023-10-16 Blinken urged aid, two officials said.\\n\\n", sourcing=False)
    >>> art.sourcing, art.lede.text, art.attributions
    (False, 'Blinken urged aid, two officials said.', ())

    Args:
        text: The article. Offsets in spans and diagnostics index into this exact string.
        strict: Raise instead of returning an article with error diagnostics.
        sourcing: Look for quotes and attributions; False reads the layout only.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode ``bytes`` first; read a path's text).
        ParseError: ``strict`` is true and the text has errors.
    """
    check_text(text)
    src = InputText(text)
    layout = read_blocks(src)
    diags: list[Diagnostic] = [*src.diagnostics, *layout.diagnostics, *file_name_diagnostics(text)]
    drafts = draft_paragraphs(src, layout.blocks, diags)
    if sourcing:
        quotes, attributions = _sourcing(drafts, src, diags)
    else:  # not looked for: the article says so (Article.sourcing), and no ND2xx diagnostic is made
        quotes = [() for _ in drafts]
        attributions = [() for _ in drafts]
    paragraphs = build_paragraphs(src, drafts, quotes, attributions)
    diags.sort(key=lambda d: (d.span.start, d.code))
    lede = paragraphs[0] if paragraphs else Paragraph(text="")
    article = Article(
        date=layout.header.date,
        lede=lede,
        sections=build_sections(paragraphs[1:]),
        sourcing=sourcing,
        diagnostics=tuple(diags),
    )
    if strict:
        errors = tuple(d for d in diags if d.severity is Severity.ERROR)
        if errors:
            raise ParseError(errors)
    return article
