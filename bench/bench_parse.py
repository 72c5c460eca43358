"""How fast newsdoc reads and writes articles, measured against peers on the same input.

Run from the repository root, with the ``bench`` extra installed::

    .venv/bin/python bench/bench_parse.py

One run prints, for the 148 articles of ``../shared/corpus/articles``:

- ``newsdoc.parse`` throughput, and its ratio to markdown-it-py's ``MarkdownIt().parse``
  (a general Markdown parser that does no quote work) and to a floor (splitting the
  texts into paragraphs and scanning each for quote marks with one regular expression);
- ``newsdoc.parse(..., sourcing=False)`` (the layout alone: date, paragraphs, labels,
  lists, sections) throughput, and its ratio to markdown-it-py, the like-for-like peer;
- ``to_json`` and ``from_json`` throughput;
- the memory that parsed articles hold, per character of source (tracemalloc);
- how the time of parse and of every writer grows from 1x to 10x to 100x the input;
- what hostile text (quote marks by the ten thousand, an unclosed quote before 200 KB of
  text, a label repeated 10,000 times, a 200 KB line without spaces, colons, line ends,
  markers, a long run of spaces, a paragraph crowded with quotes and attributions) costs
  parse and every writer per character, as a ratio to parsing ordinary article text of
  the same size, with the worst ratio for each (see ``_hostile.py``);
- ``parse_html`` on the corpus feed stories' HTML against ``parse`` on their text, and what
  broken and hostile HTML (unclosed and misnested tags, scripts, comments, CDATA, 10,000
  nested divs, a 1 MB text node) costs it per character (see ``_html.py``);
- the compiled build against the pure one, where a compiled build is at hand (this
  interpreter's, or ``--compiled-python``, by default ``.venv-compiled/bin/python``): parse
  and the layout alone in each, and each against markdown-it-py, every build in a child
  process of its own, the two taken in turn (the pure one is this repository's source, run
  by the same interpreter with ``PYTHONPATH`` set to it);
- ``newsdoc parse --to jsonl`` over the corpus copied 10 times (1,480 files) with ``--jobs 1``
  and ``--jobs 2``, the ratio, and the load average it was measured under; and the cookbook's
  Dask recipe over the same files against a serial loop (see ``_parallel.py``).

Times are the best of several repeats; parse, its layout alone and markdown-it-py are timed in
turn, so that the load of anything else running meets each of them alike. Each hostile case
runs in a child process with a time limit, so a pattern that backtracks shows up as a
number, not a hang.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from markdown_it import MarkdownIt

import newsdoc
from newsdoc import Article, Paragraph, Span
from newsdoc._unvalidated import trusted_attribution, trusted_paragraph, trusted_quote, trusted_section, trusted_span

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _hostile import WRITERS, hostile
from _html import hostile_html, throughput_html
from _parallel import dask_recipe, jobs_throughput

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
COMPILED_VENV_PYTHON = ROOT / ".venv-compiled" / "bin" / "python"
BUILD = "compiled" if newsdoc.COMPILED else "pure Python"
# What issue 16 asks of parse against markdown-it-py, in each build.
PARSE_GOAL = {True: 1.0, False: 0.5}
BUILD_ROUNDS = 3

# The floor: one regular expression over every paragraph for the double quote marks.
_QUOTE_MARKS = re.compile('["\u201c\u201d]')
_HEADER = " date 2023-10-16 "


def _best(run: Callable[[], object], repeats: int) -> float:
    """The shortest of ``repeats`` wall-clock times of ``run()``, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _best_of_each(runs: Sequence[Callable[[], object]], repeats: int) -> list[float]:
    """The shortest wall-clock time of each run, the runs taken in turn ``repeats`` times.

    Taken in turn, the runs of a ratio meet the same load from whatever else the machine is
    doing, so that a busy spell does not fall on one side of the ratio only.
    """
    best = [float("inf")] * len(runs)
    for _ in range(repeats):
        for k, run in enumerate(runs):
            best[k] = min(best[k], _best(run, 1))
    return best


def _parse_all(texts: Sequence[str]) -> Callable[[], object]:
    return lambda: [newsdoc.parse(t) for t in texts]


def _layout_all(texts: Sequence[str]) -> Callable[[], object]:
    return lambda: [newsdoc.parse(t, sourcing=False) for t in texts]


def _write_all(write: Callable[[Article], object], articles: Sequence[Article]) -> Callable[[], object]:
    return lambda: [write(a) for a in articles]


def _markdown_all(texts: Sequence[str]) -> Callable[[], object]:
    md = MarkdownIt()
    return lambda: [md.parse(t) for t in texts]


def _floor_all(texts: Sequence[str]) -> Callable[[], object]:
    return lambda: [[_QUOTE_MARKS.findall(p) for p in t.split("\n\n")] for t in texts]


def _span(s: Span | None) -> Span | None:
    return None if s is None else trusted_span(s.start, s.end)


def _paragraph(p: Paragraph) -> Paragraph:
    return trusted_paragraph(
        text=p.text,
        label=p.label,
        label_prefix=p.label_prefix,
        kind=p.kind,
        marker=p.marker,
        quotes=tuple(trusted_quote(q.text, q.partial, q.attribution, _span(q.span)) for q in p.quotes),
        attributions=tuple(
            trusted_attribution(
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
                source_span=_span(a.source_span),
                cue_span=_span(a.cue_span),
                span=_span(a.span),
                content_spans=tuple(trusted_span(s.start, s.end) for s in a.content_spans),
            )
            for a in p.attributions
        ),
        span=_span(p.span),
    )


def rebuild(article: Article) -> Article:
    """A new Article equal to ``article``, built from values already known the way
    :func:`newsdoc.parse` builds it (the validator-free constructors of ``newsdoc._unvalidated``
    and ``trusted_span``; a quote keeps the attribution object it had). No parse that returns
    this model this way can take less time, so it bounds the ratio to any peer."""
    return Article(
        date=article.date,
        lede=_paragraph(article.lede),
        sections=tuple(trusted_section(s.label, tuple(_paragraph(p) for p in s.paragraphs)) for s in article.sections),
        sourcing=article.sourcing,
        diagnostics=article.diagnostics,
    )


def _mb(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


def _rate(count: int, megabytes: float, seconds: float) -> str:
    return f"{count / seconds:10,.0f} articles/s  {megabytes / seconds:7.2f} MB/s"


def throughput(texts: Sequence[str], repeats: int) -> None:
    """Parse, JSON and the peers on the corpus."""
    n, mb = len(texts), _mb(texts)
    parse_s, layout_s, markdown_s = _best_of_each(
        [_parse_all(texts), _layout_all(texts), _markdown_all(texts)], repeats
    )
    floor_s = _best(_floor_all(texts), repeats)
    articles = [newsdoc.parse(t) for t in texts]
    assert [rebuild(a) for a in articles] == articles
    model_s = _best(lambda: [rebuild(a) for a in articles], repeats)
    jsons = [newsdoc.to_json(a) for a in articles]
    to_json_s = _best(lambda: [newsdoc.to_json(a) for a in articles], repeats)
    from_json_s = _best(lambda: [newsdoc.from_json(j) for j in jsons], repeats)
    json_mb = _mb(jsons)
    print(f"corpus: {n} articles, {mb:.3f} MB of UTF-8, {sum(map(len, texts)):,} characters")
    print()
    print(f"newsdoc.parse           {_rate(n, mb, parse_s)}")
    print(f"parse, layout only      {_rate(n, mb, layout_s)} (sourcing=False)")
    print(f"markdown-it-py parse    {_rate(n, mb, markdown_s)}")
    print(f"floor (split + 1 regex) {_rate(n, mb, floor_s)}")
    goal = PARSE_GOAL[newsdoc.COMPILED]
    print(f"  parse vs markdown-it-py: {markdown_s / parse_s:5.2f}x as fast (goal, {BUILD}: >= {goal:.1f}x)")
    print(f"  layout only vs markdown-it-py: {markdown_s / layout_s:5.2f}x as fast (goal: >= 3x)")
    print(f"  layout only vs parse:    {parse_s / layout_s:5.2f}x as fast ({layout_s / parse_s:.0%} of its time)")
    print(f"  parse vs the floor:      {parse_s / floor_s:5.1f}x the floor's time")
    print(f"building the model alone {model_s / n * 1e6:9.1f} µs per article, {model_s / parse_s:.0%} of parse")
    print("  (every object parse returns, built the way parse builds them, from known values;")
    print(f"  a parser that builds this model cannot beat markdown-it-py by more than {markdown_s / model_s:.2f}x)")
    print(f"to_json                 {_rate(n, json_mb, to_json_s)} (of JSON)")
    print(f"from_json               {_rate(n, json_mb, from_json_s)} (of JSON)")
    print()


def memory(texts: Sequence[str]) -> None:
    """Bytes held by the parsed articles, per character of source."""
    for t in texts[:3]:
        newsdoc.parse(t)  # warm any lazily built tables so they are not counted
    gc.collect()
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    held = [newsdoc.parse(t) for t in texts]
    gc.collect()
    after, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(map(len, texts))
    per_char = (after - before) / chars
    print(f"memory held by {len(held)} parsed articles: {after - before:,} bytes, {per_char:.2f} bytes per character")
    print("  (goal: <= 10 bytes per character)")
    print()


def _scaled(text: str, times: int) -> str:
    """The article with its body (everything after the first line) written ``times`` times."""
    first, _, body = text.partition("\n\n")
    body = body.rstrip("\n")
    return first + "\n\n" + "\n\n".join([body] * times) + "\n\n"


def scaling(texts: Sequence[str], repeats: int) -> None:
    """Time per character at 1x, 10x and 100x the input, for parse and for each writer: flat means linear."""
    sample = list(texts[:: max(1, len(texts) // 16)])[:16]
    base: dict[str, float] = {}
    print("growth (16 articles, each body repeated; µs per 1,000 chars, and as a multiple of 1x):")
    print(f"  {'':>5} {'chars':>12}  " + "  ".join(f"{name:>17}" for name in ("parse", *WRITERS)))
    for times in (1, 10, 100):
        scaled = [_scaled(t, times) for t in sample]
        chars = sum(map(len, scaled))
        rounds = repeats if times < 100 else max(1, repeats // 3)
        articles = [newsdoc.parse(t) for t in scaled]
        seconds = {"parse": _best(_parse_all(scaled), rounds)}
        for name, write in WRITERS.items():
            seconds[name] = _best(_write_all(write, articles), rounds)
        cells = []
        for name, s in seconds.items():
            per_kchar = s / chars * 1e9
            base.setdefault(name, per_kchar)
            cells.append(f"{per_kchar:8.2f} {per_kchar / base[name]:6.2f}x")
        print(f"  {times:>4}x {chars:>12,}  " + "  ".join(f"{c:>17}" for c in cells))
    print()


def time_parse(texts: Sequence[str], repeats: int) -> dict[str, object]:
    """The child's side of :func:`builds`: parse, the layout alone and markdown-it-py, timed in turn."""
    parse_s, layout_s, markdown_s = _best_of_each(
        [_parse_all(texts), _layout_all(texts), _markdown_all(texts)], repeats
    )
    return {
        "compiled": newsdoc.COMPILED,
        "file": newsdoc.__file__,
        "parse": parse_s,
        "layout": layout_s,
        "markdown": markdown_s,
    }


def _time_build(python: str, corpus: Path, repeats: int, *, pure: bool) -> dict[str, object]:
    """Time one build in a child process: the installed package of ``python``, or this repository's source."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if pure:
        env["PYTHONPATH"] = str(ROOT)
    args = [python, "-P", str(Path(__file__).resolve()), "--time-parse", "--corpus", str(corpus)]
    done = subprocess.run(
        [*args, "--repeats", str(repeats)], capture_output=True, text=True, env=env, check=True, cwd=ROOT.parent
    )
    timing: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return timing


def builds(texts: Sequence[str], corpus: Path, repeats: int, compiled_python: Path | None) -> None:
    """The compiled build against the pure one, and each against markdown-it-py, each in a child process."""
    python = str(compiled_python) if compiled_python is not None else sys.executable
    if compiled_python is None and not newsdoc.COMPILED:
        print("compiled vs pure: no compiled build at hand; build one with")
        print("  python3 -m venv .venv-compiled && NEWSDOC_MYPYC=1 .venv-compiled/bin/pip install '.[bench]'")
        print()
        return
    best: dict[bool, dict[str, float]] = {}
    for _ in range(BUILD_ROUNDS):
        for pure in (False, True):
            timing = _time_build(python, corpus, repeats, pure=pure)
            if timing["compiled"] is pure:
                print(f"compiled vs pure: {python} did not run the build it should ({timing['file']})")
                print()
                return
            side = best.setdefault(not pure, {})
            for key in ("parse", "layout", "markdown"):
                value = timing[key]
                assert isinstance(value, float)
                side[key] = min(side.get(key, float("inf")), value)
    n, mb = len(texts), _mb(texts)
    compiled, pure_ = best[True], best[False]
    print(f"compiled vs pure ({python}; each build in its own process, in turn, best of {BUILD_ROUNDS} x {repeats}):")
    print(f"  compiled parse          {_rate(n, mb, compiled['parse'])}")
    print(f"  pure parse              {_rate(n, mb, pure_['parse'])}")
    print(f"  compiled layout only    {_rate(n, mb, compiled['layout'])}")
    print(f"  pure layout only        {_rate(n, mb, pure_['layout'])}")
    print(f"  {'compiled vs pure, parse:':40}{pure_['parse'] / compiled['parse']:5.2f}x as fast")
    print(f"  {'compiled vs pure, layout only:':40}{pure_['layout'] / compiled['layout']:5.2f}x as fast")
    for name, side in (("compiled", compiled), ("pure", pure_)):
        goal = PARSE_GOAL[name == "compiled"]
        ratio = side["markdown"] / side["parse"]
        print(f"  {name + ' parse vs markdown-it-py:':40}{ratio:5.2f}x as fast (goal: >= {goal:.1f}x)")
    for name, side in (("compiled", compiled), ("pure", pure_)):
        print(f"  {name + ' layout only vs markdown-it-py:':40}{side['markdown'] / side['layout']:5.2f}x as fast")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a folder of seed-format .txt articles")
    parser.add_argument("--repeats", type=int, default=7, help="repeats per measurement; the best is kept")
    parser.add_argument("--hostile-size", type=int, default=200_000, help="characters per hostile case")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a hostile case is given up")
    parser.add_argument(
        "--copies", type=int, default=10, help="copies of the corpus that --jobs and Dask run over (default 10)"
    )
    parser.add_argument(
        "--only",
        default="throughput,builds,html,memory,scaling,hostile,jobs,dask",
        help="comma-separated parts to run (default: all of throughput,builds,html,memory,scaling,hostile,jobs,dask)",
    )
    parser.add_argument(
        "--compiled-python",
        type=Path,
        default=COMPILED_VENV_PYTHON if COMPILED_VENV_PYTHON.exists() else None,
        help="the interpreter of a venv holding the compiled build (default: .venv-compiled/bin/python if there)",
    )
    parser.add_argument("--time-parse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        print(f"no .txt articles in {args.corpus}", file=sys.stderr)
        return 2
    texts = [p.read_bytes().decode("utf-8") for p in paths]
    if args.time_parse:
        print(json.dumps(time_parse(texts, args.repeats)))
        return 0
    print(f"newsdoc {newsdoc.__version__} ({BUILD}), Python {sys.version.split()[0]}")
    parts = set(args.only.split(","))
    if "throughput" in parts:
        throughput(texts, args.repeats)
    if "builds" in parts:
        builds(texts, args.corpus, args.repeats, args.compiled_python)
    if "html" in parts:
        throughput_html(ROOT.parent / "shared" / "corpus", args.repeats)
    if "memory" in parts:
        memory(texts)
    if "scaling" in parts:
        scaling(texts, args.repeats)
    if "hostile" in parts:
        hostile_html(args.hostile_size, max(1, args.repeats // 2), args.limit)
        hostile(texts, args.hostile_size, max(1, args.repeats // 2), args.limit)
    if "jobs" in parts:
        jobs_throughput(args.corpus, max(1, args.repeats // 2), args.copies)
    if "dask" in parts:
        dask_recipe(args.corpus, max(1, args.repeats // 2), args.copies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
