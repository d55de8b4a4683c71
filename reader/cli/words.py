"""`counterpoint words A B`: the words and two-word phrases each article uses distinctively
more than the other (weighted log-odds with the corpus as prior), with their counts."""

from __future__ import annotations

import argparse

from reader.cli.align import _load
from reader.cli.common import add_format_option, console, positive_int, print_json
from reader.differ import DistinctiveTerm
from reader.differ.lexicon import MIN_Z, rank, term_tables, too_little_text, too_short_reason

JSON_VERSION = 1


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("words", parents=[parent], help="each article's distinctive words",
                            description="The words and two-word phrases article A uses distinctively "
                                        "more than article B, and those B uses more than A: weighted "
                                        "log-odds with an informative Dirichlet prior from the corpus "
                                        "(Monroe, Colaresi & Quinn 2008). Stop words and names both "
                                        "articles use are left out.")
    parser.add_argument("a", metavar="A", help="first article: a file or an article id")
    parser.add_argument("b", metavar="B", help="second article: a file or an article id")
    add_format_option(parser, ("table", "json"))
    parser.add_argument("--limit", type=positive_int, default=20, metavar="N",
                        help="at most N terms per side (default: 20)")
    parser.add_argument("--min-z", type=_min_z, default=MIN_Z, metavar="Z",
                        help=f"list a term only if its |z| is at least Z (default: {MIN_Z}, one standard error; 1.96 is the 95%% level)")


def _min_z(text: str) -> float:
    """An argparse type: a z threshold, a finite number from 0 (nan would let every term through)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number from 0, not {text}")
    return value


def _term_json(t: DistinctiveTerm) -> dict:
    return {"term": t.term, "a_count": t.a_count, "b_count": t.b_count, "z": round(t.z, 4), "log_odds": round(t.delta, 4)}


def _print_table(a, b, side_a: list[DistinctiveTerm], side_b: list[DistinctiveTerm], short: tuple[bool, bool]) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    for article, terms, label, too_short in ((a, side_a, "A", short[0]), (b, side_b, "B", short[1])):
        # a heading of its own, on one line: a table's title would wrap at the table's width;
        # too wide for the terminal, the article's title is what gets cut short
        out.print(Text(f"{label}, its own words ({len(terms)}): {article.title}"), no_wrap=True, overflow="ellipsis")
        table = Table(expand=False)
        table.add_column("term")
        table.add_column("in A", justify="right")
        table.add_column("in B", justify="right")
        table.add_column("z", justify="right")
        for t in terms:
            table.add_row(Text(t.term), str(t.a_count), str(t.b_count), f"{abs(t.z):.2f}")
        if not terms:
            none = f"(too little text to rank words: {too_short_reason()})" if too_short else "(no word stands out)"
            table.add_row(Text(none, style="dim"), "", "", "")
        out.print(table)


def run(args: argparse.Namespace) -> int:
    a, b, corpus = _load(args.a, args.b)
    tables = term_tables(a, b, corpus)
    side_a, side_b = rank(*tables, limit=args.limit, min_z=args.min_z)
    if args.format == "json":
        print_json({"version": JSON_VERSION, "a": {"path": str(a.path.resolve()), "title": a.title},
                    "b": {"path": str(b.path.resolve()), "title": b.title},
                    "a_words": [_term_json(t) for t in side_a], "b_words": [_term_json(t) for t in side_b]})
    else:
        _print_table(a, b, side_a, side_b, (too_little_text(tables[0]), too_little_text(tables[1])))
    return 0
