"""``newsdoc check``: every diagnostic as ``path:line:col: CODE message``, lint-style."""

from __future__ import annotations

import argparse

from newsdoc._cli.console import Console
from newsdoc._cli.inputs import add_files_argument, add_sourcing_argument, article_of
from newsdoc._diagnostics import Severity
from newsdoc._printable import printable

__all__ = ["register"]

_DESCRIPTION = """\
Parse articles and print what the parser noticed, one diagnostic a line:
PATH:LINE:COL: CODE message. The exit status is 1 when some diagnostic is an error
(with --strict, an error or a warning), 2 when an input could not be read, else 0.
With --no-sourcing only the layout is checked: no quote diagnostic (ND2xx) is made.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` command."""
    cmd = commands.add_parser("check", help="report the diagnostics of articles", description=_DESCRIPTION)
    add_files_argument(cmd)
    cmd.add_argument("--strict", action="store_true", help="count warnings as well as errors in the exit status")
    cmd.add_argument("--show-source", action="store_true", help="show the source line with a caret under each problem")
    add_sourcing_argument(cmd, "check the layout only: no quote diagnostic (ND2xx) is made")
    cmd.set_defaults(run=run, command_parser=cmd)


def run(args: argparse.Namespace, console: Console) -> int:
    """Print the diagnostics of every input; the exit status counts errors (and, strictly, warnings)."""
    files: list[str] = args.files
    counted = {Severity.ERROR, Severity.WARNING} if args.strict else {Severity.ERROR}
    show_source: bool = args.show_source
    found = False
    for item, text in console.articles(files, "check", args.encoding):
        article = article_of(item, text, sourcing=args.sourcing)
        lines = []
        for diagnostic in article.diagnostics:
            shown = diagnostic.render(text) if show_source else printable(str(diagnostic))
            lines.append(f"{printable(item.name)}:{shown}\n")
            found = found or diagnostic.severity in counted
        if lines:
            console.out("".join(lines))
    return console.status(findings=found)
