"""Coverage-guided fuzzing of ``parse_html``, with atheris: any string reads, and every span
and diagnostic points into it.

Run from the repository root (atheris is a development tool: ``.venv/bin/pip install atheris``)::

    .venv/bin/python fuzz/fuzz_html.py -dict=fuzz/html.dict -max_total_time=900

Each input becomes a string as in ``fuzz_parse.py`` (its first byte picking the decoding),
read with ``parse_html``, which must not raise, and:

- every span (paragraph, quote, source, cue, whole attribution) and every diagnostic's span
  lies inside the HTML, start before end;
- the article's JSON reads back to the same article;
- ``to_html`` of the article is as safe as for any other article: only its own markup.

``NEWSDOC_FUZZ_FINDINGS=DIR`` and ``NEWSDOC_FUZZ_COUNT=FILE`` work as in ``fuzz_parse.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type information

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc
    from newsdoc import Article, Span

from _harness import Harness, text_of

import _invariants
import _safety


def spans_of(article: Article) -> Iterator[tuple[str, Span | None]]:
    """Every span the article holds, named for the message of a failure."""
    for n, paragraph in enumerate(article.paragraphs):
        yield f"paragraph {n}", paragraph.span
        for quote in paragraph.quotes:
            yield f"quote in paragraph {n}", quote.span
        for a in paragraph.attributions:
            yield f"source in paragraph {n}", a.source_span
            yield f"cue in paragraph {n}", a.cue_span
            yield f"attribution in paragraph {n}", a.span
            for span in a.content_spans:
                yield f"content in paragraph {n}", span
    for d in article.diagnostics:
        yield f"diagnostic {d.code}", d.span


def check_html(data: bytes) -> None:
    """``parse_html`` of the input; an AssertionError names what points outside it or is unsafe."""
    html = text_of(data)
    article = newsdoc.parse_html(html)
    for what, span in spans_of(article):
        assert span is None or 0 <= span.start <= span.end <= len(html), f"{what}: {span} outside the HTML"
    _invariants.check_json(article)
    problems = _safety.html_problems(newsdoc.to_html(article))
    assert not problems, f"to_html: {problems[:3]}"


def main() -> None:
    harness = Harness(check_html)
    atheris.Setup(sys.argv, harness.test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
