"""Inputs that give no article: one line on stderr naming the input, exit 2, and the other inputs still done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc._cli.decoding import NOT_UTF8_HINT

ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n"


def missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def under_a_file(tmp: Path) -> Path:
    (tmp / "file.txt").write_bytes(GOOD_TEXT.encode())
    return tmp / "file.txt" / "story.txt"


def symlink_loop(tmp: Path) -> Path:
    (tmp / "loop.txt").symlink_to(tmp / "loop.txt")
    return tmp / "loop.txt"


def latin_1(tmp: Path) -> Path:
    (tmp / "latin1.txt").write_bytes(" date 2023-10-16 Café au lait.\n\n".encode("latin-1"))
    return tmp / "latin1.txt"


def broken_utf_16(tmp: Path) -> Path:
    (tmp / "utf16.txt").write_bytes(GOOD_TEXT.encode("utf-16")[:-1])
    return tmp / "utf16.txt"


def empty_directory(tmp: Path) -> Path:
    (tmp / "empty").mkdir()
    return tmp / "empty"


def directory_without_articles(tmp: Path) -> Path:
    folder = tmp / "notes"
    (folder / ".hidden").mkdir(parents=True)
    (folder / "readme.md").write_bytes(b"not an article\n")
    (folder / ".hidden" / "story.txt").write_bytes(GOOD_TEXT.encode())
    return folder


# id, makes the bad input under a temporary folder, the reason the error line gives
BAD_INPUTS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", missing, "no such file or directory"),
    ("under-a-file", under_a_file, "not a directory"),
    ("symlink-loop", symlink_loop, "too many levels of symbolic links"),
    ("latin-1", latin_1, f"not UTF-8 text (byte 0xe9 at offset 20: invalid continuation byte); {NOT_UTF8_HINT}"),
    (
        "broken-utf-16",
        broken_utf_16,
        "not UTF-16 text, though it starts with that byte order mark (byte 0x0a at offset 96: truncated data)",
    ),
    ("empty-directory", empty_directory, "no articles (.txt, .html, .htm) in this directory"),
    ("no-articles-in-directory", directory_without_articles, "no articles (.txt, .html, .htm) in this directory"),
]


def good_output(command: str, name: str) -> str:
    """What each command writes for the one good input."""
    article = newsdoc.parse(GOOD_TEXT)
    if command == "parse":
        return newsdoc.to_json(attrs.evolve(article, source_path=name)) + "\n"
    if command == "check":
        return "".join(f"{name}:{d}\n" for d in article.diagnostics)
    return ""


# id, the command's arguments before the files
COMMANDS = [("parse", ["parse", "--to", "jsonl"]), ("check", ["check"]), ("stats", ["stats", "--json"])]


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc`` with ``args`` and capture everything it writes."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *args], input=stdin, capture_output=True, cwd=ROOT, check=False
    )


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and 'not a directory' are POSIX behaviour")
@pytest.mark.parametrize("args", [c[1] for c in COMMANDS], ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize(("make", "reason"), [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS])
def test_a_bad_input_is_one_line_and_the_rest_is_done(
    tmp_path: Path, make: Callable[[Path], Path], reason: str, args: list[str]
) -> None:
    """The bad input is named on one stderr line, the good one after it is still processed, the status is 2."""
    bad = make(tmp_path)
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT.encode())
    result = run([*args, str(bad), str(good)])
    assert result.returncode == 2
    assert result.stderr.decode() == f"newsdoc: error: {bad}: {reason}\n"
    out = result.stdout.decode()
    if args[0] == "stats":
        assert json.loads(out)["articles"] == 1
    elif args[0] == "parse":  # the bad input has its line too, which says why it was not read
        unread, rest = out.split("\n", 1)
        assert rest == good_output(args[0], str(good))
        article = newsdoc.from_json(unread)
        assert article.source_path == str(bad)
        assert [str(d) for d in article.diagnostics] == [f"1:1: ND106 the input could not be read: {reason}"]
    else:
        assert out == good_output(args[0], str(good))


@pytest.mark.parametrize("args", [c[1] for c in COMMANDS], ids=[c[0] for c in COMMANDS])
def test_standard_input_that_is_not_utf8(args: list[str]) -> None:
    """Bytes on stdin that are not UTF-8 are reported under ``-``; nothing else is written."""
    result = run([*args, "-"], stdin=b"\xff date 2023-10-16 Lede.\n\n")
    reason = f"not UTF-8 text (byte 0xff at offset 0: invalid start byte); {NOT_UTF8_HINT}"
    assert result.returncode == 2
    assert result.stderr.decode() == f"newsdoc: error: -: {reason}\n"
    if args[0] == "parse":
        assert newsdoc.from_json(result.stdout).source_path == "-"
    else:
        assert result.stdout == b""


def test_an_output_directory_that_cannot_be_made(tmp_path: Path) -> None:
    """``-o DIR`` naming a file: one line naming it, exit 2, no traceback."""
    blocker = tmp_path / "out"
    blocker.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT.encode())
    result = run(["parse", str(good), str(good), "--to", "text", "-o", str(blocker)])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == f"newsdoc: error: {blocker}: cannot create the output directory: file exists\n"


def test_an_output_file_that_cannot_be_written(tmp_path: Path) -> None:
    """``-o FILE`` in a missing folder: one line naming it, exit 2."""
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT.encode())
    out = tmp_path / "no" / "such" / "out.json"
    result = run(["parse", str(good), "-o", str(out)])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == f"newsdoc: error: {out}: cannot write: no such file or directory\n"


def _head_one(args: list[str]) -> tuple[bytes, int, bytes]:
    """Run ``python -m newsdoc ARGS | head -1``: the first line, the exit status and stderr."""
    with subprocess.Popen(
        [sys.executable, "-m", "newsdoc", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        stderr = proc.stderr.read()
    return first, proc.returncode, stderr


def test_a_closed_pipe_stops_quietly_with_the_status_of_one_write(tmp_path: Path) -> None:
    """A reader that goes away early (``| head -1``) ends the run quietly, with the status a single write gets.

    A single write reaches the pipe before the reader goes, so the run cannot tell; a run
    of many writes that finds the pipe closed must end the same way: status 0, no message.
    """
    corpus = ROOT.parent / "shared" / "corpus" / "articles"
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT.encode())
    one = _head_one(["parse", "--to", "jsonl", str(good)])
    many = _head_one(["parse", "--to", "jsonl", str(corpus)])
    assert newsdoc.from_json(one[0]) is not None
    assert newsdoc.from_json(many[0]) is not None
    assert (one[1:], many[1:]) == ((0, b""), (0, b""))
