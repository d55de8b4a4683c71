"""`counterpoint align A B`: the linked passages of two articles, as a table, JSON or Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import paths
from reader.align import GRANULARITIES, Alignment, default_glossary
from reader.cli.common import add_format_option, console, print_json, warn
from reader.corpus import Article, Corpus, Passage, load_paths
from reader.errors import UserError

JSON_VERSION = 1


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("align", parents=[parent], help="link the passages of two articles",
                            description="Link the passages of article A and article B that discuss "
                                        "the same event or claim, with scores and evidence.")
    parser.add_argument("a", metavar="A", help="first article file")
    parser.add_argument("b", metavar="B", help="second article file")
    add_format_option(parser, ("table", "json", "markdown"))
    parser.add_argument("--granularity", choices=GRANULARITIES, default="paragraph",
                        help="align paragraphs or sentences (default: paragraph)")
    parser.add_argument("--min-score", type=_score, metavar="X", default=None,
                        help="keep links scoring at least X, 0..1 (default: the engine's calibrated threshold)")
    parser.add_argument("--glossary", action="append", default=[], metavar="PATH",
                        help="extra glossary file of equivalent terms (repeatable)")


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def _load(path_a: str, path_b: str) -> tuple[Article, Article, Corpus]:
    """The two articles, plus the corpus their directory's manifest describes (for statistics)."""
    for raw in (path_a, path_b):
        if Path(raw).expanduser().is_dir():
            raise UserError(f"{raw}: is a directory; align takes two article files")
    files = [Path(raw).expanduser() for raw in (path_a, path_b)]
    folders = {p.resolve().parent for p in files if p.exists()}
    if len(folders) == 1 and (folder := folders.pop()).joinpath("corpus.toml").is_file():
        corpus = load_paths([folder])  # read once: the pair comes out of it when listed there
        by_path = {x.path.resolve(): x for x in corpus}
        found = [by_path.get(p.resolve()) for p in files]
        if None not in found:
            return found[0], found[1], corpus
    pair = load_paths([path_a, path_b])
    a, b = pair.articles
    return a, b, pair


def passage_json(p: Passage) -> dict:
    return {"index": p.index, "start": p.start, "end": p.end, "kind": p.kind, "text": p.text}


def as_json(al: Alignment) -> dict:
    def side(article: Article, units: list[Passage]) -> dict:
        return {"path": str(article.path.resolve()), "title": article.title, "passages": [passage_json(p) for p in units]}

    return {
        "version": JSON_VERSION,
        "granularity": al.granularity,
        "a": side(al.a, al.a_units),
        "b": side(al.b, al.b_units),
        "links": [
            {"a": link.a, "b": link.b, "score": link.score,
             "evidence": [{"a_span": list(e.a_span), "b_span": list(e.b_span), "a_text": e.a_text,
                           "b_text": e.b_text, "kind": e.kind} for e in link.evidence]}
            for link in al.links
        ],
        "unmatched": {"a": list(al.unmatched_a), "b": list(al.unmatched_b)},
    }


def _highlighted(article: Article, p: Passage, spans: list[tuple[int, int]]):
    from rich.text import Text

    text = Text(p.text)
    for start, end in spans:
        lo, hi = article.local_span(p, start, end)
        text.stylize("bold reverse", lo, hi)
    return text


def print_table(al: Alignment) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    table = Table(title=Text(f"{al.a.title}  ⇄  {al.b.title}  ({len(al.links)} links)"),
                  title_justify="left", show_lines=True, expand=True)
    table.add_column("A", ratio=1)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("B", ratio=1)
    for link in al.links:
        pa, pb = al.a_units[link.a], al.b_units[link.b]
        left = Text(f"[{link.a}] ", style="dim") + _highlighted(al.a, pa, [e.a_span for e in link.evidence])
        right = Text(f"[{link.b}] ", style="dim") + _highlighted(al.b, pb, [e.b_span for e in link.evidence])
        kinds = Text(f"{link.score:.2f}\n", style="bold")
        kinds.append("\n".join(sorted({e.kind for e in link.evidence})), style="dim")
        table.add_row(left, kinds, right)
    out.print(table)
    out.print(Text(f"unmatched in A: {_indices(al.unmatched_a)}\nunmatched in B: {_indices(al.unmatched_b)}"))


def _indices(values: list[int]) -> str:
    return ", ".join(map(str, values)) or "none"


def _md_escape(text: str) -> str:
    out = []
    for ch in text.replace("\n", " "):
        out.append("\\" + ch if ch in "\\`*_[]{}()<>#+-!|~" else ch)
    return "".join(out)


def _md_passage(article: Article, p: Passage, spans: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []  # overlapping or touching evidence ("January" in "January 27") marked once
    for lo, hi in sorted(article.local_span(p, s, e) for s, e in spans):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    pieces, pos = [], 0
    for lo, hi in merged:
        pieces.append(_md_escape(p.text[pos:lo]))
        pieces.append("**" + _md_escape(p.text[lo:hi]) + "**")
        pos = hi
    pieces.append(_md_escape(p.text[pos:]))
    return "".join(pieces)


def markdown(al: Alignment) -> str:
    lines = [f"# {_md_escape(al.a.title)} ⇄ {_md_escape(al.b.title)}", "",
             f"{len(al.links)} links at {al.granularity} granularity.", "",
             "| A | score | B |", "|---|---:|---|"]
    for link in al.links:
        pa, pb = al.a_units[link.a], al.b_units[link.b]
        kinds = ", ".join(sorted({e.kind for e in link.evidence}))
        lines.append(f"| {link.a}: {_md_passage(al.a, pa, [e.a_span for e in link.evidence])} "
                     f"| {link.score:.2f} ({kinds}) "
                     f"| {link.b}: {_md_passage(al.b, pb, [e.b_span for e in link.evidence])} |")
    lines += ["", f"Unmatched in A: {_indices(al.unmatched_a)}", "",
              f"Unmatched in B: {_indices(al.unmatched_b)}", ""]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from reader.align import align  # the engine, imported only by the command that needs it

    # A glossary named on the command line that is broken is an error, not a warning.
    glossary, problems = default_glossary(paths.config_dir(getattr(args, "config_dir", None)),
                                          [Path(p).expanduser() for p in args.glossary])
    warn(problems)
    a, b, corpus = _load(args.a, args.b)
    al = align(a, b, corpus, granularity=args.granularity, min_score=args.min_score, glossary=glossary)
    if args.format == "json":
        from reader.cli.differences import add_differences

        print_json(add_differences(as_json(al), al, glossary))
    elif args.format == "markdown":
        sys.stdout.write(markdown(al))
    else:
        print_table(al)
    return 0
