"""``--no-sourcing`` on ``parse``, ``check`` and ``stats``: the layout alone, and outputs that say so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsdoc

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4fd815950c55ca6a.txt"
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
HTML = ROOT.parent / "shared" / "corpus" / "html"
# An unclosed quote (ND201, a warning of the quote stage) and trailing spaces (ND113, layout info).
QUOTE_PROBLEM = b' date 2023-10-16 Lede "never closed.\n\nWhy it matters: Text.  \n\n'


def run(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc`` with ``args`` and capture everything it writes."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)], input=stdin, capture_output=True, cwd=ROOT, check=False
    )


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("command", ["parse", "check", "stats"])
def test_each_command_offers_the_flag(command: str) -> None:
    """``--help`` of each of the three commands lists --no-sourcing."""
    result = run(command, "--help")
    assert result.returncode == 0
    assert b"--no-sourcing" in result.stdout


def test_parse_writes_json_that_says_sources_were_not_looked_for() -> None:
    """The JSON is the library's layout parse of the file: "sourcing": false, no quotes, the same layout."""
    result = run("parse", SEED, "--no-sourcing")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.startswith(b'{\n  "format": "newsdoc",\n  "version": 2,\n  "sourcing": false,\n')
    article = newsdoc.from_json(result.stdout)
    assert article.sourcing is False
    assert article.quotes == ()
    assert article.attributions == ()
    assert article == newsdoc.parse(_text(SEED), sourcing=False)
    full = run("parse", SEED)
    assert b'"sourcing"' not in full.stdout
    assert newsdoc.from_json(full.stdout).attributions != ()


def test_parse_text_is_byte_for_byte_the_full_parse_s() -> None:
    """``--to text`` of the canonical seed gives back its exact bytes either way."""
    result = run("parse", SEED, "--to", "text", "--no-sourcing")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == SEED.read_bytes()


def test_parse_html_output_marks_the_article() -> None:
    """``--to html`` says on the <article> that quotes were not looked for, and marks none."""
    result = run("parse", SEED, "--to", "html", "--fragment", "--no-sourcing")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.startswith(b'<article class="newsdoc" data-sourcing="false">\n')
    assert b'class="attribution"' not in result.stdout


def test_a_jsonl_stream_says_it_of_every_line_the_unread_ones_included(tmp_path: Path) -> None:
    """Over a folder and a missing file, every line (the unread input's too) has "sourcing": false."""
    for path in sorted(ARTICLES.glob("*.txt"))[:5]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    missing = tmp_path / "missing.txt"
    result = run("parse", tmp_path, missing, "--to", "jsonl", "--no-sourcing")
    assert result.returncode == 2  # the missing file
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 6
    articles = [newsdoc.from_json(line) for line in lines]
    assert all(a.sourcing is False for a in articles)
    assert [a.source_path for a in articles][-1] == str(missing)
    assert [d.code for d in articles[-1].diagnostics] == ["ND106"]
    for path, article in zip(sorted(tmp_path.glob("*.txt")), articles, strict=False):
        assert article.paragraphs == newsdoc.parse(_text(path), sourcing=False).paragraphs


def test_parse_reads_html_inputs_without_sources() -> None:
    """An HTML input is read with parse_html(..., sourcing=False): its layout, no attributions."""
    page = sorted(HTML.glob("*.html"))[0]
    result = run("parse", page, "--no-sourcing")
    assert result.returncode == 0
    assert b"ND101" in result.stderr  # the feed's HTML gives no date: a layout error, named as ever
    article = newsdoc.from_json(result.stdout)
    assert article.sourcing is False
    assert article == newsdoc.parse_html(_text(page), sourcing=False)
    assert newsdoc.parse_html(_text(page)).attributions != ()


def test_check_reports_layout_diagnostics_and_no_quote_ones(tmp_path: Path) -> None:
    """The unclosed quote (ND201) is not reported, the trailing spaces (ND113) are; --strict then counts nothing."""
    story = tmp_path / "story.txt"
    story.write_bytes(QUOTE_PROBLEM)
    full = run("check", "--strict", story)
    assert full.returncode == 1
    assert [line.split()[1] for line in full.stdout.decode().splitlines()] == ["ND201", "ND113"]
    layout = run("check", "--strict", "--no-sourcing", story)
    assert (layout.returncode, layout.stderr) == (0, b"")
    assert layout.stdout.decode() == f"{story}:3:22: ND113 {newsdoc.CODES['ND113'][1]}: 1 place, the first here\n"


def test_check_still_fails_on_a_layout_error(tmp_path: Path) -> None:
    """A text without a date header is an error (ND101) whether or not sources are looked for."""
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"No header here.\n\n")
    result = run("check", "--no-sourcing", notes)
    assert result.returncode == 1
    assert b"ND101" in result.stdout


def test_stats_json_counts_the_layout_and_leaves_sources_null() -> None:
    """Over the corpus, sections, paragraphs and labels are the full run's; quotes and attributions are null."""
    layout = run("stats", "--json", "--no-sourcing", ARTICLES)
    full = run("stats", "--json", ARTICLES)
    assert (layout.returncode, layout.stderr) == (0, b"")
    counts, reference = json.loads(layout.stdout), json.loads(full.stdout)
    assert (counts["sourced"], reference["sourced"]) == (0, 148)
    assert (counts["quotes"], counts["attributions"], counts["unnamed_share"], counts["content_share"]) == (None,) * 4
    assert reference["quotes"]["total"] > 0
    same = ("articles", "sections", "paragraphs", "labels")
    assert {k: counts[k] for k in same} == {k: reference[k] for k in same}


def test_stats_table_shows_sources_as_not_read() -> None:
    """The table says how many articles were read for sources (none) and shows their counts as not read."""
    result = run("stats", "--no-sourcing", SEED)
    assert (result.returncode, result.stderr) == (0, b"")
    totals = result.stdout.decode().split("\n\n")[0].splitlines()
    assert [line.split()[0] for line in totals[:3]] == ["articles", "read", "sections"]
    assert totals[1].split() == ["read", "for", "sources", "0"]
    assert [line.endswith("not read") for line in totals] == [False] * 4 + [True] * 13
