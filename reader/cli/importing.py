"""What `bookmarks import` and `links import` share: the export read from a file or standard
input, the `--corpus` folders where the articles are on this machine, and the warning for
imported passages whose files are not here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.bookmarks.importing import IMPORT_MAX_BYTES
from reader.cli.common import file_arg, folder_arg
from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.paths import user_path


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE and --corpus, for `bookmarks import` and `links import`."""
    parser.add_argument("file", metavar="FILE", type=file_arg, help="the export; - for standard input")
    parser.add_argument("--corpus", metavar="DIR", action="append", type=folder_arg, default=[],
                        help="a folder holding the articles on this machine: a passage whose file is not at "
                             "its exported path is looked for in the file of that name here (repeatable; "
                             "importing again with it mends an earlier import)")


def import_source(args: argparse.Namespace) -> tuple[bytes, str, list[Path]]:
    """The export's bytes, its name for messages, and the --corpus folders (UserError for one
    that is not a folder)."""
    from reader.files import is_folder, out_of_sight, read_regular

    folders = [user_path(folder) for folder in args.corpus]
    for folder in folders:
        if not is_folder(folder):
            raise UserError(f"--corpus {visible(str(folder))}: {out_of_sight(folder) or 'no such folder'}")
    if args.file == "-":
        if sys.stdin.isatty():
            raise UserError(f"{args.command} import -: standard input is the terminal; pipe an export in or name "
                            "its file")
        data, name = sys.stdin.buffer.read(IMPORT_MAX_BYTES + 1), "standard input"
        if len(data) > IMPORT_MAX_BYTES:
            raise UserError(f"{name}: larger than {IMPORT_MAX_BYTES // (1024 * 1024)} MB; refused")
        return data, name, folders
    path = user_path(args.file)
    if _is_pipe(path):  # `import <(ssh host counterpoint ... export)`: opening a pipe may wait forever
        raise UserError(f"{visible(str(path))}: a pipe, not a file; to import from a pipe, send it to standard "
                        f"input: ... | counterpoint {args.command} import -")
    return read_regular(path, IMPORT_MAX_BYTES, f"{args.command} export"), str(path), folders


def _is_pipe(path: Path) -> bool:
    import stat

    try:
        return stat.S_ISFIFO(path.stat().st_mode)
    except (OSError, ValueError):
        return False  # read_regular says what is wrong


def missing_articles(missing: list[str], held: set[str], folders: list[Path], what: str) -> list[str]:
    """The warning for imported `what` ("bookmarks") whose files are not here, those an
    earlier import found (not among the paths `held` now) left out; [] when there are none."""
    missing = [path for path in missing if path in held]
    if not missing:
        return []
    where = " in " + ", ".join(visible(str(f)) for f in folders) if folders else ""
    return [f"{len(missing)} article file{'s are' if len(missing) != 1 else ' is'} not here{where} "
            f"(first: {visible(missing[0])}); their {what} are orphaned until found: "
            "import again with --corpus DIR, the folder of the articles on this machine"]
