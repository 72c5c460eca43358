"""Attributions: each case of ``fixtures/*.txt`` parsed and compared field by field, and the reader
that turns those files into cases."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc

from ._fixtures import FIXTURES, Case, FixtureError, Value, parse_cases, read_cases
from _support import RULES

CASES = read_cases(sorted(FIXTURES.glob("*.txt")))


def attributions(sentence: str) -> list[newsdoc.Attribution]:
    """The attributions of a one-paragraph article whose lede is ``sentence``."""
    return list(newsdoc.parse(f" date 2024-05-01 {sentence}\n\n").attributions)


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_attribution_case(case: Case) -> None:
    """The sentence yields exactly the attributions the case lists, with every field it states."""
    found = attributions(case.sentence)
    got: list[dict[str, Value]] = [
        {field: getattr(a, field) for field in expected} for a, expected in zip(found, case.expected, strict=False)
    ]
    assert (len(found), got) == (len(case.expected), [dict(e) for e in case.expected]), case.where


def test_every_rule_name_is_documented() -> None:
    """The rules the fixture cases state are exactly the rule names the sourcing docs list."""
    used = {e["rule"] for case in CASES for e in case.expected if "rule" in e}
    assert used == RULES


def test_reader_reads_every_form_of_field() -> None:
    """Two attributions parted by ``--``, each kind of value, ``none`` for None, comments skipped."""
    text = (
        "# a comment\n\ntwo\n.\nA said so, per B.\n.\n"
        "source: A\nkind: said\nnamed: true\ncount: 2\nname: none\n--\nkind: according_to\nnamed: none\n.\n\n"
        "zero\n.\nNothing here.\n.\nnone\n.\n"
    )
    two, zero = parse_cases(text, "t.txt")
    assert (two.title, two.where, two.sentence) == ("two", "t.txt:3", "A said so, per B.")
    assert two.expected == (
        {"source": "A", "kind": newsdoc.AttributionKind.SAID, "named": True, "count": 2, "name": None},
        {"kind": newsdoc.AttributionKind.ACCORDING_TO, "named": None},
    )
    assert (zero.title, zero.sentence, zero.expected) == ("zero", "Nothing here.", ())


# (id, a malformed fixture text, what the error says)
MALFORMED = [
    ("no-dot-after-title", "t\nA said.\n.\nnone\n.\n", r"t\.txt:1: the title 't' must be followed"),
    ("unclosed-expected", "t\n.\nA said.\n.\nsource: A\n", r"t\.txt:1: case 't' ends before its part 3"),
    ("unclosed-input", "t\n.\nA said.\n", r"t\.txt:1: case 't' ends before its part 2"),
    ("empty-input", "t\n.\n.\nnone\n.\n", r"t\.txt:3: case 't' has an empty part"),
    ("empty-expected", "t\n.\nA said.\n.\n.\n", r"t\.txt:5: case 't' has an empty part"),
    ("two-line-input", "t\n.\nA said.\nB said.\n.\nnone\n.\n", r"t\.txt:4: the input of 't' must be one line"),
    ("unknown-field", "t\n.\nA said.\n.\nsorce: A\n.\n", r"t\.txt:5: unknown field 'sorce'"),
    ("repeated-field", "t\n.\nA said.\n.\ncue: said\ncue: said\n.\n", r"t\.txt:6: field 'cue' given twice"),
    ("no-colon", "t\n.\nA said.\n.\nsource A\n.\n", r"t\.txt:5: expected 'field: value'"),
    ("empty-value", "t\n.\nA said.\n.\nsource: \n.\n", r"t\.txt:5: field 'source' has no value"),
    ("bad-kind", "t\n.\nA said.\n.\nkind: told\n.\n", r"t\.txt:5: kind 'told' is not one of"),
    ("bad-named", "t\n.\nA said.\n.\nnamed: yes\n.\n", r"t\.txt:5: named must be true, false or none"),
    ("bad-count", "t\n.\nA said.\n.\ncount: two\n.\n", r"t\.txt:5: count must be a number or none"),
    ("leading-separator", "t\n.\nA said.\n.\n--\ncue: said\n.\n", r"t\.txt:5: '--' with no field before it"),
    ("trailing-separator", "t\n.\nA said.\n.\ncue: said\n--\n.\n", r"t\.txt:6: '--' with no field after it"),
    ("none-among-fields", "t\n.\nA said.\n.\nnone\ncue: said\n.\n", r"t\.txt:5: expected 'field: value'"),
    ("no-blank-between", "t\n.\nA said.\n.\nnone\n.\nu\n", r"t\.txt:7: a blank line must follow case 't'"),
    ("title-with-spaces-around", " t\n.\nA said.\n.\nnone\n.\n", r"t\.txt:1: a title is one line"),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED])
def test_reader_rejects_a_malformed_case(text: str, message: str) -> None:
    """A case that breaks the format raises FixtureError naming its file and line, never reads as a case."""
    with pytest.raises(FixtureError, match=message):
        parse_cases(text, "t.txt")


def test_reader_rejects_a_title_used_twice(tmp_path: Path) -> None:
    """Titles are test ids: the same title in two files is an error that names both places."""
    case = "same\n.\nA said.\n.\nnone\n.\n"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(case, encoding="utf-8")
    second.write_text("# comment\n\n" + case, encoding="utf-8")
    with pytest.raises(FixtureError, match=r"b\.txt:3: the title 'same' is already used at a\.txt:1"):
        read_cases([first, second])


def test_reader_rejects_files_without_cases() -> None:
    """An empty set of fixtures is an error, so a wrong folder cannot make the suite pass with no case."""
    with pytest.raises(FixtureError, match="no fixture case"):
        read_cases([])
