"""`counterpoint add URL|FILE...`: web pages and a user's own articles into a corpus folder, with their sides."""

from __future__ import annotations

import argparse
import shlex

from reader import paths
from reader.cli.common import folder_arg, say
from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.paths import user_path


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "add", parents=[parent], help="add web pages (URLs, saved pages) or your own article files to a corpus folder",
        description="Fetch each URL (or read each saved page, PDF or document), extract its article, "
                    "and write it as <slug>.txt with an entry in the folder's corpus.toml (title, "
                    "author, outlet, date, side, url, retrieved). Adding the same URL again updates it. "
                    "A text article of your own (.txt, .md, .eml, ...) is copied as it is, under its "
                    "own name (name-2.txt when a different file has it), with its title, author, outlet "
                    "and date as the reader reads them and --side; adding the same file again updates "
                    "its entry instead. The default folder is printed by `counterpoint locate corpus`.")
    parser.add_argument("sources", nargs="+", metavar="URL|FILE",
                        help="http(s) addresses, saved pages (.html, .pdf, .docx, ...) or text articles (.txt, .md, .eml, ...)")
    parser.add_argument("--to", metavar="DIR", type=folder_arg, help="corpus folder to add to (default: the data directory's corpus folder)")
    parser.add_argument("--side", metavar="LABEL", default="", help="the side these articles speak for, e.g. 'pro-Armenian op-ed'")
    parser.add_argument("--outlet", metavar="NAME", default="", help="the outlet, when the page's own site name is wrong or missing")


def run(args: argparse.Namespace) -> int:
    from reader.web.add import add_page, describe

    folder = user_path(args.to) if args.to else paths.corpus_dir(getattr(args, "data_dir", None))
    if problem := paths.not_a_folder(folder):  # before fetching pages there is nowhere to put
        raise UserError(problem)
    failed = 0
    for source in args.sources:
        try:
            added = add_page(source, folder, side=args.side, outlet=args.outlet)
        except UserError as exc:
            failed += 1
            say(str(exc), "error")
        else:
            print(describe(added))
    if failed < len(args.sources):
        print(f"corpus folder: {visible(folder)}  (read it with: counterpoint {visible(shlex.quote(str(folder)))})")
    return 2 if failed else 0
