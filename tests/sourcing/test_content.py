"""Content: what each attribution credits, across paragraphs, on the corpora, and its bounds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Article, AttributionKind
from newsdoc._parse.sourcing.asides import adverbial_after

from _support import SHARED, corpus_files, read

POLNEAR_DEV = sorted((SHARED / "polnear" / "data" / "dev").glob("*.txt"))


def _normalised(text: str) -> str:
    """``text`` as the model's strings read it: zero-width characters left out, a no-break space a
    space, and a line break inside a paragraph a space."""
    return _LINE_BREAK.sub(" ", _ZERO_WIDTH.sub("", text))


_ZERO_WIDTH = re.compile("[\u200b\ufeff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\xa0]")


def article(*paragraphs: str) -> Article:
    """An article whose lede and paragraphs are the given texts."""
    return newsdoc.parse(" date 2024-05-01 " + "\n\n".join(paragraphs) + "\n\n")


def test_a_quote_carried_over_paragraphs_is_content_in_pieces() -> None:
    """A quote that runs on into the next paragraph is one content of two pieces, one a paragraph."""
    text = (
        ' date 2024-05-01 Lede.\n\n"We will balance it," the mayor said. "Then we cut taxes.\n\n"And then we rest."\n\n'
    )
    art = newsdoc.parse(text)
    (said,) = art.attributions
    assert [text[s.start : s.end] for s in said.content_spans] == [
        "We will balance it,",
        "Then we cut taxes.",
        "And then we rest.",
    ]
    assert said.content == "We will balance it, Then we cut taxes. And then we rest."


def test_content_is_read_from_the_text_as_written_under_paired_apostrophes() -> None:
    """In New York Times copy (``''`` for a quotation mark) the content is the quoted words as written."""
    text = "The budget is balanced at last, the mayor said. ''We did it,'' she added."
    art = newsdoc.parse(text)
    said, added = art.attributions
    assert said.content == "The budget is balanced at last"
    assert added.content == "We did it,"
    assert [text[s.start : s.end] for s in added.content_spans] == ["We did it,"]


def test_content_is_in_equality_and_its_spans_are_not() -> None:
    """Two attributions with the same content compare equal wherever it stands; other content differs."""
    one = article("Lede.", "The budget is balanced, the mayor said.").attributions[0]
    two = article("Lede.", "Intro here.", "The budget is balanced, the mayor said.").attributions[0]
    other = article("Lede.", "The budget is late, the mayor said.").attributions[0]
    assert one.content_spans != two.content_spans
    assert one == two
    assert one != other


@pytest.mark.parametrize("path", [*corpus_files(), *POLNEAR_DEV], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_content_spans_hold_the_content_and_never_its_own_source_or_cue(path: Path) -> None:
    """On every corpus text (Axios and PolNeAR dev): the spans slice the content's pieces, in order,
    inside one paragraph each, never overlapping the attribution's source or cue; declined and
    unanswered have none."""
    text = read(path)
    art = newsdoc.parse(text)
    paragraphs = [p.span for p in art.paragraphs if p.span is not None]
    for a in art.attributions:
        if a.kind in (AttributionKind.DECLINED, AttributionKind.NO_RESPONSE):
            assert (a.content, a.content_spans) == (None, ())
            continue
        if a.content is None:
            assert a.content_spans == ()
            continue
        spans = a.content_spans
        assert _normalised(" ".join(text[s.start : s.end] for s in spans)) == a.content
        assert [s.start for s in spans] == sorted(s.start for s in spans)
        for s in spans:
            assert s.start < s.end
            assert any(p.start <= s.start and s.end <= p.end for p in paragraphs)
            for own in (a.source_span, a.cue_span):
                assert own is not None
                assert s.end <= own.start or own.end <= s.start, (a.source, a.cue, a.content)


def test_most_speech_attributions_of_the_corpus_have_content() -> None:
    """Content is found for nearly every attribution of speech on the Axios articles."""
    said = [
        a
        for path in sorted((SHARED / "corpus" / "articles").glob("*.txt"))
        for a in newsdoc.parse(read(path)).attributions
        if a.kind in (AttributionKind.SAID, AttributionKind.ACCORDING_TO)
    ]
    with_content = sum(a.content is not None for a in said)
    assert len(said) > 500
    assert with_content / len(said) > 0.9


@pytest.mark.parametrize("first", ["the", "Officials", "A"])
def test_a_pledge_ending_at_to_is_read_alike_whatever_opens_the_paragraph(first: str) -> None:
    """After a pledge, ``to`` with no word after it leaves nothing to read: the test of the verb
    after it reads no text before the cue, which had made the answer hang on the paragraph's
    first word."""
    text = f"{first} mayor pledged Monday to"
    at = text.index(" Monday")
    assert adverbial_after(text, at, len(text), verb="pledged", told=False, set_off=False) is True
