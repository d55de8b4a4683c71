"""The glossary options of the commands that align (`align`, `map`) and the glossary they use."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import paths
from reader.cli.common import warn
from reader.paths import user_path

if TYPE_CHECKING:
    from reader.config import Config


def add_glossary_options(parser: argparse.ArgumentParser, no_glossary_help: str) -> None:
    # one or the other: a file named and every glossary turned off contradict each other
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--glossary", action="append", default=[], metavar="PATH",
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
