"""The writers' safety checks of ``tests/_safety.py``, which the fuzzing harness also runs.

They run here on the corpus, on any article, and on outputs known to be unsafe, so that
the checks themselves are shown to catch what they look for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article

import _safety
from _support import corpus_files, read
from strategies import articles

_URI = "urn:newsdoc:test"


def problems(article: Article) -> list[str]:
    """Every safety problem of every writer's output for ``article``."""
    found: list[str] = []
    for document in (True, False):
        markup = newsdoc.to_html(article, document=document)
        found += _safety.html_problems(markup)
        if _safety.tags(markup) != _safety.tags(newsdoc.to_html(_safety.neutral(article), document=document)):
            found.append("to_html: markup from the text")
    found += _safety.markdown_problems(newsdoc.to_markdown(article))
    found += _safety.ninjs_problems(newsdoc.to_ninjs(article, uri=_URI))
    return found


@pytest.mark.parametrize("path", corpus_files()[::10], ids=lambda p: p.name)
def test_corpus_outputs_are_safe(path: Path) -> None:
    """Every tenth corpus article: known markup only, no raw HTML in Markdown, valid ninjs."""
    assert problems(newsdoc.parse(read(path))) == []


@given(articles)
def test_any_article_gives_safe_outputs(article: Article) -> None:
    """Arbitrary text in every field, markup characters included, never becomes markup."""
    assert problems(article) == []


UNSAFE = [
    ("foreign-element", "<article><img src=x onerror=alert(1)></article>", "html"),
    ("foreign-attribute", '<p onclick="x">a</p>', "html"),
    ("foreign-class", '<span class="evil">a</span>', "html"),
    ("comment", "<p>a<!-- b --></p>", "html"),
    ("inline-html", "a <b>bold</b>\n", "markdown"),
    ("html-block", "<div>\nx\n</div>\n", "markdown"),
]


@pytest.mark.parametrize(("output", "kind"), [u[1:] for u in UNSAFE], ids=[u[0] for u in UNSAFE])
def test_the_checks_catch_unsafe_output(output: str, kind: str) -> None:
    """Each check reports what it is there to find."""
    found = _safety.html_problems(output) if kind == "html" else _safety.markdown_problems(output)
    assert found


def test_the_ninjs_check_catches_an_invalid_item() -> None:
    """An item without its required uri breaks the schema."""
    item = newsdoc.to_ninjs(newsdoc.parse(" date 2023-10-16 Lede.\n\n"), uri=_URI)
    del item["uri"]
    assert _safety.ninjs_problems(item)
