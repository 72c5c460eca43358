"""``newsdoc``: the command line's entry point and its commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsdoc import __version__
from newsdoc._build import build_name
from newsdoc._cli import cmd_check, cmd_parse, cmd_stats
from newsdoc._cli.console import EXIT_FAILURE, Console
from newsdoc._cli.inputs import STDIN
from newsdoc._cli.interrupts import interrupts_ignored
from newsdoc._cli.jobs import WorkerLostError
from newsdoc._cli.output import discard_pending

__all__ = ["main"]

_EXIT_INTERRUPTED = 130
_DESCRIPTION = "Read Smart Brevity news articles, check them, count what they hold and write them out again."
_EPILOG = """\
exit status: 0 when every input was read (and check found nothing to count against it),
1 when check found an error (with --strict, a warning too), 2 when an input could not be
read or the command line is wrong.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsdoc {__version__} ({build_name()})")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    cmd_parse.register(commands)
    cmd_check.register(commands)
    cmd_stats.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``) and return the exit status."""
    args = build_parser().parse_args(argv)
    files: list[str] = args.files
    if files.count(STDIN) > 1:
        parser: argparse.ArgumentParser = args.command_parser
        parser.error("standard input (-) can be read only once")
    console = Console(stdin=sys.stdin.buffer, stdout=sys.stdout.buffer, stderr=sys.stderr)
    try:
        try:
            status: int = args.run(args, console)
        except WorkerLostError:  # reported where it happened
            status = EXIT_FAILURE
        console.finish()
    except KeyboardInterrupt:
        with interrupts_ignored():  # a second Ctrl-C does not cut the clean-up short
            discard_pending()
            console.interrupt()
        return _EXIT_INTERRUPTED
    return console.status() if console.failed else status
