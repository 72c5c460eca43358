"""``--jobs N``: the same output as one job, byte for byte, and a clean end on Ctrl-C or a lost worker.

Every case runs ``python -m newsdoc`` in a subprocess, once with ``--jobs 1`` and once with
more, and compares everything the two runs leave: standard output, standard error, the
exit status and every file written.
"""

from __future__ import annotations

import functools
import operator
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing import get_context
from pathlib import Path

import pytest

from newsdoc._cli.cmd_parse import _Job, _render, _Rendered
from newsdoc._cli.inputs import Input
from newsdoc._cli.jobs import WINDOW, WorkerError, WorkerLostError, _Crew, cores, ordered, worker_count
from newsdoc._cli.tasks import Task, perform

from _support import CORPUS, ROOT

ARTICLES = CORPUS / "articles"
BULLETED = CORPUS / "bulleted"
GOOD_TEXT = " date 2023-10-16 Lede.\n\n**Why it matters:** A.\n\n"
# How long a case waits for a run to reach the state it needs (workers started, output begun):
# far longer than that takes, so that only a run that never gets there can exhaust it.
_PATIENCE = 120.0
needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finding a process's children needs /proc")

Run = tuple[int, bytes, bytes, dict[str, bytes]]
"""What a run leaves: its exit status, standard output, standard error and the files of its output folder."""


def run(args: list[str], *, out: Path | None = None, stdin: bytes = b"", cwd: Path = ROOT) -> Run:
    """Run ``python -m newsdoc ARGS`` and gather all it leaves, the files under ``out`` included."""
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", *args], input=stdin, capture_output=True, cwd=cwd, check=False
    )
    return done.returncode, done.stdout, done.stderr, _tree(out)


def _tree(folder: Path | None) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too: a temporary file left behind would show), by relative path."""
    if folder is None or not folder.exists():
        return {}
    if folder.is_file():
        return {folder.name: folder.read_bytes()}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _run_at(tmp_path: Path, args: list[str], jobs: str, output: str | None, stdin: bytes = b"") -> Run:
    """Run ``args --jobs JOBS``, with ``-o`` at the same place for every run (messages name it), then move
    what it wrote aside."""
    if output is None:
        return run([*args, "--jobs", jobs], stdin=stdin)
    place = tmp_path / "run"
    place.mkdir()
    result = run([*args, "-o", str(place / output), "--jobs", jobs], out=place / output, stdin=stdin)
    place.rename(tmp_path / f"jobs{jobs}")
    return result


def same_with_jobs(args: list[str], tmp_path: Path, jobs: str = "2", *, output: str | None = None) -> Run:
    """Run ``args`` with one job and with ``jobs``, each into its own ``-o`` where ``output`` names one,
    assert that the two runs leave the same, and give what the one-job run left."""
    one, many = (_run_at(tmp_path, args, count, output) for count in ("1", jobs))
    assert many[0] == one[0]  # exit status
    assert many[2] == one[2]  # standard error, line for line
    assert many[1] == one[1]  # standard output, byte for byte
    assert many[3] == one[3]  # every file written
    return one


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_a_jsonl_stream_of_the_corpus_is_the_same(tmp_path: Path, jobs: str) -> None:
    """Articles, bulleted articles and HTML pages (whose missing dates are warnings on standard error)."""
    status, out, err, _ = same_with_jobs(["parse", "--to", "jsonl", str(CORPUS)], tmp_path, jobs)
    assert status == 0
    assert out.count(b"\n") == sum(1 for p in CORPUS.rglob("*") if p.suffix in {".txt", ".html"})
    assert err.count(b"newsdoc: warning: ") == len(list((CORPUS / "html").glob("*.html")))  # no date in the HTML


@pytest.mark.parametrize(
    ("fmt", "jobs"),
    [("json", "2"), ("json", "0"), ("text", "2"), ("markdown", "2"), ("html", "2"), ("ninjs", "2"), ("jsonld", "2")],
)
def test_every_format_into_a_folder_is_the_same(tmp_path: Path, fmt: str, jobs: str) -> None:
    """``-o DIR`` over the corpus: the same files, at the same places, with the same bytes."""
    status, _, _, files = same_with_jobs(["parse", "--to", fmt, str(CORPUS)], tmp_path, jobs, output="out")
    assert status == 0
    assert len(files) == len(list(ARTICLES.glob("*.txt"))) * 2 + len(list((CORPUS / "html").glob("*.html")))
    assert not [name for name in files if Path(name).name.startswith(".")]


@pytest.mark.parametrize(
    "options",
    [
        ["--to", "jsonl", "--no-sourcing"],
        ["--to", "html", "--fragment", "--no-sourcing"],
        ["--to", "ninjs", "--uri", "https://example.com/{stem}"],
        ["--to", "jsonl", "--encoding", "latin-1", "--strict"],
    ],
    ids=["jsonl-no-sourcing", "html-fragment", "ninjs-uri", "jsonl-latin-1-strict"],
)
def test_writer_options_are_the_same(tmp_path: Path, options: list[str]) -> None:
    output = "out.jsonl" if "jsonl" in options else "out"
    status, _, _, files = same_with_jobs(["parse", str(CORPUS), *options], tmp_path, output=output)
    assert status == (1 if "--strict" in options else 0)  # the HTML pages have no date, an error
    assert files


def test_two_inputs_that_write_the_same_file_are_reported_the_same(tmp_path: Path) -> None:
    """Two directory arguments with the same file names: the second of each pair is reported, not written."""
    status, _, err, files = same_with_jobs(["parse", str(ARTICLES), str(BULLETED)], tmp_path, output="out")
    assert status == 2
    assert err.count(b"already holds") == len(files) == len(list(ARTICLES.glob("*.txt")))


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--strict", "--show-source"],
        ["check", "--no-sourcing"],
        ["stats"],
        ["stats", "--json", "--top", "5"],
        ["stats", "--no-sourcing", "--strict"],
    ],
    ids=" ".join,
)
def test_check_and_stats_are_the_same(tmp_path: Path, args: list[str]) -> None:
    """Every diagnostic line in order, the exit status, and the totals of the whole corpus."""
    status, out, _, _ = same_with_jobs([*args, str(CORPUS)], tmp_path, "2")
    assert out
    assert status == (1 if args[0] == "check" or "--strict" in args else 0)


def _awkward_inputs(folder: Path) -> list[str]:
    """Inputs of which some cannot be read, in the middle of readable ones: a missing file, one below a
    file, Latin-1 bytes, an empty file (an error diagnostic), a folder without articles, a dangling
    link in a folder, standard input, and one unreadable by permission where the user is not root."""
    good = folder / "good"
    good.mkdir(parents=True)
    for k in range(6):
        shutil.copy(sorted(ARTICLES.glob("*.txt"))[k], good / f"{k}.txt")
    (folder / "latin1.txt").write_bytes(" date 2023-10-16 Café au lait.\n\n".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nothing").mkdir()
    links = folder / "links"
    links.mkdir()
    (links / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (links / "b.txt").symlink_to(folder / "gone.txt")
    (links / "c.txt").write_text(GOOD_TEXT, encoding="utf-8")
    locked = folder / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    locked.chmod(0)
    return [
        str(good / "0.txt"),
        str(folder / "missing.txt"),
        str(good / "1.txt"),
        str(good / "2.txt" / "below.txt"),
        str(folder / "latin1.txt"),
        str(folder / "nothing"),
        str(good / "3.txt"),
        str(folder / "empty.txt"),
        str(links),
        "-",
        str(locked),
        str(good / "4.txt"),
        str(good / "5.txt"),
    ]


@pytest.mark.parametrize(
    ("args", "output"),
    [
        (["parse", "--to", "jsonl"], None),
        (["parse", "--to", "jsonl", "--encoding", "latin-1"], "all.jsonl"),
        (["parse", "--to", "json"], "out"),
        (["check"], None),
        (["stats", "--json"], None),
    ],
    ids=["jsonl", "jsonl-latin-1-file", "json-folder", "check", "stats"],
)
def test_an_input_that_fails_is_reported_in_its_turn_and_the_others_go_on(
    tmp_path: Path, args: list[str], output: str | None
) -> None:
    inputs = _awkward_inputs(tmp_path / "in")
    one, many = (_run_at(tmp_path, [*args, *inputs], count, output, GOOD_TEXT.encode()) for count in ("1", "2"))
    assert many == one
    status, out_bytes, err, files = one
    assert status == 2
    lines = err.decode().splitlines()
    reported = [line for line in lines if line.startswith("newsdoc: error: ")]
    assert [line.split(": ")[2] for line in reported[:2]] == [inputs[1], inputs[3]]
    assert any("missing.txt: no such file or directory" in line for line in reported)
    assert any("below.txt: not a directory" in line for line in reported)
    assert any(line.endswith("nothing: no articles (.txt, .html, .htm) in this directory") for line in reported)
    assert any("b.txt: no such file or directory" in line for line in reported)
    if "latin-1" not in args:
        assert any("latin1.txt: not UTF-8 text" in line for line in reported)
    if args[0] != "check":
        assert any(line.startswith(f"newsdoc: warning: {inputs[7]}:1:1: ND") for line in lines)
    if args[0] == "stats":
        # five good files, two in the folder of links, standard input, the empty file, and the locked one for root
        readable = 5 + 2 + 1 + 1 + (0 if os.geteuid() != 0 else 1)
        assert f'"articles": {readable},'.encode() in out_bytes
    if output == "out":
        assert {"0.json", "5.json", "stdin.json", "c.json"} <= set(files)
    if output == "all.jsonl":
        assert files["all.jsonl"].count(b"\n") == 15  # every input has its line, the unread ones too


def test_a_large_standard_input_among_many_files(tmp_path: Path) -> None:
    """Standard input (several megabytes, which the parent reads and hands to a worker as bytes)
    between two folders of articles: the same stream as with one job."""
    big = (ARTICLES / sorted(p.name for p in ARTICLES.glob("*.txt"))[0]).read_bytes()
    stdin = big + b"\n\n".join([big.split(b"\n\n", 1)[1]] * 600)
    assert len(stdin) > 1_000_000
    args = ["parse", "--to", "jsonl", str(ARTICLES), "-", str(BULLETED)]
    one, many = (run([*args, "--jobs", jobs], stdin=stdin) for jobs in ("1", "2"))
    assert many == one
    assert one[0] == 0
    assert one[1].count(b"\n") == 2 * 148 + 1
    assert b'"source_path": "-"' in one[1]


def test_jobs_must_be_a_whole_number(tmp_path: Path) -> None:
    for bad in ("-1", "two", "1.5"):
        status, out, err, _ = run(["parse", "--jobs", bad, str(ARTICLES)])
        assert (status, out) == (2, b"")
        assert b"--jobs/-j: expected a whole number of worker processes" in err
        assert b"Traceback" not in err


def test_zero_jobs_means_one_per_core() -> None:
    count: Callable[[], int | None] = getattr(os, "process_cpu_count", os.cpu_count)
    assert cores() == max(count() or 1, 1)
    assert worker_count(0, 10_000) == cores()
    assert worker_count(4, 10_000) == 4
    assert worker_count(4, 2) == 2  # never more workers than inputs
    assert worker_count(4, 1) == 1  # one input is read here


def test_the_workers_are_spawn_safe() -> None:
    """Under ``spawn`` (a fresh interpreter per worker, as on macOS and Windows) the work and its
    inputs travel by pickle and give what the parent gives."""
    job = _Job(to="jsonl", uri="urn:newsdoc:{stem}", document=True)
    work = functools.partial(perform, functools.partial(_render, job), None)
    paths = sorted(BULLETED.glob("*.txt"))[:24]
    tasks = [Task(item=Input(name=str(p), path=p)) for p in paths]
    spawned = list(ordered(work, tasks, 2, batch=4, context=get_context("spawn")))
    assert spawned == [work(task) for task in tasks]
    assert all(isinstance(r, _Rendered) and r.text.startswith('{"format": "newsdoc"') for r in spawned)


def test_inputs_are_taken_a_bounded_window_ahead() -> None:
    """A million inputs are not all taken at once: when the first result is given, at most the
    window of every worker has been taken from the inputs (and one batch more)."""
    taken = 0

    def inputs() -> Iterator[int]:
        nonlocal taken
        for k in range(1_000_000):
            taken += 1
            yield k

    results = ordered(operator.neg, inputs(), 2, batch=4, context=get_context("spawn"))
    try:
        assert next(results) == 0
        assert taken <= 2 * WINDOW * 4 + 4
        assert [next(results) for _ in range(99)] == [-k for k in range(1, 100)]
    finally:
        results.close()


def test_an_exception_in_a_worker_is_raised_in_the_parent_at_its_batch() -> None:
    work = functools.partial(operator.truediv, 1)
    results = ordered(work, [1, 2, 0, 4], 2, batch=1, context=get_context("spawn"))
    assert [next(results), next(results)] == [1.0, 0.5]
    with pytest.raises(WorkerError, match="ZeroDivisionError"):
        next(results)


# Ctrl-C and lost workers: a large batch (the articles 10 times over) that is stopped mid-way.


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    for k in range(10):
        copy = folder / f"c{k}"
        copy.mkdir()
        for path in ARTICLES.glob("*.txt"):
            shutil.copy(path, copy / path.name)
    return folder


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # it ended while we looked
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(ready: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + _PATIENCE
    while not ready():
        assert proc.poll() is None, "the run ended before it could be stopped"
        assert time.monotonic() < deadline, "the run never got there"
        time.sleep(0.01)


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    """Start ``python -m newsdoc ARGS`` as the leader of its own process group, as a shell does."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsdoc", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )


@needs_proc
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_ctrl_c_ends_every_worker_and_leaves_no_partial_file(big_batch: Path, tmp_path: Path, fmt: str) -> None:
    """SIGINT to the process group (what Ctrl-C sends) mid-run: status 130 as with one job, nothing on
    standard error, no worker left, and no output file that is not whole: with ``--to jsonl -o
    FILE`` no file at all, with ``-o DIR`` only complete ones."""
    out = tmp_path / ("all.jsonl" if fmt == "jsonl" else "out")
    proc = _start(["parse", "--to", fmt, str(big_batch), "-o", str(out), "--jobs", "2"])
    workers: list[int] = []

    def started() -> bool:
        workers[:] = _children(proc.pid)
        # jsonl: the temporary file has lines in it; json: a first file is complete
        begun = [p for p in tmp_path.rglob("*") if p.is_file() and (fmt == "jsonl" or not p.name.startswith("."))]
        return len(workers) >= 2 and any(p.stat().st_size > 0 for p in begun)

    _wait_for(started, proc)
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=_PATIENCE)
    assert proc.returncode == 130
    assert (stdout, stderr) == (b"", b"")
    assert not [pid for pid in workers if _alive(pid)]
    left = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert not [p for p in left if p.name.startswith(".newsdoc-")]
    if fmt == "jsonl":
        assert left == []
        return
    assert 0 < len(left) < 1480
    reference = tmp_path / "reference"
    assert run(["parse", "--to", "json", str(ARTICLES), "-o", str(reference)])[0] == 0
    for path in left:
        assert path.read_bytes() == (reference / path.name).read_bytes()


@needs_proc
def test_ctrl_c_while_output_is_held_up_by_its_reader(big_batch: Path) -> None:
    """The parent blocked on a full pipe to standard output when Ctrl-C comes: the same clean end."""
    proc = _start(["parse", "--to", "jsonl", str(big_batch), "--jobs", "2"])
    assert proc.stdout is not None
    first = proc.stdout.read(1)  # the stream has begun; then nothing is read, so the pipe fills
    workers = _children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    rest, stderr = proc.communicate(timeout=_PATIENCE)
    assert first
    assert proc.returncode == 130
    assert stderr == b""
    assert rest
    assert not [pid for pid in workers if _alive(pid)]


@needs_proc
def test_a_worker_that_dies_fails_the_run_on_one_line(big_batch: Path, tmp_path: Path) -> None:
    """A worker killed (as the out-of-memory killer would) mid-run: one line naming the input it had,
    status 2, the other workers ended, and ``-o FILE`` not written, since lines would be missing."""
    out = tmp_path / "all.jsonl"
    proc = _start(["parse", "--to", "jsonl", str(big_batch), "-o", str(out), "--jobs", "2"])
    workers: list[int] = []

    def started() -> bool:
        workers[:] = _children(proc.pid)
        return len(workers) >= 2 and any(p.stat().st_size > 0 for p in tmp_path.iterdir())

    _wait_for(started, proc)
    os.kill(workers[0], signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=_PATIENCE)
    assert proc.returncode == 2
    assert stdout == b""
    lines = stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"newsdoc: error: {big_batch}/")
    assert lines[0].endswith(": not read, nor the inputs after it: a worker process ended unexpectedly")
    assert not [pid for pid in workers if _alive(pid)]
    assert list(tmp_path.iterdir()) == []


@needs_proc
def test_workers_end_when_the_parent_is_killed(big_batch: Path) -> None:
    """A parent killed outright (SIGKILL, which it cannot handle) leaves no worker behind: each sees it gone."""
    proc = _start(["parse", "--to", "jsonl", str(big_batch), "--jobs", "2"])
    assert proc.stdout is not None
    assert proc.stdout.read(1)
    workers = _children(proc.pid)
    assert len(workers) == 2
    proc.kill()
    proc.communicate(timeout=_PATIENCE)
    deadline = time.monotonic() + _PATIENCE
    while [pid for pid in workers if _alive(pid)]:
        assert time.monotonic() < deadline, "a worker outlived its parent"
        time.sleep(0.01)


@pytest.mark.skipif(sys.platform != "linux", reason="a forked worker, killed and waited for")
def test_a_batch_for_a_worker_already_dead_is_a_lost_worker() -> None:
    """A worker that dies before the parent sees its pipe end: sending it the next batch fails with
    a broken pipe, which is a lost worker (reported on one line, status 2), not a closed output
    (status 1, silent), as it was when the kill came between two batches."""
    crew: _Crew[int, int] = _Crew(get_context("fork"))
    crew.start(abs, 1)
    process = crew._processes[0]
    process.kill()
    process.join()
    with pytest.raises(WorkerLostError):
        list(crew.run(iter([[1, -2]]), WINDOW))
    crew.end(complete=False)
