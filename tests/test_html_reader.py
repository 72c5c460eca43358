"""parse_html on the publisher's HTML of the corpus: the same text and article as the conversion."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Article, Paragraph

from _html_corpus import HTML_FILES, bulleted, manifest_dates

DATES = manifest_dates()

PROMOTED: dict[str, str] = {
    "027_trump-america-politics-maga-socialism-israel": "Ask to join Jim's new weekly Axios C-Suite newsletter.",
    "028_water-energy-ai-flashpoint": "Sign up here for Axios' Future of Energy newsletter.",
    "030_scoop-jd-vance-raises-42-million-in-silicon-valley": "Watch Dan Primack interview Chamath",
    "031_trump-senate-republicans-blind-loyalty": "Ask to join Jim's new weekly Axios C-Suite newsletter.",
    "039_jonathan-swan-regime-change-trump-ceo-tips": "Ask to join Jim's new weekly Axios C-Suite newsletter.",
    "057_colorado-polis-ai-data-centers-energy-mix": "Sign up here for Axios' Future of Energy newsletter.",
    "061_america-4th-of-july-patriotism-capitalism-business": "Ask to join Jim's new weekly Axios C-Suite newsletter.",
    "122_post-processable-velocity-ai-capability-simplify": "Ask to join Jim's new weekly Axios C-Suite newsletter.",
    "138_ai-mayo-clinic-health-care-fix-jim-vandehei": "Ask to join Jim's new weekly Axios C-Suite newsletter.",
}
"""The stories whose HTML holds a promotional line that the corpus conversion removed, with
words of that line. The reader keeps it: it is a paragraph of the HTML like any other."""

PLAIN = [f for f in HTML_FILES if f.stem not in PROMOTED]
WITH_PROMOTION = [f for f in HTML_FILES if f.stem in PROMOTED]


def _read(path: Path) -> Article:
    return newsdoc.parse_html(path.read_bytes().decode("utf-8"), date=DATES[path.stem])


def test_the_corpus_has_the_feed_stories() -> None:
    """The shared corpus holds the HTML of 131 stories, each with a date and a bulleted text."""
    assert len(HTML_FILES) == 131
    assert all(f.stem in DATES for f in HTML_FILES)
    assert set(PROMOTED) <= {f.stem for f in HTML_FILES}


@pytest.mark.parametrize("path", PLAIN, ids=lambda p: p.stem[:3])
def test_html_converts_to_the_corpus_text_byte_for_byte(path: Path) -> None:
    """to_text(parse_html(html)) is the bulleted file, and the article is parse() of that file."""
    article = _read(path)
    expected = bulleted(path)
    assert newsdoc.to_text(article) == expected
    assert article == newsdoc.parse(expected)
    assert article.quotes == newsdoc.parse(expected).quotes


def _line(paragraph: Paragraph) -> str:
    """The paragraph's line in the seed format."""
    marker = f"{paragraph.marker} " if paragraph.marker else ""
    label = f"{paragraph.label_prefix or ''}{paragraph.label}: " if paragraph.label is not None else ""
    return f"{marker}{label}{paragraph.text}"


@pytest.mark.parametrize("path", WITH_PROMOTION, ids=lambda p: p.stem[:3])
def test_a_promotional_line_is_one_paragraph_more(path: Path) -> None:
    """Where the conversion removed a promotional line, the reading holds exactly that paragraph
    more, and everything else is as in parse() of the corpus file."""
    article = _read(path)
    expected = newsdoc.parse(bulleted(path))
    lines = [_line(p) for p in article.paragraphs]
    extra = [k for k, line in enumerate(lines) if PROMOTED[path.stem] in line]
    assert len(extra) == 1
    rest = article.paragraphs[: extra[0]] + article.paragraphs[extra[0] + 1 :]
    assert rest == expected.paragraphs
    assert article.date == expected.date
    assert [a for p in rest for a in p.attributions] == list(expected.attributions)
    remaining = [line for k, line in enumerate(lines) if k != extra[0]]
    assert remaining == [_line(p) for p in expected.paragraphs]


def test_every_feed_story_reads_without_errors() -> None:
    """Given the manifest's date, no story of the feed has an error diagnostic."""
    errors = [
        (path.stem, str(d))
        for path in HTML_FILES
        for d in _read(path).diagnostics
        if d.severity is newsdoc.Severity.ERROR
    ]
    assert errors == []


def test_images_captions_embeds_and_rules_are_counted() -> None:
    """Every story with an image, a chart credit, an embed or a rule says so in one ND140 note."""
    for path in HTML_FILES:
        html = path.read_text(encoding="utf-8")
        notes = [d for d in _read(path).diagnostics if d.code == "ND140"]
        kinds = {"<img": "image", "<iframe": "embed", "<hr": "rule", "<div>": "caption"}
        wanted = {kind for tag, kind in kinds.items() if tag in html}
        if not wanted:
            assert notes == [], path.stem
            continue
        (note,) = notes
        assert note.severity is newsdoc.Severity.INFO
        assert all(kind in note.message for kind in wanted), (path.stem, note.message)
        assert html[note.span.start] == "<"


def test_the_date_is_required_where_the_html_holds_none() -> None:
    """Without date= a fragment has no date: ND101 says how to give one; strict mode raises."""
    path = HTML_FILES[0]
    article = newsdoc.parse_html(path.read_text(encoding="utf-8"))
    assert article.date is None
    assert [d.code for d in article.diagnostics if d.severity is newsdoc.Severity.ERROR] == ["ND101"]
    with pytest.raises(newsdoc.ParseError, match="ND101"):
        newsdoc.parse_html(path.read_text(encoding="utf-8"), strict=True)
    dated = newsdoc.parse_html(path.read_text(encoding="utf-8"), date=datetime.date(2026, 1, 2), strict=True)
    assert dated.date == datetime.date(2026, 1, 2)
