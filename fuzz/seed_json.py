"""Write the corpus articles as newsdoc JSON into a folder, as the starting corpus of ``fuzz_from_json.py``.

.venv/bin/python fuzz/seed_json.py fuzz/corpus/json
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: seed_json.py FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for source in SOURCES:
        for path in sorted(source.glob("*.txt")):
            data = newsdoc.to_json(newsdoc.parse(path.read_bytes().decode("utf-8"))).encode("utf-8")
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
