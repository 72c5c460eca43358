"""The benchmark script runs, and its model floor builds what parse builds."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsdoc

from _support import CORPUS, ROOT, corpus_files, read


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_parse", ROOT / "bench" / "bench_parse.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_parse"] = module
    spec.loader.exec_module(module)
    return module


bench = _bench()


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_rebuild_makes_an_equal_article_of_new_objects(path: Path) -> None:
    article = newsdoc.parse(read(path))
    copy = bench.rebuild(article)
    assert copy == article
    assert newsdoc.to_json(copy) == newsdoc.to_json(article)  # spans too, which equality leaves out
    old = list(article.paragraphs)
    new = list(copy.paragraphs)
    assert all(a is not b for a, b in zip(old, new, strict=True))
    old_attributions = [a for p in old for a in p.attributions]
    new_attributions = [a for p in new for a in p.attributions]
    assert all(a is not b for a, b in zip(old_attributions, new_attributions, strict=True))


def test_benchmark_runs_and_prints_every_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for path in sorted((CORPUS / "articles").glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path / path.name)
    args = ["--corpus", str(tmp_path), "--repeats", "1", "--hostile-size", "2000", "--only", "throughput,memory"]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    assert "corpus: 3 articles" in out
    for line in (
        "newsdoc.parse",
        "markdown-it-py parse",
        "parse vs markdown-it-py",
        "parse, layout only",
        "layout only vs markdown-it-py",
        "layout only vs parse",
        "building the model alone",
        "to_json",
        "from_json",
        "bytes per character",
    ):
        assert line in out


def test_benchmark_refuses_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--corpus", str(tmp_path)]) == 2
    assert "no .txt articles" in capsys.readouterr().err


def test_hostile_part_times_every_writer_and_prints_the_worst_ratio_of_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each hostile case has a ratio for parse and for every writer, and the summary names the worst of each."""
    for path in sorted((CORPUS / "articles").glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path / path.name)
    args = ["--corpus", str(tmp_path), "--repeats", "1", "--hostile-size", "500", "--only", "hostile"]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    summary = out.split("worst hostile ratio")[1].split("worst hostile cost against")[0].splitlines()[1:]
    names = ["parse", "to_text", "to_json", "to_markdown", "to_html", "to_ninjs", "to_jsonld"]
    assert [line.split()[0] for line in summary if line.strip()] == names
    per_unit = out.split("worst hostile cost against")[1].splitlines()[1:]
    assert [line.split()[0] for line in per_unit if line.strip()][: len(names)] == names
    assert "spaces inside a line" in out
    assert "quotes, then he x10,000" in out


def _three_articles(tmp_path: Path) -> Path:
    for path in sorted((CORPUS / "articles").glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


@pytest.mark.skipif(newsdoc.COMPILED, reason="this run is the compiled build")
def test_without_a_compiled_build_the_benchmark_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _three_articles(tmp_path)
    bench.builds([read(p) for p in sorted(folder.glob("*.txt"))], folder, 1, None)
    out = capsys.readouterr().out
    assert "no compiled build at hand" in out
    assert "NEWSDOC_MYPYC=1" in out


@pytest.mark.skipif(
    not newsdoc.COMPILED and not bench.COMPILED_VENV_PYTHON.exists(),
    reason="needs a compiled build: this run's, or one in .venv-compiled",
)
def test_the_benchmark_compares_the_compiled_and_the_pure_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each build runs in its own process; the ratios between them and to markdown-it-py are printed."""
    folder = _three_articles(tmp_path)
    args = ["--corpus", str(folder), "--repeats", "1", "--only", "builds"]
    if newsdoc.COMPILED:
        args += ["--compiled-python", sys.executable]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    assert "did not run the build it should" not in out
    for line in (
        "compiled vs pure, parse:",
        "compiled vs pure, layout only:",
        "compiled parse vs markdown-it-py:",
        "pure parse vs markdown-it-py:",
    ):
        found = re.search(rf"{re.escape(line)}\s+(\d+\.\d\d)x as fast", out)
        assert found is not None, line
        assert float(found.group(1)) > 0


def test_parallel_parts_compare_jobs_and_the_dask_recipe_on_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs 1 against --jobs 2, and the cookbook's recipe against the serial loop, on copies of the
    corpus, each with the load average it was measured under and a check that the outputs agree."""
    for path in sorted((CORPUS / "articles").glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path / path.name)
    args = ["--corpus", str(tmp_path), "--repeats", "1", "--copies", "4", "--only", "jobs,dask"]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    assert "newsdoc parse --to jsonl over 12 files (the corpus 4 times)" in out
    assert "--jobs 2 vs --jobs 1:" in out
    assert "the same output: yes" in out
    assert "the cookbook's Dask recipe over 12 files" in out
    assert "recipe, spawn" in out
    assert "vs the serial loop:" in out
    assert "the same tables: yes" in out
    assert out.count("load average") == 2
