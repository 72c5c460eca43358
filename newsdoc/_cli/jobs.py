"""``--jobs N``: a function mapped over inputs in worker processes, its results back in input order.

The parent hands out inputs in batches, one batch at a time to each worker, at most a
bounded window of batches ahead of the oldest result it has not given yet (so a run over a
million files holds a few dozen results at a time, whatever the speed of the reader of its
output), and gives the results in the order the inputs came. What crosses between
processes is what the parent writes (text, counts), never an :class:`~newsdoc.Article`,
which costs about as much to pickle as to parse.

Workers ignore SIGINT: Ctrl-C reaches the whole process group, and only the parent
handles it, by ending every worker (:func:`ordered`'s clean-up) before the
``KeyboardInterrupt`` goes on to the command line's handler. The function and the items
must be picklable (top-level functions, :func:`functools.partial` of them, attrs records),
so that every start method works, ``spawn`` included.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Generic, TypeVar

from newsdoc._cli.interrupts import interrupts_held

__all__ = [
    "BATCH",
    "WINDOW",
    "WorkerError",
    "WorkerLostError",
    "add_jobs_argument",
    "batch_size",
    "cores",
    "ordered",
    "worker_count",
]

T = TypeVar("T")
R = TypeVar("R")

BATCH = 8
"""Inputs per batch at most: enough to make the cost of a round trip small beside parsing them."""
WINDOW = 4
"""How many batches per worker may be handed out ahead of the oldest result not yet given:
enough that a slow input does not leave the other workers idle, few enough that the results
held back behind it stay a handful."""
_DEPTH = 2
"""Batches a worker is given at a time: the one it works on, and the next."""
_SMALL = 16 * 1024
"""The largest message (in bytes) given to a worker that is still busy; a pipe holds far more."""


def add_jobs_argument(command: argparse.ArgumentParser) -> None:
    """Add ``--jobs N`` (``args.jobs``, 1 by default; 0 means every core)."""
    command.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="read the inputs in N worker processes (0: one per core; default 1, in this process); "
        "the output is the same, in input order",
    )


def _jobs(value: str) -> int:
    if not value.isdigit():
        msg = f"expected a whole number of worker processes (0 for one per core), got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(value)


def cores() -> int:
    """The cores this process may run on (``os.process_cpu_count()`` where there is one), at least 1."""
    count: Callable[[], int | None] = getattr(os, "process_cpu_count", os.cpu_count)
    return max(count() or 1, 1)


def worker_count(jobs: int, items: int) -> int:
    """How many workers ``--jobs jobs`` starts for ``items`` inputs: 0 means every core, and
    never more than there are batches of inputs (1: the parent does the work itself)."""
    wanted = cores() if jobs == 0 else jobs
    return max(1, min(wanted, -(-items // batch_size(wanted, items))))


def batch_size(workers: int, items: int) -> int:
    """Inputs per task: :data:`BATCH`, or fewer when there are too few inputs to keep every worker's window full."""
    return max(1, min(BATCH, items // max(1, workers * WINDOW)))


def ordered(
    work: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    *,
    batch: int = BATCH,
    context: BaseContext | None = None,
) -> Generator[R, None, None]:
    """``work`` of each item, in the order of ``items``, computed by ``workers`` processes.

    Items are taken from ``items`` in this process (it may be lazy) in batches of ``batch``,
    at most ``workers * WINDOW`` batches ahead of the result being given, so that results
    waiting for an earlier one never pile up. With ``workers`` 1 or less, the work is done
    here, item by item. The workers are ended when the iterator is done with: after their
    last batch when it is exhausted, at once (terminated) when it is closed early or
    interrupted. An exception raised by ``work`` is raised here, at its batch, as a
    :class:`WorkerError`; a worker that dies (killed, out of memory) raises :class:`WorkerLostError`.
    """
    if workers <= 1:
        yield from map(work, items)
        return
    crew: _Crew[T, R] = _Crew(context or _context())
    complete = False
    try:
        crew.start(work, workers)
        yield from crew.run(_batched(items, batch), workers * WINDOW)
        complete = True
    finally:
        with interrupts_held():  # a second Ctrl-C does not leave workers behind
            crew.end(complete=complete)


class WorkerError(Exception):
    """The work raised an exception in a worker process: ``str(e)`` holds its traceback there."""


class WorkerLostError(Exception):
    """A worker process ended before giving back its results (it was killed, or ran out of memory)."""


class _Crew(Generic[T, R]):
    """The worker processes of one run, each with a pipe of its own.

    One pipe per worker, and at most two batches at a time per worker, rather than shared queues: a
    worker that dies, even half-way through sending its results, shows as the end of its
    own pipe, which nothing else holds, so the run never waits for it; and the parent has
    no thread, so SIGINT always reaches it.
    """

    def __init__(self, context: BaseContext) -> None:
        self._context = context
        self._pipes: list[Connection] = []
        self._processes: list[BaseProcess] = []

    def start(self, work: Callable[[T], R], workers: int) -> None:
        """Start ``workers`` processes that do ``work``."""
        for stream in (sys.stdout, sys.stderr):  # a forked worker would write what they hold again, at its exit
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()
        with interrupts_held():  # a worker starts with SIGINT held, until it ignores it
            for _ in range(workers):
                mine, theirs = self._context.Pipe()
                # a forked worker inherits the parent's end of its own pipe and of the pipes of the
                # workers before it, and closes them first: else, the parent killed, its reply
                # would find a reader still there and wait for it for ever
                others = (*self._pipes, mine)
                process = self._context.Process(target=_serve, args=(theirs, work, others), daemon=True)  # type: ignore[attr-defined]
                process.start()
                theirs.close()  # only the worker holds its end: its death ends the pipe
                self._pipes.append(mine)
                self._processes.append(process)

    def run(self, batches: Iterator[list[T]], window: int) -> Iterator[R]:
        """The results of every batch, in order, each batch given to the worker with the least to do.

        A worker is given its next batch before it has finished the one it has, so that it
        never waits for the parent to take its results; but only a small one (input names,
        not standard input's bytes), which its pipe holds whatever the worker is doing: the
        parent never blocks writing to a worker that is blocked writing to it.
        """
        load = [0] * len(self._pipes)  # batches each worker has been given and not given back
        owner = {pipe: worker for worker, pipe in enumerate(self._pipes)}
        done: dict[int, list[R] | WorkerError] = {}  # results that came before an earlier batch's
        sent = given = 0
        upcoming = _packed(0, next(batches, None))
        while True:
            while upcoming is not None and sent < given + window:
                worker = min(range(len(load)), key=load.__getitem__)
                if load[worker] >= _DEPTH or (load[worker] > 0 and len(upcoming) > _SMALL):
                    break
                try:
                    self._pipes[worker].send_bytes(upcoming)
                except OSError:  # the worker is gone, before its end of the pipe showed it (BrokenPipeError)
                    raise WorkerLostError from None
                load[worker] += 1
                sent += 1
                upcoming = _packed(sent, next(batches, None))
            if given in done:
                results = done.pop(given)
                given += 1
                if isinstance(results, WorkerError):
                    raise results
                yield from results
                continue
            if not any(load):
                return
            for pipe in wait([pipe for pipe, worker in owner.items() if load[worker]]):
                assert isinstance(pipe, Connection)
                number, results = self._receive(pipe)
                done[number] = results
                load[owner[pipe]] -= 1

    def _receive(self, pipe: Connection) -> tuple[int, list[R] | WorkerError]:
        """A batch's number and its results, or the error its work raised (raised in its turn)."""
        try:
            number, ok, payload = pipe.recv()
        except (EOFError, OSError):
            raise WorkerLostError from None
        return number, payload if ok else WorkerError(payload)

    def end(self, *, complete: bool) -> None:
        """End every worker and wait for it: told to stop when ``complete``, else terminated."""
        for pipe, process in zip(self._pipes, self._processes, strict=True):
            if complete:
                with contextlib.suppress(OSError):
                    pipe.send(None)
            elif process.is_alive():
                process.terminate()
        for pipe, process in zip(self._pipes, self._processes, strict=True):
            process.join()
            pipe.close()


def _packed(number: int, chunk: list[T] | None) -> bytes | None:
    """The message that gives a worker batch ``number``, pickled (None for no batch)."""
    return None if chunk is None else bytes(ForkingPickler.dumps((number, chunk)))


def _serve(pipe: Connection, work: Callable[[T], R], others: tuple[Connection, ...] = ()) -> None:
    """A worker's life: batches in, their results out, until told to stop or the parent is gone.
    ``others`` are the parent's ends of the pipes, its own among them, which it closes."""
    _ignore_interrupts()
    for other in others:
        other.close()
    parent = multiprocessing.parent_process()
    watched: list[Connection | int] = [pipe] if parent is None else [pipe, parent.sentinel]
    while True:
        if pipe not in wait(watched):  # the parent is gone
            return
        try:
            message = pipe.recv()
        except EOFError:
            return
        if message is None:
            return
        number, chunk = message
        reply: tuple[int, bool, list[R] | str]
        try:
            reply = (number, True, [work(item) for item in chunk])
        except Exception:  # the parent raises it
            reply = (number, False, traceback.format_exc())
        try:
            pipe.send(reply)
        except (BrokenPipeError, ConnectionResetError):  # the parent is gone
            return


def _context() -> BaseContext:
    method = "fork" if sys.platform == "linux" else None
    return multiprocessing.get_context(method)


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _ignore_interrupts() -> None:
    """In a worker, first: leave SIGINT to the parent, then let signals through again."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform != "win32":
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
