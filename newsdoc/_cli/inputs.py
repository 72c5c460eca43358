"""The command line's inputs: FILE, DIR and ``-`` arguments, each read as exact UTF-8 text."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

__all__ = ["ARTICLE_SUFFIX", "STDIN", "Input", "InputError", "add_files_argument", "describe", "expand", "read"]

STDIN = "-"
"""The argument that stands for standard input."""
ARTICLE_SUFFIX = ".txt"
"""A directory's articles are the files with this suffix in it and its subdirectories."""


@attrs.frozen(kw_only=True)
class Input:
    """One article to read: a file, or standard input."""

    name: str
    """How messages name it: the path as given or found, or ``-``."""
    path: Path | None
    """The file, or None for standard input."""

    @property
    def stem(self) -> str:
        """The file name without its suffix (``stdin`` for standard input)."""
        return self.path.stem if self.path is not None else "stdin"


class InputError(Exception):
    """An argument that gives no article: ``str(e)`` is ``NAME: REASON``."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


def add_files_argument(command: argparse.ArgumentParser) -> None:
    """Add the FILE... arguments every command takes."""
    command.add_argument(
        "files", nargs="+", metavar="FILE", help="an article, a directory of *.txt articles, or - for standard input"
    )


def describe(exc: OSError) -> str:
    """What went wrong with a file, in lower case: ``permission denied``."""
    return (exc.strerror or type(exc).__name__).lower()


def expand(args: Sequence[str]) -> Iterator[Input | InputError]:
    """The inputs the arguments name, in order; a directory gives its articles sorted by path.

    Files are not opened here, so a missing file is reported when it is read, in its turn.
    A directory without articles gives an :class:`InputError` in its place.
    """
    for arg in args:
        if arg == STDIN:
            yield Input(name=STDIN, path=None)
            continue
        path = Path(arg)
        if not path.is_dir():
            yield Input(name=arg, path=path)
            continue
        found = _articles_in(path)
        if not found:
            yield InputError(arg, f"no {ARTICLE_SUFFIX} articles in this directory")
        for file in found:
            yield Input(name=str(file), path=file)


def _articles_in(folder: Path) -> list[Path]:
    """The ``*.txt`` files under ``folder``, sorted, leaving out hidden files and folders."""
    found = []
    for file in folder.rglob(f"*{ARTICLE_SUFFIX}"):
        hidden = any(part.startswith(".") for part in file.relative_to(folder).parts)
        if not hidden and file.is_file():
            found.append(file)
    return sorted(found)


def read(item: Input, stdin: BinaryIO) -> str:
    """The text of ``item``, decoded from UTF-8 with its line ends and any byte order mark kept.

    Raises:
        InputError: the file cannot be read or is not UTF-8.
    """
    try:
        data = stdin.read() if item.path is None else item.path.read_bytes()
    except OSError as exc:
        raise InputError(item.name, describe(exc)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}: {exc.reason})"
        raise InputError(item.name, reason) from None
