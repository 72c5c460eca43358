"""Paths and helpers shared by the test modules."""

from __future__ import annotations

from pathlib import Path

from newsdoc._parse.sourcing.rules import RULES as PARSER_RULES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = SEEDS / "000_4fd815950c55ca6a.txt"

RULES = frozenset(rule.name for rule in PARSER_RULES)
"""Every rule name an Attribution can carry: the names of the parser's rule table."""


def corpus_files() -> list[Path]:
    """Every article the text round trip must reproduce: the seeds and both corpus variants."""
    files = sorted(SEEDS.glob("*.txt"))
    files += sorted((CORPUS / "articles").glob("*.txt"))
    files += sorted((CORPUS / "bulleted").glob("*.txt"))
    return files


def read(path: Path) -> str:
    """A file's text exactly as stored: no newline translation."""
    return path.read_bytes().decode("utf-8")


def as_version_1(document: object) -> dict[str, object]:
    """A newsdoc JSON document of version 2 as a newsdoc of version 1 wrote it: no attribution has
    ``content`` or ``content_spans``, and the version is 1."""

    def strip(node: object) -> object:
        if isinstance(node, dict):
            added = ("content", "content_spans") if "cue" in node else ()  # an attribution has a cue
            return {k: strip(v) for k, v in node.items() if k not in added}
        return [strip(v) for v in node] if isinstance(node, list) else node

    old = strip(document)
    assert isinstance(old, dict)
    assert old["version"] == 2
    return {**old, "version": 1}
