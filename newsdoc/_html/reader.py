"""``parse_html``: read article HTML into the same model as :func:`newsdoc.parse`."""

from __future__ import annotations

import datetime
from collections import Counter

from newsdoc._diagnostics import CODES, Diagnostic, Severity, make_diagnostic
from newsdoc._errors import ParseError
from newsdoc._html.blocks import Block
from newsdoc._html.offsets import LineTable, OffsetMap
from newsdoc._html.remap import remap_article
from newsdoc._html.scanner import Drop, Scanner
from newsdoc._model import Article
from newsdoc._parse import parse
from newsdoc._unvalidated import trusted_span

__all__ = ["parse_html"]


def _diagnostic(code: str, at: int, message: str, lines: LineTable) -> Diagnostic:
    severity, summary = CODES[code]
    line, column = lines.line_col(at)
    span = trusted_span(at, at)
    return make_diagnostic(
        code=code, severity=severity, message=f"{summary}: {message}", span=span, line=line, column=column
    )


def _plural(kind: str, count: int) -> str:
    return f"{count} {kind}" if count == 1 else f"{count} {kind}s"


def _in_part(scanner: Scanner, article: int, in_body: bool) -> bool:
    """Whether a block or element stands in the part of the page that is read."""
    if scanner.articles:
        return article == 0
    return in_body or not scanner.body_seen


def _date(scanner: Scanner) -> datetime.date | None:
    for found, article, in_body in scanner.time_dates:
        if _in_part(scanner, article, in_body):
            return found
    return scanner.meta_date


def _dropped(drops: list[Drop], lines: LineTable) -> list[Diagnostic]:
    if not drops:
        return []
    counts = Counter(kind for kind, *_ in drops)
    listed = ", ".join(_plural(kind, n) for kind, n in counts.items())
    return [_diagnostic("ND140", drops[0][1], listed, lines)]


def parse_html(html: str, *, date: datetime.date | None = None, strict: bool = False, sourcing: bool = True) -> Article:
    """Read an article written in HTML: a body fragment or a whole page.

    The paragraphs (``<p>``, list items, ``<h2>`` to ``<h4>`` subheads) are written out in the
    seed format and read by :func:`newsdoc.parse`, so labels, quotes and attributions are found
    exactly as in text. Every span then indexes ``html``: ``html[span.start:span.end]`` is the
    markup that wrote the node's text. Images, captions, embeds, scripts and rules are dropped,
    and counted in one ND140 diagnostic.

    >>> import datetime
    >>> html = "<p>Aid is late, two officials said.</p><p><strong>Why it matters: </strong>Time.</p>"
    >>> art = parse_html(html, date=datetime.date(2023, 10, 16))
    >>> art.sections[0].label, art.attributions[0].source
    ('Why it matters', 'two officials')

    Args:
        html: The HTML. Offsets in spans and diagnostics index into this exact string.
        date: The publication date; without it the date is read from a ``<time datetime>``
            in the article or an ``article:published_time`` or ``datePublished`` meta.
        strict: Raise instead of returning an article with error diagnostics.
        sourcing: Look for quotes and attributions; False reads the layout only, as
            :func:`newsdoc.parse` does with ``sourcing=False`` (the article's
            :attr:`~newsdoc.Article.sourcing` is then False).

    Raises:
        TypeError: ``html`` is not a ``str`` (decode ``bytes`` first).
        ParseError: ``strict`` is true and the article has errors.
    """
    given: object = html
    if not isinstance(given, str):
        hint = " (decode it first: data.decode('utf-8'))" if isinstance(given, bytes | bytearray) else ""
        msg = f"parse_html() takes a str, not {type(given).__name__}{hint}"
        raise TypeError(msg)
    lines = LineTable(html)
    scanner = Scanner(html)
    extra: list[Diagnostic] = []
    try:
        scanner.feed(html)
        scanner.finish()
    except Exception as exc:  # the reader promises never to raise on a str: keep what was read
        extra.append(_diagnostic("ND902", len(html), f"{type(exc).__name__}: {exc}", lines))
    blocks: list[Block] = [b for b in scanner.blocks if _in_part(scanner, b.article, b.in_body)]
    drops = [d for d in scanner.drops if _in_part(scanner, d[2], d[3])]
    extra.extend(_dropped(drops, lines))
    offsets = OffsetMap(blocks, date if date is not None else _date(scanner), len(html))
    article = remap_article(parse(offsets.text, sourcing=sourcing), offsets, lines, extra)
    if strict:
        errors = tuple(d for d in article.diagnostics if d.severity is Severity.ERROR)
        if errors:
            raise ParseError(errors)
    return article
