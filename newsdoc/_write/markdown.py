"""CommonMark, as a reader would write the article by hand."""

from __future__ import annotations

import unicodedata
from typing import Final, assert_never

import regex

from newsdoc._model import Article, Paragraph, ParagraphKind
from newsdoc._write._parts import heading_level, list_kind, replace_controls

__all__ = ["to_markdown"]

# Characters that are Markdown syntax wherever they stand: backslash, code, emphasis,
# links, raw HTML and autolinks, and the tilde of GFM strikethrough and code fences.
_INLINE_SYNTAX: Final = regex.compile(r"[\\`*_\[\]<~]")
# An ampersand that would start an entity or a numeric character reference.
_ENTITY_START: Final = regex.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Syntax that only counts at the start of a line: a heading, a block quote, a bullet
# list item or a thematic break (``-``, ``+``), or the delimiter of an ordered list
# item (``1.``, ``2)``), which is escaped instead of its digits.
_LINE_START_SYNTAX: Final = regex.compile(r"[#>-]|\+(?=[ \t]|$)|\d{1,9}\K[.)](?=[ \t]|$)")
# The characters CommonMark parsers (and JavaScript's trim) strip from both ends of a
# paragraph or a heading: spaces, tabs, Unicode space separators, line and paragraph
# separators, and the byte order mark. Leading, they also stop ``**`` from opening bold.
_LEADING_SPACE: Final = regex.compile(r"^[\p{Zs}\t\u2028\u2029\ufeff]+")
# Searched from the end (REVERSE): a forward search would try the run from each of its
# characters in turn, and take time quadratic in its length.
_TRAILING_SPACE: Final = regex.compile(r"[\p{Zs}\t\u2028\u2029\ufeff]+$", flags=regex.REVERSE)


def to_markdown(article: Article) -> str:
    """Write ``article`` as CommonMark.

    The date is an emphasised first line (``*2023-10-16*``), labels are bold with their
    colon (``**Why it matters:**``), list items are list items (ordered where their
    marker is a number, bulleted otherwise) and headings are ATX headings, ``##`` or
    ``###`` for one that ends in a colon. Every Markdown metacharacter in the text is
    escaped and spaces at either end of a line are written as character references, so
    that a CommonMark parser gives back every character of the text.

    What it drops: quotes, attributions, what each attribution credits, spans and
    diagnostics (their words are kept as text), so an article read without sourcing is
    written as the same article read in full; the section boundaries (a labeled paragraph
    still opens each section); bullet characters other than ``-`` (every bulleted item is
    written with ``-``); an unlabeled text paragraph with no text, which CommonMark
    cannot hold. Control characters other than tab become U+FFFD.

    >>> from newsdoc import parse
    >>> print(to_markdown(parse(" date 2023-10-16 Lede *here*.\\n\\nWhy it matters: Time.\\n- One\\n\\n")))
    *2023-10-16*
    <BLANKLINE>
    Lede \\*here\\*.
    <BLANKLINE>
    **Why it matters:** Time.
    <BLANKLINE>
    - One
    <BLANKLINE>
    """
    blocks: list[str] = []
    if article.date is not None:
        blocks.append(f"*{article.date.isoformat()}*")
    if article.lede.text or article.lede.label is not None:
        blocks.append(_paragraph(article.lede))
    items: list[str] = []
    list_delimiter = ""
    for paragraph in (p for section in article.sections for p in section.paragraphs):
        match paragraph.kind:
            case ParagraphKind.ITEM:
                delimiter, number = list_kind(paragraph.marker)
                if items and delimiter != list_delimiter:
                    # A list of another kind starts here: a blank line sets it apart.
                    blocks.append("\n".join(items))
                    items = []
                list_delimiter = delimiter
                bullet = "-" if number is None else f"{number}{delimiter}"
                line = _paragraph(paragraph)
                items.append(f"{bullet} {line}" if line else bullet)
                continue
            case ParagraphKind.HEADING:
                content = _heading(paragraph)
                block = "#" * heading_level(paragraph) + (f" {content}" if content else "")
            case ParagraphKind.TEXT:
                if not paragraph.text and paragraph.label is None:
                    continue
                block = _paragraph(paragraph)
            case _ as unreachable:
                assert_never(unreachable)
        if items:
            blocks.append("\n".join(items))
            items = []
        blocks.append(block)
    if items:
        blocks.append("\n".join(items))
    return "".join(f"{block}\n\n" for block in blocks).removesuffix("\n")


def _paragraph(paragraph: Paragraph) -> str:
    """The text of a paragraph or list item: prefix, bold label and text."""
    if paragraph.label is None:
        return _escape(paragraph.text, line_start=True, trailing=True)
    prefix = _escape(paragraph.label_prefix or "", line_start=True)
    label = _escape(paragraph.label, leading=True)
    if not _opens_bold(prefix, label):
        # The bold mark would not open: write the last character of the prefix as a
        # reference, whose ``;`` lets it open.
        prefix = f"{prefix[:-1]}&#{ord(prefix[-1])};"
    text = f" {_escape(paragraph.text, trailing=True)}" if paragraph.text else ""
    return f"{prefix}**{label}:**{text}"


def _heading(paragraph: Paragraph) -> str:
    """A heading's text, with a closing ``#`` escaped so that it is not read as a closing sequence."""
    line = _paragraph(paragraph)
    return f"{line[:-1]}\\#" if line.endswith("#") and not line.endswith("\\#") else line


def _escape(text: str, *, line_start: bool = False, leading: bool = False, trailing: bool = False) -> str:
    """``text`` with its Markdown syntax escaped.

    Spaces that a parser would strip or that would stop a bold mark from opening are
    written as character references: leading ones at the start of a line or where
    ``leading`` is true, trailing ones where ``trailing`` is true.
    """
    text = replace_controls(text)
    # A substitution reads its template each time, at four times the cost of a search: most
    # texts have no syntax to escape, and only a search is paid for them.
    if _INLINE_SYNTAX.search(text) is not None:
        text = _INLINE_SYNTAX.sub(r"\\\g<0>", text)
    if "&" in text:
        text = _ENTITY_START.sub(r"\\&", text)
    if line_start:
        m = _LINE_START_SYNTAX.match(text)
        if m is not None:
            text = f"{text[: m.start()]}\\{text[m.start() :]}"
    if line_start or leading:
        m = _LEADING_SPACE.match(text)
        if m is not None:
            text = _references(m) + text[m.end() :]
    if trailing:
        m = _TRAILING_SPACE.search(text)
        if m is not None:
            text = text[: m.start()] + _references(m)
    return text


def _references(m: regex.Match[str]) -> str:
    return "".join(f"&#{ord(c)};" for c in m.group())


def _opens_bold(prefix: str, label: str) -> bool:
    """Whether ``**`` between ``prefix`` and ``label`` opens strong emphasis (is left-flanking)."""
    after = label[0] if label else ":"
    if _is_space(after):
        return False
    if not _is_punctuation(after) or not prefix:
        return True
    before = prefix[-1]
    return _is_space(before) or _is_punctuation(before)


def _is_space(ch: str) -> bool:
    return ch in "\t\n\f\r" or unicodedata.category(ch) == "Zs"


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"
