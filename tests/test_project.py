"""The project as a new user and CI meet it: the README's commands, the seed, lint and types."""

from __future__ import annotations

import contextlib
import importlib.metadata
import io
import os
import re
import subprocess
import sys

import pytest

import newsdoc

from _support import ROOT, SEEDS, SHARED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.DOTALL)


def test_readme_first_screen_has_install_and_test_commands() -> None:
    """The README opens with two commands: install and run the main job, then run the tests."""
    install, tests = _shell_blocks()[:2]
    assert "pip install ." in install
    assert "newsdoc parse seeds/000_4fd815950c55ca6a.txt --to json" in install
    assert "pytest" in tests
    assert README.index(tests) < 1500


def test_ci_runs_exactly_the_readme_test_command() -> None:
    """.ci/run ends with the README's test command, word for word."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == _shell_blocks()[1]


def test_readme_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Python example runs from the project root and prints the seed's date."""
    code = re.findall(r"```python\n(.*?)\n```", README, flags=re.DOTALL)[0]
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().startswith("2023-10-16 [")


def test_seed_is_a_byte_exact_copy() -> None:
    """seeds/ holds the shared seed articles, byte for byte."""
    shared = sorted(p.name for p in (SHARED / "seeds").glob("*.txt"))
    assert shared == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name in shared:
        assert (SEEDS / name).read_bytes() == (SHARED / "seeds" / name).read_bytes()


def _isort_key(name: str) -> tuple[int, str]:
    """Constants first, then classes, then everything else, as ruff's RUF022 sorts ``__all__``."""
    if name.isupper():
        return 0, name
    return (1 if name[0].isupper() else 2), name


def test_public_names_are_sorted_and_exist() -> None:
    """__all__ is sorted, has no duplicate, and every name in it is importable from newsdoc."""
    assert list(newsdoc.__all__) == sorted(newsdoc.__all__, key=_isort_key)
    assert len(set(newsdoc.__all__)) == len(newsdoc.__all__)
    for name in newsdoc.__all__:
        assert hasattr(newsdoc, name), name


def test_every_diagnostic_code_used_is_in_the_table() -> None:
    """Each ND code the source mentions has a severity and summary in CODES."""
    used: set[str] = set()
    for path in (ROOT / "newsdoc").rglob("*.py"):
        used |= set(re.findall(r"\bND\d{3}\b", path.read_text(encoding="utf-8")))
    assert used <= set(newsdoc.CODES)


LINTERS = [
    ("ruff-check", [sys.executable, "-m", "ruff", "check", "newsdoc", "tests"]),
    ("ruff-format", [sys.executable, "-m", "ruff", "format", "--check", "newsdoc", "tests"]),
    ("mypy-strict", [sys.executable, "-m", "mypy"]),
]


@pytest.mark.parametrize("command", [c[1] for c in LINTERS], ids=[c[0] for c in LINTERS])
def test_lint_and_types_are_clean(command: list[str]) -> None:
    """ruff and mypy --strict (configured in pyproject.toml) report nothing."""
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_says_what_the_test_command_installs_and_how_long_it_takes() -> None:
    """Beside its test command the README gives the number of packages the test extra installs, near the true count."""
    m = re.search(
        r"The test extra installs about (\d+) packages .*? the tests take\s+about (\w+) minutes", README, re.S
    )
    assert m is not None
    installed = len({d.metadata["Name"].lower() for d in importlib.metadata.distributions()})
    assert abs(int(m.group(1)) - installed) <= installed // 4, (m.group(1), installed)


def test_docs_front_page_shows_the_three_commands() -> None:
    """docs/index.md shows parse, check and stats, one line each, in one console block."""
    page = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n(.*?)\n```", page, flags=re.DOTALL)
    assert block is not None
    assert [line.split()[:2] for line in block.group(1).splitlines()] == [
        ["$", "newsdoc"],
        ["$", "newsdoc"],
        ["$", "newsdoc"],
    ]
    assert [line.split()[2] for line in block.group(1).splitlines()] == ["parse", "check", "stats"]


def test_the_cookbook_names_its_extras_at_the_top_and_they_are_an_install_extra() -> None:
    """The cookbook's opening names pandas, pyarrow and Dask and the extra that installs them, which pyproject has."""
    opening = (ROOT / "docs" / "cookbook.md").read_text(encoding="utf-8").split("\n## ")[0]
    for name in ("pandas", "pyarrow", "Dask", "'.[cookbook]'"):
        assert name in opening, name
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    extra = re.search(r"^cookbook = \[(.*)\]$", pyproject, flags=re.MULTILINE)
    assert extra is not None
    assert [re.split(r"[\[>=]", r.strip('" '))[0] for r in extra.group(1).split(",")] == ["pandas", "pyarrow", "dask"]


def test_files_are_read_one_way_in_every_document() -> None:
    """README and docs read an article file with path.read_text(encoding="utf-8") only, never read_bytes().decode."""
    pages = [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    assert all("read_bytes().decode" not in p.read_text(encoding="utf-8") for p in pages)
    assert sum('read_text(encoding="utf-8")' in p.read_text(encoding="utf-8") for p in pages) >= 2
