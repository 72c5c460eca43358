"""A researcher's first hour on an archive: outputs tied to their inputs, no silent success on the wrong input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsdoc

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4fd815950c55ca6a.txt"
NO_DATE = b"A lede with no date.\n\n"
HTML = b"<p>The talks resumed.</p>\n<p><strong>Why it matters:</strong> Time is short, two officials said.</p>\n"
LATIN1 = " date 2023-10-16 Caf\u00e9 owners said so.\n\n".encode("latin-1")


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m newsdoc`` in ``cwd`` and capture what it writes, as text."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)], capture_output=True, cwd=cwd, check=False, text=True
    )


def archive(root: Path) -> Path:
    """Four inputs kept in date folders, one of them Latin-1."""
    folder = root / "archive"
    for name, data in {
        "2024/01/001.txt": SEED.read_bytes(),
        "2024/02/001.txt": SEED.read_bytes().replace(b"Blinken", b"Austin"),
        "2024/02/002.txt": LATIN1,
        "2024/03/001.txt": NO_DATE,
    }.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def test_every_jsonl_line_names_its_input_and_an_unread_input_has_a_line(tmp_path: Path) -> None:
    """Problem 1: four inputs, one Latin-1, give four lines, each with its source_path, all read by from_json."""
    archive(tmp_path)
    result = run("parse", "archive", "--to", "jsonl", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    articles = [newsdoc.from_json(line) for line in lines]
    assert [a.source_path for a in articles] == [
        "archive/2024/01/001.txt",
        "archive/2024/02/001.txt",
        "archive/2024/02/002.txt",
        "archive/2024/03/001.txt",
    ]
    assert [json.loads(line)["source_path"] for line in lines] == [a.source_path for a in articles]
    assert articles[0] == newsdoc.parse(SEED.read_text(encoding="utf-8"))
    unread = articles[2]
    assert [d.code for d in unread.diagnostics] == ["ND106"]
    assert unread.diagnostics[0].severity is newsdoc.Severity.ERROR
    assert "not UTF-8 text" in unread.diagnostics[0].message
    assert "newsdoc: error: archive/2024/02/002.txt: not UTF-8 text" in result.stderr


def test_output_directory_mirrors_the_input_folders(tmp_path: Path) -> None:
    """Problem 2: 2024/01/001.txt and 2024/02/001.txt become out/2024/01/001.html and out/2024/02/001.html."""
    folder = archive(tmp_path)
    (folder / "2024/02/002.txt").unlink()
    result = run("parse", "archive", "--to", "html", "-o", "out", cwd=tmp_path)
    assert "already holds" not in result.stderr
    assert result.returncode == 0, result.stderr
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.html"))
    assert written == ["2024/01/001.html", "2024/02/001.html", "2024/03/001.html"]
    assert "Austin" in (tmp_path / "out/2024/02/001.html").read_text(encoding="utf-8")


def test_a_file_argument_is_written_at_the_top_of_the_output_directory(tmp_path: Path) -> None:
    """A file named on the command line (not found in a directory) keeps its file name only."""
    archive(tmp_path)
    result = run(
        "parse", "archive/2024/01/001.txt", "archive/2024/03/001.txt", "--to", "json", "-o", "out", cwd=tmp_path
    )
    assert result.returncode == 2  # the second one has the same name
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["001.json"]


def test_html_input_is_read_as_html(tmp_path: Path) -> None:
    """Problem 3: HTML copied from a page, under any name, is read with parse_html: its bold
    label and its attribution are found, and check and stats read it too."""
    (tmp_path / "page.txt").write_bytes(HTML)
    result = run("parse", "--to", "json", "page.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    article = newsdoc.from_json(result.stdout)
    assert article == newsdoc.parse_html(HTML.decode())
    assert [s.label for s in article.sections] == ["Why it matters"]
    checked = run("check", "page.txt", cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr  # the fragment gives no date: an error, as in text
    assert "ND101" in checked.stdout
    counted = run("stats", "--json", "page.txt", cwd=tmp_path)
    assert counted.returncode == 0, counted.stderr
    assert json.loads(counted.stdout)["articles"] == 1


def test_an_html_file_in_a_folder_is_read(tmp_path: Path) -> None:
    """A directory's *.html files are articles too, read with parse_html."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes(HTML)
    (folder / "b.txt").write_bytes(SEED.read_bytes())
    result = run("parse", "--to", "jsonl", "in", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [newsdoc.from_json(line).source_path for line in lines] == ["in/a.html", "in/b.txt"]
    assert newsdoc.from_json(lines[0]) == newsdoc.parse_html(HTML.decode())


# HTML that does not open with a tag: only --from html reads it as HTML.
INLINE_HTML = b"The talks resumed, <b>two</b> officials said &mdash; for now.\n"


def _stdin(*args: str, data: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *args], input=data, capture_output=True, cwd=cwd, check=False
    )


def test_from_html_reads_standard_input_as_html(tmp_path: Path) -> None:
    """--from html reads what the first character would not give away: its tags go, its entity
    is decoded and its attribution is found, as parse_html reads it; without it, the markup is text."""
    read = _stdin("parse", "--from", "html", "--to", "json", "-", data=INLINE_HTML, cwd=tmp_path)
    assert read.returncode == 0, read.stderr
    article = newsdoc.from_json(read.stdout.decode())
    assert article == newsdoc.parse_html(INLINE_HTML.decode())
    assert article.lede.text == "The talks resumed, two officials said \u2014 for now."
    assert [a.source for a in article.attributions] == ["two officials"]
    plain = _stdin("parse", "--to", "text", "-", data=INLINE_HTML, cwd=tmp_path)
    assert "<b>two</b>" in plain.stdout.decode()


def test_from_text_reads_an_html_file_as_text(tmp_path: Path) -> None:
    """--from text overrides the name and the first character: the markup is the article's text."""
    (tmp_path / "page.html").write_bytes(HTML)
    result = run("parse", "--from", "text", "--to", "json", "page.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert newsdoc.from_json(result.stdout) == newsdoc.parse(HTML.decode())
    assert newsdoc.from_json(result.stdout).lede.text.startswith("<p>The talks resumed.</p>")


# A paragraph of text, then one of HTML with a bold label: a section as HTML, one lede as text.
MIXED = b"The talks resumed.<p><strong>Why it matters:</strong> Time is short, two officials said.</p>\n"


def test_stats_and_parse_in_workers_read_as_from_says(tmp_path: Path) -> None:
    """stats, and parse in worker processes (--jobs 2), read the inputs as --from says."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(MIXED)
    html = run("stats", "--json", "--from", "html", "a.txt", "b.txt", cwd=tmp_path)
    text = run("stats", "--json", "--from", "text", "a.txt", "b.txt", cwd=tmp_path)
    assert (json.loads(html.stdout)["sections"], json.loads(text.stdout)["sections"]) == (2, 0)
    lines = run("parse", "--to", "jsonl", "--jobs", "2", "--from", "html", "a.txt", "b.txt", cwd=tmp_path)
    assert lines.returncode == 0, lines.stderr  # the missing date is named on standard error
    assert lines.stderr.count("ND101") == 2
    articles = [newsdoc.from_json(line) for line in lines.stdout.splitlines()]
    assert [[s.label for s in a.sections] for a in articles] == [["Why it matters"], ["Why it matters"]]


def test_check_reads_as_from_says(tmp_path: Path) -> None:
    """check reads the input as --from says: as text, a canonical date header; as HTML, the
    header's words open the text the reader writes out, where they are not in the canonical form."""
    (tmp_path / "a.txt").write_bytes(b" date 2024-05-01 " + MIXED + b"\n")
    html = run("check", "--from", "html", "a.txt", cwd=tmp_path)
    text = run("check", "--from", "text", "a.txt", cwd=tmp_path)
    assert (html.returncode, text.returncode) == (0, 0), (html.stderr, text.stderr)
    assert "ND103" in html.stdout
    assert text.stdout == ""


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_a_byte_order_mark_names_the_encoding(tmp_path: Path, encoding: str) -> None:
    """Problem 3: a UTF-16 or UTF-32 file with its byte order mark is read as the same article as the UTF-8 one."""
    text = SEED.read_text(encoding="utf-8")
    data = ("\ufeff" + text).encode(encoding)
    (tmp_path / "a.txt").write_bytes(data)
    result = run("parse", "a.txt", "--to", "json", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    article = newsdoc.from_json(result.stdout)
    assert article == newsdoc.parse(text)
    assert "ND110" in [d.code for d in article.diagnostics]


def test_latin1_gets_the_command_that_converts_it_or_the_encoding_option(tmp_path: Path) -> None:
    """Problem 3: a Latin-1 file says how to convert it, and --encoding latin-1 reads it."""
    (tmp_path / "a.txt").write_bytes(LATIN1)
    refused = run("parse", "a.txt", "--to", "json", cwd=tmp_path)
    assert refused.returncode == 2
    assert "iconv -f LATIN1 -t UTF-8" in refused.stderr
    assert "--encoding latin-1" in refused.stderr
    read = run("parse", "a.txt", "--to", "json", "--encoding", "latin-1", cwd=tmp_path)
    assert (read.returncode, read.stderr) == (0, "")
    assert newsdoc.from_json(read.stdout).lede.text == "Caf\u00e9 owners said so."
    unknown = run("parse", "a.txt", "--encoding", "klingon", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "unknown encoding: klingon" in unknown.stderr


@pytest.mark.parametrize("command", [["parse", "--to", "jsonl"], ["stats"]], ids=["parse", "stats"])
@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"", "newsdoc: warning: a.txt:1:1: ND100 the input is empty: no text to read\n"),
        (
            NO_DATE,
            "newsdoc: warning: a.txt:1:1: ND101 the first line has no date header: "
            "expected ' date YYYY-MM-DD ' before the lede\n",
        ),
    ],
    ids=["empty", "no-date"],
)
def test_an_input_with_an_error_diagnostic_is_named_and_strict_fails(
    tmp_path: Path, command: list[str], data: bytes, line: str
) -> None:
    """Problem 3: parse and stats print one line for an input with an error; --strict makes it exit 1."""
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    plain = run(*command, "a.txt", "good.txt", cwd=tmp_path)
    assert (plain.returncode, plain.stderr) == (0, line)
    strict = run(*command, "--strict", "a.txt", "good.txt", cwd=tmp_path)
    assert (strict.returncode, strict.stderr) == (1, line)
    clean = run(*command, "--strict", "good.txt", cwd=tmp_path)
    assert (clean.returncode, clean.stderr) == (0, "")


def test_stats_top_limits_the_labels(tmp_path: Path) -> None:
    """Problem 6: stats --top 2 lists the two most frequent labels only, in the table and in JSON."""
    corpus = ROOT.parent / "shared" / "corpus" / "articles"
    full = json.loads(run("stats", "--json", corpus, cwd=tmp_path).stdout)
    top = json.loads(run("stats", "--json", "--top", "2", corpus, cwd=tmp_path).stdout)
    assert len(full["labels"]) > 2
    assert top["labels"] == full["labels"][:2]
    assert {k: v for k, v in top.items() if k != "labels"} == {k: v for k, v in full.items() if k != "labels"}
    table = run("stats", "--top", "2", corpus, cwd=tmp_path).stdout
    assert table.split("label ")[1].count("\n") == 3  # the heading and two labels
    bad = run("stats", "--top", "many", corpus, cwd=tmp_path)
    assert bad.returncode == 2
