"""The command line's inputs: FILE, DIR and ``-`` arguments, each read as exact UTF-8 text."""

from __future__ import annotations

import argparse
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

from newsdoc._cli.output import describe

__all__ = ["ARTICLE_SUFFIX", "STDIN", "Input", "InputError", "add_files_argument", "expand", "read"]

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
        yield from found


def _articles_in(folder: Path) -> list[Input | InputError]:
    """The ``*.txt`` files under ``folder``, sorted by path, leaving out hidden files and folders.

    Symbolic links are followed. What cannot be read is reported in its place rather than
    left out: a folder that cannot be listed, a ``*.txt`` link that is dangling or loops,
    a ``*.txt`` that is not a regular file (a FIFO, a device), a link back to a folder
    already walked.
    """
    found: list[tuple[Path, Input | InputError]] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)
            info = current.stat()
        except OSError as exc:
            found.append((current, InputError(str(current), f"cannot read this directory: {describe(exc)}")))
            continue
        if (info.st_dev, info.st_ino) in seen:
            found.append((current, InputError(str(current), "a link to a directory already read")))
            continue
        seen.add((info.st_dev, info.st_ino))
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if _is_dir(entry):
                stack.append(path)
            elif entry.name.endswith(ARTICLE_SUFFIX):
                found.append((path, _article(path)))
    found.sort(key=lambda pair: pair[0])
    return [item for _, item in found]


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _article(path: Path) -> Input | InputError:
    """``path`` to read, or why it cannot be read: a dangling or looping link, a FIFO."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return InputError(str(path), describe(exc))
    if not stat.S_ISREG(mode):
        return InputError(str(path), "not a regular file")
    return Input(name=str(path), path=path)


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
