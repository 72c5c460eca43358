"""Coverage-guided fuzzing of newsdoc.parse and the text and JSON writers, with atheris.

Run from the repository root (atheris is a development tool: ``.venv/bin/pip install atheris``)::

    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=600

or for N minutes with the seeds and the corpus as a starting point::

    fuzz/run.sh N

Each input is turned into a ``str`` three ways, chosen by its first byte: UTF-8 with
undecodable bytes kept as lone surrogates, UTF-16 (every code point, lone surrogates
included), or Latin-1. The string is then checked against every property in
``tests/_invariants.py``: parse returns an Article, every span slices the text to what its
node claims, diagnostics point at their line and column, ``to_text`` is a fixed point,
JSON reads back to the same article, strict mode raises only ``ParseError``, and the quote
stage never fails (ND902). A failing input is written by libFuzzer as ``crash-<sha1>``
under the directory given with ``-artifact_prefix=`` (``fuzz/crashes/`` in ``run.sh``), and
a hang past ``-timeout=`` seconds as ``timeout-<sha1>``. ``fuzz/reduce.py`` shrinks one to a
short string for a regression test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type information

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsdoc", "_invariants"]):
    import newsdoc  # noqa: F401  (imported inside the block so that it is instrumented)

    import _invariants

from _harness import Harness, text_of


def _check(data: bytes) -> None:
    """Check every property of the parse of one input; an exception is a finding."""
    _invariants.check_all(text_of(data))


def main() -> None:
    atheris.Setup(sys.argv, Harness(_check).test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
