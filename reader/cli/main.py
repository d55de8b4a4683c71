"""Entry point: dispatch to a subcommand, or open the reader on the given paths.

`counterpoint PATH...` and `counterpoint SUBCOMMAND ...` share one namespace of first words,
so the first positional argument decides which parser reads the line.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from contextlib import contextmanager

from reader import __version__
from reader.cli.common import (
    Parser,
    add_global_options,
    add_pager_option,
    add_theme_option,
    did_you_mean,
    encodes_everything,
    say,
    unrecognized,
)
from reader.errors import UserError
from reader.paths import user_path

# Subcommand name -> module with add_parser(sub, parent) and run(args).
COMMANDS = {
    "add": "reader.cli.add",
    "bookmarks": "reader.cli.bookmarks",
    "list": "reader.cli.listing",
    "locate": "reader.cli.locate",
    "align": "reader.cli.align",
    "map": "reader.cli.map",
    "themes": "reader.cli.themes",
    "links": "reader.cli.links",
    "words": "reader.cli.words",
    "glossaries": "reader.cli.glossaries",
}


# Subcommands where --theme means something (it always does when opening the reader).
THEMED = {"themes"}

_VERSION = f"counterpoint {__version__}"


def _parent() -> argparse.ArgumentParser:
    """Options every subcommand (and sub-subcommand) accepts, --version included."""
    parent = Parser(add_help=False)
    parent.add_argument("--version", action="version", version=_VERSION)
    add_global_options(parent, nested=True)
    add_pager_option(parent, nested=True)
    return parent


def _open_parser() -> Parser:
    parser = Parser(
        prog="counterpoint",
        description="Counterpoint: read opposing articles side by side, with the passages that "
                    "discuss the same event aligned. Subcommands: " + ", ".join(COMMANDS) + " "
                    "(see counterpoint SUBCOMMAND --help, or counterpoint help SUBCOMMAND).",
    )
    parser.add_argument("--version", action="version", version=_VERSION)
    add_global_options(parser, nested=False)
    add_theme_option(parser, nested=False)
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files, directories or article ids to open (default: the bundled seeds)")
    return parser


def _command_parser() -> Parser:
    parser = Parser(prog="counterpoint")
    parser.add_argument("--version", action="version", version=_VERSION)
    add_global_options(parser, nested=False)
    add_theme_option(parser, nested=False)
    add_pager_option(parser, nested=False)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    parent = _parent()
    for name, module in COMMANDS.items():
        importlib.import_module(module).add_parser(sub, parent)
    return parser


def _value_options() -> set[str]:
    """The global options that take a value, read from `add_global_options` itself, so an
    option added there can never have its value mistaken for a subcommand name."""
    probe = argparse.ArgumentParser(add_help=False)
    actions = [*add_global_options(probe, nested=False), add_theme_option(probe, nested=False)]
    return {flag for action in actions if action.nargs != 0 for flag in action.option_strings}


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


def _is_article_id(word: str) -> bool:
    from reader.cli.articles import resolve

    try:
        return resolve(word) != word
    except UserError:  # a manifest that cannot be read says nothing about a mistyped command
        return False


def _refuse_mistyped(word: str) -> None:
    """A first word that is no file, no article id, but a typo away from a subcommand
    (`lst`, `bookmark`) is that typo, not a missing file."""
    from pathlib import Path

    if Path(word).name != word or "." in word:  # reads as a path or a file name: the loader answers
        return
    guess = did_you_mean(word, COMMANDS)
    if guess and not user_path(word).exists() and not _is_article_id(word):
        raise UserError(f"{word!r} is neither a command nor a file; did you mean {guess!r}? "
                        "(see counterpoint --help)")


_USER_DIRS = (("config_dir", "COUNTERPOINT_CONFIG_DIR"), ("data_dir", "COUNTERPOINT_DATA_DIR"))


@contextmanager
def _user_dirs_exported(args: argparse.Namespace):
    """--config-dir and --data-dir as the environment variables they override, for the run,
    so every part that finds its files by the default (the store of extracted web pages, the
    reader's open dialog) uses the directories named on the command line too."""
    before = {variable: os.environ.get(variable) for _, variable in _USER_DIRS}
    for option, variable in _USER_DIRS:
        if value := getattr(args, option, None):
            os.environ[variable] = value
    try:
        yield
    finally:
        for variable, value in before.items():
            if value is None:
                os.environ.pop(variable, None)
            else:
                os.environ[variable] = value


def run(argv: list[str]) -> int:
    from reader.cli.pager import paged

    command = _first_positional(argv)
    if command == "help" and not user_path(command).exists():  # `counterpoint help [COMMAND [ACTION]]`, as git's
        after = argv[len(argv) - argv[::-1].index(command):]  # after the last "help"
        topic = _first_positional(after)
        if topic is not None and topic not in COMMANDS:
            guess = did_you_mean(topic, COMMANDS)
            raise UserError(f"no command {topic!r}" + (f"; did you mean {guess!r}?" if guess else "")
                            + " (see counterpoint --help)")
        if topic is None:
            return run(["--help"])
        action = _first_positional(after[after.index(topic) + 1:])  # `help bookmarks add`
        return run([topic, *([action] if action else []), "--help"])
    if command in COMMANDS:
        parser = _command_parser()
        try:
            args, extra = parser.parse_known_args(argv)
        except UserError as exc:  # "A is required" when the culprit is a file name read as an option
            raise unrecognized(parser, argv, command) or exc from None
        if extra:  # named with the subcommand whose --help lists what it takes
            where = " ".join(filter(None, (args.command, getattr(args, "action", None))))
            raise unrecognized(parser, extra, where, all_listed=True)
        if args.theme is not None and args.command not in THEMED:
            raise UserError(f"--theme is for opening the reader and for `counterpoint themes`, "
                            f"not `counterpoint {args.command}`")
        with _user_dirs_exported(args), paged(not args.no_pager):
            return importlib.import_module(COMMANDS[args.command]).run(args)
    if command is not None:
        _refuse_mistyped(command)
    parser = _open_parser()
    try:
        args, extra = parser.parse_known_args(argv)
    except UserError as exc:
        raise unrecognized(parser, argv, "") or exc from None
    if extra:  # `counterpoint -notes.txt`: a file whose name reads as an option
        raise unrecognized(parser, extra, "", all_listed=True)
    with _user_dirs_exported(args):
        return importlib.import_module("reader.cli.open").run(args)


def _tolerate_narrow_encodings() -> None:
    """On a stream that cannot encode every character (PYTHONIOENCODING=ascii, a latin-1
    terminal), write what it cannot as backslash escapes instead of dying mid-output."""
    for stream in (sys.stdout, sys.stderr):
        if not encodes_everything(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


# Errors of writing where standard output leads (`> /dev/full`, a full disk, a quota).
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _discard_output() -> None:
    """Point standard output at /dev/null, so what is still buffered for it does not fail
    again (with a second message) as the interpreter flushes it on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if sys.stdout is None:  # started with `>&-`: every command would die on its first line out
        say("standard output is closed; to discard the output, send it to /dev/null", "error")
        return 2
    _tolerate_narrow_encodings()
    try:
        return run(argv)
    except UserError as exc:
        say(str(exc), "error")
        return 2
    except KeyboardInterrupt as exc:  # Ctrl-C: one line, what was interrupted when that is known
        say(str(exc) or "interrupted", "error")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`); stop quietly.
        sys.stderr.close()
        return 0
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        _discard_output()
        say(f"cannot write the output ({exc.strerror or exc})", "error")
        return 1
