"""``newsdoc check`` end to end: lint-style lines on stdout and an exit status that counts errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import regex

import newsdoc
from newsdoc import Severity

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4fd815950c55ca6a.txt"
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"

# PATH:LINE:COL: CODE message
LINT_LINE = regex.compile(r"[^\n]+:[1-9][0-9]*:[1-9][0-9]*: ND[0-9]{3} [^\n]+")

# id, text, worst severity the parser reports for it (None: nothing at all)
CASES = [
    ("clean", SEED.read_bytes().decode("utf-8"), None),
    ("crlf-info", SEED.read_bytes().decode("utf-8").replace("\n", "\r\n"), Severity.INFO),
    ("bold-label-warning", " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n", Severity.WARNING),
    ("loose-date-warnings", "date: Oct. 16, 2023\nLede.\n\n* An item\n", Severity.WARNING),
    ("no-date-error", "Hello world.\n\n", Severity.ERROR),
    ("empty-error", "", Severity.ERROR),
]
# id, --strict given, the severities that make the exit status 1
MODES = [("default", False, {Severity.ERROR}), ("strict", True, {Severity.ERROR, Severity.WARNING})]


def run(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc`` with ``args`` and capture everything it writes."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)], input=stdin, capture_output=True, cwd=ROOT, check=False
    )


def expected_lines(name: str, text: str) -> str:
    """What check should print for ``text`` read from ``name``: one line per diagnostic, in order."""
    return "".join(f"{name}:{d}\n" for d in newsdoc.parse(text).diagnostics)


@pytest.mark.parametrize(("strict", "counted"), [m[1:] for m in MODES], ids=[m[0] for m in MODES])
@pytest.mark.parametrize(("text", "worst"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_line_per_diagnostic_and_the_exit_status(
    tmp_path: Path, text: str, worst: Severity | None, strict: bool, counted: set[Severity]
) -> None:
    """Every diagnostic is a ``path:line:col: CODE message`` line; errors (strictly, warnings too) exit 1."""
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    result = run("check", path, *(["--strict"] if strict else []))
    out = result.stdout.decode("utf-8")
    assert result.stderr == b""
    assert out == expected_lines(str(path), text)
    assert (out == "") == (worst is None)
    assert all(LINT_LINE.fullmatch(line) for line in out.splitlines())
    assert result.returncode == (1 if worst in counted else 0)


def test_the_line_reads_like_a_compiler_message(tmp_path: Path) -> None:
    """The exact line for a missing date header, as the issue's format spells it."""
    path = tmp_path / "nodate.txt"
    path.write_bytes(b"Hello world.\n\n")
    result = run("check", path)
    assert result.returncode == 1
    assert result.stdout.decode().startswith(f"{path}:1:1: ND101 the first line has no date header")


def test_standard_input_is_named_dash() -> None:
    """Diagnostics of standard input are reported under ``-``."""
    result = run("check", "-", stdin=b"Hello world.\n\n")
    assert (result.returncode, result.stderr) == (1, b"")
    assert result.stdout.decode() == expected_lines("-", "Hello world.\n\n")


def test_a_directory_is_checked_file_by_file_in_path_order(tmp_path: Path) -> None:
    """A directory's articles are checked in sorted order, nested folders included, other files ignored."""
    (tmp_path / "b").mkdir()
    texts = {
        tmp_path / "a.txt": "Hello world.\n\n",
        tmp_path / "b" / "c.txt": " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n",
        tmp_path / "b" / "d.txt": "date: Oct. 16, 2023\nLede.\n",
    }
    for path, text in texts.items():
        path.write_bytes(text.encode("utf-8"))
    (tmp_path / "notes.md").write_bytes(b"not an article\n")
    result = run("check", tmp_path)
    assert (result.returncode, result.stderr) == (1, b"")
    assert result.stdout.decode() == "".join(expected_lines(str(p), t) for p, t in sorted(texts.items()))


def test_the_corpus_checks_like_the_library(tmp_path: Path) -> None:
    """Over the whole corpus the lines are the library's diagnostics, file by file."""
    files = sorted(ARTICLES.glob("*.txt"))
    result = run("check", ARTICLES)
    assert result.stderr == b""
    diagnostics = {f: newsdoc.parse(f.read_bytes().decode("utf-8")).diagnostics for f in files}
    assert result.stdout.decode() == "".join(f"{f}:{d}\n" for f in files for d in diagnostics[f])
    errors = any(d.severity is Severity.ERROR for ds in diagnostics.values() for d in ds)
    assert result.returncode == (1 if errors else 0)


def test_show_source_puts_a_caret_under_the_problem(tmp_path: Path) -> None:
    """``--show-source`` adds the source line and a caret under each diagnostic."""
    text = " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n"
    path = tmp_path / "bold.txt"
    path.write_bytes(text.encode("utf-8"))
    result = run("check", "--show-source", path)
    (diagnostic,) = newsdoc.parse(text).diagnostics
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode() == f"{path}:{diagnostic.render(text)}\n"
    source, caret = result.stdout.decode().splitlines()[1:]
    assert source == "    **Why it matters:** A."
    assert regex.fullmatch(r" {6}\^+", caret), "the caret starts under column 3, the label"


def test_an_unreadable_input_outranks_findings(tmp_path: Path) -> None:
    """Errors found in one file and another file missing: the lines are printed and the status is 2."""
    path = tmp_path / "nodate.txt"
    path.write_bytes(b"Hello world.\n\n")
    missing = tmp_path / "missing.txt"
    result = run("check", path, missing)
    assert result.returncode == 2
    assert result.stdout.decode() == expected_lines(str(path), "Hello world.\n\n")
    assert result.stderr.decode() == f"newsdoc: error: {missing}: no such file or directory\n"
