"""``newsdoc parse``: read articles and write them in another format."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Generator, Iterable, Iterator
from functools import partial
from pathlib import Path

import attrs

from newsdoc._cli.console import Console, error_summary
from newsdoc._cli.formats import DEFAULT_FORMAT, DEFAULT_URI, FORMATS, Format, Target
from newsdoc._cli.inputs import STDIN, Input, InputError, add_files_argument, add_sourcing_argument, article_of
from newsdoc._cli.jobs import add_jobs_argument
from newsdoc._cli.output import AtomicFile, OutputError, describe
from newsdoc._cli.unread import unread_article
from newsdoc._model import Article

__all__ = ["overlap", "register"]

_DESCRIPTION = """\
Read articles in the seed format and write them in another format. One input goes to
standard output or to -o FILE; several inputs (or a directory) go into -o DIR, one file
each, named after the input with the format's suffix, at the place the input has below
its directory argument (DIR/2024/01/001.txt gives OUT/2024/01/001.json). --to jsonl
writes every input as one line of a single stream instead, with its source_path; an
input that cannot be read gets a line too, an empty article whose diagnostic ND106 says
why. An input with an error diagnostic (no date header, an empty file) is named on
standard error; --strict makes it count in the exit status. --no-sourcing reads the
layout only: every output then says that quotes and attributions were not looked for
(JSON with "sourcing": false, HTML with data-sourcing="false").
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
    cmd.add_argument("--strict", action="store_true", help="exit 1 when some input has an error diagnostic")
    add_sourcing_argument(cmd, 'the output says so (JSON: "sourcing": false)')
    add_jobs_argument(cmd)
    cmd.set_defaults(run=run, command_parser=cmd)


@attrs.frozen(kw_only=True)
class _Job:
    """The format and the writer's options, the same for every input (and picklable, for worker processes)."""

    to: str
    """The format's name (a key of ``FORMATS``)."""
    uri: str
    document: bool
    sourcing: bool = True
    """Look for quotes and attributions (``--no-sourcing`` makes it False)."""
    form: str = "auto"
    """Read inputs as text, as HTML, or each as what it looks like (``--from``)."""

    @property
    def fmt(self) -> Format:
        """The output format."""
        return FORMATS[self.to]

    def render(self, item: Input, article: Article) -> Iterator[str]:
        """The output for one article, in pieces, ending with a newline unless it is empty."""
        target = Target.of(item.stem, self.uri, document=self.document)
        pieces = self.fmt.chunks(article, target) if self.fmt.chunks is not None else (self.fmt.write(article, target),)
        last = ""
        for piece in pieces:
            if piece:
                yield piece
                last = piece
        if last and not last.endswith("\n"):
            yield "\n"


@attrs.frozen
class _Rendered:
    """One input's output, made in a worker process, and its errors (see :func:`error_summary`)."""

    text: str
    errors: str | None


def _render(job: _Job, item: Input, text: str) -> _Rendered:
    """The whole output for one input, as one string (in a worker process under ``--jobs``); for
    ``--to jsonl``, its line, which names its input."""
    article = article_of(item, text, sourcing=job.sourcing, form=job.form)
    if job.fmt.per_line:
        article = attrs.evolve(article, source_path=item.name)
    return _Rendered("".join(job.render(item, article)), error_summary(article))


def _rendered(
    files: list[str], job: _Job, console: Console, encoding: str | None, jobs: int
) -> Generator[tuple[Input, Iterable[str]], None, None]:
    """Each readable input with its output in pieces; an input with an error diagnostic is named on standard error.

    With one job, each article's output is made as it is written, a piece at a time (for
    JSON, a paragraph at a time), so that a large article is never held whole as text too;
    with more, the worker processes make each output whole (see :func:`_render`).
    """
    if jobs == 1:
        for item, text in console.articles(files, "parse", encoding):
            article = article_of(item, text, sourcing=job.sourcing, form=job.form)
            console.diagnosed(item, article)
            yield item, job.render(item, article)
        return
    with contextlib.closing(console.processed(files, "parse", encoding, partial(_render, job), jobs)) as outputs:
        for output in outputs:
            if not isinstance(output, InputError):
                item, rendered = output
                console.summarised(item, rendered.errors)
                yield item, (rendered.text,)


def run(args: argparse.Namespace, console: Console) -> int:
    """Parse every input and write it out; the exit status says whether every input was read and written."""
    files: list[str] = args.files
    job = _Job(to=args.to, uri=args.uri, document=not args.fragment, sourcing=args.sourcing, form=args.form)
    jobs: int = args.jobs
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
        with contextlib.closing(_lines(files, job, console, args.encoding, jobs)) as lines:
            _write_stream(lines, output, console)
    elif not several:
        with contextlib.closing(_rendered(files, job, console, args.encoding, 1)) as rendered:
            _write_one(rendered, job, output, console)
    else:
        assert output is not None
        with contextlib.closing(_rendered(files, job, console, args.encoding, jobs)) as rendered:
            _write_each(rendered, job, output, console)
    return console.status(findings=args.strict and console.erroneous)


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


def _write_one(
    rendered: Iterable[tuple[Input, Iterable[str]]], job: _Job, output: Path | None, console: Console
) -> None:
    for item, pieces in rendered:
        if output is None:
            for piece in pieces:
                console.out(piece)
            continue
        dest = output / f"{item.stem}{job.fmt.suffix}" if output.is_dir() else output
        _save(dest, pieces, console)


def _write_each(rendered: Iterable[tuple[Input, Iterable[str]]], job: _Job, folder: Path, console: Console) -> None:
    """One file per article below ``folder``, at the place its input has below its directory argument."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        console.error(f"{folder}: cannot create the output directory: {describe(exc)}")
        return
    written: dict[Path, str] = {}
    for item, pieces in rendered:
        dest = folder / item.relative.parent / f"{item.stem}{job.fmt.suffix}"
        if dest in written:
            console.error(f"{item.name}: not written: {dest} already holds {written[dest]}")
            continue
        written[dest] = item.name
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            console.error(f"{dest.parent}: cannot create the output directory: {describe(exc)}")
            continue
        _save(dest, pieces, console)


def _lines(
    files: list[str], job: _Job, console: Console, encoding: str | None, jobs: int
) -> Generator[str, None, None]:
    """The stream in pieces: one line per input, with its source path; an unread input's line says why."""
    if jobs != 1:
        with contextlib.closing(console.processed(files, "parse", encoding, partial(_render, job), jobs)) as outputs:
            for output in outputs:
                if isinstance(output, InputError):
                    yield from _unread_line(output, job)
                    continue
                item, rendered = output
                console.summarised(item, rendered.errors)
                yield rendered.text
        return
    for read_or_error in console.inputs(files, "parse", encoding):
        if isinstance(read_or_error, InputError):
            yield from _unread_line(read_or_error, job)
            continue
        item, text = read_or_error
        article = article_of(item, text, sourcing=job.sourcing, form=job.form)
        console.diagnosed(item, article)
        yield from job.render(item, attrs.evolve(article, source_path=item.name))


def _unread_line(error: InputError, job: _Job) -> Iterator[str]:
    article = unread_article(error.name, error.reason, sourcing=job.sourcing)
    return job.render(Input(name=error.name, path=None), article)


def _write_stream(lines: Iterable[str], output: Path | None, console: Console) -> None:
    """One line per input, to standard output or into one file that appears when every line is in it."""
    if output is None:
        for piece in lines:
            console.out(piece)
        return
    try:
        with AtomicFile(output) as stream:
            for piece in lines:
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
