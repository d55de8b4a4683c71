"""The glossary options of the commands that align (`align`, `map`) and the glossary they use,
and `counterpoint glossaries`: the user's glossary files, each checked as aligning reads it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.cli.common import add_format_option, console, file_arg, print_json, say, warn
from reader.paths import user_path

if TYPE_CHECKING:
    from reader.config import Config


def add_glossary_options(parser: argparse.ArgumentParser, no_glossary_help: str) -> None:
    # one or the other: a file named and every glossary turned off contradict each other
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--glossary", action="append", default=[], metavar="PATH", type=file_arg,
                        help="extra glossary file of equivalent terms (repeatable); used even when "
                             "config.toml says glossary = false")
    choice.add_argument("--no-glossary", action="store_true", help=no_glossary_help)


def glossary_for(args: argparse.Namespace, articles: Sequence, config: Config):
    """The glossary for `articles`: their folder's own (corpus.toml), the user's and any named
    with --glossary; --no-glossary turns them all off. `glossary = false` in `config`
    (config.toml) turns off only those the reader did not name: a file named on the command
    line is used for the run, as every flag wins over config. A file named on the command line
    that is broken is an error, not a warning."""
    from reader.align import default_glossary, load_glossary
    from reader.align.glossary import merge

    named = [user_path(p) for p in args.glossary]
    if not config.glossary and not args.no_glossary:
        return merge(load_glossary(path) for path in named)
    config_dir = paths.config_dir(getattr(args, "config_dir", None))
    glossary, problems = default_glossary(config_dir, named, articles=articles, enabled=not args.no_glossary)
    warn(problems)
    return glossary


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("glossaries", parents=[parent], help="list your glossaries of equivalent terms",
                            description="List the glossary files in <config dir>/glossaries/ (every "
                                        "alignment reads them; `links teach` writes learned.toml), "
                                        "with how many groups each holds and why a broken one is skipped.")
    add_format_option(parser)


def _entries(folder: Path) -> list[dict]:
    """One entry per *.toml of `folder`, loaded as aligning loads it."""
    from reader.align import load_glossary
    from reader.errors import UserError

    entries = []
    for path in paths.toml_files(folder):
        entry: dict = {"path": str(path), "valid": True, "error": None, "groups": None, "terms": None}
        try:
            glossary = load_glossary(path)
        except OSError as exc:
            entry.update(valid=False, error=f"{path}: {exc.strerror or exc}")
        except UserError as exc:
            entry.update(valid=False, error=str(exc))
        else:
            entry.update(groups=len(glossary.groups), terms=sum(len(terms) for _, terms in glossary.groups))
        entries.append(entry)
    return entries


def run(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from reader.corpus.sanitize import visible

    folder = paths.config_dir(getattr(args, "config_dir", None)) / "glossaries"
    entries = _entries(folder)
    if args.format == "json":
        print_json({"folder": str(folder), "glossaries": entries})
        return 0
    if not entries:
        say(f"no glossaries in {folder} (add *.toml files there, or teach terms with `counterpoint links teach`)")
        return 0
    out = console()
    out.print(Text(visible(str(folder))))  # a path to copy: a title would wrap it at the table's width
    table = Table()
    table.add_column("glossary", no_wrap=True)
    table.add_column("holds", ratio=1, overflow="fold")
    for entry in entries:
        name = Text(visible(Path(entry["path"]).name), style="bold" if entry["valid"] else "strike")
        if entry["valid"]:
            plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
            holds = Text(f"{plural(entry['groups'], 'group')} · {plural(entry['terms'], 'term')}")
        else:
            holds = Text(visible(entry["error"]) + "; skipped when aligning", style="red")
        table.add_row(name, holds)
    out.print(table)
    return 0
