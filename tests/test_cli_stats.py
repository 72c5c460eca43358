"""``newsdoc stats``: the counts of a set of articles, as a table and as JSON."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote, Section
from newsdoc._cli.cmd_stats import Tally

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"

TWO_ARTICLES = {
    "a.txt": " date 2023-10-16 Lede.\n\nWhy it matters: A.\n\nWhy It Matters: B.\n\nThe big picture: C.\n\n",
    "b.txt": " date 2023-10-17 Another lede.\n\nThe big picture: D.\n\nMore text.\n\nZoom in: E.\n\n",
}
TWO_ARTICLES_TABLE = """\
articles           2
sections           5
paragraphs         8
quotes             0
  partial          0
attributions       0
  said             0
  according_to     0
  declined         0
  no_response      0
sources named      0
sources unnamed    0
sources unclear    0
unnamed share    n/a
with content       0
content share    n/a

label            sections
The big picture         2
Why it matters          2
Zoom in                 1
"""


def said(
    source: str, named: bool | None, kind: AttributionKind = AttributionKind.SAID, content: str | None = None
) -> Attribution:
    """An attribution of ``source`` with the given kind, crediting ``content``."""
    return Attribution(source=source, cue="said", kind=kind, named=named, content=content)


SOURCED = Article(
    date=datetime.date(2023, 10, 16),
    lede=Paragraph(text="Lede.", attributions=(said("two officials", named=False, content="Talks resume"),)),
    sections=(
        Section(
            label="Behind the scenes",
            paragraphs=(
                Paragraph(
                    label="Behind the scenes",
                    text="...",
                    quotes=(Quote(text="We are ready,"), Quote(text="a grave mistake", partial=True)),
                    attributions=(
                        said(
                            "a senior official", named=False, kind=AttributionKind.ACCORDING_TO, content="We are ready,"
                        ),
                        said("Mathew Miller", named=True, kind=AttributionKind.DECLINED),
                        said("they", named=None),
                    ),
                ),
            ),
        ),
    ),
)


def run(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc`` with ``args`` and capture everything it writes."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)], input=stdin, capture_output=True, cwd=ROOT, check=False
    )


def test_the_table_of_two_articles(tmp_path: Path) -> None:
    """The plain table: totals, then labels by frequency, spellings of one key counted together."""
    for name, text in TWO_ARTICLES.items():
        (tmp_path / name).write_bytes(text.encode())
    result = run("stats", tmp_path)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode() == TWO_ARTICLES_TABLE


def test_standard_input_counts_as_one_article() -> None:
    """``stats -`` counts the article on stdin."""
    result = run("stats", "--json", "-", stdin=TWO_ARTICLES["b.txt"].encode())
    assert (result.returncode, result.stderr) == (0, b"")
    counts = json.loads(result.stdout)
    assert (counts["articles"], counts["sections"], counts["paragraphs"]) == (1, 2, 4)


def test_json_over_the_corpus_matches_the_library() -> None:
    """``stats --json`` over the corpus folder agrees with counts made from the parsed articles."""
    articles = [newsdoc.parse(p.read_bytes().decode("utf-8")) for p in sorted(ARTICLES.glob("*.txt"))]
    result = run("stats", "--json", ARTICLES)
    assert (result.returncode, result.stderr) == (0, b"")
    counts = json.loads(result.stdout)
    keys = Counter(s.key for a in articles for s in a.sections if s.key is not None)
    attributions = [x for a in articles for x in a.attributions]
    assert counts["articles"] == len(articles) == 148
    assert counts["sections"] == sum(len(a.sections) for a in articles)
    assert counts["paragraphs"] == sum(len(a.paragraphs) for a in articles)
    assert {row["key"]: row["count"] for row in counts["labels"]} == dict(keys)
    assert [row["count"] for row in counts["labels"]] == sorted(keys.values(), reverse=True)
    assert counts["quotes"] == {
        "total": sum(len(a.quotes) for a in articles),
        "partial": sum(q.partial for a in articles for q in a.quotes),
    }
    assert counts["attributions"]["total"] == len(attributions)
    assert counts["attributions"]["by_kind"] == {
        k.value: sum(x.kind is k for x in attributions) for k in AttributionKind
    }


def test_sourcing_counts_and_the_unnamed_and_content_shares() -> None:
    """Quotes, attributions by kind, and unnamed sources and attributions that credit content as shares of all
    attributions."""
    tally = Tally()
    tally.add(SOURCED)
    tally.add(Article(lede=Paragraph(text="No sources.")))
    counts = tally.to_dict()
    assert counts["quotes"] == {"total": 2, "partial": 1}
    assert counts["attributions"] == {
        "total": 4,
        "by_kind": {"said": 2, "according_to": 1, "declined": 1, "no_response": 0},
        "named": 1,
        "unnamed": 2,
        "unclear": 1,
        "with_content": 2,
    }
    assert (counts["unnamed_share"], counts["content_share"]) == (0.5, 0.5)
    table = tally.render().splitlines()
    assert table[6:16] == [
        "  said               2",
        "  according_to       1",
        "  declined           1",
        "  no_response        0",
        "sources named        1",
        "sources unnamed      2",
        "sources unclear      1",
        "unnamed share    50.0%",
        "with content         2",
        "content share    50.0%",
    ]


def test_no_attributions_have_no_share() -> None:
    """Without attributions the shares are null in JSON and ``n/a`` in the table, never a division by zero."""
    tally = Tally()
    tally.add(Article(lede=Paragraph(text="No sources.")))
    assert (tally.to_dict()["unnamed_share"], tally.to_dict()["content_share"]) == (None, None)
    assert tally.render().splitlines()[13:16] == [
        "unnamed share    n/a",
        "with content       0",
        "content share    n/a",
    ]


def test_the_content_share_merges_as_it_adds() -> None:
    """Counts merged from workers (--jobs) give the share that counting every article in one tally gives."""
    one, first, second = Tally(), Tally(), Tally()
    for tally, article in (
        (first, SOURCED),
        (second, Article(lede=Paragraph(text="x", attributions=(said("he", True),)))),
    ):
        one.add(article)
        tally.add(article)
    first.merge(second)
    assert first.to_dict() == one.to_dict()
    assert (one.with_content, one.content_share) == (2, 0.4)


def test_nothing_read_prints_no_table(tmp_path: Path) -> None:
    """When no input could be read there is nothing to count: only the error line, exit 2."""
    result = run("stats", tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == f"newsdoc: error: {tmp_path}: no articles (.txt, .html, .htm) in this directory\n"


def test_the_reference_shows_this_table() -> None:
    """docs/cli.md shows the table of the two articles above exactly as the command prints it."""
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"```text\n{TWO_ARTICLES_TABLE}```" in reference
