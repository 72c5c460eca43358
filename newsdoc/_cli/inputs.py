"""The command line's inputs: FILE, DIR and ``-`` arguments, each read as exact text (see :mod:`.decoding`)."""

from __future__ import annotations

import argparse
import codecs
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath
from typing import BinaryIO

import attrs

from newsdoc._cli.decoding import DecodingError, decode, is_html
from newsdoc._cli.output import describe
from newsdoc._html.reader import parse_html
from newsdoc._model import Article
from newsdoc._parse import parse

__all__ = [
    "ARTICLE_SUFFIXES",
    "FORMS",
    "HTML_SUFFIXES",
    "STDIN",
    "Input",
    "InputError",
    "add_files_argument",
    "add_sourcing_argument",
    "article_of",
    "expand",
    "read",
]

STDIN = "-"
"""The argument that stands for standard input."""
_STDIN_PLACE = PurePath("stdin")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
"""A directory's articles are the files with these suffixes in it and its subdirectories."""
HTML_SUFFIXES = (".html", ".htm")
"""Files read as HTML whatever they open with; any other input is read as HTML where it opens with a tag."""
FORMS = ("auto", "text", "html")
"""What ``--from`` takes: tell text from HTML by name and first character, or read every input as one."""


@attrs.frozen(kw_only=True)
class Input:
    """One article to read: a file, or standard input."""

    name: str
    """How messages name it: the path as given or found, or ``-``."""
    path: Path | None
    """The file, or None for standard input."""
    relative: PurePath = _STDIN_PLACE
    """Where it stands below the directory argument it was found in (its file name alone
    when it was named itself): ``-o DIR`` writes its output at the same place below DIR."""

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
        "files",
        nargs="+",
        metavar="FILE",
        help="an article (text or HTML), a directory of articles, or - for standard input",
    )
    command.add_argument(
        "--from",
        dest="form",
        choices=FORMS,
        default="auto",
        help="read every input as seed-format text or as HTML (default auto: *.html and *.htm files, "
        "and any input that opens with a tag, are HTML)",
    )
    command.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="read inputs without a byte order mark in this encoding (latin-1, cp1252...) rather than UTF-8",
    )


def add_sourcing_argument(command: argparse.ArgumentParser, effect: str) -> None:
    """Add ``--no-sourcing`` (``args.sourcing`` False): read the layout only, as ``parse(..., sourcing=False)``."""
    command.add_argument(
        "--no-sourcing",
        dest="sourcing",
        action="store_false",
        help=f"do not look for quotes and attributions (faster); {effect}",
    )


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        msg = f"unknown encoding: {name}"
        raise argparse.ArgumentTypeError(msg) from None


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
            yield Input(name=arg, path=path, relative=PurePath(path.name))
            continue
        found = _articles_in(path)
        if not found:
            yield InputError(arg, "no articles (.txt, .html, .htm) in this directory")
        yield from found


def _articles_in(folder: Path) -> list[Input | InputError]:
    """The articles (``*.txt``, ``*.html``, ``*.htm``) under ``folder``, sorted by path, leaving
    out hidden files and folders.

    Symbolic links are followed. What cannot be read is reported in its place rather than
    left out: a folder that cannot be listed, an article link that is dangling or loops,
    an article that is not a regular file (a FIFO, a device), a link back to a folder
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
            elif entry.name.endswith(ARTICLE_SUFFIXES):
                found.append((path, _article(path, folder)))
    found.sort(key=lambda pair: pair[0])
    return [item for _, item in found]


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _article(path: Path, folder: Path) -> Input | InputError:
    """``path``, found in ``folder``, to read, or why it cannot be read: a dangling or looping link, a FIFO."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return InputError(str(path), describe(exc))
    if not stat.S_ISREG(mode):
        return InputError(str(path), "not a regular file")
    return Input(name=str(path), path=path, relative=path.relative_to(folder))


def read(item: Input, stdin: BinaryIO, encoding: str | None = None) -> str:
    """The text of ``item``, with its line ends and any byte order mark kept.

    It is decoded from the encoding its byte order mark names (UTF-8, UTF-16 or UTF-32),
    else from ``encoding``, else from UTF-8.

    Raises:
        InputError: the file cannot be read or is not text in that encoding.
    """
    try:
        data = stdin.read() if item.path is None else item.path.read_bytes()
    except OSError as exc:
        raise InputError(item.name, describe(exc)) from None
    try:
        text = decode(data, encoding)
    except DecodingError as exc:
        raise InputError(item.name, str(exc)) from None
    return text


def article_of(item: Input, text: str, *, sourcing: bool = True, form: str = "auto") -> Article:
    """The article in ``text``: read with :func:`newsdoc.parse_html` where the input is HTML
    (``form`` is ``html``, or ``auto`` and the input is named so or opens with a tag), else with
    :func:`newsdoc.parse`; without its quotes and attributions where ``sourcing`` is False."""
    automatic = form == "auto" and (item.name.lower().endswith(HTML_SUFFIXES) or is_html(text))
    if form == "html" or automatic:
        return parse_html(text, sourcing=sourcing)
    return parse(text, sourcing=sourcing)
