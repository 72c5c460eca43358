"""A progress bar on standard error, drawn with plain ANSI codes only when it is a terminal."""

from __future__ import annotations

import shutil
from typing import TextIO

__all__ = ["Progress"]

_ERASE_LINE = "\r\x1b[2K"
_BAR_WIDTH = 24


class Progress:
    """Counts files as a run goes through them, on one line of a terminal.

    It draws only when ``stream`` is a terminal and the run has more than one file;
    otherwise every method does nothing, so pipes and logs stay quiet.
    """

    def __init__(self, stream: TextIO, total: int, verb: str) -> None:
        self._stream = stream
        self._total = total
        self._verb = verb
        self._done = 0
        self._shown = False
        self.active = total > 1 and _is_terminal(stream)
        """Whether the bar is drawn at all."""

    def step(self, name: str) -> None:
        """Show that the run has reached ``name``, one more of the total."""
        self._done += 1
        if not self.active:
            return
        width = shutil.get_terminal_size(fallback=(80, 24)).columns
        filled = _BAR_WIDTH * self._done // max(self._total, 1)
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        line = f"{self._verb} [{bar}] {self._done}/{self._total} {name}"
        self._stream.write(_ERASE_LINE + line[: max(width - 1, 1)])
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar, so that a message can take the line; the next step draws it again."""
        if self._shown:
            self._stream.write(_ERASE_LINE)
            self._stream.flush()
            self._shown = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-like stream is not a terminal
        return False
