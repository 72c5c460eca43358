"""The HTML, Markdown and ninjs writers do linear work: counted, not timed (JSON: ``test_json_compact.py``).

An article made of ``n`` copies of the same few paragraphs must cost exactly ``a * n + b``
calls of each writer's per-piece helpers (escaping, locating quotes), and ``a * n + b``
characters handed to them. A writer that ran them again over what it had written, or over
every paragraph for each paragraph, would grow faster and fail. The quick paths that make
the writers cheap per paragraph must give what the plain computation gives.
"""

from __future__ import annotations

import html
import types
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section
from newsdoc._write import _parts, markdown, ninjs
from newsdoc._write import html as html_writer

_SAID = Attribution(source="he", cue="said", kind=AttributionKind.SAID, named=True, count=1)
_CREDITS = Attribution(source="he", cue="said", kind=AttributionKind.SAID, named=True, count=1, content="Yes,")
_BLOCK = (
    Paragraph(text='"Yes," he said.', quotes=(Quote(text="Yes,", attribution=_CREDITS),), attributions=(_CREDITS,)),
    Paragraph(text="He said so & more <b>.", attributions=(_SAID,)),
    Paragraph(text="An item * with syntax", kind=ParagraphKind.ITEM, marker="-"),
    Paragraph(text="Second", kind=ParagraphKind.ITEM, marker="2."),
    Paragraph(text="A heading:", kind=ParagraphKind.HEADING),
    Paragraph(text="", kind=ParagraphKind.ITEM, marker="-"),
)


def _article(n: int) -> Article:
    """The lede, then ``n`` sections, each a labeled paragraph and the block above."""
    label = Paragraph(text="Time  ", label="Why it matters", attributions=(_SAID,))
    section = Section(label=label.label, paragraphs=(label, *_BLOCK))
    return Article(lede=Paragraph(text="Lede."), sections=(section,) * n)


Size = Callable[[object], int]


def _work(
    monkeypatch: pytest.MonkeyPatch, write: Callable[[Article], object], n: int, helpers: dict[str, Size]
) -> dict[str, tuple[int, int]]:
    """For each helper (``module.name``): how often writing the article of ``n`` calls it, and the size it is given."""
    counts = {name: [0, 0] for name in helpers}
    modules = {"html": html_writer, "markdown": markdown, "ninjs": ninjs, "parts": _parts}
    with monkeypatch.context() as patch:
        for name, size in helpers.items():
            module_name, function_name = name.split(".")
            module: types.ModuleType = modules[module_name]
            patch.setattr(module, function_name, _counting(getattr(module, function_name), size, counts[name]))
        for cached in (html_writer._attribution_tag, _parts.list_kind):
            cached.cache_clear()
        write(_article(n))
    return {name: (calls, size) for name, (calls, size) in counts.items()}


def _counting(function: Callable[..., object], size: Size, count: list[int]) -> Callable[..., object]:
    def counted(first: object, *args: object, **kwargs: object) -> object:
        count[0] += 1
        count[1] += size(first)
        return function(first, *args, **kwargs)

    return counted


def _text_size(value: object) -> int:
    assert isinstance(value, str)
    return len(value)


def _paragraph_size(value: object) -> int:
    assert isinstance(value, Paragraph)
    return len(value.text)


def _assert_linear(work: Callable[[int], dict[str, tuple[int, int]]]) -> None:
    """The work at 10, 20 and 40 sections grows by the same amount for every 10 sections."""
    at_10, at_20, at_40 = work(10), work(20), work(40)
    for name, (calls, size) in at_10.items():
        step = (at_20[name][0] - calls, at_20[name][1] - size)
        assert step[0] > 0, f"{name} is never called"
        assert at_40[name] == (calls + 3 * step[0], size + 3 * step[1]), name


_HTML_HELPERS: dict[str, Size] = {
    "html._text": _text_size,
    "html.locate": _paragraph_size,
    "html.mark_content": _paragraph_size,
}


@pytest.mark.incompatible_with_mypyc(
    reason="it counts calls by replacing a function of the writer module; compiled calls bypass the module attribute"
)
def test_html_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each paragraph is located once, its content placed once, and each piece of its text escaped once."""
    _assert_linear(lambda n: _work(monkeypatch, newsdoc.to_html, n, _HTML_HELPERS))


@pytest.mark.incompatible_with_mypyc(
    reason="it counts calls by replacing a function of the writer module; compiled calls bypass the module attribute"
)
def test_markdown_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each paragraph's label, prefix and text are escaped once."""
    _assert_linear(lambda n: _work(monkeypatch, newsdoc.to_markdown, n, {"markdown._escape": _text_size}))


@pytest.mark.incompatible_with_mypyc(
    reason="it counts calls by replacing a function of the writer module; compiled calls bypass the module attribute"
)
def test_ninjs_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The item writes the HTML body once and the text body once, each in linear work."""

    def write(article: Article) -> object:
        return newsdoc.to_ninjs(article, uri="urn:test")

    _assert_linear(lambda n: _work(monkeypatch, write, n, _HTML_HELPERS))
    helpers: dict[str, Size] = {"ninjs.to_html": lambda _: 1, "ninjs.body_text": lambda _: 1}
    for n in (0, 10, 40):
        assert _work(monkeypatch, write, n, helpers) == {"ninjs.to_html": (1, 1), "ninjs.body_text": (1, 1)}


# Controls, the characters HTML and Markdown escape, spaces of every kind, and words.
_CONTROLS = ("\t", "\x00", "\x07", "\x7f", "\x85")
_SYNTAX = ("&", "<", ">", '"', "'", "*", "_", "\\", "`", "[", "]", "~", "#", "-", "+")
_SPACES = (" ", "\u00a0", "\u2003", "\u2028", "\u2029", "\ufeff", "\u200b")
_PIECES = st.sampled_from([*_CONTROLS, *_SYNTAX, *_SPACES, "a", "Word", "&amp;", "&#60;", "1.", "2)", "é"])
_TEXTS = st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=12)
_CONTROL = regex.compile(r"[\p{Cc}--\t]", flags=regex.V1)


@given(_TEXTS)
def test_replacing_controls_is_the_substitution(text: str) -> None:
    """The printable test before the substitution changes nothing it gives."""
    assert _parts.replace_controls(text) == _CONTROL.sub("\ufffd", text)


@given(_TEXTS)
def test_html_escapes_are_html_escape(text: str) -> None:
    """Text and attribute values are escaped as ``html.escape`` escapes them, after the controls."""
    plain = _CONTROL.sub("\ufffd", text)
    assert html_writer._text(text) == html.escape(plain, quote=False)
    assert html_writer._attr(text) == html.escape(plain, quote=True)


def _escape_directly(text: str, *, line_start: bool, leading: bool, trailing: bool) -> str:
    """The Markdown escape with every pattern applied, whether or not it can match."""
    text = _CONTROL.sub("\ufffd", text)
    text = markdown._INLINE_SYNTAX.sub(r"\\\g<0>", text)
    text = markdown._ENTITY_START.sub(r"\\&", text)
    if line_start:
        m = markdown._LINE_START_SYNTAX.match(text)
        if m is not None:
            text = f"{text[: m.start()]}\\{text[m.start() :]}"
    if line_start or leading:
        text = markdown._LEADING_SPACE.sub(markdown._references, text)
    if trailing:
        m = markdown._TRAILING_SPACE.search(text)
        if m is not None:
            text = text[: m.start()] + markdown._references(m)
    return text


@given(_TEXTS, st.booleans(), st.booleans(), st.booleans())
def test_markdown_escape_is_every_pattern_applied(text: str, line_start: bool, leading: bool, trailing: bool) -> None:
    """Skipping a substitution that finds nothing to replace gives the same text."""
    expected = _escape_directly(text, line_start=line_start, leading=leading, trailing=trailing)
    assert markdown._escape(text, line_start=line_start, leading=leading, trailing=trailing) == expected


@pytest.mark.incompatible_with_mypyc(
    reason="it builds attributions with values of types the model does not declare; compiled code checks the types"
)
def test_each_attribution_gets_its_own_tag_however_alike() -> None:
    """The kept tags tell 1 from True: a count or a named flag of another type is written as its own."""
    alike = [
        Attribution(source="he", cue="said", kind=AttributionKind.SAID, named=True, count=1),
        Attribution(source="he", cue="said", kind=AttributionKind.SAID, named=1, count=True),  # type: ignore[arg-type]
    ]
    article = Article(lede=Paragraph(text="he said", attributions=(alike[0],)))
    other = Article(lede=Paragraph(text="he said", attributions=(alike[1],)))
    assert 'data-named="true" data-count="1"' in newsdoc.to_html(article)
    assert 'data-named="1" data-count="True"' in newsdoc.to_html(other)
    assert 'data-named="true" data-count="1"' in newsdoc.to_html(article)
