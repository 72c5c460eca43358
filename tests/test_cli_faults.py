"""The command line under faults: a full disk, a file-size limit, ``/dev/full``, outputs that overlap inputs.

Each case runs ``python -m newsdoc`` in a subprocess, with the fault made real: a
``RLIMIT_FSIZE`` set in the child, ``/dev/full`` as its output. Every failed write must
give one line on stderr and exit 2, and no file may be left that looks complete but is not.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc._cli import app, output
from newsdoc._cli.output import AtomicFile, discard_pending

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
GOOD_TEXT = " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n"
_LIMIT = 100 * 1024
DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not DEV_FULL.exists(), reason="this system has no /dev/full")


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (_LIMIT, _LIMIT))


def run(
    args: list[str], *, stdout: int | None = subprocess.PIPE, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc ARGS``, its stdout where given, with ``preexec_fn`` run in the child first."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        check=False,
        preexec_fn=preexec_fn,  # the child sets its own limit before it runs newsdoc
    )


def _expected_jsonl() -> bytes:
    paths = sorted(ARTICLES.glob("*.txt"))
    articles = [attrs.evolve(newsdoc.parse(p.read_bytes().decode()), source_path=str(p)) for p in paths]
    return b"".join((newsdoc.to_json(article) + "\n").encode() for article in articles)


def test_the_corpus_as_jsonl_is_larger_than_the_limit() -> None:
    """The limit below cuts the output: the cases that follow do hit it."""
    assert len(_expected_jsonl()) > 4 * _LIMIT


def test_a_file_size_limit_on_standard_output_is_an_error(tmp_path: Path) -> None:
    """``ulimit -f 100; newsdoc parse ... > out``: one line naming the reason, exit 2, not a silent cut."""
    out = tmp_path / "out.jsonl"
    with out.open("wb") as stream:
        result = run(["parse", "--to", "jsonl", str(ARTICLES)], stdout=stream.fileno(), preexec_fn=_limit_file_size)
    assert result.returncode == 2
    assert result.stderr == b"newsdoc: error: standard output: cannot write: file too large\n"
    assert out.stat().st_size <= _LIMIT


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_file_size_limit_with_output_leaves_no_file(tmp_path: Path, fmt: str) -> None:
    """``-o FILE`` past the limit: one line, exit 2, and neither the file nor a temporary one is left."""
    out = tmp_path / "out" / "all.out"
    out.parent.mkdir()
    big = tmp_path / "big.txt"
    big.write_bytes(b" date 2023-10-16 Lede.\n\n" + b'"Yes," he said.\n\n' * 20_000)
    source = str(ARTICLES) if fmt == "jsonl" else str(big)
    result = run(["parse", "--to", fmt, source, "-o", str(out)], preexec_fn=_limit_file_size)
    assert result.returncode == 2
    assert result.stderr == f"newsdoc: error: {out}: cannot write: file too large\n".encode()
    assert list(out.parent.iterdir()) == []


def test_a_failed_write_keeps_the_file_that_was_there(tmp_path: Path) -> None:
    """An output file that cannot be replaced completely is left as it was, not half-replaced."""
    out = tmp_path / "all.jsonl"
    out.write_bytes(b"the old output\n")
    result = run(["parse", "--to", "jsonl", str(ARTICLES), "-o", str(out)], preexec_fn=_limit_file_size)
    assert result.returncode == 2
    assert out.read_bytes() == b"the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.jsonl"]


def test_a_complete_output_replaces_the_old_file_with_its_mode(tmp_path: Path) -> None:
    """When every byte is written the file is replaced at once, keeping the permissions it had."""
    out = tmp_path / "all.jsonl"
    out.write_bytes(b"the old output\n")
    out.chmod(0o640)
    result = run(["parse", "--to", "jsonl", str(ARTICLES), "-o", str(out)])
    assert (result.returncode, result.stderr) == (0, b"")
    assert out.read_bytes() == _expected_jsonl()
    assert (out.stat().st_mode & 0o777, sorted(p.name for p in tmp_path.iterdir())) == (0o640, ["all.jsonl"])


@needs_dev_full
@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_dev_full_as_standard_output(fmt: str) -> None:
    """``newsdoc parse ... > /dev/full``: one line, exit 2, whether the output is one small write or many."""
    with DEV_FULL.open("wb") as full:
        result = run(["parse", "--to", fmt, str(ROOT / "seeds" / "000_4fd815950c55ca6a.txt")], stdout=full.fileno())
    assert result.returncode == 2
    assert result.stderr == b"newsdoc: error: standard output: cannot write: no space left on device\n"


@needs_dev_full
def test_dev_full_as_the_output_file() -> None:
    """``-o /dev/full`` is written in place (it cannot be replaced) and its error reported in one line."""
    result = run(["parse", str(ROOT / "seeds" / "000_4fd815950c55ca6a.txt"), "-o", str(DEV_FULL)])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr == b"newsdoc: error: /dev/full: cannot write: no space left on device\n"
    assert DEV_FULL.is_char_device()


@needs_dev_full
def test_dev_full_as_standard_output_and_standard_error() -> None:
    """With both streams full the error cannot be shown, but the status still says 2 (no traceback, no 1 or 120)."""
    with DEV_FULL.open("wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "newsdoc", "parse", str(ROOT / "seeds" / "000_4fd815950c55ca6a.txt")],
            stdout=full.fileno(),
            stderr=full.fileno(),
            cwd=ROOT,
            check=False,
        )
    assert result.returncode == 2


def _overlapping(tmp: Path) -> dict[str, tuple[list[str], Path]]:
    """Each case: the arguments, and the file or folder that must not be touched."""
    folder = tmp / "d"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_bytes(GOOD_TEXT.encode())
    (tmp / "link.txt").symlink_to(article)
    other = folder / "b.txt"
    other.write_bytes(GOOD_TEXT.encode())
    return {
        "output-is-the-input": (["--to", "jsonl", str(article), "-o", str(article)], article),
        "output-is-a-link-to-the-input": (["--to", "text", str(article), "-o", str(tmp / "link.txt")], article),
        "output-file-inside-the-input-folder": (["--to", "text", str(folder), "-o", str(folder / "zz.txt")], folder),
        "output-folder-is-the-input-folder": (["--to", "text", str(folder), "-o", str(folder)], folder),
        "output-folder-inside-the-input-folder": (["--to", "json", str(folder), "-o", str(folder / "out")], folder),
        "output-folder-would-replace-an-input": (["--to", "text", str(article), str(other), "-o", str(folder)], folder),
        "output-folder-would-replace-the-one-input": (["--to", "text", str(article), "-o", str(folder)], folder),
    }


_OVERLAPS = [
    "output-is-the-input",
    "output-is-a-link-to-the-input",
    "output-file-inside-the-input-folder",
    "output-folder-is-the-input-folder",
    "output-folder-inside-the-input-folder",
    "output-folder-would-replace-an-input",
    "output-folder-would-replace-the-one-input",
]


@pytest.mark.parametrize("case", _OVERLAPS)
def test_an_output_that_overlaps_an_input_is_refused_before_anything_is_written(tmp_path: Path, case: str) -> None:
    """One line saying why, exit 2, and the inputs' folder exactly as it was."""
    args, kept = _overlapping(tmp_path)[case]
    before = {p: p.read_bytes() for p in kept.parent.rglob("*") if p.is_file()}
    result = run(["parse", *args])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.startswith(b"newsdoc: error: ")
    assert b": refused: " in result.stderr
    assert result.stderr.count(b"\n") == 1
    assert {p: p.read_bytes() for p in kept.parent.rglob("*") if p.is_file()} == before


def test_an_output_folder_beside_its_inputs_is_written_when_nothing_would_be_replaced(tmp_path: Path) -> None:
    """``-o .`` next to ``story.txt`` with ``--to json`` writes ``story.json`` beside it: no input is at risk."""
    story = tmp_path / "story.txt"
    story.write_bytes(GOOD_TEXT.encode())
    result = run(["parse", str(story), "-o", str(tmp_path)])
    assert (result.returncode, result.stderr) == (0, b"")
    assert newsdoc.from_json((tmp_path / "story.json").read_bytes()) == newsdoc.parse(GOOD_TEXT)
    assert story.read_bytes() == GOOD_TEXT.encode()


# A folder root cannot write in, where the system has one (sysfs refuses new files).
_ROOT_PROOF = Path("/sys")


def _folder_that_refuses_writes(tmp: Path) -> Path:
    """A folder where no file can be made: mode 555, or where root writes anyway, one that refuses root."""
    if os.geteuid() != 0:
        folder = tmp / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    try:
        fd, name = tempfile.mkstemp(dir=_ROOT_PROOF)
    except OSError:
        return _ROOT_PROOF
    os.close(fd)
    os.unlink(name)
    pytest.skip("running as root, which writes in any folder, and no folder on this system refuses root")


def test_a_folder_that_refuses_writes_is_one_line_and_no_file(tmp_path: Path) -> None:
    """``-o`` into a folder where no file can be made: one line naming the output, exit 2, nothing made."""
    folder = _folder_that_refuses_writes(tmp_path)
    out = folder / "newsdoc-out.json"
    before = sorted(os.listdir(folder))
    result = run(["parse", str(ROOT / "seeds" / "000_4fd815950c55ca6a.txt"), "-o", str(out)])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.startswith(f"newsdoc: error: {out}: cannot write: ".encode())
    assert result.stderr.count(b"\n") == 1
    assert sorted(os.listdir(folder)) == before


def test_an_output_name_at_the_length_limit_is_written(tmp_path: Path) -> None:
    """A final name of 250 bytes is valid, so its temporary name must be too."""
    out = tmp_path / ("n" * 245 + ".json")
    result = run(["parse", str(ROOT / "seeds" / "000_4fd815950c55ca6a.txt"), "-o", str(out)])
    assert (result.returncode, result.stderr) == (0, b"")
    assert newsdoc.from_json(out.read_bytes()) == newsdoc.parse(
        (ROOT / "seeds" / "000_4fd815950c55ca6a.txt").read_text()
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_a_temporary_file_made_before_its_with_block_is_removed_after_ctrl_c(tmp_path: Path) -> None:
    """Ctrl-C can land after a temporary file exists and before the ``with`` that would remove
    it; the command line's handler then removes every file still pending, and only those."""
    kept = AtomicFile(tmp_path / "kept.json")
    kept.write("{}")
    kept.commit()
    AtomicFile(tmp_path / "cut.json")  # never entered, never committed: what an interrupt leaves
    AtomicFile(tmp_path / "also.json")
    assert len(list(tmp_path.glob(".newsdoc-*.part"))) == 2
    discard_pending()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.json"]
    assert (tmp_path / "kept.json").read_text() == "{}"


@pytest.mark.incompatible_with_mypyc(reason="it replaces a method of AtomicFile; compiled classes are fixed")
def test_ctrl_c_between_making_the_file_and_its_with_block_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: AtomicFile) -> AtomicFile:
        raise KeyboardInterrupt

    monkeypatch.setattr(AtomicFile, "__enter__", interrupted)
    article = tmp_path / "a.txt"
    article.write_text(GOOD_TEXT)
    out = tmp_path / "out"
    assert app.main(["parse", "--to", "json", str(article), "-o", str(out)]) == 130
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [article]


_HELD = """
import os, signal, sys
from newsdoc._cli.interrupts import interrupts_held, interrupts_ignored
reached = []
try:
    with interrupts_held():
        os.kill(os.getpid(), signal.SIGINT)
        reached.append("held")
    reached.append("after")  # never: the interrupt comes as the block ends
except KeyboardInterrupt:
    reached.append("interrupted")
with interrupts_ignored():
    os.kill(os.getpid(), signal.SIGINT)
    reached.append("ignored")
try:
    os.kill(os.getpid(), signal.SIGINT)
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    reached.append("handled again")
print(" ".join(reached))
"""


def test_interrupts_wait_while_held_are_dropped_while_ignored_and_come_back_after() -> None:
    """In a process of its own (a thread another test left behind could take the signal):
    a Ctrl-C while held arrives as the block ends; while ignored it is dropped; after, it is
    a KeyboardInterrupt again."""
    if sys.platform == "win32":
        pytest.skip("no signal masks on Windows")
    result = subprocess.run([sys.executable, "-c", _HELD], capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["held", "interrupted", "ignored", "handled", "again"]


def test_a_pending_name_whose_file_was_never_made_is_dropped(tmp_path: Path) -> None:
    """A Ctrl-C between putting a name on the pending list and creating its file: nothing to
    remove, and the list is empty after."""
    name = str(tmp_path / ".newsdoc-never.part")
    output._PENDING.add(name)
    discard_pending()
    assert name not in output._PENDING
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_as_the_temporary_file_is_opened_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Python raises a pending KeyboardInterrupt as soon as a system call returns: the file is
    made, its descriptor never handed back. Its name stays listed, and the clean-up removes it."""
    real_open = os.open
    opened: list[int] = []

    def open_then_interrupted(path: str, flags: int, mode: int = 0o777) -> int:
        opened.append(real_open(path, flags, mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        AtomicFile(tmp_path / "cut.json")
    monkeypatch.undo()
    os.close(opened[0])
    assert len(list(tmp_path.glob(".newsdoc-*.part"))) == 1
    discard_pending()
    assert list(tmp_path.iterdir()) == []
