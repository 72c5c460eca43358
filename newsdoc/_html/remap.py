"""Rebuild a parsed article with every span and diagnostic moved from the seed text to the HTML."""

from __future__ import annotations

from typing import Final

from newsdoc._diagnostics import Diagnostic, Span, make_diagnostic
from newsdoc._html.offsets import LineTable, OffsetMap
from newsdoc._model import Article, Attribution, Paragraph, Quote, Section
from newsdoc._unvalidated import trusted_attribution, trusted_paragraph, trusted_quote, trusted_section

__all__ = ["remap_article", "remap_diagnostic"]

_NO_DATE: Final = "the HTML gives no date: pass date=, or give it a <time datetime> or an article:published_time meta"


class _Remap:
    """Moves the spans of one article; an attribution shared by a quote and its paragraph stays shared."""

    __slots__ = ("_done", "_map")

    def __init__(self, offsets: OffsetMap) -> None:
        self._map = offsets
        self._done: dict[int, Attribution] = {}

    def span(self, span: Span | None) -> Span | None:
        return None if span is None else self._map.span(span.start, span.end)

    def attribution(self, a: Attribution) -> Attribution:
        done = self._done.get(id(a))
        if done is None:
            done = trusted_attribution(
                source=a.source,
                cue=a.cue,
                kind=a.kind,
                named=a.named,
                count=a.count,
                name=a.name,
                role=a.role,
                resolved=a.resolved,
                content=a.content,
                rule=a.rule,
                source_span=self.span(a.source_span),
                cue_span=self.span(a.cue_span),
                span=self.span(a.span),
                content_spans=tuple(s for s in map(self.span, a.content_spans) if s is not None),
            )
            self._done[id(a)] = done
        return done

    def quote(self, q: Quote) -> Quote:
        attribution = None if q.attribution is None else self.attribution(q.attribution)
        return trusted_quote(q.text, q.partial, attribution, self.span(q.span))

    def paragraph(self, p: Paragraph) -> Paragraph:
        span = None if p.span is None else self._map.element_span(p.span.start, p.span.end)
        return trusted_paragraph(
            text=p.text,
            label=p.label,
            label_prefix=p.label_prefix,
            kind=p.kind,
            marker=p.marker,
            quotes=tuple(self.quote(q) for q in p.quotes),
            attributions=tuple(self.attribution(a) for a in p.attributions),
            span=span,
        )

    def section(self, s: Section) -> Section:
        return trusted_section(s.label, tuple(self.paragraph(p) for p in s.paragraphs))


def remap_diagnostic(d: Diagnostic, offsets: OffsetMap, lines: LineTable) -> Diagnostic:
    """``d`` with its span, line and column in the HTML."""
    span = offsets.span(d.span.start, d.span.end)
    line, column = lines.line_col(span.start)
    message = _NO_DATE if d.code == "ND101" else d.message
    return make_diagnostic(code=d.code, severity=d.severity, message=message, span=span, line=line, column=column)


def remap_article(article: Article, offsets: OffsetMap, lines: LineTable, extra: list[Diagnostic]) -> Article:
    """``article`` with every span in the HTML, and its diagnostics, with ``extra``, in HTML order."""
    remap = _Remap(offsets)
    diagnostics = [remap_diagnostic(d, offsets, lines) for d in article.diagnostics]
    diagnostics.extend(extra)
    diagnostics.sort(key=lambda d: (d.span.start, d.code))
    return Article(
        date=article.date,
        lede=remap.paragraph(article.lede),
        sections=tuple(remap.section(s) for s in article.sections),
        sourcing=article.sourcing,
        diagnostics=tuple(diagnostics),
    )
