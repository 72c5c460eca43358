"""What the writers' fuzzing harness (fuzz/fuzz_writers.py) and the tests check of each output: nothing in
the text becomes markup.

- :func:`html_problems`: every tag, attribute and class in the HTML is one the writer
  itself writes, so no tag or attribute came from the text; no comment, declaration or
  processing instruction beyond the doctype.
- :func:`tags`: the sequence of elements, attributes and classes of some HTML, to compare
  the HTML of an article with that of the same article with its markup characters
  replaced by other characters (:func:`neutral`): text that became markup makes them differ.
- :func:`markdown_problems`: markdown-it-py, with raw HTML enabled, finds no HTML in the
  Markdown, so none would be rendered.
- :func:`ninjs_problems`: the ninjs item validates against the IPTC ninjs 3.1 schema in
  ``../shared/schemas``, and its HTML body passes :func:`html_problems`.

Each returns the problems found, an empty list when there are none.
"""

from __future__ import annotations

import html.parser
import json
from pathlib import Path

from jsonschema import Draft202012Validator
from markdown_it import MarkdownIt

import newsdoc
from newsdoc import Article

__all__ = [
    "ATTRIBUTES",
    "CLASSES",
    "TAGS",
    "html_problems",
    "markdown_problems",
    "neutral",
    "ninjs_problems",
    "tags",
]

TAGS = frozenset(
    {"html", "head", "meta", "title", "style", "body", "article", "header", "time", "section", "p", "strong",
     "blockquote", "q", "span", "h2", "h3", "ul", "ol", "li"}
)  # fmt: skip
"""Every element ``to_html`` writes."""
ATTRIBUTES = frozenset(
    {"lang", "charset", "name", "content", "class", "datetime", "start", "data-key", "data-speaker", "data-kind",
     "data-named", "data-count", "data-name", "data-role", "data-resolved", "data-attribution"}
)  # fmt: skip
"""Every attribute ``to_html`` writes."""
CLASSES = frozenset({"newsdoc", "lede", "label", "attribution", "source", "cue", "content"})
"""Every value of ``class`` that ``to_html`` writes."""

_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "ninjs-schema_3.1.json"
_VALIDATOR = Draft202012Validator(
    json.loads(_SCHEMA.read_text(encoding="utf-8")), format_checker=Draft202012Validator.FORMAT_CHECKER
)
_MARKDOWN = MarkdownIt("commonmark", {"html": True})


# The characters that start markup, each with a private-use character that stands for it in
# neutral(): neither is a letter or a quote mark, so the writer finds quotes and words as before.
_NEUTRAL = str.maketrans({"<": "\ue000", ">": "\ue001", "&": "\ue002"})


def neutral(article: Article) -> Article:
    """``article`` with ``<``, ``>`` and ``&`` replaced by private-use characters in all its text."""

    def walk(value: object) -> object:
        if isinstance(value, str):
            return value.translate(_NEUTRAL)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in ("format", "date") else walk(v) for k, v in value.items()}
        return value

    return newsdoc.from_dict(walk(newsdoc.to_dict(article)))


class _Markup(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = " ".join(name if name != "class" else f"class={value}" for name, value in attrs)
        self.tags.append(f"<{tag} {names}>")
        if tag not in TAGS:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name not in ATTRIBUTES:
                self.problems.append(f"attribute {name} on <{tag}>")
            elif name == "class" and value not in CLASSES:
                self.problems.append(f"class {value!r} on <{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(f"</{tag}>")
        if tag not in TAGS:
            self.problems.append(f"end tag </{tag}>")

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment {data[:40]!r}")

    def handle_decl(self, decl: str) -> None:
        if decl.lower() != "doctype html":
            self.problems.append(f"declaration {decl[:40]!r}")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction {data[:40]!r}")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"declaration {data[:40]!r}")


def html_problems(markup: str) -> list[str]:
    """Each tag, attribute, class or declaration in ``markup`` that the writer does not write itself."""
    parser = _Markup()
    parser.feed(markup)
    parser.close()
    return parser.problems


def tags(markup: str) -> list[str]:
    """The start and end tags of ``markup`` in order, each with its attribute names and its class."""
    parser = _Markup()
    parser.feed(markup)
    parser.close()
    return parser.tags


def markdown_problems(markdown: str) -> list[str]:
    """Each piece of raw HTML a CommonMark parser finds in ``markdown``."""
    problems: list[str] = []
    tokens = _MARKDOWN.parse(markdown)
    for token in tokens:
        if token.type == "html_block":
            problems.append(f"HTML block {token.content[:40]!r}")
        for child in token.children or ():
            if child.type == "html_inline":
                problems.append(f"inline HTML {child.content[:40]!r}")
    return problems


def ninjs_problems(item: object) -> list[str]:
    """Each way ``item`` breaks the ninjs 3.1 schema, and each problem of its HTML body."""
    problems = [f"{e.json_path}: {e.message}" for e in _VALIDATOR.iter_errors(item)]
    bodies = item.get("bodies", []) if isinstance(item, dict) else []
    for body in bodies:
        if isinstance(body, dict) and body.get("contentType") == "text/html":
            problems += html_problems(str(body.get("value", "")))
    return problems
