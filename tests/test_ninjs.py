"""to_ninjs: IPTC ninjs 3.1 items that validate against the IPTC schema, formats included."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import newsdoc
from newsdoc import Article, JSONObject, Paragraph, Quote, Section

from _support import SHARED, corpus_files, read
from _writers import CREDITED, said, uncredited
from strategies import articles, optional_lines

SCHEMA = json.loads(read(SHARED / "schemas" / "ninjs-schema_3.1.json"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
URI = "https://www.axios.com/2023/10/16/blinken-netanyahu-humanitarian-aid-gaza"


def errors(item: object) -> list[str]:
    """Every way ``item`` breaks the ninjs 3.1 schema, formats (date-time, uri) included."""
    return [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(item)]


def test_the_validator_checks_formats() -> None:
    """The validator rejects a bad date-time and a bad URI, so the checks below test formats too."""
    assert errors({"uri": URI}) == []
    assert errors({"uri": "not a uri"}) != []
    assert errors({"uri": URI, "firstCreated": "2023-10-16"}) != []
    assert errors({"uri": URI, "unknown": 1}) != []


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_items_validate(path: Path) -> None:
    """Each article of the corpus is a valid ninjs 3.1 item, and plain JSON."""
    item = newsdoc.to_ninjs(newsdoc.parse(read(path)), uri=URI, headline="A headline", language="en")
    assert errors(item) == []
    assert json.loads(json.dumps(item)) == item


@given(articles, st.sampled_from([URI, "urn:newsdoc:1", "tag:example.com,2023:a"]), optional_lines, optional_lines)
def test_any_article_validates(article: Article, uri: str, headline: str | None, language: str | None) -> None:
    """For an arbitrary Article and options, the item is valid ninjs 3.1."""
    assert errors(newsdoc.to_ninjs(article, uri=uri, headline=headline, language=language)) == []


@pytest.mark.parametrize("path", corpus_files()[:40], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bodies_hold_the_whole_article(path: Path) -> None:
    """The text body parses back to the article; the HTML body is the article's HTML without the date."""
    article = newsdoc.parse(read(path))
    item = newsdoc.to_ninjs(article, uri=URI)
    bodies = item["bodies"]
    assert isinstance(bodies, list)
    html, text = bodies
    assert isinstance(html, dict)
    assert isinstance(text, dict)
    assert html == {"contentType": "text/html", "value": newsdoc.to_html(attrs.evolve(article, date=None))}
    assert article.date is not None
    plain = text["value"]
    assert isinstance(plain, str)
    assert newsdoc.parse(f" date {article.date.isoformat()} {plain}\n\n") == article
    assert text == {
        "contentType": "text/plain",
        "value": plain,
        "charCount": len(plain),
        "wordCount": len(plain.split()),
    }


def test_metadata_of_the_seed(seed_text: str) -> None:
    """The date is midnight UTC, the lede is the summary, and the item names its standard."""
    article = newsdoc.parse(seed_text)
    item = newsdoc.to_ninjs(article, uri=URI)
    assert item["uri"] == URI
    assert item["type"] == "text"
    assert item["firstCreated"] == "2023-10-16T00:00:00Z"
    assert item["descriptions"] == [{"role": "summary", "contentType": "text/plain", "value": article.lede.text}]
    assert item["standard"] == {"name": "ninjs", "version": "3.1", "schema": SCHEMA["$id"]}
    assert "headlines" not in item
    assert "language" not in item


def test_options_are_written() -> None:
    """A headline and a language are written where given."""
    item = newsdoc.to_ninjs(Article(), uri=URI, headline="Blinken urges aid", language="en-US")
    assert item["headlines"] == [{"value": "Blinken urges aid"}]
    assert item["language"] == "en-US"
    assert "firstCreated" not in item
    assert "descriptions" not in item


SPEAKERS = [
    said("State Department spokesperson Mathew Miller", named=True, name="Mathew Miller", role="spokesperson"),
    said("a senior Israeli official", named=False),
    said("he", resolved="Keith Ferrazzi"),
    said("the White House", named=True),
    said("the company"),
    said("Miller", named=True, name="Mathew Miller"),
]


def test_people_and_organisations_quoted() -> None:
    """Each named person quoted is a people entry, each named organisation an organisations entry, once each."""
    quotes = (*(Quote(text=f"Words {i}.", attribution=a) for i, a in enumerate(SPEAKERS)), Quote(text="Nobody's."))
    article = Article(sections=(Section(paragraphs=(Paragraph(text="Quotes.", quotes=quotes),)),))
    item = newsdoc.to_ninjs(article, uri=URI)
    assert errors(item) == []
    assert item["people"] == [
        {"name": "Mathew Miller", "rel": "quoted"},
        {"name": "Keith Ferrazzi", "rel": "quoted"},
    ]
    assert item["organisations"] == [{"name": "the White House", "rel": "quoted"}]


def test_no_quotes_no_people() -> None:
    """An article with no quotes has no people or organisations entries."""
    item: JSONObject = newsdoc.to_ninjs(Article(date=datetime.date(2023, 10, 16)), uri=URI)
    assert "people" not in item
    assert "organisations" not in item


def test_content_is_only_in_the_html_body() -> None:
    """ninjs has no field for what attributions credit: only the HTML body, which marks it, differs."""
    item = newsdoc.to_ninjs(CREDITED, uri="urn:x")
    plain = newsdoc.to_ninjs(uncredited(CREDITED), uri="urn:x")
    assert errors(item) == []
    html, text = item.pop("bodies"), plain.pop("bodies")
    assert item == plain
    assert isinstance(html, list)
    assert isinstance(text, list)
    assert html[1] == text[1]
    assert html[0] != text[0]
    assert '<span class="content" data-attribution="1">It is a grave mistake,</span>' in str(html[0])
