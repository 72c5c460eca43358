"""Check that the compiled build writes exactly what the pure source writes, on every text we have.

Run it with the interpreter of a venv that holds the compiled build (``NEWSDOC_MYPYC=1 pip
install .``, see docs/performance.md), from the repository root::

    .venv-compiled/bin/python bench/compare_builds.py

It runs two child processes with that interpreter: one imports the installed (compiled)
package, the other the pure source of this repository (``PYTHONPATH`` set to its root).
Each reads every ``*.txt`` of ``../shared/corpus/articles``, ``../shared/corpus/bulleted``
and ``../shared/polnear/data/train`` and every page of ``../shared/corpus/html``, and
prints, per file, a digest of everything newsdoc makes of it: ``to_json`` of the full parse
and of the layout-only parse, the diagnostics, and the text, Markdown, HTML, ninjs and
JSON-LD writers. The two lists must be equal, file by file. It prints how many texts were
compared and exits 1 if any differs (naming each), or if either side is not the build it
should be. ``tests/test_compiled.py`` runs it in the compiled test run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEXT_FOLDERS = (
    SHARED / "corpus" / "articles",
    SHARED / "corpus" / "bulleted",
    SHARED / "polnear" / "data" / "train",
)
HTML_FOLDER = SHARED / "corpus" / "html"
_URI = "urn:newsdoc:compare"


def inputs() -> Iterator[tuple[str, Path]]:
    """Every input compared, with its kind (``text`` or ``html``), in a fixed order."""
    for folder in TEXT_FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            yield "text", path
    for path in sorted(HTML_FOLDER.glob("*.html")):
        yield "html", path


def _digest(kind: str, source: str) -> str:
    """A digest of every output of one input (imports newsdoc: run in the child)."""
    import newsdoc  # noqa: PLC0415 (the child picks which newsdoc by its sys.path)

    read = newsdoc.parse if kind == "text" else newsdoc.parse_html
    article = read(source)
    layout = read(source, sourcing=False)
    outputs = [
        newsdoc.to_json(article),
        newsdoc.to_json(layout),
        repr(article.diagnostics),
        newsdoc.to_text(article),
        newsdoc.to_markdown(article),
        newsdoc.to_html(article),
        json.dumps(newsdoc.to_ninjs(article, uri=_URI), ensure_ascii=False),
        json.dumps(newsdoc.to_jsonld(article, url=_URI), ensure_ascii=False),
    ]
    digest = hashlib.sha256()
    for output in outputs:
        digest.update(output.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def dump() -> None:
    """The child's side: which build runs, then one ``name digest`` line per input."""
    import newsdoc  # noqa: PLC0415

    print(json.dumps({"compiled": newsdoc.COMPILED, "file": newsdoc.__file__}))
    for kind, path in inputs():
        source = path.read_bytes().decode("utf-8")
        print(f"{path.relative_to(SHARED)}\t{_digest(kind, source)}")


def _run(python: str, *, pure: bool) -> tuple[dict[str, object], list[str]]:
    """Run the dump with ``python``: on the pure source of this repository, or on the installed package."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if pure:
        env["PYTHONPATH"] = str(ROOT)
    # -P: neither the script's folder nor the working folder goes on sys.path, so the
    # installed package is the one imported unless PYTHONPATH names the source.
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [python, "-P", str(Path(__file__).resolve()), "--dump"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=cwd,
            check=False,
        )
    if done.returncode != 0:
        side = "the pure source" if pure else "the installed package"
        raise SystemExit(f"reading with {side} failed:\n{done.stderr}")
    head, *lines = done.stdout.splitlines()
    return json.loads(head), lines


def compare(python: str) -> int:
    """Compare the compiled package installed for ``python`` with the pure source; 0 when identical."""
    compiled_build, compiled = _run(python, pure=False)
    pure_build, pure = _run(python, pure=True)
    status = 0
    if compiled_build["compiled"] is not True:
        print(f"not a compiled build: {compiled_build['file']}")
        status = 1
    if pure_build["compiled"] is not False or Path(str(pure_build["file"])).resolve().parent != ROOT / "newsdoc":
        print(f"not the pure source of {ROOT}: {pure_build['file']}")
        status = 1
    names = [line.split("\t")[0] for line in pure]
    if names != [line.split("\t")[0] for line in compiled]:
        print("the two builds did not read the same inputs")
        return 1
    differ = [name for name, a, b in zip(names, compiled, pure, strict=True) if a != b]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names)} texts compared ({compiled_build['file']} against {pure_build['file']}): ", end="")
    print(f"{len(differ)} differ" if differ else "identical output, byte for byte")
    return 1 if differ else status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--python", default=sys.executable, help="the interpreter of the compiled venv (default: this one)"
    )
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump:
        dump()
        return 0
    return compare(args.python)


if __name__ == "__main__":
    sys.exit(main())
