"""`counterpoint links ...`: the reader's corrections to the aligner, from scripts and the shell.

`add` links two passages the aligner missed, `confirm` vouches for one of its links, `reject`
removes one for good; each names its passages by quotes, matched like `bookmarks add` (a quote
that occurs more than once needs `--occurrence-a/-b N`). `counterpoint align` and
`counterpoint map` apply the decisions unless given `--ignore-decisions`. `teach` adds two
equivalent terms to the learned glossary, which every later alignment reads.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.articles import load_one
from reader.cli.common import (add_excel_option, add_format_option, console, excel_mark, file_arg, json_text, positive_int,
                               print_json, say, warn, open_store, placed_cell, placed_files, write_export, write_stdout)
from reader.cli.importing import add_import_arguments
from reader.corpus.sanitize import sanitize
from reader.errors import UserError
from reader.paths import user_path

FORMATS = ("table", "json", "markdown", "csv")
_VERBS = {"add": "link", "confirm": "confirm", "reject": "reject"}
_HELP = {"add": "link two passages the aligner did not link",
         "confirm": "confirm the aligner's link between two passages",
         "reject": "reject the aligner's link between two passages (it stays gone)"}


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("links", parents=[parent], help="add, confirm or reject links; teach terms",
                            description="Correct the aligner: link, confirm or reject pairs of passages "
                                        "(stored with the bookmarks), and teach it equivalent terms.")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION", parser_class=type(parser))
    for name in ("list", "export"):
        listing = actions.add_parser(
            name, parents=[parent],
            help="list the decisions, re-anchored in the current files" if name == "list"
            else "export the decisions with what each passage says now",
            description="Every link decision with its quotes and status (anchored, moved or orphaned); "
                        "only those between A and B when both are given." if name == "list"
            else "Export every link decision with what each passage says now, to standard output or to FILE "
                 "(JSON adds the stored anchors, CSV the bookmark export's columns for each side, a_… and b_…; "
                 "links import reads either back); only those between A and B when both are given.")
        listing.add_argument("pair", nargs="*", metavar="A B", help="two articles, files or article ids (optional)")
        add_format_option(listing, FORMATS if name == "list" else ("markdown", "json", "csv", "table"))
        add_excel_option(listing)
        if name == "export":
            listing.add_argument("-o", "--output", metavar="FILE", type=file_arg,
                                 help="write to FILE instead of standard output")
            listing.add_argument("--force", action="store_true",
                                 help="replace FILE even when it is not an earlier export of this format")
    for name, text in _HELP.items():
        decide = actions.add_parser(name, parents=[parent], help=text,
                                    description=f"{text[0].upper()}{text[1:]}; prints the decision's id.")
        decide.add_argument("a", metavar="A", help="first article: a file or an article id")
        decide.add_argument("b", metavar="B", help="second article: a file or an article id")
        decide.add_argument("--quote-a", required=True, metavar="TEXT", help="words of the passage in A")
        decide.add_argument("--quote-b", required=True, metavar="TEXT", help="words of the passage in B")
        decide.add_argument("--occurrence-a", type=positive_int, metavar="N",
                            help="which occurrence of --quote-a, when it occurs more than once")
        decide.add_argument("--occurrence-b", type=positive_int, metavar="N",
                            help="which occurrence of --quote-b, when it occurs more than once")
    delete = actions.add_parser("delete", parents=[parent], help="delete a decision",
                                description="Delete the link decision with the given id (links undo brings it back).")
    delete.add_argument("id", type=int, metavar="ID", help="the decision's id (see links list)")
    actions.add_parser("undo", parents=[parent], help="undo the last decision made or deleted",
                       description="Reverse the newest link decision, or the newest deletion of one.")
    imports = actions.add_parser("import", parents=[parent], help="add the decisions of a JSON or CSV export",
                                 description="Add the decisions of a JSON or CSV export (links export --format json "
                                             "or csv; a CSV a spreadsheet saved again too; or "
                                             "the confirmed links of bookmarks export --format json --links), from "
                                             "another data folder or machine, under new ids and after those here. "
                                             "Decisions already here are skipped, so importing a file twice adds "
                                             "nothing; a broken entry refuses the whole file.")
    add_import_arguments(imports)
    teach = actions.add_parser("teach", parents=[parent], help="teach the aligner two equivalent terms",
                               description="Add TERM = OTHER to <config dir>/glossaries/learned.toml, "
                                           "read by every later alignment.")
    teach.add_argument("term", metavar="TERM")
    teach.add_argument("other", metavar="OTHER")
    teach.add_argument("--merge", action="store_true",
                       help="allow it even when the terms belong to two different glossary groups")


def _store(args: argparse.Namespace, listing: bool = False, create: bool | None = None):
    from reader.decisions import DecisionStore

    return open_store(DecisionStore, getattr(args, "data_dir", None), listing, create)


def with_decisions(alignment, data_dir: str | None):
    """`alignment` with the reader's decisions about its two articles applied, and the JSON
    `align` adds about them: the ids applied and the orphans, which change nothing (never moved
    somewhere else) and are also named on stderr."""
    from reader.decisions import apply_decisions

    placed = _stored(data_dir, "aligned", lambda store: store.for_pair(alignment.a, alignment.b))
    about = {"decisions": {"applied": [d.id for d in placed if not d.orphaned],
                           "orphaned": [d.as_json() for d in _orphans(placed)]}}
    return apply_decisions(alignment, placed), about


def corpus_decisions(articles, data_dir: str | None):
    """The reader's decisions between two of `articles`, as the claim map takes them
    (reader.decisions.PassageDecision), and the JSON `map` adds about them, as `align` does:
    the ids applied and the orphans (also named on stderr)."""
    from reader.decisions import passage_decisions

    placed = _stored(data_dir, "mapped", lambda store: store.among(articles))
    decided = passage_decisions(articles, placed)
    return decided, {"decisions": {"applied": [d.id for d in decided],
                                   "orphaned": [d.as_json() for d in _orphans(placed)]}}


def _stored(data_dir: str | None, done: str, read):
    """What `read(store)` finds in the decision store; none when it cannot be read (said)."""
    from reader.decisions import DecisionStore

    # aligning or mapping never creates the database; a file where the folder should be is said, though
    with open_store(DecisionStore, data_dir, create=False) as store:
        if store.unreadable:
            warn([f"{store.unreadable}; {done} without link decisions"])
        return read(store)


def _orphans(placed) -> list:
    """The orphaned decisions of `placed`, each named on stderr with the side whose words are
    gone (past a count, one line): they change nothing."""
    from reader.decisions.importing import orphan_lines

    orphans = [d for d in placed if d.orphaned]
    warn(orphan_lines(orphans, "link decisions", "orphaned, so not applied"))
    return orphans


def bookmarked_links(bookmarks, placed_bookmarks) -> list:
    """The links the reader confirmed or made whose two articles both hold one of the exported
    bookmarks (`bookmarks export --links`)."""
    from reader.bookmarks import ArticleShelf
    from reader.decisions import DecisionStore

    paths = {p.anchor.path for b in placed_bookmarks for p in b.placements()}
    shelf = ArticleShelf(p.article for b in placed_bookmarks for p in b.placements() if p.article is not None)
    decisions = DecisionStore(bookmarks).placed(shelf)
    return [d for d in decisions if d.kind in ("confirm", "link")
            and d.a.anchor.path in paths and d.b.anchor.path in paths]


def run_decide(args: argparse.Namespace) -> int:
    a, b = load_one(args.a), load_one(args.b)
    with _store(args) as store:
        new_id = store.add_quotes(_VERBS[args.action], a, args.quote_a, b, args.quote_b,
                                  occurrence_a=args.occurrence_a, occurrence_b=args.occurrence_b)
    print(new_id)
    return 0


def _placed(args: argparse.Namespace) -> list:
    if len(args.pair) not in (0, 2):
        raise UserError("give two article files, A and B, or none for every decision")
    with _store(args, listing=True) as store:
        if store.unreadable:
            raise UserError(store.unreadable)
        if store.recovered:
            raise UserError(f"{store.recovered}; the link decisions it held are not listed")
        if args.pair:
            return store.for_pair(load_one(args.pair[0]), load_one(args.pair[1]))
        known = len(store.problems)
        placed = store.placed()
        warn(store.problems[known:])
        return placed


_KIND_STYLE = {"link": "bold cyan", "confirm": "bold green", "reject": "bold red"}
_STATUS_STYLE = {"anchored": "green", "moved": "yellow", "orphaned": "bold red"}


def print_table(placed) -> None:
    from reader.bookmarks.export import reworded
    from rich.table import Table
    from rich.text import Text

    if not placed:
        print("No link decisions yet.")
        return
    table = Table(title=Text(f"{len(placed)} link decision{'s' if len(placed) != 1 else ''}"), title_justify="left")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("decision", no_wrap=True)
    table.add_column("A")  # no minimum: a narrow terminal wraps A and B rather than cropping status
    table.add_column("B")
    table.add_column("status")
    files = placed_files(side for d in placed for side in (d.a, d.b))
    for d in placed:
        cells = [placed_cell(side, files, 70) for side in (d.a, d.b)]
        label = f"{d.status} (reworded)" if d.status == "moved" and any(map(reworded, (d.a, d.b))) else d.status
        status = Text(label, style=_STATUS_STYLE[d.status])
        table.add_row(Text(str(d.id)), Text(d.kind, style=_KIND_STYLE[d.kind]), *cells, status)
    console().print(table)


def _list_json(placed) -> dict:
    """`links list --format json`: each decision's stored shape, each side with its `file`
    as the table shows it (`placed_files`)."""
    files = placed_files(side for d in placed for side in (d.a, d.b))
    out = []
    for d in placed:
        item = d.as_json()
        for key, side in (("a", d.a), ("b", d.b)):
            item[key] = {**item[key], "file": files[Path(side.anchor.path)]}
        out.append(item)
    return {"decisions": out}


def run_list(args: argparse.Namespace) -> int:
    from reader.decisions import export

    mark = excel_mark(args)
    placed = _placed(args)
    to_file = bool(getattr(args, "output", None) and args.output != "-")
    if args.format == "table":
        if to_file:
            raise UserError("--output takes --format markdown, json or csv")
        print_table(placed)
        return 0
    if args.format == "json":
        data = export.as_json(placed) if args.action == "export" else _list_json(placed)
        if not to_file:
            print_json(data)
            return 0
        text = json_text(data)
    elif args.format == "csv":
        text = mark + export.as_csv(placed)
    else:
        text = export.as_markdown(placed)
    if not to_file:
        write_stdout(text)
        return 0
    target = user_path(args.output)
    write_export(target, text, getattr(args, "data_dir", None), form=args.format,
                 force=getattr(args, "force", False))
    say(f"exported {len(placed)} link decision{'s' if len(placed) != 1 else ''} to {target}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with _store(args, create=False) as store:  # with no database there is nothing to delete
        gone = store.delete(args.id)
    print(f"deleted {gone.kind} decision {gone.id}")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with _store(args, create=False) as store:
        print(store.undo().describe())
    return 0


def run_import(args: argparse.Namespace) -> int:
    from reader.bookmarks.store import ArticleShelf
    from reader.cli.importing import import_source, missing_articles
    from reader.decisions.importing import read_decisions, relocate, unplaced, with_contexts

    data, name, folders = import_source(args)
    decisions, missing = relocate(read_decisions(data, name), folders)
    decisions = with_contexts(decisions, shelf := ArticleShelf())
    with _store(args) as store:
        before = {d.id for d in store.decisions()}
        added, skipped = store.add_decisions(decisions)
        now = store.decisions()
    held = {s.path for d in now for s in (d.a, d.b)}
    lost = unplaced((d for d in now if d.id not in before), shelf)
    warn(shelf.problems + lost + missing_articles(missing, held, folders, "decisions"))
    here = f"; {skipped} {'was' if skipped == 1 else 'were'} here already" if skipped else ""
    print(f"imported {added} link decision{'s' if added != 1 else ''}{here}")
    return 0


def run_teach(args: argparse.Namespace) -> int:
    from reader.align.learned import teach

    taught = teach(getattr(args, "config_dir", None), args.term, args.other, merge=args.merge)
    print(sanitize(taught.describe()).text)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action in _VERBS:
        return run_decide(args)
    return {"list": run_list, "export": run_list, "delete": run_delete, "undo": run_undo,
            "teach": run_teach, "import": run_import}[args.action](args)
