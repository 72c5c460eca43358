"""schema.org JSON-LD: the article as a NewsArticle for search engines and linked data."""

from __future__ import annotations

from newsdoc._json.codec import JSONObject, JSONValue
from newsdoc._model import Article, Attribution, Quote
from newsdoc._write._parts import body_text

__all__ = ["to_jsonld"]


def to_jsonld(article: Article, *, url: str | None = None) -> JSONObject:
    """The article as a schema.org ``NewsArticle`` in JSON-LD (a dict ready for ``json.dumps``).

    It holds ``@context`` (``https://schema.org``), ``@id`` and ``url`` where ``url`` is
    given, ``datePublished`` (``2023-10-16``), ``description`` (the lede),
    ``articleBody`` (the lede and every paragraph as plain text, items with their
    markers) and its ``wordCount``, and ``hasPart``: one ``Quotation`` per quote, in order,
    whose ``text`` is the quote and whose ``creator`` is the speaker:

    - a ``Person`` with ``name`` where the speaker names a person (or, for a pronoun,
      where the text says who it is), and ``jobTitle`` where the role is known;
    - an ``Organization`` with ``name`` where the speaker is named but is not a person;
    - a ``Person`` with a ``description`` (the phrase as written, ``a senior Israeli
      official``) and ``jobTitle`` where known, for an unnamed speaker;
    - a node with only the ``description`` where the text leaves open whether the
      speaker is a person or an organization (``the company``).

    A quote with no speaker has no ``creator``. An article read without sourcing
    (:attr:`~newsdoc.Article.sourcing` False) has no ``hasPart``: schema.org has no term
    for quotes not looked for, so the document leaves them out rather than list none.

    What it drops: labels, sections, headings and lists (``articleBody`` is plain text);
    attributions that belong to no quote; an attribution's cue, kind, count, rule and
    content (a quote's words are its ``text``; schema.org's ``Claim`` is for factually
    oriented claims, and content also holds requests and opinions); the partial flag of
    quotes; spans and diagnostics.

    The values are the article's text, unescaped. To embed the document in a page's
    ``<script type="application/ld+json">``, write ``<`` as ``\\u003c`` so that no text
    can close the script: ``json.dumps(doc).replace("<", "\\u003c")``.

    >>> from newsdoc import parse
    >>> doc = to_jsonld(parse(" date 2023-10-16 Lede.\\n\\n"), url="https://example.com/a")
    >>> doc["@type"], doc["datePublished"], doc["description"]
    ('NewsArticle', '2023-10-16', 'Lede.')
    """
    doc: JSONObject = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if url is not None:
        doc["@id"] = url
        doc["url"] = url
    if article.date is not None:
        doc["datePublished"] = article.date.isoformat()
    if article.lede.text:
        doc["description"] = article.lede.text
    body = body_text(article)
    doc["articleBody"] = body
    doc["wordCount"] = len(body.split())
    quotations: list[JSONValue] = [_quotation(quote) for quote in article.quotes]
    if quotations:
        doc["hasPart"] = quotations
    return doc


def _quotation(quote: Quote) -> JSONObject:
    quotation: JSONObject = {"@type": "Quotation", "text": quote.text}
    if quote.attribution is not None:
        quotation["creator"] = _creator(quote.attribution)
    return quotation


def _creator(attribution: Attribution) -> JSONObject:
    name = attribution.name or attribution.resolved
    creator: JSONObject
    if name:
        creator = {"@type": "Person", "name": name}
    elif attribution.named:
        return {"@type": "Organization", "name": attribution.source}
    elif attribution.named is False:
        creator = {"@type": "Person", "description": attribution.source}
    else:
        return {"description": attribution.source}
    if attribution.role:
        creator["jobTitle"] = attribution.role
    return creator
