"""The progress bar: drawn on standard error only when it is a terminal, and only for several files."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdoc._cli.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
ERASE = "\r\x1b[2K"


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


# id, stream, number of files: none of these draws anything
QUIET = [
    ("pipe", io.StringIO, 5),
    ("one-file", Terminal, 1),
    ("no-files", Terminal, 0),
]


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal 80 columns wide, whatever runs the tests."""
    monkeypatch.setenv("COLUMNS", "80")


def test_a_terminal_shows_the_count_and_the_file() -> None:
    """Each step redraws one line: the verb, a bar, done/total and the file's name."""
    stream = Terminal()
    progress = Progress(stream, 3, "check")
    progress.step("a.txt")
    assert stream.getvalue() == f"{ERASE}check [{'#' * 8}{'.' * 16}] 1/3 a.txt"
    progress.step("b.txt")
    progress.step("c.txt")
    assert stream.getvalue().rsplit(ERASE, 1)[1] == f"check [{'#' * 24}] 3/3 c.txt"


def test_clear_erases_the_line_once() -> None:
    """Clearing erases the bar; clearing again writes nothing more."""
    stream = Terminal()
    progress = Progress(stream, 2, "stats")
    progress.step("a.txt")
    progress.clear()
    progress.clear()
    assert stream.getvalue().endswith(f"a.txt{ERASE}")
    assert stream.getvalue().count(ERASE) == 2


def test_a_long_name_is_cut_to_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """The line never wraps: it is cut one column short of the terminal's width."""
    monkeypatch.setenv("COLUMNS", "30")
    stream = Terminal()
    Progress(stream, 2, "parse").step("a-very-long-file-name-" * 4 + ".txt")
    assert len(stream.getvalue()) == len(ERASE) + 29


@pytest.mark.parametrize(("stream_type", "total"), [q[1:] for q in QUIET], ids=[q[0] for q in QUIET])
def test_quiet_when_not_a_terminal_or_a_single_file(stream_type: type[io.StringIO], total: int) -> None:
    """A pipe or a run over one file gets no bar at all."""
    stream = stream_type()
    progress = Progress(stream, total, "check")
    for name in ("a.txt", "b.txt"):
        progress.step(name)
    progress.clear()
    assert (progress.active, stream.getvalue()) == (False, "")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_run_draws_on_a_terminal_and_keeps_stdout_clean(tmp_path: Path) -> None:
    """End to end with stderr on a pseudo-terminal: the bar is drawn and erased there, stdout has only results."""
    import pty  # noqa: PLC0415 - POSIX only, so imported where the test runs

    files = []
    for name in ("a.txt", "b.txt", "c.txt"):
        files.append(tmp_path / name)
        files[-1].write_bytes(b"Hello world.\n\n" if name == "b.txt" else b" date 2023-10-16 Lede.\n\n")
    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "newsdoc", "check", *map(str, files)],
            stdout=subprocess.PIPE,
            stderr=slave,
            cwd=ROOT,
            env={**os.environ, "COLUMNS": "200"},
            check=False,
        )
        os.close(slave)
        drawn = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # Linux reports the closed terminal as EIO
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(master)
    assert result.returncode == 1
    assert result.stdout.decode().startswith(f"{files[1]}:1:1: ND101 ")
    assert b"\x1b" not in result.stdout
    text = drawn.decode()
    assert f"3/3 {files[2]}" in text
    assert text.endswith(ERASE)
