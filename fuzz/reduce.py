"""Shrink a failing fuzz input to a short string that fails the same way, for a regression test.

    .venv/bin/python fuzz/reduce.py fuzz/crashes/crash-<sha1>

prints the property that broke and the smallest text found (as a Python literal) that still
breaks it. The reduction removes ever smaller chunks of the text while the same check keeps
failing with a message of the same shape (the first line, its quoted texts and numbers aside:
see ``_harness.shape``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import shape, text_of

import _invariants  # found through the path set above


def failure(text: str) -> str | None:
    """The first line of the failure ``text`` causes, or None if every check passes."""
    try:
        _invariants.check_all(text)
    except Exception as exc:  # any exception is a failure to report, not only assertions
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return None


def reduce(text: str, fails: Callable[[str], bool]) -> str:
    """A shorter text for which ``fails`` still holds (delta debugging over characters)."""
    chunk = max(1, len(text) // 2)
    while chunk >= 1:
        i = 0
        shrunk = False
        while i < len(text):
            candidate = text[:i] + text[i + chunk :]
            if fails(candidate):
                text = candidate
                shrunk = True
            else:
                i += chunk
        if not shrunk:
            chunk //= 2
    return text


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: reduce.py CRASH_FILE", file=sys.stderr)
        return 2
    text = text_of(Path(argv[0]).read_bytes())
    first = failure(text)
    if first is None:
        print("this input passes every check now")
        return 0
    kind = shape(first)
    small = reduce(text, lambda t: (found := failure(t)) is not None and shape(found) == kind)
    print(first)
    print(repr(small))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
