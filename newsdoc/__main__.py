"""``python -m newsdoc``: the command line (see ``newsdoc --help``)."""

from __future__ import annotations

from newsdoc._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
