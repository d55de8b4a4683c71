"""Entry point: dispatch to a subcommand, or open the reader on the given paths.

`counterpoint PATH...` and `counterpoint SUBCOMMAND ...` share one namespace of first words,
so the first positional argument decides which parser reads the line.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from reader import __version__
from reader.cli.common import Parser, add_global_options, encodes_everything
from reader.errors import UserError

# Subcommand name -> module with add_parser(sub, parent) and run(args).
COMMANDS = {
    "bookmarks": "reader.cli.bookmarks",
    "list": "reader.cli.listing",
    "locate": "reader.cli.locate",
    "align": "reader.cli.align",
    "themes": "reader.cli.themes",
    "words": "reader.cli.words",
}


_VERSION = f"counterpoint {__version__}"


def _parent() -> argparse.ArgumentParser:
    """Options every subcommand (and sub-subcommand) accepts, --version included."""
    parent = Parser(add_help=False)
    parent.add_argument("--version", action="version", version=_VERSION)
    add_global_options(parent, nested=True)
    return parent


def _open_parser() -> Parser:
    parser = Parser(
        prog="counterpoint",
        description="Counterpoint: read opposing articles side by side, with the passages that "
                    "discuss the same event aligned. Subcommands: " + ", ".join(COMMANDS) + " "
                    "(see counterpoint SUBCOMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=_VERSION)
    add_global_options(parser, nested=False)
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or directories to open (default: the bundled seeds)")
    return parser


def _command_parser() -> Parser:
    parser = Parser(prog="counterpoint")
    parser.add_argument("--version", action="version", version=_VERSION)
    add_global_options(parser, nested=False)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    parent = _parent()
    for name, module in COMMANDS.items():
        importlib.import_module(module).add_parser(sub, parent)
    return parser


def _value_options() -> set[str]:
    """The global options that take a value, read from `add_global_options` itself, so an
    option added there can never have its value mistaken for a subcommand name."""
    probe = argparse.ArgumentParser(add_help=False)
    return {flag for action in add_global_options(probe, nested=False) if action.nargs != 0
            for flag in action.option_strings}


def _first_positional(argv: list[str]) -> str | None:
    """The first word that is neither an option nor an option's value (None if there is none)."""
    value_options = _value_options()
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in value_options:
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def run(argv: list[str]) -> int:
    command = _first_positional(argv)
    if command in COMMANDS:
        args = _command_parser().parse_args(argv)
        return importlib.import_module(COMMANDS[args.command]).run(args)
    args = _open_parser().parse_args(argv)
    return importlib.import_module("reader.cli.open").run(args)


def _tolerate_narrow_encodings() -> None:
    """On a stream that cannot encode every character (PYTHONIOENCODING=ascii, a latin-1
    terminal), write what it cannot as backslash escapes instead of dying mid-output."""
    for stream in (sys.stdout, sys.stderr):
        if not encodes_everything(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _tolerate_narrow_encodings()
    try:
        return run(argv)
    except UserError as exc:
        print(f"counterpoint: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`); stop quietly.
        sys.stderr.close()
        return 0
