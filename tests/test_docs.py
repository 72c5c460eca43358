"""The documentation site: it builds without a warning, its examples run, and it covers the API."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc._model import label_key
from newsdoc._parse.layout.labels import _NOT_LABELS, KNOWN_LABELS

from _support import ROOT

DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The builds the README documents, into a directory of the test's choosing.
SPHINX = [sys.executable, "-m", "sphinx", "-W", "--keep-going"]
MIN_DOCTESTS = 10

# A MyST doctest block: ```{doctest} ... ```
_DOCTEST_BLOCK = re.compile(r"^```\{doctest\}\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# A row of the known-labels table: | Why it matters | `why_it_matters` |
_LABEL_ROW = re.compile(r"^\| ([^|`]+?) \| `([a-z0-9_]+)` \|$", re.MULTILINE)
# The doctest builder's summary: "   86 tests" and "    0 failures in tests".
_TESTS_RUN = re.compile(r"^\s+(\d+) tests?$", re.MULTILINE)
_TESTS_FAILED = re.compile(r"^\s+(\d+) failures? in tests$", re.MULTILINE)


@attrs.frozen(kw_only=True)
class Build:
    """One run of sphinx-build: where it wrote, its exit status and what it printed."""

    out: Path
    returncode: int
    output: str


@attrs.frozen(kw_only=True)
class Site:
    """The two builds the tests look at."""

    html: Build
    doctest: Build


def _sphinx(builder: str, out: Path, doctrees: Path) -> Build:
    env = {**os.environ, "NO_COLOR": "1"}
    command = [*SPHINX, "-b", builder, "-d", str(doctrees), str(DOCS), str(out)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    return Build(out=out, returncode=result.returncode, output=result.stdout + result.stderr)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site built as HTML and run through the doctest builder, sharing one parse of the pages."""
    root = tmp_path_factory.mktemp("docs")
    doctrees = root / "doctrees"
    return Site(html=_sphinx("html", root / "html", doctrees), doctest=_sphinx("doctest", root / "doctest", doctrees))


def _inventory(path: Path) -> dict[str, str]:
    """The Python objects an ``objects.inv`` lists, each with the page it is on."""
    data = path.read_bytes()
    header_end = 0
    for _ in range(4):  # four lines of text, then the zlib-compressed entries
        header_end = data.index(b"\n", header_end) + 1
    entries: dict[str, str] = {}
    for line in zlib.decompress(data[header_end:]).decode("utf-8").splitlines():
        name, kind, _priority, uri, _display = line.split(" ", 4)
        if kind.startswith("py:"):
            entries[name] = uri.split("#")[0]
    return entries


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment)).strip()


def _doctest_outputs(page: str) -> str:
    """The expected output lines of every doctest block of a page, without the code."""
    lines: list[str] = []
    for block in _DOCTEST_BLOCK.findall(page):
        lines += [line for line in block.splitlines() if not line.startswith((">>>", "..."))]
    return "\n".join(lines)


def _emitted_codes() -> set[str]:
    """The diagnostic codes that some part of the parser can produce."""
    found: set[str] = set()
    for path in (ROOT / "newsdoc").rglob("*.py"):
        if path.name != "_diagnostics.py":
            found |= set(re.findall(r"\bND\d{3}\b", path.read_text(encoding="utf-8")))
    return found


def test_html_build_has_no_warnings(site: Site) -> None:
    """sphinx-build -W --keep-going -b html succeeds: no warning anywhere on the site."""
    assert site.html.returncode == 0, site.html.output
    assert "WARNING" not in site.html.output, site.html.output
    assert (site.html.out / "index.html").is_file()


def test_every_doctest_passes(site: Site) -> None:
    """The doctest builder runs at least ten examples, and none of them fails."""
    assert site.doctest.returncode == 0, site.doctest.output
    summary = (site.doctest.out / "output.txt").read_text(encoding="utf-8")
    run = _TESTS_RUN.search(summary)
    failed = _TESTS_FAILED.search(summary)
    assert run is not None, summary
    assert failed is not None, summary
    assert int(run.group(1)) >= MIN_DOCTESTS
    assert failed.group(1) == "0", summary


def test_pages_hold_at_least_ten_doctest_blocks() -> None:
    """The hand-written pages carry at least ten examples of their own, beyond the docstrings."""
    blocks = sum(len(_DOCTEST_BLOCK.findall(p.read_text(encoding="utf-8"))) for p in DOCS.glob("*.md"))
    assert blocks >= MIN_DOCTESTS


def test_every_public_name_is_documented(site: Site) -> None:
    """Each name in newsdoc.__all__ has an entry in the site's inventory, on the API page, with text under it."""
    inventory = _inventory(site.html.out / "objects.inv")
    api = (site.html.out / "api.html").read_text(encoding="utf-8")
    missing = [name for name in newsdoc.__all__ if f"newsdoc.{name}" not in inventory]
    assert missing == [], f"not on the docs site: {missing}"
    for name in newsdoc.__all__:
        assert inventory[f"newsdoc.{name}"] == "api.html", name
        entry = api.index(f'id="newsdoc.{name}"')
        body = api[api.index("<dd>", entry) : api.index("</dd>", entry)]
        assert _text(body), f"newsdoc.{name} has no description"


def test_every_diagnostic_code_is_explained_with_an_example() -> None:
    """Each code in CODES has a section with its severity; each code the parser emits is in a doctest's output."""
    page = (DOCS / "diagnostics.md").read_text(encoding="utf-8")
    outputs = _doctest_outputs(page)
    emitted = _emitted_codes()
    for code, (severity, _summary) in newsdoc.CODES.items():
        heading = re.search(rf"^### {code}: .+\n\n\*\*{severity.value}\.\*\*", page, re.MULTILINE)
        assert heading is not None, f"{code} has no section opening with **{severity.value}.**"
        if code in emitted:
            assert re.search(rf"^\S+ {code} ", outputs, re.MULTILINE), f"no example on the page triggers {code}"


def test_known_labels_table_is_complete() -> None:
    """The format reference lists every label the parser knows by name, each with its key."""
    page = (DOCS / "format.md").read_text(encoding="utf-8")
    section = page[page.index("### Known labels") :]
    section = section[: section.index("\n## ")]
    rows = _LABEL_ROW.findall(section)
    for label, key in rows:
        assert label_key(label) == key, label
    assert sorted(key for _label, key in rows) == sorted(KNOWN_LABELS)
    notes = re.search(r"are never labels: (.+?)\.\n", section, re.DOTALL)
    assert notes is not None
    assert {label_key(n) for n in notes.group(1).replace("\n", " ").split(", ")} == _NOT_LABELS


def test_readme_gives_the_docs_build_command() -> None:
    """The README's documentation line builds the site the way this module checks it."""
    assert "pip install -e '.[docs]'" in README
    assert ".venv/bin/python -m sphinx -W --keep-going -b html docs docs/_build/html" in README


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "docs"],
        [sys.executable, "-m", "ruff", "format", "--check", "docs"],
        [sys.executable, "-m", "mypy", "docs/conf.py"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_docs_configuration_is_lint_and_type_clean(command: list[str]) -> None:
    """docs/conf.py is code too: ruff and mypy --strict report nothing."""
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
