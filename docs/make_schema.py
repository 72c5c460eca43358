"""Write docs/_static/newsdoc.schema.json from newsdoc.json_schema(); tests/test_schema.py checks it is current."""

from __future__ import annotations

import json
from pathlib import Path

import newsdoc

TARGET = Path(__file__).resolve().parent / "_static" / "newsdoc.schema.json"


def render() -> str:
    """The schema file's text: the schema as indented JSON, with a final newline."""
    return json.dumps(newsdoc.json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
