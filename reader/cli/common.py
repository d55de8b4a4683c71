"""Pieces every subcommand shares: the parser that fails in one line, global options, output."""

from __future__ import annotations

import argparse
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.paths import user_path


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


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option any parser of the command line knows, subcommands' and their actions' too."""
    found = set(parser._option_string_actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _option_strings(sub)
    return found


def _reads_as_known(word: str, known: set[str]) -> bool:
    """Whether argparse would take `word` for a known option: exact, `--opt=value`, an
    abbreviation of a long option, or a short option with its value attached (`-ofile`)."""
    name = word.split("=", 1)[0]
    return (name in known or (word.startswith("--") and any(k.startswith(name) for k in known))
            or (not word.startswith("--") and word[:2] in known))


def unrecognized(parser: argparse.ArgumentParser, words: list[str], where: str, *,
                 all_listed: bool = False) -> UserError | None:
    """The error for `words` the parser did not take (`all_listed`), or else for the first of
    them (before any `--`) that looks like an option but is none of the parser's, such as a
    file named `-notes.txt`, which the parser reports as a missing argument; with how to name
    such a file when it exists. None when not `all_listed` and every option-like word is known."""
    known = _option_strings(parser)
    before = words[: words.index("--")] if "--" in words else words
    word = next((w for w in before if w.startswith("-") and w != "-" and not re.fullmatch(r"-\d+(\.\d*)?", w)
                 and not _reads_as_known(w, known)), None)
    if word is None and not all_listed:
        return None
    hint = (f"; for the file of that name write ./{word}, or put -- before the file names"
            if word is not None and user_path(word).exists() else "")
    return UserError(f"unrecognized arguments: {' '.join(words) if all_listed else word}{hint} "
                     f"(see {' '.join(filter(None, ('counterpoint', where)))} --help)")


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


def open_store(store_class, data_dir: str | None, listing: bool = False, create: bool | None = None):
    """`store_class.open(data_dir)` (BookmarkStore or DecisionStore), its problems told as
    warnings but those that end the command: the database cannot be read, or, when `listing`,
    it was just found damaged and moved aside (the fresh, empty one would read as "there are
    none"). A listing never creates the database (nor does `create=False`)."""
    store = store_class.open(data_dir, create=not listing if create is None else create)
    ends = {store.unreadable, store.recovered if listing else None}
    warn([p for p in store.problems if p not in ends])
    return store


def _named(text: str, what: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(f"an empty path names no {what}")
    return text


def folder_arg(text: str) -> str:
    """An argparse type: a folder's path, never empty (`--data-dir "$UNSET"` would otherwise
    mean the platform's folder, and a script would write to the user's own bookmarks)."""
    return _named(text, "folder")


def file_arg(text: str) -> str:
    """An argparse type: a file's path, never empty (`-o "$UNSET"` would otherwise write to
    standard output, and `--glossary ""` read the current folder)."""
    return _named(text, "file")


def add_global_options(parser: argparse.ArgumentParser, *, nested: bool) -> list[argparse.Action]:
    """Options accepted before or after any subcommand; returns their actions, so code that
    must know them (which words before a subcommand are option values) reads them from here.

    On subcommands their default is SUPPRESS, so a value given before the subcommand survives.
    """
    default = argparse.SUPPRESS if nested else None
    group = parser.add_argument_group("global options")
    return [
        group.add_argument("--config-dir", metavar="DIR", default=default, type=folder_arg,
                           help="configuration directory (default: $COUNTERPOINT_CONFIG_DIR or the platform's)"),
        group.add_argument("--data-dir", metavar="DIR", default=default, type=folder_arg,
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


# Markdown is `md` to `bookmarks export` and `markdown` everywhere else; either name is taken.
_FORMAT_ALIASES = {"md": "markdown", "markdown": "md"}


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("table", "json"),
                      default: str | None = None) -> None:
    def named(text: str) -> str:
        return _FORMAT_ALIASES[text] if text not in choices and _FORMAT_ALIASES.get(text) in choices else text

    default = default or choices[0]
    parser.add_argument("--format", choices=choices, default=default, type=named,
                        help=f"output format (default: {default})")


# UTF-8's byte-order mark: Excel opens a CSV without it in the system's code page ("’" shows as
# "â€™"). Only on request (--excel): many Unix tools and scripts read it as part of the first
# column's name. Every CSV import of ours reads a file with or without it.
EXCEL_MARK = "\ufeff"


def add_excel_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--excel", action="store_true",
                        help="with --format csv: begin with a UTF-8 byte-order mark, so that Excel opens "
                             "quotes and accented letters right (imports read it back; some Unix tools do not)")


def excel_mark(args: argparse.Namespace) -> str:
    """The mark a CSV export begins with: EXCEL_MARK with --excel, else none; UserError for
    --excel with another format (checked before any work)."""
    if not getattr(args, "excel", False):
        return ""
    if args.format != "csv":
        raise UserError("--excel goes with --format csv")
    return EXCEL_MARK


def write_stdout(text: str) -> None:
    """`text` on standard output; one that begins with EXCEL_MARK as UTF-8 bytes whatever the
    locale, since the mark is there to say the bytes are UTF-8."""
    if not text.startswith(EXCEL_MARK):
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def json_text(data: Any, *, ascii_only: bool = False) -> str:
    """Indented JSON, UTF-8 kept readable, with DEL, C1 and bidi controls written as \\u escapes.

    The escapes decode to the same strings, so programs read exactly the data (a path with odd
    characters in its name stays that path), while a terminal showing it is not steered.
    """
    from reader.cli.jsonout import chunks

    return "".join(chunks(data, ascii_only=ascii_only)) + "\n"


def write_export(target: Path, text: str, data_dir: str | None = None, *, form: str, force: bool = False) -> None:
    """An export written to the file (or device, or pipe) `-o` names; a failed write (a full
    disk) leaves an earlier export whole, and is one line naming the file. The bookmarks
    database of `data_dir` (`--data-dir`) and its side files are refused: replacing them would
    lose every bookmark and decision the export was made from. Any other file that is not an
    earlier export of `form` is refused unless `force` (replacing.check_replace)."""
    from reader.cli.replacing import check_replace
    from reader.files import write_output

    if (database := _database_named(target, data_dir)) is not None:
        raise UserError(f"{target}: is the bookmarks database ({database}) or one of its files; "
                        "export to another file")
    check_replace(target, text, form, force)
    try:
        write_output(target, text)
    except OSError as exc:
        raise UserError(f"{target}: cannot write the export ({exc.strerror or exc})") from None


def _database_named(target: Path, data_dir: str | None) -> Path | None:
    """The bookmarks database when `target` is it, its -wal, -shm or .lock file (by path,
    through symlinks, or as another link to the same file); else None."""
    import os

    from reader.bookmarks.database import DB_NAME, kept_files
    from reader.paths import data_dir as default_data_dir

    database = default_data_dir(data_dir) / DB_NAME
    try:
        aimed = target.resolve()
        for kept in kept_files(database):
            if aimed == kept.resolve() or (os.path.exists(target) and os.path.exists(kept)
                                           and os.path.samefile(target, kept)):
                return database
    except (OSError, RuntimeError, ValueError):  # a loop or a NUL: writing says what is wrong
        return None
    return None


def encodes_everything(stream: Any) -> bool:
    """Whether `stream`'s encoding can write any character (a UTF encoding)."""
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return False


def print_json(data: Any) -> None:
    """JSON on stdout as json_text writes it, piece by piece (a top-level value that is an
    iterator is written as a list, item by item); all-ASCII escapes when stdout cannot encode
    everything, so it stays JSON."""
    from reader.cli.jsonout import chunks

    for chunk in chunks(data, ascii_only=not encodes_everything(sys.stdout)):
        sys.stdout.write(chunk)
    sys.stdout.write("\n")


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
    unless NO_COLOR says otherwise; anywhere else it is plain, tables take their natural width
    and no line ends in spaces.
    """
    from reader.cli.pager import paging_terminal

    Console = _console_class()
    options = dict(markup=False, highlight=False, emoji=False, soft_wrap=False)
    if (terminal := paging_terminal()) is not None:
        return Console(file=sys.stdout, force_terminal=True, width=terminal.columns, **options)
    if is_terminal():
        return Console(**options)
    return Console(file=TrailingSpaceStripper(sys.stdout), width=NATURAL_WIDTH, **options)


@lru_cache(maxsize=1)
def _console_class():
    """Rich's Console, except that a reader gone from the pipe (`| head`) raises
    BrokenPipeError, which `main` ends quietly with status 0 as for every other output, where
    Rich's own handling exits with status 1 (a failure to `set -o pipefail`)."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return PipeConsole


class TrailingSpaceStripper:
    """A text stream that writes each line to `stream` without its trailing spaces.

    Rich pads a table's title, and a cell's last line, out to the table's width: on a terminal
    that is invisible, in a file or a pipe it is noise that diffs and `grep ' $'` trip on. A
    line is held until its newline arrives (or the stream is flushed), so a line written in
    pieces is stripped once, whole."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        *lines, self._pending = (self._pending + text).split("\n")
        if lines:
            self.stream.write("".join(line.rstrip(" ") + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.stream.write(self._pending)
            self._pending = ""
        self.stream.flush()

    def __getattr__(self, name: str):  # encoding, isatty, fileno: those of the stream
        return getattr(self.stream, name)


def placed_files(placements) -> dict[Path, str]:
    """Each file of `placements` (bookmarks' or link decisions' sides, re-anchored) by its
    name, with as much of its folder as tells it from the others of that name: two articles
    of one title (a report saved on two days) differ by their files."""
    from reader.corpus.naming import short_paths

    return short_paths(p.anchor.path for p in placements)


def placed_cell(placement, files: dict[Path, str], quote_width: int):
    """A table cell naming a bookmarked or linked passage: its article's title over its file
    (`placed_files`), or the file alone when the article has no title, then its quote."""
    from rich.text import Text

    from reader.bookmarks.quotes import quote_line

    file = files[Path(placement.anchor.path)]
    cell = Text(placement.title or file, style="bold")
    if placement.title:
        cell.append("\n" + file, style="dim")
    cell.append("\n“" + quote_line(placement.text, quote_width) + "”")  # the stored words when orphaned
    return cell
