"""Semantic HTML: an ``<article>`` whose every text and attribute comes from escaped text."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final, assert_never

import regex

from newsdoc._model import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section
from newsdoc._write._content import mark_content
from newsdoc._write._parts import Located, heading_level, list_kind, locate, replace_controls

__all__ = ["STYLESHEET", "to_html"]

STYLESHEET: Final = """\
body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 1.1rem/1.5 Georgia, serif; color: #222; }
article > header time { color: #666; font-size: 0.9em; }
.label { font-weight: bold; }
q { quotes: none; }
q, blockquote { background: #eef5ff; }
blockquote { margin: 1em 0; padding: 0.1em 1em; border-left: 3px solid #8ab; }
.attribution { background: #fff3c4; }
.attribution .cue { font-style: italic; }
.content { border-bottom: 2px solid #7a5; }
"""
"""The default stylesheet of :func:`to_html` with ``document=True``.

The article keeps its own quotation marks, so ``q { quotes: none; }`` stops the
browser from adding a second pair; a page that embeds the fragment needs the same rule.
"""

# What may stand around a paragraph-long quote: its marks and spaces.
_QUOTE_MARKS_ONLY: Final = regex.compile(r"[\s\"“”]*")
_TITLE_MAX_CHARS: Final = 80


def to_html(article: Article, *, document: bool = False) -> str:
    """Write ``article`` as semantic HTML.

    The fragment is one ``<article class="newsdoc">``: the date in ``<header><time
    datetime="YYYY-MM-DD">``, the lede in ``<p class="lede">``, then one ``<section>`` per
    section with its key in ``data-key``. Paragraphs are ``<p>``; list items are ``<li>``
    in ``<ul>`` or ``<ol>`` (with ``start`` where the first number is not 1); headings
    are ``<h2>``, or ``<h3>`` for one that ends in a colon; labels are ``<strong
    class="label">`` with their colon. A quote is ``<q data-speaker="...">`` around its
    words, or ``<blockquote data-speaker="...">`` where it is the whole paragraph. An
    attribution is ``<span class="attribution">`` with ``data-kind`` and, where known,
    ``data-named``, ``data-count``, ``data-name``, ``data-role`` and ``data-resolved``;
    inside it ``<span class="source">`` and ``<span class="cue">`` mark its words. Each
    piece of what it credits (its :attr:`~newsdoc.Attribution.content`) is a ``<span
    class="content">`` beside the clause, tied to it by ``data-attribution``: the
    attribution's position among the article's attributions (from 0), which the
    attribution's element carries too where its content is marked. An article read
    without sourcing (:attr:`~newsdoc.Article.sourcing` False) has no such marks because
    none were looked for, and its element says so: ``<article class="newsdoc"
    data-sourcing="false">``.

    Every text and attribute value is escaped, so no text of the article can become
    markup. With ``document=True`` the fragment is wrapped in a minimal HTML5 page with
    a small stylesheet, titled with the start of the lede.

    What it drops: list markers (the list's kind and start number stay), the partial
    flag of quotes, an attribution's rule, spans and diagnostics; quotes, attributions and
    content whose words are not found in their paragraph's text are not marked, and
    neither is content outside its attribution's paragraph. A piece of content that
    crosses a quote or a clause is marked in parts that nest; where the content of two
    attributions crosses, the piece that opens later is not marked. Control characters
    other than tab become U+FFFD.

    >>> from newsdoc import parse
    >>> print(to_html(parse(" date 2023-10-16 Lede <b>.\\n\\nWhy it matters: Time.\\n\\n")), end="")
    <article class="newsdoc">
    <header><time datetime="2023-10-16">2023-10-16</time></header>
    <p class="lede">Lede &lt;b&gt;.</p>
    <section data-key="why_it_matters">
    <p><strong class="label">Why it matters:</strong> Time.</p>
    </section>
    </article>
    """
    lines = ['<article class="newsdoc">' if article.sourcing else '<article class="newsdoc" data-sourcing="false">']
    if article.date is not None:
        iso = article.date.isoformat()
        lines.append(f'<header><time datetime="{iso}">{iso}</time></header>')
    numbers = _Numbers()
    lines.append(f'<p class="lede">{_content(article.lede, numbers.take(article.lede))}</p>')
    for section in article.sections:
        lines.extend(_section(section, numbers))
    lines.append("</article>")
    fragment = "\n".join(lines) + "\n"
    if not document:
        return fragment
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(_title(article))}</title>\n"
        f"<style>\n{STYLESHEET}</style>\n"
        f"</head>\n<body>\n{fragment}</body>\n</html>\n"
    )


class _Numbers:
    """The number of the next attribution of the article: each paragraph takes one per attribution, in turn."""

    __slots__ = ("next",)

    def __init__(self) -> None:
        self.next = 0

    def take(self, paragraph: Paragraph) -> int:
        """The number of the paragraph's first attribution."""
        first = self.next
        self.next += len(paragraph.attributions)
        return first


def _section(section: Section, numbers: _Numbers) -> Iterator[str]:
    yield "<section>" if section.key is None else f'<section data-key="{_attr(section.key)}">'
    open_list: tuple[str, int | None] | None = None
    for paragraph in section.paragraphs:
        if paragraph.kind is not ParagraphKind.ITEM and open_list is not None:
            yield _close(open_list)
            open_list = None
        first = numbers.take(paragraph)
        match paragraph.kind:
            case ParagraphKind.TEXT:  # the most common first: each case looks its member up
                yield _text_paragraph(paragraph, first)
            case ParagraphKind.ITEM:
                kind = list_kind(paragraph.marker)
                if open_list is not None and open_list[0] != kind[0]:
                    yield _close(open_list)
                    open_list = None
                if open_list is None:
                    open_list = kind
                    yield _open(kind)
                yield f"<li>{_content(paragraph, first)}</li>"
            case ParagraphKind.HEADING:
                level = heading_level(paragraph)
                yield f"<h{level}>{_content(paragraph, first)}</h{level}>"
            case _ as unreachable:
                assert_never(unreachable)
    if open_list is not None:
        yield _close(open_list)
    yield "</section>"


def _open(kind: tuple[str, int | None]) -> str:
    number = kind[1]
    if number is None:
        return "<ul>"
    return "<ol>" if number == 1 else f'<ol start="{number}">'


def _close(kind: tuple[str, int | None]) -> str:
    return "</ul>" if kind[1] is None else "</ol>"


def _text_paragraph(paragraph: Paragraph, first: int) -> str:
    """A ``<p>``, or a ``<blockquote>`` where the paragraph is one quote and its marks."""
    marks = locate(paragraph)
    if len(marks) == 1 and paragraph.label is None:
        start, end, quote, _ = marks[0]
        text = paragraph.text
        if isinstance(quote, Quote) and _QUOTE_MARKS_ONLY.fullmatch(text[:start] + text[end:]) is not None:
            return f"<blockquote{_speaker(quote)}><p>{_text(text)}</p></blockquote>"
    return f"<p>{_content(paragraph, first, marks)}</p>"


def _content(paragraph: Paragraph, first: int, marks: list[Located] | None = None) -> str:
    """The inside of a paragraph's element: prefix, label and marked-up text.

    ``first`` is the number of the paragraph's first attribution in the article.
    """
    located = locate(paragraph) if marks is None else marks
    numbers: dict[int, int] = {}
    if located and any(a.content for a in paragraph.attributions):
        located, numbers = mark_content(paragraph, located, first)
    text = _inline(paragraph.text, located, numbers)
    if paragraph.label is None:
        return text
    label = f'{_text(paragraph.label_prefix or "")}<strong class="label">{_text(paragraph.label)}:</strong>'
    return f"{label} {text}" if paragraph.text else label


def _inline(text: str, marks: list[Located], numbers: dict[int, int]) -> str:
    """The text with each located quote, attribution and piece of content wrapped in its element.

    ``numbers`` gives the number of each attribution whose content is marked, by its ``id``.
    """
    escaped = _text(text)
    if not marks:
        return escaped
    out: list[str] = []  # pieces of the text and tags, in turn
    pos = 0
    open_ends: list[tuple[int, str]] = []
    for start, end, node, part in marks:
        while open_ends and open_ends[-1][0] <= start:
            closed, close = open_ends.pop()
            out += (text[pos:closed], close)
            pos = closed
        out += (text[pos:start], _tag(node, part, numbers))
        pos = start
        open_ends.append((end, "</q>" if part == "quote" else "</span>"))
    while open_ends:
        closed, close = open_ends.pop()
        out += (text[pos:closed], close)
        pos = closed
    out.append(text[pos:])
    if escaped != text:
        # Escaping goes character by character, so the pieces can be escaped one by one; most
        # texts have nothing to escape, and their pieces are written as they are cut.
        out[::2] = [_text(piece) for piece in out[::2]]
    return "".join(out)


def _tag(node: Quote | Attribution, part: str, numbers: dict[int, int]) -> str:
    match node:
        case Quote():
            return f"<q{_speaker(node)}>"
        case Attribution():
            if part == "content":
                return f'<span class="content" data-attribution="{numbers[id(node)]}">'
            if part != "attribution":
                return f'<span class="{part}">'
            tag = _attribution_tag(node.kind, node.named, node.count, node.name, node.role, node.resolved)
            number = numbers.get(id(node)) if numbers else None
            return tag if number is None else f'{tag[:-1]} data-attribution="{number}">'
        case _ as unreachable:
            assert_never(unreachable)


# Most attributions of an article share a few such tags (``said``, one named source): kept,
# each costs a tenth of writing it. Typed, so that 1 and True are told apart.
@functools.lru_cache(maxsize=1024, typed=True)
def _attribution_tag(  # noqa: PLR0917 - positional, for the cache's key
    kind: AttributionKind,
    named: bool | None,
    count: int | None,
    name: str | None,
    role: str | None,
    resolved: str | None,
) -> str:
    """The opening tag of an attribution's element, with what is known of its source."""
    data = {
        "kind": kind.value,
        "named": None if named is None else str(named).lower(),
        "count": None if count is None else str(count),
        "name": name,
        "role": role,
        "resolved": resolved,
    }
    attrs = "".join(f' data-{k}="{_attr(v)}"' for k, v in data.items() if v is not None)
    return f'<span class="attribution"{attrs}>'


def _speaker(quote: Quote) -> str:
    return "" if quote.speaker is None else f' data-speaker="{_attr(quote.speaker)}"'


def _title(article: Article) -> str:
    """The page title: the lede, cut at a space before 80 characters, else the date."""
    lede = article.lede.text.strip()
    if len(lede) > _TITLE_MAX_CHARS:
        cut = lede.rfind(" ", 0, _TITLE_MAX_CHARS)
        lede = lede[: cut if cut > 0 else _TITLE_MAX_CHARS].rstrip() + "…"
    if lede:
        return lede
    return article.date.isoformat() if article.date is not None else "Article"


def _text(text: str) -> str:
    """``html.escape(replace_controls(text), quote=False)``: a paragraph cut around its quotes has several."""
    return replace_controls(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    """``html.escape(replace_controls(value), quote=True)``."""
    return _text(value).replace('"', "&quot;").replace("'", "&#x27;")
