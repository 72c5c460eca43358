"""The cookbook's Dask recipe, run on the corpus under the multiprocessing scheduler, equals a serial run,
and each of its tasks parses many files."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

import dask
import dask.bag as db
import pandas as pd
import pytest
import regex

import newsdoc

ROOT = Path(__file__).resolve().parents[1]
COOKBOOK = ROOT / "docs" / "cookbook.md"
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
BULLETED = ROOT.parent / "shared" / "corpus" / "bulleted"
HEADING = "## Processing a large corpus in parallel with Dask"
# How long a task waits for a second worker: far longer than a worker takes to start.
_PATIENCE = 60.0
# The first Python block after a heading.
FIRST_PYTHON_BLOCK = regex.compile(r"```python\n(.*?)\n```", flags=regex.DOTALL)

Tables = tuple[pd.DataFrame, pd.DataFrame]
Rows = tuple[dict[str, object], list[dict[str, object]]]


def recipe() -> dict[str, object]:
    """The recipe's definitions, executed from the cookbook's text (not a copy of it)."""
    text = COOKBOOK.read_text(encoding="utf-8")
    section = text[text.index(HEADING) :]
    match = FIRST_PYTHON_BLOCK.search(section)
    assert match is not None, "the Dask section has a Python block"
    namespace: dict[str, object] = {"__name__": "cookbook_dask"}
    exec(compile(match.group(1), f"{COOKBOOK}:dask", "exec"), namespace)
    return namespace


def test_the_recipe_in_processes_equals_the_serial_run() -> None:
    """corpus_tables under the multiprocessing scheduler gives the same frames as its function run in a loop."""
    ns = recipe()
    corpus_tables = cast("Callable[[str, str], Tables]", ns["corpus_tables"])
    article_rows = cast("Callable[[str], Rows]", ns["article_rows"])
    articles, quotes = corpus_tables(str(ARTICLES), "processes")
    serial = [article_rows(str(p)) for p in sorted(ARTICLES.glob("*.txt"))]
    expected_articles = pd.DataFrame([summary for summary, _ in serial])
    expected_quotes = pd.DataFrame(
        [row for _, rows in serial for row in rows], columns=["file", *newsdoc.QUOTE_RECORD_KEYS]
    )
    assert len(articles) == 148
    assert articles["sections"].sum() > 0
    pd.testing.assert_frame_equal(articles, expected_articles)
    pd.testing.assert_frame_equal(quotes, expected_quotes)
    assert quotes["quote"].count() == articles["quotes"].sum()


def test_each_task_parses_a_partition_of_many_files() -> None:
    """The bag has the partitions asked for, not a task per file, and each is parsed in a worker process."""
    corpus_rows = cast("Callable[[list[str], int], db.Bag]", recipe()["corpus_rows"])
    paths = [str(p) for p in sorted(ARTICLES.glob("*.txt"))]
    bag = corpus_rows(paths, 4)
    assert bag.npartitions == 4
    per_task = bag.map_partitions(lambda rows: [(os.getpid(), len(rows))])  # type: ignore[no-untyped-call]
    tasks = per_task.compute(scheduler="processes")
    assert [count for _, count in tasks] == [37, 37, 37, 37]
    assert os.getpid() not in {pid for pid, _ in tasks}


def test_the_recipe_hands_each_worker_one_partition_at_a_time() -> None:
    """corpus_tables computes its bag with chunksize 1, two partitions per core, so that the
    processes scheduler gives each worker one partition at a time (by default it hands out six
    ready tasks at once, and one worker would get them all). Which worker runs which partition
    is the scheduler's choice and depends on the machine's load, so the test reads the setting."""
    ns = recipe()
    seen: dict[str, object] = {}

    class Bag:
        def compute(self, scheduler: str) -> list[object]:
            seen["chunksize"] = dask.config.get("chunksize")
            seen["scheduler"] = scheduler
            return []

    def corpus_rows(paths: list[str], partitions: int) -> Bag:
        seen["files"], seen["partitions"] = len(paths), partitions
        return Bag()

    ns["corpus_rows"] = corpus_rows
    corpus_tables = cast("Callable[[str, str], Tables]", ns["corpus_tables"])
    articles, quotes = corpus_tables(str(ARTICLES), "processes")
    assert articles.empty
    assert quotes.empty
    cores = os.cpu_count() or 1
    assert seen == {"files": 148, "partitions": min(2 * cores, 148), "chunksize": 1, "scheduler": "processes"}


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core gives the scheduler one worker")
def test_the_recipe_spreads_its_tasks_over_the_worker_processes(tmp_path: Path) -> None:
    """What the setting above is for: corpus_tables's partitions go to different workers (were the
    scheduler to read another setting, or none, one worker would run them all).

    Each task waits, before its first row, until a task has started in a second process: with the
    partitions handed out one at a time, the second worker takes one while the first waits; with
    all of them given to one worker, no second process ever starts one, and the wait gives up.
    """
    ns = recipe()

    def rows(path: str) -> Rows:
        (tmp_path / f"pid-{os.getpid()}").touch()
        deadline = time.monotonic() + _PATIENCE
        while len(list(tmp_path.glob("pid-*"))) < 2 and not (tmp_path / "gave-up").exists():
            if time.monotonic() > deadline:
                (tmp_path / "gave-up").touch()
            time.sleep(0.01)
        return {"file": path, "pid": os.getpid()}, []

    ns["article_rows"] = rows
    corpus_tables = cast("Callable[[str, str], Tables]", ns["corpus_tables"])
    articles, quotes = corpus_tables(str(ARTICLES), "processes")
    assert len(articles) == 148
    assert quotes.empty
    pids = set(articles["pid"])
    assert len(pids) >= 2
    assert os.getpid() not in pids


def test_articles_cross_processes_whole() -> None:
    """Articles parsed in worker processes come back equal, with their spans and diagnostics."""
    load = cast("Callable[[str], newsdoc.Article]", recipe()["load"])
    paths = [str(p) for p in sorted(BULLETED.glob("*.txt"))]
    bag = db.from_sequence(paths, partition_size=16)  # type: ignore[no-untyped-call]  # dask.bag is not annotated
    pairs = bag.map(lambda path: (os.getpid(), load(path))).compute(scheduler="processes")
    parallel = [article for _, article in pairs]
    serial = [load(p) for p in paths]
    assert os.getpid() not in {pid for pid, _ in pairs}, "the articles were parsed in other processes"
    assert parallel == serial
    assert [newsdoc.to_json(a) for a in parallel] == [newsdoc.to_json(a) for a in serial]
