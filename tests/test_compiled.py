"""The two builds: ``newsdoc.COMPILED`` says which one runs, ``--version`` says it too, the compiled
modules are the ones pyproject.toml selects, and the compiled build writes what the pure source writes.

CI runs this suite twice: on the pure package (an editable install of this tree) and on the
compiled one (``NEWSDOC_MYPYC=1 pip install .``, with ``NEWSDOC_EXPECT_COMPILED=1``).
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import newsdoc
from newsdoc._parse.sourcing import pipeline

from _support import ROOT, SHARED

EXPECT = os.environ.get("NEWSDOC_EXPECT_COMPILED")
MIN_COMPARED = 1000


def _is_extension(path: str | Path) -> bool:
    return str(path).endswith(tuple(EXTENSION_SUFFIXES))


def _from_this_tree() -> bool:
    """Whether newsdoc is this tree's source (a venv inside the tree is not)."""
    return Path(newsdoc.__file__).resolve().parent == ROOT / "newsdoc"


def test_compiled_says_whether_the_parser_is_an_extension_module() -> None:
    assert isinstance(newsdoc.COMPILED, bool)
    assert newsdoc.COMPILED is _is_extension(pipeline.__file__)


def test_the_source_tree_holds_no_extension_module() -> None:
    """A compiled build removes what it built from the tree, so the tree, and an editable install of it, stay pure."""
    assert [p for p in (ROOT / "newsdoc").rglob("*") if _is_extension(p)] == []
    if _from_this_tree():
        assert newsdoc.COMPILED is False


def test_the_build_is_the_one_this_run_expects() -> None:
    """With NEWSDOC_EXPECT_COMPILED=1 (CI's compiled run), newsdoc is the compiled package, installed outside
    this tree, and so is the one ``python -m newsdoc`` runs from the root, as the command-line tests run it."""
    if EXPECT is None:
        pytest.skip("NEWSDOC_EXPECT_COMPILED is not set")
    assert EXPECT in ("0", "1")
    expected = EXPECT == "1"
    assert newsdoc.COMPILED is expected
    assert _from_this_tree() is not expected
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "--version"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.endswith("(compiled)\n" if expected else "(pure Python)\n")


def test_version_names_the_build(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "--version"], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    build = "compiled" if newsdoc.COMPILED else "pure Python"
    assert done.stdout == f"newsdoc {newsdoc.__version__} ({build})\n"


def _hook_table() -> dict[str, list[str]]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    table: dict[str, list[str]] = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    return table


def _selected(relative: str, include: list[str], exclude: list[str]) -> bool:
    """Whether hatch-mypyc compiles ``relative`` (``newsdoc/_parse/parser.py``): the patterns of the
    table are a file or a folder from the root, which is all that this reading of them supports."""
    for pattern in [*include, *exclude]:
        assert re.fullmatch(r"/newsdoc(/[\w.]+)*/?", pattern), pattern

    def matches(pattern: str) -> bool:
        path = pattern.lstrip("/")
        return relative == path or relative.startswith(path.rstrip("/") + "/")

    return any(map(matches, include)) and not any(map(matches, exclude))


def test_each_exclusion_gives_its_reason() -> None:
    """Every module left pure has a comment on its line that says why."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for pattern in _hook_table()["exclude"]:
        line = next(line for line in text.splitlines() if f'"{pattern}"' in line)
        assert re.search(r"#\s*\S.{10,}", line), line


def test_the_parser_is_selected_for_compiling() -> None:
    """Every stage of the parser is compiled; its entry point, the model and the converter stay pure."""
    table = _hook_table()
    modules = [p.relative_to(ROOT).as_posix() for p in (ROOT / "newsdoc").rglob("*.py")]
    stages = [m for m in modules if m.startswith("newsdoc/_parse/") and m != "newsdoc/_parse/parser.py"]
    assert len(stages) > 40
    assert all(_selected(m, table["include"], table["exclude"]) for m in stages)
    pure = (
        "newsdoc/_parse/parser.py",
        "newsdoc/_model.py",
        "newsdoc/_json/codec.py",
        "newsdoc/_json/converter.py",
        "newsdoc/__init__.py",
    )
    for module in pure:
        assert not _selected(module, table["include"], table["exclude"]), module


@pytest.mark.skipif(not newsdoc.COMPILED, reason="needs the compiled build (NEWSDOC_MYPYC=1 pip install .)")
def test_the_compiled_modules_are_the_ones_pyproject_selects() -> None:
    """Each module of the installed package is an extension module exactly when the hook's table selects it."""
    table = _hook_table()
    package = Path(newsdoc.__file__).parent
    compiled = 0
    for source in sorted(package.rglob("*.py")):
        relative = source.relative_to(package.parent).as_posix()
        name = relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        module = importlib.import_module(name)
        assert module.__file__ is not None
        selected = _selected(relative, table["include"], table["exclude"])
        assert _is_extension(module.__file__) is selected, (name, module.__file__)
        compiled += selected
    assert compiled > 50


def _texts_to_compare() -> int:
    folders = [SHARED / "corpus" / "articles", SHARED / "corpus" / "bulleted", SHARED / "polnear" / "data" / "train"]
    return sum(len(list(f.glob("*.txt"))) for f in folders) + len(list((SHARED / "corpus" / "html").glob("*.html")))


@pytest.mark.skipif(not newsdoc.COMPILED, reason="needs the compiled build (NEWSDOC_MYPYC=1 pip install .)")
def test_the_compiled_build_writes_what_the_pure_source_writes() -> None:
    """On the corpus, its bulleted twin, its HTML pages and PolNeAR's train set, every output of the
    compiled build (JSON of the full and layout-only parse, diagnostics, every writer) is the pure
    source's, byte for byte (bench/compare_builds.py, which runs each build in a child process)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "compare_builds.py")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    count = _texts_to_compare()
    assert count > MIN_COMPARED
    assert f"{count} texts compared" in done.stdout
    assert done.stdout.rstrip().endswith("identical output, byte for byte")
