"""parse_html on whole pages: which part is read, and where the date comes from."""

from __future__ import annotations

import datetime

import pytest

import newsdoc

PAGE = """<!DOCTYPE html>
<html><head><title>Headline</title>
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
<script>var x = "<p>not read</p>";</script>
</head><body>
<nav><a href="/">Home</a></nav>
<p>Subscribe to our newsletter.</p>
<article>
<header><h1>Headline</h1>
<time datetime="2024-05-01">May 1</time></header>
<p>The lede, two officials said.</p>
<figure><img src="a.png"><figcaption>Photo: Someone</figcaption></figure>
<p><b>Why it matters:</b> It does.</p>
<h3>Subhead</h3>
</article>
<footer>Copyright</footer>
</body></html>"""

BODY_ONLY = PAGE.replace("<article>", "<div>").replace("</article>", "</div>")
"""The page without an <article>: the body is read."""


def test_a_page_is_read_from_its_article() -> None:
    """Only the <article> is read; its <time> gives the date; its figure and headline are noted."""
    article = newsdoc.parse_html(PAGE)
    assert newsdoc.to_text(article) == (
        " date 2024-05-01 The lede, two officials said.\n\nWhy it matters: It does.\n\nSubhead\n\n"
    )
    (note,) = [d for d in article.diagnostics if d.code == "ND140"]
    assert note.message.endswith(": 1 header, 1 figure")
    assert article.attributions[0].source == "two officials"


def test_without_an_article_the_body_is_read() -> None:
    """With no <article>, every paragraph of <body> is read (but not <head>, <nav> or <footer>)."""
    article = newsdoc.parse_html(BODY_ONLY)
    assert [p.text for p in article.paragraphs][:2] == ["Subscribe to our newsletter.", "The lede, two officials said."]
    assert "not read" not in newsdoc.to_text(article)
    assert "Copyright" not in newsdoc.to_text(article)


DATES = [
    ("argument first", PAGE, datetime.date(2020, 1, 1), datetime.date(2020, 1, 1)),
    ("time in the article", PAGE, None, datetime.date(2024, 5, 1)),
    ("meta", PAGE.replace('<time datetime="2024-05-01">', "<time>"), None, datetime.date(2024, 5, 2)),
    (
        "datePublished",
        '<meta itemprop="datePublished" content="2024-05-03"><p>Lede.</p>',
        None,
        datetime.date(2024, 5, 3),
    ),
    ("invalid date", '<time datetime="2024-13-45"></time><p>Lede.</p>', None, None),
    ("no date", "<p>Lede.</p>", None, None),
]


@pytest.mark.parametrize(("html", "given", "expected"), [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_the_date_comes_from_the_argument_the_time_or_the_meta(
    html: str, given: datetime.date | None, expected: datetime.date | None
) -> None:
    """date= wins; else a <time datetime> in the part read; else the published-time meta; else ND101."""
    article = newsdoc.parse_html(html, date=given)
    assert article.date == expected
    assert ("ND101" in [d.code for d in article.diagnostics]) is (expected is None)
