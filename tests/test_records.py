"""Flat quote and attribution records: keys, plain values, joins, and data frames."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pandas as pd
import pytest
import regex

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote, Section, Span
from newsdoc._records import Record

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [
    *sorted((ROOT.parent / "shared" / "corpus" / "articles").glob("*.txt")),
    *sorted((ROOT.parent / "shared" / "corpus" / "bulleted").glob("*.txt")),
]

OFFICIALS = Attribution(
    source="two Israeli officials", cue="said", kind=AttributionKind.SAID, named=False, count=2, rule="said-after"
)
SENIOR = Attribution(
    source="a senior Israeli official",
    cue="said",
    kind=AttributionKind.SAID,
    named=False,
    count=1,
    rule="quote-said",
    span=Span(start=160, end=190),
)
MILLER = Attribution(
    source="State Department spokesperson Mathew Miller",
    cue="declined to comment",
    kind=AttributionKind.DECLINED,
    named=True,
    name="Mathew Miller",
    role="State Department spokesperson",
    rule="declined",
    span=Span(start=200, end=262),
)
BIDEN = Quote(text="The Biden administration understands,", attribution=SENIOR, span=Span(start=121, end=158))
MISTAKE = Quote(text="a grave mistake", partial=True, span=Span(start=300, end=315))
ARTICLE = Article(
    date=datetime.date(2023, 10, 16),
    lede=Paragraph(text="Blinken urged aid, two Israeli officials said.", attributions=(OFFICIALS,)),
    sections=(
        Section(
            label="Behind the scenes",
            paragraphs=(
                Paragraph(label="Behind the scenes", text="Blinken stressed the point."),
                Paragraph(
                    text='"The Biden administration understands," a senior Israeli official said.',
                    quotes=(BIDEN,),
                    attributions=(SENIOR,),
                ),
                Paragraph(
                    text="State Department spokesperson Mathew Miller declined to comment.", attributions=(MILLER,)
                ),
            ),
        ),
        Section(
            label="Yes, but",
            paragraphs=(Paragraph(label="Yes, but", text='Critics called it "a grave mistake".', quotes=(MISTAKE,)),),
        ),
    ),
)
PLACE_BEHIND = {"section": "Behind the scenes", "section_key": "behind_the_scenes", "date": "2023-10-16"}
NO_SOURCE = dict.fromkeys(("cue", "kind", "named", "count", "name", "role", "resolved", "speaker_resolved", "content"))
EXPECTED_QUOTES = [
    {
        "quote": 0,
        "paragraph": 2,
        **PLACE_BEHIND,
        "text": "The Biden administration understands,",
        "partial": False,
        "speaker": "a senior Israeli official",
        "cue": "said",
        "kind": "said",
        "named": False,
        "count": 1,
        "name": None,
        "role": None,
        "resolved": None,
        "speaker_resolved": "a senior Israeli official",
        "content": None,
        "attribution": 1,
        "start": 121,
        "end": 158,
    },
    {
        "quote": 1,
        "paragraph": 4,
        "section": "Yes, but",
        "section_key": "yes_but",
        "date": "2023-10-16",
        "text": "a grave mistake",
        "partial": True,
        "speaker": None,
        **NO_SOURCE,
        "attribution": None,
        "start": 300,
        "end": 315,
    },
]
EXPECTED_ATTRIBUTIONS = [
    {
        "attribution": 0,
        "paragraph": 0,
        "section": None,
        "section_key": None,
        "date": "2023-10-16",
        "source": "two Israeli officials",
        "cue": "said",
        "kind": "said",
        "named": False,
        "count": 2,
        "name": None,
        "role": None,
        "resolved": None,
        "speaker_resolved": "two Israeli officials",
        "content": None,
        "rule": "said-after",
        "quote": None,
        "start": None,
        "end": None,
    },
    {
        "attribution": 1,
        "paragraph": 2,
        **PLACE_BEHIND,
        "source": "a senior Israeli official",
        "cue": "said",
        "kind": "said",
        "named": False,
        "count": 1,
        "name": None,
        "role": None,
        "resolved": None,
        "speaker_resolved": "a senior Israeli official",
        "content": None,
        "rule": "quote-said",
        "quote": 0,
        "start": 160,
        "end": 190,
    },
    {
        "attribution": 2,
        "paragraph": 3,
        **PLACE_BEHIND,
        "source": "State Department spokesperson Mathew Miller",
        "cue": "declined to comment",
        "kind": "declined",
        "named": True,
        "count": None,
        "name": "Mathew Miller",
        "role": "State Department spokesperson",
        "resolved": None,
        "speaker_resolved": "Mathew Miller",
        "content": None,
        "rule": "declined",
        "quote": None,
        "start": 200,
        "end": 262,
    },
]

Records = Callable[[Article], Iterator[Record]]
KINDS: list[tuple[Records, tuple[str, ...], Callable[[Article], tuple[object, ...]]]] = [
    (newsdoc.quote_records, newsdoc.QUOTE_RECORD_KEYS, lambda a: a.quotes),
    (newsdoc.attribution_records, newsdoc.ATTRIBUTION_RECORD_KEYS, lambda a: a.attributions),
]
KIND_IDS = ["quotes", "attributions"]


@functools.cache
def corpus_articles() -> list[Article]:
    """Every corpus article, both variants, parsed."""
    return [newsdoc.parse(p.read_bytes().decode("utf-8")) for p in CORPUS]


def test_quote_records_of_a_hand_built_article() -> None:
    """Each quote gives one record with its place, its words and its attribution's fields."""
    assert list(newsdoc.quote_records(ARTICLE)) == EXPECTED_QUOTES


def test_attribution_records_of_a_hand_built_article() -> None:
    """Each attribution gives one record; ``quote`` points at the quote it credits."""
    assert list(newsdoc.attribution_records(ARTICLE)) == EXPECTED_ATTRIBUTIONS


def test_the_join_keys_point_at_each_other() -> None:
    """A quote's ``attribution`` and that attribution's ``quote`` name each other."""
    quotes = list(newsdoc.quote_records(ARTICLE))
    attributions = list(newsdoc.attribution_records(ARTICLE))
    for q in quotes:
        if q["attribution"] is not None:
            target = attributions[int(q["attribution"])]
            assert (target["quote"], target["source"]) == (q["quote"], q["speaker"])


def test_an_equal_attribution_elsewhere_is_not_the_quotes() -> None:
    """Joins go by place: an attribution equal in content but at another span credits no quote."""
    elsewhere = Attribution(
        source=SENIOR.source, cue=SENIOR.cue, kind=SENIOR.kind, named=False, count=1, rule="quote-said"
    )
    paragraph = Paragraph(text="x", quotes=(BIDEN,), attributions=(elsewhere,))
    article = Article(lede=paragraph)
    assert [r["attribution"] for r in newsdoc.quote_records(article)] == [None]
    assert [r["quote"] for r in newsdoc.attribution_records(article)] == [None]


def test_an_attribution_in_the_paragraph_before_credits_the_quote() -> None:
    """``Frank said:`` then the quote in its own paragraph: the two records still name each other."""
    frank = Attribution(source="Frank", cue="said", kind=AttributionKind.SAID, named=True, span=Span(start=10, end=20))
    quote = Quote(text="We are ready.", attribution=frank, span=Span(start=30, end=43))
    article = Article(
        lede=Paragraph(text="Lede."),
        sections=(
            Section(
                paragraphs=(Paragraph(text="Frank said:", attributions=(frank,)), Paragraph(text="x", quotes=(quote,)))
            ),
        ),
    )
    assert [(r["paragraph"], r["attribution"], r["speaker"]) for r in newsdoc.quote_records(article)] == [
        (2, 0, "Frank")
    ]
    assert [(r["paragraph"], r["quote"]) for r in newsdoc.attribution_records(article)] == [(1, 0)]


def test_content_is_a_column_of_both_kinds_of_record() -> None:
    """An attribution record holds what its attribution credits; a quote record holds its attribution's content."""
    text = '"We are ready," she said. "We will win." The talks will resume, officials said. Gallup declined to comment.'
    she = Attribution(source="she", cue="said", kind=AttributionKind.SAID, content="We are ready, We will win.")
    officials = Attribution(
        source="officials", cue="said", kind=AttributionKind.SAID, named=False, content="The talks will resume"
    )
    gallup = Attribution(source="Gallup", cue="declined to comment", kind=AttributionKind.DECLINED, named=True)
    quotes = (Quote(text="We are ready,", attribution=she), Quote(text="We will win.", attribution=she))
    article = Article(lede=Paragraph(text=text, quotes=quotes, attributions=(she, officials, gallup)))
    assert [(r["source"], r["content"]) for r in newsdoc.attribution_records(article)] == [
        ("she", "We are ready, We will win."),
        ("officials", "The talks will resume"),
        ("Gallup", None),
    ]
    assert [(r["text"], r["content"]) for r in newsdoc.quote_records(article)] == [
        ("We are ready,", "We are ready, We will win."),
        ("We will win.", "We are ready, We will win."),
    ]
    frame = pd.DataFrame(newsdoc.attribution_records(article), columns=list(newsdoc.ATTRIBUTION_RECORD_KEYS))
    assert str(frame.astype(newsdoc.ATTRIBUTION_RECORD_DTYPES)["content"].dtype) == "string"


def test_corpus_quotes_join_their_attributions() -> None:
    """Over the corpus, a quote whose attribution is among the article's is joined to it, and the join points back."""
    for article in corpus_articles():
        quotes = list(newsdoc.quote_records(article))
        attributions = list(newsdoc.attribution_records(article))
        for q, model in zip(quotes, article.quotes, strict=True):
            credited = model.attribution
            among = credited is not None and any(
                a == credited and a.span == credited.span for a in article.attributions
            )
            assert (q["attribution"] is not None) == among
            if q["attribution"] is not None:
                target = attributions[int(q["attribution"])]
                assert target["source"] == q["speaker"]
                first = target["quote"]
                assert first is not None
                assert quotes[int(first)]["attribution"] == q["attribution"]


@pytest.mark.parametrize(("records", "keys", "_items"), KINDS, ids=KIND_IDS)
def test_an_article_without_sourcing_gives_no_records(records: Records, keys: tuple[str, ...], _items: object) -> None:
    """No quotes, no records: the generator is empty rather than yielding a blank row."""
    assert list(records(Article(lede=Paragraph(text="Nothing quoted.")))) == []


@pytest.mark.parametrize(("records", "keys", "items"), KINDS, ids=KIND_IDS)
def test_records_have_the_documented_keys_and_plain_values(
    records: Records, keys: tuple[str, ...], items: Callable[[Article], tuple[object, ...]]
) -> None:
    """Over the corpus and the hand-built article: one record per item, the keys in order, plain values only."""
    plain = {str, int, bool, type(None)}
    for article in [ARTICLE, *corpus_articles()]:
        rows = list(records(article))
        assert len(rows) == len(items(article))
        for row in rows:
            assert tuple(row) == keys
            assert {type(v) for v in row.values()} <= plain, row


@pytest.mark.parametrize(("records", "keys", "_items"), KINDS, ids=KIND_IDS)
def test_each_column_holds_one_type(records: Records, keys: tuple[str, ...], _items: object) -> None:
    """A column holds one plain type besides None, which is what a Parquet schema needs."""
    rows = [row for article in [ARTICLE, *corpus_articles()] for row in records(article)]
    for key in keys:
        types = {type(row[key]) for row in rows} - {type(None)}
        assert len(types) <= 1, (key, types)


@pytest.mark.parametrize(("records", "keys", "_items"), KINDS, ids=KIND_IDS)
def test_records_make_a_data_frame_as_they_are(records: Records, keys: tuple[str, ...], _items: object) -> None:
    """pandas takes the records unchanged: the columns are the keys and the cells the values."""
    rows = list(records(ARTICLE))
    frame = pd.DataFrame(rows)
    assert tuple(frame.columns) == keys
    assert frame.astype(object).where(frame.notna(), None).to_dict("records") == rows


def test_quote_flags_make_a_boolean_column() -> None:
    """``partial`` is a bool column in pandas, so it can filter a frame directly."""
    frame = pd.DataFrame(newsdoc.quote_records(ARTICLE))
    assert frame["partial"].dtype == bool
    assert frame.loc[frame["partial"], "text"].tolist() == ["a grave mistake"]


COOKBOOK = ROOT / "docs" / "cookbook.md"
# The first Python block after a heading.
FIRST_PYTHON_BLOCK = regex.compile(r"```python\n(.*?)\n```", flags=regex.DOTALL)


def cookbook(heading: str) -> dict[str, object]:
    """The definitions of the first Python block under ``heading`` in docs/cookbook.md, executed."""
    text = COOKBOOK.read_text(encoding="utf-8")
    match = FIRST_PYTHON_BLOCK.search(text, text.index(f"\n## {heading}\n"))
    assert match is not None, heading
    namespace: dict[str, object] = {"__name__": "cookbook"}
    exec(compile(match.group(1), f"{COOKBOOK}:{heading}", "exec"), namespace)
    return namespace


def test_the_cookbook_quotes_table_over_the_corpus() -> None:
    """The cookbook's quotes_table has a row per corpus quote and the documented columns, even when empty."""
    quotes_table = cast("Callable[[str], pd.DataFrame]", cookbook("A quotes table for pandas")["quotes_table"])
    frame = quotes_table(str(CORPUS[0].parent))
    articles = [a for p, a in zip(CORPUS, corpus_articles(), strict=True) if p.parent == CORPUS[0].parent]
    assert tuple(frame.columns) == ("file", *newsdoc.QUOTE_RECORD_KEYS)
    assert len(frame) == sum(len(a.quotes) for a in articles)


def test_the_cookbook_sourcing_summary() -> None:
    """The cookbook's sourcing_by_kind counts attributions and unnamed ones per kind."""
    recipes = cookbook("Sourcing statistics over a folder of articles")
    attributions_table = cast("Callable[[str], pd.DataFrame]", recipes["attributions_table"])
    sourcing_by_kind = cast("Callable[[pd.DataFrame], pd.DataFrame]", recipes["sourcing_by_kind"])
    corpus_frame = attributions_table(str(CORPUS[0].parent))
    assert tuple(corpus_frame.columns) == ("file", *newsdoc.ATTRIBUTION_RECORD_KEYS)
    summary = sourcing_by_kind(pd.DataFrame(newsdoc.attribution_records(ARTICLE)))
    assert summary.to_dict("index") == {
        "declined": {"attributions": 1, "unnamed": 0, "unnamed_share": 0.0},
        "said": {"attributions": 2, "unnamed": 2, "unnamed_share": 1.0},
    }


SPEAKERS = [
    pytest.param(
        Attribution(source="he", cue="said", kind=AttributionKind.SAID, named=True, resolved="Warsh"),
        "Warsh",
        id="resolved-pronoun",
    ),
    pytest.param(MILLER, "Mathew Miller", id="name"),
    pytest.param(OFFICIALS, "two Israeli officials", id="source-as-written"),
    pytest.param(
        Attribution(source="she", cue="said", kind=AttributionKind.SAID, named=True), "she", id="unresolved-pronoun"
    ),
]


@pytest.mark.parametrize(("attribution", "expected"), SPEAKERS)
def test_speaker_resolved_is_the_resolved_name_else_the_name_else_the_source(
    attribution: Attribution, expected: str
) -> None:
    """speaker_resolved: the name a pronoun was resolved to, else the person's name, else the source as written."""
    quote = Quote(text="Yes,", attribution=attribution)
    article = Article(lede=Paragraph(text='"Yes," x said.', quotes=(quote,), attributions=(attribution,)))
    assert [r["speaker_resolved"] for r in newsdoc.quote_records(article)] == [expected]
    assert [r["speaker_resolved"] for r in newsdoc.attribution_records(article)] == [expected]


def test_speaker_resolved_over_the_corpus_replaces_resolved_pronouns() -> None:
    """On the corpus, every quote whose pronoun was resolved is counted under the name, not the pronoun."""
    rows = [row for article in corpus_articles() for row in newsdoc.quote_records(article)]
    resolved = [row for row in rows if row["resolved"] is not None]
    assert resolved, "the corpus has resolved pronouns"
    assert all(row["speaker_resolved"] == row["resolved"] != row["speaker"] for row in resolved)
    assert all((row["speaker"] is None) == (row["speaker_resolved"] is None) for row in rows)


@pytest.mark.parametrize(
    ("records", "keys", "dtypes"),
    [
        (newsdoc.quote_records, newsdoc.QUOTE_RECORD_KEYS, newsdoc.QUOTE_RECORD_DTYPES),
        (newsdoc.attribution_records, newsdoc.ATTRIBUTION_RECORD_KEYS, newsdoc.ATTRIBUTION_RECORD_DTYPES),
    ],
    ids=KIND_IDS,
)
def test_the_stated_dtypes_type_every_column_of_the_corpus_frame(
    records: Records, keys: tuple[str, ...], dtypes: dict[str, str]
) -> None:
    """astype(the stated dtypes) over the corpus: count is Int64, named boolean, and no value is lost or changed."""
    assert tuple(dtypes) == keys
    rows = [row for article in [ARTICLE, *corpus_articles()] for row in records(article)]
    frame = pd.DataFrame(rows, columns=list(keys)).astype(dtypes)
    assert {key: str(frame[key].dtype) for key in keys} == {
        key: str(pd.api.types.pandas_dtype(d)) for key, d in dtypes.items()
    }
    assert str(frame["count"].dtype) == "Int64"
    assert str(frame["named"].dtype) == "boolean"
    assert frame["named"].isna().any(), "the corpus has an unclear source, which stays <NA>"
    back = frame.astype(object).where(frame.notna(), None).to_dict("records")
    assert back == rows


def test_the_cookbook_top_speakers_count_names_rather_than_pronouns() -> None:
    """The cookbook's top speakers over the corpus count a resolved pronoun under its name."""
    recipes = cookbook("A quotes table for pandas")
    quotes_table = cast("Callable[[str], pd.DataFrame]", recipes["quotes_table"])
    top_speakers = cast("Callable[[pd.DataFrame, int], pd.Series]", recipes["top_speakers"])
    frame = quotes_table(str(CORPUS[0].parent))
    assert str(frame["count"].dtype) == "Int64"
    full = frame[~frame["partial"]]
    top = top_speakers(frame, 1000)
    assert top.to_dict() == full["speaker_resolved"].value_counts().to_dict()
    as_written = full["speaker"].value_counts()
    for pronoun in ("he", "she"):
        assert top.get(pronoun, 0) < as_written[pronoun]
