"""Write the starting corpus for fuzz_parse.py: the seed articles and the shared corpus.

Each file is written with a leading zero byte, which fuzz_parse.py reads as "UTF-8 follows",
so the fuzzer starts from real articles and mutates them::

    .venv/bin/python fuzz/seed_corpus.py fuzz/corpus
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = (ROOT / "seeds", CORPUS / "articles", CORPUS / "bulleted")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: seed_corpus.py DIRECTORY", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            data = b"\x00" + path.read_bytes()
            target = out / f"seed-{hashlib.sha1(data).hexdigest()}"
            if not target.exists():
                target.write_bytes(data)
                written += 1
    print(f"{written} new seed inputs in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
