"""``parse(text, sourcing=False)``: the layout of a full parse, no quotes, and an article that says so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote, Section
from newsdoc._cli.cmd_stats import Tally
from newsdoc._json.chunks import json_chunks

from _html_corpus import HTML_FILES, manifest_dates
from _support import CORPUS, SEED, read
from strategies import article_text, hostile_text, layout_articles

CORPUS_FILES = sorted((CORPUS / "articles").glob("*.txt")) + sorted((CORPUS / "bulleted").glob("*.txt"))
DATES = manifest_dates()


def _layout(article: Article) -> object:
    """Everything of the article but its quotes and attributions, spans included."""
    return (
        article.date,
        [
            (p.text, p.label, p.label_prefix, p.kind, p.marker, p.span, p.key)
            for p in article.paragraphs  # the lede first
        ],
        [(s.label, s.key, len(s.paragraphs)) for s in article.sections],
    )


def _layout_diagnostics(article: Article) -> list[tuple[str, int, int, str]]:
    """The diagnostics that concern layout: every one but the quote stage's (ND2xx, ND902)."""
    return [
        (d.code, d.span.start, d.span.end, d.message)
        for d in article.diagnostics
        if not d.code.startswith("ND2") and d.code != "ND902"
    ]


def test_the_corpus_is_there() -> None:
    """The comparison below runs on both variants of the shared corpus, every article of each."""
    assert len(CORPUS_FILES) == 296


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_layout_is_a_full_parse_without_its_sourcing(path: Path) -> None:
    """Date, paragraphs, labels, items, sections and spans are the full parse's; the text writes
    back byte for byte; quotes and attributions are empty, and the article says they were not read."""
    text = read(path)
    full = newsdoc.parse(text)
    layout = newsdoc.parse(text, sourcing=False)
    assert _layout(layout) == _layout(full)
    assert newsdoc.to_text(layout) == newsdoc.to_text(full)
    assert layout.quotes == ()
    assert layout.attributions == ()
    assert all(p.quotes == () and p.attributions == () for p in layout.paragraphs)
    assert layout.sourcing is False
    assert full.sourcing is True
    assert layout == attrs.evolve(_unsourced(full), sourcing=False)
    assert _layout_diagnostics(layout) == _layout_diagnostics(full)
    assert [d for d in layout.diagnostics if d.code.startswith("ND2")] == []


def test_the_corpus_has_quotes_for_the_layout_parse_to_leave_out() -> None:
    """Most corpus articles have quotes and attributions in a full parse (about 1,000 quotes and
    2,200 attributions in all), so the comparison above does leave something out."""
    sourced = [newsdoc.parse(read(p)) for p in CORPUS_FILES]
    assert sum(1 for a in sourced if a.quotes) > len(sourced) // 2
    assert sum(1 for a in sourced if a.attributions) > len(sourced) * 9 // 10
    assert sum(len(a.quotes) for a in sourced) > 900


def _unsourced(article: Article) -> Article:
    """``article`` with every quote and attribution taken out, as a layout parse leaves it."""

    def bare(p: Paragraph) -> Paragraph:
        return attrs.evolve(p, quotes=(), attributions=())

    return attrs.evolve(
        article,
        lede=bare(article.lede),
        sections=tuple(attrs.evolve(s, paragraphs=tuple(map(bare, s.paragraphs))) for s in article.sections),
    )


@given(article_text | hostile_text)
def test_any_text_has_the_layout_of_its_full_parse(text: str) -> None:
    """On text built from headers, labels, markers and quote marks, and on hostile text (every
    kind of mark, controls, lone surrogates, odd spaces), the layout parse and the full parse
    agree on everything but quotes, attributions and the quote diagnostics."""
    full = newsdoc.parse(text)
    layout = newsdoc.parse(text, sourcing=False)
    assert _layout(layout) == _layout(full)
    assert newsdoc.to_text(layout) == newsdoc.to_text(full)
    assert layout == attrs.evolve(_unsourced(full), sourcing=False)
    assert _layout_diagnostics(layout) == _layout_diagnostics(full)
    assert [d.code for d in layout.diagnostics if d.code.startswith("ND2")] == []


def test_quote_diagnostics_are_absent_and_layout_ones_kept() -> None:
    """An unclosed quote (ND201) is a quote stage finding: not reported; Markdown bold around a label
    (ND130) and a `*` bullet (ND131) are layout: reported with the same positions."""
    text = ' date 2023-10-16 Lede "never closed.\n\n**Zoom in:** Text.\n* An item\n\n'
    full = newsdoc.parse(text)
    layout = newsdoc.parse(text, sourcing=False)
    assert [d.code for d in full.diagnostics] == ["ND201", "ND130", "ND131"]
    assert [d.code for d in layout.diagnostics] == ["ND130", "ND131"]
    assert layout.diagnostics == full.diagnostics[1:]


def test_strict_raises_on_layout_errors_and_not_on_what_was_not_read() -> None:
    """strict still rejects a text without a date header; a quote problem, never looked for, is not one."""
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.parse("No header here.\n\n", strict=True, sourcing=False)
    assert [d.code for d in caught.value.diagnostics] == ["ND101"]
    article = newsdoc.parse(' date 2023-10-16 "Unclosed, he said.\n\n', strict=True, sourcing=False)
    assert article.lede.text == '"Unclosed, he said.'
    assert article.sourcing is False


def test_the_seed_reads_the_same_layout_and_no_sources() -> None:
    """The seed's labels and items are the full parse's; 'two Israeli officials said' is not read."""
    text = read(SEED)
    layout = newsdoc.parse(text, sourcing=False)
    full = newsdoc.parse(text)
    assert [s.label for s in layout.sections] == [s.label for s in full.sections]
    assert "two Israeli officials said" in layout.lede.text
    assert [a.source for a in full.lede.attributions] == ["Secretary of State Tony Blinken", "two Israeli officials"]
    assert layout.lede.attributions == ()


def test_a_layout_article_is_not_equal_to_a_sourced_one_with_no_quotes() -> None:
    """'Not looked for' and 'none found' are different articles, even over a text without quotes."""
    text = " date 2023-10-16 A lede without a source.\n\nWhy it matters: Nobody speaks.\n\n"
    full = newsdoc.parse(text)
    layout = newsdoc.parse(text, sourcing=False)
    assert full.quotes == layout.quotes == ()
    assert full != layout
    assert len({full, layout}) == 2
    assert attrs.evolve(layout, sourcing=True) == full


def test_the_model_refuses_quotes_in_an_article_not_read_for_them() -> None:
    """Article(sourcing=False) with a quote or an attribution anywhere is a contradiction and raises."""
    said = Attribution(source="she", cue="said", kind=AttributionKind.SAID)
    quoted = Paragraph(text='"Yes," she said.', quotes=(Quote(text="Yes,"),))
    credited = Paragraph(text="Yes, she said.", attributions=(said,))
    with pytest.raises(ValueError, match="without sourcing"):
        Article(lede=quoted, sourcing=False)
    with pytest.raises(ValueError, match="without sourcing"):
        Article(sections=(Section(paragraphs=(credited,)),), sourcing=False)
    article = Article(lede=Paragraph(text="Yes, she said."), sourcing=False)
    with pytest.raises(ValueError, match="without sourcing"):
        attrs.evolve(article, lede=credited)
    assert Article(lede=quoted).sourcing is True


def test_an_article_is_sourced_unless_said_otherwise() -> None:
    """The default is True: articles built by hand and by a plain parse claim their quotes were read."""
    assert Article().sourcing is True
    assert newsdoc.parse(" date 2023-10-16 Lede.\n\n").sourcing is True
    assert newsdoc.parse(" date 2023-10-16 Lede.\n\n", sourcing=True).sourcing is True


def test_the_layout_parse_never_raises_on_a_str() -> None:
    """Like the full parse, it returns an article for the empty text and for text that is not an article."""
    for text in ("", "\n\n", "\x00", "a.txt", '"' * 1000, "date\n" * 50):
        article = newsdoc.parse(text, sourcing=False)
        assert article.sourcing is False
        assert article.quotes == ()


# JSON: "sourcing": false after the version (and source path), only for an article not read for sources.


def test_json_writes_sourcing_false_after_the_version_and_nothing_for_a_sourced_article() -> None:
    """A layout article's document says so right after the head; a sourced article's document is as it always was."""
    text = read(SEED)
    layout = newsdoc.parse(text, sourcing=False)
    document = newsdoc.to_dict(layout)
    assert list(document)[:4] == ["format", "version", "sourcing", "date"]
    assert document["sourcing"] is False
    assert newsdoc.to_json(layout).startswith('{"format": "newsdoc", "version": 2, "sourcing": false, "date": ')
    named = newsdoc.to_dict(attrs.evolve(layout, source_path="a.txt"))
    assert list(named)[:4] == ["format", "version", "source_path", "sourcing"]
    assert "sourcing" not in newsdoc.to_dict(newsdoc.parse(text))


@pytest.mark.parametrize("path", CORPUS_FILES[::10], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_flag_round_trips_through_json(path: Path) -> None:
    """from_json gives back an equal article that still says it was not read for sources, and writes the same text."""
    layout = newsdoc.parse(read(path), sourcing=False)
    for indent in (None, 2):
        written = newsdoc.to_json(layout, indent=indent)
        back = newsdoc.from_json(written)
        assert back == layout
        assert back.sourcing is False
        assert newsdoc.to_json(back, indent=indent) == written
    assert newsdoc.from_dict(newsdoc.to_dict(layout)).sourcing is False


def test_old_json_without_the_flag_reads_as_sourced() -> None:
    """A document written before the key existed (the seed's JSON as every version wrote it) reads as sourced."""
    full = newsdoc.parse(read(SEED))
    old = newsdoc.to_json(full)
    assert '"sourcing"' not in old
    back = newsdoc.from_json(old)
    assert back.sourcing is True
    assert back == full
    quiet = newsdoc.to_json(newsdoc.parse(" date 2023-10-16 Nobody speaks.\n\n"))
    assert newsdoc.from_json(quiet).sourcing is True


def test_sourcing_true_written_out_is_read_and_not_written_back() -> None:
    """``"sourcing": true``, which newsdoc never writes, means what the missing key means."""
    full = newsdoc.parse(read(SEED))
    document = newsdoc.to_dict(full)
    document["sourcing"] = True
    back = newsdoc.from_dict(document)
    assert back == full
    assert back.sourcing is True
    assert "sourcing" not in newsdoc.to_dict(back)


def test_a_layout_document_validates_against_the_schema_and_one_that_contradicts_itself_does_not() -> None:
    """The schema takes ``"sourcing": false`` over empty quotes, and rejects it over a quote, as from_dict does."""
    validator = Draft202012Validator(newsdoc.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    text = read(SEED)
    layout = json.loads(newsdoc.to_json(newsdoc.parse(text, sourcing=False)))
    assert list(validator.iter_errors(layout)) == []
    contradiction = json.loads(newsdoc.to_json(newsdoc.parse(text)))
    contradiction["sourcing"] = False
    assert [e.message for e in validator.iter_errors(contradiction)] != []
    with pytest.raises(newsdoc.DecodeError, match="no quotes or attributions") as caught:
        newsdoc.from_dict(contradiction)
    assert caught.value.path == "$.sourcing"
    schema = newsdoc.json_schema()
    properties = schema["properties"]
    assert isinstance(properties, dict)
    assert properties["sourcing"] == {
        "description": properties["sourcing"]["description"],  # type: ignore[index, call-overload]  # JSON walk
        "type": "boolean",
        "default": True,
    }
    assert "sourcing" not in schema["required"]  # type: ignore[operator]  # a list


@given(layout_articles)
def test_any_layout_article_round_trips_and_validates(article: Article) -> None:
    """Every article read without sourcing, however odd, comes back equal, still unsourced, and validates."""
    assert article.sourcing is False
    back = newsdoc.from_json(newsdoc.to_json(article))
    assert back == article
    assert back.sourcing is False
    validator = Draft202012Validator(newsdoc.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(newsdoc.to_dict(article))) == []
    assert "".join(json_chunks(article, indent=2)) == newsdoc.to_json(article, indent=2)


# parse_html(..., sourcing=False): the same switch for HTML, with every span still in the HTML.


@pytest.mark.parametrize("path", HTML_FILES[::6], ids=lambda p: p.stem[:3])
def test_parse_html_reads_the_layout_of_a_full_reading(path: Path) -> None:
    """Paragraphs, labels, sections, spans (in the HTML) and the layout diagnostics (ND140 among them)
    are the full reading's; quotes and attributions are empty, and the article says so."""
    html = read(path)
    date = DATES[path.stem]
    full = newsdoc.parse_html(html, date=date)
    layout = newsdoc.parse_html(html, date=date, sourcing=False)
    assert layout.sourcing is False
    assert _layout(layout) == _layout(full)
    assert newsdoc.to_text(layout) == newsdoc.to_text(full)
    assert layout.quotes == ()
    assert layout.attributions == ()
    assert layout == attrs.evolve(_unsourced(full), sourcing=False)
    assert _layout_diagnostics(layout) == _layout_diagnostics(full)
    assert newsdoc.from_json(newsdoc.to_json(layout)) == layout


def test_the_sampled_feed_stories_have_sources_to_leave_out() -> None:
    """The stories compared above have attributions in a full reading, and dropped parts (ND140)
    that the layout reading reports too."""
    sampled = [newsdoc.parse_html(read(p), date=DATES[p.stem]) for p in HTML_FILES[::6]]
    assert len(sampled) >= 20
    assert sum(1 for a in sampled if a.attributions) >= 18
    assert sum(len(a.attributions) for a in sampled) > 100
    layouts = [newsdoc.parse_html(read(p), date=DATES[p.stem], sourcing=False) for p in HTML_FILES[::6]]
    assert sum(1 for a in layouts if any(d.code == "ND140" for d in a.diagnostics)) >= 10


def test_parse_html_strict_still_rejects_html_without_a_date() -> None:
    """strict reads the layout's errors (no date: ND101) whether or not sources are looked for."""
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.parse_html("<p>Aid is late, two officials said.</p>", strict=True, sourcing=False)
    assert [d.code for d in caught.value.diagnostics] == ["ND101"]
    article = newsdoc.parse_html("<p>Aid is late, two officials said.</p>", date=DATES[HTML_FILES[0].stem])
    assert [a.source for a in article.attributions] == ["two officials"]


# What the writers, the records and the counts say of an article not read for its sources.


def test_html_says_the_sources_were_not_looked_for_and_marks_none() -> None:
    """The <article> of a layout article carries data-sourcing="false"; a sourced one's markup is unchanged."""
    text = read(SEED)
    layout = newsdoc.parse(text, sourcing=False)
    full = newsdoc.parse(text)
    fragment = newsdoc.to_html(layout)
    assert fragment.startswith('<article class="newsdoc" data-sourcing="false">\n')
    for mark in ("<q", "<blockquote", 'class="attribution"', 'class="source"', 'class="cue"', "data-speaker"):
        assert mark not in fragment
    assert '<article class="newsdoc" data-sourcing="false">' in newsdoc.to_html(layout, document=True)
    sourced = newsdoc.to_html(full)
    assert sourced.startswith('<article class="newsdoc">\n')
    assert 'class="attribution"' in sourced
    # Everything but the marks is the same: the same paragraphs, labels and lists.
    assert fragment.splitlines()[1:] == [_unmarked(line) for line in sourced.splitlines()[1:]]


def _unmarked(line: str) -> str:
    """An HTML line without the quote and attribution elements the writer adds."""
    line = re.sub(r"<blockquote[^>]*><p>(.*)</p></blockquote>", r"<p>\1</p>", line)
    return re.sub(r"</?(q|span)\b[^>]*>", "", line)


def test_ninjs_lists_nobody_as_quoted_and_its_html_body_says_why() -> None:
    """No people or organisations are listed as quoted, and the HTML body says quotes were not looked for."""
    layout = newsdoc.parse(read(SEED), sourcing=False)
    item = newsdoc.to_ninjs(layout, uri="urn:newsdoc:seed")
    assert "people" not in item
    assert "organisations" not in item
    bodies = item["bodies"]
    assert isinstance(bodies, list)
    html_body = bodies[0]
    assert isinstance(html_body, dict)
    assert str(html_body["value"]).startswith('<article class="newsdoc" data-sourcing="false">')
    full = newsdoc.to_ninjs(newsdoc.parse(read(SEED)), uri="urn:newsdoc:seed")
    assert {k: v for k, v in item.items() if k != "bodies"} == {
        k: v for k, v in full.items() if k not in ("bodies", "people", "organisations")
    }


def test_jsonld_claims_no_quotation_list_and_keeps_the_body() -> None:
    """No hasPart (not an empty one), and the body, date and description of the full parse."""
    layout = newsdoc.to_jsonld(newsdoc.parse(read(SEED), sourcing=False), url="https://example.com/a")
    full = newsdoc.to_jsonld(newsdoc.parse(read(SEED)), url="https://example.com/a")
    assert "hasPart" not in layout
    assert full["hasPart"]
    assert layout == {k: v for k, v in full.items() if k != "hasPart"}


def test_markdown_and_text_are_the_full_parse_s() -> None:
    """Markdown and the seed text hold no quote markup, so they are byte for byte the full parse's."""
    for path in CORPUS_FILES[::25]:
        text = read(path)
        layout, full = newsdoc.parse(text, sourcing=False), newsdoc.parse(text)
        assert newsdoc.to_markdown(layout) == newsdoc.to_markdown(full)
        assert newsdoc.to_text(layout) == newsdoc.to_text(full)


def test_records_refuse_an_article_not_read_for_sources() -> None:
    """No records would read as no quotes: both record functions raise at the call, and name the fix."""
    layout = newsdoc.parse(read(SEED), sourcing=False)
    with pytest.raises(ValueError, match=r"not looked for; parse it with sourcing=True"):
        newsdoc.quote_records(layout)
    with pytest.raises(ValueError, match=r"attributions were not looked for"):
        newsdoc.attribution_records(layout)
    full = newsdoc.parse(read(SEED))
    assert len(list(newsdoc.attribution_records(full))) == len(full.attributions) > 0
    assert list(newsdoc.quote_records(newsdoc.parse(" date 2023-10-16 Nobody speaks.\n\n"))) == []


def test_stats_count_the_layout_and_show_sources_as_not_read() -> None:
    """Layout counts are those of the full parse; quotes and attributions are null (JSON) and 'not read' (table)."""
    paths = CORPUS_FILES[:30]
    layout, full = Tally(), Tally()
    for path in paths:
        layout.add(newsdoc.parse(read(path), sourcing=False))
        full.add(newsdoc.parse(read(path)))
    counts, reference = layout.to_dict(), full.to_dict()
    assert reference["quotes"] is not None
    assert reference["sourced"] == 30
    assert counts["sourced"] == 0
    assert (counts["quotes"], counts["attributions"], counts["unnamed_share"]) == (None, None, None)
    same = ("articles", "sections", "paragraphs", "labels")
    assert {k: counts[k] for k in same} == {k: reference[k] for k in same}
    table = [re.split(r"\s{2,}", line.strip()) for line in layout.render().splitlines()[:17]]
    assert table[:2] == [["articles", "30"], ["read for sources", "0"]]
    assert table[4:] == [
        [name, "not read"]
        for name in (
            "quotes", "partial", "attributions", "said", "according_to", "declined", "no_response",
            "sources named", "sources unnamed", "sources unclear", "unnamed share", "with content", "content share",
        )
    ]  # fmt: skip
    reference_table = full.render()
    assert "not read" not in reference_table
    assert "read for sources" not in reference_table


def test_stats_over_a_mix_count_sources_over_the_articles_read_for_them() -> None:
    """Quotes and attributions are counted over the sourced articles only, and the table says how many those are."""
    sourced = newsdoc.parse(read(SEED))
    tally = Tally()
    tally.add(sourced)
    tally.add(newsdoc.parse(read(SEED), sourcing=False))
    counts = tally.to_dict()
    assert (counts["articles"], counts["sourced"]) == (2, 1)
    assert counts["quotes"] == {"total": len(sourced.quotes), "partial": sum(q.partial for q in sourced.quotes)}
    attributions = counts["attributions"]
    assert isinstance(attributions, dict)
    assert attributions["total"] == len(sourced.attributions)
    assert counts["paragraphs"] == 2 * len(sourced.paragraphs)
    rows = [re.split(r"\s{2,}", line.strip()) for line in tally.render().splitlines()]
    assert rows[:5] == [["articles", "2"], ["read for sources", "1"], rows[2], rows[3], ["quotes", "1"]]
