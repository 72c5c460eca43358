"""``newsdoc parse``: read articles and write them in another format."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import BinaryIO

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
    cmd.set_defaults(run=run, command_parser=cmd)


def run(args: argparse.Namespace, console: Console) -> int:
    """Parse every input and write it out; the exit status says whether every input was read."""
    files: list[str] = args.files
    fmt = FORMATS[args.to]
    output: Path | None = None if args.output is None else Path(args.output)
    uri: str = args.uri
    several = len(files) > 1 or any(f != STDIN and Path(f).is_dir() for f in files)
    if fmt.per_line:
        _write_stream(files, fmt, uri, output, console)
    elif not several:
        _write_one(files, fmt, uri, output, console)
    elif output is None:
        parser: argparse.ArgumentParser = args.command_parser
        parser.error(f"several inputs with --to {fmt.name} need -o DIR (or --to jsonl for one stream)")
    else:
        _write_each(files, fmt, uri, output, console)
    return console.status()


def _render(item: Input, text: str, fmt: Format, uri: str) -> str:
    out = fmt.write(parse(text), Target.of(item.stem, uri))
    return out if out == "" or out.endswith("\n") else out + "\n"


def _write_one(files: list[str], fmt: Format, uri: str, output: Path | None, console: Console) -> None:
    for item, text in console.articles(files, "parse"):
        out = _render(item, text, fmt, uri)
        if output is None:
            console.out(out)
            continue
        dest = output / f"{item.stem}{fmt.suffix}" if output.is_dir() else output
        _save(dest, out, console)


def _write_each(files: list[str], fmt: Format, uri: str, folder: Path, console: Console) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        console.error(f"{folder}: cannot create the output directory: {describe(exc)}")
        return
    written: dict[Path, str] = {}
    for item, text in console.articles(files, "parse"):
        dest = folder / f"{item.stem}{fmt.suffix}"
        if dest in written:
            console.error(f"{item.name}: not written: {dest} already holds {written[dest]}")
            continue
        written[dest] = item.name
        _save(dest, _render(item, text, fmt, uri), console)


def _write_stream(files: list[str], fmt: Format, uri: str, output: Path | None, console: Console) -> None:
    stream: BinaryIO | None = None
    if output is not None:
        try:
            stream = output.open("wb")
        except OSError as exc:
            console.error(f"{output}: cannot write: {describe(exc)}")
            return
    try:
        for item, text in console.articles(files, "parse"):
            line = _render(item, text, fmt, uri)
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
