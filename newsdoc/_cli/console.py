"""The streams of one run: articles in, results out, one-line errors, the progress bar and the exit status."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TextIO

from newsdoc._cli.inputs import Input, InputError, expand, read
from newsdoc._cli.output import OutputError, ReaderClosedError, Sink
from newsdoc._cli.progress import Progress
from newsdoc._diagnostics import Severity
from newsdoc._model import Article
from newsdoc._printable import printable

__all__ = ["EXIT_FAILURE", "EXIT_FINDINGS", "EXIT_OK", "Console"]

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

    def diagnosed(self, item: Input, article: Article) -> None:
        """Say on one line of standard error that ``item`` has error diagnostics, if it has; the run goes on."""
        errors = [d for d in article.diagnostics if d.severity is Severity.ERROR]
        if not errors:
            return
        self.erroneous = True
        more = f" (and {len(errors) - 1} more; newsdoc check lists them)" if len(errors) > 1 else ""
        self._say("warning", f"{item.name}:{errors[0]}{more}")

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


def _silence(stream: BinaryIO | TextIO) -> None:
    """Point ``stream``'s descriptor at the null device, so that what is still buffered can be flushed at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
