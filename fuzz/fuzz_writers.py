"""Coverage-guided fuzzing of every writer, with atheris: nothing in the text becomes markup.

Run from the repository root (atheris is a development tool: ``.venv/bin/pip install atheris``)::

    .venv/bin/python fuzz/fuzz_writers.py -max_total_time=900

Each input becomes a string as in ``fuzz_parse.py``, its first byte picking the decoding,
and then an article one of two ways, picked by the same byte: the parse of the string, or
a paragraph built by hand whose text is the first piece of the string (split at U+001F)
and whose quotes, sources and cues are the other pieces, so that the writers see marks the
parser would never make. Every writer then
runs on it, and:

- ``to_html`` (page and fragment) writes only its own elements, attributes and classes,
  and the same ones as for the article with ``<``, ``>`` and ``&`` replaced by other characters:
  no tag or attribute comes from the text;
- ``to_markdown`` holds no raw HTML for markdown-it-py to pass through;
- ``to_ninjs`` validates against the ninjs 3.1 schema, and its HTML body is as safe;
- ``to_text``, ``to_json`` and ``to_jsonld`` return (JSON-LD serialises).

With ``NEWSDOC_FUZZ_FINDINGS=DIR`` each distinct failure is kept in DIR and fuzzing goes on,
as in ``fuzz_parse.py``; ``NEWSDOC_FUZZ_COUNT=FILE`` writes the number of inputs run to
FILE every 10,000 inputs and at exit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type information

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc
    from newsdoc import Article, Attribution, AttributionKind, Paragraph, Quote

from _harness import Harness, text_of

import _safety

_URI = "urn:newsdoc:fuzz"


def article_of(data: bytes) -> Article | None:
    """The article an input stands for, or None where the model refuses the pieces."""
    text = text_of(data)
    if not data or data[0] // 3 % 2 == 0:
        return newsdoc.parse(text)
    first, *pieces = text.replace("\n", " ").replace("\r", " ").split("\x1f")
    quotes = tuple(Quote(text=p) for p in pieces[0::3])
    attributions = tuple(
        Attribution(source=s, cue=c, kind=AttributionKind.SAID, rule="source-verb")
        for s, c in zip(pieces[1::3], pieces[2::3], strict=False)
    )
    try:
        return Article(lede=Paragraph(text=first, quotes=quotes, attributions=attributions))
    except (TypeError, ValueError):  # the model's validators refuse it: not a writer's input
        return None


def check_writers(article: Article) -> None:
    """Every writer on ``article``; an AssertionError names the first unsafe output."""
    plain = neutral = None
    for document in (True, False):
        markup = newsdoc.to_html(article, document=document)
        problems = _safety.html_problems(markup)
        assert not problems, f"to_html: {problems[:3]}"
        plain = _safety.tags(markup)
        neutral = _safety.tags(newsdoc.to_html(_safety.neutral(article), document=document))
        assert plain == neutral, f"to_html: markup from the text: {set(plain) ^ set(neutral)}"
    problems = _safety.markdown_problems(newsdoc.to_markdown(article))
    assert not problems, f"to_markdown: {problems[:3]}"
    problems = _safety.ninjs_problems(newsdoc.to_ninjs(article, uri=_URI))
    assert not problems, f"to_ninjs: {problems[:3]}"
    json.dumps(newsdoc.to_jsonld(article, url=_URI), ensure_ascii=False)
    newsdoc.to_text(article)
    newsdoc.to_json(article)


def _one(data: bytes) -> None:
    article = article_of(data)
    if article is not None:
        check_writers(article)


def main() -> None:
    harness = Harness(_one)
    atheris.Setup(sys.argv, harness.test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
