"""The benchmark's parallel part: ``newsdoc parse --jobs`` and the cookbook's Dask recipe, on many files.

Both run on the corpus copied ``copies`` times into a temporary folder (148 articles, 10
times: 1,480 files), the size of a day's feed, where the cost of starting workers and
sending them work is still large beside the parsing itself.

``jobs_throughput`` times ``python -m newsdoc parse --to jsonl DIR > FILE`` with ``--jobs 1``
and ``--jobs 2``, each run a fresh process (so each time includes starting Python and
importing newsdoc, which the output gives too), with the CPU time of all its processes,
checks that the two write the same bytes, and prints the ratio with the load average it
was measured under: the goal, 1.7x, is for a 2-core machine that is otherwise idle, and
other work on the machine takes its share of the second core.

``dask_recipe`` runs the Dask recipe of ``docs/cookbook.md`` (its text, as the tests do)
under the ``processes`` scheduler, with Dask's default start method (``spawn``) and, where
there is one, ``fork``, against the serial loop over the same files, and checks that they
give the same tables.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["dask_recipe", "jobs_throughput"]

ROOT = Path(__file__).resolve().parent.parent
COOKBOOK = ROOT / "docs" / "cookbook.md"
_DASK_HEADING = "## Processing a large corpus in parallel with Dask"


@contextmanager
def copied(corpus: Path, copies: int) -> Iterator[Path]:
    """A temporary folder holding the ``*.txt`` articles of ``corpus`` ``copies`` times, in sub-folders."""
    with tempfile.TemporaryDirectory(prefix="newsdoc-bench-") as tmp:
        folder = Path(tmp) / "batch"
        for k in range(copies):
            (folder / f"c{k:02d}").mkdir(parents=True)
            for path in sorted(corpus.glob("*.txt")):
                shutil.copy(path, folder / f"c{k:02d}" / path.name)
        yield folder


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _timed(command: list[str], out: Path | None = None) -> tuple[float, float]:
    """The wall-clock time of ``command``, and the CPU time of it and its own children, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(os.devnull if out is None else out, "wb") as stream:
        subprocess.run(command, check=True, stdout=stream)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def jobs_throughput(corpus: Path, repeats: int, copies: int) -> None:
    """``newsdoc parse --to jsonl`` over the corpus ``copies`` times, with one job and with two."""
    newsdoc = [sys.executable, "-m", "newsdoc"]
    with copied(corpus, copies) as folder:
        n = sum(1 for _ in folder.rglob("*.txt"))
        outputs = {jobs: folder.parent / f"jobs{jobs}.jsonl" for jobs in (1, 2)}
        load_before = _load()
        best = dict.fromkeys(outputs, float("inf"))
        cpu = dict.fromkeys(outputs, float("inf"))
        for _ in range(repeats):
            for jobs, out in outputs.items():  # in turn, so that other work on the machine meets both alike
                command = [*newsdoc, "parse", "--to", "jsonl", str(folder), "--jobs", str(jobs)]
                wall, used = _timed(command, out)
                best[jobs], cpu[jobs] = min(best[jobs], wall), min(cpu[jobs], used)
        load_after = _load()
        startup = min(_timed([*newsdoc, "--version"])[0] for _ in range(repeats))
        same = outputs[1].read_bytes() == outputs[2].read_bytes()
    print(f"newsdoc parse --to jsonl over {n:,} files (the corpus {copies} times), to a file, best of {repeats}:")
    for jobs, seconds in best.items():
        print(
            f"  --jobs {jobs}              {n / seconds:10,.0f} files/s  {seconds:6.2f} s  (CPU time {cpu[jobs]:.2f} s)"
        )
    print(f"  --jobs 2 vs --jobs 1: {best[1] / best[2]:5.2f}x the throughput (goal: >= 1.7x on an idle 2-core machine)")
    print(f"  the same output: {'yes' if same else 'NO'}")
    print(f"  on {os.cpu_count()} cores; load average (1, 5, 15 min) {load_before} before, {load_after} after")
    print(f"  (each time includes starting Python and importing newsdoc: {startup:.2f} s alone)")
    print()


def _recipe() -> dict[str, Any]:
    """The definitions of the cookbook's Dask recipe, run from the cookbook's text."""
    text = COOKBOOK.read_text(encoding="utf-8")
    section = text[text.index(_DASK_HEADING) :]
    match = re.search(r"```python\n(.*?)\n```", section, flags=re.DOTALL)
    assert match is not None, "the Dask section has a Python block"
    namespace: dict[str, Any] = {"__name__": "cookbook_dask"}
    exec(compile(match.group(1), f"{COOKBOOK}:dask", "exec"), namespace)
    return namespace


def _best(run: Callable[[], object], repeats: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def dask_recipe(corpus: Path, repeats: int, copies: int) -> None:
    """The cookbook's Dask recipe against the serial loop over the same files."""
    try:
        import dask  # noqa: PLC0415  # the cookbook extra, not the bench one
        import pandas as pd  # noqa: PLC0415
    except ImportError:
        print("Dask recipe: skipped (it needs the cookbook extra: pip install -e '.[cookbook]')")
        print()
        return
    import newsdoc  # noqa: PLC0415

    ns = _recipe()
    with copied(corpus, copies) as folder:
        paths = sorted(str(p) for p in folder.rglob("*.txt"))

        def serial() -> tuple[object, object]:
            rows = [ns["article_rows"](path) for path in paths]
            quotes = [row for _, file_quotes in rows for row in file_quotes]
            columns = ["file", *newsdoc.QUOTE_RECORD_KEYS]
            return pd.DataFrame([summary for summary, _ in rows]), pd.DataFrame(quotes, columns=columns)

        load_before = _load()
        serial_s, expected = _best(serial, repeats)
        methods = [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()]
        timed: dict[str, float] = {}
        for method in methods:
            with dask.config.set({"multiprocessing.context": method}):
                timed[method], tables = _best(lambda: ns["corpus_tables"](str(folder), "processes"), repeats)
            for got, want in zip(tables, expected, strict=True):
                pd.testing.assert_frame_equal(got, want)
        load_after = _load()
    n = len(paths)
    print(f"the cookbook's Dask recipe over {n:,} files, scheduler='processes', best of {repeats}:")
    print(f"  serial loop             {n / serial_s:10,.0f} files/s  {serial_s:6.2f} s")
    for method, seconds in timed.items():
        note = " (Dask's default)" if method == "spawn" else ""
        print(f"  recipe, {method:<6}        {n / seconds:10,.0f} files/s  {seconds:6.2f} s{note}")
        print(f"    vs the serial loop: {serial_s / seconds:5.2f}x as fast (goal: no slower, >= 1.0x)")
    print(f"  the same tables: yes; on {os.cpu_count()} cores, load average {load_before} before, {load_after} after")
    print()
