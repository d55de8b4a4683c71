"""The glossary options of the commands that align (`align`, `map`) and the glossary they use."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.cli.common import warn

if TYPE_CHECKING:
    from reader.config import Config


def add_glossary_options(parser: argparse.ArgumentParser, no_glossary_help: str) -> None:
    parser.add_argument("--glossary", action="append", default=[], metavar="PATH",
                        help="extra glossary file of equivalent terms (repeatable)")
    parser.add_argument("--no-glossary", action="store_true", help=no_glossary_help)


def glossary_for(args: argparse.Namespace, articles: Sequence, config: Config):
    """The glossary for `articles`: their folder's own (corpus.toml), the user's and any named
    with --glossary, unless --no-glossary or `glossary = false` in `config` (config.toml)
    turns them off. A file named on the command line that is broken is an error, not a warning."""
    from reader.align import default_glossary

    config_dir = paths.config_dir(getattr(args, "config_dir", None))
    enabled = not args.no_glossary and config.glossary
    glossary, problems = default_glossary(config_dir, [Path(p).expanduser() for p in args.glossary],
                                          articles=articles, enabled=enabled)
    warn(problems)
    return glossary
