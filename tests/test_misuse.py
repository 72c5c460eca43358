"""What parse says when it is handed a path or a file name instead of an article's text."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

import newsdoc

FILE_NAMES = [
    pytest.param("a.txt", "a.txt", id="txt"),
    pytest.param("2024/01/001.md", "2024/01/001.md", id="md-in-folders"),
    pytest.param("page.HTML", "page.HTML", id="html-upper-case"),
    pytest.param("story.htm\n", "story.htm", id="line-end-after"),
]

NOT_FILE_NAMES = [
    pytest.param(" date 2023-10-16 Read notes.txt.\n\n", id="article-naming-a-file"),
    pytest.param("my notes.txt", id="space-inside"),
    pytest.param("a.txt b.txt", id="two-names"),
    pytest.param("data.csv", id="other-suffix"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("path", [Path("a.txt"), PurePosixPath("a.txt"), PureWindowsPath("a.txt")], ids=str)
def test_a_path_is_a_type_error_that_says_to_read_the_file(path: object) -> None:
    """parse(Path(...)) names the type and says to pass path.read_text(encoding='utf-8')."""
    with pytest.raises(
        TypeError, match=r"takes a str, not \w+Path \(pass the file's text: path\.read_text\(encoding='utf-8'\)\)"
    ):
        newsdoc.parse(path)  # type: ignore[arg-type]


def test_bytes_still_say_to_decode() -> None:
    """The bytes hint is unchanged."""
    with pytest.raises(TypeError, match=r"not bytes \(decode it first"):
        newsdoc.parse(b" date 2023-10-16 Lede.\n\n")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "name"), FILE_NAMES)
def test_a_file_name_as_the_text_gets_a_warning(text: str, name: str) -> None:
    """A str that is one file name and nothing else gets ND105, a warning over the name saying how to read it."""
    article = newsdoc.parse(text)
    found = [d for d in article.diagnostics if d.code == "ND105"]
    assert len(found) == 1
    (d,) = found
    assert d.severity is newsdoc.Severity.WARNING
    assert text[d.span.start : d.span.end] == name
    assert f"pass Path({name!r}).read_text(encoding='utf-8')" in d.message


@pytest.mark.parametrize("text", NOT_FILE_NAMES)
def test_other_texts_get_no_file_name_warning(text: str) -> None:
    """An article that mentions a file, a phrase with spaces, another suffix: no ND105."""
    assert [d.code for d in newsdoc.parse(text).diagnostics if d.code == "ND105"] == []
