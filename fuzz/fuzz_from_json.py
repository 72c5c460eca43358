"""Coverage-guided fuzzing of ``newsdoc.from_json`` on arbitrary bytes, with atheris.

Run from the repository root (atheris is a development tool: ``.venv/bin/pip install atheris``)::

    .venv/bin/python fuzz/fuzz_from_json.py fuzz/corpus/json -max_total_time=900

after ``fuzz/seed_json.py fuzz/corpus/json`` has written the corpus articles as JSON
to start from. Each input is passed to ``from_json`` as bytes and, decoded as UTF-8 where
it is, as a string. Either call must return an Article or raise :class:`newsdoc.DecodeError`
whose path is a JSONPath (``$`` or ``$.`` or ``$[`` onwards); an article it returns must
write back to JSON that reads as the same article. Any other exception is a finding.
Findings and counts are kept as in ``fuzz_writers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type information

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc

from _harness import Harness


def _check_path(path: str) -> None:
    assert path == "$" or path.startswith(("$.", "$[")), f"path {path!r}"


def check_from_json(data: bytes | str) -> None:
    """``from_json(data)`` returns an article that round-trips, or raises DecodeError with a path."""
    try:
        article = newsdoc.from_json(data)
    except newsdoc.DecodeError as exc:
        _check_path(exc.path)
        return
    again = newsdoc.from_json(newsdoc.to_json(article))
    assert again == article, "the article read does not round-trip"


def _one(data: bytes) -> None:
    check_from_json(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    check_from_json(text)


def main() -> None:
    harness = Harness(_one)
    atheris.Setup(sys.argv, harness.test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
