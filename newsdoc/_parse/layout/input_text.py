"""The input text: character-level normalisation and the map back to the caller's offsets.

The parser reads a normalised copy of the input: the byte order mark, zero-width spaces
and control characters removed, CR and CRLF read as LF, no-break spaces read as spaces, and
a surrogate pair written as two code points read as the character it encodes. (Spaces at
the ends of lines are trimmed by the block reader, which only moves slice bounds.) :class:`InputText` keeps a map
from each offset of that copy to the offset of the same character in the string the
caller passed, so that every span and diagnostic points into the caller's text.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsdoc._diagnostics import CODES, Diagnostic, Span, make_diagnostic
from newsdoc._unvalidated import trusted_span

__all__ = ["InputText"]

# Whether the text may need normalising at all: one character class (a high surrogate may
# start a pair), which the standard library scans several times faster than ``regex`` does.
# A raw string: ``re`` reads the escapes, and the compiled build cannot hold a lone surrogate in a literal.
_NEEDS_WORK: Final = re.compile(r"[\r\u00a0\u202f\u200b\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udbff]")
# One alternative per kind of character the normaliser touches, each taking a whole run at
# once (thousands of CRs or NULs cost one match); the named groups say which. Every repeat
# is possessive: nothing after a run can match what it gave back.
_SPECIAL: Final = re.compile(
    r"(?P<crlf>(?>\r++\n?+)++)"
    r"|(?P<nbsp>[\u00a0\u202f]++)"
    r"|(?P<zw>[\u200b\u2060\ufeff]++)"
    r"|(?P<ctl>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++)"
    r"|(?P<pair>(?:[\ud800-\udbff][\udc00-\udfff])++)"
)
_PAIR: Final = re.compile(r"[\ud800-\udbff][\udc00-\udfff]")
"""A surrogate pair, which a dropped character between its halves leaves behind."""
_CODE_OF_GROUP: Final = {"crlf": "ND111", "nbsp": "ND114", "zw": "ND115", "ctl": "ND118", "pair": "ND119"}
_BACKWARD_LIMIT: Final = 16
# A line end in the caller's text, as diagnostics count lines: CRLF, CR or LF.
_LINE_END: Final = re.compile(r"\r\n?|\n")


class InputText:
    """The caller's text, its normalised copy, and the offset map between them."""

    __slots__ = ("_backward", "_cr", "_cursor", "_line_starts", "_map", "diagnostics", "original", "text")

    original: str
    """The exact string passed to :func:`newsdoc.parse`."""
    text: str
    """The normalised copy the parser reads."""
    diagnostics: list[Diagnostic]
    """What the normalisation did, one diagnostic per kind of change."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.diagnostics = []
        self._map: list[int] | None = None
        self._line_starts: list[int] | None = None
        self._cursor = (0, 1, 0)  # offset, its line, and where that line starts
        self._backward = 0
        # Every character the normaliser touches is unprintable, so a text printable but for its
        # line ends (most) needs no search: ``isprintable`` reads it in half the instructions.
        if original.replace("\n", "").isprintable() or not _NEEDS_WORK.search(original):
            self.text = original
            self._cr = False  # a CR would need work
        else:
            self._cr = "\r" in original  # whether a line may end other than with an LF
            self.text = self._normalise(original)

    def _normalise(self, original: str) -> str:
        pieces: list[str] = []
        offsets: list[int] = []
        first: dict[str, tuple[int, int]] = {}
        counts: dict[str, int] = {}
        pos = 0
        for m in _SPECIAL.finditer(original):
            kind = m.lastgroup
            assert kind is not None
            start, end = m.span()
            pieces.append(original[pos:start])
            offsets.extend(range(pos, start))
            pos = end
            run = m.group()
            one = 1  # how many of the caller's characters the run's first place takes
            if kind == "crlf":
                # Every CR ends a line; an LF after a CR is part of that line end.
                count = run.count("\r")
                pieces.append("\n" * count)
                if count == len(run):
                    offsets.extend(range(start, end))
                elif count * 2 == len(run) and run.startswith("\r\n"):
                    offsets.extend(range(start, end, 2))
                else:
                    offsets.extend(i for i in range(start, end) if original[i] == "\r")
                one = 2 if run.startswith("\r\n") else 1
            elif kind == "nbsp":
                count = len(run)
                pieces.append(" " * count)
                offsets.extend(range(start, end))
            elif kind == "pair":
                # A surrogate pair as two code points (CESU-8 read with surrogatepass): JSON
                # and UTF-16 cannot tell it from the one character it encodes, so read that.
                count = len(run) // 2
                pieces.append(run.encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
                offsets.extend(range(start, end, 2))
                one = 2
            else:  # zero-width and control characters are dropped
                count = len(run)
                if kind == "zw" and start == 0 and run[0] == "\ufeff":
                    self.diagnostics.append(self._at("ND110", Span(start=0, end=1)))
                    start, count = 1, count - 1
                    if not count:
                        continue
            first.setdefault(kind, (start, start + one))
            counts[kind] = counts.get(kind, 0) + count
        pieces.append(original[pos:])
        offsets.extend(range(pos, len(original) + 1))
        text = "".join(pieces)
        if ("zw" in counts or "ctl" in counts) and _PAIR.search(text):
            text, offsets = _join_pairs(text, offsets, first, counts)  # ``"\\ud820\\x00\\udcff"``
        self._map = offsets
        for kind, (start, end) in sorted(first.items(), key=lambda item: item[1]):
            n = counts[kind]
            detail = f"{n} place{'s' if n != 1 else ''}, the first here"
            self.diagnostics.append(self._at(_CODE_OF_GROUP[kind], Span(start=start, end=end), detail))
        return text

    def span(self, start: int, end: int) -> Span:
        """A span of the caller's text for ``text[start:end]``."""
        offsets = self._map
        if offsets is None:
            return trusted_span(start, end)
        if end <= start:
            at = offsets[start]
            return trusted_span(at, at)
        last = offsets[end - 1]
        return trusted_span(offsets[start], last + self._width(last, self.text[end - 1]))

    def _width(self, at: int, read: str) -> int:
        """How many of the caller's characters, from ``at``, the parser read as ``read``: a
        surrogate pair written as two code points runs to its low half (two, or more where a
        dropped character stood between the halves), any other character is one. (A CRLF
        counts as its CR, which reads as the same line end.)"""
        if read <= "\uffff" or self.original[at] == read:
            return 1
        low = chr(0xDC00 + ((ord(read) - 0x10000) & 0x3FF))
        return self.original.index(low, at + 1) - at + 1

    def diagnostic(self, code: str, start: int, end: int | None = None, detail: str | None = None) -> Diagnostic:
        """A diagnostic for ``text[start:end]``, positioned in the caller's text."""
        return self._at(code, self.span(start, start if end is None else end), detail)

    def _at(self, code: str, span: Span, detail: str | None = None) -> Diagnostic:
        """A diagnostic for a span of the caller's text."""
        severity, summary = CODES[code]
        line, column = self._line_col(span.start)
        message = summary if detail is None else f"{summary}: {detail}"
        return make_diagnostic(code=code, severity=severity, message=message, span=span, line=line, column=column)

    def _line_col(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of ``offset`` in the caller's text, as
        :func:`newsdoc._diagnostics.line_col` counts them.

        Diagnostics mostly come in the order of the text, so the count of lines goes on from
        the last position asked for, in C (``str.count``); a text asked about out of order
        more than a few times gets an index of its line starts instead. Either way an article
        with thousands of diagnostics costs no more per diagnostic than one with a single one.
        """
        original = self.original
        cr = self._cr
        if cr and 0 < offset < len(original) and original[offset - 1] == "\r" and original[offset] == "\n":
            line, _column = self._line_col(offset - 1)
            return line + 1, 1  # between the CR and LF of a CRLF
        starts = self._line_starts
        if starts is not None:
            lines = bisect.bisect_right(starts, offset)
            return lines + 1, offset - (starts[lines - 1] if lines else 0) + 1
        at, line, line_start = self._cursor
        if offset < at:
            self._backward += 1
            if self._backward > _BACKWARD_LIMIT:
                self._line_starts = [m.end() for m in _LINE_END.finditer(original)]
                return self._line_col(offset)
            at, line, line_start = 0, 1, 0
        breaks = original.count("\n", at, offset)
        if cr:  # a CR ends a line too, and a CRLF once; no CRLF straddles the last position (see above)
            breaks += original.count("\r", at, offset) - original.count("\r\n", at, offset)
        if breaks:
            line += breaks
            last = original.rfind("\n", at, offset)
            if cr:
                last = max(last, original.rfind("\r", at, offset))
            line_start = last + 1
        self._cursor = (offset, line, line_start)
        return line, offset - line_start + 1


def _join_pairs(
    text: str, offsets: list[int], first: dict[str, tuple[int, int]], counts: dict[str, int]
) -> tuple[str, list[int]]:
    """``text`` with each surrogate pair read as the one character it encodes, as a pair
    written together is (``"\\ud820\\x00\\udcff"`` loses its control character and is then one
    character, as JSON would read it), and the offsets of what is left: the character stands
    at its high half. The pairs joined count in ``first`` and ``counts`` as pairs (ND119)."""
    out: list[str] = []
    kept: list[int] = []
    pos = 0
    for m in _PAIR.finditer(text):
        start = m.start()
        out.append(text[pos:start])
        kept.extend(offsets[pos:start])
        out.append(m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
        kept.append(offsets[start])
        if "pair" not in first or offsets[start] < first["pair"][0]:
            first["pair"] = (offsets[start], offsets[start] + 1)
        counts["pair"] = counts.get("pair", 0) + 1
        pos = m.end()
    out.append(text[pos:])
    kept.extend(offsets[pos:])
    return "".join(out), kept
