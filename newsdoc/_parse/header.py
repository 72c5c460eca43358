"""The date header on the first line: `` date YYYY-MM-DD `` and the forms read in its place."""

from __future__ import annotations

import datetime

import attrs
import regex

from newsdoc._diagnostics import Diagnostic
from newsdoc._parse.source import Source

__all__ = ["Header", "read_header"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# A date as the header writes it (2023-10-16, 2023/10/16, 2023.10.16) or in words
# (Oct. 16, 2023; October 16 2023; 16 October 2023).
_DATE = (
    r"(?P<iso>(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P=s1)(?P<d>\d{1,2}))"
    r"|(?P<mdy>(?P<mon1>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?[ \t]+"
    r"(?P<d1>\d{1,2}),?[ \t]+(?P<y1>\d{4}))"
    r"|(?P<dmy>(?P<d2>\d{1,2})[ \t]+(?P<mon2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?[ \t]+"
    r"(?P<y2>\d{4}))"
)
# The header: optional spaces, an optional `date` keyword with an optional colon, the date,
# then the lede after white space (or nothing).
_HEADER = regex.compile(
    r"(?P<lead>[ \t]*)(?:(?P<kw>(?i:date))(?P<sep>[ \t]*:?[ \t]*))?(?:" + _DATE + r")(?P<gap>[ \t]+|$)"
)
# A `date` keyword followed by something date-like that is not a date (2023-13-45, 16/10).
_BAD_HEADER = regex.compile(r"(?P<lead>[ \t]*)(?i:date)[ \t]*:?[ \t]*(?P<token>[^\s]*\d[^\s]*)(?P<gap>[ \t]+|$)")
_CANONICAL = regex.compile(r" date \d{4}-\d{2}-\d{2}(?: |$)")


@attrs.frozen(kw_only=True)
class Header:
    """What the first line's header says."""

    date: datetime.date | None
    lede_start: int | None
    """Where the lede starts on the first line, or None when the header stands alone on it."""
    canonical: bool
    diagnostics: tuple[Diagnostic, ...]


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


def read_header(src: Source, start: int, end: int) -> Header:
    """Read the date header from the first line, ``src.text[start:end]`` (untrimmed)."""
    text = src.text
    m = _HEADER.match(text, start, end)
    if m is not None:
        lede_start = m.end() if m.end() < end else None
        date = _to_date(m)
        if date is None:
            diag = src.diagnostic("ND102", m.end("lead"), m.end("gap") - len(m.group("gap")), _date_text(m))
            return Header(date=None, lede_start=lede_start, canonical=False, diagnostics=(diag,))
        canonical = _CANONICAL.match(text, start, end) is not None
        diags: tuple[Diagnostic, ...] = ()
        if not canonical:
            date_end = m.end() - len(m.group("gap"))
            written = text[m.end("lead") : date_end]
            diags = (src.diagnostic("ND103", m.end("lead"), date_end, f"{written!r} read as {date.isoformat()}"),)
        return Header(date=date, lede_start=lede_start, canonical=canonical, diagnostics=diags)
    bad = _BAD_HEADER.match(text, start, end)
    if bad is not None:
        token = bad.group("token")
        diag = src.diagnostic("ND102", bad.start("token"), bad.end("token"), f"{token!r} is not a date")
        lede_start = bad.end() if bad.end() < end else None
        return Header(date=None, lede_start=lede_start, canonical=False, diagnostics=(diag,))
    diag = src.diagnostic("ND101", start, start, "expected ' date YYYY-MM-DD ' before the lede")
    first = start
    while first < end and text[first] in " \t":
        first += 1
    return Header(date=None, lede_start=first, canonical=False, diagnostics=(diag,))


def _date_text(m: regex.Match[str]) -> str:
    return f"{m.group(0).strip()!r} is not a valid date"
