"""Reading the attribution fixture files of ``tests/sourcing/fixtures/``.

The format is markdown-it-py's fixture format, with attributions for the expected output.
A file is a run of cases; each case is three parts, and each part ends at a line holding
a single ``.``::

    source-then-verb
    .
    The plan stalled, two Israeli officials said.
    .
    source: two Israeli officials
    cue: said
    kind: said
    rule: source-verb
    .

- The **title** is one line, unique over every fixture file: it is the test's id.
- The **input** is one sentence on one line. The test parses it as the lede of an article,
  ``" date 2024-05-01 {sentence}\\n\\n"``, and reads the article's attributions.
- The **expected** part lists those attributions in order, one ``field: value`` per line,
  with a line ``--`` between two attributions; the single word ``none`` says there is no
  attribution. Only the fields a case states are compared, but the number of attributions
  always is.

Fields and their values: ``source``, ``cue``, ``rule``, ``name``, ``role``, ``resolved`` and
``content`` take the text as written after ``": "``; ``kind`` takes an
:class:`~newsdoc.AttributionKind` value (``said``, ``according_to``, ``declined``,
``no_response``); ``named`` takes ``true``, ``false`` or ``none``; ``count`` takes a number
or ``none``. ``none`` is ``None`` wherever a field may be ``None``.

Outside a case, blank lines and lines starting with ``#`` are comments. Anything else that
does not fit (a missing ``.``, an unknown or repeated field, a value of the wrong form, an
empty part, a repeated title) raises :class:`FixtureError` naming the file and line, so a
malformed case fails the test run when it is collected instead of passing unread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsdoc import AttributionKind

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Value = str | bool | int | AttributionKind | None

_TEXT_FIELDS = frozenset({"source", "cue", "rule", "name", "role"})
_OPTIONAL_TEXT_FIELDS = frozenset({"name", "role", "resolved", "content"})
_FIELDS = frozenset({*_TEXT_FIELDS, *_OPTIONAL_TEXT_FIELDS, "kind", "named", "count"})
_NAMED = {"true": True, "false": False, "none": None}


class FixtureError(ValueError):
    """A fixture file that does not follow the format; the message starts ``file:line:``."""


@dataclass(frozen=True, slots=True)
class Case:
    """One fixture case: its title, where it stands, its sentence and its expected attributions."""

    title: str
    where: str
    """``file:line`` of the title, for messages."""
    sentence: str
    expected: tuple[Mapping[str, Value], ...]


def _value(field: str, raw: str, where: str) -> Value:
    if field not in _FIELDS:
        raise FixtureError(f"{where}: unknown field {field!r}; expected one of {', '.join(sorted(_FIELDS))}")
    if raw == "":
        raise FixtureError(f"{where}: field {field!r} has no value")
    if raw == "none" and (field in _OPTIONAL_TEXT_FIELDS or field in ("named", "count")):
        return None
    if field == "kind":
        try:
            return AttributionKind(raw)
        except ValueError:
            kinds = ", ".join(k.value for k in AttributionKind)
            raise FixtureError(f"{where}: kind {raw!r} is not one of {kinds}") from None
    if field == "named":
        if raw not in _NAMED:
            raise FixtureError(f"{where}: named must be true, false or none, not {raw!r}")
        return _NAMED[raw]
    if field == "count":
        if not raw.isascii() or not raw.isdigit():
            raise FixtureError(f"{where}: count must be a number or none, not {raw!r}")
        return int(raw)
    return raw


def _attributions(lines: list[tuple[int, str]], name: str) -> tuple[Mapping[str, Value], ...]:
    """The expected part: ``none``, or ``field: value`` runs parted by ``--``."""
    if [text for _, text in lines] == ["none"]:
        return ()
    found: list[dict[str, Value]] = [{}]
    for number, text in lines:
        where = f"{name}:{number}"
        if text == "--":
            if not found[-1]:
                raise FixtureError(f"{where}: '--' with no field before it")
            found.append({})
            continue
        field, colon, raw = text.partition(": ")
        if not colon:
            raise FixtureError(f"{where}: expected 'field: value', '--' or 'none', got {text!r}")
        if field in found[-1]:
            raise FixtureError(f"{where}: field {field!r} given twice for one attribution")
        found[-1][field] = _value(field, raw, where)
    if not found[-1]:
        raise FixtureError(f"{name}:{lines[-1][0]}: '--' with no field after it")
    return tuple(found)


def parse_cases(text: str, name: str) -> list[Case]:
    """The cases of a fixture file's text; ``name`` is the file's name, for messages."""
    cases: list[Case] = []
    lines = list(enumerate(text.splitlines(), start=1))
    i = 0
    while i < len(lines):
        number, line = lines[i]
        if not line.strip() or line.startswith("#"):
            i += 1
            continue
        title, where = line, f"{name}:{number}"
        if line != line.strip() or line == ".":
            raise FixtureError(f"{where}: a title is one line of text without surrounding spaces, got {line!r}")
        parts: list[list[tuple[int, str]]] = []
        part: list[tuple[int, str]] = []
        i += 1
        if i >= len(lines) or lines[i][1] != ".":
            raise FixtureError(f"{where}: the title {title!r} must be followed by a line '.'")
        i += 1
        while len(parts) < 2:
            if i >= len(lines):
                raise FixtureError(f"{where}: case {title!r} ends before its part {len(parts) + 2} is closed by '.'")
            number, line = lines[i]
            i += 1
            if line != ".":
                part.append((number, line))
                continue
            if not part:
                raise FixtureError(f"{name}:{number}: case {title!r} has an empty part")
            parts.append(part)
            part = []
        given, expected = parts
        if len(given) != 1:
            raise FixtureError(f"{name}:{given[1][0]}: the input of {title!r} must be one line")
        if i < len(lines) and lines[i][1].strip():
            raise FixtureError(f"{name}:{lines[i][0]}: a blank line must follow case {title!r}")
        cases.append(Case(title, where, given[0][1], _attributions(expected, name)))
    return cases


def read_cases(paths: Iterable[Path]) -> list[Case]:
    """Every case of the given fixture files, in file order; a title used twice is an error."""
    paths = list(paths)
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for path in paths:
        for case in parse_cases(path.read_text(encoding="utf-8"), path.name):
            if case.title in seen:
                raise FixtureError(f"{case.where}: the title {case.title!r} is already used at {seen[case.title]}")
            seen[case.title] = case.where
            cases.append(case)
    if not cases:
        raise FixtureError(f"no fixture case in {', '.join(str(p) for p in paths) or 'no file'}")
    return cases
