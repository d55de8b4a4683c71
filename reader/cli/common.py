"""Pieces every subcommand shares: the parser that fails in one line, global options, output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, NoReturn

from reader.corpus.sanitize import visible
from reader.errors import UserError


_INVALID_CHOICE = re.compile(r"invalid choice: '(.*?)' \(choose from (.*)\)$")


def did_you_mean(word: str, choices) -> str | None:
    """The choice `word` was probably meant to be (a typo away), or None."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes become a UserError: one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        if (bad := _INVALID_CHOICE.search(message)) and (
                guess := did_you_mean(bad[1], re.findall(r"'([^']*)'", bad[2]))):
            message += f"; did you mean {guess!r}?"
        raise UserError(f"{message} (see {self.prog} --help)")


def positive_int(text: str) -> int:
    """An argparse type: a whole number from 1 (counts, limits, occurrences)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"counts from 1, not {text}")
    return value


def say(message: str, kind: str | None = None) -> None:
    """One line on stderr (`counterpoint: KIND: message` when `kind` is given): every error,
    warning and notice goes out here, with the names and paths in it made visible."""
    prefix = f"counterpoint: {kind}: " if kind else ""
    print(prefix + visible(message), file=sys.stderr)


def warn(problems: list[str]) -> None:
    """Problems that do not stop the command, one line each on stderr."""
    for problem in problems:
        say(problem, "warning")


def add_global_options(parser: argparse.ArgumentParser, *, nested: bool) -> list[argparse.Action]:
    """Options accepted before or after any subcommand; returns their actions, so code that
    must know them (which words before a subcommand are option values) reads them from here.

    On subcommands their default is SUPPRESS, so a value given before the subcommand survives.
    """
    default = argparse.SUPPRESS if nested else None
    group = parser.add_argument_group("global options")
    return [
        group.add_argument("--config-dir", metavar="DIR", default=default,
                           help="configuration directory (default: $COUNTERPOINT_CONFIG_DIR or the platform's)"),
        group.add_argument("--data-dir", metavar="DIR", default=default,
                           help="data directory for bookmarks (default: $COUNTERPOINT_DATA_DIR or the platform's)"),
    ]


def add_theme_option(parser: argparse.ArgumentParser, *, nested: bool) -> argparse.Action:
    """`--theme`, offered only where colours are chosen: the reader, and `themes`."""
    return parser.add_argument("--theme", metavar="NAME", default=argparse.SUPPRESS if nested else None,
                               help="colour theme for this run")


def add_pager_option(parser: argparse.ArgumentParser, *, nested: bool) -> argparse.Action:
    return parser.add_argument("--no-pager", action="store_true", default=argparse.SUPPRESS if nested else False,
                               help="print long output directly instead of through $COUNTERPOINT_PAGER, "
                                    "$PAGER or less")


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("table", "json")) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help=f"output format (default: {choices[0]})")


# JSON escapes C0 controls itself; these it would write raw, and a terminal would act on them.
# Lone surrogates (a file name's undecodable bytes) cannot be written as UTF-8 at all; as
# escapes they read back as the same name.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                            *range(0xD800, 0xE000)]}


def json_text(data: Any, *, ascii_only: bool = False) -> str:
    """Indented JSON, UTF-8 kept readable, with DEL, C1 and bidi controls written as \\u escapes.

    The escapes decode to the same strings, so programs read exactly the data (a path with odd
    characters in its name stays that path), while a terminal showing it is not steered.
    """
    return json.dumps(data, ensure_ascii=ascii_only, indent=2).translate(_JSON_ESCAPES) + "\n"


def encodes_everything(stream: Any) -> bool:
    """Whether `stream`'s encoding can write any character (a UTF encoding)."""
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return False


def print_json(data: Any) -> None:
    """JSON on stdout; all-ASCII escapes when stdout cannot encode everything, so it stays JSON."""
    sys.stdout.write(json_text(data, ascii_only=not encodes_everything(sys.stdout)))


# Wide enough that no table is cropped or wrapped: output that is not a terminal gets tables at
# their natural width (a pipe, a file, `less -S` decide for themselves how to show long lines).
NATURAL_WIDTH = 100_000


def is_terminal() -> bool:
    """Whether output is for a person at a terminal (directly, or through the pager)."""
    from reader.cli.pager import paging_terminal

    return paging_terminal() is not None or (hasattr(sys.stdout, "isatty") and sys.stdout.isatty())


def console():
    """A Rich console that never interprets markup or guesses highlights in our output.

    On a terminal (or gathered for the pager) it is as wide as the terminal and keeps colour
    unless NO_COLOR says otherwise; anywhere else it is plain and tables take their natural width.
    """
    from rich.console import Console

    from reader.cli.pager import paging_terminal

    options = dict(markup=False, highlight=False, emoji=False, soft_wrap=False)
    if (terminal := paging_terminal()) is not None:
        return Console(file=sys.stdout, force_terminal=True, width=terminal.columns, **options)
    if is_terminal():
        return Console(**options)
    return Console(width=NATURAL_WIDTH, **options)
