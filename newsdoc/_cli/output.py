"""Where the command line writes: every write checked, files replaced only when complete.

- :class:`Sink` writes text to a stream as UTF-8, all of it or an error: a short write, a
  full disk (ENOSPC), a file-size limit (EFBIG) or ``/dev/full`` raises :class:`OutputError`;
  a reader that has gone away (EPIPE) raises :class:`ReaderClosedError`.
- :class:`AtomicFile` writes a file under a temporary name in its folder and renames it
  into place once every byte is written and synced, so a reader never sees a partial
  file under the final name, and a failure leaves the old file (or none) as it was. An
  existing destination that is not a regular file (``/dev/full``, a FIFO) is written in
  place, since it cannot be replaced. Every temporary file not yet renamed or removed is
  on a list that :func:`discard_pending` clears, so a Ctrl-C that lands anywhere, even
  between creating a file and entering the ``with`` block that would remove it, leaves none.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO, Final

__all__ = ["AtomicFile", "OutputError", "ReaderClosedError", "Sink", "describe", "discard_pending"]

# Text is encoded and written this many characters at a time, so that a large output is
# never held twice over, as a str and as its bytes.
_CHUNK = 1 << 20
# The permissions of a new file before the umask, as open() gives them.
_NEW_FILE_MODE = 0o666
# The temporary files of this process that are neither renamed into place nor removed yet.
_PENDING: Final[set[str]] = set()


class OutputError(Exception):
    """A write that failed: ``str(e)`` is the reason, in lower case (``no space left on device``)."""


class ReaderClosedError(Exception):
    """The reader of a pipe has closed it (EPIPE): it wants no more output."""


def describe(exc: OSError) -> str:
    """What went wrong with a file, in lower case: ``permission denied``."""
    return (exc.strerror or type(exc).__name__).lower()


def _fileno(stream: BinaryIO) -> int | None:
    try:
        return stream.fileno()
    except (OSError, ValueError, AttributeError):  # not backed by a file descriptor (a test's BytesIO)
        return None


class Sink:
    """Writes text to ``stream`` as UTF-8, every byte of it or an error."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._fd = _fileno(stream)
        self._flushed = False

    def write(self, text: str) -> None:
        """Write all of ``text``.

        Raises:
            ReaderClosedError: the stream is a pipe whose reader has closed it.
            OutputError: any other failure, including a write that wrote less than asked.
        """
        for at in range(0, len(text), _CHUNK):
            self._write_bytes(text[at : at + _CHUNK].encode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        """Flush the stream, with the same errors as :meth:`write`."""
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise ReaderClosedError from None
        except OSError as exc:
            raise OutputError(describe(exc)) from None

    def _write_bytes(self, data: bytes) -> None:
        try:
            if self._fd is None:
                written = self._stream.write(data)
                self._stream.flush()
                if written != len(data):
                    raise OutputError(f"only {written} of {len(data)} bytes written")
                return
            if not self._flushed:  # what others wrote to the stream's buffer goes first
                self._stream.flush()
                self._flushed = True
            _write_all(self._fd, data)
        except BrokenPipeError:
            raise ReaderClosedError from None
        except OSError as exc:
            raise OutputError(describe(exc)) from None


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written; a write that makes no progress is an error."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "nothing was written")
        view = view[written:]


class AtomicFile:
    """A file that appears under its name only when complete: write, then :meth:`commit`.

    Opening, writing and committing raise :class:`OutputError`; :meth:`discard` (also run
    when a ``with`` block ends without a commit) removes the temporary file.
    """

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self._temp: str | None = None
        target = _existing(dest)
        try:
            if target is not None and not stat.S_ISREG(target.st_mode):
                self._fd = os.open(dest, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0))
                return
            final = dest.resolve() if dest.is_symlink() else dest
            self._fd, self._temp = _create_temporary(final.parent)
            self._final = final
            mode = stat.S_IMODE(target.st_mode) if target is not None else _NEW_FILE_MODE & ~_umask()
            if hasattr(os, "fchmod"):  # POSIX; elsewhere the file keeps the 0o600 it was made with
                os.fchmod(self._fd, mode)
        except OSError as exc:
            self.discard()
            raise OutputError(describe(exc)) from None

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()

    def write(self, text: str) -> None:
        """Write all of ``text`` as UTF-8."""
        for at in range(0, len(text), _CHUNK):
            try:
                _write_all(self._fd, text[at : at + _CHUNK].encode("utf-8", "surrogateescape"))
            except OSError as exc:
                raise OutputError(describe(exc)) from None

    def commit(self) -> None:
        """Sync the file and put it in place under its name."""
        try:
            if self._temp is not None:
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1
            if self._temp is not None:
                os.replace(self._temp, self._final)
                _PENDING.discard(self._temp)
                self._temp = None
        except OSError as exc:
            self.discard()
            raise OutputError(describe(exc)) from None

    def discard(self) -> None:
        """Close and remove the temporary file, if it is still there."""
        if getattr(self, "_fd", -1) >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            _PENDING.discard(self._temp)
            self._temp = None


def _create_temporary(folder: Path) -> tuple[int, str]:
    """A new file in ``folder``, opened for writing, and its name, which is on the pending
    list before the file exists: a Ctrl-C at any point leaves nothing :func:`discard_pending`
    does not remove. A short fixed prefix: a temporary name after a final name near the limit
    would be too long."""
    for _ in range(_ATTEMPTS):
        name = str(folder / f".newsdoc-{secrets.token_hex(6)}.part")
        _PENDING.add(name)
        try:
            return os.open(name, _CREATE, 0o600), name
        except FileExistsError:
            _PENDING.discard(name)
        except OSError:
            _PENDING.discard(name)  # nothing was made
            raise
        # A Ctrl-C raised as the open returns leaves the name listed: its file may exist.
    raise OSError(errno.EEXIST, "no free temporary name")


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_ATTEMPTS = 100
"""How many random names are tried before giving up, as ``tempfile`` does."""


def discard_pending() -> None:
    """Remove every temporary file this process has made and not yet renamed or removed.

    The command line calls it when Ctrl-C ends a run. Each name leaves the list only once its
    file is gone; a name renamed into place, or never created, has nothing left to remove.
    """
    for name in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(name)
        _PENDING.discard(name)


def _existing(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
