"""``newsdoc check``: every diagnostic as ``path:line:col: CODE message``, lint-style."""

from __future__ import annotations

import argparse
import contextlib
from functools import partial

import attrs

from newsdoc._cli.console import Console
from newsdoc._cli.inputs import Input, InputError, add_files_argument, add_sourcing_argument, article_of
from newsdoc._cli.jobs import add_jobs_argument
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
    add_jobs_argument(cmd)
    cmd.set_defaults(run=run, command_parser=cmd)


@attrs.frozen(kw_only=True)
class _Settings:
    """What checking an input depends on besides the input, the same for every one."""

    counted: frozenset[Severity]
    """The severities that count in the exit status."""
    show_source: bool
    sourcing: bool
    form: str
    """Read inputs as text, as HTML, or each as what it looks like (``--from``)."""


@attrs.frozen
class _Checked:
    """One input's report: its lines, and whether one of them counts in the exit status."""

    lines: str
    found: bool


def _check(settings: _Settings, item: Input, text: str) -> _Checked:
    """The lines ``check`` prints for one input (in a worker process under ``--jobs``)."""
    article = article_of(item, text, sourcing=settings.sourcing, form=settings.form)
    lines = []
    found = False
    for diagnostic in article.diagnostics:
        shown = diagnostic.render(text) if settings.show_source else printable(str(diagnostic))
        lines.append(f"{printable(item.name)}:{shown}\n")
        found = found or diagnostic.severity in settings.counted
    return _Checked("".join(lines), found)


def run(args: argparse.Namespace, console: Console) -> int:
    """Print the diagnostics of every input; the exit status counts errors (and, strictly, warnings)."""
    files: list[str] = args.files
    counted = {Severity.ERROR, Severity.WARNING} if args.strict else {Severity.ERROR}
    settings = _Settings(
        counted=frozenset(counted), show_source=args.show_source, sourcing=args.sourcing, form=args.form
    )
    found = False
    check = partial(_check, settings)
    with contextlib.closing(console.processed(files, "check", args.encoding, check, args.jobs)) as reports:
        for report in reports:
            if isinstance(report, InputError):
                continue
            _item, checked = report
            found = found or checked.found
            if checked.lines:
                console.out(checked.lines)
    return console.status(findings=found)
