"""The project as a new user and CI meet it: the README's commands, the seed, lint and types."""

from __future__ import annotations

import contextlib
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
