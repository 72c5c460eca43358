"""Ctrl-C at any instant: the steps that must not be cut in two run with SIGINT held or ignored.

Python raises ``KeyboardInterrupt`` between any two steps of interpreted code, and compiled
code gives it the first chance it can. :func:`interrupts_held` blocks SIGINT for a step of
the calling thread (the command line has no other thread, so the signal waits); a Ctrl-C
pressed meanwhile is delivered as soon as it ends. :func:`interrupts_ignored` drops any
further Ctrl-C while a run that one has already ended cleans up.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator

__all__ = ["interrupts_held", "interrupts_ignored"]


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


@contextlib.contextmanager
def interrupts_ignored() -> Iterator[None]:
    """Ignore SIGINT for the duration (in the main thread, the only one that can set a handler)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
