"""The seed format: the canonical text that :func:`newsdoc.parse` reads back to an equal Article."""

from __future__ import annotations

from typing import assert_never

from newsdoc._model import Article, Paragraph, ParagraphKind

__all__ = ["to_text"]


def to_text(article: Article) -> str:
    """Write ``article`` in the canonical seed format.

    The first line is the header (a space, ``date``, the ISO date and a space) and the
    lede; paragraphs are separated by a blank line, list items stand on the lines right
    under their paragraph, and the text ends with a blank line. For every canonical input
    ``to_text(parse(t)) == t``, and for any input ``to_text(parse(x))`` is a fixed point.

    >>> from newsdoc import parse
    >>> to_text(parse("date: Oct. 16, 2023\\nLede.\\n\\n* An item\\n"))
    ' date 2023-10-16 Lede.\\n- An item\\n\\n'
    """
    lede = _line(article.lede)
    if article.date is None:
        if not lede and not article.sections:
            return ""
        parts = [lede]
    else:
        parts = [f" date {article.date.isoformat()}", f" {lede}" if lede else ""]
    for section in article.sections:
        for paragraph in section.paragraphs:
            match paragraph.kind:
                case ParagraphKind.ITEM:
                    parts.append("\n")
                case ParagraphKind.TEXT | ParagraphKind.HEADING:
                    parts.append("\n\n")
                case _ as unreachable:
                    assert_never(unreachable)
            parts.append(_line(paragraph))
    parts.append("\n\n")
    return "".join(parts)


def _line(paragraph: Paragraph) -> str:
    marker = f"{paragraph.marker} " if paragraph.marker is not None else ""
    if paragraph.label is None:
        return marker + paragraph.text
    prefix = paragraph.label_prefix or ""
    body = f" {paragraph.text}" if paragraph.text else ""
    return f"{marker}{prefix}{paragraph.label}:{body}"
