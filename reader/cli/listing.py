"""`counterpoint list`: the articles of a corpus, as a table or JSON."""

from __future__ import annotations

import argparse

from reader.cli.common import add_format_option, console, print_json, warn
from reader.corpus import Corpus, load_paths, load_seeds
from reader.corpus.sanitize import sanitize, visible


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("list", parents=[parent], help="list the articles of a corpus",
                            description="List articles with their metadata and passage counts "
                                        "(the bundled seeds when no path is given).")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, directories or article ids")
    add_format_option(parser)


def load(paths: list[str]) -> Corpus:
    """The articles `paths` name (paths or article ids), or the bundled seeds when none."""
    from reader.cli.articles import resolve_all

    return load_paths(resolve_all(paths), distinct=True) if paths else load_seeds()


def as_json(corpus: Corpus) -> dict:
    return {
        "articles": [
            {
                "id": a.id,
                "path": str(a.path.resolve()),
                "title": a.title,
                "author": a.author,
                "outlet": a.outlet,
                "date": a.date,
                "side": a.side,
                "passages": a.counts(),
                "url": a.url,
            }
            for a in corpus
        ]
    }


def print_table(corpus: Corpus) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{len(corpus)} article{'s' if len(corpus) != 1 else ''}"), title_justify="left")
    table.add_column("article")  # no minimum: a narrow terminal wraps it rather than crop the counts
    table.add_column("side", max_width=18)
    for name in ("body", "head", "boiler"):
        table.add_column(name, justify="right", no_wrap=True)
    for a in corpus:
        counts = a.counts()
        cell = Text(a.title, style="bold")
        details = " · ".join(x for x in (a.author, a.outlet, a.date) if x)
        cell.append("\n" + (details + "\n" if details else ""))
        name = visible(a.path.name)
        cell.append(name if a.id == sanitize(a.path.stem).text else f"{a.id} · {name}", style="dim")  # the id to type
        table.add_row(cell, Text(a.side), *(Text(str(counts[k])) for k in ("body", "heading", "boilerplate")))
    console().print(table)


def run(args: argparse.Namespace) -> int:
    corpus = load(args.paths)
    warn(corpus.problems)
    if args.format == "json":
        print_json(as_json(corpus))
    else:
        print_table(corpus)
    return 0
