"""Ctrl-C at any instant: the few steps that must not be cut in two run with SIGINT held.

Python raises ``KeyboardInterrupt`` between any two steps of interpreted code, and compiled
code gives it the first chance it can, so a step such as "create a temporary file, then
remember its name" can be cut between its halves. :func:`interrupts_held` blocks SIGINT for
such a step; a Ctrl-C pressed meanwhile is delivered as soon as it ends.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator

__all__ = ["interrupts_held"]


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold SIGINT back for the duration (where the platform can): it is delivered after."""
    if sys.platform == "win32":  # no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
