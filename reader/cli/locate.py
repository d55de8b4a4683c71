"""`counterpoint locate`: where the seeds, themes, configuration, data and added articles live,
and the folders of the configuration a user puts their own themes and glossaries in."""

from __future__ import annotations

import argparse

from reader import paths
from reader.corpus.sanitize import visible

WHAT = ("seeds", "themes", "config", "data", "corpus", "user-themes", "glossaries")


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("locate", parents=[parent], help="print where Counterpoint keeps its files",
                            description="Print a path Counterpoint uses: bare for one, labelled for all.")
    parser.add_argument("what", nargs="?", choices=WHAT, help="which path to print")


def resolve(what: str, args: argparse.Namespace) -> str:
    if what == "seeds":
        return str(paths.seeds_dir())
    if what == "themes":
        return str(paths.themes_dir())
    if what == "corpus":
        return str(paths.corpus_dir(getattr(args, "data_dir", None)))
    if what in ("config", "user-themes", "glossaries"):
        config = paths.config_dir(getattr(args, "config_dir", None))
        return str({"config": config, "user-themes": config / "themes", "glossaries": config / "glossaries"}[what])
    return str(paths.data_dir(getattr(args, "data_dir", None)))


def run(args: argparse.Namespace) -> int:
    if args.what:
        print(visible(resolve(args.what, args)))
    else:
        for what in WHAT:
            print(f"{what + ':':12} {visible(resolve(what, args))}")
    return 0
