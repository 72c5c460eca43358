"""The output formats of ``newsdoc parse``: one entry per format, each a writer and a file suffix."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from urllib.parse import quote

import attrs

from newsdoc._json.chunks import json_chunks
from newsdoc._json.codec import JSONObject, to_json
from newsdoc._model import Article
from newsdoc._write.html import to_html
from newsdoc._write.jsonld import to_jsonld
from newsdoc._write.markdown import to_markdown
from newsdoc._write.ninjs import to_ninjs
from newsdoc._write.text import to_text

__all__ = ["DEFAULT_FORMAT", "DEFAULT_URI", "FORMATS", "Format", "Target"]

DEFAULT_URI = "urn:newsdoc:{stem}"
"""The URI of an article in ninjs and JSON-LD unless ``--uri`` gives another."""


@attrs.frozen(kw_only=True)
class Target:
    """What a writer may need to know about the article beyond its content."""

    stem: str
    """The input's file name without its suffix (``stdin`` for standard input)."""
    uri: str
    """The article's URI: ``--uri`` with ``{stem}`` replaced by the stem, percent-encoded."""
    document: bool = True
    """For HTML, a whole page rather than the ``<article>`` element alone."""

    @classmethod
    def of(cls, stem: str, uri_template: str, *, document: bool = True) -> Target:
        """The target for an input named ``stem``."""
        # The stem's own bytes are percent-encoded, also those of a name that is not UTF-8.
        encoded = quote(os.fsencode(stem), safe="")
        return cls(stem=stem, uri=uri_template.replace("{stem}", encoded), document=document)


@attrs.frozen(kw_only=True)
class Format:
    """One output format."""

    name: str
    """The value of ``--to``."""
    suffix: str
    """The suffix of the files written into an output directory."""
    summary: str
    """One line for ``--help``."""
    write: Callable[[Article, Target], str]
    """The writer: the whole output for one article."""
    chunks: Callable[[Article, Target], Iterable[str]] | None = None
    """The same output in pieces, where the format can be written without building it whole."""
    per_line: bool = False
    """True when every article is one line of a single stream, rather than a document of its own."""


def _indented(document: JSONObject) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            name="json",
            suffix=".json",
            summary="newsdoc JSON, indented; newsdoc.from_json reads it back",
            write=lambda article, _target: to_json(article, indent=2),
            chunks=lambda article, _target: json_chunks(article, indent=2),
        ),
        Format(
            name="jsonl",
            suffix=".jsonl",
            summary="newsdoc JSON, one article per line, for many files",
            write=lambda article, _target: to_json(article),
            chunks=lambda article, _target: json_chunks(article),
            per_line=True,
        ),
        Format(
            name="text",
            suffix=".txt",
            summary="the canonical seed format",
            write=lambda article, _target: to_text(article),
        ),
        Format(
            name="markdown",
            suffix=".md",
            summary="CommonMark",
            write=lambda article, _target: to_markdown(article),
        ),
        Format(
            name="html",
            suffix=".html",
            summary="a standalone HTML page (--fragment: the <article> element only)",
            write=lambda article, target: to_html(article, document=target.document),
        ),
        Format(
            name="ninjs",
            suffix=".ninjs.json",
            summary="an IPTC ninjs 3.1 news item whose uri is --uri",
            write=lambda article, target: _indented(to_ninjs(article, uri=target.uri)),
        ),
        Format(
            name="jsonld",
            suffix=".jsonld",
            summary="a schema.org NewsArticle in JSON-LD whose @id and url are --uri",
            write=lambda article, target: _indented(to_jsonld(article, url=target.uri)),
        ),
    )
}
"""Every format ``--to`` accepts, by name."""

DEFAULT_FORMAT = "json"
"""The format written when ``--to`` is not given."""
