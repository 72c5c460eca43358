"""What a worker process is given for one input, and what it gives back when the input cannot be read."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TypeVar

import attrs

from newsdoc._cli.inputs import Input, InputError, read

__all__ = ["Task", "Unread", "perform"]

R = TypeVar("R")


@attrs.frozen(kw_only=True)
class Task:
    """One input to read and work on in a worker: a file, which the worker reads, or standard
    input, which only the parent can read, and so sends as bytes."""

    item: Input
    data: bytes = b""
    """Standard input's bytes (empty for a file)."""
    failure: str | None = None
    """Why standard input could not be read, if it could not."""


@attrs.frozen
class Unread:
    """An input that could not be read: ``reason`` is what :class:`~newsdoc._cli.inputs.InputError` says."""

    reason: str


def perform(work: Callable[[Input, str], R], encoding: str | None, task: Task) -> R | Unread:
    """Read the input of ``task`` as the parent would (see :func:`.inputs.read`), then do ``work`` on its text."""
    if task.failure is not None:
        return Unread(task.failure)
    try:
        text = read(task.item, io.BytesIO(task.data), encoding)
    except InputError as exc:
        return Unread(exc.reason)
    return work(task.item, text)
