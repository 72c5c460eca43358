"""The benchmark's hostile section: what pathological text costs parse and each writer, per character and paragraph.

Each case is parsed and written by every writer in a child process with a time limit, so
that a pattern that backtracks, or a writer that is quadratic, shows up as a number and
not as a hang. Every cost is a ratio to what parse takes per character of ordinary
article text of the same size, so parse and the writers are measured on one scale; and,
since a text of paragraphs a few characters long costs what its paragraphs cost, also a ratio
to ordinary text with as many characters or as many paragraphs, whichever costs more.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection

import newsdoc
from newsdoc import Article

__all__ = ["WRITERS", "hostile", "hostile_cases", "ordinary"]

_HEADER = " date 2023-10-16 "
_URI = "urn:newsdoc:bench"

WRITERS: dict[str, Callable[[Article], object]] = {
    "to_text": newsdoc.to_text,
    "to_json": newsdoc.to_json,
    "to_markdown": newsdoc.to_markdown,
    "to_html": newsdoc.to_html,
    "to_ninjs": lambda a: json.dumps(newsdoc.to_ninjs(a, uri=_URI), ensure_ascii=False),
    "to_jsonld": lambda a: json.dumps(newsdoc.to_jsonld(a, url=_URI), ensure_ascii=False),
}
"""Every writer, as the command line calls it (ninjs and JSON-LD serialised)."""


def _best(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def ordinary(texts: Sequence[str], size: int) -> str:
    """Article text of about ``size`` characters: corpus paragraphs under one header."""
    paragraphs: list[str] = []
    total = 0
    while total < size:
        for t in texts:
            for p in t.split("\n\n")[1:]:
                if p.strip():
                    paragraphs.append(p)
                    total += len(p) + 2
                if total >= size:
                    break
            if total >= size:
                break
    return _HEADER + "Lede.\n\n" + "\n\n".join(paragraphs) + "\n\n"


def hostile_cases(plain: str, size: int) -> dict[str, str]:
    """Pathological texts of about ``size`` characters, by name."""
    lede = _HEADER + "Lede.\n\n"
    body = plain[len(lede) :]

    def fill(piece: str, prefix: str = lede) -> str:
        return prefix + piece * max(1, (size - len(prefix)) // len(piece))

    return {
        "straight quote marks": fill('"'),
        "curly quote marks": fill("\u201c\u201d"),
        "mixed quote marks": fill("\u201c\"\u201d\u201e\u00ab\u00bb'\u2018\u2019 "),
        "quote marks as words": fill('"a" \u201cb\u201d \u201dc\u201c '),
        "unclosed quote, then text": lede + 'He said "' + body,
        "unclosed quote, one line": lede + 'He said "' + body.replace("\n", " "),
        "label x10,000 in a line": fill("Why it matters: "),
        "label x10,000 paragraphs": fill("Why it matters: x\n\n"),
        "bold label x10,000": fill("**Zoom in:** "),
        "line without spaces": fill("x"),
        "capitals without spaces": fill("A"),
        "digits without spaces": fill("1"),
        "periods": fill("."),
        "a cue, then periods": fill(".", lede + "He said "),
        "said x10,000": fill(" he said"),
        "commas in a relative clause": lede + "The mayor, who said " + fill("a, b ", "") + "left.\n\n",
        "according to x10,000": fill("according to "),
        "colons": fill(":"),
        "word and colon": fill("Word: "),
        "emoji before a label": fill("\U0001f9e0", lede + "\n\n") + "x",
        "numbers before a label": fill("1. ", lede + "\n\n") + "x",
        "spaces in the header": " date" + " " * size + "x",
        "digits in the header": "date " + "1" * size + "\u2003",
        "LF only": fill("\n"),
        "CR only": fill("\r"),
        "CRLF only": fill("\r\n"),
        "blank lines of spaces": fill(" \n"),
        "list markers": fill("* a\n"),
        "zero-width spaces": fill("\u200b"),
        "NUL characters": fill("\x00"),
        "bidi controls": fill("\u202e\u2066a\u2069\u202c "),
        "spaces inside a line": lede + "a" + " " * size + "b\n\n",
        "quotes, then he x10,000": lede
        + '"We will win this fight, and we will do it soon," he said. ' * max(1, size // 600)
        + "he " * max(1, size // 6)
        + "\n\n",
        '"Yes," he said. per paragraph': fill('"Yes," he said.\n\n'),
        "He said so. per paragraph": fill("He said so.\n\n"),
        "unbalanced quote per paragraph": fill('He said "so.\n\n'),
        "- lines alone": fill("-\n"),
        "123) items": fill("123) item\n"),
    }


def _writing(write: Callable[[Article], object], article: Article) -> Callable[[], object]:
    return lambda: write(article)


def _time_in_child(text: str, repeats: int, out: Connection) -> None:
    seconds = {"parse": _best(lambda: newsdoc.parse(text), repeats)}
    article = newsdoc.parse(text)
    for name, write in WRITERS.items():
        seconds[name] = _best(_writing(write, article), repeats)
    timeouts = sum(d.code == "ND901" for d in article.diagnostics)
    out.send((seconds, timeouts, len(article.paragraphs)))
    out.close()


def _timed(text: str, repeats: int, limit: float) -> tuple[dict[str, float], int, int] | None:
    """(best time of parse and each writer, ND901 count, paragraphs) for ``text`` in a child
    process; None past ``limit`` s."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_time_in_child, args=(text, repeats, send))
    child.start()
    send.close()
    result: tuple[dict[str, float], int, int] | None = receive.recv() if receive.poll(limit) else None
    child.join(0 if result is None else None)
    if child.is_alive():
        child.kill()
        child.join()
    return result


def hostile(texts: Sequence[str], size: int, repeats: int, limit: float) -> None:
    """The cost per character of each hostile case for parse and each writer, as a ratio to parsing ordinary text."""
    plain = ordinary(texts, size)
    seconds_plain = _best(lambda: newsdoc.parse(plain), repeats)
    base = seconds_plain / len(plain)
    paragraphs_plain = len(newsdoc.parse(plain).paragraphs)
    base_paragraph = seconds_plain / paragraphs_plain
    names = ["parse", *WRITERS]
    print(f"hostile input, about {size:,} characters each; ordinary text: {base * 1e9:.2f} µs per 1,000 chars")
    print("  (each cost per character as a multiple of parse on ordinary text; goal: <= 3x; ND901: pattern time-outs)")
    print(f"  {'case':<30} {'chars':>9}  " + " ".join(f"{n:>11}" for n in names) + "  ND901")
    worst: dict[str, tuple[float, str]] = {}
    worst_unit: dict[str, tuple[float, str]] = {}
    for name, text in hostile_cases(plain, size).items():
        result = _timed(text, repeats, limit)
        if result is None:
            print(f"  {name:<30} {len(text):>9,}  did not finish in {limit:.0f} s")
            for n in names:
                worst[n] = worst_unit[n] = (float("inf"), name)
            continue
        seconds, timeouts, paragraphs = result
        ratios = {n: seconds[n] / len(text) / base for n in names}
        for n, ratio in ratios.items():
            if ratio > worst.get(n, (-1.0, ""))[0]:
                worst[n] = (ratio, name)
            # ordinary text as long, or with as many paragraphs, whichever costs more
            per_unit = seconds[n] / max(len(text) * base, paragraphs * base_paragraph)
            if per_unit > worst_unit.get(n, (-1.0, ""))[0]:
                worst_unit[n] = (per_unit, name)
        print(f"  {name:<30} {len(text):>9,}  " + " ".join(f"{ratios[n]:10.2f}x" for n in names) + f"  {timeouts}")
    print("worst hostile ratio (goal: <= 3x):")
    for n in names:
        ratio, case = worst.get(n, (float("nan"), "-"))
        print(f"  {n:<12} {ratio:8.2f}x  {case}")
    average = len(plain) / paragraphs_plain
    print(
        "worst hostile cost against parse on ordinary text as long or with as many paragraphs, whichever"
        f" costs more (an ordinary paragraph: {average:.0f} characters, {base_paragraph * 1e6:.1f} µs):"
    )
    for n in names:
        ratio, case = worst_unit.get(n, (float("nan"), "-"))
        print(f"  {n:<12} {ratio:8.2f}x  {case}")
    print()
