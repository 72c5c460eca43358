"""IPTC ninjs 3.1: the article as a news item for newsroom systems."""

from __future__ import annotations

from typing import Final

import attrs

from newsdoc._json.codec import JSONObject, JSONValue
from newsdoc._model import Article
from newsdoc._write._parts import body_text
from newsdoc._write.html import to_html

__all__ = ["NINJS_SCHEMA", "to_ninjs"]

NINJS_SCHEMA: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
"""The ``$id`` of the ninjs JSON Schema that :func:`to_ninjs` writes to."""


def to_ninjs(
    article: Article,
    *,
    uri: str,
    headline: str | None = None,
    language: str | None = None,
) -> JSONObject:
    """The article as an IPTC ninjs 3.1 news item (a dict ready for ``json.dumps``).

    The item has ``type`` ``text``, names its ``standard``, and holds:

    - ``firstCreated``: the date, as midnight UTC (``2023-10-16T00:00:00Z``), because
      ninjs dates are date-times;
    - ``descriptions``: the lede, with role ``summary``, where the lede has text;
    - ``bodies``: the body as HTML (:func:`~newsdoc.to_html` without the date) and as
      plain text (paragraphs between blank lines, items with their markers), the text
      one with its ``charCount`` and ``wordCount``;
    - ``people``: each person quoted, once, in order of first quote, with ``rel``
      ``quoted``: the speaker's name, or for a pronoun the name it refers to;
    - ``organisations``: each named speaker that is not a person (``named`` with no
      name), the same way.

    For an article read without sourcing (:attr:`~newsdoc.Article.sourcing` False), nobody
    is listed as quoted because quotes were not looked for; ninjs has no field that says
    so, and the HTML body's ``<article>`` does (``data-sourcing="false"``).

    What ninjs cannot hold, and so is only in the HTML body or nowhere: labels, sections,
    headings and list items as data (they are in the HTML body's markup); quotes,
    attributions and what each attribution credits as data (the HTML body marks them);
    the role of a person quoted (ninjs people have no role); speakers that are neither
    named people nor named organisations (``a senior official``); attributions that
    belong to no quote; the partial flag of quotes; spans and diagnostics. The date
    gains a time it did not have.

    Args:
        article: The article to write.
        uri: The item's globally unique identifier, required by ninjs.
        headline: The headline, written as the item's one ``headlines`` entry.
        language: The language of the text as a BCP 47 tag (``en``).

    >>> from newsdoc import parse
    >>> item = to_ninjs(parse(" date 2023-10-16 Lede.\\n\\n"), uri="https://example.com/a")
    >>> item["firstCreated"], item["descriptions"]
    ('2023-10-16T00:00:00Z', [{'role': 'summary', 'contentType': 'text/plain', 'value': 'Lede.'}])
    """
    item: JSONObject = {
        "uri": uri,
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA},
        "type": "text",
        "representationType": "full",
    }
    if language is not None:
        item["language"] = language
    if article.date is not None:
        item["firstCreated"] = f"{article.date.isoformat()}T00:00:00Z"
    if headline is not None:
        item["headlines"] = [{"value": headline}]
    if article.lede.text:
        item["descriptions"] = [{"role": "summary", "contentType": "text/plain", "value": article.lede.text}]
    text = body_text(article)
    item["bodies"] = [
        {"contentType": "text/html", "value": to_html(attrs.evolve(article, date=None))},
        {"contentType": "text/plain", "value": text, "charCount": len(text), "wordCount": len(text.split())},
    ]
    people, organisations = _speakers(article)
    if people:
        item["people"] = people
    if organisations:
        item["organisations"] = organisations
    return item


def _speakers(article: Article) -> tuple[list[JSONValue], list[JSONValue]]:
    """The people and the organisations quoted, each once, in order of first quote."""
    people: dict[str, JSONValue] = {}
    organisations: dict[str, JSONValue] = {}
    for quote in article.quotes:
        attribution = quote.attribution
        if attribution is None:
            continue
        person = attribution.name or attribution.resolved
        if person:
            people.setdefault(person, {"name": person, "rel": "quoted"})
        elif attribution.named and attribution.source:
            organisations.setdefault(attribution.source, {"name": attribution.source, "rel": "quoted"})
    return list(people.values()), list(organisations.values())
