"""Reading ``to_html`` output back: the element tree, checked to hold only the writer's tags, and the blocks it shows.

Shared by the HTML writer's tests; the expectation comes from :mod:`_writers`, written from the
model alone.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

import newsdoc
from newsdoc import Article

from _writers import Block, expected_blocks, seen, visible

ALLOWED: dict[str, dict[str, set[str] | None]] = {
    "article": {"class": {"newsdoc"}},
    "header": {},
    "time": {"datetime": None},
    "section": {"data-key": None},
    "p": {"class": {"lede"}},
    "blockquote": {"data-speaker": None},
    "h2": {},
    "h3": {},
    "ul": {},
    "ol": {"start": None},
    "li": {},
    "strong": {"class": {"label"}},
    "q": {"data-speaker": None},
    "span": {
        "class": {"attribution", "source", "cue", "content"},
        **dict.fromkeys(
            ["data-kind", "data-named", "data-count", "data-name", "data-role", "data-resolved", "data-attribution"]
        ),
    },
}
"""Every tag the fragment may hold, with its attributes and, where they are fixed, their values."""

PAGE = {"html", "head", "meta", "title", "style", "body"}
_VOID = {"meta"}


@attrs.define
class Node:
    """An element read back by html.parser."""

    tag: str
    attributes: dict[str, str | None]
    children: list[Node | str] = attrs.field(factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def elements(self) -> list[Node]:
        """The child elements; text between them must be white space."""
        assert all(c.strip() == "" for c in self.children if isinstance(c, str)), self.children
        return [c for c in self.children if isinstance(c, Node)]

    def walk(self) -> list[Node]:
        return [self, *(n for c in self.children if isinstance(c, Node) for n in c.walk())]


class _Reader(HTMLParser):
    """Builds the element tree; anything but elements, text and a doctype fails."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attributes))
        assert len(node.attributes) == len(attributes), f"repeated attribute in <{tag}>"
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"self-closing <{tag}/>")

    def handle_data(self, data: str) -> None:
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)

    def handle_decl(self, decl: str) -> None:
        assert decl == "DOCTYPE html", decl

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"a comment: {data!r}")

    def handle_pi(self, data: str) -> None:
        raise AssertionError(f"a processing instruction: {data!r}")

    def unknown_decl(self, data: str) -> None:
        raise AssertionError(f"a declaration: {data!r}")


def tree(markup: str) -> Node:
    """The element tree of ``markup``, checked to hold only the writer's tags and attributes."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    assert reader.stack == [reader.root], "unclosed elements"
    for node in reader.root.walk()[1:]:
        assert node.tag in ALLOWED or node.tag in PAGE, f"<{node.tag}> is not the writer's"
        for name, value in node.attributes.items():
            allowed = ALLOWED.get(node.tag, {})
            assert node.tag in PAGE or name in allowed, f"<{node.tag} {name}> is not the writer's"
            fixed = allowed.get(name)
            assert fixed is None or value in fixed, f'<{node.tag} {name}="{value}">'
    return reader.root


def _block(node: Node) -> Block:
    match node.tag:
        case "p" | "h2" | "h3":
            return (node.tag, node.text())
        case "blockquote":
            (inner,) = node.elements()
            assert inner.tag == "p"
            return ("p", inner.text())
        case "ul" | "ol":
            items = node.elements()
            assert all(li.tag == "li" for li in items)
            start = None if node.tag == "ul" else int(node.attributes.get("start") or 1)
            return (node.tag, start, tuple(li.text() for li in items))
        case _:
            raise AssertionError(f"<{node.tag}> in a section")


def read_back(fragment: str) -> tuple[list[Block], list[tuple[str | None, list[Block]]]]:
    """The date and lede blocks, and each section's key and blocks, of a fragment."""
    (article,) = tree(fragment).elements()
    assert article.tag == "article"
    children = article.elements()
    head: list[Block] = []
    if children[0].tag == "header":
        (time,) = children.pop(0).elements()
        assert time.tag == "time"
        assert time.attributes["datetime"] == time.text()
        head.append(("date", time.text()))
    lede = children.pop(0)
    assert (lede.tag, lede.attributes) == ("p", {"class": "lede"})
    head.append(("p", lede.text()))
    sections = []
    for section in children:
        assert section.tag == "section"
        sections.append((section.attributes.get("data-key"), [_block(n) for n in section.elements()]))
    return head, sections


def expected(article: Article) -> tuple[list[Block], list[tuple[str | None, list[Block]]]]:
    head: list[Block] = [] if article.date is None else [("date", article.date.isoformat())]
    head.append(("p", visible(article.lede)))
    sections = [(s.key, expected_blocks(list(s.paragraphs), keep_empty=True)) for s in article.sections]
    return head, sections


def labels(markup: str) -> list[str]:
    return [n.text() for n in tree(markup).walk() if n.tag == "strong"]


def check(article: Article) -> None:
    """The fragment reads back to the article's blocks and labels, in a page too."""
    fragment = newsdoc.to_html(article)
    assert read_back(fragment) == expected(article)
    assert labels(fragment) == [seen(f"{p.label}:") for p in article.paragraphs if p.label is not None]
    page = newsdoc.to_html(article, document=True)
    assert fragment in page
    tree(page)
