"""Text made safe to show on a terminal or in a ``path:line:col`` line.

- :func:`printable`: control characters, line and paragraph separators, bidirectional
  overrides and lone surrogates written as escapes (``\\x1b``, ``\\n``, ``\\u202e``), so
  that a file name or a source line can neither move the cursor, nor start a line of its
  own, nor reorder what follows it. A byte of a file name that is not UTF-8 (held by
  Python as a lone surrogate, U+DC80 to U+DCFF) is shown as that byte, ``\\xff``.
- :func:`excerpt`: the one source line that holds a span, cut to a bounded width
  around it, with the offset of the span in what is shown.
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["EXCERPT_AFTER", "EXCERPT_BEFORE", "excerpt", "printable"]

# What printable() escapes: C0 and C1 controls, lone surrogates, the line and paragraph
# separators, and the bidirectional embeddings, overrides and isolates.
_UNPRINTABLE: Final = regex.compile(r"[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED: Final = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# The surrogates Python's "surrogateescape" uses to hold the bytes 0x80 to 0xFF of a name.
_ESCAPED_BYTES: Final = range(0xDC80, 0xDD00)

EXCERPT_BEFORE: Final = 40
"""At most this many characters of the line are shown before the start of a span."""
EXCERPT_AFTER: Final = 80
"""At most this many characters are shown from the start of a span on."""
_LINE_ENDS: Final = "\n\r"
_CUT: Final = "…"


def _escape(m: regex.Match[str]) -> str:
    ch = m.group()
    point = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if point in _ESCAPED_BYTES:
        return f"\\x{point - 0xDC00:02x}"
    return f"\\x{point:02x}" if point <= 0xFF else f"\\u{point:04x}"


def printable(text: str) -> str:
    """``text`` with every character that could act on a terminal or a line written as an escape.

    >>> printable("evil\\nfake.txt:9:9: \\x1b[2J\\udcff")
    'evil\\\\nfake.txt:9:9: \\\\x1b[2J\\\\xff'
    """
    return _UNPRINTABLE.sub(_escape, text)


def excerpt(source: str, start: int, end: int) -> tuple[str, int, int]:
    """The line of ``source`` that holds ``start``, cut around ``[start, end)``, made printable.

    CR, LF and CRLF each end a line. At most :data:`EXCERPT_BEFORE` characters before
    ``start`` and :data:`EXCERPT_AFTER` from ``start`` on are shown, with ``…`` where the
    line is cut, so the work and the output are bounded whatever the length of the line.

    Returns:
        The text shown, and where the span starts and ends in it (the range to underline).
    """
    window = max(0, start - EXCERPT_BEFORE)
    found = max(source.rfind("\n", window, start), source.rfind("\r", window, start))
    line_start = window if found < 0 else found + 1
    limit = min(len(source), start + EXCERPT_AFTER)
    line_end = next((i for i in range(start, limit) if source[i] in _LINE_ENDS), limit)
    head = _CUT if found < 0 and window > 0 and source[window - 1] not in _LINE_ENDS else ""
    tail = _CUT if line_end == limit and limit < len(source) and source[limit] not in _LINE_ENDS else ""
    before = head + printable(source[line_start:start])
    marked = printable(source[start : min(end, line_end)])
    after = printable(source[min(end, line_end) : line_end]) + tail
    return before + marked + after, len(before), len(before) + len(marked)
