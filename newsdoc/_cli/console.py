"""The streams of one run: articles in, results out, one-line errors, the progress bar and the exit status."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO, TextIO

from newsdoc._cli.inputs import Input, InputError, expand, read
from newsdoc._cli.progress import Progress

__all__ = ["EXIT_FAILURE", "EXIT_FINDINGS", "EXIT_OK", "Console"]

EXIT_OK = 0
"""Every input was read (and, for ``check``, nothing counted as a problem)."""
EXIT_FINDINGS = 1
"""``check`` found an error (or, with ``--strict``, a warning)."""
EXIT_FAILURE = 2
"""An input could not be read, or the command line was wrong."""


class Console:
    """Reads the articles a command names and writes what it makes of them."""

    def __init__(self, *, stdin: BinaryIO, stdout: BinaryIO, stderr: TextIO) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._stderr = stderr
        self._progress = Progress(stderr, 0, "")
        self.failed = False
        """Whether some input could not be read or some output not written."""

    def articles(self, args: Sequence[str], verb: str) -> Iterator[tuple[Input, str]]:
        """Each readable input with its text, in order; the others are reported and skipped."""
        items = list(expand(args))
        self._progress = Progress(self._stderr, len(items), verb)
        for item in items:
            if isinstance(item, InputError):
                self.error(str(item))
                continue
            self._progress.step(item.name)
            try:
                text = read(item, self._stdin)
            except InputError as exc:
                self.error(str(exc))
                continue
            yield item, text
        self._progress.clear()

    def out(self, text: str) -> None:
        """Write ``text`` to standard output as UTF-8, exactly (no newline translation)."""
        self._progress.clear()
        self._stdout.write(text.encode("utf-8"))
        if self._progress.active:
            self._stdout.flush()

    def error(self, message: str) -> None:
        """Report a problem on one line of standard error; the run goes on but fails."""
        self._progress.clear()
        self._stderr.write(f"newsdoc: error: {message}\n")
        self._stderr.flush()
        self.failed = True

    def interrupt(self) -> None:
        """Erase the progress bar when the run is stopped from the keyboard."""
        self._progress.clear()

    def status(self, *, findings: bool = False) -> int:
        """The exit status: a failure outranks findings."""
        if self.failed:
            return EXIT_FAILURE
        return EXIT_FINDINGS if findings else EXIT_OK
