"""The date header on the first line: `` date YYYY-MM-DD `` and the forms read in its place."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Final

import regex

from newsdoc._diagnostics import Diagnostic
from newsdoc._parse.layout.input_text import InputText

__all__ = ["Header", "could_become_header", "looks_like_header", "read_header"]

_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# A date as the header writes it (2023-10-16, 2023/10/16, 2023.10.16) or in words
# (Oct. 16, 2023; October 16 2023; 16 October 2023).
_DATE: Final = (
    r"(?P<iso>(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P=s1)(?P<d>\d{1,2}))"
    r"|(?P<mdy>(?P<mon1>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?[ \t]+"
    r"(?P<d1>\d{1,2}),?[ \t]+(?P<y1>\d{4}))"
    r"|(?P<dmy>(?P<d2>\d{1,2})[ \t]+(?P<mon2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?[ \t]+"
    r"(?P<y2>\d{4}))"
)
# The header: optional spaces, an optional `date` keyword with an optional colon, the date,
# then the lede after white space (or nothing). The runs of spaces are possessive: what
# follows each (the keyword, the date) never starts with a space or a colon, so giving
# spaces back could not help, and without it `date` and 200,000 spaces backtrack
# quadratically.
_HEADER: Final = regex.compile(
    r"(?P<lead>[ \t]*+)(?:(?P<kw>(?i:date))(?P<sep>[ \t]*+(?::[ \t]*+)?))?(?:" + _DATE + r")(?P<gap>[ \t]+|$)"
)
# A `date` keyword followed by something date-like that is not a date (2023-13-45, 16/10):
# the whole run of non-space characters after it, if the run holds a digit. The lookahead
# finds the digit in one pass and the run is then taken whole, so a long run of digits
# followed by a space that is not a space or a tab cannot backtrack quadratically.
_BAD_HEADER: Final = regex.compile(
    r"(?P<lead>[ \t]*+)(?i:date)[ \t]*+(?::[ \t]*+)?(?P<token>(?=[^\s]*?\d)[^\s]++)(?P<gap>[ \t]+|$)"
)
_CANONICAL: Final = regex.compile(r" date \d{4}-\d{2}-\d{2}(?: |$)")
# The canonical header, the form of nearly every article, with its gap: what ``_HEADER`` and
# ``_CANONICAL`` both match, read in one step. ASCII digits only, so it takes nothing the two
# would read otherwise.
_CANONICAL_HEADER: Final = re.compile(r" date ([0-9]{4})-([0-9]{2})-([0-9]{2})(?: [ \t]*|$)")


@dataclass(frozen=True, slots=True)
class Header:
    """What the first line's header says."""

    date: datetime.date | None
    lede_start: int | None
    """Where the lede starts on the first line, or None when the header stands alone on it."""
    canonical: bool
    diagnostics: tuple[Diagnostic, ...]
    start: int = 0
    """Where the header starts on the first line, after any spaces."""


def looks_like_header(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with something the header reader would take for a header."""
    return _HEADER.match(text, start, end) is not None or _BAD_HEADER.match(text, start, end) is not None


def could_become_header(text: str) -> bool:
    """Whether ``text`` with more text after it might open with a header: ``date``, ``Oct. 16,``."""
    return _HEADER.match(text, partial=True) is not None or _BAD_HEADER.match(text, partial=True) is not None


def _bad_lede(text: str, lede_start: int | None, first: int, end: int) -> int | None:
    """Where the lede starts after a header with no valid date.

    The rest of the line, unless it would itself be read as a header: then an article with
    no date would be written back as an article with one, so the whole line is the lede.
    """
    if lede_start is not None and looks_like_header(text, lede_start, end):
        return first
    return lede_start


def _to_date(m: regex.Match[str]) -> datetime.date | None:
    try:
        if m.group("iso"):
            return datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if m.group("mdy"):
            month = _MONTHS[m.group("mon1")[:3].lower()]
            return datetime.date(int(m.group("y1")), month, int(m.group("d1")))
        month = _MONTHS[m.group("mon2")[:3].lower()]
        return datetime.date(int(m.group("y2")), month, int(m.group("d2")))
    except ValueError:
        return None


def _read_canonical(text: str, start: int, end: int) -> Header | None:
    """The header of ``text[start:end]`` where it is canonical with a valid date, else None."""
    m = _CANONICAL_HEADER.match(text, start, end)
    if m is None:
        return None
    year, month, day = m.groups()
    try:
        date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None  # the general reader reports it
    lede_start = m.end() if m.end() < end else None
    return Header(date=date, lede_start=lede_start, canonical=True, diagnostics=(), start=start + 1)


def read_header(src: InputText, start: int, end: int) -> Header:
    """Read the date header from the first line, ``src.text[start:end]`` (untrimmed)."""
    text = src.text
    plain = _read_canonical(text, start, end)
    if plain is not None:
        return plain
    m = _HEADER.match(text, start, end)
    if m is not None:
        lede_start = m.end() if m.end() < end else None
        date = _to_date(m)
        if date is None:
            diag = src.diagnostic("ND102", m.end("lead"), m.end("gap") - len(m.group("gap")), _date_text(m))
            lede_start = _bad_lede(text, lede_start, m.end("lead"), end)
            return Header(date=None, lede_start=lede_start, canonical=False, diagnostics=(diag,), start=m.end("lead"))
        canonical = _CANONICAL.match(text, start, end) is not None
        diags: tuple[Diagnostic, ...] = ()
        if not canonical:
            date_end = m.end() - len(m.group("gap"))
            written = text[m.end("lead") : date_end]
            diags = (src.diagnostic("ND103", m.end("lead"), date_end, f"{written!r} read as {date.isoformat()}"),)
        return Header(date=date, lede_start=lede_start, canonical=canonical, diagnostics=diags, start=m.end("lead"))
    bad = _BAD_HEADER.match(text, start, end)
    if bad is not None:
        token = bad.group("token")
        diag = src.diagnostic("ND102", bad.start("token"), bad.end("token"), f"{token!r} is not a date")
        lede_start = _bad_lede(text, bad.end() if bad.end() < end else None, bad.end("lead"), end)
        return Header(date=None, lede_start=lede_start, canonical=False, diagnostics=(diag,), start=bad.end("lead"))
    diag = src.diagnostic("ND101", start, start, "expected ' date YYYY-MM-DD ' before the lede")
    first = start
    while first < end and text[first] in " \t":
        first += 1
    return Header(date=None, lede_start=first, canonical=False, diagnostics=(diag,), start=first)


def _date_text(m: regex.Match[str]) -> str:
    return f"{m.group(0).strip()!r} is not a valid date"
