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

import hashlib
import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type information

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

with atheris.instrument_imports(include=["newsdoc", "_invariants"]):
    import newsdoc  # noqa: F401  (imported inside the block so that it is instrumented)

    import _invariants

# With NEWSDOC_FUZZ_FINDINGS=DIR the harness records each distinct failure (by its message)
# in DIR, the shortest input for it kept, and goes on fuzzing instead of stopping at the first.
_FINDINGS = os.environ.get("NEWSDOC_FUZZ_FINDINGS")
_seen: dict[str, int] = {}


def _utf8(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _utf16(data: bytes) -> str:
    return data[: len(data) // 2 * 2].decode("utf-16-le", "surrogatepass")


def _latin1(data: bytes) -> str:
    return data.decode("latin-1")


_DECODERS = (_utf8, _utf16, _latin1)


def text_of(data: bytes) -> str:
    """The string an input stands for: the first byte picks the decoding of the rest."""
    if not data:
        return ""
    return _DECODERS[data[0] % len(_DECODERS)](data[1:])


def _record(data: bytes, exc: Exception) -> None:
    message = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    if _seen.get(message, sys.maxsize) <= len(data):
        return
    _seen[message] = len(data)
    assert _FINDINGS is not None
    folder = Path(_FINDINGS)
    folder.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1(message.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    (folder / f"finding-{key}").write_bytes(data)
    (folder / f"finding-{key}.txt").write_text(message + "\n", encoding="utf-8", errors="backslashreplace")
    print(f"\nFINDING {key} ({len(data)} bytes): {message}", file=sys.stderr)


def test_one_input(data: bytes) -> None:
    """Check every property of the parse of one input; an exception is a finding."""
    if _FINDINGS is None:
        _invariants.check_all(text_of(data))
        return
    try:
        _invariants.check_all(text_of(data))
    except Exception as exc:  # every exception is a finding to keep
        _record(data, exc)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
