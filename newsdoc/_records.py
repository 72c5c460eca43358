"""Flat records of an article's quotes and attributions, for data frames and Parquet files.

Every record is a ``dict`` whose values are plain ``str``, ``int``, ``bool`` or ``None``,
with the same keys in the same order for every record of its kind, so that
``pandas.DataFrame(records)`` and Parquet writers take a list of them as it is. The keys
and the pandas dtype of each are data, in :mod:`newsdoc._record_columns`.

An article read without sourcing has no records to give: its quotes were not looked for,
and no records would read as none found. Both functions raise ``ValueError`` for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeAlias

from newsdoc._diagnostics import Span
from newsdoc._model import Article, Attribution, Paragraph, label_key
from newsdoc._record_columns import SOURCE_KEYS

__all__ = ["Record", "attribution_records", "quote_records"]

Record: TypeAlias = dict[str, str | int | bool | None]
"""One flat record: a column name to a plain value."""


def quote_records(article: Article) -> Iterator[Record]:
    """One flat record per quote of ``article``, in document order.

    The keys, always all present and in this order:

    - ``quote`` (int): the quote's position among the article's quotes, from 0.
    - ``paragraph`` (int): its paragraph's position in :attr:`Article.paragraphs` (the lede is 0).
    - ``section`` (str or None): the label of the section it is in; None in the lede and
      in a section without a label.
    - ``section_key`` (str or None): that label as a key, ``why_it_matters``.
    - ``date`` (str or None): the article's date, ``YYYY-MM-DD``.
    - ``text`` (str): the quoted words, verbatim.
    - ``partial`` (bool): whether the quote is a fragment inside a sentence.
    - ``speaker`` (str or None): the source's noun phrase as written, where one is credited.
    - ``cue``, ``kind``, ``named``, ``count``, ``name``, ``role``, ``resolved``: the fields of the
      quote's :class:`~newsdoc.Attribution` (``kind`` as its string value), None without one.
    - ``speaker_resolved`` (str or None): who spoke, in one name: the name a pronoun was
      resolved to, else the person's name, else the source as written (``he`` where the
      pronoun was not resolved); None without an attribution. Count speakers by this column.
    - ``content`` (str or None): the :attr:`~newsdoc.Attribution.content` of the quote's
      attribution, all that it credits (the words of every quote it credits, and any
      reported speech); None without an attribution or where it credits nothing.
    - ``attribution`` (int or None): the position of that attribution in
      :func:`attribution_records`, to join the two tables; it may stand in another
      paragraph (``Frank said:`` before the quote). None where the quote has no
      attribution or its attribution is not among the article's.
    - ``start``, ``end`` (int or None): where the quoted words stand in the parsed text.

    Raises:
        ValueError: the article was read without sourcing (:attr:`Article.sourcing
            <newsdoc.Article.sourcing>` is False), so its quotes were not looked for.

    >>> from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote
    >>> said = Attribution(source="she", cue="said", kind=AttributionKind.SAID, named=True)
    >>> quote = Quote(text="We are ready,", attribution=said)
    >>> lede = Paragraph(text='"We are ready," she said.', quotes=(quote,), attributions=(said,))
    >>> [(r["text"], r["speaker"], r["kind"], r["attribution"]) for r in quote_records(Article(lede=lede))]
    [('We are ready,', 'she', 'said', 0)]
    >>> said = Attribution(source="she", cue="said", kind=AttributionKind.SAID, named=True, resolved="Jane Roe")
    >>> quote = Quote(text="We are ready,", attribution=said)
    >>> lede = Paragraph(text='"We are ready," she said.', quotes=(quote,), attributions=(said,))
    >>> [(r["speaker"], r["speaker_resolved"]) for r in quote_records(Article(lede=lede))]
    [('she', 'Jane Roe')]
    """
    _require_sourcing(article, "quote")  # now, not at the first record
    return _quote_records(article)


def _quote_records(article: Article) -> Iterator[Record]:
    links = _Links(article)
    index = 0
    for number, (paragraph, section) in enumerate(_placed(article)):
        for quote in paragraph.quotes:
            record: Record = {"quote": index, **_place(article, number, section)}
            record["text"] = quote.text
            record["partial"] = quote.partial
            record["speaker"] = quote.speaker
            record.update(_source_fields(quote.attribution))
            record["attribution"] = links.attribution_of[index]
            record.update(_offsets(quote.span))
            yield record
            index += 1


def attribution_records(article: Article) -> Iterator[Record]:
    """One flat record per attribution of ``article``, in document order.

    The keys, always all present and in this order:

    - ``attribution`` (int): the attribution's position among the article's attributions, from 0.
    - ``paragraph``, ``section``, ``section_key``, ``date``: as in :func:`quote_records`.
    - ``source`` (str): the source's noun phrase as written.
    - ``cue`` (str), ``kind`` (str: ``said``, ``according_to``, ``declined`` or ``no_response``),
      ``named`` (bool or None), ``count`` (int or None), ``name``, ``role``, ``resolved``
      (str or None), ``rule`` (str): the fields of the :class:`~newsdoc.Attribution`.
    - ``speaker_resolved`` (str): the resolved name, else the person's name, else ``source``.
    - ``content`` (str or None): what the attribution credits to its source (the quoted
      words, or the clause of reported speech), its pieces joined by a space; None where
      it credits nothing (``declined``, ``no_response``) or the text gives no content.
    - ``quote`` (int or None): the position in :func:`quote_records` of the first quote
      this attribution credits, in any paragraph; None where it credits no quote.
    - ``start``, ``end`` (int or None): where the whole attribution clause stands in the parsed text.

    Raises:
        ValueError: the article was read without sourcing (:attr:`Article.sourcing
            <newsdoc.Article.sourcing>` is False), so its attributions were not looked for.
    """
    _require_sourcing(article, "attribution")  # now, not at the first record
    return _attribution_records(article)


def _attribution_records(article: Article) -> Iterator[Record]:
    links = _Links(article)
    index = 0
    for number, (paragraph, section) in enumerate(_placed(article)):
        for attribution in paragraph.attributions:
            record: Record = {"attribution": index, **_place(article, number, section)}
            record["source"] = attribution.source
            record.update(_source_fields(attribution))
            record["rule"] = attribution.rule
            record["quote"] = links.quote_of[index]
            record.update(_offsets(attribution.span))
            yield record
            index += 1


def _require_sourcing(article: Article, kind: str) -> None:
    """Refuse an article whose quotes and attributions were not looked for: no records would read as none."""
    if not article.sourcing:
        msg = (
            f"no {kind} records: the article was read without sourcing (parse(..., sourcing=False)), "
            f"so its {kind}s were not looked for; parse it with sourcing=True to count them"
        )
        raise ValueError(msg)


class _Links:
    """Which attribution credits each quote, and the first quote each attribution credits.

    A quote's attribution is the article's attribution equal to it and at the same span,
    looked for first in the quote's own paragraph and then anywhere (``Frank said:`` may
    stand in the paragraph before the quote).
    """

    def __init__(self, article: Article) -> None:
        placed = [(number, a) for number, (p, _) in enumerate(_placed(article)) for a in p.attributions]
        self.attribution_of: list[int | None] = []
        self.quote_of: list[int | None] = [None] * len(placed)
        for number, (paragraph, _section) in enumerate(_placed(article)):
            for quote in paragraph.quotes:
                found = [i for i, (_, a) in enumerate(placed) if _same(quote.attribution, a)]
                here = [i for i in found if placed[i][0] == number]
                candidates = here or found
                link = candidates[0] if candidates else None
                if link is not None and self.quote_of[link] is None:
                    self.quote_of[link] = len(self.attribution_of)
                self.attribution_of.append(link)


def _placed(article: Article) -> Iterator[tuple[Paragraph, str | None]]:
    """Every paragraph in document order with the label of its section (None for the lede)."""
    yield article.lede, None
    for section in article.sections:
        for paragraph in section.paragraphs:
            yield paragraph, section.label


def _place(article: Article, number: int, section: str | None) -> Record:
    return {
        "paragraph": number,
        "section": section,
        "section_key": label_key(section),
        "date": article.date.isoformat() if article.date is not None else None,
    }


def _source_fields(attribution: Attribution | None) -> Record:
    if attribution is None:
        return dict.fromkeys(SOURCE_KEYS)
    return {
        "cue": attribution.cue,
        "kind": attribution.kind.value,
        "named": attribution.named,
        "count": attribution.count,
        "name": attribution.name,
        "role": attribution.role,
        "resolved": attribution.resolved,
        "speaker_resolved": _speaker_resolved(attribution),
        "content": attribution.content,
    }


def _speaker_resolved(attribution: Attribution) -> str:
    """Who spoke, in one name: the resolved pronoun, else the person's name, else the source as written."""
    if attribution.resolved is not None:
        return attribution.resolved
    return attribution.name if attribution.name is not None else attribution.source


def _offsets(span: Span | None) -> Record:
    return {"start": span.start, "end": span.end} if span is not None else {"start": None, "end": None}


def _same(credited: Attribution | None, attribution: Attribution) -> bool:
    """Whether a quote's attribution is this one: equal content at the same place."""
    return credited is not None and credited == attribution and credited.span == attribution.span
