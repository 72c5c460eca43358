"""The feed stories of the shared corpus as HTML, and a reader of the text that markup shows."""

from __future__ import annotations

import csv
import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

from _support import CORPUS, read

HTML_FILES = sorted((CORPUS / "html").glob("*.html"))
"""The publisher's HTML of the 131 corpus stories taken from the feed."""

_SPACES = re.compile(r"\s+")


def manifest_dates() -> dict[str, datetime.date]:
    """The date of each corpus story from MANIFEST.tsv, by file stem."""
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as rows:
        return {
            Path(row["file"]).stem: datetime.date.fromisoformat(row["date"])
            for row in csv.DictReader(rows, delimiter="\t")
        }


def bulleted(html_file: Path) -> str:
    """The corpus conversion of ``html_file``: its bulleted text file."""
    return read(CORPUS / "bulleted" / f"{html_file.stem}.txt")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def shown(markup: str) -> str:
    """The text ``markup`` shows: tags removed, entities decoded, white space collapsed and trimmed."""
    reader = _Text()
    reader.feed(markup)
    reader.close()
    return _SPACES.sub(" ", "".join(reader.parts)).strip()
