"""to_jsonld: a schema.org NewsArticle with each quote as a Quotation by a Person or an Organization."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article, Attribution, JSONObject, JSONValue, Paragraph, Quote, Section

from _support import corpus_files, read
from _writers import CREDITED, said, uncredited
from strategies import articles

VOCABULARY: dict[str | None, set[str]] = {
    "NewsArticle": {"@context", "@type", "@id", "url", "datePublished", "description", "articleBody", "wordCount"}
    | {"hasPart"},
    "Quotation": {"@type", "text", "creator"},
    "Person": {"@type", "name", "description", "jobTitle"},
    "Organization": {"@type", "name", "description"},
    None: {"description"},
}
"""The schema.org properties each type may carry here, from the type pages of schema.org.

``articleBody`` and ``wordCount`` are Article's; ``datePublished``, ``hasPart`` and ``text``
CreativeWork's; ``jobTitle`` Person's; ``name``, ``description`` and ``url`` Thing's.
A node without a type may only describe itself.
"""


def nodes(value: JSONValue) -> list[JSONObject]:
    """Every object in a JSON value, the value itself first."""
    if isinstance(value, dict):
        return [value, *(n for v in value.values() for n in nodes(v))]
    if isinstance(value, list):
        return [n for v in value for n in nodes(v)]
    return []


def check(doc: JSONObject) -> None:
    """The document is JSON whose every node uses only the properties its schema.org type has."""
    assert json.loads(json.dumps(doc)) == doc
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    for node in nodes(doc):
        kind = node.get("@type")
        assert kind is None or isinstance(kind, str)
        assert set(node) <= VOCABULARY[kind], (kind, set(node) - VOCABULARY[kind])


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_articles(path: Path) -> None:
    """Each article of the corpus has its date, lede and body, and the body parses back to the article."""
    article = newsdoc.parse(read(path))
    doc = newsdoc.to_jsonld(article, url="https://www.axios.com/a")
    check(doc)
    assert article.date is not None
    assert doc["datePublished"] == article.date.isoformat()
    assert doc["description"] == article.lede.text
    assert doc["@id"] == doc["url"] == "https://www.axios.com/a"
    body = doc["articleBody"]
    assert isinstance(body, str)
    assert newsdoc.parse(f" date {article.date.isoformat()} {body}\n\n") == article
    assert doc["wordCount"] == len(body.split())
    assert len(doc.get("hasPart", [])) == len(article.quotes)  # type: ignore[arg-type]  # a list where present


@given(articles)
def test_any_article(article: Article) -> None:
    """For an arbitrary Article, the document keeps to the vocabulary and has one Quotation per quote."""
    doc = newsdoc.to_jsonld(article)
    check(doc)
    parts = doc.get("hasPart", [])
    assert isinstance(parts, list)
    assert [p["text"] for p in parts if isinstance(p, dict)] == [q.text for q in article.quotes]


CREATOR_CASES = [
    (
        "a named person with a role",
        said("spokesperson Mathew Miller", named=True, name="Mathew Miller", role="State Department spokesperson"),
        {"@type": "Person", "name": "Mathew Miller", "jobTitle": "State Department spokesperson"},
    ),
    ("a named person", said("Miller", named=True, name="Mathew Miller"), {"@type": "Person", "name": "Mathew Miller"}),
    (
        "a pronoun the text resolves",
        said("he", resolved="Keith Ferrazzi"),
        {"@type": "Person", "name": "Keith Ferrazzi"},
    ),
    ("an organization", said("the White House", named=True), {"@type": "Organization", "name": "the White House"}),
    (
        "an unnamed person",
        said("a senior Israeli official", named=False),
        {"@type": "Person", "description": "a senior Israeli official"},
    ),
    (
        "an unnamed person with a role",
        said("a State Department spokesperson", named=False, role="State Department spokesperson"),
        {
            "@type": "Person",
            "description": "a State Department spokesperson",
            "jobTitle": "State Department spokesperson",
        },
    ),
    ("a speaker of unknown kind", said("the company"), {"description": "the company"}),
]


@pytest.mark.parametrize(("attribution", "creator"), [c[1:] for c in CREATOR_CASES], ids=[c[0] for c in CREATOR_CASES])
def test_quotation_creator(attribution: Attribution, creator: JSONObject) -> None:
    """A quote's creator is a Person or an Organization as the attribution says, with jobTitle where known."""
    quote = Quote(text="We will act.", attribution=attribution)
    article = Article(sections=(Section(paragraphs=(Paragraph(text='"We will act."', quotes=(quote,)),)),))
    doc = newsdoc.to_jsonld(article)
    check(doc)
    assert doc["hasPart"] == [{"@type": "Quotation", "text": "We will act.", "creator": creator}]


def test_quote_without_speaker_has_no_creator() -> None:
    """A quote with no attribution is a Quotation without a creator."""
    article = Article(lede=Paragraph(text='"Words."', quotes=(Quote(text="Words."),)))
    assert newsdoc.to_jsonld(article)["hasPart"] == [{"@type": "Quotation", "text": "Words."}]


def test_empty_article() -> None:
    """An empty article has only its type, an empty body and no optional fields."""
    assert newsdoc.to_jsonld(Article()) == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "articleBody": "",
        "wordCount": 0,
    }


def test_documented_embedding_keeps_text_in_the_script() -> None:
    """With ``<`` written as ``\\u003c``, text such as ``</script>`` stays inside the script element."""
    article = Article(lede=Paragraph(text='</script><script>alert("x")</script><!--'))
    doc = newsdoc.to_jsonld(article)
    embedded = json.dumps(doc).replace("<", "\\u003c")
    page = f'<script type="application/ld+json">{embedded}</script>'
    scripts: list[str] = []

    class Reader(HTMLParser):
        def handle_data(self, data: str) -> None:
            scripts.append(data)

    Reader().feed(page)
    assert [json.loads(s) for s in scripts] == [doc]


def test_content_is_not_written() -> None:
    """schema.org has no honest term for what an attribution credits: the document is the one without content."""
    assert newsdoc.to_jsonld(CREDITED, url="urn:x") == newsdoc.to_jsonld(uncredited(CREDITED), url="urn:x")
