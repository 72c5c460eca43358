"""``locate``: where quotes and attributions stand in a paragraph, the same as a plain search finds them.

The oracle below is the direct reading of the rules (every occurrence of every source and
cue, checked against every quote); ``locate`` must agree with it on any paragraph, and its
work must grow with the paragraph, not with the product of its marks.
"""

from __future__ import annotations

import timeit

from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Attribution, AttributionKind, Paragraph, Quote
from newsdoc._write._parts import Located, locate

from _support import corpus_files, read

Range = tuple[int, int]


def _occurrences(text: str, needle: str, pos: int, avoid: list[Range]) -> list[Range]:
    out: list[Range] = []
    at = text.find(needle, pos) if needle else -1
    while at >= 0:
        end = at + len(needle)
        whole = not (at > 0 and text[at - 1].isalnum() and needle[0].isalnum()) and not (
            end < len(text) and text[end].isalnum() and needle[-1].isalnum()
        )
        if whole and not any(a < end and at < b for a, b in avoid):
            out.append((at, end))
        at = text.find(needle, at + 1)
    return out


def _nearest(hits: list[Range], source: Range) -> Range | None:
    def distance(h: Range) -> tuple[int, int]:
        return (h[0] - source[1], 0) if h[0] >= source[1] else (source[0] - h[1], 1)

    return min(hits, key=distance) if hits else None


def oracle(paragraph: Paragraph) -> list[Located]:
    """The rules of :func:`locate`, read directly."""
    text = paragraph.text
    found: list[Located] = []
    quotes: list[Range] = []
    pos = 0
    for quote in paragraph.quotes:
        at = text.find(quote.text, pos) if quote.text else -1
        if at >= 0:
            quotes.append((at, at + len(quote.text)))
            found.append((at, at + len(quote.text), quote, "quote"))
            pos = at + len(quote.text)
    pos = 0
    for attribution in paragraph.attributions:
        sources = _occurrences(text, attribution.source, pos, quotes)
        if not sources:
            continue
        source = sources[0]
        cue = _nearest(_occurrences(text, attribution.cue, pos, [*quotes, source]), source)
        if cue is None:
            found += [(*source, attribution, "attribution"), (*source, attribution, "source")]
            pos = source[1]
            continue
        start, end = min(source[0], cue[0]), max(source[1], cue[1])
        found.append((start, end, attribution, "attribution"))
        found += [(*source, attribution, "source"), (*cue, attribution, "cue")]
        pos = end
    depth = {"attribution": 0, "quote": 1, "source": 2, "cue": 2}
    found.sort(key=lambda m: (m[0], -m[1], depth[m[3]]))
    return found


# Few words, so that sources, cues and quotes occur many times over, inside and outside quotes.
_WORDS = st.sampled_from(["he", "she", "said", "he said", '"', "the", "a", ",", "x"])
_PHRASES = st.lists(_WORDS, min_size=0, max_size=3).map(" ".join)


@st.composite
def crowded_paragraphs(draw: st.DrawFn) -> Paragraph:
    """A paragraph of a few words repeated, with quotes and attributions made of the same words."""
    text = " ".join(draw(st.lists(_WORDS, max_size=40)))
    attributions = tuple(
        Attribution(source=draw(_PHRASES), cue=draw(_PHRASES), kind=AttributionKind.SAID, rule="source-verb")
        for _ in range(draw(st.integers(0, 5)))
    )
    quotes = tuple(Quote(text=draw(_PHRASES)) for _ in range(draw(st.integers(0, 4))))
    return Paragraph(text=text, quotes=quotes, attributions=attributions)


@given(crowded_paragraphs())
def test_locate_agrees_with_the_direct_reading_of_its_rules(paragraph: Paragraph) -> None:
    """Same ranges, nodes and parts, in the same order, as every occurrence checked against every quote."""
    assert locate(paragraph) == oracle(paragraph)


def test_locate_agrees_on_every_corpus_paragraph() -> None:
    """On every paragraph the parser makes of the corpus, locate finds what the direct reading finds."""
    paragraphs = [p for path in corpus_files() for p in newsdoc.parse(read(path)).paragraphs]
    assert sum(len(p.attributions) for p in paragraphs) > 1000
    for paragraph in paragraphs:
        assert locate(paragraph) == oracle(paragraph), paragraph.text


def _crowded(times: int) -> Paragraph:
    """``times`` quotes, each with its attribution, then ``he`` written 100 times as often."""
    quote = "We will win this fight, and we will do it soon,"
    attribution = Attribution(source="he", cue="said", kind=AttributionKind.SAID, rule="source-verb")
    text = f'"{quote}" he said. ' * times + "he " * (100 * times)
    return Paragraph(text=text, quotes=(Quote(text=quote),) * times, attributions=(attribution,) * times)


def _best(paragraph: Paragraph) -> float:
    return min(timeit.repeat(lambda: locate(paragraph), number=1, repeat=5))


def test_locate_grows_with_the_paragraph_not_with_its_marks_squared() -> None:
    """Ten times the quotes, attributions and text cost about ten times as much, far from the 1,000x of a cubic search.

    The bound is 100x: a linear search stays near 10x on any machine, the old search was
    past 500x, so neither load nor noise can move one across it.
    """
    small, large = _crowded(5), _crowded(50)
    assert len(locate(large)) == 50 * 4
    assert _best(large) / _best(small) < 100
