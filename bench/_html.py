"""The benchmark's HTML part: parse_html against parse on the same stories, and hostile HTML.

``throughput_html`` times ``parse_html`` on the publisher's HTML of the corpus feed stories
against ``parse`` on their text (``../shared/corpus/bulleted``), the goal being at most 2x.
``hostile_html`` times ``parse_html`` on broken and pathological HTML, per character, as a
ratio to ``parse_html`` on ordinary article HTML of the same size, each case in a child
process with a time limit.
"""

from __future__ import annotations

import csv
import datetime
import gc
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import newsdoc

__all__ = ["hostile_html", "throughput_html"]

_DAY = datetime.date(2023, 10, 16)
_PARAGRAPH = '<p><strong>Why it matters: </strong>The deal, <a href="x">two officials</a> said, &quot;holds&quot;.</p>'


def _best(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _stories(corpus: Path) -> list[tuple[str, datetime.date, str]]:
    """(HTML, date, bulleted text) of every feed story of the corpus."""
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8", newline="") as rows:
        dates = {
            Path(r["file"]).stem: datetime.date.fromisoformat(r["date"]) for r in csv.DictReader(rows, delimiter="\t")
        }
    return [
        (
            path.read_text(encoding="utf-8"),
            dates[path.stem],
            (corpus / "bulleted" / f"{path.stem}.txt").read_text(encoding="utf-8"),
        )
        for path in sorted((corpus / "html").glob("*.html"))
    ]


def throughput_html(corpus: Path, repeats: int) -> None:
    """parse_html on the feed stories' HTML against parse on the same stories' text."""
    stories = _stories(corpus)
    if not stories:
        print(f"no HTML stories in {corpus / 'html'}")
        return
    html_s = _best(lambda: [newsdoc.parse_html(h, date=d) for h, d, _ in stories], repeats)
    text_s = _best(lambda: [newsdoc.parse(t) for _, _, t in stories], repeats)
    n = len(stories)
    print(f"parse_html on {n} feed stories: {html_s / n * 1e3:.2f} ms per story")
    print(f"parse on their text:        {text_s / n * 1e3:.2f} ms per story")
    print(f"  parse_html vs parse: {html_s / text_s:5.2f}x parse's time (goal: <= 2x)")
    print()


def hostile_cases(size: int) -> dict[str, str]:
    """Broken and pathological HTML, by name, about ``size`` characters (the text node 5x that)."""

    def fill(piece: str, before: str = "", after: str = "") -> str:
        return before + piece * max(1, size // len(piece)) + after

    nested = max(1, size // 20)
    return {
        "unclosed tags": fill("<p>a <b>b <i>c <em>d "),
        "misnested tags": fill("<p>a <b>b <i>c</b> d</i></p>"),
        "script inside p": fill("<p>a <script>if (a<b) {x = '</p><p>'}</script> b</p>"),
        "comments": fill("<p>a<!-- <p>not</p> -->b</p>"),
        "unclosed comment": "<p>a</p><!--" + "x" * size,
        "CDATA sections": fill("<p>a<![CDATA[ <p>x</p> ]]>b</p>"),
        "unknown marked sections": fill("<![foo[ x ]]><p>a</p>"),
        f"{nested:,} nested divs": "<div>" * nested + _PARAGRAPH + "</div>" * nested,
        "attributes with quotes and entities": fill(
            '<p title=\'a "b" &amp; c\' data-x="it\'s &quot;q&quot;">a &lt; b</p>'
        ),
        "entities": fill("&amp;&#8220;&#x201D;&nbsp;&bogus;"),
        "one text node": "<p>" + "word " * max(1, size) + "</p>",
        "lone angle brackets": fill("< a "),
        "end tags without start tags": fill("</div></p></li></b>"),
    }


def _time_in_child(html: str, repeats: int, out: Connection) -> None:
    out.send(_best(lambda: newsdoc.parse_html(html, date=_DAY), repeats))
    out.close()


def _timed(html: str, repeats: int, limit: float) -> float | None:
    """The best time of parse_html on ``html`` in a child process; None past ``limit`` seconds."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_time_in_child, args=(html, repeats, send))
    child.start()
    send.close()
    result: float | None = receive.recv() if receive.poll(limit) else None
    child.join(0 if result is None else None)
    if child.is_alive():
        child.kill()
        child.join()
    return result


def hostile_html(size: int, repeats: int, limit: float) -> None:
    """The cost per character of parse_html on each hostile case, as a ratio to ordinary HTML."""
    plain = _PARAGRAPH * max(1, size // len(_PARAGRAPH))
    base = _best(lambda: newsdoc.parse_html(plain, date=_DAY), repeats) / len(plain)
    print(f"hostile HTML; parse_html on ordinary HTML: {base * 1e9:.2f} µs per 1,000 chars")
    print("  (cost per character as a multiple of that: flat means linear)")
    worst = (0.0, "-")
    for name, html in hostile_cases(size).items():
        seconds = _timed(html, repeats, limit)
        if seconds is None:
            print(f"  {name:<36} {len(html):>10,}  did not finish in {limit:.0f} s")
            worst = (float("inf"), name)
            continue
        ratio = seconds / len(html) / base
        worst = max(worst, (ratio, name))
        print(f"  {name:<36} {len(html):>10,}  {ratio:8.2f}x")
    print(f"  worst: {worst[0]:.2f}x ({worst[1]})")
    print()
