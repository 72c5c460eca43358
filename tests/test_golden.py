"""Golden cases: tests/golden/<case>/input.txt beside one expected file per output format.

Every case must have every expected file; a missing one fails. ``pytest --regen-golden``
rewrites them from the current output, and each rewritten file is read by a person before
it is committed.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

import newsdoc

from _support import GOLDEN, read

GOLDEN_URI = "https://example.com/news/golden-case"
"""The URI and URL the ninjs and JSON-LD golden files are written with."""


def _json(document: newsdoc.JSONObject) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _diagnostics(article: newsdoc.Article) -> str:
    return "".join(f"{d} [{d.severity.value}]\n" for d in article.diagnostics)


FORMATS: dict[str, Callable[[newsdoc.Article], str]] = {
    "article.json": lambda a: newsdoc.to_json(a, indent=2) + "\n",
    "text.txt": newsdoc.to_text,
    "diagnostics.txt": _diagnostics,
    "article.md": newsdoc.to_markdown,
    "article.html": newsdoc.to_html,
    "ninjs.json": lambda a: _json(newsdoc.to_ninjs(a, uri=GOLDEN_URI)),
    "jsonld.json": lambda a: _json(newsdoc.to_jsonld(a, url=GOLDEN_URI)),
}
"""Expected file name -> the writer whose output it holds."""

CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.txt").is_file())


def test_cases_exist() -> None:
    """The golden folder holds the seed case and the tolerance case at least."""
    assert {"seed", "tolerant"} <= set(CASES)


@pytest.mark.parametrize("name", sorted(FORMATS))
@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, name: str, request: pytest.FixtureRequest) -> None:
    """The writer's output for the case's input equals the expected file, byte for byte."""
    folder = GOLDEN / case
    article = newsdoc.parse(read(folder / "input.txt"))
    got = FORMATS[name](article)
    expected = folder / name
    if request.config.getoption("--regen-golden"):
        expected.write_bytes(got.encode("utf-8"))
    assert expected.is_file(), f"missing expected file {expected.relative_to(GOLDEN)}"
    assert got == read(expected)
