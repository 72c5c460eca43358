"""Model objects built from values the parser has already made valid, without the validators.

The parser builds every node from normalised text that holds no CR, with the lines of a
paragraph joined, so no string it stores can hold a line end; its counts are never
negative; and each section it makes opens with the paragraph whose label it takes. The
functions here fill an object's slots directly, in well under half the time of the
generated ``__init__`` with its validators, and return an object equal to and
indistinguishable from the one the constructor builds (``tests/test_model.py`` checks each
field). They change no global state, so they are safe from any thread. Code that is not
sure of its values uses the constructors. Building the model through the constructors makes
``parse`` some 20% slower on the corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from newsdoc._diagnostics import Span
from newsdoc._model import Attribution, AttributionKind, Paragraph, ParagraphKind, Quote, Section

__all__ = ["trusted_attribution", "trusted_paragraph", "trusted_quote", "trusted_section", "trusted_span"]

_new: Final = object.__new__


def _setters(cls: type[attrs.AttrsInstance], names: tuple[str, ...]) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of ``cls`` for ``names``, which must be its fields in order: a field added
    to the model and not here fails at import, not with a half-built object."""
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:
        msg = f"{cls.__name__} has the fields {fields}, not {names}"
        raise TypeError(msg)
    return tuple(cls.__dict__[name].__set__ for name in names)


_SET_PARAGRAPH: Final = _setters(
    Paragraph, ("text", "label", "label_prefix", "kind", "marker", "quotes", "attributions", "span")
)
_SET_SECTION: Final = _setters(Section, ("label", "paragraphs"))
_SET_SPAN: Final = _setters(Span, ("start", "end"))
_SET_QUOTE: Final = _setters(Quote, ("text", "partial", "attribution", "span"))
_SET_ATTRIBUTION: Final = _setters(
    Attribution,
    (
        "source",
        "cue",
        "kind",
        "named",
        "count",
        "name",
        "role",
        "resolved",
        "content",
        "rule",
        "source_span",
        "cue_span",
        "span",
        "content_spans",
    ),
)


def trusted_paragraph(
    *,
    text: str,
    label: str | None,
    label_prefix: str | None,
    kind: ParagraphKind,
    marker: str | None,
    quotes: tuple[Quote, ...],
    attributions: tuple[Attribution, ...],
    span: Span | None,
) -> Paragraph:
    """``Paragraph(...)`` without its four validators."""
    set_text, set_label, set_prefix, set_kind, set_marker, set_quotes, set_attributions, set_span = _SET_PARAGRAPH
    paragraph = _new(Paragraph)
    set_text(paragraph, text)
    set_label(paragraph, label)
    set_prefix(paragraph, label_prefix)
    set_kind(paragraph, kind)
    set_marker(paragraph, marker)
    set_quotes(paragraph, quotes)
    set_attributions(paragraph, attributions)
    set_span(paragraph, span)
    return paragraph


def trusted_section(label: str | None, paragraphs: tuple[Paragraph, ...]) -> Section:
    """``Section(...)`` without its validators, for paragraphs whose first carries ``label``."""
    set_label, set_paragraphs = _SET_SECTION
    section = _new(Section)
    set_label(section, label)
    set_paragraphs(section, paragraphs)
    return section


def trusted_quote(text: str, partial: bool, attribution: Attribution | None, span: Span | None) -> Quote:
    """``Quote(...)`` without its validator."""
    set_text, set_partial, set_attribution, set_span = _SET_QUOTE
    quote = _new(Quote)
    set_text(quote, text)
    set_partial(quote, partial)
    set_attribution(quote, attribution)
    set_span(quote, span)
    return quote


def trusted_attribution(
    *,
    source: str,
    cue: str,
    kind: AttributionKind,
    named: bool | None,
    count: int | None,
    name: str | None,
    role: str | None,
    resolved: str | None,
    content: str | None = None,
    rule: str,
    source_span: Span | None,
    cue_span: Span | None,
    span: Span | None,
    content_spans: tuple[Span, ...] = (),
) -> Attribution:
    """``Attribution(...)`` without its six validators."""
    (
        set_source,
        set_cue,
        set_kind,
        set_named,
        set_count,
        set_name,
        set_role,
        set_resolved,
        set_content,
        set_rule,
        set_source_span,
        set_cue_span,
        set_span,
        set_content_spans,
    ) = _SET_ATTRIBUTION
    attribution = _new(Attribution)
    set_source(attribution, source)
    set_cue(attribution, cue)
    set_kind(attribution, kind)
    set_named(attribution, named)
    set_count(attribution, count)
    set_name(attribution, name)
    set_role(attribution, role)
    set_resolved(attribution, resolved)
    set_content(attribution, content)
    set_rule(attribution, rule)
    set_source_span(attribution, source_span)
    set_cue_span(attribution, cue_span)
    set_span(attribution, span)
    set_content_spans(attribution, content_spans)
    return attribution


def trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``, in less than half the time: where the bounds are valid
    this fills the two slots directly, skipping the keyword call of the generated
    ``__init__``; where they are not it calls ``Span(...)``, which raises as always. The parser
    makes some fifty spans an article, the HTML reader and the JSON reader theirs, all here
    (this module is compiled in the compiled build, ``_diagnostics.py`` with the attrs
    classes is not)."""
    if not 0 <= start <= end:
        return Span(start=start, end=end)
    set_start, set_end = _SET_SPAN
    span = _new(Span)
    set_start(span, start)
    set_end(span, end)
    return span
