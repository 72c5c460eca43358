"""What every fuzzing harness shares: how bytes become a string, and how findings are kept.

- :func:`text_of`: the string an input stands for, its first byte picking the decoding.
- :class:`Harness`: runs a check on each input. Without ``NEWSDOC_FUZZ_FINDINGS`` an
  exception stops the run (libFuzzer writes the input as ``crash-<sha1>``); with
  ``NEWSDOC_FUZZ_FINDINGS=DIR`` each distinct failure (by the shape of its message, see
  :func:`shape`) is kept in DIR, the shortest input for it, and fuzzing goes on. With
  ``NEWSDOC_FUZZ_COUNT=FILE`` the number of inputs run is written to FILE every 10,000 inputs.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

__all__ = ["Harness", "shape", "text_of"]


def _utf8(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _utf16(data: bytes) -> str:
    return data[: len(data) // 2 * 2].decode("utf-16-le", "surrogatepass")


def _latin1(data: bytes) -> str:
    return data.decode("latin-1")


_DECODERS = (_utf8, _utf16, _latin1)
_COUNT_EVERY = 10_000


def text_of(data: bytes) -> str:
    """The string an input stands for: the first byte picks the decoding of the rest.

    UTF-8 with undecodable bytes kept as lone surrogates, UTF-16 (every code point, lone
    surrogates included), or Latin-1.
    """
    if not data:
        return ""
    return _DECODERS[data[0] % len(_DECODERS)](data[1:])


class Harness:
    """Runs ``check`` on each input, keeping findings and counting inputs as the environment asks."""

    def __init__(self, check: Callable[[bytes], None]) -> None:
        self._check = check
        self._findings = os.environ.get("NEWSDOC_FUZZ_FINDINGS")
        self._count_file = os.environ.get("NEWSDOC_FUZZ_COUNT")
        self._seen: dict[str, int] = {}
        self.count = 0
        """How many inputs have been run."""

    def test_one_input(self, data: bytes) -> None:
        """Check one input; an exception is a finding."""
        self.count += 1
        if self._count_file is not None and self.count % _COUNT_EVERY == 0:
            Path(self._count_file).write_text(f"{self.count}\n", encoding="utf-8")
        if self._findings is None:
            self._check(data)
            return
        try:
            self._check(data)
        except Exception as exc:  # every exception is a finding to keep
            self._record(data, exc)

    def _record(self, data: bytes, exc: Exception) -> None:
        message = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        kind = shape(message)
        if self._seen.get(kind, sys.maxsize) <= len(data):
            return
        self._seen[kind] = len(data)
        assert self._findings is not None
        folder = Path(self._findings)
        folder.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha1(kind.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        (folder / f"finding-{key}").write_bytes(data)
        (folder / f"finding-{key}.txt").write_text(message + "\n", encoding="utf-8", errors="backslashreplace")
        print(f"\nFINDING {key} ({len(data)} bytes): {message}", file=sys.stderr)


_QUOTED: Final = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_NUMBER: Final = re.compile(r"\d+")


def shape(message: str) -> str:
    """A failure's message without what the input put in it: its quoted texts and its numbers.
    One bug has one shape however many inputs show it (``span holds '...', text is '...'``).

    >>> shape("paragraphs[0]: span holds 'ab', text is 'a'")
    'paragraphs[N]: span holds Q, text is Q'
    """
    return _NUMBER.sub("N", _QUOTED.sub("Q", message))
