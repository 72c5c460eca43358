"""The command line: ``newsdoc parse``, ``newsdoc check`` and ``newsdoc stats``.

It is the only part of newsdoc that opens files: it reads each input as UTF-8 bytes,
decodes them with their line ends kept, and hands the text to :func:`newsdoc.parse`.
"""

from __future__ import annotations

from newsdoc._cli.app import main

__all__ = ["main"]
