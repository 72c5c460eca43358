"""``newsdoc parse``: read articles and write them in another format."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from newsdoc._cli.console import Console
from newsdoc._cli.formats import DEFAULT_FORMAT, DEFAULT_URI, FORMATS, Format, Target
from newsdoc._cli.inputs import STDIN, Input, add_files_argument
from newsdoc._cli.output import AtomicFile, OutputError, describe
from newsdoc._parse import parse

__all__ = ["overlap", "register"]

_DESCRIPTION = """\
Read articles in the seed format and write them in another format. One input goes to
standard output or to -o FILE; several inputs (or a directory) go into -o DIR, one file
each, named after the input with the format's suffix. --to jsonl writes every article
as one line of a single stream instead.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``parse`` command."""
    formats = "; ".join(f"{f.name}: {f.summary}" for f in FORMATS.values())
    cmd = commands.add_parser("parse", help="write articles in another format", description=_DESCRIPTION)
    add_files_argument(cmd)
    cmd.add_argument(
        "--to",
        choices=list(FORMATS),
        default=DEFAULT_FORMAT,
        help=f"output format (default {DEFAULT_FORMAT}); {formats}",
    )
    cmd.add_argument("-o", "--output", metavar="OUT", help="the output file, or the directory for several inputs")
    cmd.add_argument(
        "--uri",
        default=DEFAULT_URI,
        metavar="URI",
        help="the article's URI in ninjs and JSON-LD; {stem} stands for the input's file name "
        f"without its suffix (default {DEFAULT_URI})",
    )
    cmd.add_argument("--fragment", action="store_true", help="with --to html, write the <article> element only")
    cmd.set_defaults(run=run, command_parser=cmd)


@attrs.frozen(kw_only=True)
class _Job:
    """The format and the writer's options, the same for every input."""

    fmt: Format
    uri: str
    document: bool

    def render(self, item: Input, text: str) -> Iterator[str]:
        """The output for one input, in pieces, ending with a newline unless it is empty."""
        article = parse(text)
        target = Target.of(item.stem, self.uri, document=self.document)
        pieces = self.fmt.chunks(article, target) if self.fmt.chunks is not None else (self.fmt.write(article, target),)
        last = ""
        for piece in pieces:
            if piece:
                yield piece
                last = piece
        if last and not last.endswith("\n"):
            yield "\n"


def run(args: argparse.Namespace, console: Console) -> int:
    """Parse every input and write it out; the exit status says whether every input was read and written."""
    files: list[str] = args.files
    job = _Job(fmt=FORMATS[args.to], uri=args.uri, document=not args.fragment)
    output: Path | None = None if args.output is None else Path(args.output)
    several = len(files) > 1 or any(f != STDIN and Path(f).is_dir() for f in files)
    if not job.fmt.per_line and several and output is None:
        parser: argparse.ArgumentParser = args.command_parser
        parser.error(f"several inputs with --to {job.fmt.name} need -o DIR (or --to jsonl for one stream)")
    into_folder = not job.fmt.per_line and output is not None and (several or output.is_dir())
    refusal = None if output is None else overlap(files, output, job.fmt.suffix if into_folder else None)
    if refusal is not None:
        console.error(refusal)
    elif job.fmt.per_line:
        _write_stream(files, job, output, console)
    elif not several:
        _write_one(files, job, output, console)
    else:
        assert output is not None
        _write_each(files, job, output, console)
    return console.status()


def overlap(files: list[str], output: Path, suffix: str | None) -> str | None:
    """Why ``output`` must not be written with these inputs, or None when it may.

    ``suffix`` is the suffix of the files written into ``output`` when it is a directory,
    None when it is a file. It may not be written when it is one of the inputs (by name,
    through a link or a hard link), when it lies in an input directory (its files would
    be read as input by the next run over that directory), or when a file it would hold
    is one of the inputs (``-o DIR`` with ``--to text`` over the articles of DIR).
    """
    out = Path(os.path.realpath(output))
    for arg in files:
        if arg == STDIN:
            continue
        given = Path(arg)
        real = Path(os.path.realpath(given))
        if real == out or _same_file(given, output):
            return f"{output}: refused: it is also the input {arg}"
        if given.is_dir() and real in out.parents:
            return f"{output}: refused: it is inside the input directory {arg}, whose articles it would join"
        if suffix is not None and not given.is_dir():
            dest = out / f"{given.stem}{suffix}"
            if Path(os.path.realpath(dest)) == real or _same_file(dest, given):
                return f"{output}: refused: its file {dest.name} would replace the input {arg}"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet
        return False


def _write_one(files: list[str], job: _Job, output: Path | None, console: Console) -> None:
    for item, text in console.articles(files, "parse"):
        if output is None:
            for piece in job.render(item, text):
                console.out(piece)
            continue
        dest = output / f"{item.stem}{job.fmt.suffix}" if output.is_dir() else output
        _save(dest, job.render(item, text), console)


def _write_each(files: list[str], job: _Job, folder: Path, console: Console) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        console.error(f"{folder}: cannot create the output directory: {describe(exc)}")
        return
    written: dict[Path, str] = {}
    for item, text in console.articles(files, "parse"):
        dest = folder / f"{item.stem}{job.fmt.suffix}"
        if dest in written:
            console.error(f"{item.name}: not written: {dest} already holds {written[dest]}")
            continue
        written[dest] = item.name
        _save(dest, job.render(item, text), console)


def _write_stream(files: list[str], job: _Job, output: Path | None, console: Console) -> None:
    """One line per article, to standard output or into one file that appears when every line is in it."""
    if output is None:
        for item, text in console.articles(files, "parse"):
            for piece in job.render(item, text):
                console.out(piece)
        return
    try:
        with AtomicFile(output) as stream:
            for item, text in console.articles(files, "parse"):
                for piece in job.render(item, text):
                    stream.write(piece)
            stream.commit()
    except OutputError as exc:
        console.error(f"{output}: cannot write: {exc}")


def _save(dest: Path, out: Iterable[str], console: Console) -> None:
    """Write the pieces of ``out`` to ``dest``, which appears only once complete."""
    try:
        with AtomicFile(dest) as file:
            for piece in out:
                file.write(piece)
            file.commit()
    except OutputError as exc:
        console.error(f"{dest}: cannot write: {exc}")
