"""The streams of one run: articles in, results out, one-line errors, the progress bar and the exit status."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from functools import partial
from typing import BinaryIO, TextIO, TypeVar

from newsdoc._cli.inputs import Input, InputError, expand, read
from newsdoc._cli.jobs import WorkerLostError, batch_size, ordered, worker_count
from newsdoc._cli.output import OutputError, ReaderClosedError, Sink, describe
from newsdoc._cli.progress import Progress
from newsdoc._cli.tasks import Task, Unread, perform
from newsdoc._diagnostics import Severity
from newsdoc._model import Article
from newsdoc._printable import printable

__all__ = ["EXIT_FAILURE", "EXIT_FINDINGS", "EXIT_OK", "Console", "error_summary"]

R = TypeVar("R")

EXIT_OK = 0
"""Every input was read (and, for ``check``, nothing counted as a problem)."""
EXIT_FINDINGS = 1
"""``check`` found an error (with ``--strict``, a warning too); ``parse --strict`` or ``stats --strict`` read an
input with an error diagnostic."""
EXIT_FAILURE = 2
"""An input could not be read, an output could not be written, or the command line was wrong."""


class Console:
    """Reads the articles a command names and writes what it makes of them."""

    def __init__(self, *, stdin: BinaryIO, stdout: BinaryIO, stderr: TextIO) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._sink = Sink(stdout)
        self._stderr: TextIO | None = stderr
        self._progress = Progress(stderr, 0, "")
        self.failed = False
        """Whether some input could not be read or some output not written."""
        self.stopped = False
        """Whether standard output can take no more: its reader has gone, or a write failed."""
        self.erroneous = False
        """Whether some input read has an error-severity diagnostic (see :meth:`diagnosed`)."""

    def articles(self, args: Sequence[str], verb: str, encoding: str | None = None) -> Iterator[tuple[Input, str]]:
        """Each readable input with its text, in order; the others are reported and skipped.

        The articles stop once standard output can take no more.
        """
        for read_or_error in self.inputs(args, verb, encoding):
            if not isinstance(read_or_error, InputError):
                yield read_or_error

    def inputs(
        self, args: Sequence[str], verb: str, encoding: str | None = None
    ) -> Iterator[tuple[Input, str] | InputError]:
        """Each input in order: with its text, or the error that was reported in its place.

        The inputs stop once standard output can take no more.
        """
        items = list(expand(args))
        if self._stderr is not None:
            self._progress = Progress(self._stderr, len(items), verb)
        for item in items:
            if self.stopped:
                break
            if isinstance(item, InputError):
                self.error(str(item))
                yield item
                continue
            self._progress.step(printable(item.name))
            try:
                text = read(item, self._stdin, encoding)
            except InputError as exc:
                self.error(str(exc))
                yield exc
                continue
            yield item, text
        self._progress.clear()

    def processed(
        self, args: Sequence[str], verb: str, encoding: str | None, work: Callable[[Input, str], R], jobs: int = 1
    ) -> Generator[tuple[Input, R] | InputError, None, None]:
        """Each input in order: with what ``work`` made of its text, or the error reported in its place.

        With ``jobs`` 1, each input is read and worked on here, in turn, as :meth:`inputs`
        gives it. Otherwise (0: one per core) worker processes read the inputs and do the work,
        a bounded number of inputs ahead, and this gives their results in input order, reporting
        what could not be read in its turn, as with one job: ``work`` must then be picklable
        (a top-level function, or a :func:`functools.partial` of one) and so must what it
        returns. The workers are ended when this iterator is closed. A worker that dies is
        reported, at the input it was given, and ends the run: :class:`WorkerLostError`.
        """
        if jobs == 1:
            for read_or_error in self.inputs(args, verb, encoding):
                if isinstance(read_or_error, InputError):
                    yield read_or_error
                else:
                    item, text = read_or_error
                    yield item, work(item, text)
            return
        items = list(expand(args))
        if self._stderr is not None:
            self._progress = Progress(self._stderr, len(items), verb)
        readable = [item for item in items if isinstance(item, Input)]
        workers = worker_count(jobs, len(readable))
        tasks = (self._task(item) for item in readable)
        run = partial(perform, work, encoding)
        size = batch_size(workers, len(readable))
        results: Generator[R | Unread, None, None] = ordered(run, tasks, workers, batch=size)
        try:
            yield from self._in_order(items, results)
        finally:
            results.close()
        self._progress.clear()

    def _in_order(
        self, items: list[Input | InputError], results: Iterator[R | Unread]
    ) -> Iterator[tuple[Input, R] | InputError]:
        for item in items:
            if self.stopped:
                return
            if isinstance(item, InputError):
                self.error(str(item))
                yield item
                continue
            self._progress.step(printable(item.name))
            try:
                outcome = next(results)
            except WorkerLostError:  # the run cannot go on: the command line's handler ends it
                self.error(f"{item.name}: not read, nor the inputs after it: a worker process ended unexpectedly")
                raise
            if isinstance(outcome, Unread):
                error = InputError(item.name, outcome.reason)
                self.error(str(error))
                yield error
                continue
            yield item, outcome
        next(results, None)  # the workers end once they have nothing left to do

    def _task(self, item: Input) -> Task:
        """What a worker needs to read ``item``: its name, or standard input's bytes, read here."""
        if item.path is not None:
            return Task(item=item)
        try:
            return Task(item=item, data=self._stdin.read())
        except OSError as exc:
            return Task(item=item, failure=describe(exc))

    def diagnosed(self, item: Input, article: Article) -> None:
        """Say on one line of standard error that ``item`` has error diagnostics, if it has; the run goes on."""
        self.summarised(item, error_summary(article))

    def summarised(self, item: Input, summary: str | None) -> None:
        """Say on one line of standard error that ``item`` has the errors of ``summary`` (see
        :func:`error_summary`), if it has any; the run goes on."""
        if summary is None:
            return
        self.erroneous = True
        self._say("warning", f"{item.name}:{summary}")

    def out(self, text: str) -> None:
        """Write ``text`` to standard output as UTF-8, exactly (no newline translation), every byte.

        When the reader has gone (``| head``) the run stops quietly; when a write fails
        (a full disk, a file-size limit) it is reported on one line and the run stops.
        """
        self._progress.clear()
        self._send(lambda: self._sink.write(text))

    def finish(self) -> None:
        """Flush standard output and check it, so that nothing is left to fail unseen at exit."""
        self._send(self._sink.flush)

    def _send(self, write: Callable[[], None]) -> None:
        if self.stopped:
            return
        try:
            write()
        except ReaderClosedError:
            self.stopped = True
            _silence(self._stdout)
        except OutputError as exc:
            self.stopped = True
            _silence(self._stdout)
            self.error(f"standard output: cannot write: {exc}")

    def error(self, message: str) -> None:
        """Report a problem on one line of standard error, control characters escaped; the run goes on but fails."""
        self.failed = True
        self._say("error", message)

    def _say(self, level: str, message: str) -> None:
        self._progress.clear()
        if self._stderr is None:
            return
        try:
            self._stderr.write(f"newsdoc: {level}: {printable(message)}\n")
            self._stderr.flush()
        except OSError:  # standard error is full or closed too: the exit status still tells
            _silence(self._stderr)
            self._stderr = None

    def interrupt(self) -> None:
        """Erase the progress bar when the run is stopped from the keyboard."""
        self._progress.clear()

    def status(self, *, findings: bool = False) -> int:
        """The exit status: a failure outranks findings."""
        if self.failed:
            return EXIT_FAILURE
        return EXIT_FINDINGS if findings else EXIT_OK


def error_summary(article: Article) -> str | None:
    """The first error diagnostic of ``article``, and how many more it has, or None when it has none:
    what :meth:`Console.diagnosed` says of an input (a worker process works it out, the parent says it)."""
    errors = [d for d in article.diagnostics if d.severity is Severity.ERROR]
    if not errors:
        return None
    more = f" (and {len(errors) - 1} more; newsdoc check lists them)" if len(errors) > 1 else ""
    return f"{errors[0]}{more}"


def _silence(stream: BinaryIO | TextIO) -> None:
    """Point ``stream``'s descriptor at the null device, so that what is still buffered can be flushed at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
