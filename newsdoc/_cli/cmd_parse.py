"""``newsdoc parse``: read articles and write them in another format."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import BinaryIO

import attrs

from newsdoc._cli.console import Console
from newsdoc._cli.formats import DEFAULT_FORMAT, DEFAULT_URI, FORMATS, Format, Target
from newsdoc._cli.inputs import STDIN, Input, add_files_argument, describe
from newsdoc._parse import parse

__all__ = ["register"]

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

    def render(self, item: Input, text: str) -> str:
        """The output for one input, ending with a newline unless it is empty."""
        out = self.fmt.write(parse(text), Target.of(item.stem, self.uri, document=self.document))
        return out if out == "" or out.endswith("\n") else out + "\n"


def run(args: argparse.Namespace, console: Console) -> int:
    """Parse every input and write it out; the exit status says whether every input was read."""
    files: list[str] = args.files
    job = _Job(fmt=FORMATS[args.to], uri=args.uri, document=not args.fragment)
    output: Path | None = None if args.output is None else Path(args.output)
    several = len(files) > 1 or any(f != STDIN and Path(f).is_dir() for f in files)
    if job.fmt.per_line:
        _write_stream(files, job, output, console)
    elif not several:
        _write_one(files, job, output, console)
    elif output is None:
        parser: argparse.ArgumentParser = args.command_parser
        parser.error(f"several inputs with --to {job.fmt.name} need -o DIR (or --to jsonl for one stream)")
    else:
        _write_each(files, job, output, console)
    return console.status()


def _write_one(files: list[str], job: _Job, output: Path | None, console: Console) -> None:
    for item, text in console.articles(files, "parse"):
        out = job.render(item, text)
        if output is None:
            console.out(out)
            continue
        dest = output / f"{item.stem}{job.fmt.suffix}" if output.is_dir() else output
        _save(dest, out, console)


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
    stream: BinaryIO | None = None
    if output is not None:
        try:
            stream = output.open("wb")
        except OSError as exc:
            console.error(f"{output}: cannot write: {describe(exc)}")
            return
    try:
        for item, text in console.articles(files, "parse"):
            line = job.render(item, text)
            if stream is None:
                console.out(line)
            else:
                stream.write(line.encode("utf-8"))
    finally:
        if stream is not None:
            stream.close()


def _save(dest: Path, out: str, console: Console) -> None:
    try:
        dest.write_bytes(out.encode("utf-8"))
    except OSError as exc:
        console.error(f"{dest}: cannot write: {describe(exc)}")
