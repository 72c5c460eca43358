"""Hostile and awkward inputs to the command line: names that are not UTF-8 or hold control characters,
folders with dangling links, loops, FIFOs and unreadable subfolders, and output that must stream.

Every case runs ``python -m newsdoc`` in a subprocess.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import newsdoc

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
GOOD_TEXT = " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n"
# A text with a diagnostic (ND201, an unclosed quote), so that check writes a line for it.
FLAWED_TEXT = ' date 2023-10-16 He said "yes.\n\n'
# How long the streaming case waits for the first line: far longer than a run takes, so that
# only output held back until the next input is read can exhaust it.
_PATIENCE = 60.0
# A directory that refuses to be listed even to root, where the system has one.
_ROOT_PROOF = Path("/proc/1/map_files")


def run(args: list[str | bytes], cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc ARGS`` (bytes arguments go to it as they are) and capture what it writes."""
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"newsdoc", *map(os.fsencode, args)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        check=False,
    )


def test_a_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path) -> None:
    """``\\xff.txt`` is read like any file; check names it as ``\\xff.txt``, with no traceback."""
    name = tmp_path / os.fsdecode(b"\xff.txt")
    name.write_bytes(FLAWED_TEXT.encode())
    parsed = run(["parse", "--to", "json", bytes(name)])
    assert (parsed.returncode, parsed.stderr) == (0, b"")
    assert newsdoc.from_json(parsed.stdout) == newsdoc.parse(FLAWED_TEXT)
    checked = run(["check", bytes(tmp_path)])
    assert checked.returncode == 0
    assert checked.stdout.startswith(os.fsencode(tmp_path) + b"/\\xff.txt:1:")


def test_a_name_that_is_not_utf8_keeps_its_bytes_in_outputs(tmp_path: Path) -> None:
    """Written into ``-o DIR`` under its own bytes, and percent-encoded in the ninjs URI."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(GOOD_TEXT.encode())
    (folder / "good.txt").write_bytes(GOOD_TEXT.encode())
    result = run(["parse", "--to", "ninjs", str(folder), "-o", str(tmp_path / "out")])
    assert (result.returncode, result.stderr) == (0, b"")
    assert sorted(os.listdir(os.fsencode(tmp_path / "out"))) == [b"caf\xe9.ninjs.json", b"good.ninjs.json"]
    written = (tmp_path / "out" / os.fsdecode(b"caf\xe9.ninjs.json")).read_text(encoding="utf-8")
    assert '"uri": "urn:newsdoc:caf%E9"' in written


def test_a_missing_file_with_a_name_that_is_not_utf8_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    """The error names the file with its byte escaped; the next input is still done."""
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT.encode())
    missing = tmp_path / os.fsdecode(b"gone\xff.txt")
    result = run(["parse", "--to", "jsonl", bytes(missing), str(good)])
    assert result.returncode == 2
    assert result.stderr == f"newsdoc: error: {tmp_path}/gone\\xff.txt: no such file or directory\n".encode()
    unread, read = (newsdoc.from_json(line) for line in result.stdout.splitlines())
    assert read == newsdoc.parse(GOOD_TEXT)
    assert unread.source_path == str(missing)  # its own bytes, as the name was given
    assert [d.code for d in unread.diagnostics] == ["ND106"]


def test_a_newline_in_a_file_name_cannot_forge_a_diagnostic(tmp_path: Path) -> None:
    """Every line check writes starts with the real name, its newline written as ``\\n``."""
    name = "evil\nfake.txt:9:9: ND100 spoofed.txt"
    (tmp_path / name).write_bytes(FLAWED_TEXT.encode())
    result = run(["check", name], cwd=tmp_path)
    lines = result.stdout.decode().splitlines()
    assert lines
    assert all(line.startswith("evil\\nfake.txt:9:9: ND100 spoofed.txt:1:") for line in lines)


def test_escape_sequences_in_the_text_reach_no_terminal(tmp_path: Path) -> None:
    """``check --show-source`` shows control characters as escapes, never raw."""
    path = tmp_path / "evil.txt"
    path.write_bytes(b" date 2023-10-16 Lede \x1b]0;PWNED\x07\x1b[2J here.\n\n")
    result = run(["check", "--show-source", str(path)])
    assert result.stdout
    assert not any(byte < 0x20 and byte != 0x0A for byte in result.stdout)
    assert b"\\x1b]0;PWNED\\x07\\x1b[2J" in result.stdout


def test_show_source_on_a_cr_only_file_shows_one_line_per_diagnostic(tmp_path: Path) -> None:
    """CR ends a line: each diagnostic shows its own line, not the whole file."""
    text = " date 2023-10-16 Lede.\r\r" + "".join(f'He said "quote {n}.\r\r' for n in range(500))
    path = tmp_path / "cr.txt"
    path.write_bytes(text.encode())
    result = run(["check", "--show-source", str(path)])
    diagnostics = newsdoc.parse(text).diagnostics
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 3 * len(diagnostics) > 3
    assert max(map(len, lines)) < 200


def _folder_that_cannot_be_listed(tmp: Path) -> Path:
    """A subfolder that listing fails on: mode 000, or where root reads anyway, a link to one root cannot list."""
    sub = tmp / "locked"
    if os.geteuid() != 0:
        sub.mkdir()
        sub.chmod(0)
        return sub
    try:
        os.listdir(_ROOT_PROOF)
    except PermissionError:
        sub.symlink_to(_ROOT_PROOF)
        return sub
    pytest.skip("running as root, which lists any folder, and no folder on this system refuses root")


def test_what_a_folder_cannot_give_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    """A dangling link, a link loop, a FIFO and an unreadable subfolder: a line each, exit 2, the rest checked."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(FLAWED_TEXT.encode())
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "fifo.txt")
    locked = _folder_that_cannot_be_listed(folder)
    try:
        result = run(["check", str(folder)])
    finally:
        if not locked.is_symlink():
            locked.chmod(0o700)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"newsdoc: error: {folder}/dangling.txt: no such file or directory",
        f"newsdoc: error: {folder}/fifo.txt: not a regular file",
        f"newsdoc: error: {folder}/locked: cannot read this directory: permission denied",
        f"newsdoc: error: {folder}/loop.txt: too many levels of symbolic links",
    ]
    assert result.stdout.decode().startswith(f"{folder}/good.txt:1:")


def test_a_link_back_to_a_folder_being_walked_is_reported_once(tmp_path: Path) -> None:
    """``in/sub/up -> in`` is walked once, reported, and the articles are read once."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.txt").write_bytes(GOOD_TEXT.encode())
    (folder / "sub" / "up").symlink_to(folder)
    result = run(["parse", "--to", "jsonl", str(folder)])
    assert result.returncode == 2
    assert result.stderr.decode() == f"newsdoc: error: {folder}/sub/up: a link to a directory already read\n"
    lines = [newsdoc.from_json(line) for line in result.stdout.splitlines()]
    assert [(a.source_path, [d.code for d in a.diagnostics]) for a in lines] == [
        (f"{folder}/sub/good.txt", [d.code for d in newsdoc.parse(GOOD_TEXT).diagnostics]),
        (f"{folder}/sub/up", ["ND106"]),
    ]


def test_several_inputs_stream_article_by_article(tmp_path: Path) -> None:
    """The first article's line is out before the second input can be read (a FIFO nobody writes to yet)."""
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT.encode())
    fifo = tmp_path / "later.txt"
    os.mkfifo(fifo)
    with subprocess.Popen(
        [sys.executable, "-m", "newsdoc", "parse", "--to", "jsonl", str(good), str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    ) as proc:
        assert proc.stdout is not None
        # The run waits on the FIFO now: the first line is out already, or it is held back.
        streamed, _, _ = select.select([proc.stdout], [], [], _PATIENCE)
        writer = threading.Thread(target=fifo.write_bytes, args=(GOOD_TEXT.encode(),))
        writer.start()
        first = proc.stdout.readline()
        rest = proc.stdout.read()
        writer.join()
    assert streamed, "the first article was held back until the second input was read"
    assert newsdoc.from_json(first) == newsdoc.parse(GOOD_TEXT)
    assert newsdoc.from_json(rest) == newsdoc.parse(GOOD_TEXT)
    assert proc.returncode == 0


def _peak_megabytes(code: str) -> float:
    """The peak resident memory of ``python -c CODE`` in a child of its own, in MB."""
    probe = (
        "import resource, subprocess, sys\n"
        f"subprocess.run([sys.executable, '-c', {code!r}], check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True, cwd=ROOT)
    return int(result.stdout) / 1024


def test_writing_json_takes_little_more_memory_than_parsing(tmp_path: Path) -> None:
    """``parse --to json`` of a 3 MB article peaks near what parse alone takes, not at the whole JSON's dicts.

    Writing a paragraph at a time adds a few MB; building the dict of the whole article
    first took some four times the memory of the parse.
    """
    bodies = [path.read_text().partition("\n\n")[2].rstrip("\n") for path in sorted(ARTICLES.glob("*.txt"))]
    text = " date 2023-10-16 Lede.\n\n" + "\n\n".join(bodies * 6) + "\n\n"
    big = tmp_path / "big.txt"
    big.write_bytes(text.encode())
    parse_alone = _peak_megabytes(f"import newsdoc; newsdoc.parse(open({str(big)!r}, newline='').read())")
    command = _peak_megabytes(
        f"import sys; from newsdoc._cli import main; sys.exit(main(['parse', '--to', 'json', {str(big)!r}]))"
    )
    assert command < 1.5 * parse_alone
