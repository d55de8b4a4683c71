"""`counterpoint bookmarks add|list|export|import|delete`: bookmarks from scripts and the shell.

`add` refuses a quote that occurs more than once unless `--occurrence N` picks one; the quote
may differ from the article in case, quote/apostrophe/dash style and whitespace
(`reader.bookmarks.quotes`). `list` says why an orphan is one (file gone, or words gone). Problems with the database (moved aside, read-only)
are reported on stderr as `counterpoint: warning: ...`; the command still runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.bookmarks.quotes import unique_quote
from reader.cli.articles import load_one
from reader.cli.common import (add_excel_option, add_format_option, console, encodes_everything, excel_mark, file_arg,
                               json_text, positive_int, open_store, placed_cell, placed_files, print_json, say, warn,
                               write_export, write_stdout)
from reader.cli.importing import add_import_arguments
from reader.errors import UserError
from reader.paths import user_path

# reader.bookmarks.export renders the first three, reader.bookmarks.references the others
EXPORT_FORMATS = ("md", "json", "csv", "bibtex", "csl-json", "ris")


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("bookmarks", parents=[parent], help="add, list, export, import or delete bookmarks",
                            description="Manage bookmarks on passages (stored in the data directory).")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION", parser_class=type(parser))

    add = actions.add_parser("add", parents=[parent], help="bookmark a quote of an article; prints the new id",
                             description="Bookmark the passage of PATH that QUOTE names; prints the new id. A "
                                         "place bookmarked already is that bookmark: its id is printed, --note "
                                         "replaces its note and --tag adds tags.")
    add.add_argument("path", metavar="PATH", help="the article: a file or an article id")
    add.add_argument("--quote", required=True, metavar="TEXT",
                     help="words of the article to bookmark (case, accents, quote and dash style and spacing may differ)")
    add.add_argument("--occurrence", type=positive_int, default=None, metavar="N",
                     help="which occurrence of the quote, when it occurs more than once (needed then)")
    add.add_argument("--note", default="", metavar="TEXT", help="a note to keep with the bookmark")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    add.add_argument("--pair", metavar="PATH", help="another article: make this a pair bookmark")
    add.add_argument("--pair-quote", metavar="TEXT", help="the words of the --pair article")
    add.add_argument("--pair-occurrence", type=positive_int, default=None, metavar="N",
                     help="which occurrence of --pair-quote, when it occurs more than once")

    listing = actions.add_parser("list", parents=[parent], help="list bookmarks, re-anchored in the current files",
                                 description="List every bookmark with its status: anchored, moved or orphaned.")
    add_format_option(listing)

    export = actions.add_parser("export", parents=[parent],
                                help="export bookmarks as Markdown, JSON, CSV, BibTeX, CSL JSON or RIS",
                                description="Export every bookmark with what a citation needs (title, author, "
                                            "outlet, date, file, offsets): Markdown grouped by article, "
                                            "JSON, or CSV with one row per bookmark; or for a reference "
                                            "manager (Zotero, JabRef, EndNote, Pandoc) BibTeX, CSL JSON or "
                                            "RIS, one entry per article with its bookmarks as notes.")
    add_format_option(export, EXPORT_FORMATS, default="md")
    add_excel_option(export)
    export.add_argument("-o", "--output", metavar="FILE", type=file_arg,
                        help="write to FILE instead of standard output")
    export.add_argument("--force", action="store_true",
                        help="replace FILE even when it is not an earlier export of this format")
    export.add_argument("--links", action="store_true",
                        help="also the links you confirmed or made between the bookmarked articles "
                             "(Markdown and JSON; in BibTeX, CSL JSON and RIS a note on both entries; "
                             "for CSV, counterpoint links export --format csv)")

    imports = actions.add_parser("import", parents=[parent], help="add the bookmarks of a JSON or CSV export",
                                 description="Add the bookmarks of a JSON or CSV export (bookmarks export --format "
                                             "json or csv; a CSV a spreadsheet saved again too), "
                                             "from another data folder or machine, under new ids. Bookmarks "
                                             "already here are skipped, so importing a file twice adds nothing; "
                                             "a broken entry refuses the whole file.")
    add_import_arguments(imports)

    delete = actions.add_parser("delete", parents=[parent], help="delete a bookmark",
                                description="Delete the bookmark with the given id.")
    delete.add_argument("id", type=int, metavar="ID", help="the bookmark's id (see bookmarks list)")


def _store(args: argparse.Namespace, listing: bool = False, create: bool | None = None):
    from reader.bookmarks import BookmarkStore

    return open_store(BookmarkStore, getattr(args, "data_dir", None), listing, create)


def _placed(store) -> list:
    """Every bookmark re-anchored, warning of what got in the way (a broken corpus.toml)."""
    if store.recovered:
        raise UserError(f"{store.recovered}; the bookmarks it held are not listed")
    known = len(store.problems)
    placed = store.placed()
    warn(store.problems[known:])
    if not placed:
        _tell_moved_aside(store.path)
    return placed


def _tell_moved_aside(path: Path) -> None:
    """No bookmarks, where a damaged database was moved aside by an earlier run (perhaps the
    reading room's, whose notice is gone): "none" would read as the bookmarks lost."""
    from reader.bookmarks.database import moved_aside

    if kept := moved_aside(path):
        warn([f"no bookmarks in {path}; the damaged database it replaced is kept as {kept[-1]}"
              + (f" ({len(kept)} such files)" if len(kept) > 1 else "")])


def run_add(args: argparse.Namespace) -> int:
    if (args.pair is None) != (args.pair_quote is None):
        raise UserError("--pair and --pair-quote go together")
    if args.pair is None and args.pair_occurrence is not None:
        raise UserError("--pair-occurrence goes with --pair and --pair-quote")
    article = load_one(args.path)
    # A quote found twice is ambiguous: refused in one line, as `links add` refuses it, not
    # guessed (the first place may be the one the user did not mean).
    sides = [(article, *unique_quote(article, args.quote, args.occurrence))]
    if args.pair is not None:
        other = load_one(args.pair)
        sides.append((other, *unique_quote(other, args.pair_quote, args.pair_occurrence, flag="--pair-occurrence")))
    with _store(args) as store:  # as in the reading room: the same place again is that bookmark
        new_id, existing = store.add_once(sides, note=args.note, tags=args.tag)
    if existing is not None:
        _tell_existing(existing.id, args)
    print(new_id)
    return 0


def _tell_existing(bookmark_id: int, args: argparse.Namespace) -> None:
    """A second `add` of a bookmarked place (a script run again) adds no twin: --note replaced
    the note, --tag added to the tags; stderr says which bookmark it is."""
    said = [part for part, given in (("note replaced", args.note), ("tags added", args.tag)) if given]
    warn([f"bookmarked already as bookmark {bookmark_id}; "
          + (" and ".join(said) if said else "nothing changed (--note replaces its note, --tag adds a tag)")])


_STATUS_STYLE = {"anchored": "green", "moved": "yellow", "orphaned": "bold red"}
_ORPHAN_SHORT = {"file-missing": "file moved or deleted", "file-unreadable": "file unreadable",
                 "text-gone": "words gone"}


def print_table(placed) -> None:
    from reader.bookmarks.export import orphan_reason
    from rich.table import Table
    from rich.text import Text

    if not placed:
        print("No bookmarks yet.")
        return
    table = Table(title=Text(f"{len(placed)} bookmark{'s' if len(placed) != 1 else ''}"), title_justify="left")
    table.add_column("id", justify="right", no_wrap=True)
    # no column is no_wrap or has a minimum but the id, so a narrow terminal wraps them
    # all rather than cropping the table's right-hand columns away
    table.add_column("article · quote")
    table.add_column("note · tags", max_width=40)
    table.add_column("status")
    table.add_column("created")
    files = placed_files(side for b in placed for side in b.placements())
    for b in placed:
        cell = Text()
        for n, side in enumerate(b.placements()):
            if n:
                cell.append("\n↔ ", style="dim")
            cell.append_text(placed_cell(side, files, 90))
        notes = Text(b.note)
        if b.tags:
            notes.append(("\n" if b.note else "") + " ".join("#" + t for t in b.tags), style="cyan")
        status = Text()
        for n, side in enumerate(b.placements()):
            if n and side.status == b.status and orphan_reason(side) == orphan_reason(b.main):
                break
            status.append("\n↔ " if n else "", style="dim")
            status.append(_status_label(side), style=_STATUS_STYLE[side.status])
        table.add_row(Text(str(b.id)), cell, notes, status, Text(b.created.replace("T", " ")))
    console().print(table)


def _status_label(placement) -> str:
    """`orphaned (file moved or deleted)` / `orphaned (words gone)`: what a person can do differs;
    `moved (reworded)`: the quote shown is what the article says now."""
    from reader.bookmarks.export import orphan_reason, reworded

    reason = orphan_reason(placement)
    if reason:
        return f"{placement.status} ({_ORPHAN_SHORT[reason]})"
    return f"{placement.status} (reworded)" if reworded(placement) else placement.status


def list_json(b, files: dict[Path, str]) -> dict:
    """`bookmarks list --format json` for one bookmark: the stored shape, plus why an orphan is
    one and each side's `file` as the table shows it (`files`: see `placed_files`)."""
    from reader.bookmarks.export import orphan_reason

    item = {**b.as_json(), "orphan_reason": orphan_reason(b.main), "file": files[Path(b.main.anchor.path)]}
    if b.pair is not None:
        item["pair"] = {**item["pair"], "orphan_reason": orphan_reason(b.pair), "file": files[Path(b.pair.anchor.path)]}
    return item


def run_list(args: argparse.Namespace) -> int:
    with _store(args, listing=True) as store:
        placed = _placed(store)
    if args.format == "json":
        files = placed_files(side for b in placed for side in b.placements())
        print_json({"bookmarks": [list_json(b, files) for b in placed]})
    else:
        print_table(placed)
    return 0


def reference_text(form: str, placed, links, ascii_only: bool) -> str:
    """The bookmarks as a reference manager's file (`form`: one of REFERENCE_FORMATS)."""
    from reader.bookmarks import references

    if form == "csl-json":  # written as the JSON export is: control characters escaped
        return json_text(references.as_csl_json(placed, links), ascii_only=ascii_only)
    return {"bibtex": references.as_bibtex, "ris": references.as_ris}[form](placed, links)


def run_export(args: argparse.Namespace) -> int:
    from reader.bookmarks import export, references

    mark = excel_mark(args)
    if args.links and args.format == "csv":  # one row per bookmark: a link has no row to go in
        raise UserError("--links goes with every --format but csv; for the links as CSV, "
                        "counterpoint links export --format csv")
    with _store(args, listing=True) as store:
        placed = _placed(store)
        links = []
        if args.links:
            from reader.cli.links import bookmarked_links

            links = bookmarked_links(store, placed)
    to_file = bool(args.output and args.output != "-")
    if args.format in references.REFERENCE_FORMATS:
        text = reference_text(args.format, placed, links, ascii_only=not (to_file or encodes_everything(sys.stdout)))
    elif args.format == "json":
        data = export.as_json(placed) | ({"confirmed_links": [d.as_export() for d in links]} if args.links else {})
        text = json_text(data, ascii_only=not (to_file or encodes_everything(sys.stdout)))
    elif args.format == "csv":
        text = mark + export.as_csv(placed)
    else:
        text = export.as_markdown(placed)
        if args.links:
            from reader.decisions.export import confirmed_links_markdown

            text += "\n" + confirmed_links_markdown(links)
    if to_file:
        target = user_path(args.output)
        write_export(target, text, getattr(args, "data_dir", None), form=args.format, force=args.force)
        say(f"exported {len(placed)} bookmark{'s' if len(placed) != 1 else ''} to {target}")
    else:
        write_stdout(text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from reader.bookmarks.importing import read_export, relocate, unplaced, with_contexts
    from reader.bookmarks.store import ArticleShelf
    from reader.cli.importing import import_source, missing_articles

    data, name, folders = import_source(args)
    bookmarks, missing = relocate(read_export(data, name, left_out := []), folders)
    bookmarks = with_contexts(bookmarks, shelf := ArticleShelf())
    with _store(args) as store:
        before = {b.id for b in store.bookmarks()}
        added, skipped = store.add_bookmarks(bookmarks)
        now = store.bookmarks()
        held = {s.path for b in now for s in (b.anchor, b.pair) if s is not None}
        lost = unplaced((b for b in now if b.id not in before), shelf)
    warn(left_out + shelf.problems + lost + missing_articles(missing, held, folders, "bookmarks"))
    here = f"; {skipped} {'was' if skipped == 1 else 'were'} here already" if skipped else ""
    print(f"imported {added} bookmark{'s' if added != 1 else ''}{here}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with _store(args, create=False) as store:  # with no database there is nothing to delete
        store.delete(args.id)
    print(f"deleted bookmark {args.id}")
    return 0


def run(args: argparse.Namespace) -> int:
    return {"add": run_add, "list": run_list, "export": run_export, "import": run_import,
            "delete": run_delete}[args.action](args)
