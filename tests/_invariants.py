"""What must hold for every parse of every string, checked by the hostile-input tests,
the regression tests and the fuzzing harness (fuzz/fuzz_parse.py).

Each check raises AssertionError with a message that names what broke.
"""

from __future__ import annotations

import bisect
import re

import newsdoc
from newsdoc import Article, Paragraph, ParseError, Severity, Span

# What the parser drops from the text it reads, and what it reads as a space: written out
# here independently of newsdoc/_parse/layout/input_text.py, so the check does not trust the code it checks.
_DROPPED = dict.fromkeys(
    [0xFEFF, 0x200B, 0x2060, *range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F],
)
_AS_SPACE = {0x00A0: " ", 0x202F: " "}
_TABLE: dict[int, str | None] = {**_DROPPED, **_AS_SPACE}
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def visible(raw: str) -> str:
    """A slice of the caller's text as the parser reads it: on one line, without what it drops,
    and a surrogate pair written as two code points read as the character it encodes."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)
    text = _PAIR.sub(lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text)
    return text.replace("\n", " ")


def _line_starts(text: str) -> list[int]:
    """The offset of each line's first character, a CR, LF or CRLF ending a line."""
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            starts.append(i + 2)
            i += 2
            continue
        if ch in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def _line_col(text: str, starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column; an offset between the CR and LF of a CRLF opens the next line."""
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        return bisect.bisect_right(starts, offset) + 1, 1
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def _slice(text: str, span: Span | None, what: str) -> str:
    assert span is not None, f"{what} has no span"
    assert 0 <= span.start <= span.end <= len(text), f"{what} span {span} is outside the text ({len(text)} chars)"
    return visible(text[span.start : span.end])


def _check_paragraph(text: str, paragraph: Paragraph, where: str) -> None:
    if paragraph.span is None:  # only the empty lede of a text with no lines
        assert paragraph == Paragraph(text=""), f"{where} has no span"
        return
    written = _slice(text, paragraph.span, where)
    if paragraph.marker is None and paragraph.label is None:
        assert written == paragraph.text, f"{where}: span holds {written!r}, text is {paragraph.text!r}"
    else:
        assert written.endswith(paragraph.text), f"{where}: span {written!r} does not end with {paragraph.text!r}"
        if paragraph.label is not None:
            assert paragraph.label in written, f"{where}: span {written!r} does not hold label {paragraph.label!r}"
    for k, quote in enumerate(paragraph.quotes):
        quoted = _slice(text, quote.span, f"{where}.quotes[{k}]")
        assert quoted == quote.text, f"{where}.quotes[{k}]: span holds {quoted!r}, text is {quote.text!r}"
    attributions = [*paragraph.attributions, *(q.attribution for q in paragraph.quotes if q.attribution)]
    for k, att in enumerate(attributions):
        name = f"{where}.attributions[{k}]"
        if att.source_span is not None:
            source = _slice(text, att.source_span, name + ".source")
            assert source == att.source, f"{name}: source span holds {source!r}, source is {att.source!r}"
        if att.cue_span is not None:
            cue = _slice(text, att.cue_span, name + ".cue")
            assert cue == att.cue, f"{name}: cue span holds {cue!r}, cue is {att.cue!r}"
        if att.span is not None:
            _slice(text, att.span, name)


def check_spans(text: str, article: Article) -> None:
    """Every span lies inside ``text`` and slices it to the text its node claims."""
    for i, paragraph in enumerate(article.paragraphs):
        _check_paragraph(text, paragraph, f"paragraphs[{i}]")
    check_content(text, article)


def _overlap(a: Span, b: Span | None) -> bool:
    return b is not None and a.start < b.end and b.start < a.end


def check_content(text: str, article: Article) -> None:
    """Each attribution's content is the text of its pieces joined by one space, read as the parser reads it.

    The pieces are the slices of ``text`` at its content spans: none empty or without a word, in text order,
    none overlapping another, the attribution's source or its cue, each inside one
    paragraph's span. An attribution without content has no content spans.
    """
    paragraphs = sorted((p.span.start, p.span.end) for p in article.paragraphs if p.span is not None)
    starts = [start for start, _ in paragraphs]
    for i, paragraph in enumerate(article.paragraphs):
        attributions = [*paragraph.attributions, *(q.attribution for q in paragraph.quotes if q.attribution)]
        for k, att in enumerate(attributions):
            name = f"paragraphs[{i}].attributions[{k}]"
            spans = att.content_spans
            if att.content is None:
                assert spans == (), f"{name} has content spans {spans} and no content"
                continue
            assert spans, f"{name}: content {att.content!r} has no spans"
            pieces = [_slice(text, s, f"{name}.content_spans[{n}]") for n, s in enumerate(spans)]
            joined = " ".join(pieces)
            assert joined == att.content, f"{name}: pieces {pieces!r} join to {joined!r}, content is {att.content!r}"
            for n, span in enumerate(spans):
                where = f"{name}.content_spans[{n}] {span}"
                assert span.start < span.end, f"{where} is empty"
                assert any(ch.isalnum() for ch in pieces[n]), f"{where} holds no word: {pieces[n]!r}"
                assert n == 0 or spans[n - 1].end <= span.start, f"{where} is not after the piece before it"
                assert not _overlap(span, att.source_span), f"{where} overlaps the source {att.source_span}"
                assert not _overlap(span, att.cue_span), f"{where} overlaps the cue {att.cue_span}"
                at = bisect.bisect_right(starts, span.start) - 1
                inside = at >= 0 and span.end <= paragraphs[at][1]
                assert inside, f"{where} is not inside one paragraph"


def check_diagnostics(text: str, article: Article) -> None:
    """Every diagnostic has a known code, a span inside the text, and the right line and column."""
    starts = _line_starts(text)
    for d in article.diagnostics:
        assert d.code in newsdoc.CODES, f"unknown code {d.code}"
        assert d.severity is newsdoc.CODES[d.code][0], f"{d.code} has severity {d.severity}"
        assert 0 <= d.span.start <= d.span.end <= len(text), f"{d} span {d.span} is outside the text"
        assert (d.line, d.column) == _line_col(text, starts, d.span.start), f"{d} is not at offset {d.span.start}"
        assert d.code != "ND902", f"the quote stage raised: {d.message}"


def check_fixed_point(article: Article) -> None:
    """``to_text`` of the article reads back to an equal article and writes the same text again."""
    canonical = newsdoc.to_text(article)
    again = newsdoc.parse(canonical)
    assert again == article, "parse(to_text(a)) != a"
    assert newsdoc.to_text(again) == canonical, "to_text(parse(x)) is not a fixed point"


def check_json(article: Article) -> None:
    """The JSON is UTF-8 encodable and reads back to the same article, spans and diagnostics included."""
    written = newsdoc.to_json(article)
    written.encode("utf-8")
    again = newsdoc.from_json(written)
    assert again == article, "from_json(to_json(a)) != a"
    assert newsdoc.to_dict(again) == newsdoc.to_dict(article), "JSON lost a span or a diagnostic"


def check_strict(text: str, article: Article) -> None:
    """Strict parsing raises ParseError exactly when the tolerant parse has errors, and nothing else."""
    errors = [d for d in article.diagnostics if d.severity is Severity.ERROR]
    raised: ParseError | None = None
    try:
        strict = newsdoc.parse(text, strict=True)
    except ParseError as exc:
        raised = exc
    if raised is None:
        assert not errors, "strict parsing returned an article that has errors"
        assert strict == article
    else:
        assert errors, "strict parsing raised without an error diagnostic"
        assert list(raised.diagnostics) == errors, "ParseError does not list the error diagnostics"


def check_all(text: str) -> Article:
    """Parse ``text`` and check every property above; returns the article."""
    article = newsdoc.parse(text)
    assert isinstance(article, Article)
    check_spans(text, article)
    check_diagnostics(text, article)
    check_fixed_point(article)
    check_json(article)
    check_strict(text, article)
    return article
